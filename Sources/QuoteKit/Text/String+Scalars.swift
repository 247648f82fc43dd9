extension String {
    /// The string of a range of scalars, encoded to UTF-8 in one buffer.
    ///
    /// `String.UnicodeScalarView.append(contentsOf:)` grows the string scalar by scalar through generic
    /// code; this writes the bytes directly.
    ///
    /// - Complexity: O(length of the range).
    init(scalars s: [Unicode.Scalar], _ range: Range<Int>) {
        guard !range.isEmpty else { self = ""; return }
        self.init(unsafeUninitializedCapacity: range.count * 4) { buffer in
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

    /// Writes the UTF-8 of `s[range]` into `buffer` from `n`; returns the offset after the last byte written.
    private static func encode(_ s: [Unicode.Scalar], _ range: Range<Int>, into buffer: UnsafeMutableBufferPointer<UInt8>, at start: Int) -> Int {
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
