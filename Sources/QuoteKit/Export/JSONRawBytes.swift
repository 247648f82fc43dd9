/// A write cursor into space that ``JSONWriter`` has reserved (see ``JSONWriter/raw(maxCount:endsWithKey:_:)``).
///
/// Writes keys, numbers and literals without bounds checks or buffer look-ups; the writer checks the
/// total against the reservation afterwards. Every string the writer writes is escaped here (``string(_:)``).
struct JSONRawBytes {
    private let start: UnsafeMutablePointer<UInt8>
    private var p: UnsafeMutablePointer<UInt8>

    init(_ start: UnsafeMutablePointer<UInt8>) {
        self.start = start
        self.p = start
    }

    /// The bytes written so far.
    var count: Int { p - start }

    /// Writes a literal (a key with its quotes, comma and colon, or `null`, `true`, `false`) as it is.
    @inline(__always) mutating func literal(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        p.update(from: text.utf8Start, count: n)
        p += n
    }

    /// Writes `null`.
    @inline(__always) mutating func null() { literal("null") }

    /// Writes `true` or `false`.
    @inline(__always) mutating func bool(_ value: Bool) { if value { literal("true") } else { literal("false") } }

    /// Writes an integer (at most 20 bytes), two digits per step.
    @inline(__always) mutating func int(_ value: Int) {
        var magnitude = value.magnitude
        if value < 0 { p.pointee = UInt8(ascii: "-"); p += 1 }
        var digits = 1
        var x = magnitude
        while x >= 100_000_000 { digits += 8; x /= 100_000_000 }
        if x >= 10_000 { digits += 4; x /= 10_000 }
        if x >= 100 { digits += 2; x /= 100 }
        if x >= 10 { digits += 1 }
        // "00" through "99", for writing two digits at a time.
        let digitPairs: StaticString = "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
        let pairs = digitPairs.utf8Start
        var q = p + digits
        p = q
        while magnitude >= 100 {
            let pair = Int(magnitude % 100) &* 2
            magnitude /= 100
            q -= 2
            q[0] = pairs[pair]
            q[1] = pairs[pair &+ 1]
        }
        if magnitude >= 10 {
            let pair = Int(magnitude) &* 2
            q[-2] = pairs[pair]
            q[-1] = pairs[pair &+ 1]
        } else {
            q[-1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
        }
    }

    /// Writes a string in quotes with the escapes of ``JSONWriter`` (at most 2 + 6 bytes per UTF-8 byte).
    @inline(__always) mutating func string(_ text: String) {
        var text = text
        p.pointee = UInt8(ascii: "\""); p += 1
        text.withUTF8 { utf8 in
            guard let base = utf8.baseAddress else { return }
            let n = utf8.count
            var i = 0
            // Eight bytes at a time while none of them needs an escape (most of any text).
            while i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if Self.needsEscape(word) { break }
                UnsafeMutableRawPointer(p).storeBytes(of: word, as: UInt64.self)
                p += 8
                i += 8
            }
            while i < n {
                let byte = base[i]
                if byte >= 0x20, byte != UInt8(ascii: "\""), byte != UInt8(ascii: "\\") {
                    p.pointee = byte
                    p += 1
                } else {
                    escape(byte)
                }
                i += 1
            }
        }
        p.pointee = UInt8(ascii: "\""); p += 1
    }

    /// Whether any of the eight bytes of `word` is a control character (below 0x20), a quote or a backslash.
    @inline(__always) static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
        let below20 = (word &- ones &* 0x20) & ~word & highs != 0
        return below20 || hasZeroByte(word ^ (ones &* 0x22)) || hasZeroByte(word ^ (ones &* 0x5C))
    }

    /// Writes the escape of a quote, a backslash or a control character.
    @inline(never) private mutating func escape(_ byte: UInt8) {
        p.pointee = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): p[1] = byte; p += 2
        case 0x0A: p[1] = UInt8(ascii: "n"); p += 2
        case 0x0D: p[1] = UInt8(ascii: "r"); p += 2
        case 0x09: p[1] = UInt8(ascii: "t"); p += 2
        default:
            let hex: StaticString = "0123456789abcdef"
            p[1] = UInt8(ascii: "u"); p[2] = UInt8(ascii: "0"); p[3] = UInt8(ascii: "0")
            p[4] = hex.utf8Start[Int(byte >> 4)]
            p[5] = hex.utf8Start[Int(byte & 0xF)]
            p += 6
        }
    }

    /// Writes an offset pair as a two-element array (`[a,b]`), at most 45 bytes.
    @inline(__always) mutating func pair(_ pair: OffsetPair) {
        p.pointee = UInt8(ascii: "["); p += 1
        int(pair.lower)
        p.pointee = UInt8(ascii: ","); p += 1
        int(pair.upper)
        p.pointee = UInt8(ascii: "]"); p += 1
    }
}
