import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why an input could not be turned into a ``Document``.
public struct InputError: Error, LocalizedError, Sendable, CustomStringConvertible, Equatable {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be opened or read (missing, a directory, no permission).
        case unreadable(String)
        /// The input holds no bytes (or only a byte-order mark).
        case empty
        /// The input is not UTF-8 (invalid sequences are too dense to repair, or a strict decode
        /// met one); the byte offset of the first bad sequence.
        case invalidUTF8(byteOffset: Int)
        /// The input starts with a UTF-16 or UTF-32 byte-order mark.
        case notUTF8(encoding: String)
        /// The input holds NUL bytes and looks binary (NUL, control and invalid bytes make up
        /// more than one byte in ten); the byte offset of the first NUL.
        case binary(byteOffset: Int)
        /// A JSON Lines record that is not a JSON object or lacks its text field.
        case invalidRecord(String)
        /// A DOCX, HTML or Markdown file that holds markup but no text outside it.
        case noText
        /// One document (a file or a JSON Lines record) larger than ``DocumentReader/maxDocumentBytes``.
        case tooLarge(bytes: Int, limit: Int)
        /// A DOCX, HTML or Markdown file whose structure cannot be read (not a ZIP archive, no `word/document.xml`, bad XML).
        case malformed(String)
        /// One document holding more quotations than ``QuoteExtractor/Configuration/maxQuotes``.
        case tooManyQuotes(limit: Int)
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

    /// The same line as ``description``.
    public var errorDescription: String? { description }

    /// One line naming the source and the problem.
    public var description: String {
        switch reason {
        case .unreadable(let why): return "\(source): cannot read input: \(why)"
        case .empty: return "\(source): input is empty; give a file that holds text"
        case .tooLarge(let bytes, let limit):
            return "\(source): the document is \(bytes / 1_048_576) MiB; one document may be at most \(limit / 1_048_576) MiB "
                + "(memory grows with its quotes); split it into several files or JSON Lines records"
        case .noText: return "\(source): the document has markup but no text outside it; give a document that holds text"
        case .invalidUTF8(let offset):
            return "\(source): input is not valid UTF-8 (bad byte sequence at byte \(offset)); convert it to UTF-8 first (e.g. iconv -f GB18030 -t UTF-8)"
        case .notUTF8(let encoding): return "\(source): input is \(encoding), not UTF-8; convert it first (e.g. iconv -f \(encoding) -t UTF-8)"
        case .binary(let offset): return "\(source): input looks binary (NUL byte at byte \(offset)); give a UTF-8 text file"
        case .invalidRecord(let why): return "\(source): invalid JSON Lines record: \(why); each line must be a JSON object with a string text field (see --text-field)"
        case .malformed(let why): return "\(source): cannot read document: \(why)"
        case .tooManyQuotes(let limit):
            return "\(source): the document holds more than \(limit) quotations; one document may hold at most \(limit) "
                + "(time and memory grow with its quotes); split it into several files or JSON Lines records, or raise the limit "
                + "(the CLI's --max-quotes)"
        }
    }
}

/// Turns bytes and files into ``Document`` values, with clear errors for bad input.
///
/// Accepts UTF-8 with or without a byte-order mark (the mark is removed and
/// offsets count from the first character after it). Rejects empty input,
/// UTF-16/UTF-32 input, binary data and text in another encoding with an
/// ``InputError``.
///
/// Invalid UTF-8 policy: a text that is UTF-8 but for a few bad sequences (at
/// most one byte in ten) is read with each maximal invalid sequence replaced by
/// one U+FFFD, and every replacement is reported as an `input.invalid-utf8`
/// warning in ``Document/inputDiagnostics`` naming its byte offset in the input.
/// Offsets in results count the repaired text (a U+FFFD is one scalar, one
/// UTF-16 unit and three UTF-8 bytes). Denser invalid bytes mean another
/// encoding (GB18030, Latin-1) and are refused with
/// ``InputError/Reason/invalidUTF8(byteOffset:)``. NUL bytes in text are kept
/// as U+0000 (offsets stay exact) with an `input.nul` warning; input where NUL,
/// control and invalid bytes make up more than one byte in ten is refused as
/// binary. ``decode(bytes:source:)`` and ``decode(data:source:)`` are strict:
/// they refuse any invalid UTF-8.
public enum DocumentReader {
    /// Decodes UTF-8 bytes into a document, repairing sparse invalid UTF-8.
    ///
    /// - Parameters:
    ///   - bytes: The raw input.
    ///   - source: The name reported for the document and in errors.
    /// - Returns: The document; repairs and NUL bytes are listed in ``Document/inputDiagnostics``.
    /// - Throws: ``InputError`` for empty, UTF-16/UTF-32, binary or mostly non-UTF-8 input.
    /// - Complexity: O(*n*).
    public static func document<Bytes: Collection>(bytes: Bytes, source: String) throws(InputError) -> Document where Bytes.Element == UInt8 {
        try textDocument(data: bytes as? Data ?? Data(bytes), source: source)
    }

    static func document(_ buffer: UnsafeBufferPointer<UInt8>, source: String) throws(InputError) -> Document {
        let (text, findings) = try read(buffer, source: source, repair: true)
        var document = Document(text: text, source: source)
        document.inputFindings = findings
        return document
    }

    /// Decodes UTF-8 bytes into a string, refusing any invalid UTF-8.
    ///
    /// - Parameters:
    ///   - bytes: The raw input.
    ///   - source: The name used in errors.
    /// - Returns: The decoded text without a byte-order mark.
    /// - Throws: ``InputError``, also for a single invalid sequence.
    public static func decode<Bytes: Collection>(bytes: Bytes, source: String) throws(InputError) -> String where Bytes.Element == UInt8 {
        if let result = bytes.withContiguousStorageIfAvailable({ buffer in Result { () throws(InputError) in try decode(buffer, source: source) } }) {
            return try result.get()
        }
        let array = Array(bytes)
        return try array.withUnsafeBufferPointer { buffer throws(InputError) in try decode(buffer, source: source) }
    }

    /// Decodes UTF-8 bytes from a `Data` value without copying them first, refusing any invalid UTF-8.
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

    static func decode(_ buffer: UnsafeBufferPointer<UInt8>, source: String) throws(InputError) -> String {
        try read(buffer, source: source, repair: false).text
    }

    /// At most this many findings of each kind are listed one by one; a last one counts the rest.
    static let findingLimit = 100

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

    /// Checks and decodes the bytes: BOM, emptiness, encoding, binary data, invalid UTF-8.
    static func read(_ array: UnsafeBufferPointer<UInt8>, source: String, repair: Bool) throws(InputError) -> (text: String, findings: [RawDiagnostic]) {
        let bomLength = try preflight(array, source: source)
        let body = UnsafeBufferPointer(rebasing: array[bomLength...])
        let hasNUL = body.firstIndex(of: 0) != nil
        if !hasNUL, let text = String(validating: body, as: UTF8.self) { return (text, []) }
        return try repairing(body, bomLength: bomLength, source: source, repair: repair)
    }

    /// A plain-text document from UTF-8 bytes (see the policy above).
    ///
    /// Valid UTF-8 without NUL bytes, nearly every input, is validated and decoded in one pass, and the
    /// document's `String` is built only if asked for; anything else takes the repairing path.
    static func textDocument(data: Data, source: String) throws(InputError) -> Document {
        let result: Result<Document, InputError> = data.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            let bomLength: Int
            do throws(InputError) { bomLength = try preflight(all, source: source) } catch { return .failure(error) }
            switch OffsetTable.decodeValidating(UnsafeBufferPointer(rebasing: all[bomLength...])) {
            case .success(let (scalars, table)):
                return .success(Document(scalars: scalars, offsets: table, source: source))
            case .failure:
                return Result { () throws(InputError) in try document(all, source: source) }
            }
        }
        return try result.get()
    }

    /// The slow path for input holding NUL bytes or invalid UTF-8: one pass that
    /// classifies every byte, then refuses binary or foreign-encoded input, or
    /// returns the repaired text with one finding per repair or NUL byte.
    static func repairing(_ body: UnsafeBufferPointer<UInt8>, bomLength: Int, source: String, repair: Bool) throws(InputError) -> (text: String, findings: [RawDiagnostic]) {
        var output: [UInt8] = []
        output.reserveCapacity(body.count + 16)
        var invalid: [RawDiagnostic] = []
        var nuls: [RawDiagnostic] = []
        var invalidBytes = 0, invalidCount = 0, nulCount = 0, controls = 0
        var firstInvalid: Int? = nil, firstNUL: Int? = nil
        var scalarIndex = 0
        var offset = 0
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = body.makeIterator()
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                let length = encoded.count
                if length == 1 {
                    let byte = body[offset]
                    if byte == 0 {
                        nulCount += 1
                        if firstNUL == nil { firstNUL = offset }
                        if nuls.count <= findingLimit {
                            nuls.append(RawDiagnostic(start: scalarIndex, end: scalarIndex + 1, rule: "input.nul", severity: .warning,
                                                      message: "NUL byte at byte \(offset + bomLength) kept as U+0000"))
                        }
                    } else if (byte < 0x20 && !(0x09...0x0D).contains(byte) && byte != 0x1B) || byte == 0x7F {
                        controls += 1
                    }
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: body[offset..<offset + length]))
                offset += length
            case .error(let length):
                invalidBytes += length
                invalidCount += 1
                if firstInvalid == nil { firstInvalid = offset }
                if invalid.count <= findingLimit {
                    invalid.append(RawDiagnostic(start: scalarIndex, end: scalarIndex + 1, rule: "input.invalid-utf8", severity: .warning,
                                                 message: "invalid UTF-8 (\(length) byte\(length == 1 ? "" : "s") at byte \(offset + bomLength)) replaced with U+FFFD"))
                }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                offset += length
            case .emptyInput:
                break parsing
            }
            scalarIndex += 1
        }
        let suspicious = nulCount + controls + invalidBytes
        if let firstNUL, suspicious * 10 > body.count {
            throw InputError(source: source, reason: .binary(byteOffset: firstNUL + bomLength))
        }
        if let firstInvalid, !repair || suspicious * 10 > body.count {
            throw InputError(source: source, reason: .invalidUTF8(byteOffset: firstInvalid + bomLength))
        }
        func summarise(_ list: inout [RawDiagnostic], total: Int, what: String) {
            guard list.count > findingLimit else { return }
            list[findingLimit].message = "\(total - findingLimit) more \(what) from here on (not listed one by one)"
            list.removeSubrange((findingLimit + 1)...)
        }
        summarise(&invalid, total: invalidCount, what: "invalid UTF-8 sequences replaced with U+FFFD")
        summarise(&nuls, total: nulCount, what: "NUL bytes kept as U+0000")
        let findings = (invalid + nuls).sorted { $0.start < $1.start }
        return (String(decoding: output, as: UTF8.self), findings)
    }

    /// The bytes of a regular file of `size` bytes (read to its end if it has grown since), or `nil` when it
    /// cannot be opened or read.
    static func readRegularFile(atPath path: String, size: Int) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        // Into a malloc'd buffer handed to Data without a copy (Data(count:) would zero it first). One byte
        // more than the size, so the end shows as a short read without growing.
        var capacity = size + 1
        guard var buffer = malloc(capacity) else { return nil }
        HugePages.advise(buffer, byteCount: capacity)
        var filled = 0
        while true {
            if filled == capacity { // grown since stat: read on
                capacity += Swift.max(size, 65_536)
                guard let grown = realloc(buffer, capacity) else { free(buffer); return nil }
                buffer = grown
            }
            let n = posixRead(fd, buffer + filled, capacity - filled)
            if n < 0 {
                if errno == EINTR { continue }
                free(buffer)
                return nil
            }
            if n == 0 { break }
            filled += n
        }
        return Data(bytesNoCopy: buffer, count: filled, deallocator: .free)
    }

    /// `read(2)` (the name alone would mean this type's `read` methods).
    private static func posixRead(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(fd, buffer, count)
        #else
        Darwin.read(fd, buffer, count)
        #endif
    }

    /// Reads the raw bytes of a file, or of standard input for `-`.
    ///
    /// - Parameter path: A file path or `-`.
    /// - Returns: The bytes.
    /// - Throws: ``InputError/Reason/unreadable(_:)``.
    public static func readBytes(atPath path: String) throws(InputError) -> Data {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            try checkSize(data.count, source: path)
            return data
        }
        // One stat answers whether the path exists, what it is and how large (a corpus pays this per file).
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw InputError(source: path, reason: .unreadable("no such file or folder; check the path"))
        }
        let type = info.st_mode & S_IFMT
        if type == S_IFDIR { throw InputError(source: path, reason: .unreadable("is a folder; give a file (only extract reads folders)")) }
        if type == S_IFIFO || type == S_IFSOCK {
            // A pipe such as <(…): read it to its end.
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw InputError(source: path, reason: .unreadable("cannot open the pipe; check its permissions"))
            }
            defer { try? handle.close() }
            return handle.readDataToEndOfFile()
        }
        if type == S_IFCHR || type == S_IFBLK {
            throw InputError(source: path, reason: .unreadable("is a device, not a file; give a text file"))
        }
        // Refused before it is read: nothing of it would be used.
        if type == S_IFREG { try checkSize(Int(info.st_size), source: path) }
        // An empty file needs no read (and Foundation's reader leaks a buffer on one).
        if type == S_IFREG, info.st_size == 0, access(path, R_OK) == 0 { return Data() }
        // A regular file: one open and a read of its size (Foundation's URL and Data set-up cost more than
        // the read for a small file). Any failure falls through to Foundation, for its error message.
        if type == S_IFREG, let data = readRegularFile(atPath: path, size: Int(info.st_size)) { return data }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
        } catch {
            throw InputError(source: path, reason: .unreadable(error.localizedDescription))
        }
    }

    /// The largest document read whole: a file or JSON Lines record above it is refused with
    /// ``InputError/Reason/tooLarge(bytes:limit:)``. Extraction keeps a document's quotes, sentences and
    /// offsets in memory together, about 400 bytes a quote (a 51 MB line of a million quotes peaks at about
    /// 0.8 GB, attribution working in windows of quotes), so one huge document could exhaust the machine; a
    /// corpus of any size streams.
    public static let maxDocumentBytes = 64 * 1024 * 1024

    /// Throws ``InputError/Reason/tooLarge(bytes:limit:)`` when `bytes` is over ``maxDocumentBytes``.
    static func checkSize(_ bytes: Int, source: String) throws(InputError) {
        if bytes > maxDocumentBytes { throw InputError(source: source, reason: .tooLarge(bytes: bytes, limit: maxDocumentBytes)) }
    }
}
