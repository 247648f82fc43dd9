import QuoteKit

/// CSV for `quotekit check`: ``CitationReport/csvHeader`` and one row per quote.
public struct CitationCSVExporter: ResultExporter {
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
        let header = (try? CSVExporter.encode(rows: [CitationReport.csvHeader])) ?? []
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + header
    }

    /// One row per quote.
    /// - Throws: The CSV library's error when it cannot write.
    public mutating func write(_ result: ExtractionResult) throws -> [UInt8] {
        if result.quotes.isEmpty { return [] }
        return try CSVExporter.encode(rows: result.quotes.map(CitationReport.csvRow), neutralizingFormulas: neutralizesFormulas)
    }

    /// Nothing follows the last row.
    public mutating func end() -> [UInt8] { [] }
}
