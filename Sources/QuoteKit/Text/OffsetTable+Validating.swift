/// Decoding raw bytes: validation, scalars and offset tables in one pass.
extension OffsetTable {
    /// Why bytes could not be decoded: the byte offset of the first NUL, or of the first invalid UTF-8 sequence.
    enum DecodeFailure: Error {
        case nul(Int)
        case invalid(Int)
    }

    /// Validates UTF-8 bytes and decodes their scalars, with the table, in one pass.
    ///
    /// Accepts exactly what the standard library's UTF-8 validation accepts (no overlong forms, no surrogates,
    /// nothing above U+10FFFF). A NUL byte anywhere wins over an invalid sequence, as in ``DocumentReader``.
    ///
    /// - Complexity: O(*n*); a handful of instructions per byte and no second pass, unlike validating
    ///   into a `String` and decoding that.
    /// - Parameter acceptNUL: Decode NUL bytes as U+0000 instead of failing on them (for text that is already a `String`).
    static func decodeValidating(_ bytes: UnsafeBufferPointer<UInt8>, acceptNUL: Bool = false) -> Result<([Unicode.Scalar], OffsetTable), DecodeFailure> {
        let n = bytes.count
        guard let p = bytes.baseAddress, n > 0 else { return .success(([], OffsetTable(scalars: []))) }
        var u16Out: [Int] = []
        var u8Out: [Int] = []
        var linesOut: [Int] = []
        var marksOut: [Int] = []
        var count = 0
        var failure: DecodeFailure? = nil
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, initialized in
            // Locals only inside the loop: captured variables would be reached through boxes.
            var u16Checkpoints: [Int] = []
            var u8Checkpoints: [Int] = []
            u16Checkpoints.reserveCapacity(n / Self.stride + 2)
            u8Checkpoints.reserveCapacity(n / Self.stride + 2)
            var lines: [Int] = [0]
            var marks: [Int] = []
            var u16 = 0
            var i = 0
            var index = 0
            var failed: DecodeFailure? = nil
            let o = out.baseAddress!
            /// The scalar of a valid three-byte sequence at `i` (no overlong form, no surrogate), else `nil`.
            @inline(__always) func threeByte(_ i: Int) -> UInt32? {
                guard i + 2 < n else { return nil }
                let b0 = p[i], b1 = p[i + 1], b2 = p[i + 2]
                guard b0 & 0xF0 == 0xE0, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80,
                      b0 != 0xE0 || b1 >= 0xA0, b0 != 0xED || b1 < 0xA0 else { return nil }
                return UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
            }
            decoding: while i < n {
                if index & (Self.stride - 1) == 0 {
                    u16Checkpoints.append(u16)
                    u8Checkpoints.append(i)
                }
                // A run of three-byte characters (CJK) up to the next checkpoint, with nothing else to record;
                // anything else takes the general path below.
                // Leads E1…EC, EE and EF need no range check beyond their continuation bytes (E0 can be
                // overlong, ED can be a surrogate: both take the general path), so the run costs a few
                // instructions per character. U+2028 and U+2029 (E2 80 A8/A9) end lines: general path.
                let stop = (index | (Self.stride - 1)) &+ 1 // the next checkpoint, recorded at the top of the loop
                // One bound for the run: the checkpoint, or the last three-byte sequence that fits.
                let runEnd = Swift.min(stop, index &+ Swift.max(0, n &- i) / 3)
                var j = i, k = index
                while k < runEnd {
                    let b0 = p[j], b1 = p[j &+ 1], b2 = p[j &+ 2]
                    guard (b1 ^ 0x80) | (b2 ^ 0x80) < 0x40 else { break } // two continuation bytes
                    // With 10xxxxxx continuations and a 1110xxxx lead (checked below when not an ideograph),
                    // subtracting the marker bits of all three bytes at once leaves the scalar.
                    let v = (UInt32(b0) << 12 &+ UInt32(b1) << 6 &+ UInt32(b2)) &- 0xE2080
                    if b0 &- 0xE4 >= 6 { // not U+4000…U+9FFF (ideographs): check the lead, line ends and marks
                        guard b0 &- 0xE1 < 15, b0 != 0xED, v & 0xFFFE != 0x2028 else { break }
                        if Self.isMark(v) { marks.append(k) }
                    }
                    (o + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self))
                    j &+= 3
                    k &+= 1
                }
                u16 &+= k &- index
                index = k
                i = j
                if i >= n { break decoding }
                if k == stop { continue decoding } // the run reached the checkpoint
                let b0 = p[i]
                var v: UInt32
                if b0 >= 0xE0, b0 < 0xF0 {
                    guard let three = threeByte(i) else { failed = .invalid(i); break decoding }
                    v = three
                    i += 3
                    if v == 0x2028 || v == 0x2029 { lines.append(index + 1) }
                } else if b0 < 0x80 {
                    if b0 == 0, !acceptNUL { failed = .nul(i); break decoding }
                    v = UInt32(b0)
                    i += 1
                    if b0 == 0x0A {
                        lines.append(index + 1)
                    } else if b0 == 0x0D, i >= n || p[i] != 0x0A {
                        lines.append(index + 1)
                    }
                } else if b0 >= 0xC2, b0 < 0xE0 {
                    guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { failed = .invalid(i); break decoding }
                    v = UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    i += 2
                } else if b0 >= 0xF0, b0 < 0xF5 {
                    guard i + 3 < n else { failed = .invalid(i); break decoding }
                    let b1 = p[i + 1], b2 = p[i + 2], b3 = p[i + 3]
                    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80,
                          b0 != 0xF0 || b1 >= 0x90, b0 != 0xF4 || b1 < 0x90 else { failed = .invalid(i); break decoding }
                    v = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                    i += 4
                    u16 += 1
                } else {
                    failed = .invalid(i)
                    break decoding
                }
                u16 += 1
                (o + index).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self)) // valid: checked above
                if Self.isMark(v) { marks.append(index) }
                index += 1
            }
            initialized = index
            count = index
            failure = failed
            u16Checkpoints.append(u16)
            u8Checkpoints.append(n)
            u16Out = u16Checkpoints
            u8Out = u8Checkpoints
            linesOut = lines
            marksOut = marks
        }
        if let failure {
            if case .invalid = failure, let nul = UnsafeBufferPointer(start: p, count: n).firstIndex(of: 0) { return .failure(.nul(nul)) }
            return .failure(failure)
        }
        var table = OffsetTable(scalarCount: count)
        table.utf16Checkpoints = u16Out
        table.utf8Checkpoints = u8Out
        table.lineStarts = linesOut
        table.markOffsets = marksOut
        return .success((scalars, table))
    }
}
