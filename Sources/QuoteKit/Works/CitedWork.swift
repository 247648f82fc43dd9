import Foundation

/// One distinct work of a document: every mention of the same title and parts, grouped.
///
/// `quotekit works` lists these. Titles are grouped by a normalised key
/// (compatibility-normalised, white space removed, ASCII letters lower-cased,
/// every middle dot written ·), so 《论语·学而》 and 《论语・学而》 are one work.
public struct CitedWork: Sendable, Hashable, Codable {
    /// Where one mention of the work is.
    public struct Mention: Sendable, Hashable, Codable {
        /// The mention id (`w3`).
        public var id: String
        /// Scalar offset of the first title character.
        public var start: Int
        /// Scalar offset just past the title.
        public var end: Int
        /// 1-based line of ``start``.
        public var line: Int
        /// 1-based column of ``start``.
        public var column: Int
        /// The volume written after this mention.
        public var volume: String?
        /// The chapter written after this mention.
        public var chapter: String?

        /// Creates a mention entry.
        /// - Parameters:
        ///   - id: The mention id.
        ///   - start: Scalar offset of the title.
        ///   - end: Scalar offset just past the title.
        ///   - line: 1-based line.
        ///   - column: 1-based column.
        ///   - volume: The volume written after the mention.
        ///   - chapter: The chapter written after the mention.
        public init(id: String, start: Int, end: Int, line: Int, column: Int, volume: String? = nil, chapter: String? = nil) {
            self.id = id
            self.start = start
            self.end = end
            self.line = line
            self.column = column
            self.volume = volume
            self.chapter = chapter
        }
    }

    /// The file path or record id.
    public var source: String
    /// The title as first written.
    public var title: String
    /// The title's parts (《书·篇》 → 书, 篇).
    public var parts: [String]
    /// The first volume written after any mention.
    public var volume: String?
    /// The first chapter written after any mention.
    public var chapter: String?
    /// The author, from any mention.
    public var author: String?
    /// The title of the collection holding the work, from any mention.
    public var container: String?
    /// Every mention, in text order.
    public var mentions: [Mention]
    /// The ids of the quotes linked to any mention, in text order.
    public var quotes: [String]

    /// Creates a work entry.
    /// - Parameters:
    ///   - source: File path or record id.
    ///   - title: The title.
    ///   - parts: The title's parts.
    ///   - volume: A volume.
    ///   - chapter: A chapter.
    ///   - author: The author.
    ///   - container: The containing collection's title.
    ///   - mentions: Where the work is mentioned.
    ///   - quotes: Ids of the linked quotes.
    public init(source: String, title: String, parts: [String], volume: String? = nil, chapter: String? = nil,
                author: String? = nil, container: String? = nil, mentions: [Mention] = [], quotes: [String] = []) {
        self.source = source
        self.title = title
        self.parts = parts
        self.volume = volume
        self.chapter = chapter
        self.author = author
        self.container = container
        self.mentions = mentions
        self.quotes = quotes
    }

    /// Groups the work mentions of a result into distinct works, in order of first mention.
    ///
    /// - Parameter result: An extraction result.
    /// - Returns: One entry per distinct title and parts.
    /// - Complexity: O(*m*) for *m* mentions.
    public static func catalog(_ result: ExtractionResult) -> [CitedWork] {
        var works: [CitedWork] = []
        var byKey: [String: Int] = [:]
        var titleOf: [String: String] = [:]
        for mention in result.works { titleOf[mention.id] = mention.title }
        for mention in result.works {
            let key = normalizedKey(mention.parts)
            let entry = Mention(id: mention.id, start: mention.start, end: mention.end, line: mention.line,
                                column: mention.column, volume: mention.volume, chapter: mention.chapter)
            let container = mention.container.flatMap { titleOf[$0] }
            if let k = byKey[key] {
                works[k].mentions.append(entry)
                works[k].quotes.append(contentsOf: mention.quotes)
                if works[k].volume == nil { works[k].volume = mention.volume }
                if works[k].chapter == nil { works[k].chapter = mention.chapter }
                if works[k].author == nil { works[k].author = mention.author }
                if works[k].container == nil { works[k].container = container }
            } else {
                byKey[key] = works.count
                works.append(CitedWork(source: result.source, title: mention.title, parts: mention.parts, volume: mention.volume,
                                       chapter: mention.chapter, author: mention.author, container: container,
                                       mentions: [entry], quotes: mention.quotes))
            }
        }
        for k in works.indices where works[k].mentions.count > 1 {
            works[k].quotes.sort { (Int($0.dropFirst()) ?? 0) < (Int($1.dropFirst()) ?? 0) }
        }
        return works
    }

    /// The grouping key of a title's parts.
    static func normalizedKey(_ parts: [String]) -> String {
        var key = String.UnicodeScalarView()
        for (i, part) in parts.enumerated() {
            if i > 0 { key.append("·") }
            for scalar in part.precomposedStringWithCompatibilityMapping.unicodeScalars {
                let v = scalar.value
                if CharacterClass.isSpace(v) { continue }
                if CharacterClass.isMiddleDot(v) { key.append("·"); continue }
                key.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v | 0x20)! : scalar)
            }
        }
        return String(key)
    }
}

extension CitedWork.Mention: JSONWritable {
    /// Writes `{"id", "start", "end", "line", "column", "volume", "chapter"}`.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("id"); w.value(id)
        w.key("start"); w.value(start)
        w.key("end"); w.value(end)
        w.key("line"); w.value(line)
        w.key("column"); w.value(column)
        w.key("volume"); w.value(volume)
        w.key("chapter"); w.value(chapter)
        w.endObject()
    }
}

extension CitedWork: JSONWritable {
    /// Writes the fields in declaration order.
    package func write(to w: inout JSONWriter) {
        w.beginObject()
        w.key("source"); w.value(source)
        w.key("title"); w.value(title)
        w.key("parts"); w.value(parts)
        w.key("volume"); w.value(volume)
        w.key("chapter"); w.value(chapter)
        w.key("author"); w.value(author)
        w.key("container"); w.value(container)
        w.key("mentions"); w.value(mentions)
        w.key("quotes"); w.value(quotes)
        w.endObject()
    }
}
