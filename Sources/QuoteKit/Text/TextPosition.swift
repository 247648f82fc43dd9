/// A position in a document, in every unit QuoteKit reports.
///
/// `scalar` (Unicode scalar values, "code points") is the primary unit: it is
/// what Python's `str` indexes and what the acceptance data uses. `utf16` is
/// what JavaScript, ICU, Java and `NSString` use; `utf8` is the byte offset in
/// the UTF-8 input (after a removed byte-order mark, if any). `line` and `column` are 1-based;
/// the column counts Unicode scalars from the start of the line.
public struct TextPosition: Sendable, Hashable, Codable {
    /// Offset in Unicode scalars from the start of the text.
    public var scalar: Int
    /// Offset in UTF-16 code units.
    public var utf16: Int
    /// Offset in UTF-8 bytes.
    public var utf8: Int
    /// 1-based line number. `\n`, `\r\n`, `\r`, U+2028 and U+2029 end lines.
    public var line: Int
    /// 1-based column, in Unicode scalars.
    public var column: Int

    /// Creates a position from its parts.
    ///
    /// - Parameters:
    ///   - scalar: Offset in Unicode scalars.
    ///   - utf16: Offset in UTF-16 code units.
    ///   - utf8: Offset in UTF-8 bytes.
    ///   - line: 1-based line.
    ///   - column: 1-based column in scalars.
    public init(scalar: Int, utf16: Int, utf8: Int, line: Int, column: Int) {
        self.scalar = scalar
        self.utf16 = utf16
        self.utf8 = utf8
        self.line = line
        self.column = column
    }
}

/// A half-open range of a document, `start..<end`, in all units.
public struct TextSpan: Sendable, Hashable, Codable {
    /// The first position of the span.
    public var start: TextPosition
    /// The position just past the span.
    public var end: TextPosition

    /// Creates a span.
    /// - Parameters:
    ///   - start: The first position.
    ///   - end: The position just past the end.
    public init(start: TextPosition, end: TextPosition) {
        self.start = start
        self.end = end
    }

    /// The range in Unicode scalars.
    public var scalars: Range<Int> { start.scalar..<end.scalar }
}
