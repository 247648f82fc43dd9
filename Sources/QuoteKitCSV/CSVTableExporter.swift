import QuoteKit

/// An exporter that writes a CSV table: a header row (after a UTF-8 byte-order mark if asked), then rows for
/// each document's results. The quote, check and work tables differ only in their columns and rows.
public protocol CSVTableExporter: ResultExporter {
    /// Whether to start with a UTF-8 byte-order mark.
    var bom: Bool { get set }
    /// Whether cells that a spreadsheet would run as formulas get a leading `'` (see ``neutralized(_:)``).
    var neutralizesFormulas: Bool { get set }
    /// An exporter with the defaults: no byte-order mark, formulas neutralized.
    init()
    /// The header row.
    var headerRow: [String] { get }
    /// The rows for one document's results, in ``headerRow``'s columns.
    func rows(for result: ExtractionResult) -> [[String]]
}

extension CSVTableExporter {
    /// Creates the exporter.
    /// - Parameters:
    ///   - bom: Start with a UTF-8 BOM (for Excel).
    ///   - neutralizesFormulas: Prefix `'` to cells that start with `=`, `+`, `-`, `@`, tab or CR.
    public init(bom: Bool = false, neutralizesFormulas: Bool = true) {
        self.init()
        self.bom = bom
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// The BOM (if asked) and the header row.
    public mutating func begin() -> [UInt8] {
        let header = (try? CSVExporter.encode(rows: [headerRow])) ?? []
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + header
    }

    /// The document's rows (nothing when it has none).
    /// - Throws: The CSV library's error when it cannot write.
    public mutating func write(_ result: ExtractionResult) throws -> [UInt8] {
        let rows = rows(for: result)
        if rows.isEmpty { return [] }
        return try CSVExporter.encode(rows: rows, neutralizingFormulas: neutralizesFormulas)
    }

    /// Nothing follows the last row.
    public mutating func end() -> [UInt8] { [] }
}
