/// Writes each document's distinct works (``CitedWork/catalog(_:)``) as JSON:
/// `{"source", "works": [...]}` per document, in an array when there are several.
public struct WorksJSONExporter: ResultExporter {
    /// Whether to wrap the documents in a JSON array (several inputs).
    public var array: Bool
    var writer = JSONWriter()
    var count = 0

    /// Creates the exporter.
    /// - Parameter array: Wrap documents in an array (use for more than one input).
    public init(array: Bool) { self.array = array }

    /// `[` when writing an array.
    public mutating func begin() -> [UInt8] { array ? Array("[".utf8) : [] }

    /// The document's `{"source", "works"}` object.
    public mutating func write(_ result: ExtractionResult) -> [UInt8] {
        writer.reset()
        writer.beginObject()
        writer.key("source"); writer.value(result.source)
        writer.key("works"); writer.value(CitedWork.catalog(result))
        writer.endObject()
        var out: [UInt8] = []
        if array, count > 0 { out.append(UInt8(ascii: ",")) }
        if array { out.append(0x0A) }
        count += 1
        out.append(contentsOf: writer.bytes)
        if !array { out.append(0x0A) }
        return out
    }

    /// `]` when writing an array.
    public mutating func end() -> [UInt8] { array ? Array("\n]\n".utf8) : [] }
}

/// Writes one distinct work per line (JSON Lines), each with its `source`.
public struct WorksJSONLinesExporter: ResultExporter {
    var writer = JSONWriter()

    /// Creates the exporter.
    public init() {}

    /// Nothing precedes the first line.
    public mutating func begin() -> [UInt8] { [] }

    /// One line per distinct work of the document.
    public mutating func write(_ result: ExtractionResult) -> [UInt8] {
        writer.reset()
        for work in CitedWork.catalog(result) {
            work.write(to: &writer)
            writer.newline()
        }
        return writer.bytes
    }

    /// Nothing follows the last line.
    public mutating func end() -> [UInt8] { [] }
}

/// Writes one CSV row per distinct work, through yaslab/CSV.swift like ``CSVExporter``.
///
/// Columns: `source, id, title, parts, volume, chapter, author, container, mentions, starts, quotes`;
/// `parts` are joined with ·, `mentions` (ids), `starts` (scalar offsets) and `quotes` (ids) with spaces.
public struct WorksCSVExporter: ResultExporter {
    /// The header row.
    public static let header = ["source", "id", "title", "parts", "volume", "chapter", "author", "container", "mentions", "starts", "quotes"]
    /// Whether to start with a UTF-8 byte-order mark.
    public var bom: Bool

    /// Creates the exporter.
    /// - Parameter bom: Start with a UTF-8 BOM (for Excel).
    public init(bom: Bool = false) { self.bom = bom }

    /// The BOM (if asked) and the header row.
    public mutating func begin() -> [UInt8] {
        let header = (try? CSVExporter.encode(rows: [Self.header])) ?? []
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + header
    }

    /// One row per distinct work.
    /// - Throws: The CSV library's error when it cannot write.
    public mutating func write(_ result: ExtractionResult) throws -> [UInt8] {
        let works = CitedWork.catalog(result)
        if works.isEmpty { return [] }
        return try CSVExporter.encode(rows: works.map(Self.row))
    }

    /// Nothing follows the last row.
    public mutating func end() -> [UInt8] { [] }

    /// The CSV fields for one work.
    public static func row(_ work: CitedWork) -> [String] {
        [work.source, work.mentions.first?.id ?? "", work.title, work.parts.joined(separator: "·"), work.volume ?? "",
         work.chapter ?? "", work.author ?? "", work.container ?? "",
         work.mentions.map(\.id).joined(separator: " "), work.mentions.map { String($0.start) }.joined(separator: " "),
         work.quotes.joined(separator: " ")]
    }
}
