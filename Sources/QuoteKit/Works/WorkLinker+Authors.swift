extension WorkLinker {
    /// Authors written next to titles: a name before the title (杜甫《望岳》, 鲁迅的《…》,
    /// 张明教授在《…》中) or, in English, `Austen's *Emma*` and `*Emma* by Jane Austen`.
    func assignAuthors(_ spans: [WorkSpan], _ works: inout [WorkMention], _ s: [Unicode.Scalar], names: Lexicon) {
        for (k, span) in spans.enumerated() where span.depth == 0 {
            if span.latin {
                works[k].author = Self.englishAuthor(s, span)
                continue
            }
            let floor = max(0, span.outerStart - 24)
            var end = span.outerStart
            if span.inWork {
                // X在《…》中: skip back past the opener and 其/他的.
                while end > floor {
                    if let n = zh.inWorkOpeners.longestMatch(in: s, endingAt: end, limit: floor) { end -= n; break }
                    end -= 1
                }
            } else if let p = zh.attributiveParticles.longestMatch(in: s, endingAt: end, limit: floor) {
                // 鲁迅的《…》, 鲁迅所著的《…》
                end -= p
                if let n = zh.authorVerbs.longestMatch(in: s, endingAt: end, limit: floor) { end -= n }
            }
            guard end > floor else { continue }
            works[k].author = personName(s, endingAt: end, floor: floor, names: names)
        }
    }

    /// A person's name ending at `end`: a known name, or a surname and one to three more Han characters
    /// standing after a boundary (punctuation, a line start, 诗人, 唐代), with a role word after it stripped.
    func personName(_ s: [Unicode.Scalar], endingAt end: Int, floor: Int, names: Lexicon) -> String? {
        var e = end
        if let r = zh.rolesAfterAuthor.longestMatch(in: s, endingAt: e, limit: floor), e - r > floor { e -= r }
        if let n = names.longestMatch(in: s, endingAt: e, limit: floor) { return String(scalars: s, (e - n)..<e) }
        for length in [4, 3, 2] {
            let start = e - length
            guard start >= floor else { continue }
            var ok = true
            for i in start..<e where !WorkText.isHan(s[i].value) || zh.notInAuthorNames.contains(s[i]) { ok = false; break }
            guard ok, !zh.notAuthorNameEnds.contains(s[e - 1]) else { continue }
            let compound = zh.isCompoundSurname(s, at: start)
            switch length {
            case 4: guard compound else { continue }
            case 3: guard compound || zh.isSurname(s[start]) else { continue }
            default: guard zh.isSurname(s[start]) else { continue }
            }
            let boundary = start == 0 || !WorkText.isHan(s[start - 1].value)
                || zh.beforeAuthor.longestMatch(in: s, endingAt: start, limit: max(0, start - 4)) != nil
            if boundary { return String(scalars: s, start..<e) }
        }
        return nil
    }

    /// `Jane Austen's *Emma*` or `*Emma* by Jane Austen`: one to three capitalised words.
    static func englishAuthor(_ s: [Unicode.Scalar], _ span: WorkSpan) -> String? {
        // "by Name" after the title.
        var i = span.outerEnd
        while i < s.count, s[i].value == 0x2C || CharacterClass.isSpace(s[i].value) && s[i].value != 0x0A { i += 1 }
        if i + 3 < s.count, s[i] == "b", s[i + 1] == "y", CharacterClass.isSpace(s[i + 2].value) {
            if let name = capitalisedWords(s, from: i + 3) { return name }
        }
        // "Name's" before the title.
        var k = span.outerStart
        while k > 0, CharacterClass.isSpace(s[k - 1].value) { k -= 1 }
        guard k >= 3, s[k - 1] == "s", s[k - 2] == "'" || s[k - 2] == "\u{2019}" else { return nil }
        var lo = k - 2
        var words = 0
        var start = lo
        while words < 3 {
            var w = lo
            while w > 0, WorkText.isLatinLetter(s[w - 1].value) || s[w - 1] == "." { w -= 1 }
            guard w < lo, s[w].value >= 0x41, s[w].value <= 0x5A else { break }
            start = w
            words += 1
            guard w > 0, s[w - 1] == " " else { break }
            lo = w - 1
        }
        return words > 0 ? String(scalars: s, start..<(k - 2)) : nil
    }

    /// One to three capitalised words from `index` (Jane Austen, Percy Bysshe Shelley).
    static func capitalisedWords(_ s: [Unicode.Scalar], from index: Int) -> String? {
        var i = index
        var end = index
        var words = 0
        while words < 3, i < s.count, s[i].value >= 0x41, s[i].value <= 0x5A {
            var j = i + 1
            while j < s.count, WorkText.isLatinLetter(s[j].value) || s[j] == "-" { j += 1 }
            if j - i == 1, j < s.count, s[j] == "." { j += 1 } // an initial: T. S. Eliot
            end = j
            words += 1
            guard j + 1 < s.count, s[j] == " " else { break }
            i = j + 1
        }
        guard words > 0 else { return nil }
        return String(scalars: s, index..<end)
    }

    /// The author of a collection from its title: 《张明文集》 → 张明, 《习近平经济文选》 → 习近平.
    func collectionAuthor(_ s: [Unicode.Scalar], _ span: WorkSpan, names: Lexicon) -> String? {
        guard let n = zh.collectionSuffixes.longestMatch(in: s, endingAt: span.contentEnd, limit: span.contentStart) else {
            return nil
        }
        let lo = span.contentStart
        if let m = names.longestMatch(in: s, startingAt: lo, limit: span.contentEnd - n) { return String(scalars: s, lo..<lo + m) }
        var hi = span.contentEnd - n
        while let t = zh.collectionTopics.longestMatch(in: s, endingAt: hi, limit: lo + 2) { hi -= t }
        let length = hi - lo
        guard length >= 2, length <= 4 else { return nil }
        for i in lo..<hi where !WorkText.isHan(s[i].value) { return nil }
        let compound = zh.isCompoundSurname(s, at: lo)
        guard compound || (length <= 3 && zh.isSurname(s[lo])) else { return nil }
        return String(scalars: s, lo..<hi)
    }
}
