/// Writes each document's distinct works (``CitedWork/catalog(_:)``) as JSON:
/// `{"source", "works": [...]}` per document, in an array when there are several.
public struct WorksJSONExporter: ResultExporter {
    var base: JSONExporter

    /// Creates the exporter.
    /// - Parameter array: Wrap documents in an array (use for more than one input).
    public init(array: Bool) {
        base = JSONExporter(array: array) { result, writer in
            writer.beginObject()
            writer.key("source"); writer.value(result.source)
            writer.key("works"); writer.value(CitedWork.catalog(result))
            writer.endObject()
        }
    }

    /// `[` when writing an array.
    public mutating func begin() -> [UInt8] { base.begin() }
    /// The document's `{"source", "works"}` object.
    public mutating func write(_ result: ExtractionResult) -> [UInt8] { base.write(result) }
    /// `]` when writing an array.
    public mutating func end() -> [UInt8] { base.end() }
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
    /// Whether cells that a spreadsheet would run as formulas get a leading `'` (see ``CSVExporter``).
    public var neutralizesFormulas: Bool

    /// Creates the exporter.
    /// - Parameters:
    ///   - bom: Start with a UTF-8 BOM (for Excel).
    ///   - neutralizesFormulas: Prefix `'` to cells that start with `=`, `+`, `-`, `@`, tab or CR.
    public init(bom: Bool = false, neutralizesFormulas: Bool = true) {
        self.bom = bom
        self.neutralizesFormulas = neutralizesFormulas
    }

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
        return try CSVExporter.encode(rows: works.map(Self.row), neutralizingFormulas: neutralizesFormulas)
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
