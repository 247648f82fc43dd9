/// Jumps over quotes and titles: the offset of one mark → the offset to continue from.
///
/// Scans ask "is there a mark here to jump over?" at every character they pass; a dictionary
/// look-up for each would hash every offset. The table also remembers which scalar values
/// (modulo 1,024) it holds marks for, so most characters are ruled out by one array read.
struct MarkJumps {
    private var targets: [Int: Int] = [:]
    private var values = [Bool](repeating: false, count: 1024)

    init(capacity: Int) { targets.reserveCapacity(capacity) }

    /// Records a jump from the mark `scalar` at `offset` to `target`.
    mutating func add(_ offset: Int, _ scalar: Unicode.Scalar, to target: Int) {
        targets[offset] = target
        values[Int(scalar.value & 1023)] = true
    }

    /// The jump from the mark at `offset` in `s`, if one was recorded.
    @inline(__always) func target(at offset: Int, in s: [Unicode.Scalar]) -> Int? {
        values[Int(s[offset].value & 1023)] ? targets[offset] : nil
    }
}
