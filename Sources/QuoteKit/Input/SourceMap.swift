/// Maps scalar offsets in the text a reader extracted back to the document it came from.
///
/// The extracted text is built left to right from pieces of the source, so the
/// map is monotone and piecewise: a *copied* run maps each extracted scalar to
/// one source scalar; a *decoded* piece (an HTML entity, `&amp;` → `&`) maps to
/// the whole source span it was decoded from; an *inserted* piece (a paragraph
/// break for `</p><p>`, a quotation mark for `<q>`) maps to the markup that
/// produced it and can never be edited in the source.
///
/// Source offsets count Unicode scalars of the source text (HTML, Markdown).
/// A DOCX source has no text of its own: its map instead records where each
/// `w:p` paragraph starts, and ``location(of:)-(Int)`` reports a paragraph number
/// and an offset inside that paragraph.
public struct SourceMap: Sendable {
    /// What a piece of extracted text stands for in the source.
    enum Piece: UInt8, Sendable {
        /// Copied one scalar for one scalar.
        case copied
        /// Decoded from a longer spelling (an entity, an escape).
        case decoded
        /// Made up by the reader (breaks, quotation marks for `<q>`, placeholders).
        case inserted
    }

    /// First extracted offset of each segment, ascending.
    var textStarts: [Int] = []
    /// First source offset of each segment.
    var sourceStarts: [Int] = []
    /// Source offset just past each segment.
    var sourceEnds: [Int] = []
    var pieces: [Piece] = []
    /// Extracted offset where each DOCX paragraph starts; empty for text sources.
    var paragraphStarts: [Int] = []
    /// Source offset of each source line's first scalar (text sources).
    var lineStarts: [Int] = [0]
    /// Length of the extracted text in scalars.
    public internal(set) var textCount = 0
    /// Length of the source text in scalars (0 for DOCX).
    public internal(set) var sourceCount = 0

    /// Whether the source has text offsets (HTML, Markdown) rather than paragraphs (DOCX).
    public var hasSourceOffsets: Bool { paragraphStarts.isEmpty }

    /// The segment holding extracted offset `t` (the last one starting at or before it).
    @inline(__always)
    func segment(_ t: Int) -> Int? {
        var low = 0
        var high = textStarts.count
        while low < high {
            let mid = (low + high) / 2
            if textStarts[mid] <= t { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }

    /// What the extracted scalar at `t` is (`nil` outside the text).
    func piece(at t: Int) -> Piece? {
        guard t >= 0, t < textCount, let k = segment(t) else { return nil }
        return pieces[k]
    }

    /// Source offset where the extracted scalar at `t` starts.
    ///
    /// - Parameter t: An extracted scalar offset; the text's length maps to the source's end.
    /// - Returns: A source scalar offset.
    /// - Complexity: O(log *segments*).
    public func sourceStart(of t: Int) -> Int {
        guard t < textCount, let k = segment(t) else { return sourceCount }
        return pieces[k] == .copied ? sourceStarts[k] + (t - textStarts[k]) : sourceStarts[k]
    }

    /// Source offset just past the extracted scalar at `t`.
    ///
    /// - Parameter t: An extracted scalar offset.
    /// - Returns: A source scalar offset.
    /// - Complexity: O(log *segments*).
    public func sourceEnd(of t: Int) -> Int {
        guard t < textCount, let k = segment(t) else { return sourceCount }
        return pieces[k] == .copied ? sourceStarts[k] + (t - textStarts[k]) + 1 : sourceEnds[k]
    }

    /// The source span of an extracted range.
    ///
    /// An empty range (an insertion point) maps to the point just past the
    /// scalar before it when that scalar comes from the source, so text
    /// inserted at the end of a paragraph lands before the closing tag;
    /// otherwise (at the start of a paragraph) to the start of the next one.
    ///
    /// - Parameter range: Extracted scalar offsets.
    /// - Returns: Source scalar offsets.
    /// - Complexity: O(log *segments*).
    public func sourceRange(_ range: Range<Int>) -> Range<Int> {
        if range.isEmpty {
            let t = range.lowerBound
            let p = t > 0 && piece(at: t - 1) != .inserted ? sourceEnd(of: t - 1) : sourceStart(of: t)
            return p..<p
        }
        let lower = sourceStart(of: range.lowerBound)
        return lower..<max(lower, sourceEnd(of: range.upperBound - 1))
    }

    /// Whether replacing an extracted range can be done in the source: every
    /// scalar in it was copied or decoded, none made up by the reader.
    ///
    /// - Parameter range: Extracted scalar offsets.
    /// - Returns: `false` when the range touches inserted text or lies outside the text.
    /// - Complexity: O(log *segments* + segments in the range).
    public func isEditable(_ range: Range<Int>) -> Bool {
        guard hasSourceOffsets, range.lowerBound >= 0, range.upperBound <= textCount else { return false }
        if range.isEmpty {
            // Insert after a scalar from the source, or before one.
            let t = range.lowerBound
            return (t > 0 && piece(at: t - 1) != .inserted) || (t < textCount && piece(at: t) != .inserted)
        }
        guard var k = segment(range.lowerBound) else { return false }
        while k < textStarts.count, textStarts[k] < range.upperBound {
            if pieces[k] == .inserted { return false }
            k += 1
        }
        return true
    }

    /// Where an extracted offset lies in the source document.
    ///
    /// - Parameter t: An extracted scalar offset.
    /// - Returns: For DOCX, the paragraph number and the offset inside it; for
    ///   text sources, the source offset with its line and column.
    /// - Complexity: O(log *segments* + log *lines*).
    public func location(of t: Int) -> SourceLocation {
        if !paragraphStarts.isEmpty {
            var low = 0
            var high = paragraphStarts.count
            while low < high {
                let mid = (low + high) / 2
                if paragraphStarts[mid] <= t { low = mid + 1 } else { high = mid }
            }
            let p = max(0, low - 1)
            return SourceLocation(paragraph: p, offset: t - paragraphStarts[p])
        }
        let s = sourceStart(of: t)
        let (line, column) = lineColumn(of: s)
        return SourceLocation(start: s, end: s, line: line, column: column)
    }

    /// Where an extracted range lies in the source document.
    ///
    /// - Parameter range: Extracted scalar offsets.
    /// - Returns: As ``location(of:)`` for the start, with ``SourceLocation/end`` set for text sources.
    public func location(of range: Range<Int>) -> SourceLocation {
        var location = self.location(of: range.lowerBound)
        if hasSourceOffsets {
            let span = sourceRange(range)
            location.start = span.lowerBound
            location.end = span.upperBound
            (location.line, location.column) = lineColumn(of: span.lowerBound)
        }
        return location
    }

    /// 1-based line and column (in scalars) of a source offset.
    func lineColumn(of s: Int) -> (Int, Int) {
        var low = 0
        var high = lineStarts.count
        while low < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= s { low = mid + 1 } else { high = mid }
        }
        let line = max(1, low)
        return (line, s - lineStarts[line - 1] + 1)
    }
}

extension SourceMap {
    /// Builds a map while a reader writes its extracted text left to right.
    struct Builder {
        var map = SourceMap()
        /// The extracted text so far.
        var scalars: [Unicode.Scalar] = []

        init(source: [Unicode.Scalar]? = nil) {
            if let source {
                map.sourceCount = source.count
                for (i, c) in source.enumerated() where c.value == 0x0A { map.lineStarts.append(i + 1) }
            } else {
                map.lineStarts = []
            }
        }

        var count: Int { scalars.count }
        var last: Unicode.Scalar? { scalars.last }

        mutating func append(_ piece: Piece, _ text: Unicode.Scalar, source: Range<Int>) {
            let t = scalars.count
            scalars.append(text)
            let m = map.pieces.count - 1
            if piece == .copied, m >= 0, map.pieces[m] == .copied, map.sourceEnds[m] == source.lowerBound,
               map.textStarts[m] + (map.sourceEnds[m] - map.sourceStarts[m]) == t {
                map.sourceEnds[m] = source.upperBound
                return
            }
            map.textStarts.append(t)
            map.sourceStarts.append(source.lowerBound)
            map.sourceEnds.append(source.upperBound)
            map.pieces.append(piece)
        }

        /// A scalar copied from source offset `i`.
        mutating func copy(_ c: Unicode.Scalar, at i: Int) { append(.copied, c, source: i..<(i + 1)) }

        /// A scalar decoded from a longer source span.
        mutating func decoded(_ c: Unicode.Scalar, from span: Range<Int>) { append(.decoded, c, source: span) }

        /// Scalars the reader makes up, standing for the markup at `span`.
        mutating func insert(_ text: String, for span: Range<Int>) {
            for c in text.unicodeScalars { append(.inserted, c, source: span) }
        }

        /// Marks the start of a DOCX paragraph at the current extracted offset.
        mutating func beginParagraph() { map.paragraphStarts.append(scalars.count) }

        /// The finished text and map.
        mutating func finish() -> (String, SourceMap) {
            map.textCount = scalars.count
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return (String(view), map)
        }
    }
}

/// Where a quote, work or diagnostic lies in the document it was read from.
///
/// DOCX sources give ``paragraph`` (0-based index of the `w:p` element in the
/// document body, empty paragraphs counted) and ``offset`` (scalars from the
/// start of that paragraph's text, a tab or line break counting one). HTML and
/// Markdown sources give ``start`` and ``end`` (scalar offsets into the source
/// file) with the 1-based ``line`` and ``column`` of ``start``. Fields that do
/// not apply are `nil` and are not written.
public struct SourceLocation: Sendable, Hashable, Codable {
    /// DOCX: 0-based paragraph index in the document body.
    public var paragraph: Int?
    /// DOCX: scalar offset inside the paragraph.
    public var offset: Int?
    /// HTML, Markdown: source scalar offset of the start.
    public var start: Int?
    /// HTML, Markdown: source scalar offset just past the end.
    public var end: Int?
    /// HTML, Markdown: 1-based source line of ``start``.
    public var line: Int?
    /// HTML, Markdown: 1-based source column of ``start``, in scalars.
    public var column: Int?

    /// Creates a location; pass only the fields that apply.
    ///
    /// - Parameters:
    ///   - paragraph: DOCX paragraph index.
    ///   - offset: Offset inside the DOCX paragraph.
    ///   - start: Source offset of the start.
    ///   - end: Source offset of the end.
    ///   - line: Source line.
    ///   - column: Source column.
    public init(paragraph: Int? = nil, offset: Int? = nil, start: Int? = nil, end: Int? = nil,
                line: Int? = nil, column: Int? = nil) {
        self.paragraph = paragraph
        self.offset = offset
        self.start = start
        self.end = end
        self.line = line
        self.column = column
    }
}

extension SourceLocation: JSONWritable {
    /// Writes the fields that apply, in the order `paragraph`, `offset`, `start`, `end`, `line`, `column`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        if let paragraph { w.key("paragraph"); w.value(paragraph) }
        if let offset { w.key("offset"); w.value(offset) }
        if let start { w.key("start"); w.value(start) }
        if let end { w.key("end"); w.value(end) }
        if let line { w.key("line"); w.value(line) }
        if let column { w.key("column"); w.value(column) }
        w.endObject()
    }
}
