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
