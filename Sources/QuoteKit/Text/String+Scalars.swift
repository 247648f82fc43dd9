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
            var n = 0
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
}
