/// A set of scalar values kept as an 8,192-bit map of their low bits: a `false` from
/// ``mayContain(_:)`` is certain, a `true` may be a neighbour sharing the low bits.
///
/// The matcher asks "could a word of this slot start (or end) with this character?" before
/// walking a trie; one bit read answers most of those questions. Thirteen bits, not ten: the
/// few hundred ideographs a lexicon such as the cues starts with set a quarter of a 1,024-bit
/// map, so the scans for a slot's words walked the trie at every fourth ideograph for nothing;
/// at 8,192 bits (1 KB a filter) few strangers get through, and a map of all 65,536 BMP values
/// gains little more for the memory it takes.
struct ScalarFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 128)

    init() {}

    /// The characters the words of a lexicon end with.
    init(lastScalarsOf lexicon: Lexicon) {
        for word in lexicon.words { if let v = word.unicodeScalars.last { insert(v.value) } }
    }

    /// The characters the words of a lexicon start with.
    init(firstScalarsOf lexicon: Lexicon) {
        for word in lexicon.words { if let v = word.unicodeScalars.first { insert(v.value) } }
    }

    /// Adds a value (and, for an ASCII letter, its other case, since lexicons may ignore case).
    mutating func insert(_ v: UInt32) {
        set(v)
        if v >= 0x41 && v <= 0x5A { set(v | 0x20) }
        if v >= 0x61 && v <= 0x7A { set(v & ~0x20) }
    }

    private mutating func set(_ v: UInt32) {
        let h = Int(v & 8191)
        bits[h >> 6] |= 1 << UInt64(h & 63)
    }

    /// Adds every value of another filter.
    mutating func formUnion(_ other: ScalarFilter) {
        for k in bits.indices { bits[k] |= other.bits[k] }
    }

    /// Whether `v` may be in the set (`false` is certain).
    @inline(__always) func mayContain(_ v: UInt32) -> Bool {
        let h = Int(v & 8191)
        return bits[h >> 6] & (1 << UInt64(h & 63)) != 0
    }

    /// The first offset in `from..<to` whose scalar may be in the set, or `nil` (one bit test per scalar, no bounds checks).
    func firstCandidate(in s: [Unicode.Scalar], from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return s.withUnsafeBufferPointer { text in
            bits.withUnsafeBufferPointer { bits in
                for p in from..<min(to, text.count) {
                    let h = Int(text[p].value & 8191)
                    if bits[h >> 6] & (1 << UInt64(h & 63)) != 0 { return p }
                }
                return nil
            }
        }
    }

    /// The last offset `e - 1` with `e` in `(downTo, from]` whose scalar may be in the set, returned as `e`, or `nil`.
    func lastCandidateEnd(in s: [Unicode.Scalar], from: Int, downTo: Int) -> Int? {
        guard from > downTo, from <= s.count else { return nil }
        return s.withUnsafeBufferPointer { text in
            bits.withUnsafeBufferPointer { bits in
                var e = from
                while e > downTo {
                    let h = Int(text[e - 1].value & 8191)
                    if bits[h >> 6] & (1 << UInt64(h & 63)) != 0 { return e }
                    e -= 1
                }
                return nil
            }
        }
    }
}
