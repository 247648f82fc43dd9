import QuoteKit

/// CSV for `quotekit check`: `CitationReport.csvHeader` and one row per quote.
public struct CitationCSVExporter: CSVTableExporter {
    /// Whether to start with a UTF-8 byte-order mark.
    public var bom = false
    /// Whether cells that a spreadsheet would run as formulas get a leading `'` (see ``CSVExporter``).
    public var neutralizesFormulas = true

    /// An exporter with the defaults (see ``CSVTableExporter/init(bom:neutralizesFormulas:)``).
    public init() {}

    /// `CitationReport.csvHeader`.
    public var headerRow: [String] { CitationReport.csvHeader }

    /// One row per quote, with its check.
    public func rows(for result: ExtractionResult) -> [[String]] { result.quotes.map(CitationReport.csvRow) }
}
