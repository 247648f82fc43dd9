import Foundation

/// A document's text: a string, or validated UTF-8 bytes turned into a string on first use.
///
/// Building a `String` validates and copies every byte again; the pipeline never needs it
/// (it works on scalars), so documents read from bytes keep the bytes and pay for the string
/// only when ``Document/text`` is read. The lock makes that first read safe from any thread.
final class DocumentText: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: String?
    private let bytes: Data?
    /// Set when the document was built from scalars (a JSON Lines record): the string is made from them.
    private let scalars: [Unicode.Scalar]?

    init(_ text: String) {
        cached = text
        bytes = nil
        scalars = nil
    }

    /// - Parameter validatedUTF8: Bytes already checked to be valid UTF-8 (without a byte-order mark).
    init(validatedUTF8: Data) {
        cached = nil
        bytes = validatedUTF8
        scalars = nil
    }

    /// - Parameter scalars: The document's scalars (shared with the document, not copied).
    init(scalars: [Unicode.Scalar]) {
        cached = nil
        bytes = nil
        self.scalars = scalars
    }

    /// The text of a scalar range whose UTF-8 range is `utf8`.
    func slice(scalars range: Range<Int>, utf8: Range<Int>) -> String {
        if let scalars { return String(scalars: scalars, range) }
        return slice(utf8: utf8)
    }

    /// The text of a UTF-8 byte range: sliced from the bytes when the string was never built.
    func slice(utf8 range: Range<Int>) -> String {
        if let bytes {
            let start = bytes.startIndex
            return String(decoding: bytes[(start + range.lowerBound)..<(start + range.upperBound)], as: UTF8.self)
        }
        let text = self.text
        let utf8 = text.utf8
        let from = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let to = utf8.index(from, offsetBy: range.count)
        return String(text[from..<to])
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let text = scalars.map { String(scalars: $0, 0..<$0.count) } ?? String(decoding: bytes ?? Data(), as: UTF8.self)
        cached = text
        return text
    }
}
