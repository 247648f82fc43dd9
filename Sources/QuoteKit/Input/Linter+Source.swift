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
        var remaining: [Diagnostic] = []
        let result = try fix(source: source, format: format, name: name) { remaining.append($0) }
        return SourceFixResult(text: result.text, applied: result.applied, unwritable: result.unwritable, remaining: remaining)
    }

    /// Applies every safe fix to a Markdown or HTML source like ``fix(source:format:name:)``, and hands each
    /// diagnostic that remains (located in the source) to `body`, in order, instead of collecting them.
    ///
    /// - Parameters:
    ///   - source: The Markdown or HTML source.
    ///   - format: ``DocumentFormat/markdown`` or ``DocumentFormat/html``; plain text is fixed as by ``fix(_:remaining:)``.
    ///   - name: The name reported as the diagnostics' `source`.
    ///   - body: Called once per remaining diagnostic, after the fixes.
    /// - Returns: The corrected source, the number of fixes written and the number that could not be written.
    /// - Throws: ``InputError`` with ``InputError/Reason/malformed(_:)`` for ``DocumentFormat/docx``.
    public func fix(source: String, format: DocumentFormat, name: String = "-",
                    remaining body: (Diagnostic) -> Void) throws(InputError) -> (text: String, applied: Int, unwritable: Int) {
        switch format {
        case .docx:
            throw InputError(source: name, reason: .malformed("DOCX files cannot be rewritten; lint them without --in-place"))
        case .text:
            let result = fix(Document(text: source, source: name), remaining: body)
            return (result.text, result.applied, 0)
        case .markdown, .html:
            break
        }
        var current = source
        var applied = 0
        var unwritable = 0
        var rounds = 0
        while true {
            // Each round's document and findings are local to it, so they are gone before the next round
            // makes its own (kept in variables across rounds, two rounds were held at once).
            let document = DocumentReader.document(markup: current, format: format, source: name)
            let raws = findings(document)
            if rounds < 4, let map = document.origin?.map {
                let fixes = Self.safeFixes(raws.lazy.map { (rule: $0.rule, fix: $0.fix) })
                let (text, count, skipped) = Self.apply(fixes, to: current, map: map, escapeHTML: format == .html)
                unwritable = skipped
                if count > 0 {
                    applied += count
                    rounds += 1
                    current = text
                    continue
                }
            }
            for raw in raws {
                let diagnostic = document.resolve(raw)
                body(document.origin.map { $0.locate(diagnostic) } ?? diagnostic)
            }
            return (current, applied, unwritable)
        }
    }

    /// Writes the safe fixes of `diagnostics` into `source`; returns the new source, the number written and the number skipped.
    ///
    /// A fix is written only when the source under it is the extracted text it replaces and nothing else
    /// (each scalar, or the entity it was decoded from, right after the one before): a fix that would reach
    /// across markup (`</b>`, `**`, a comment) would move or delete that markup, so it is skipped and its
    /// diagnostic stays to be reported.
    static func apply(_ fixes: [Diagnostic.Fix], to source: String, map: SourceMap, escapeHTML: Bool)
        -> (text: String, count: Int, skipped: Int) {
        let scalars = Array(source.unicodeScalars)
        var text = UTF8Builder(capacity: 0)
        var cursor = 0 // extracted offset
        var sourceCursor = 0
        var count = 0
        var skipped = 0
        for fix in fixes where fix.start >= cursor && fix.start <= fix.end && fix.end <= map.textCount {
            if fix.start == cursor, count > 0, fix.start == fix.end { continue }
            guard map.isEditable(fix.start..<fix.end) else { skipped += 1; continue }
            let span = map.sourceRange(fix.start..<fix.end)
            guard span.lowerBound >= sourceCursor, span.upperBound <= scalars.count,
                  Self.coversOnlyText(fix.start..<fix.end, span, map) else { skipped += 1; continue }
            if count == 0 { text = UTF8Builder(capacity: source.utf8.count + 64) }
            text.append(scalars, sourceCursor..<span.lowerBound)
            text.append(escapeHTML ? Self.escapingMarkup(fix.replacement) : fix.replacement)
            sourceCursor = span.upperBound
            cursor = fix.end
            count += 1
        }
        if count == 0 { return (source, 0, skipped) }
        text.append(scalars, sourceCursor..<scalars.count)
        return (text.string, count, skipped)
    }
}

extension Linter {
    /// `text` with `&`, `<` and `>` written as HTML entities.
    static func escapingMarkup(_ text: String) -> String {
        var escaped = ""
        for c in text.unicodeScalars {
            switch c {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            default: escaped.unicodeScalars.append(c)
            }
        }
        return escaped
    }

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
