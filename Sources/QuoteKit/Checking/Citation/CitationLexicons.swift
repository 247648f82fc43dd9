/// The word lists of citation checking, read from the built-in rule packs (Chinese and English united).
///
/// Three lexicons are tables written as `from→to` entries: `variantCharacters` (峯→峰),
/// `speakersForWorks` (孔子→论语) and `authorAliases` (东坡→苏轼). They come from the built-in packs only: the variant table shapes
/// the keys of every ``ReferenceLibrary`` index, so a checker and the library it reads must agree on it.
struct CitationLexicons: Sendable {
    /// Variant characters (异体字) and their standard forms, folded after ICU's `Hant-Hans`, in pack order.
    let variantCharacters: [(variant: String, standard: String)]
    /// People who stand for a work whose records have no author: 孔子 → 论语.
    let speakersForWorks: [String: [String]]
    /// Other names of authors (字, 号): 东坡 → 苏轼.
    let authorAliases: [(alias: String, author: String)]
    /// Numerals of a poem's number after its title in a library record (戲爲六絕句 六).
    let poemNumerals: Lexicon
    /// Suffixes a chapter title may be cited without (学而 for 学而篇).
    let chapterSuffixes: [String]
    /// Line prefixes naming the author in a library text file's header (作者：, Author:).
    let authorHeaders: [String]
    /// Words between a title in a quote's lead-in and its cue that keep the title the quote's source (的话, 中).
    let claimTitleTails: Lexicon
    /// Verbs after such a title that cite it: the packs' `claimCues` (载, 有云) and reporting `cues` (说, 写道).
    let claimCues: Lexicon

    /// The lexicons of the built-in packs, read once.
    static let builtIn = CitationLexicons(Attributor.standard)

    init(_ attributor: Attributor) {
        func words(_ name: String) -> [String] {
            [Language.zh, .en].flatMap { attributor.compiled[$0]?.lexicons[name]?.words ?? [] }
        }
        variantCharacters = Self.pairs(words("variantCharacters")).map { (variant: $0.0, standard: $0.1) }
        var works: [String: [String]] = [:]
        for (person, work) in Self.pairs(words("speakersForWorks")) { works[person, default: []].append(work) }
        speakersForWorks = works
        authorAliases = Self.pairs(words("authorAliases")).map { (alias: $0.0, author: $0.1) }
        poemNumerals = Lexicon(words("poemNumerals"))
        chapterSuffixes = words("chapterSuffixes")
        authorHeaders = words("authorHeaders")
        claimTitleTails = Lexicon(words("claimTitleTails"))
        claimCues = Lexicon(words("claimCues") + words("cues"))
    }

    /// The `from→to` entries of a table lexicon, in order; an entry without an arrow or with an empty side is skipped.
    static func pairs(_ entries: [String]) -> [(String, String)] {
        entries.compactMap { entry in
            guard let arrow = entry.firstIndex(of: "→") else { return nil }
            let from = String(entry[..<arrow]), to = String(entry[entry.index(after: arrow)...])
            return from.isEmpty || to.isEmpty ? nil : (from, to)
        }
    }
}
