extension WorkLinker {
    /// Containers: 收入/选自/载于 frames, 《集》收录了《A》、《B》, and collections whose members
    /// are listed after them in the same passage; then collection authors, inherited by members.
    func assignContainers(_ spans: [WorkSpan], _ works: inout [WorkMention], _ analysis: Analysis, names: Lexicon) {
        let s = analysis.document.scalars
        let tops = spans.indices.filter { spans[$0].depth == 0 && !spans[$0].latin }
        guard !tops.isEmpty else { return }
        var position: [Int: Int] = [:] // outerStart → span index, for titles that start right after a frame word
        for k in tops { position[spans[k].outerStart] = k }

        // 《A》选自《B》, 《A》一文收入《B》第二卷.
        for k in tops {
            let p = spans[k].tailEnd
            guard let n = zh.containedIn.longestMatch(in: s, startingAt: p, limit: min(s.count, p + 8)) else { continue }
            var q = p + n
            q += zh.perfectiveParticles.longestMatch(in: s, startingAt: q) ?? 0
            if let c = position[q], c != k, works[k].container == nil { works[k].container = works[c].id }
        }
        // 《集》收录了《A》、《B》和《C》.
        for c in tops {
            let p = spans[c].tailEnd
            guard let n = zh.containsWorks.longestMatch(in: s, startingAt: p, limit: min(s.count, p + 6)) else { continue }
            var q = p + n
            while let m = position[q] {
                if works[m].container == nil { works[m].container = works[c].id }
                q = spans[m].tailEnd
                while q < s.count, zh.titleListSeparators.contains(s[q]) || CharacterClass.isSpace(s[q].value) && s[q].value != 0x0A { q += 1 }
            }
        }
        // A collection, then 比如《A》…；《B》… in its sentence or the next two.
        var t = 0
        while t < tops.count {
            let c = tops[t]
            let span = spans[c]
            let collection = isCollection(s, span)
            let signal = memberSignal(s, span)
            guard collection || signal else { t += 1; continue }
            let end = passageEnd(analysis, after: span)
            var members: [Int] = []
            var u = t + 1
            while u < tops.count, spans[tops[u]].outerStart < end {
                let m = tops[u]
                if isCollection(s, spans[m]) || memberSignal(s, spans[m]) || works[m].title == works[c].title { break }
                // Later members follow in the same list: no sentence ends outside quotes in between.
                if let previous = members.last, Self.sentenceEnds(s, spans[previous].tailEnd..<spans[m].outerStart) { break }
                members.append(m)
                u += 1
            }
            if let first = members.first, Self.sentenceEndCount(s, spans[c].tailEnd..<spans[first].outerStart) <= 1,
               signal || listing(s, spans[c].tailEnd..<spans[first].outerStart) {
                for m in members where works[m].container == nil { works[m].container = works[c].id }
                t = u
            } else {
                t += 1
            }
        }
        // Collection authors, inherited by members.
        for k in tops where works[k].author == nil && isCollection(s, spans[k]) {
            works[k].author = collectionAuthor(s, spans[k], names: names)
        }
        for k in tops {
            guard works[k].author == nil, let id = works[k].container, let c = Self.index(of: id), c < works.count else { continue }
            works[k].author = works[c].author
        }
    }

    /// Whether a title is a collection: 文选, 文集, 全集…
    func isCollection(_ s: [Unicode.Scalar], _ span: WorkSpan) -> Bool {
        zh.collectionSuffixes.longestMatch(in: s, endingAt: span.contentEnd, limit: span.contentStart) != nil
    }

    /// The index of mention `w12` (11).
    static func index(of id: String) -> Int? {
        guard id.hasPrefix("w"), let n = Int(id.dropFirst()), n >= 1 else { return nil }
        return n - 1
    }

    /// 《…》第一卷中不少著作, 《…》里的多篇文章: a noun for member works within a few scalars after 中/里.
    func memberSignal(_ s: [Unicode.Scalar], _ span: WorkSpan) -> Bool {
        guard let within = zh.withinWords.longestMatch(in: s, startingAt: span.tailEnd) else { return false }
        var p = span.tailEnd + within
        let limit = min(s.count, p + 8)
        while p < limit {
            let v = s[p].value
            if !WorkText.isHan(v) { return false }
            if zh.memberNouns.longestMatch(in: s, startingAt: p, limit: limit) != nil { return true }
            p += 1
        }
        return false
    }

    /// Whether a listing word (比如, 例如, 其中, 包括…) occurs in `range`.
    func listing(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard range.count <= 200 else { return false }
        for i in range {
            guard let n = zh.listingWords.longestMatch(in: s, startingAt: i, limit: range.upperBound) else { continue }
            // 如 only as 如《…》, not as 如果.
            if zh.titleOnlyListingWords.contains(s, i..<i + n), i + n < range.upperBound, s[i + n].value != 0x300A { continue }
            return true
        }
        return false
    }

    /// The end of the passage after a collection title: the rest of its paragraph.
    func passageEnd(_ analysis: Analysis, after span: WorkSpan) -> Int {
        let document = analysis.document
        guard let p = document.paragraphIndex(containing: span.outerStart) else { return span.outerEnd }
        return min(document.paragraphs[p].end, span.outerEnd + 2_000)
    }

    /// How many sentences end in `range` outside quotation marks.
    static func sentenceEndCount(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Int {
        var depth = 0
        var count = 0
        for i in range {
            switch s[i].value {
            case 0x201C, 0x300C, 0x300E, 0x2018: depth += 1
            case 0x201D, 0x300D, 0x300F, 0x2019: depth = max(0, depth - 1)
            case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F: if depth == 0 { count += 1 }
            default: break
            }
        }
        return count
    }

    /// Whether a sentence ends in `range` outside quotation marks.
    static func sentenceEnds(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        sentenceEndCount(s, range) > 0
    }
}
