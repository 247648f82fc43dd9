/// A quote span as found by ``QuoteScanner``, before classification and attribution.
///
/// All offsets are Unicode scalar offsets into the document.
public struct ScannedQuote: Sendable, Hashable {
    /// Offset of the opening mark.
    public var openIndex: Int
    /// Offset of the first content scalar (just after the opening mark).
    public var contentStart: Int
    /// Offset just past the content (the closing mark's offset when closed).
    public var contentEnd: Int
    /// Offset of the closing mark, `nil` when unclosed.
    public var closeIndex: Int?
    /// The opening mark.
    public var openMark: Unicode.Scalar
    /// The closing mark, `nil` when unclosed.
    public var closeMark: Unicode.Scalar?
    /// Offsets of the opening marks that continue the quote in later paragraphs.
    public var reopenings: [Int] = []
    /// Nesting depth: 0 for a top-level quote.
    public var depth: Int = 0
    /// Index (in the scanner's result) of the enclosing quote.
    public var parent: Int? = nil

    /// Whether the quote never found its closing mark.
    public var unclosed: Bool { closeIndex == nil }
    /// Offset just past the closing mark (or the content end when unclosed).
    public var outerEnd: Int { closeIndex.map { $0 + 1 } ?? contentEnd }
    /// The content range in scalars.
    public var content: Range<Int> { contentStart..<contentEnd }
}
