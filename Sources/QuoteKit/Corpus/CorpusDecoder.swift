import Foundation

/// Turns a ``CorpusItem`` into a ``Document``: decodes bytes, or parses a JSON Lines record.
public struct CorpusDecoder: Sendable {
    /// The record field holding the text (`text`).
    public var textField: String
    /// The record field holding the id reported as `source` (`id`); records without it get `FILE:LINE`.
    public var idField: String
    /// The format of files (`bytes` items): `nil` chooses it by extension (``DocumentFormat/init(path:)``).
    public var format: DocumentFormat? = .text

    /// Creates a decoder.
    /// - Parameters:
    ///   - textField: Name of the text field in JSON Lines records.
    ///   - idField: Name of the id field in JSON Lines records.
    public init(textField: String = "text", idField: String = "id") {
        self.textField = textField
        self.idField = idField
    }

    /// The document an item holds.
    ///
    /// - Parameter item: A corpus item.
    /// - Returns: The document, its `source` being the file path or the record id.
    /// - Throws: ``InputError`` for unreadable, non-UTF-8 or empty input, and for records that are not
    ///   JSON objects or lack a string text field.
    public func document(for item: CorpusItem) throws(InputError) -> Document {
        switch item.payload {
        case .failure(let error):
            throw error
        case .file(let path):
            let data = try DocumentReader.readBytes(atPath: path)
            if format == .text {
                return try DocumentReader.textDocument(data: data, source: item.source)
            }
            return try DocumentReader.document(data: data, source: item.source, format: format)
        case .bytes(let data):
            if format == .text {
                return try DocumentReader.textDocument(data: data, source: item.source)
            }
            return try DocumentReader.document(data: data, source: item.source, format: format)
        case .record(let data, _):
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: data)
            } catch {
                throw InputError(source: item.source, reason: .invalidRecord("not valid JSON"))
            }
            guard let record = object as? [String: Any] else {
                throw InputError(source: item.source, reason: .invalidRecord("not a JSON object"))
            }
            guard let text = record[textField] as? String else {
                throw InputError(source: item.source, reason: .invalidRecord("no string field \"\(textField)\""))
            }
            var source = item.source
            if let id = record[idField] {
                if let string = id as? String { source = string } else if let number = id as? NSNumber { source = number.stringValue }
            }
            if text.isEmpty { throw InputError(source: source, reason: .empty) }
            return Document(text: text, source: source)
        }
    }
}
