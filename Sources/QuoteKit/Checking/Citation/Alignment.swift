/// Semi-global edit-distance alignment of a query against a library window.
///
/// The whole query is aligned; the window's ends are free, so the match may
/// start and end anywhere inside it. Substitutions, insertions and deletions
/// cost 1. Used only on a few candidate windows per quotation.
///
/// - Complexity: O(*m* × *w*) time and space for a query of *m* and a window of *w* units.
struct Alignment {
    enum Op: UInt8 { case equal, substitute, insert, delete } // insert: query only; delete: window only

    /// The operations from the first aligned window unit to the last.
    var ops: [Op]
    /// Window index of the first aligned unit.
    var windowStart: Int
    /// Window index just past the last aligned unit.
    var windowEnd: Int
    /// The edit distance.
    var distance: Int

    /// Similarity: 1 − distance ÷ max(query length, aligned window length).
    var similarity: Double {
        let queryLength = ops.filter { $0 != .delete }.count
        let denominator = max(queryLength, windowEnd - windowStart, 1)
        return max(0, 1 - Double(distance) / Double(denominator))
    }

    static func align(_ q: [UInt32], _ w: ArraySlice<UInt32>) -> Alignment {
        let m = q.count, n = w.count
        let base = w.startIndex
        let width = n + 1
        var cost = [Int32](repeating: 0, count: (m + 1) * width)
        var move = [UInt8](repeating: 0, count: (m + 1) * width)
        for i in 1...max(m, 1) where m > 0 { cost[i * width] = Int32(i); move[i * width] = Op.insert.rawValue }
        if m > 0 {
            for i in 1...m {
                let qi = q[i - 1]
                let row = i * width, up = (i - 1) * width
                for j in 1...max(n, 1) where n > 0 {
                    let same = qi == w[base + j - 1]
                    var best = cost[up + j - 1] + (same ? 0 : 1)
                    var op = same ? Op.equal : Op.substitute
                    let ins = cost[up + j] + 1
                    if ins < best { best = ins; op = .insert }
                    let del = cost[row + j - 1] + 1
                    if del < best { best = del; op = .delete }
                    cost[row + j] = best
                    move[row + j] = op.rawValue
                }
            }
        }
        // Best end column in the last row.
        var endJ = 0
        var best = cost[m * width]
        if n > 0 { for j in 1...n where cost[m * width + j] < best { best = cost[m * width + j]; endJ = j } }
        var ops: [Op] = []
        var i = m, j = endJ
        while i > 0 {
            let op = Op(rawValue: move[i * width + j])!
            ops.append(op)
            switch op {
            case .equal, .substitute: i -= 1; j -= 1
            case .insert: i -= 1
            case .delete: j -= 1
            }
        }
        ops.reverse()
        return Alignment(ops: ops, windowStart: j, windowEnd: endJ, distance: Int(best))
    }
}
