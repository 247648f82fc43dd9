import Foundation

/// Why an input could not be turned into a ``Document``.
public struct InputError: Error, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or read (missing, a directory, no permission).
        case unreadable(String)
        /// The input holds no bytes (or only a byte-order mark).
        case empty
        /// The input is not valid UTF-8; the byte offset of the first bad sequence.
        case invalidUTF8(byteOffset: Int)
        /// The input starts with a UTF-16 or UTF-32 byte-order mark.
        case notUTF8(encoding: String)
        /// The input holds NUL bytes and looks binary.
        case binary(byteOffset: Int)
        /// A JSON Lines record that is not a JSON object or lacks its text field.
        case invalidRecord(String)
        /// A DOCX, HTML or Markdown file whose structure cannot be read (not a ZIP archive, no `word/document.xml`, bad XML).
        case malformed(String)
    }

    /// The file path or record id.
    public let source: String
    /// What went wrong.
    public let reason: Reason

    /// Creates an input error.
    /// - Parameters:
    ///   - source: The file path or record id.
    ///   - reason: What went wrong.
    public init(source: String, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    /// One line naming the source and the problem.
    public var description: String {
        switch reason {
        case .unreadable(let why): return "\(source): cannot read input: \(why)"
        case .empty: return "\(source): input is empty"
        case .invalidUTF8(let offset): return "\(source): input is not valid UTF-8 (bad byte sequence at byte \(offset))"
        case .notUTF8(let encoding): return "\(source): input is \(encoding), not UTF-8; convert it first (e.g. iconv -f \(encoding) -t UTF-8)"
        case .binary(let offset): return "\(source): input looks binary (NUL byte at byte \(offset))"
        case .invalidRecord(let why): return "\(source): invalid JSON Lines record: \(why)"
        case .malformed(let why): return "\(source): cannot read document: \(why)"
        }
    }
}

/// Turns bytes and files into ``Document`` values, with clear errors for bad input.
///
/// Accepts UTF-8 with or without a byte-order mark (the mark is removed and
/// offsets count from the first character after it). Rejects empty input,
/// invalid UTF-8, UTF-16/UTF-32 input and binary data with an ``InputError``.
public enum DocumentReader {
    /// Decodes UTF-8 bytes into a document.
    ///
    /// - Parameters:
    ///   - bytes: The raw input.
    ///   - source: The name reported for the document and in errors.
    /// - Returns: The document.
    /// - Throws: ``InputError`` for empty, non-UTF-8 or binary input.
    /// - Complexity: O(*n*).
    public static func document<Bytes: Collection>(bytes: Bytes, source: String) throws(InputError) -> Document where Bytes.Element == UInt8 {
        try textDocument(data: bytes as? Data ?? Data(bytes), source: source)
    }

    /// Decodes UTF-8 bytes into a string, with the checks of ``document(bytes:source:)``.
    ///
    /// - Parameters:
    ///   - bytes: The raw input.
    ///   - source: The name used in errors.
    /// - Returns: The decoded text without a byte-order mark.
    /// - Throws: ``InputError``.
    public static func decode<Bytes: Collection>(bytes: Bytes, source: String) throws(InputError) -> String where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ buffer in Result { () throws(InputError) in try decode(buffer, source: source) } }) {
            return try result.get()
        }
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer throws(InputError) in try decode(buffer, source: source) }
    }

    /// Decodes UTF-8 bytes from a `Data` value without copying them first.
    ///
    /// - Parameters:
    ///   - data: The raw input.
    ///   - source: The name used in errors.
    /// - Returns: The decoded text without a byte-order mark.
    /// - Throws: ``InputError``.
    public static func decode(data: Data, source: String) throws(InputError) -> String {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(InputError) in try decode(raw.bindMemory(to: UInt8.self), source: source) }
        }
        return try result.get()
    }

    /// The checks before decoding: UTF-16 and UTF-32 byte-order marks, emptiness. Returns the UTF-8 BOM's length (0 or 3).
    static func preflight(_ array: UnsafeBufferPointer<UInt8>, source: String) throws(InputError) -> Int {
        if array.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || array.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            throw InputError(source: source, reason: .notUTF8(encoding: "UTF-32"))
        }
        if array.starts(with: [0xFE, 0xFF]) || array.starts(with: [0xFF, 0xFE]) {
            throw InputError(source: source, reason: .notUTF8(encoding: "UTF-16"))
        }
        let bomLength = array.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if array.count == bomLength { throw InputError(source: source, reason: .empty) }
        return bomLength
    }

    /// A plain-text document from UTF-8 bytes, with the checks of ``decode(data:source:)``, validating and
    /// decoding in one pass (the text's `String` is built only if asked for).
    static func textDocument(data: Data, source: String) throws(InputError) -> Document {
        let result: Result<(Int, [Unicode.Scalar], OffsetTable), InputError> = data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            let bomLength: Int
            do throws(InputError) { bomLength = try preflight(all, source: source) } catch { return .failure(error) }
            switch OffsetTable.decodeValidating(UnsafeBufferPointer(rebasing: all[bomLength...])) {
            case .success(let (scalars, table)): return .success((bomLength, scalars, table))
            case .failure(.nul(let at)): return .failure(InputError(source: source, reason: .binary(byteOffset: at + bomLength)))
            case .failure(.invalid(let at)): return .failure(InputError(source: source, reason: .invalidUTF8(byteOffset: at + bomLength)))
            }
        }
        let (bomLength, scalars, table) = try result.get()
        let text = DocumentText(validatedUTF8: bomLength == 0 ? data : data.dropFirst(bomLength))
        return Document(storage: text, scalars: scalars, offsets: table, source: source)
    }

    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, source: String) throws(InputError) -> String {
        let array = buffer
        let bomLength = try preflight(array, source: source)
        let body = UnsafeBufferPointer(rebasing: array[bomLength...])
        if let nul = body.firstIndex(of: 0) {
            throw InputError(source: source, reason: .binary(byteOffset: nul + bomLength))
        }
        if let text = String(validating: body, as: UTF8.self) { return text }
        throw InputError(source: source, reason: .invalidUTF8(byteOffset: firstInvalidByte(in: Array(body)[...]) + bomLength))
    }

    /// The byte offset (from the start of the input) of the first invalid UTF-8 sequence.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var consumed = bytes.startIndex
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): consumed += UTF8.width(scalar)
            case .emptyInput, .error: return consumed
            }
        }
    }

    /// Reads a file (or standard input for `-`) into a document.
    ///
    /// - Parameter path: A file path, or `-` for standard input.
    /// - Returns: The document, with `source` set to `path`.
    /// - Throws: ``InputError`` when the file cannot be read or decoded.
    public static func document(atPath path: String) throws(InputError) -> Document {
        let data = try readBytes(atPath: path)
        return try textDocument(data: data, source: path)
    }

    /// Reads the raw bytes of a file, or of standard input for `-`.
    ///
    /// - Parameter path: A file path or `-`.
    /// - Returns: The bytes.
    /// - Throws: ``InputError/Reason/unreadable(_:)``.
    public static func readBytes(atPath path: String) throws(InputError) -> Data {
        if path == "-" {
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(source: path, reason: .unreadable("no such file"))
        }
        if isDirectory.boolValue { throw InputError(source: path, reason: .unreadable("is a directory")) }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw InputError(source: path, reason: .unreadable(error.localizedDescription))
        }
    }
}
