import QuoteKit

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
