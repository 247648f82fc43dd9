import QuoteKit

extension SpeakerIndex {
    /// CSV bytes for `SpeakerIndex.csvRows` (RFC 4180, CRLF).
    /// - Throws: When the CSV writer fails.
    public func csv() throws -> [UInt8] { try CSVExporter.encode(rows: csvRows) }
}
