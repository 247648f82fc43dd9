/// Jumps over quotes and titles: the offset of one mark → the offset to continue from.
///
/// Scans ask "is there a mark here to jump over?" at every character they pass; a dictionary
/// look-up for each would hash every offset. The table also remembers which scalar values
/// (modulo 1,024) it holds marks for, so most characters are ruled out by one array read.
/// The jumps live in a flat open-addressing table (one multiply and usually one probe), which
/// also makes filling it, once per document and mark, cheap.
struct MarkJumps {
    /// Offsets, `-1` for an empty slot, and the jump of the offset in the same slot.
    private var offsets: [Int]
    private var targets: [Int]
    private var count = 0
    private var values = [Bool](repeating: false, count: 1024)

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        offsets = Array(repeating: -1, count: size)
        targets = Array(repeating: 0, count: size)
    }

    @inline(__always) private static func slot(_ offset: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(offset)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Records a jump from the mark `scalar` at `offset` to `target` (replacing an earlier jump from there).
    mutating func add(_ offset: Int, _ scalar: Unicode.Scalar, to target: Int) {
        values[Int(scalar.value & 1023)] = true
        if (count + 1) * 2 > offsets.count { grow() }
        let mask = offsets.count - 1
        var i = Self.slot(offset, mask)
        while offsets[i] != -1, offsets[i] != offset { i = (i + 1) & mask }
        if offsets[i] == -1 { count += 1 }
        offsets[i] = offset
        targets[i] = target
    }

    private mutating func grow() {
        let oldOffsets = offsets, oldTargets = targets
        offsets = Array(repeating: -1, count: oldOffsets.count * 2)
        targets = Array(repeating: 0, count: oldOffsets.count * 2)
        let mask = offsets.count - 1
        for (offset, target) in zip(oldOffsets, oldTargets) where offset != -1 {
            var i = Self.slot(offset, mask)
            while offsets[i] != -1 { i = (i + 1) & mask }
            offsets[i] = offset
            targets[i] = target
        }
    }

    /// The jump from the mark at `offset` in `s`, if one was recorded.
    @inline(__always) func target(at offset: Int, in s: [Unicode.Scalar]) -> Int? {
        guard values[Int(s[offset].value & 1023)] else { return nil }
        let mask = offsets.count - 1
        var i = Self.slot(offset, mask)
        while true {
            let found = offsets[i]
            if found == offset { return targets[i] }
            if found == -1 { return nil }
            i = (i + 1) & mask
        }
    }
}
