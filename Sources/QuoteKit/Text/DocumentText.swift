import Foundation

/// A document's text: the string it was made from, or one built from its scalars on first use.
///
/// Building a `String` encodes and validates every character again; the pipeline never needs it
/// (it works on scalars, and slices are encoded from them), so documents read from bytes or from
/// JSON Lines records pay for the string only when ``Document/text`` is read. The lock makes that
/// first read safe from any thread.
final class DocumentText: @unchecked Sendable {
    private let lock = NSLock()
    private var cached: String?
    /// The document's scalars (the same array, not a copy), when no string was given.
    private let scalars: [Unicode.Scalar]?

    init(_ text: String) {
        cached = text
        scalars = nil
    }

    init(scalars: [Unicode.Scalar]) {
        cached = nil
        self.scalars = scalars
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        if let cached { return cached }
        let text = scalars.map { String(scalars: $0, 0..<$0.count) } ?? ""
        cached = text
        return text
    }
}
