/// The search half of ``CitationChecker``: exact, abridged and fuzzy look-ups in the index.
struct CitationMatcher {
    let library: ReferenceLibrary

    /// Never a library unit id: marks query units the library does not have.
    static let unknown: UInt32 = 0xFFFF_FFFF

    /// Start positions (units) where `q` occurs exactly, at most `limit`, in position order per bigram.
    func occurrences(of q: ArraySlice<UInt32>, limit: Int = 200) -> [Int] {
        let m = q.count
        let base = q.startIndex
        guard m >= 1, !q.contains(Self.unknown) else { return [] }
        let units = library.units
        if m == 1 {
            let a = Int(q[base])
            guard a + 1 < library.buckets.count else { return [] }
            let r = Int(library.buckets[a])..<Int(library.buckets[a + 1])
            return r.prefix(limit).map { Int(library.postings[$0]) }.sorted()
        }
        // The rarest bigram.
        var bestI = 0
        var bestRange = 0..<Int.max
        for i in 0..<(m - 1) {
            let r = library.postingRange(q[base + i], q[base + i + 1])
            if r.count < bestRange.count { bestRange = r; bestI = i; if r.isEmpty { return [] } }
        }
        var found: [Int] = []
        for k in bestRange {
            let s = Int(library.postings[k]) - bestI
            guard s >= 0, s + m <= units.count else { continue }
            var ok = true
            for j in 0..<m where units[s + j] != q[base + j] { ok = false; break }
            if ok { found.append(s); if found.count >= limit { break } }
        }
        return found.sorted()
    }

    /// A candidate region for a fuzzy match.
    struct Candidate { var diagonal: Int; var votes: Int; var anchor: Int }

    /// Regions that share many bigrams with `q`, best first.
    func candidates(for q: [UInt32], maximum: Int = 6) -> [Candidate] {
        let m = q.count
        guard m >= 3 else { return [] }
        var ranges: [(i: Int, range: Range<Int>)] = []
        for i in 0..<(m - 1) {
            let r = library.postingRange(q[i], q[i + 1])
            if !r.isEmpty { ranges.append((i, r)) }
        }
        if ranges.isEmpty { return [] }
        ranges.sort { $0.range.count < $1.range.count }
        var chosen = ranges.filter { $0.range.count <= 2000 }.prefix(40)
        if chosen.isEmpty { chosen = ranges.prefix(3) }
        // (diagonal, a library position voting for it): the position fixes the record.
        var votes: [(diagonal: Int, position: Int)] = []
        for (i, r) in chosen {
            for k in r.prefix(5000) { let p = Int(library.postings[k]); votes.append((p - i, p)) }
        }
        votes.sort { $0.diagonal < $1.diagonal }
        let diagonals = votes.map(\.diagonal)
        // Votes within ±3 of each distinct diagonal (two pointers).
        var scored: [Candidate] = []
        var lo = 0, hi = 0
        var idx = 0
        while idx < diagonals.count {
            let d = diagonals[idx]
            while lo < diagonals.count, diagonals[lo] < d - 3 { lo += 1 }
            while hi < diagonals.count, diagonals[hi] <= d + 3 { hi += 1 }
            scored.append(Candidate(diagonal: d, votes: hi - lo, anchor: votes[idx].position))
            while idx < diagonals.count, diagonals[idx] == d { idx += 1 }
        }
        let minimum = max(2, chosen.count / 5)
        scored = scored.filter { $0.votes >= minimum }
        scored.sort { $0.votes != $1.votes ? $0.votes > $1.votes : $0.diagonal < $1.diagonal }
        var result: [Candidate] = []
        for c in scored {
            if result.contains(where: { abs($0.diagonal - c.diagonal) < max(4, m / 2) }) { continue }
            result.append(c)
            if result.count >= maximum { break }
        }
        return result
    }

    /// A fuzzy match: the aligned library range and its alignment.
    struct FuzzyMatch {
        var record: Int
        var start: Int // library unit position
        var end: Int
        var alignment: Alignment
    }

    /// Aligns `q` against the library around a candidate diagonal.
    func align(_ q: [UInt32], at candidate: Candidate) -> FuzzyMatch? {
        let m = q.count
        let record = library.record(atUnit: candidate.anchor)
        let recordStart = library.recordUnitStart[record]
        let recordEnd = library.recordUnitStart[record + 1] - 1 // the separator
        let slack = m / 3 + 3
        let from = max(recordStart, candidate.diagonal - slack)
        let to = min(recordEnd, candidate.diagonal + m + slack)
        guard from < to else { return nil }
        let alignment = Alignment.align(q, library.units[from..<to])
        guard alignment.windowEnd > alignment.windowStart else { return nil }
        return FuzzyMatch(record: record, start: from + alignment.windowStart, end: from + alignment.windowEnd, alignment: alignment)
    }
}
