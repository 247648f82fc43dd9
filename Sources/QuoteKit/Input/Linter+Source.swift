extension Linter {
    /// The result of ``fix(source:format:name:)``.
    public struct SourceFixResult: Sendable {
        /// The corrected source (Markdown or HTML markup with the fixes written into it).
        public var text: String
        /// How many fixes were written.
        public var applied: Int
        /// Safe fixes that could not be written because they touch text the reader made up
        /// (a line break between blocks, the marks of `<q>`); they stay among ``remaining``.
        public var unwritable: Int
        /// The diagnostics of the corrected document, with their ``Diagnostic/location`` in the source.
        public var remaining: [Diagnostic]
    }

    /// Applies every safe fix to a Markdown or HTML source, writing each into the original markup.
    ///
    /// The linter checks the text the reader extracts; each fix, in extracted-text
    /// offsets, is mapped through the ``SourceMap`` and applied to the markup
    /// (with `&`, `<` and `>` escaped in HTML). A fix that would have to change
    /// text the reader made up, or that would reach across markup, is not written (it is
    /// reported among the remaining diagnostics instead). Like ``fix(_:)``, it re-checks
    /// and fixes again, at most four rounds.
    ///
    /// - Parameters:
    ///   - source: The Markdown or HTML source.
    ///   - format: ``DocumentFormat/markdown`` or ``DocumentFormat/html``; plain text is fixed as by ``fix(_:)``.
    ///   - name: The name reported as the diagnostics' `source`.
    /// - Returns: The corrected source and what remains.
    /// - Throws: ``InputError`` with ``InputError/Reason/malformed(_:)`` for ``DocumentFormat/docx``,
    ///   which cannot be rewritten.
    /// - Complexity: O(*n* + *d* log *n*) per round for *n* scalars and *d* diagnostics.
    public func fix(source: String, format: DocumentFormat, name: String = "-") throws(InputError) -> SourceFixResult {
        switch format {
        case .docx:
            throw InputError(source: name, reason: .malformed("DOCX files cannot be rewritten; lint them without --in-place"))
        case .text:
            let result = fix(Document(text: source, source: name))
            return SourceFixResult(text: result.text, applied: result.applied, unwritable: 0, remaining: result.remaining)
        case .markdown, .html:
            break
        }
        var current = source
        var applied = 0
        var unwritable = 0
        var document = DocumentReader.document(markup: current, format: format, source: name)
        var diagnostics = lint(document)
        for _ in 0..<4 {
            guard let map = document.origin?.map else { break }
            let (text, count, skipped) = Self.apply(diagnostics, to: current, map: map, escapeHTML: format == .html)
            unwritable = skipped
            if count == 0 { break }
            applied += count
            current = text
            document = DocumentReader.document(markup: current, format: format, source: name)
            diagnostics = lint(document)
        }
        let remaining = document.origin.map { $0.locate(diagnostics) } ?? diagnostics
        return SourceFixResult(text: current, applied: applied, unwritable: unwritable, remaining: remaining)
    }

    /// Writes the safe fixes of `diagnostics` into `source`; returns the new source, the number written and the number skipped.
    ///
    /// A fix is written only when the source under it is the extracted text it replaces and nothing else
    /// (each scalar, or the entity it was decoded from, right after the one before): a fix that would reach
    /// across markup (`</b>`, `**`, a comment) would move or delete that markup, so it is skipped and its
    /// diagnostic stays to be reported.
    static func apply(_ diagnostics: [Diagnostic], to source: String, map: SourceMap, escapeHTML: Bool)
        -> (text: String, count: Int, skipped: Int) {
        let fixes = diagnostics
            .filter { LintRule(rawValue: $0.rule)?.fixIsSafe == true }
            .compactMap(\.fix)
            .filter { $0.start >= 0 && $0.start <= $0.end && $0.end <= map.textCount }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        let scalars = Array(source.unicodeScalars)
        var view = String.UnicodeScalarView()
        var cursor = 0 // extracted offset
        var sourceCursor = 0
        var count = 0
        var skipped = 0
        for fix in fixes where fix.start >= cursor {
            if fix.start == cursor, count > 0, fix.start == fix.end { continue }
            guard map.isEditable(fix.start..<fix.end) else { skipped += 1; continue }
            let span = map.sourceRange(fix.start..<fix.end)
            guard span.lowerBound >= sourceCursor, span.upperBound <= scalars.count,
                  Self.coversOnlyText(fix.start..<fix.end, span, map) else { skipped += 1; continue }
            view.append(contentsOf: scalars[sourceCursor..<span.lowerBound])
            for c in fix.replacement.unicodeScalars {
                switch c {
                case "&" where escapeHTML: view.append(contentsOf: "&amp;".unicodeScalars)
                case "<" where escapeHTML: view.append(contentsOf: "&lt;".unicodeScalars)
                case ">" where escapeHTML: view.append(contentsOf: "&gt;".unicodeScalars)
                default: view.append(c)
                }
            }
            sourceCursor = span.upperBound
            cursor = fix.end
            count += 1
        }
        if count == 0 { return (source, 0, skipped) }
        view.append(contentsOf: scalars[sourceCursor...])
        return (String(view), count, skipped)
    }
}

extension Linter {
    /// Whether the source `span` of the text `range` holds that text only, with no markup between its scalars.
    static func coversOnlyText(_ range: Range<Int>, _ span: Range<Int>, _ map: SourceMap) -> Bool {
        var at = span.lowerBound
        for k in range {
            let piece = map.sourceRange(k..<(k + 1))
            guard piece.lowerBound == at else { return false }
            at = piece.upperBound
        }
        return at == span.upperBound
    }
}

extension DocumentReader {
    /// A Markdown or HTML document from its decoded source (no emptiness check).
    static func document(markup: String, format: DocumentFormat, source: String) -> Document {
        let extracted = format == .html ? HTMLReader.read(markup) : MarkdownReader.read(markup)
        var document = Document(text: extracted.text, source: source)
        document.origin = DocumentOrigin(format: format, map: extracted.map, markup: extracted.markup, notes: extracted.notes)
        return document
    }
}
