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
            return try DocumentReader.document(data: DocumentReader.readBytes(atPath: path), source: item.source, format: format)
        case .bytes(let data):
            return try DocumentReader.document(data: data, source: item.source, format: format)
        case .record(let data, _):
            try DocumentReader.checkSize(data.count, source: item.source)
            if let document = fastRecord(data, source: item.source) { return document }
            return try recordThroughFoundation(data, source: item.source)
        }
    }

    /// A record read with the library's JSON Lines parser, straight into scalars: `nil` when the line is
    /// anything but a well-formed object with a string text field of valid Unicode (the caller then reads it
    /// with `JSONSerialization`, which gives the precise error).
    func fastRecord(_ data: Data, source: String) -> Document? {
        var line = JSONLinesRecordParser.Line()
        let ok = data.withUnsafeBytes { raw -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            do throws(JSONLinesRecordParser.Failure) {
                try JSONLinesRecordParser.parse(bytes, 0, bytes.count, into: &line, textKey: textField, numbers: true)
                return true
            } catch {
                return false
            }
        }
        guard ok, line.hasText, !line.text.isEmpty else { return nil }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(line.text.count)
        for v in line.text {
            guard let scalar = Unicode.Scalar(v) else { return nil }
            scalars.append(scalar)
        }
        return Document(scalars: scalars, source: line.fields[idField] ?? source)
    }

    /// A record read with `JSONSerialization`: the slow path, for the lines ``fastRecord(_:source:)`` leaves.
    func recordThroughFoundation(_ data: Data, source itemSource: String) throws(InputError) -> Document {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw InputError(source: itemSource, reason: .invalidRecord("not valid JSON"))
        }
        guard let record = object as? [String: Any] else {
            throw InputError(source: itemSource, reason: .invalidRecord("not a JSON object"))
        }
        guard let text = record[textField] as? String else {
            throw InputError(source: itemSource, reason: .invalidRecord("no string field \"\(textField)\""))
        }
        var source = itemSource
        if let id = record[idField] {
            if let string = id as? String { source = string } else if let number = id as? NSNumber { source = number.stringValue }
        }
        // Named by file and line, where the user can find it; the id is in the message.
        if text.isEmpty {
            let id = source == itemSource ? "" : " (record id \(source))"
            throw InputError(source: itemSource, reason: .invalidRecord("the \"\(textField)\" field is empty\(id)"))
        }
        return Document(text: text, source: source)
    }
}
