/// A write cursor into space that ``JSONWriter`` has reserved (see ``JSONWriter/raw(maxCount:endsWithKey:_:)``).
///
/// Writes keys, numbers and literals without bounds checks or buffer look-ups; the writer checks the
/// total against the reservation afterwards. Strings that may need escapes go through the writer itself.
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

    /// Writes an integer (at most 20 bytes).
    @inline(__always) mutating func int(_ value: Int) {
        var magnitude = value.magnitude
        if value < 0 { p.pointee = UInt8(ascii: "-"); p += 1 }
        var digits = 1
        var limit: UInt = 10
        while magnitude >= limit, digits < 20 {
            digits += 1
            let (next, overflow) = limit.multipliedReportingOverflow(by: 10)
            if overflow { break }
            limit = next
        }
        var q = p + digits
        p = q
        repeat {
            q -= 1
            q.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
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
