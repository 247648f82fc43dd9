import Foundation

/// One document of a corpus, not yet decoded: a file's bytes or a JSON Lines record.
public struct CorpusItem: Sendable {
    /// What the item holds.
    public enum Payload: Sendable {
        /// Raw UTF-8 bytes of a file or of standard input.
        case bytes(Data)
        /// A file of a folder or file list, read by whoever decodes the item: with `--jobs`, the
        /// worker threads read files in parallel instead of the thread that hands out the items.
        case file(String)
        /// One line of a JSON Lines corpus, still to be parsed.
        case record(Data, line: Int)
        /// An input that could not be read; the error is reported in order with the results.
        case failure(InputError)
    }

    /// The file path, or `FILE:LINE` for a record until its id is known.
    public var source: String
    /// The content.
    public var payload: Payload
    /// Bytes of input this item stands for (for progress figures).
    public var size: Int

    /// Creates an item.
    /// - Parameters:
    ///   - source: File path or `FILE:LINE`.
    ///   - payload: The content.
    ///   - size: Input bytes it stands for.
    public init(source: String, payload: Payload, size: Int) {
        self.source = source
        self.payload = payload
        self.size = size
    }
}
