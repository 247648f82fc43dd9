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

    /// Writes an integer or `null`.
    @inline(__always) mutating func int(_ value: Int?) { if let value { int(value) } else { null() } }

    /// Writes an array of integers (`[a,b]`), at most 2 + 21 bytes per element.
    @inline(__always) mutating func ints(_ values: [Int]) {
        p.pointee = UInt8(ascii: "["); p += 1
        for (k, value) in values.enumerated() {
            if k > 0 { p.pointee = UInt8(ascii: ","); p += 1 }
            int(value)
        }
        p.pointee = UInt8(ascii: "]"); p += 1
    }

    /// Writes a string known to need no escapes (ASCII letters, digits and `-`, `.`, `_`) in quotes.
    @inline(__always) mutating func plainString(_ text: StaticString) {
        p.pointee = UInt8(ascii: "\""); p += 1
        literal(text)
        p.pointee = UInt8(ascii: "\""); p += 1
    }
}
