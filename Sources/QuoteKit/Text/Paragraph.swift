/// A paragraph of a ``Document``: a range of scalars without its line terminators.
public struct Paragraph: Sendable, Hashable, Codable {
    /// 0-based index of the paragraph in the document.
    public var index: Int
    /// Scalar offset of the first character.
    public var start: Int
    /// Scalar offset just past the last character (before the line break).
    public var end: Int

    /// The paragraph's range in scalars.
    public var range: Range<Int> { start..<end }
}

/// How a document separates its paragraphs.
public enum ParagraphStyle: String, Sendable, Codable {
    /// Every non-empty line is a paragraph (most news feeds and corpora).
    case line
    /// Paragraphs are separated by blank lines; single line breaks inside a
    /// paragraph are hard wraps (Project Gutenberg novels, Markdown, e-mail).
    case blankLine = "blank-line"
}
