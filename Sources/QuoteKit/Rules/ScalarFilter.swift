/// A set of scalar values kept as a 1,024-bit map of their low bits: a `false` from
/// ``mayContain(_:)`` is certain, a `true` may be a neighbour sharing the low bits.
///
/// The matcher asks "could a word of this slot start (or end) with this character?" before
/// walking a trie; one bit read answers most of those questions.
struct ScalarFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 16)

    init() {}

    /// Adds a value (and, for an ASCII letter, its other case, since lexicons may ignore case).
    mutating func insert(_ v: UInt32) {
        set(v)
        if v >= 0x41 && v <= 0x5A { set(v | 0x20) }
        if v >= 0x61 && v <= 0x7A { set(v & ~0x20) }
    }

    private mutating func set(_ v: UInt32) {
        let h = Int(v & 1023)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// Adds every value of another filter.
    mutating func formUnion(_ other: ScalarFilter) {
        for k in bits.indices { bits[k] |= other.bits[k] }
    }

    /// Whether `v` may be in the set (`false` is certain).
    @inline(__always) func mayContain(_ v: UInt32) -> Bool {
        let h = Int(v & 1023)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }
}
