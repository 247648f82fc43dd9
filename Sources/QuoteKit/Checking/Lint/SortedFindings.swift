/// A document's findings in the order they are reported: by start, then rule, then end, equal ones in the
/// order the rules made them, and without duplicates.
///
/// The findings stay where the rules put them; only the order to read them in is sorted. A soup of marks has
/// millions of findings, and moving each into place (cycle by cycle, to avoid a second copy of them) jumped
/// about memory: an eighth of `lint --fix`'s time on a 20 MB soup. Read in order, they are each read once.
struct SortedFindings: RandomAccessCollection {
    /// The findings as the rules made them.
    private var made: [RawDiagnostic] = []
    /// The positions in `made` of the findings to report, in order (32 bits: a finding takes far more than
    /// 2³¹ bytes' worth of memory long before there are 2³¹ of them); `nil` when `made` is in order already.
    private var order: [Int32]? = nil

    /// No findings.
    init() {}

    /// Sorts `made` by position and drops its duplicates.
    init(_ made: [RawDiagnostic]) {
        precondition(made.count < Int(Int32.max), "too many findings to order")
        // Findings that come in order without duplicates (a soup of one scanner's stray marks: millions) are read
        // as they are: sort keys for them were a fifth of the memory of lint on a 36 MB soup of straight marks.
        if Self.isStrictlyOrdered(made) {
            self.made = made
            return
        }
        var keys = Self.positionKeys(made)
        keys.sort()
        // Duplicates share (start, rule, end), so after sorting they sit together: compare within those runs
        // instead of hashing every finding's message (a quarter of lint --fix's time on a 5 MB soup of marks).
        // The kept positions are gathered in place, at the front of `keys`.
        var kept = 0
        var run = 0
        for k in keys.indices {
            let key = keys[k]
            if kept > 0, !keys[kept - 1].samePlace(as: key) { run = kept }
            if !keys[run..<kept].contains(where: { made[Int($0.index)] == made[Int(key.index)] }) {
                keys[kept] = key
                kept += 1
            }
        }
        order = keys.prefix(kept).map(\.index)
        self.made = made
    }

    var startIndex: Int { 0 }
    var endIndex: Int { order?.count ?? made.count }

    subscript(position: Int) -> RawDiagnostic { order.map { made[Int($0[position])] } ?? made[position] }

    /// Whether each finding comes strictly after the one before it by start, rule name, then end: then sorting
    /// would leave them in place and there are no duplicates to drop (duplicates share all three).
    static func isStrictlyOrdered(_ findings: [RawDiagnostic]) -> Bool {
        for k in findings.indices.dropFirst() {
            let a = findings[k - 1]
            let b = findings[k]
            if a.start != b.start {
                if a.start > b.start { return false }
                continue
            }
            // The rules' ranks follow their names' order (``positionKeys(_:)``).
            if a.rule != b.rule {
                if a.rule > b.rule { return false }
                continue
            }
            if a.end >= b.end { return false }
        }
        return true
    }

    /// What findings are ordered by: their start, their rule's rank among the rules' names, their end, and their
    /// place in `made` (so that equal findings keep their order). Comparing the findings themselves copied and
    /// compared their rules' strings.
    struct PositionKey: Comparable {
        var start: Int
        var end: Int
        var ruleRank: Int32
        var index: Int32

        static func < (a: PositionKey, b: PositionKey) -> Bool {
            (a.start, a.ruleRank, a.end, a.index) < (b.start, b.ruleRank, b.end, b.index)
        }

        /// Whether both findings have the same start, rule and end.
        func samePlace(as other: PositionKey) -> Bool {
            start == other.start && ruleRank == other.ruleRank && end == other.end
        }
    }

    /// The sort keys of findings, in their order; a rule's rank is its name's place among the names present.
    static func positionKeys(_ findings: [RawDiagnostic]) -> [PositionKey] {
        var keys: [PositionKey] = []
        keys.reserveCapacity(findings.count)
        // A handful of rule names, in runs: each run's name is looked up once. The keys take the name's place in
        // `names` first, its rank once every name is known.
        var names: [String] = []
        var last = -1
        for (k, finding) in findings.enumerated() {
            if last < 0 || names[last] != finding.rule {
                last = names.firstIndex(of: finding.rule) ?? names.count
                if last == names.count { names.append(finding.rule) }
            }
            keys.append(PositionKey(start: finding.start, end: finding.end, ruleRank: Int32(last), index: Int32(k)))
        }
        var rankOfName = [Int32](repeating: 0, count: names.count)
        for (rank, name) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { rankOfName[name] = Int32(rank) }
        for k in keys.indices { keys[k].ruleRank = rankOfName[Int(keys[k].ruleRank)] }
        return keys
    }
}
