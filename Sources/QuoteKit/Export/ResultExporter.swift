/// Writes extraction results incrementally, one document at a time.
///
/// Exporters stream: ``begin()`` returns the header bytes, ``write(_:)`` the
/// bytes for one document, ``end()`` the trailer. Memory stays proportional
/// to one document whatever the corpus size.
public protocol ResultExporter {
    /// Bytes before the first document (a CSV header, `[` of a JSON array).
    mutating func begin() -> [UInt8]
    /// Bytes for one document's results.
    mutating func write(_ result: ExtractionResult) throws -> [UInt8]
    /// Bytes for one document's results, with the document itself (the HTML page shows its text).
    mutating func write(_ result: ExtractionResult, document: Document) throws -> [UInt8]
    /// Bytes for some of one document's quotes, for formats with a row per quote: a huge document is
    /// written in slices this way, so that its output never sits in memory whole.
    mutating func write(_ result: ExtractionResult, quotes range: Range<Int>) throws -> [UInt8]
    /// Bytes after the last document.
    mutating func end() -> [UInt8]
}

extension ResultExporter {
    /// Exporters that do not show the text write the result alone.
    public mutating func write(_ result: ExtractionResult, document: Document) throws -> [UInt8] {
        try write(result)
    }

    /// By default, the result with only the quotes of `range` (a copy of them).
    public mutating func write(_ result: ExtractionResult, quotes range: Range<Int>) throws -> [UInt8] {
        var part = result
        part.quotes = Array(result.quotes[range])
        return try write(part)
    }
}

/// JSON Lines: one quote object per line.
public struct JSONLinesExporter: ResultExporter {
    var writer = JSONWriter()

    /// Creates the exporter.
    public init() {}

    /// Nothing precedes the first line.
    public mutating func begin() -> [UInt8] { [] }

    /// One line per quote of the document.
    public mutating func write(_ result: ExtractionResult) -> [UInt8] {
        write(result, quotes: result.quotes.indices)
    }

    /// The lines of some of a document's quotes, written from the quotes in place (no copy of them).
    ///
    /// - Parameters:
    ///   - result: The document's result.
    ///   - range: The indices in `result.quotes` to write, in order.
    /// - Returns: One line per quote of the range.
    public mutating func write(_ result: ExtractionResult, quotes range: Range<Int>) -> [UInt8] {
        writer.reset()
        for i in range {
            result.quotes[i].write(to: &writer)
            writer.newline()
        }
        return writer.bytes
    }

    /// Nothing follows the last line.
    public mutating func end() -> [UInt8] { [] }
}

/// JSON: one object per document; an array of them when ``array`` is set.
///
/// By default each document is the whole ``ExtractionResult``; pass another
/// `document` writer to frame a different view of the result the same way
/// (the works catalog uses this).
public struct JSONExporter: ResultExporter {
    /// Whether to wrap the documents in a JSON array (several inputs).
    public var array: Bool
    let document: @Sendable (ExtractionResult, inout JSONWriter) -> Void
    var writer = JSONWriter()
    var count = 0

    /// Creates the exporter.
    /// - Parameter array: Wrap documents in an array (use for more than one input).
    public init(array: Bool) {
        self.init(array: array) { $0.write(to: &$1) }
    }

    /// Creates the exporter with another view of each result (the works catalog's).
    /// - Parameters:
    ///   - array: Wrap documents in an array (use for more than one input).
    ///   - document: Writes one document's JSON value.
    package init(array: Bool, document: @escaping @Sendable (ExtractionResult, inout JSONWriter) -> Void) {
        self.array = array
        self.document = document
    }

    /// `[` when writing an array.
    public mutating func begin() -> [UInt8] { array ? Array("[".utf8) : [] }

    /// The document's object, preceded by a comma after the first in an array.
    public mutating func write(_ result: ExtractionResult) -> [UInt8] {
        writer.reset()
        document(result, &writer)
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
