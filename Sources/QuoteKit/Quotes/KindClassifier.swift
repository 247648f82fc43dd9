/// Decides whether a quoted span is a `quotation` or a `term`.
///
/// The decision adds up evidence from inside and around the quote; every
/// feature and threshold is data in ``Rules`` so rule packs can tune it:
///
/// | evidence | score |
/// |---|---|
/// | sentence-final punctuation inside (。！？.!?…) | ``Rules/sentenceFinalInside`` |
/// | clause punctuation inside (，；, ;) | ``Rules/clauseInside`` |
/// | long content (≥ ``Rules/longLength`` CJK characters or ≥ ``Rules/longWords`` words) | ``Rules/longContent`` |
/// | short content (≤ ``Rules/shortLength`` characters, ≤ ``Rules/shortWords`` words) | ``Rules/shortContent`` |
/// | a colon right before the opening mark | ``Rules/colonBefore`` |
/// | a reporting cue right before (说, 指出, said) | ``Rules/cueBefore`` |
/// | a cue right after (“…”，X说 / "…," she said) | ``Rules/cueAfter`` |
/// | a term marker right before (所谓, 称为, so-called) | ``Rules/termMarkerBefore`` |
/// | a noun-phrase marker right before, a determiner (the "war on terror") | ``Rules/nounMarkerBefore`` |
/// | a noun-phrase marker right after (一词, 的理念, 等), or an attributive particle and a word (“…”的往日) | ``Rules/termMarkerAfter`` |
/// | the quote opens its paragraph and is followed by a comma or stop | ``Rules/paragraphOpening`` |
///
/// A total of at least ``Rules/threshold`` makes a quotation.
public struct KindClassifier: Sendable {
    /// The features, weights and lexicons of the classifier.
    public struct Rules: Sendable, Hashable, Codable {
        /// Words that introduce speech when they end right before the quote (说, 指出, said).
        public var cues: [String]
        /// Words that make the quote a name or term when they end right before it (所谓, 称为, so-called).
        public var termMarkersBefore: [String]
        /// Words that make the quote part of a noun phrase when they end right before it (a determiner: the, his): weaker
        /// evidence than a term marker, which a speaker's cue outweighs (said it was a "crucial test").
        public var nounMarkersBefore: [String] = []
        /// Words that make the quote the predicate of its clause when they end right before it (应, 将, 很, 是: 也应“带头”
        /// 节水): a short quote there is the clause's words, not a name modifying the words after it.
        public var predicateMarkersBefore: [String] = []
        /// Words that make the quote a term when they start right after it (一词, 理念, 等).
        public var termMarkersAfter: [String]
        /// Words that, after a comma following the quote, signal a quotation (这是, 他说, she said).
        public var quotationMarkersAfter: [String]
        /// Particles that make the quote the modifier of the word after them (“…”的往日辛酸), weighed as a term marker
        /// after; not where punctuation follows the particle (是“…”的。). A pack whose `kind` section lists none fills
        /// them from its lexicon `attributiveParticles`.
        public var attributiveParticles: [String] = []
        /// Weights.
        public var sentenceFinalInside = 3.0
        /// Weight of clause punctuation inside.
        public var clauseInside = 2.0
        /// Weight of a long content.
        public var longContent = 2.0
        /// Weight of a short content (usually negative).
        public var shortContent = -2.0
        /// Weight of a colon before.
        public var colonBefore = 3.0
        /// Weight of a cue before.
        public var cueBefore = 2.0
        /// Weight of a cue or quotation marker after.
        public var cueAfter = 3.0
        /// Weight of a term marker before (usually negative).
        public var termMarkerBefore = -4.0
        /// Weight of a noun-phrase marker before (usually negative).
        public var nounMarkerBefore = -4.0
        /// Weight of a term marker after (usually negative).
        public var termMarkerAfter = -2.0
        /// Weight of a paragraph-opening quote followed by punctuation.
        public var paragraphOpening = 1.0
        /// Content length (CJK characters) from which a quote counts as long.
        public var longLength = 15
        /// Content length (characters) up to which a quote counts as short.
        public var shortLength = 6
        /// Content length (characters) up to which a quote reads as a name or a coined word (上火, 商量) even in
        /// reported speech, so that a cue lines away, in text written a line per clause, does not make it a quotation.
        public var nameLength = 3
        /// Word count from which alphabetic content counts as long.
        public var longWords = 5
        /// Word count up to which alphabetic content counts as short.
        public var shortWords = 3
        /// Score from which a quote is a quotation.
        public var threshold = 2.0

        /// Creates rules from lexicons, with default weights.
        /// - Parameters:
        ///   - cues: Reporting cues.
        ///   - termMarkersBefore: Term markers before the quote.
        ///   - termMarkersAfter: Term markers after the quote.
        ///   - quotationMarkersAfter: Quotation markers after the quote.
        public init(cues: [String], termMarkersBefore: [String], termMarkersAfter: [String], quotationMarkersAfter: [String]) {
            self.cues = cues
            self.termMarkersBefore = termMarkersBefore
            self.termMarkersAfter = termMarkersAfter
            self.quotationMarkersAfter = quotationMarkersAfter
        }

        /// Built-in Chinese and English defaults: the `kind` sections of the shipped rule packs, merged.
        ///
        /// Lexicons are the union of both packs; weights come from the Chinese pack.
        /// If the bundled packs cannot be loaded, the lexicons are empty and the weights are the defaults.
        public static let standard: Rules = {
            let kinds = ((try? RulePack.builtIns()) ?? []).compactMap(\.kind)
            return Rules.merging(kinds) ?? Rules(cues: [], termMarkersBefore: [], termMarkersAfter: [], quotationMarkersAfter: [])
        }()

        /// The built-in rules for one language: that language's pack's `kind` section, its weights, and the lexicons
        /// of every built-in pack (a Chinese text may quote English words, and the other way round).
        ///
        /// English news puts partial quotes, however short, in quotation marks where Chinese marks terms so: each
        /// language weighs a short content its own way.
        /// - Parameter language: A resolved language; ``Language/auto`` gives ``standard``.
        /// - Returns: The rules.
        public static func standard(for language: Language) -> Rules {
            let packs = (try? RulePack.builtIns()) ?? []
            let own = packs.filter { $0.language == language }.compactMap(\.kind)
            let others = packs.filter { $0.language != language }.compactMap(\.kind)
            guard !own.isEmpty else { return standard }
            return merging(own + others) ?? standard
        }

        /// Merges several rule sets: lexicons are united in order, weights come from the first.
        /// - Parameter list: Rule sets, most important first.
        /// - Returns: The merged rules, or `nil` for an empty list.
        public static func merging(_ list: [Rules]) -> Rules? {
            guard var merged = list.first else { return nil }
            for other in list.dropFirst() {
                merged.cues = unite(merged.cues, other.cues)
                merged.termMarkersBefore = unite(merged.termMarkersBefore, other.termMarkersBefore)
                merged.nounMarkersBefore = unite(merged.nounMarkersBefore, other.nounMarkersBefore)
                merged.predicateMarkersBefore = unite(merged.predicateMarkersBefore, other.predicateMarkersBefore)
                merged.termMarkersAfter = unite(merged.termMarkersAfter, other.termMarkersAfter)
                merged.quotationMarkersAfter = unite(merged.quotationMarkersAfter, other.quotationMarkersAfter)
                merged.attributiveParticles = unite(merged.attributiveParticles, other.attributiveParticles)
            }
            return merged
        }

        static func unite(_ a: [String], _ b: [String]) -> [String] {
            var seen = Set(a)
            return a + b.filter { seen.insert($0).inserted }
        }

        enum CodingKeys: String, CodingKey {
            case cues, termMarkersBefore, nounMarkersBefore, predicateMarkersBefore, termMarkersAfter, quotationMarkersAfter, attributiveParticles, sentenceFinalInside, clauseInside,
                 longContent, shortContent, colonBefore, cueBefore, cueAfter, termMarkerBefore, nounMarkerBefore, termMarkerAfter,
                 paragraphOpening, longLength, shortLength, nameLength, longWords, shortWords, threshold
        }

        /// Decodes rules; every key is optional (missing lexicons are empty, missing weights keep their
        /// defaults). Read like a YAML pack's `kind` section (`PackValue`).
        public init(from decoder: any Decoder) throws {
            self = try PackValue.decode(decoder) { try Self(value: $0, path: $1) }
        }
    }

    let rules: Rules
    let cues: Lexicon
    let termBefore: Lexicon
    let nounBefore: Lexicon
    let termAfter: Lexicon
    let quotationAfter: Lexicon
    let attributiveAfter: Lexicon

    /// Creates a classifier.
    /// - Parameter rules: Features, weights and lexicons.
    public init(rules: Rules = .standard) {
        self.rules = rules
        self.cues = Lexicon(rules.cues, caseInsensitive: true)
        self.termBefore = Lexicon(rules.termMarkersBefore, caseInsensitive: true)
        self.nounBefore = Lexicon(rules.nounMarkersBefore, caseInsensitive: true)
        self.termAfter = Lexicon(rules.termMarkersAfter, caseInsensitive: true)
        self.quotationAfter = Lexicon(rules.quotationMarkersAfter, caseInsensitive: true)
        self.attributiveAfter = Lexicon(rules.attributiveParticles)
    }

    /// Classifies one quote.
    ///
    /// - Parameters:
    ///   - quote: The scanned quote.
    ///   - document: Its document.
    /// - Returns: The kind and the score behind it.
    /// - Complexity: O(length of the quote) plus constant work around it.
    public func classify(_ quote: ScannedQuote, in document: Document) -> (kind: QuoteKind, score: Double) {
        classify(quote, in: document, paragraph: document.paragraphIndex(containing: quote.openIndex))
    }

    /// Classifies a quote whose opening mark's paragraph index is known (`nil`: in no paragraph).
    func classify(_ quote: ScannedQuote, in document: Document, paragraph: Int?) -> (kind: QuoteKind, score: Double) {
        let s = document.scalars
        var score = 0.0
        // Inside.
        let content = QuoteContentShape(s, quote.contentStart..<max(quote.contentStart, quote.contentEnd))
        let (cjk, words, clause, lastNonSpace) = (content.cjk, content.words, content.hasClausePunctuation, content.lastNonSpace)
        let length = content.length
        let alphabetic = content.isAlphabetic
        if CharacterClass.isSentenceFinal(lastNonSpace) || (CharacterClass.isClausePunctuation(lastNonSpace) && alphabetic) {
            score += rules.sentenceFinalInside
        } else if lastNonSpace == 0x2014 || lastNonSpace == 0x2026 {
            score += rules.sentenceFinalInside
        }
        if clause { score += rules.clauseInside }
        // A short content is a term unless it ends like an utterance ("Yes." “好！”).
        let endsLikeUtterance = content.endsLikeUtterance
        if alphabetic {
            if words >= rules.longWords { score += rules.longContent }
            if words <= rules.shortWords, !endsLikeUtterance { score += rules.shortContent }
        } else {
            if cjk >= rules.longLength { score += rules.longContent }
            if length <= rules.shortLength, !endsLikeUtterance { score += rules.shortContent }
        }
        // Before.
        var b = quote.openIndex
        while b > 0, CharacterClass.isSpace(s[b - 1].value), s[b - 1].value != 0x0A { b -= 1 }
        if b > 0 {
            let v = s[b - 1].value
            if v == 0x3A || v == 0xFF1A || v == 0xFE55 { score += rules.colonBefore }
            else if v == 0x2C || v == 0xFF0C {
                // "…," she said, "…": a comma before is neutral; look past it for a cue.
                if cues.longestMatch(in: s, endingAt: b - 1, limit: max(0, b - 12)) != nil { score += rules.cueBefore }
            } else {
                // The longer match wins: 正所谓 (a cue) over 所谓 (a term marker).
                let term = wholeWord(termBefore.longestMatch(in: s, endingAt: b, limit: max(0, b - 12)), endingAt: b, in: s)
                let cue = cues.longestMatch(in: s, endingAt: b, limit: max(0, b - 12)) ?? 0
                if term > cue { score += rules.termMarkerBefore } else if cue > 0 { score += rules.cueBefore }
                else if wholeWord(nounBefore.longestMatch(in: s, endingAt: b, limit: max(0, b - 12)), endingAt: b, in: s) > 0 {
                    score += rules.nounMarkerBefore
                }
            }
        }
        if introducedByCueOnLineBefore(b, in: s) {
            score += rules.cueBefore
        } else if followsColonOnLineBefore(b, in: s), endsItsSentence(quote, in: s) {
            // Text broken at every clause (一句老話：⏎「…」。) puts the colon at the end of the line before: it introduces
            // a quote that is a sentence of its own, not one that goes on into the sentence (經驗是：⏎「耐心」與…).
            score += rules.colonBefore
        }
        let paragraphStart = paragraph.map { document.paragraphs[$0].start }
        // After.
        var a = quote.outerEnd
        while a < s.count, s[a].value == 0x20 { a += 1 }
        if a < s.count {
            let v = s[a].value
            if v == 0x2C || v == 0xFF0C || v == 0x3001 {
                var c = a + 1
                while c < s.count, s[c].value == 0x20 { c += 1 }
                if quotationAfter.longestMatch(in: s, startingAt: c, limit: c + 16) != nil { score += rules.cueAfter }
                if paragraphStart == quote.openIndex { score += rules.paragraphOpening }
            } else if termAfter.longestMatch(in: s, startingAt: a, limit: a + 8) != nil {
                score += rules.termMarkerAfter
            } else if let particle = attributiveAfter.longestMatch(in: s, startingAt: a, limit: a + 4), a + particle < s.count,
                      CharacterClass.isCJK(s[a + particle].value) {
                score += rules.termMarkerAfter
            } else if quotationAfter.longestMatch(in: s, startingAt: a, limit: a + 16) != nil, !quote.unclosed {
                score += rules.cueAfter
            } else if (v == 0x3002 || v == 0x2E), paragraphStart == quote.openIndex {
                score += rules.paragraphOpening
            }
        }
        return (score >= rules.threshold ? .quotation : .term, score)
    }

    /// Whether a quote that opens its line (at `lineStart`) follows a line ending in a cue and a colon or comma
    /// (他警告說：⏎「…」, 張明表示，⏎「…」): the line introduces the quote, as a cue on its own line does. A colon alone
    /// at a line's end is not enough; headings end so too (编者按：).
    private func introducedByCueOnLineBefore(_ lineStart: Int, in s: [Unicode.Scalar]) -> Bool {
        guard let end = endOfLineBefore(lineStart, in: s) else { return false }
        let v = s[end - 1].value
        guard CharacterClass.isColon(v) || v == 0x2C || v == 0xFF0C else { return false }
        return cues.longestMatch(in: s, endingAt: end - 1, limit: max(0, end - 13)) != nil
    }

    /// Whether the line before the one `lineStart` opens ends with a colon.
    private func followsColonOnLineBefore(_ lineStart: Int, in s: [Unicode.Scalar]) -> Bool {
        endOfLineBefore(lineStart, in: s).map { CharacterClass.isColon(s[$0 - 1].value) } ?? false
    }

    /// Where the visible text of the line before the one `lineStart` opens ends; nil when `lineStart` opens no line
    /// or nothing visible stands before it.
    private func endOfLineBefore(_ lineStart: Int, in s: [Unicode.Scalar]) -> Int? {
        guard lineStart > 0, s[lineStart - 1].value == 0x0A else { return nil }
        var end = lineStart - 1
        while end > 0, CharacterClass.isSpace(s[end - 1].value) { end -= 1 }
        return end > 0 ? end : nil
    }

    /// Whether nothing but the end of a sentence or of the line follows the quote's closing mark.
    private func endsItsSentence(_ quote: ScannedQuote, in s: [Unicode.Scalar]) -> Bool {
        var a = quote.outerEnd
        while a < s.count, s[a].value == 0x20 || s[a].value == 0x3000 { a += 1 }
        return a == s.count || s[a].value == 0x0A || CharacterClass.isSentenceFinal(s[a].value)
    }

    /// The length of a marker match ending at `end`, or 0 when the match is letters that continue a longer word
    /// (the, not the end of bathe).
    private func wholeWord(_ length: Int?, endingAt end: Int, in s: [Unicode.Scalar]) -> Int {
        guard let length, length > 0 else { return 0 }
        let start = end - length
        if start > 0, CharacterClass.isAlphanumeric(s[start].value), CharacterClass.isAlphanumeric(s[start - 1].value) { return 0 }
        return length
    }
}

/// What a quote's content is made of, read once: ideographs, letters and words, a clause mark inside, and the last
/// visible character. The kind classifier weighs it; attribution asks it whether a quote is a fragment.
struct QuoteContentShape {
    var cjk = 0
    var letters = 0
    /// Runs of letters and digits; an apostrophe or a hyphen inside one does not split it (don't, long-term).
    var words = 0
    var hasClausePunctuation = false
    var lastNonSpace: UInt32 = 0

    init(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        var inWord = false
        for i in range {
            let v = s[i].value
            if CharacterClass.isCJK(v) { cjk += 1; inWord = false }
            else if CharacterClass.isAlphanumeric(v) { letters += 1; if !inWord { words += 1; inWord = true } }
            else {
                inWord = v == 0x27 || v == 0x2019 || v == 0x2D ? inWord : false
                if CharacterClass.isClausePunctuation(v) { hasClausePunctuation = true }
            }
            if !CharacterClass.isSpace(v) { lastNonSpace = v }
        }
    }

    /// Letters and no ideograph.
    var isAlphabetic: Bool { cjk == 0 && letters > 0 }

    /// The ideographs and letters, the measure of a short content (``KindClassifier/Rules/shortLength``).
    var length: Int { cjk + letters }

    /// Ends like something said ("Yes." “好！”, "Well," “好，”), not like a phrase: a name or a term is quoted without
    /// the comma of the sentence around it, which stands outside the marks.
    var endsLikeUtterance: Bool {
        CharacterClass.isSentenceFinal(lastNonSpace) || CharacterClass.isClausePunctuation(lastNonSpace)
    }
}
