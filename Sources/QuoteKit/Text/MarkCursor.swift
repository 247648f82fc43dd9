/// A cursor over a document's mark offsets (the quotation and title marks the decoder recorded), for
/// scans that mostly move forward: the quote scanner and the title scanner visit only these offsets.
struct MarkCursor {
    private let marks: [Int]
    private var index = 0

    init(_ marks: [Int]) { self.marks = marks }

    /// Moves to the first mark at or after `offset` and returns it (`nil` when none is left).
    ///
    /// - Complexity: amortised O(1) while offsets grow; O(log *m*) after the scan went back (a rollback).
    @discardableResult @inline(__always)
    mutating func seek(_ offset: Int) -> Int? {
        if index > 0, marks[index - 1] >= offset { rewind(to: offset) }
        while index < marks.count, marks[index] < offset { index += 1 }
        return index < marks.count ? marks[index] : nil
    }

    /// Moves back to the first mark at or after `offset` (the scan went back), by binary search.
    private mutating func rewind(to offset: Int) {
        var low = 0
        var high = index
        while low < high {
            let mid = (low + high) / 2
            if marks[mid] < offset { low = mid + 1 } else { high = mid }
        }
        index = low
    }

    /// The first mark in `from..<to` that `accept` takes, or `nil`; the cursor stays on it.
    @inline(__always)
    mutating func next(from: Int, before to: Int, where accept: (Int) -> Bool) -> Int? {
        seek(from)
        while index < marks.count {
            let m = marks[index]
            if m >= to { return nil }
            if accept(m) { return m }
            index += 1
        }
        return nil
    }
}
