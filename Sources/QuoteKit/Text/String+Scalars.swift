extension String {
    /// The string of a range of scalars, encoded to UTF-8 in one buffer.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` grows the string scalar by scalar through generic
    /// code; this writes the bytes directly.
    ///
    /// - Complexity: O(length of the range).
    /// A short string's buffer is as long as its UTF-8, not four bytes a scalar: up to 15 bytes it is then
    /// stored inline, with no allocation (a speaker's name, a cue), and longer it holds no slack (a million
    /// quotes keep a million texts). A long one is not measured first (a whole document's text would take
    /// a second pass).
    init(scalars s: [Unicode.Scalar], _ range: Range<Int>) {
        guard !range.isEmpty else { self = ""; return }
        let capacity = range.count <= 64 ? String.utf8Count(s, range) : range.count * 4
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            String.encode(s, range, into: buffer, at: 0)
        }
    }

    /// The string of several ranges of scalars, one after the other, encoded to UTF-8 in one buffer.
    ///
    /// - Complexity: O(total length of the ranges).
    init(scalars s: [Unicode.Scalar], _ ranges: [Range<Int>]) {
        let count = ranges.reduce(0) { $0 + $1.count }
        guard count > 0 else { self = ""; return }
        self.init(unsafeUninitializedCapacity: count * 4) { buffer in
            ranges.reduce(0) { n, range in String.encode(s, range, into: buffer, at: n) }
        }
    }

    /// The length of the UTF-8 of `s[range]`.
    static func utf8Count(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var length = 0
        for i in range {
            let v = s[i].value
            length += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
        }
        return length
    }

    /// Writes the UTF-8 of `s[range]` into `buffer` from `n`; returns the offset after the last byte written.
    static func encode(_ s: [Unicode.Scalar], _ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
        var n = start
        for i in range {
            let v = s[i].value
            if v < 0x80 {
                buffer[n] = UInt8(v); n += 1
            } else if v < 0x800 {
                buffer[n] = UInt8(0xC0 | v >> 6); buffer[n + 1] = UInt8(0x80 | v & 0x3F); n += 2
            } else if v < 0x10000 {
                buffer[n] = UInt8(0xE0 | v >> 12); buffer[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                buffer[n + 2] = UInt8(0x80 | v & 0x3F); n += 3
            } else {
                buffer[n] = UInt8(0xF0 | v >> 18); buffer[n + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                buffer[n + 2] = UInt8(0x80 | v >> 6 & 0x3F); buffer[n + 3] = UInt8(0x80 | v & 0x3F); n += 4
            }
        }
        return n
    }
}

/// A string built piece by piece, from stretches of a scalar array and from strings, as UTF-8 bytes.
///
/// `String.UnicodeScalarView.append(contentsOf:)` with an array slice did not grow the string's storage
/// geometrically: a fixer that appends the text between millions of fixes copied the text built so far
/// each time (`lint --fix` went quadratic on a soup of marks). Bytes in an array grow by doubling.
struct UTF8Builder {
    private var bytes: [UInt8] = []

    /// Creates a builder with room for `capacity` bytes.
    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends the scalars `s[range]`.
    mutating func append(_ s: [Unicode.Scalar], _ range: Range<Int>) {
        guard !range.isEmpty else { return }
        // The exact length first, so that a long stretch does not reserve four bytes a scalar.
        let start = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: String.utf8Count(s, range)))
        _ = bytes.withUnsafeMutableBufferPointer { String.encode(s, range, into: $0, at: start) }
    }

    /// Appends a string.
    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
    }

    /// The string built so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }
}
