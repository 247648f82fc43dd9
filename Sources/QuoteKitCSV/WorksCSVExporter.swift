import QuoteKit

/// Writes one CSV row per distinct work, through yaslab/CSV.swift like ``CSVExporter``.
///
/// Columns: `source, id, title, parts, volume, chapter, author, container, mentions, starts, quotes`;
/// `parts` are joined with ·, `mentions` (ids), `starts` (scalar offsets) and `quotes` (ids) with spaces.
public struct WorksCSVExporter: CSVTableExporter {
    /// The header row.
    public static let header = ["source", "id", "title", "parts", "volume", "chapter", "author", "container", "mentions", "starts", "quotes"]
    /// Whether to start with a UTF-8 byte-order mark.
    public var bom = false
    /// Whether cells that a spreadsheet would run as formulas get a leading `'` (see ``CSVExporter``).
    public var neutralizesFormulas = true

    /// An exporter with the defaults (see ``CSVTableExporter/init(bom:neutralizesFormulas:)``).
    public init() {}

    /// ``header``.
    public var headerRow: [String] { Self.header }

    /// One row per distinct work.
    public func rows(for result: ExtractionResult) -> [[String]] { CitedWork.catalog(result).map(Self.row) }

    /// The CSV fields for one work.
    public static func row(_ work: CitedWork) -> [String] {
        [work.source, work.mentions.first?.id ?? "", work.title, work.parts.joined(separator: "·"), work.volume ?? "",
         work.chapter ?? "", work.author ?? "", work.container ?? "",
         work.mentions.map(\.id).joined(separator: " "), work.mentions.map { String($0.start) }.joined(separator: " "),
         work.quotes.joined(separator: " ")]
    }
}
