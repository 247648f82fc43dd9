/// Building the verdicts: steps, diffs and sources for matches found by ``CitationMatcher``.
extension CitationChecker {
    /// A normalised quotation.
    struct Query {
        var scalars: [UInt32]
        var tokens: Tokens
        var ids: [UInt32]

        func unitRaw(_ k: Int) -> [UInt32] { Array(scalars[Int(tokens.rawStart[k])..<Int(tokens.rawEnd[k])]) }
        func gap(_ k: Int) -> [UInt32] { Array(scalars[Int(tokens.rawEnd[k])..<Int(tokens.rawStart[k + 1])]) }
        /// Raw text from unit `a` to the start of unit `b` (or the end of unit `b - 1` when `b` is the last).
        func text(_ a: Int, _ b: Int) -> String {
            guard a < b else { return "" }
            let end = b < tokens.count ? Int(tokens.rawStart[b]) : Int(tokens.rawEnd[b - 1])
            return LibraryBuilder.string(scalars[Int(tokens.rawStart[a])..<end])
        }
    }

    /// A normalised stretch of library text: its tokens, with raw offsets relative to `rawBase`.
    struct SourceSpan {
        var rawBase: Int
        var tokens: Tokens
        var raw: ArraySlice<UInt32>

        func unitRaw(_ k: Int) -> [UInt32] { Array(raw[(rawBase + Int(tokens.rawStart[k]))..<(rawBase + Int(tokens.rawEnd[k]))]) }
        func gap(_ k: Int) -> [UInt32] { Array(raw[(rawBase + Int(tokens.rawEnd[k]))..<(rawBase + Int(tokens.rawStart[k + 1]))]) }
        func text(_ a: Int, _ b: Int) -> String {
            guard a < b else { return "" }
            let end = b < tokens.count ? Int(tokens.rawStart[b]) : Int(tokens.rawEnd[b - 1])
            return LibraryBuilder.string(raw[(rawBase + Int(tokens.rawStart[a]))..<(rawBase + end)])
        }
    }

    /// Library units `start..<end`, tokenised again to get their raw ranges.
    func span(_ start: Int, _ end: Int) -> SourceSpan {
        let from = Int(library.unitRaw[start])
        let to = Int(library.unitRaw[end])
        var tokens = Tokens()
        normalizer.tokenize(library.raw[from..<to], into: &tokens)
        return SourceSpan(rawBase: from, tokens: tokens, raw: library.raw[...])
    }

    /// The source of unit position `p` in record `r`.
    func source(record r: Int, unit p: Int) -> CitationCheck.Source {
        let recordStart = library.recordRawStart[r]
        let at = Int(library.unitRaw[p])
        var line = 1
        for k in recordStart..<at where library.raw[k] == 0x0A { line += 1 }
        let record = library.records[r]
        return CitationCheck.Source(work: record.work, author: record.author, collection: record.collection, chapter: record.chapter,
                                    offset: at - recordStart, line: line)
    }

    /// The steps that make two units' raw scalars equal.
    func pairSteps(_ a: [UInt32], _ b: [UInt32]) -> Set<NormalizationStep> {
        if a == b { return [] }
        var steps = Set<NormalizationStep>()
        var x = a.filter { !Normalizer.isApostrophe($0) }, y = b.filter { !Normalizer.isApostrophe($0) }
        if x.count != a.count || y.count != b.count, a.filter(Normalizer.isApostrophe) != b.filter(Normalizer.isApostrophe) {
            steps.insert(.punctuation)
        }
        let table = normalizer.table
        if x != y {
            let nx = table.nfkcOnly(x), ny = table.nfkcOnly(y)
            if nx != x || ny != y {
                if x.contains(where: FoldTable.isWidthForm) || y.contains(where: FoldTable.isWidthForm) { steps.insert(.width) }
                if !(normalizer.unitSteps(x, folded: []).contains(.nfkc) || normalizer.unitSteps(y, folded: []).contains(.nfkc)) {} else { steps.insert(.nfkc) }
            }
            x = nx; y = ny
        }
        if x != y {
            let lx = x.map(FoldTable.lower), ly = y.map(FoldTable.lower)
            if lx != x || ly != y { steps.insert(.case) }
            x = lx; y = ly
        }
        if x != y {
            let hx = x.map { table.hantHans[$0] ?? $0 }, hy = y.map { table.hantHans[$0] ?? $0 }
            if hx != x || hy != y { steps.insert(.traditionalSimplified) }
            x = hx; y = hy
        }
        if x != y {
            let vx = x.map { table.variants[$0] ?? $0 }, vy = y.map { table.variants[$0] ?? $0 }
            if vx != x || vy != y { steps.insert(.variantCharacters) }
        }
        return steps
    }

    /// Steps for quote units `qa..<qb` matched one-to-one with source span units `sa..<sb`, gaps included.
    func alignedSteps(_ query: Query, _ qa: Int, _ qb: Int, _ source: SourceSpan, _ sa: Int) -> Set<NormalizationStep> {
        var steps = Set<NormalizationStep>()
        for k in 0..<(qb - qa) {
            guard sa + k < source.tokens.count else { break }
            steps.formUnion(pairSteps(query.unitRaw(qa + k), source.unitRaw(sa + k)))
            if qa + k + 1 < qb, sa + k + 1 < source.tokens.count {
                steps.formUnion(Normalizer.separatorSteps(query.gap(qa + k), source.gap(sa + k)))
            }
        }
        return steps
    }

    static func ordered(_ steps: Set<NormalizationStep>) -> [String] {
        NormalizationStep.allCases.filter(steps.contains).map(\.rawValue)
    }

    /// `exact` or `normalized` for a whole-quotation match at unit `p`.
    func normalizedMatch(_ query: Query, at p: Int, record r: Int, leadingOrTrailingEllipsis: Bool) -> CitationCheck {
        let m = query.ids.count
        let source = span(p, p + m)
        var steps = alignedSteps(query, 0, m, source, 0)
        if leadingOrTrailingEllipsis { steps.insert(.ellipsis) }
        let where_ = self.source(record: r, unit: p)
        if steps.isEmpty {
            return CitationCheck(verdict: .exact, source: where_, similarity: 1, message: "found verbatim in \(where_.citation)")
        }
        let names = CitationChecker.ordered(steps)
        return CitationCheck(verdict: .normalized, steps: names, source: where_, similarity: 1,
                             message: "found in \(where_.citation) after normalising \(names.joined(separator: ", "))")
    }

    /// `variant` for a close match (the caller may turn it into `misattributed`).
    func variantMatch(_ query: Query, _ match: CitationMatcher.FuzzyMatch, similarity: Double) -> CitationCheck {
        let source = span(match.start, match.end)
        var segments: [CitationCheck.DiffSegment] = []
        var steps = Set<NormalizationStep>()
        var qi = 0, sj = 0
        var k = 0
        let ops = match.alignment.ops
        var differences = 0
        while k < ops.count {
            let isEqual = ops[k] == .equal
            let q0 = qi, s0 = sj
            while k < ops.count, (ops[k] == .equal) == isEqual {
                switch ops[k] {
                case .equal:
                    if sj < source.tokens.count { steps.formUnion(pairSteps(query.unitRaw(qi), source.unitRaw(sj))) }
                    qi += 1; sj += 1
                case .substitute: qi += 1; sj += 1
                case .insert: qi += 1
                case .delete: sj += 1
                }
                k += 1
            }
            let q = query.text(q0, qi)
            let s = source.text(s0, min(sj, source.tokens.count))
            let op: CitationCheck.DiffSegment.Operation
            if isEqual { op = .equal } else if q0 == qi { op = .delete } else if s0 == sj { op = .insert } else { op = .replace }
            if !isEqual { differences += 1 }
            segments.append(CitationCheck.DiffSegment(op: op, quote: q, source: s))
        }
        let where_ = self.source(record: match.record, unit: match.start)
        let rounded = (similarity * 1000).rounded() / 1000
        return CitationCheck(verdict: .variant, steps: CitationChecker.ordered(steps), source: where_, diff: segments, similarity: rounded,
                             message: "close to \(where_.citation) (similarity \(CitationChecker.format(similarity)), \(differences) difference\(differences == 1 ? "" : "s"))")
    }

    /// `abridged` when every fragment occurs, in order, in one passage (or `misattributed` when only outside the cited source).
    func abridged(_ groups: [[Int]], _ query: Query, _ matcher: CitationMatcher, _ claims: ClaimIndex.Resolved) -> CitationCheck? {
        // Occurrences of each fragment; one-unit fragments are looked for inside the passage instead.
        let lists = groups.enumerated().map { k, g in
            g.count >= 2 || k == 0 ? matcher.occurrences(of: query.ids[g.first!...g.last!], limit: 2000) : []
        }
        if lists.enumerated().contains(where: { $0.element.isEmpty && (groups[$0.offset].count >= 2 || $0.offset == 0) }) { return nil }
        let passage = max(400, 10 * query.ids.count)
        let units = library.units
        var firstFound: [Int]?
        var claimedFound: [Int]?
        for start in lists[0] {
            let r = library.record(atUnit: start)
            let recordEnd = library.recordUnitStart[r + 1]
            var positions = [start]
            var next = start + groups[0].count
            for (g, list) in zip(groups.dropFirst(), lists.dropFirst()) {
                var found: Int?
                if g.count == 1 {
                    let id = query.ids[g[0]]
                    var p = next
                    while p < recordEnd, p - start <= passage { if units[p] == id { found = p; break }; p += 1 }
                } else {
                    // First occurrence at or after `next` (lists are sorted).
                    var lo = 0, hi = list.count
                    while lo < hi { let mid = (lo + hi) / 2; if list[mid] < next { lo = mid + 1 } else { hi = mid } }
                    if lo < list.count, list[lo] + g.count <= recordEnd, list[lo] - start <= passage { found = list[lo] }
                }
                guard let found else { break }
                positions.append(found)
                next = found + g.count
            }
            guard positions.count == groups.count else { continue }
            if firstFound == nil { firstFound = positions }
            if claims.isEmpty || claimIndex.matches(r, claims) { claimedFound = positions; break }
        }
        guard let positions = claimedFound ?? firstFound else { return nil }
        let r = library.record(atUnit: positions[0])
        var steps = Set<NormalizationStep>()
        var segments: [CitationCheck.DiffSegment] = []
        for (k, g) in groups.enumerated() {
            let p = positions[k]
            let source = span(p, p + g.count)
            steps.formUnion(alignedSteps(query, g.first!, g.last! + 1, source, 0))
            let quoteText = LibraryBuilder.string(query.scalars[Int(query.tokens.rawStart[g.first!])..<Int(query.tokens.rawEnd[g.last!])])
            let sourceText = source.text(0, source.tokens.count)
            segments.append(CitationCheck.DiffSegment(op: .equal, quote: quoteText, source: sourceText))
            if k + 1 < groups.count {
                let omittedFrom = Int(library.unitRaw[p + g.count - 1]) + Int(source.tokens.rawEnd[source.tokens.count - 1] - source.tokens.rawStart[source.tokens.count - 1])
                let omittedTo = Int(library.unitRaw[positions[k + 1]])
                var omitted = Array(library.raw[omittedFrom..<max(omittedFrom, omittedTo)])
                if omitted.count > 300 { omitted = Array(omitted.prefix(140)) + Array(" … ".unicodeScalars.map(\.value)) + Array(omitted.suffix(140)) }
                let gapStart = Int(query.tokens.rawEnd[g.last!])
                let gapEnd = Int(query.tokens.rawStart[groups[k + 1].first!])
                segments.append(CitationCheck.DiffSegment(op: .replace, quote: LibraryBuilder.string(query.scalars[gapStart..<gapEnd]),
                                                          source: LibraryBuilder.string(omitted[...])))
            }
        }
        let where_ = source(record: r, unit: positions[0])
        var check = CitationCheck(verdict: .abridged, steps: CitationChecker.ordered(steps), source: where_, diff: segments,
                                  message: "\(groups.count) fragments found in order in \(where_.citation)")
        if claimedFound == nil {
            check.verdict = .misattributed
            check.message = "cited as \(claims.label), but the fragments are in \(where_.citation)"
        }
        return check
    }
}
