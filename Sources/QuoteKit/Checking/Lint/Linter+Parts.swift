import Foundation

/// ``Linter/fix(_:fixed:remaining:)`` checks a large document in parts, on ``Linter/jobs`` threads.
///
/// The scanners carry nothing across a paragraph boundary where the next paragraph does not open with a quotation
/// mark (no quote reopens there) and, in line-per-paragraph text, a blank line comes between (no quote or title runs
/// on to the next line); the rules look no further than the line around a mark, but for the two that weigh the
/// quote styles of the whole document, which are given the whole document's counts. So the paragraphs between two
/// such boundaries, with the line ends around them, hold the same findings on their own as within the whole
/// document. On a soup of marks the four rounds' checks and the final one were most of `lint --fix`'s time.
extension Linter {
    /// The findings with safe fixes of a document, as ``findings(_:onlySafeFixes:language:)`` gives them with
    /// `onlySafeFixes`, its parts checked on ``jobs`` threads when it has parts of ``minimumPartLength`` scalars.
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - language: Its language (``LintConfiguration/language`` resolved for it).
    func safeFixFindings(_ document: Document, language: Language) -> SortedFindings {
        // A rule that weighs the marks of the whole document (straight against curly) needs all of it at once.
        let weighsWholeDocument = LintRule.allCases.contains {
            $0.fixIsSafe && $0.readsWholeDocument && $0.languages.contains(language) && configuration.isEnabled($0)
        }
        let parts = jobs > 1 && !weighsWholeDocument ? Self.parts(of: document, count: jobs, minimumLength: minimumPartLength) : []
        if parts.count > 1, let found = safeFixFindings(document, in: parts, language: language) {
            return found
        }
        return findings(document, onlySafeFixes: true, language: language)
    }

    /// The findings with safe fixes of the parts of `document`, each checked as a document of its own on a thread
    /// of its own; `nil` when a part, on its own, splits into other paragraphs.
    func safeFixFindings(_ document: Document, in parts: [Range<Int>], language: Language) -> SortedFindings? {
        let results = LockedSlots<[RawDiagnostic]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { k in
            if let found = safeFixFindings(document, part: parts[k], language: language) { results.set(k, found) }
        }
        var found: [RawDiagnostic] = []
        for part in results.takeAll() {
            guard let part else { return nil }
            found.append(contentsOf: part)
        }
        return SortedFindings(found)
    }

    /// The findings with safe fixes of the paragraphs `part` of `document`, in the order the rules made them, with
    /// offsets in `document`; `nil` when the part, on its own, splits into other paragraphs.
    private func safeFixFindings(_ document: Document, part: Range<Int>, language: Language) -> [RawDiagnostic]? {
        guard let (piece, offset) = Self.piece(of: document, part: part) else { return nil }
        return unsortedFindings(piece, onlySafeFixes: true, language: language).map { $0.shifted(by: offset) }
    }

    /// The paragraphs `part` of `document` as a document of their own, with the line ends around them (so that the
    /// marks at its edges see the same neighbours), and the offset in `document` it starts at; `nil` when the part,
    /// on its own, splits into other paragraphs.
    static func piece(of document: Document, part: Range<Int>) -> (piece: Document, offset: Int)? {
        let paragraphs = document.paragraphs
        let lower = part.lowerBound == 0 ? 0 : paragraphs[part.lowerBound - 1].end
        let upper = part.upperBound == paragraphs.count ? document.count : paragraphs[part.upperBound].start
        let piece = Document(scalars: Array(document.scalars[lower..<upper]), source: document.source,
                             paragraphStyle: document.paragraphStyle)
        guard piece.paragraphs.count == part.count,
              zip(piece.paragraphs, paragraphs[part]).allSatisfy({ $0.start + lower == $1.start && $0.end + lower == $1.end })
        else { return nil }
        return (piece, lower)
    }

    /// All the findings of a document, as ``findings(_:onlySafeFixes:language:)`` gives them, its parts checked on
    /// ``jobs`` threads when it has parts of ``minimumPartLength`` scalars: the parts are scanned, then checked by
    /// the rules with the quote styles of the whole document (which the two mix rules weigh against each other).
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - language: Its language (``LintConfiguration/language`` resolved for it).
    func allFindings(_ document: Document, language: Language) -> SortedFindings {
        let parts = jobs > 1 ? Self.parts(of: document, count: jobs, minimumLength: minimumPartLength) : []
        if parts.count > 1, let found = allFindings(document, in: parts, language: language) {
            return found
        }
        return findings(document, language: language)
    }

    /// A part's document, offset in the whole, and scans.
    private struct PartScan: Sendable {
        var piece: Document
        var offset: Int
        var quotes: QuoteScanner.Result
        var titles: TitleScanner.Result
    }

    /// All the findings of the parts of `document`; `nil` when a part, on its own, splits into other paragraphs.
    private func allFindings(_ document: Document, in parts: [Range<Int>], language: Language) -> SortedFindings? {
        let scans = LockedSlots<PartScan>(count: parts.count)
        let styles = LockedSlots<(counts: QuoteStyleRules.StyleCounts, offset: Int)>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { k in
            guard let (piece, offset) = Self.piece(of: document, part: parts[k]) else { return }
            let quotes = scanner.scan(piece)
            styles.set(k, (QuoteStyleRules.StyleCounts(quotes.quotes), offset))
            scans.set(k, PartScan(piece: piece, offset: offset, quotes: quotes, titles: TitleScanner().scan(piece)))
        }
        var counts = QuoteStyleRules.StyleCounts()
        for part in styles.takeAll() {
            guard let part else { return nil }
            counts.add(part.counts, shiftedBy: part.offset)
        }
        let styleCounts = counts
        let lexicons = lexicons[language] ?? LintLexicons([:])
        let found = LockedSlots<[RawDiagnostic]>(count: parts.count)
        DispatchQueue.concurrentPerform(iterations: parts.count) { k in
            // Taken, so that each part's scans are gone once it is checked.
            guard var scan = scans.take(k) else { return }
            var context = LintContext(document: scan.piece, language: language, configuration: configuration,
                                      quotes: scan.quotes.quotes, titles: scan.titles.titles, lexicons: lexicons)
            context.styleCounts = styleCounts
            context.adopt(all: &scan.quotes.diagnostics)
            context.adopt(all: &scan.titles.diagnostics)
            Self.checkRules(&context)
            var made = context.takeFindings()
            for i in made.indices { made[i] = made[i].shifted(by: scan.offset) }
            found.set(k, made)
        }
        // The whole document's input findings first, as a check of all of it adopts them.
        var inputs = LintContext(document: document, language: language, configuration: configuration,
                                 quotes: [], titles: [], lexicons: lexicons)
        for raw in document.inputFindings { inputs.adopt(raw) }
        var all = inputs.takeFindings()
        for k in parts.indices {
            guard let part = found.take(k) else { return nil }
            all.append(contentsOf: part)
        }
        return SortedFindings(all)
    }

    /// Up to `count` ranges of paragraphs of `document`, in order and together all of them, of about equal length and
    /// at least `minimumLength` scalars, split where nothing is carried across (``separates(before:in:)``); empty
    /// when the document is too short to split or has no such place.
    static func parts(of document: Document, count: Int, minimumLength: Int) -> [Range<Int>] {
        let paragraphs = document.paragraphs
        let wanted = min(count, document.count / max(1, minimumLength))
        guard wanted > 1 else { return [] }
        var cuts = [0]
        for k in 1..<wanted {
            guard var p = document.paragraphIndex(containing: document.count / wanted * k) else { break }
            p = max(p, cuts[cuts.count - 1] + 1)
            while p < paragraphs.count, !separates(before: p, in: document) { p += 1 }
            guard p < paragraphs.count else { break }
            cuts.append(p)
        }
        guard cuts.count > 1 else { return [] }
        cuts.append(paragraphs.count)
        return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
    }

    /// Whether the scanners carry nothing across the boundary before paragraph `p`: it does not open, after spaces,
    /// with a quotation mark (a quote open at the paragraph end would reopen there), and either paragraphs are
    /// separated by blank lines or one comes between (in line-per-paragraph text a quote or title may run on to
    /// the next line).
    static func separates(before p: Int, in document: Document) -> Bool {
        let s = document.scalars
        let paragraphs = document.paragraphs
        guard p > 0 else { return true }
        let paragraph = paragraphs[p]
        var first = paragraph.start
        while first < paragraph.end, CharacterClass.isSpace(s[first].value) { first += 1 }
        if first < paragraph.end, CharacterClass.isQuotationMark(s[first].value) { return false }
        return document.paragraphStyle == .blankLine
            || document.lineIndex(of: paragraph.start) - document.lineIndex(of: paragraphs[p - 1].end) > 1
    }
}

extension LintRule {
    /// Whether the rule weighs the whole document (which style of mark is the majority), so that a change
    /// anywhere can change its findings everywhere.
    var readsWholeDocument: Bool {
        self == .quoteStyleMix || self == .quoteStraightCurlyMix
    }
}

extension RawDiagnostic {
    /// The finding, and its fix, moved `offset` scalars on: a finding in part of a document, placed in the whole.
    func shifted(by offset: Int) -> RawDiagnostic {
        RawDiagnostic(start: start + offset, end: end + offset, rule: rule, severity: severity, message: message,
                      fix: fix.map { Diagnostic.Fix(start: $0.start + offset, end: $0.end + offset, replacement: $0.replacement) })
    }
}
