/// A cited work as written in the text: 《书名》, 〈篇名〉, 《书·篇》, with volume and chapter.
public struct WorkMention: Sendable, Hashable, Codable {
    /// Identifier unique within its source (`w1`, `w2`, … in text order).
    public var id: String
    /// The title without marks (论语·述而).
    public var title: String
    /// The title split at a middle dot (·・•): `["论语", "述而"]`; one element otherwise.
    public var parts: [String]
    /// A volume written right after the title (第一卷, 上册, 卷二).
    public var volume: String?
    /// A chapter or section written right after the title (第3章, 第二节).
    public var chapter: String?
    /// The author, when named before the title or known from a container.
    public var author: String?
    /// The id of the collection mention that holds this work.
    public var container: String?
    /// Scalar offset of the first title character (inside the marks).
    public var start: Int
    /// Scalar offset just past the title (before the closing mark).
    public var end: Int
    /// 1-based line of ``start``.
    public var line: Int
    /// 1-based column of ``start``.
    public var column: Int
    /// The opening mark (《 or 〈, or `*`/`_`/`"` for English titles).
    public var open: String
    /// Nesting depth: 0 for an outermost title.
    public var depth: Int
    /// Whether the closing mark is missing.
    public var unclosed: Bool
    /// The ids of the quotes linked to this mention (`q3`, `q5`), in text order.
    public var quotes: [String]
    /// Where the title lies in the document it was read from (DOCX, HTML, Markdown); `nil` for plain text.
    public var location: SourceLocation? = nil

    /// Creates a work mention.
    public init(id: String, title: String, parts: [String], volume: String? = nil, chapter: String? = nil,
                author: String? = nil, container: String? = nil, start: Int, end: Int, line: Int, column: Int,
                open: String, depth: Int = 0, unclosed: Bool = false, quotes: [String] = []) {
        self.id = id
        self.title = title
        self.parts = parts
        self.volume = volume
        self.chapter = chapter
        self.author = author
        self.container = container
        self.start = start
        self.end = end
        self.line = line
        self.column = column
        self.open = open
        self.depth = depth
        self.unclosed = unclosed
        self.quotes = quotes
    }
}
