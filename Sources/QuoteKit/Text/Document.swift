/// A text ready for analysis: its scalars, lines, paragraphs and offset tables.
///
/// A `Document` is the first stage of the pipeline. It decodes nothing itself
/// (see ``DocumentReader`` for bytes and files) and never changes the text:
/// every offset QuoteKit reports refers to ``text`` exactly as given.
///
/// Paragraphs follow the document's ``ParagraphStyle``: in hard-wrapped prose
/// (blank lines between blocks of short lines) blank lines separate paragraphs
/// and single line breaks are wraps; otherwise every non-empty line is a
/// paragraph.
///
/// Sentences come from ICU's sentence break iterator; because that is the
/// slowest step of the pipeline, they are computed on request, per paragraph,
/// through `SentenceIndex` rather than on creation.
public struct Document: Sendable {
    /// The name reported as `source` (a file path, a record id, or `-`).
    public let source: String
    /// The text, unchanged.
    ///
    /// A document read from bytes (``DocumentReader``) or from a JSON Lines record builds this string
    /// from its ``scalars`` only when it is first asked for: the pipeline works on the scalars.
    public var text: String { storage.text }
    private let storage: DocumentText
    /// The text's Unicode scalars; offsets index this array.
    public let scalars: [Unicode.Scalar]
    /// The paragraphs, in order. Empty lines belong to none.
    public let paragraphs: [Paragraph]
    /// How paragraphs were detected.
    public let paragraphStyle: ParagraphStyle
    let offsets: OffsetTable
    /// Where the text came from when a reader extracted it from Markdown, HTML or DOCX; `nil` for plain text.
    public var origin: DocumentOrigin? = nil
    /// What ``DocumentReader`` repaired or noticed while decoding the bytes (invalid UTF-8
    /// replaced with U+FFFD, NUL bytes); reported with the document's other diagnostics.
    var inputFindings: [RawDiagnostic] = []

    /// Creates a document from a string.
    ///
    /// - Parameters:
    ///   - text: The text to analyse.
    ///   - source: A name for the text, reported as `source` in every result.
    ///   - paragraphStyle: Force a paragraph style; `nil` detects it.
    /// - Complexity: O(*n*) in the length of `text`.
    public init(text: String, source: String = "-", paragraphStyle: ParagraphStyle? = nil) {
        let (scalars, offsets) = OffsetTable.decode(text)
        self.init(storage: DocumentText(text), scalars: scalars, offsets: offsets, source: source, paragraphStyle: paragraphStyle)
    }

    /// Creates a document from decoded scalars (bytes read by ``DocumentReader``, a JSON Lines record's
    /// text) and, when the decoder built it, their table; ``text`` is built from the scalars on first use.
    init(scalars: [Unicode.Scalar], offsets: OffsetTable? = nil, source: String, paragraphStyle: ParagraphStyle? = nil) {
        self.init(storage: DocumentText(scalars: scalars), scalars: scalars, offsets: offsets ?? OffsetTable(scalars: scalars), source: source,
                  paragraphStyle: paragraphStyle)
    }

    private init(storage: DocumentText, scalars: [Unicode.Scalar], offsets: OffsetTable, source: String, paragraphStyle: ParagraphStyle? = nil) {
        self.source = source
        self.storage = storage
        self.scalars = scalars
        self.offsets = offsets
        let lines = Document.lineRanges(scalars: scalars, lineStarts: offsets.lineStarts)
        // One pass decides the style and collects the paragraphs of the line style (every non-blank line).
        let (detected, lineParagraphs) = Document.detectStyle(lines: lines, scalars: scalars)
        let style = paragraphStyle ?? detected
        self.paragraphStyle = style
        self.paragraphs = style == .line ? lineParagraphs : Document.blankLineParagraphs(lines: lines, scalars: scalars)
    }

    /// The number of Unicode scalars in the text.
    public var count: Int { scalars.count }

    /// The position of a scalar offset in every unit.
    ///
    /// - Parameter scalarOffset: An offset in `0...count`; values outside are clamped.
    /// - Returns: The offset in scalars, UTF-16, UTF-8, and its line and column.
    /// - Complexity: O(log *lines*) plus at most 15 scalars walked.
    public func position(_ scalarOffset: Int) -> TextPosition {
        offsets.position(of: scalarOffset, in: scalars)
    }

    /// The span `start..<end` in every unit.
    ///
    /// - Parameters:
    ///   - start: Scalar offset of the start.
    ///   - end: Scalar offset just past the end.
    /// - Returns: The span with both ends converted.
    public func span(_ start: Int, _ end: Int) -> TextSpan {
        TextSpan(start: position(start), end: position(end))
    }

    /// The text of a scalar range.
    ///
    /// - Parameter range: Scalar offsets, clamped to the text.
    /// - Returns: The substring as a new `String`.
    /// - Complexity: O(length of the range): the scalars are encoded straight to UTF-8.
    public func string(_ range: Range<Int>) -> String {
        let lower = max(0, min(range.lowerBound, scalars.count))
        let upper = max(lower, min(range.upperBound, scalars.count))
        return String(scalars: scalars, lower..<upper)
    }

    /// The index of the paragraph holding a scalar offset, or of the next one when the offset is between paragraphs.
    ///
    /// - Parameter offset: A scalar offset.
    /// - Returns: A paragraph index, or `nil` when the document has no paragraph at or after `offset`.
    /// - Complexity: O(log *paragraphs*).
    public func paragraphIndex(containing offset: Int) -> Int? {
        let low = paragraphs.withUnsafeBufferPointer { buffer in
            var low = 0
            var high = buffer.count
            while low < high {
                let mid = (low &+ high) >> 1
                if buffer[mid].end <= offset { low = mid &+ 1 } else { high = mid }
            }
            return low
        }
        return low < paragraphs.count ? low : nil
    }

    /// ``paragraphIndex(containing:)`` for offsets visited in increasing order: looks at `hint` and the
    /// few paragraphs after it before searching, and leaves the answer in `hint`.
    func paragraphIndex(containing offset: Int, hint: inout Int) -> Int? {
        var p = hint
        while p < paragraphs.count, p < hint + 4 {
            if paragraphs[p].end > offset {
                if p == 0 || paragraphs[p - 1].end <= offset { hint = p; return p }
                break
            }
            p += 1
        }
        guard let found = paragraphIndex(containing: offset) else { return nil }
        hint = found
        return found
    }

    /// Warnings about the bytes the document was decoded from: each invalid UTF-8
    /// sequence that ``DocumentReader`` replaced with U+FFFD (`input.invalid-utf8`,
    /// naming its byte offset in the input) and NUL bytes kept in the text
    /// (`input.nul`). Empty for documents made from a `String`.
    public var inputDiagnostics: [Diagnostic] { inputFindings.map(resolve) }

    /// The line index (0-based) holding a scalar offset.
    func lineIndex(of offset: Int) -> Int { offsets.lineIndex(of: offset) }

    /// Whether a blank line stands between paragraph `k - 1` and paragraph `k` (two line breaks or more between them).
    func hasBlankLine(beforeParagraph k: Int) -> Bool {
        guard k > 0, k < paragraphs.count else { return false }
        var breaks = 0
        for index in paragraphs[k - 1].end..<paragraphs[k].start where scalars[index].value == 0x0A {
            breaks += 1
            if breaks >= 2 { return true }
        }
        return false
    }
}

extension Document {
    /// Ranges of lines without their terminators.
    static func lineRanges(scalars: [Unicode.Scalar], lineStarts: [Int]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(lineStarts.count)
        for (i, start) in lineStarts.enumerated() {
            var end = i + 1 < lineStarts.count ? lineStarts[i + 1] : scalars.count
            // Strip the terminator: \n, \r\n, \r, U+2028, U+2029.
            if end > start, i + 1 < lineStarts.count {
                end -= 1
                if end > start, scalars[end].value == 0x0A, scalars[end - 1].value == 0x0D { end -= 1 }
            }
            result.append(start..<end)
        }
        return result
    }

    static func isBlank(_ range: Range<Int>, _ scalars: [Unicode.Scalar]) -> Bool {
        for i in range where !CharacterClass.isSpace(scalars[i].value) { return false }
        return true
    }

    /// Hard-wrapped prose (blank lines between paragraphs, lines of a few dozen
    /// characters inside them) gets ``ParagraphStyle/blankLine``; everything
    /// else, including news with one paragraph per line and blank lines between
    /// them, gets ``ParagraphStyle/line``.
    ///
    /// - Returns: The style, and the paragraphs of the ``ParagraphStyle/line`` style (every non-blank line).
    static func detectStyle(lines: [Range<Int>], scalars: [Unicode.Scalar]) -> (ParagraphStyle, [Paragraph]) {
        var interiorBlank = 0
        var pendingBlank = false
        var seenText = false
        var consecutive = 0
        var previousNonBlank = false
        var nonBlank = 0
        var short = 0 // non-blank lines of at most 100 characters
        var lineParagraphs: [Paragraph] = []
        lineParagraphs.reserveCapacity(lines.count)
        for line in lines {
            if isBlank(line, scalars) {
                if seenText { pendingBlank = true }
                previousNonBlank = false
            } else {
                if pendingBlank { interiorBlank += 1; pendingBlank = false }
                seenText = true
                if previousNonBlank { consecutive += 1 }
                previousNonBlank = true
                nonBlank += 1
                if line.count <= 100 { short += 1 }
                lineParagraphs.append(Paragraph(index: lineParagraphs.count, start: line.lowerBound, end: line.upperBound))
            }
        }
        // Blank lines must be frequent: paragraphs of twenty lines or fewer on average.
        guard interiorBlank > 0, consecutive > 0, interiorBlank * 20 >= nonBlank else { return (.line, lineParagraphs) }
        // Wrapped lines are short: 90 % of them fit in 100 characters (the sorted lengths' element at
        // index min(n - 1, 9n / 10) is at most 100 exactly when more lines than that index are).
        return (short > min(nonBlank - 1, nonBlank * 9 / 10) ? .blankLine : .line, lineParagraphs)
    }

    /// Paragraphs of the ``ParagraphStyle/blankLine`` style: runs of non-blank lines between blank ones.
    static func blankLineParagraphs(lines: [Range<Int>], scalars: [Unicode.Scalar]) -> [Paragraph] {
        var result: [Paragraph] = []
        var currentStart: Int? = nil
        var currentEnd = 0
        for line in lines {
            if isBlank(line, scalars) {
                if let start = currentStart {
                    result.append(Paragraph(index: result.count, start: start, end: currentEnd))
                    currentStart = nil
                }
                continue
            }
            if currentStart == nil { currentStart = line.lowerBound }
            currentEnd = line.upperBound
        }
        if let start = currentStart { result.append(Paragraph(index: result.count, start: start, end: currentEnd)) }
        return result
    }
}
