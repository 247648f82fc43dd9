import Foundation

/// The rounds of ``Linter/fix(_:fixed:remaining:)`` check a large document in parts, on ``Linter/jobs`` threads.
///
/// The scanners carry nothing across a paragraph boundary where the next paragraph does not open with a quotation
/// mark (no quote reopens there) and, in line-per-paragraph text, a blank line comes between (no quote or title runs
/// on to the next line); the rules whose fixes are safe look no further than the line around a mark. So the
/// paragraphs between two such boundaries, with the line ends around them, hold the same safe fixes on their own as
/// within the whole document. On a soup of marks the rounds' checks were most of `lint --fix`'s time.
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

    /// The findings with safe fixes of the paragraphs `part` of `document`, checked with the line ends around them
    /// (so that the marks at its edges see the same neighbours), in the order the rules made them, with offsets
    /// in `document`; `nil` when the part, on its own, splits into other paragraphs.
    private func safeFixFindings(_ document: Document, part: Range<Int>, language: Language) -> [RawDiagnostic]? {
        let paragraphs = document.paragraphs
        let lower = part.lowerBound == 0 ? 0 : paragraphs[part.lowerBound - 1].end
        let upper = part.upperBound == paragraphs.count ? document.count : paragraphs[part.upperBound].start
        let piece = Document(scalars: Array(document.scalars[lower..<upper]), source: document.source,
                             paragraphStyle: document.paragraphStyle)
        guard piece.paragraphs.count == part.count,
              zip(piece.paragraphs, paragraphs[part]).allSatisfy({ $0.start + lower == $1.start && $0.end + lower == $1.end })
        else { return nil }
        return unsortedFindings(piece, onlySafeFixes: true, language: language).map { $0.shifted(by: lower) }
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
