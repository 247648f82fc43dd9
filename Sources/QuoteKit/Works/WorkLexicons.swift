/// The word lists the work linker matches, read from one language's compiled rule pack.
///
/// The words live in the packs (`zh.yaml`, `en.yaml`, section `lexicons:`), so a pack added with
/// `--rules` extends them like any other lexicon; the Chinese and English packs use the same names
/// for counterparts (`workCues` is 指出, 写道… in one and writes, says… in the other). Built once per
/// ``CompiledPack``, never per document, and shared by reference (a class, like the pack): the linker
/// reads it for every document. Every list is matched with ``Lexicon`` (forward or backward from a mark),
/// never searched for word by word; a lexicon the packs lack is empty.
final class WorkLexicons: Sendable {
    /// Cue verbs after a work or its author (《…》指出, *Emma* begins).
    let cues: Lexicon
    /// Words allowed between a title and its cue (一文, 中, 明确; the author, famously).
    let middle: Lexicon
    /// What may follow a cue before the quote (这样一段话, 如下, 了).
    let fillers: Lexicon
    /// Words after 《…》 that make it the place a person speaks in (中, 一文中).
    let inWorkTails: Lexicon
    /// Words before a title that open that frame (在《…》中, in *Emma*).
    let inWorkOpeners: Lexicon
    /// Words between the opener and the title (在其《…》, in his *Emma*).
    let inWorkPossessives: Lexicon
    /// Words right before a title that cite it as a source (据《…》记载).
    let sourcePrepositions: Lexicon
    /// The words around a source a sentence cites its words from (正如《…》所规定的): the attribution rules' lexicons. The
    /// speaker parser reads the openers too: before a person they make a likeness (像老人对孩子那样), no subject.
    let asSaidOpeners, asSaidClosers: Lexicon
    /// Words opening a bracketed citation after a quote (（见《…》）).
    let citationPrefixes: Lexicon
    /// Characters of a place in a work between its title and a colon (襄公二十九年：).
    let locatorCharacters: Lexicon
    /// Digits and numeral characters of volume, chapter and place numbers.
    let numerals: Lexicon
    /// What opens a numbered volume or chapter (第).
    let ordinalPrefixes: Lexicon
    /// Units after 第 and a number: a volume (卷), a chapter (章), a page (页).
    let volumeUnits, chapterUnits, pageUnits: Lexicon
    /// Words before a number that name a volume (卷二, 卷之三).
    let volumeHeads: Lexicon
    /// Volumes and chapters named without a number (上册, 卷下; 上篇).
    let namedVolumes, namedChapters: Lexicon
    /// Title endings that mark a collection of works (文选, 全集).
    let collectionSuffixes: Lexicon
    /// Topics between an author's name and a collection suffix (习近平 + 经济 + 文选).
    let collectionTopics: Lexicon
    /// Nouns for a collection's member works (著作, 文章).
    let memberNouns: Lexicon
    /// Words right after a collection title that lead to its members (《…》中不少著作).
    let withinWords: Lexicon
    /// Words that announce a list of member works (比如, 其中).
    let listingWords: Lexicon
    /// Listing words that count only right before a title (如《…》, not 如果).
    let titleOnlyListingWords: Lexicon
    /// Characters between listed titles (《A》、《B》和《C》).
    let titleListSeparators: Lexicon
    /// Words after a member title before its container (选自, 收入).
    let containedIn: Lexicon
    /// An aspect particle allowed after a containment verb (收入了).
    let perfectiveParticles: Lexicon
    /// Words after a collection title before its members (收录了, 包括).
    let containsWorks: Lexicon
    /// Verbs of authorship between a name and 的《…》 (所著, 主编).
    let authorVerbs: Lexicon
    /// The particle between a name and its work (鲁迅的《…》).
    let attributiveParticles: Lexicon
    /// Role words after an author's name, stripped from it (张明教授).
    let rolesAfterAuthor: Lexicon
    /// Words that may stand right before an author's name (诗人杜甫, 唐代王维).
    let beforeAuthor: Lexicon
    /// Single and compound surnames an author's name may start with.
    let authorSurnames: Lexicon
    /// Characters never in an author's name (的, 了, 在).
    let notInAuthorNames: Lexicon
    /// Last characters of organisations, places and works, never of an author's name (省, 部).
    let notAuthorNameEnds: Lexicon
    /// Nouns after which a quoted English title names a work (the poem "Ozymandias").
    let workTypeNouns: Lexicon
    /// Single words that Markdown emphasis stresses rather than names a work with (*not*).
    let emphasisStopwords: Lexicon
    /// Words opening a clause that refer back to the work named just before (书中, 该书, 文中).
    let workAnaphors: Lexicon
    /// Words of performing or reciting a work (一曲, 朗诵): a quote before them in its sentence is the work's words.
    let performanceCues: Lexicon

    init(_ lexicons: [String: Lexicon]) {
        cues = lexicons.lexicon("workCues")
        middle = lexicons.lexicon("workMiddle")
        fillers = lexicons.lexicon("workFillers")
        inWorkTails = lexicons.lexicon("inWorkTails")
        inWorkOpeners = lexicons.lexicon("inWorkOpeners")
        inWorkPossessives = lexicons.lexicon("inWorkPossessives")
        sourcePrepositions = lexicons.lexicon("sourcePrepositions")
        asSaidOpeners = lexicons.lexicon("asSaidOpeners")
        asSaidClosers = lexicons.lexicon("asSaidClosers")
        citationPrefixes = lexicons.lexicon("citationPrefixes")
        locatorCharacters = lexicons.lexicon("locatorCharacters")
        numerals = lexicons.lexicon("numerals")
        ordinalPrefixes = lexicons.lexicon("ordinalPrefixes")
        volumeUnits = lexicons.lexicon("volumeUnits")
        chapterUnits = lexicons.lexicon("chapterUnits")
        pageUnits = lexicons.lexicon("pageUnits")
        volumeHeads = lexicons.lexicon("volumeHeads")
        namedVolumes = lexicons.lexicon("namedVolumes")
        namedChapters = lexicons.lexicon("namedChapters")
        collectionSuffixes = lexicons.lexicon("collectionSuffixes")
        collectionTopics = lexicons.lexicon("collectionTopics")
        memberNouns = lexicons.lexicon("memberNouns")
        withinWords = lexicons.lexicon("withinWords")
        listingWords = lexicons.lexicon("listingWords")
        titleOnlyListingWords = lexicons.lexicon("titleOnlyListingWords")
        titleListSeparators = lexicons.lexicon("titleListSeparators")
        containedIn = lexicons.lexicon("containedIn")
        perfectiveParticles = lexicons.lexicon("perfectiveParticles")
        containsWorks = lexicons.lexicon("containsWorks")
        authorVerbs = lexicons.lexicon("authorVerbs")
        attributiveParticles = lexicons.lexicon("attributiveParticles")
        rolesAfterAuthor = lexicons.lexicon("rolesAfterAuthor")
        beforeAuthor = lexicons.lexicon("beforeAuthor")
        authorSurnames = lexicons.lexicon("authorSurnames")
        notInAuthorNames = lexicons.lexicon("notInAuthorNames")
        notAuthorNameEnds = lexicons.lexicon("notAuthorNameEnds")
        workTypeNouns = lexicons.lexicon("workTypeNouns")
        emphasisStopwords = lexicons.lexicon("emphasisStopwords")
        workAnaphors = lexicons.lexicon("workAnaphors")
        performanceCues = lexicons.lexicon("performanceCues")
    }

    /// Whether the two scalars at `start` form a compound surname (复姓: 欧阳, 司马).
    func isCompoundSurname(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        start >= 0 && start + 2 <= s.count && authorSurnames.contains(s, start..<start + 2)
    }

    /// Whether the scalar is a single-character surname.
    func isSurname(_ scalar: Unicode.Scalar) -> Bool { authorSurnames.contains(scalar) }
}
