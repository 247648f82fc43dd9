import QuoteKitICU

/// Per-document state shared by the matcher and the speaker parsers: the text,
/// the compiled pack, jump tables over quotes and titles, and ICU word
/// boundaries computed only in small windows around quotes.
final class AttributionContext {
    let s: [Unicode.Scalar]
    let document: Document
    let pack: CompiledPack
    let language: Language
    /// Closing mark offset → opening mark offset, for quotes and titles, so backward scans can jump over them.
    let closeToOpen: MarkJumps
    /// Opening 《 offset → closing 》 offset.
    let titleClose: [Int: Int]
    // The caches below belong to one document's run on one thread, and no access to one of them overlaps
    // another: the run-time exclusivity check (a call on every look-up) is left out.
    /// Parses of speaker regions, keyed by start and length (rules share regions).
    @exclusivity(unchecked) var strictCache: [Int: SpeakerPhrase?] = [:]
    @exclusivity(unchecked) var leadingCache: [Int: SpeakerPhrase?] = [:]
    /// How often two or three characters are written near where they stand (``timesWritten(_:)``), keyed by them and
    /// their stretch of the document.
    var sequenceCounts: [SequenceKey: Int] = [:]

    /// Two or three characters (`third` is `UInt32.max` for two) in one stretch of the document.
    struct SequenceKey: Hashable {
        let stretch: Int
        let first, second, third: UInt32
    }
    /// The names that may open the clause at a position (``leadingNames(_:)``).
    @exclusivity(unchecked) var leadingNamesCache: [Int: [(end: Int, phrase: SpeakerPhrase)]] = [:]
    /// Where modifiers before a cue may start (``PatternMatcher/cachedModifierStartsBackward(_:_:)``), keyed by position and window start.
    @exclusivity(unchecked) var modifierStarts: [Int: [Int]] = [:]
    /// Where modifiers starting at a position may end (``PatternMatcher/cachedModifierEndsForward(_:_:)``), for the window ending at `modifierEndsUpper`.
    /// Entries are filed by `modifierEndsUpper - position` and valid when their stamp is `modifierEndsWindow`.
    @exclusivity(unchecked) var modifierEnds: [[Int]] = Array(repeating: [], count: 256)
    @exclusivity(unchecked) var modifierEndsStamp: [Int] = Array(repeating: -1, count: 256)
    @exclusivity(unchecked) var modifierEndsUpper = -1
    @exclusivity(unchecked) var modifierEndsWindow = 0
    /// Per paragraph, whether it reads as a headline (``isHeadline(paragraph:)``), once asked.
    var headlines: [Bool?] = []
    private let breaker: TextBreaker?
    /// The word boundaries found so far, one bit per offset from 0 to `s.count` (allocated at the first one): the
    /// breaker's answers go in and every question reads them, with no hashing.
    @exclusivity(unchecked) private var bounds: [UInt64] = []
    @exclusivity(unchecked) private var segmented: [Range<Int>] = []
    /// The index in `segmented` of the window that covered the latest request (``segment(_:)``).
    private var lastCovering = 0
    /// Windows recorded by ``segment(_:)`` and not broken yet, filed by where they start.
    @exclusivity(unchecked) private var pending: [Int: [Range<Int>]] = [:]
    @exclusivity(unchecked) private var longestPending = 0

    /// The pack's character filters: where a frame opener (在, 接受), a preposition (对, 向), a title, an
    /// honorific or a known name may end and a surname may start. Most characters cannot, and skip the trie.
    let filters: CompiledPack.Filters

    // Lexicons used on every quote.
    let cues, titles, honorifics, modifiers, frameOpeners, frameClosers, connectives, surnames, knownNames,
        organisations, notNames, notInNames, workSuffixes, workNouns, workAnaphors, letterNouns, male, female, plural, neutral, firstPerson,
        maleTitles, femaleTitles, maleNames, femaleNames, transliteration, prepositions: Lexicon
    let adverbialParticles, attributiveParticles, pronounCompoundEnds, adverbialEndings, copulas, placeSuffixes, roleEndings, surnameWords, mediaEndings, cueLookalikes, personNouns, institutionNouns, personCounters, pluralCounters, reporterNouns, agentSuffixes, hearingVerbs, seeingVerbs, punctuatedCues, seriesEnds, personMeasures, givenNameEnds, femaleNameEnds, givenNameCharacters, givenNameFirstCharacters, bylineEnds, creditLabels, datelineEnds, directiveVerbs, pluralSuffixes, collectiveNouns, eventClosers, addressSuffixes, evenOpeners, evenClosers, alsoWords, existentialVerbs, existentialAspects, shareSigns, reduplicatedStates, topicOpeners, familiarPrefixes, givenNamePrefixes, conversationNouns, surnameMarkers, asSaidOpeners, statementNouns, documentVoices, documentDeterminers, placeOpeners, whenOpeners, whenClosers, contrastWords, durativeParticles, namingVerbs, glossWords, kinNouns: Lexicon
    let narratorPronouns: Lexicon
    /// The names and aliases of the character list (set by the engine), matched regardless of case in English.
    var listedForms = Lexicon()
    let numerals, ordinalPrefixes, dateUnits, timesOfDay, bracketedDayWords, timeWords, seriesJoiners, perfectiveParticles: Lexicon
    let actCues, complementisers, agentPrepositions, passiveAuxiliaries, participleEndings, participleCues, participleLinks: Lexicon
    /// Read here once: every `pack.common` access copies the whole lexicon table (and retains each of its lexicons).
    let people: CompiledPack.PeopleLexicons

    deinit {
        if let breaker { BreakerPool.shared.checkIn(breaker, locale: "zh") }
    }

    init(analysis: Analysis, pack: CompiledPack) {
        document = analysis.document
        s = analysis.document.scalars
        self.pack = pack
        language = pack.language
        // Room for the parses of the document's quotes (a few per quote, up to a few thousand quotes), so the
        // caches rarely grow and rehash; a short document lets them grow (reserving costs more than a few rehashes).
        if analysis.scanned.count > 64 {
            let expected = analysis.scanned.count
            strictCache.reserveCapacity(min(1024, 4 * expected))
            leadingCache.reserveCapacity(min(512, 2 * expected))
            modifierStarts.reserveCapacity(min(512, 2 * expected))
        }
        breaker = pack.language == .zh ? BreakerPool.shared.checkOut(.word, locale: "zh") : nil
        let common = pack.common
        cues = common.cues
        titles = common.titles
        honorifics = common.honorifics
        modifiers = common.modifiers
        frameOpeners = common.frameOpeners
        frameClosers = common.frameClosers
        connectives = common.connectives
        surnames = common.surnames
        knownNames = common.knownNames
        organisations = common.organisations
        notNames = common.notNames
        notInNames = common.notInNames
        workSuffixes = common.workSuffixes
        workNouns = common.workNouns
        workAnaphors = common.workAnaphors
        letterNouns = common.letterNouns
        male = common.male
        female = common.female
        plural = common.plural
        neutral = common.neutral
        firstPerson = common.firstPerson
        narratorPronouns = common.narratorPronouns
        maleTitles = common.maleTitles
        femaleTitles = common.femaleTitles
        maleNames = common.maleNames
        femaleNames = common.femaleNames
        transliteration = common.transliteration
        prepositions = common.prepositions
        adverbialParticles = common.adverbialParticles
        copulas = common.copulas
        placeSuffixes = common.placeSuffixes
        roleEndings = common.roleEndings
        surnameWords = common.surnameWords
        mediaEndings = common.mediaEndings
        cueLookalikes = common.cueLookalikes
        attributiveParticles = common.attributiveParticles
        pronounCompoundEnds = common.pronounCompoundEnds
        adverbialEndings = common.adverbialEndings
        personNouns = common.personNouns
        pluralSuffixes = common.pluralSuffixes
        collectiveNouns = common.collectiveNouns
        addressSuffixes = common.addressSuffixes
        evenOpeners = common.evenOpeners
        evenClosers = common.evenClosers
        alsoWords = common.alsoWords
        existentialVerbs = common.existentialVerbs
        existentialAspects = common.existentialAspects
        shareSigns = common.shareSigns
        reduplicatedStates = common.reduplicatedStates
        topicOpeners = common.topicOpeners
        familiarPrefixes = common.familiarPrefixes
        surnameMarkers = common.surnameMarkers
        givenNamePrefixes = common.givenNamePrefixes
        conversationNouns = common.conversationNouns
        // The words that open a citation (正如, 像) also open a likeness, which names no speaker: the works' lexicon.
        asSaidOpeners = pack.works.asSaidOpeners
        statementNouns = common.statementNouns
        documentVoices = common.documentVoices
        documentDeterminers = common.documentDeterminers
        placeOpeners = common.placeOpeners
        whenOpeners = common.whenOpeners
        whenClosers = common.whenClosers
        contrastWords = common.contrastWords
        durativeParticles = common.durativeParticles
        namingVerbs = common.namingVerbs
        glossWords = common.glossWords
        eventClosers = common.eventClosers
        kinNouns = common.kinNouns
        institutionNouns = common.institutionNouns
        personCounters = common.personCounters
        pluralCounters = common.pluralCounters
        reporterNouns = common.reporterNouns
        agentSuffixes = common.agentSuffixes
        hearingVerbs = common.hearingVerbs
        seeingVerbs = common.seeingVerbs
        punctuatedCues = common.punctuatedCues
        seriesEnds = common.seriesEnds
        personMeasures = common.personMeasures
        givenNameEnds = common.givenNameEnds
        femaleNameEnds = common.femaleNameEnds
        givenNameCharacters = common.givenNameCharacters
        givenNameFirstCharacters = common.givenNameFirstCharacters
        bylineEnds = common.bylineEnds
        creditLabels = common.creditLabels
        datelineEnds = common.datelineEnds
        directiveVerbs = common.directiveVerbs
        numerals = common.numerals
        ordinalPrefixes = common.ordinalPrefixes
        dateUnits = common.dateUnits
        timesOfDay = common.timesOfDay
        bracketedDayWords = common.bracketedDayWords
        timeWords = common.timeWords
        seriesJoiners = common.seriesJoiners
        actCues = common.actCues
        complementisers = common.complementisers
        agentPrepositions = common.agentPrepositions
        passiveAuxiliaries = common.passiveAuxiliaries
        participleEndings = common.participleEndings
        participleCues = common.participleCues
        participleLinks = common.participleLinks
        perfectiveParticles = common.perfectiveParticles
        people = common.people
        filters = pack.filters
        var closeToOpen = MarkJumps(capacity: analysis.scanned.count + analysis.titles.count)
        var titleClose: [Int: Int] = [:]
        titleClose.reserveCapacity(analysis.titles.count)
        for q in analysis.scanned {
            if let c = q.closeIndex { closeToOpen.add(c, s[c], to: q.openIndex) }
        }
        for t in analysis.titles {
            if let c = t.closeIndex {
                closeToOpen.add(c, s[c], to: t.openIndex)
                titleClose[t.openIndex] = c
            }
        }
        self.closeToOpen = closeToOpen
        self.titleClose = titleClose
    }

    /// The opening mark of the quote or title whose closing mark is at `i`.
    @inline(__always) func openOf(closeAt i: Int) -> Int? {
        closeToOpen.target(at: i, in: s)
    }

    // MARK: Text helpers

    /// The text of a scalar range, sliced from the document's UTF-8 through its offset table.
    func string(_ range: Range<Int>) -> String {
        guard range.lowerBound < range.upperBound else { return "" }
        return document.string(range)
    }

    /// The text of a range with runs of whitespace folded to one space (hard-wrapped English).
    func folded(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        var space = false
        for i in range {
            if CharacterClass.isSpace(s[i].value) { space = true; continue }
            if space, !view.isEmpty { view.append(" ") }
            space = false
            view.append(s[i])
        }
        return String(view)
    }

    @inline(__always) func isSpace(_ i: Int) -> Bool { CharacterClass.isSpace(s[i].value) }
    @inline(__always) func isCJK(_ i: Int) -> Bool { CharacterClass.isCJK(s[i].value) }
    @inline(__always) func isLetter(_ i: Int) -> Bool {
        guard i >= 0, i < s.count else { return false }
        let v = s[i].value
        return CharacterClass.isAlphanumeric(v) && !CharacterClass.isCJK(v)
    }

    /// Characters that end a clause for speaker regions.
    func isClauseBoundary(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0xFF0C, 0x3002, 0x2E, 0xFF01, 0x21, 0xFF1F, 0x3F, 0xFF1B, 0x3B, 0xFF1A, 0x3A, 0x3001, 0xFE50, 0xFE55, 0xFE30,
             0xFE52, 0xFE54, 0x0A, 0x0D, 0xFF08, 0xFF09, 0x28, 0x29, 0x3010, 0x3011, 0x2026, 0x2014:
            return true
        default:
            return CharacterClass.isQuotationMark(v) && v != 0x27 && v != 0x2019
        }
    }

    /// Whether paragraph `k` reads as a headline: a short line (40 scalars at most) with no mark that ends a sentence
    /// or a clause. Text broken at every comma ends its lines with punctuation. Two marks a headline often holds are
    /// let through: quotation marks after its first character (a quoted term, 市民要求放“热假”; a line of dialogue
    /// opens with its mark) and a colon inside it (张明：改革不能停; a colon that ends the line introduces what
    /// follows: 他低声说：⏎“…” is narrative). Asked for the same paragraphs by quote after quote, so each answer is kept.
    func isHeadline(paragraph k: Int) -> Bool {
        let paragraphs = document.paragraphs
        guard k >= 0, k < paragraphs.count else { return false }
        if headlines.isEmpty { headlines = Array(repeating: nil, count: paragraphs.count) }
        if let known = headlines[k] { return known }
        let paragraph = paragraphs[k]
        var headline = paragraph.end > paragraph.start && paragraph.end - paragraph.start <= 40
        if headline {
            let last = skipSpaceBack(paragraph.end, paragraph.start) - 1
            for index in paragraph.start..<paragraph.end {
                let v = s[index].value
                if index > paragraph.start, CharacterClass.isQuotationMark(v) { continue }
                if index > paragraph.start, index < last, CharacterClass.isFullWidthColon(v) {
                    // A credit (记者：王立新) is no headline: the report goes on past it.
                    if followsCreditLabel(index + 1) { headline = false; break }
                    continue
                }
                if isSentenceEnd(index) || isClauseBoundary(v) { headline = false; break }
            }
        }
        headlines[k] = headline
        return headline
    }

    /// Whether paragraph `k` holds a colon of CJK text (a headline that names a speaker: 张明：改革不能停).
    func hasColon(paragraph k: Int) -> Bool {
        let paragraph = document.paragraphs[k]
        return (paragraph.start..<paragraph.end).contains { CharacterClass.isFullWidthColon(s[$0].value) }
    }

    /// Whether a pattern's gap stops at `i`: a gap stays in its sentence, and never runs over a full-width colon,
    /// which introduces a new, direct stretch (“…”青山说：“…”), nor over an ASCII colon right after an ideograph, as
    /// Hong Kong news write the same colon (林德胜:「…」); after a digit an ASCII colon is a time or a ratio (10:30).
    @inline(__always) func stopsGap(_ i: Int) -> Bool {
        isSentenceEnd(i) || CharacterClass.isFullWidthColon(s[i].value) || CharacterClass.isColon(s[i].value) && i > 0 && isCJK(i - 1)
    }

    /// Inlined: the gaps of the pattern rules ask this at every position they cross. The rare English period
    /// is checked out of line.
    @inline(__always) func isSentenceEnd(_ i: Int) -> Bool {
        let v = s[i].value
        if v == 0x2E, language == .en { return !periodEndsTitle(i) }
        return CharacterClass.isSentenceFinal(v) && v != 0x2026
    }

    /// Whether the period at `i` closes a title ("Mr." does not end a sentence).
    private func periodEndsTitle(_ i: Int) -> Bool {
        var j = i - 1
        while j >= 0, isLetter(j) { j -= 1 }
        return titles.contains(string(j + 1..<i + 1))
    }

    /// Whether `position` (the spaces before it skipped) opens its sentence: the text starts or a sentence ends there.
    func opensSentence(_ position: Int) -> Bool {
        let before = skipSpaceBack(position, 0)
        return before == 0 || isSentenceEnd(before - 1)
    }

    /// Whether `position` opens its sentence or its paragraph (a headline above it has no full stop): after one line
    /// feed where every line is a paragraph, two where blank lines separate them.
    func opensSentenceOrParagraph(_ position: Int) -> Bool {
        opensSentence(position) || s[skipSpaceBack(position, 0)..<position].filter { $0.value == 0x0A }.count
            >= (document.paragraphStyle == .line ? 1 : 2)
    }

    /// Whether `position` opens its sentence or its line: Chinese text breaks lines where sentences end, or finer.
    func opensSentenceOrLine(_ position: Int) -> Bool {
        opensSentence(position) || opensLine(position)
    }

    /// Whether only spaces stand between the start of a line (or of the text) and `position`.
    func opensLine(_ position: Int) -> Bool {
        let before = skipSpaceBack(position, 0)
        return before == 0 || s[before..<position].contains { $0.value == 0x0A || $0.value == 0x0D }
    }

    /// Whether `position` follows a quotation that ends with its sentence (“你好。”青山说：): what follows starts anew.
    func followsQuotedSentence(_ position: Int) -> Bool {
        let close = skipSpaceBack(position, 0) - 1
        guard close > 0, CharacterClass.isQuotationMark(s[close].value), openOf(closeAt: close) != nil else { return false }
        let last = skipSpaceBack(close, 0) - 1
        return last >= 0 && isSentenceEnd(last)
    }

    /// Whether `position` follows a clause that frames the next one in time or place and ends with a comma
    /// (半路上，, 在回家的路上，): it opens its sentence or line, a word of `frameClosers` ends it, and it is a
    /// few characters long or opens with a word of `frameOpeners` (not 他站在台阶上，, a clause with a subject).
    /// The clause after such a frame has a subject of its own.
    func followsFrameClause(_ position: Int) -> Bool {
        let comma = skipSpaceBack(position, 0) - 1
        guard comma > 0, CharacterClass.isComma(s[comma].value) else { return false }
        let end = skipSpaceBack(comma, 0)
        guard frameClosers.longestMatch(in: s, endingAt: end, limit: max(0, end - 4)) != nil else { return false }
        let start = clauseStart(endingAt: end, maxLength: 20)
        guard start < end, end - start < 20, opensSentenceOrLine(start) else { return false }
        return end - start <= 4 || frameOpeners.longestMatch(in: s, startingAt: start, limit: end) != nil
    }

    /// Where the clause that ends at `end` starts: after the last clause boundary before it (punctuation, a line
    /// break, a quotation mark), at most `maxLength` scalars back.
    func clauseStart(endingAt end: Int, maxLength: Int) -> Int {
        var start = end
        while start > 0, end - start < maxLength, !isClauseBoundary(s[start - 1].value) { start -= 1 }
        return start
    }

    /// The gender of a relative named by a kinship noun (wife, father, cousin; 母亲, 丈夫), or nil when the word is not one.
    func kinGender(_ noun: String) -> SpeakerPhrase.Gender? {
        if people.femaleKin.contains(noun) { return .female }
        if people.maleKin.contains(noun) { return .male }
        if people.neutralKin.contains(noun) { return .unknown }
        return nil
    }

    /// Whether `range` holds a word for a relative and nothing else (母亲, 妈妈): a person, though the parse reads it
    /// as a bare name.
    func isRelationAlone(_ range: Range<Int>) -> Bool {
        !range.isEmpty && kinNouns.longestMatch(in: s, startingAt: range.lowerBound, limit: range.upperBound) == range.count
    }

    /// Where the clause that starts at `start` ends: at the first clause boundary from it, at most `maxLength`
    /// scalars on.
    func clauseEnd(startingAt start: Int, maxLength: Int) -> Int {
        var end = start
        while end < s.count, end - start < maxLength, !isClauseBoundary(s[end].value) { end += 1 }
        return end
    }

    /// How many times the characters of `range` (two or three) are written near it: in its stretch of 2,048 scalars and
    /// the ones on either side (a scene of a story), so that a long document costs a few pages' scan per look-up.
    /// Counted once per sequence and stretch, for at most 4,096 of them a document (then 0: the look-up refines a
    /// parse, nothing depends on it). A wider stretch costs more and finds no more names.
    func timesWritten(_ range: Range<Int>) -> Int {
        let length = range.count
        guard length == 2 || length == 3 else { return 0 }
        let stretch = range.lowerBound >> 11
        let first = range.lowerBound
        let key = SequenceKey(stretch: stretch, first: s[first].value, second: s[first + 1].value,
                              third: length == 3 ? s[first + 2].value : UInt32.max)
        if let known = sequenceCounts[key] { return known }
        guard sequenceCounts.count < 4096 else { return 0 }
        let lower = max(0, (stretch - 1) << 11), upper = min(s.count, (stretch + 2) << 11)
        var count = 0
        var i = lower
        while i + length <= upper {
            if s[i] == s[first], s[i + 1] == s[first + 1], length == 2 || s[i + 2] == s[first + 2] { count += 1 }
            i += 1
        }
        sequenceCounts[key] = count
        return count
    }

    /// Whether a paragraph's last mark is a comma (text written a line per clause), so its sentence goes on in the next.
    func endsWithComma(_ paragraph: Paragraph) -> Bool {
        lastVisibleValue(of: paragraph).map(CharacterClass.isComma) ?? false
    }

    /// Whether the paragraph's last visible character is a colon or a comma.
    func endsWithColonOrComma(_ paragraph: Paragraph) -> Bool {
        lastVisibleValue(of: paragraph).map { CharacterClass.isComma($0) || CharacterClass.isColon($0) } ?? false
    }

    /// The value of the paragraph's last character that is no space; nil for a blank paragraph.
    private func lastVisibleValue(of paragraph: Paragraph) -> UInt32? {
        let end = skipSpaceBack(paragraph.end, paragraph.start)
        return end > paragraph.start ? s[end - 1].value : nil
    }

    /// Skips whitespace backwards from `pos` (exclusive), not below `lower`.
    func skipSpaceBack(_ pos: Int, _ lower: Int) -> Int {
        var p = pos
        while p > lower, isSpace(p - 1) { p -= 1 }
        return p
    }

    func skipSpaceForward(_ pos: Int, _ upper: Int) -> Int {
        var p = pos
        while p < upper, isSpace(p) { p += 1 }
        return p
    }

    // MARK: Word boundaries (ICU, in small windows only)

    /// Makes sure word boundaries are known for `range` (at most a few dozen scalars around a quote).
    ///
    /// The word breaker runs lazily: the window is only recorded here and broken the first time
    /// ``isWordBoundary(_:)`` asks about a position inside it. A window's boundaries depend on the window
    /// alone and only ever fall inside it, so the answers are exactly those of breaking every window
    /// at once, and windows nobody asks about (most of them) cost nothing.
    func segment(_ range: Range<Int>) {
        guard breaker != nil, !range.isEmpty else { return }
        // The window that covered the last request is tried first (parses of one region ask for the same window
        // again and again); whichever recorded window covers the range, the answer is the same.
        func covers(_ window: Range<Int>) -> Bool { window.contains(range.lowerBound) && window.upperBound >= range.upperBound }
        if lastCovering < segmented.count, covers(segmented[lastCovering]) { return }
        if let k = segmented.firstIndex(where: covers) {
            lastCovering = k
            return
        }
        segmented.append(range)
        if segmented.count > 64 { segmented.removeFirst(32) }
        lastCovering = segmented.count - 1
        pending[range.lowerBound >> Self.bucketShift, default: []].append(range)
        longestPending = max(longestPending, range.count)
    }

    /// Pending windows are filed by `lowerBound >> bucketShift`.
    private static let bucketShift = 5

    /// Breaks pending windows that contain `i` (ends included) until one of them puts a boundary at `i`, or all are
    /// broken. The answer at `i` is whether any recorded window holding `i` has a boundary there, and breaking only
    /// adds boundaries: once one window says yes, the others holding `i` cannot change it, and stay pending for the
    /// positions they may decide.
    private func breakPending(around i: Int) {
        if pending.isEmpty { return }
        var bucket = max(0, i - longestPending) >> Self.bucketShift
        let last = i >> Self.bucketShift
        while bucket <= last {
            // A bucket is written back only when one of its windows was broken.
            if let list = pending[bucket], list.contains(where: { $0.lowerBound <= i && i <= $0.upperBound }) {
                var kept: [Range<Int>] = []
                var answered = false
                for window in list {
                    if !answered, window.lowerBound <= i, i <= window.upperBound {
                        breakWords(window)
                        answered = isKnownBound(i)
                    } else {
                        kept.append(window)
                    }
                }
                pending[bucket] = kept.isEmpty ? nil : kept
                if answered { return }
            }
            bucket += 1
        }
    }

    /// Runs the word breaker on one window and records its boundaries.
    private func breakWords(_ range: Range<Int>) {
        guard let breaker else { return }
        var units: [UInt16] = []
        var at: [Int] = []
        units.reserveCapacity(range.count + 2)
        at.reserveCapacity(range.count + 3)
        for i in range {
            let v = s[i].value
            if v > 0xFFFF {
                let x = v - 0x10000
                units.append(UInt16(0xD800 + (x >> 10))); at.append(i)
                units.append(UInt16(0xDC00 + (x & 0x3FF))); at.append(i)
            } else {
                units.append(UInt16(v)); at.append(i)
            }
        }
        at.append(range.upperBound)
        if let list = try? breaker.boundaries(in: units) {
            // The window's own ends are not word boundaries unless the text says so.
            for b in list where b > 0 && b < units.count { insertBound(at[b]) }
            if range.lowerBound == 0 || !isCJK(range.lowerBound - 1) || !isCJK(range.lowerBound) { insertBound(range.lowerBound) }
            if range.upperBound >= s.count || !isCJK(range.upperBound - 1) || !isCJK(range.upperBound) { insertBound(range.upperBound) }
        }
    }

    private func insertBound(_ i: Int) {
        if bounds.isEmpty { bounds = Array(repeating: 0, count: s.count / 64 + 1) }
        bounds[i >> 6] |= 1 << UInt64(i & 63)
    }

    /// Whether a window broken so far has a word boundary at `i`.
    private func isKnownBound(_ i: Int) -> Bool {
        guard i >= 0, i >> 6 < bounds.count else { return false }
        return bounds[i >> 6] & (1 << UInt64(i & 63)) != 0
    }

    /// Whether a word breaker answers ``isWordBoundary(_:)`` (Chinese text, with ICU present).
    var breaksWords: Bool { breaker != nil }

    /// Whether `i` is a word boundary; `true` when no word breaker is available.
    func isWordBoundary(_ i: Int) -> Bool {
        guard breaker != nil else { return true }
        // A boundary of a window broken earlier stays one whatever the pending windows say, so they are broken only
        // when the answer may still change: a later question inside them breaks them, with the same result as now.
        if isKnownBound(i) { return true }
        if !pending.isEmpty { breakPending(around: i) }
        return isKnownBound(i)
    }
}
