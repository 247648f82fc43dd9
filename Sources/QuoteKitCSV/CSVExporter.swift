internal import CSV
import Foundation
import QuoteKit

/// CSV: a header row and one row per quote, written with yaslab/CSV.swift.
///
/// Fields are quoted per RFC 4180 by the library; newlines inside a quote's
/// text are kept inside the field. Rows end with CRLF as RFC 4180 asks.
/// With ``bom`` the output starts with a UTF-8 byte-order mark so that
/// spreadsheet programs (Excel) detect UTF-8 and show Chinese correctly.
///
/// Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is run as a
/// formula by spreadsheet programs, and quote texts, speakers, titles and file names come from the input.
/// Such cells get a leading `'` (OWASP's advice), unless ``neutralizesFormulas`` is off (for programs
/// that read the CSV, `--raw-csv` on the command line).
///
/// Columns: `source, id, start, end, line, column, kind, depth, speaker, cue, work, rule, text`.
public struct CSVExporter: CSVTableExporter {
    /// The header row.
    public static let header = QuoteCSVColumns.header
    /// Whether to start with a UTF-8 byte-order mark.
    public var bom = false
    /// Whether cells that a spreadsheet would run as formulas get a leading `'` (the default).
    public var neutralizesFormulas = true

    /// An exporter with the defaults (see ``CSVTableExporter/init(bom:neutralizesFormulas:)``).
    public init() {}

    /// ``header``.
    public var headerRow: [String] { Self.header }

    /// One row per quote.
    public func rows(for result: ExtractionResult) -> [[String]] { result.quotes.map(Self.row) }

    /// The CSV fields for one quote.
    public static func row(_ q: Quote) -> [String] { QuoteCSVColumns.row(q) }

    /// RFC 4180 bytes of `rows`, each ended by CRLF; with `neutralizingFormulas`, cells a spreadsheet would run get a `'`.
    /// - Throws: The CSV library's error when it cannot write.
    public static func encode(rows: [[String]], neutralizingFormulas: Bool = true) throws -> [UInt8] {
        let stream = OutputStream(toMemory: ())
        let csv = try CSVWriter(stream: stream, newline: .crlf)
        for row in rows { try csv.write(row: neutralizingFormulas ? row.map(neutralized) : row) }
        // CSVWriter separates rows; end the last one too.
        csv.stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return [] }
        return Array(data) + [0x0D, 0x0A]
    }
}

/// `cell` with a leading `'` when a spreadsheet would read it as a formula (it starts with `=`, `+`, `-`, `@`,
/// a tab or a carriage return); otherwise `cell` itself.
public func neutralized(_ cell: String) -> String {
    guard let first = cell.utf8.first else { return cell }
    switch first {
    case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + cell
    default: return cell
    }
}
