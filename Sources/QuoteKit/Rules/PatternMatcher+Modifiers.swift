/// The optional modifiers between a speaker and a cue (曾, 还, 在…时, 对记者, …地), found backwards before a cue and
/// forwards after a quote, with the caches that let the rules around one quote share them.
extension PatternMatcher {
    /// ``modifierStartsBackward(_:_:)``, remembered per position and window start: the rules before a quote
    /// (a speaker, modifiers and a cue) ask for the same cue's modifiers one after the other.
    ///
    /// Only results computed without the word breaker are kept (no …地 on the way): those depend on the
    /// text alone, while one that asked for word boundaries also recorded windows, and a window recorded
    /// later may change what the breaker says, so that one is computed afresh each time as before.
    func cachedModifierStartsBackward(_ pos: Int, _ lower: Int) -> [Int] {
        let c = context
        guard pos - lower < 4096 else { return modifierStartsBackward(pos, lower).starts }
        let key = pos &* 4096 &+ (pos - lower)
        if let known = c.modifierStarts[key] { return known }
        let (starts, usedBreaker) = modifierStartsBackward(pos, lower)
        if !usedBreaker {
            if c.modifierStarts.count > 4096 { c.modifierStarts.removeAll(keepingCapacity: true) }
            c.modifierStarts[key] = starts
        }
        return starts
    }

    /// Where optional modifiers before a cue may start: adverbs (曾, 还, coldly), 在…时 frames,
    /// 对记者 prepositional phrases and …地 adverbials; the position itself first is not implied:
    /// candidates are sorted by position, longest skip first. `usedBreaker` tells whether a …地
    /// adverbial made it record a window and ask for word boundaries.
    func modifierStartsBackward(_ pos: Int, _ lower: Int) -> (starts: [Int], usedBreaker: Bool) {
        let c = context
        var usedBreaker = false
        var result = [pos]
        var frontier = [pos]
        var steps = 0
        let prepositions = c.prepositions
        while !frontier.isEmpty, steps < 4 {
            var next: [Int] = []
            for p0 in frontier {
                let p = c.skipSpaceBack(p0, lower)
                _ = c.modifiers.anyMatch(in: c.s, endingAt: p, limit: lower) { length in
                    if !(c.language == .en && c.isLetter(p - length - 1)) { next.append(p - length) }
                    return false
                }
                if c.language == .en {
                    if let w = c.wordBackward(p, lower), c.isAdverb(w), !c.isCapitalised(w) { next.append(w.lowerBound) }
                    continue
                }
                // 冷冷的说: an adverb written with 的 right before the cue.
                if p0 == pos, let start = adverbWithDe(before: p, lower) { next.append(start) }
                if p0 == pos, let start = unlistedAdverbStart(before: p, lower) {
                    usedBreaker = true
                    next.append(start)
                }
                // 31日晚, 1月5日
                if let date = dateStart(endingAt: p, lower) { next.append(date) }
                // 在…时 / 在《…》中, and a frame set off by a comma (X在回复查询时，一再强调“…”)
                let frameEnd = p > lower + 1 && CharacterClass.isClauseComma(c.s[p - 1].value) ? p - 1 : p
                _ = c.frameClosers.anyMatch(in: c.s, endingAt: frameEnd, limit: lower) { length in
                    var i = frameEnd - length
                    var k = 0
                    while i > lower, k < 48 {
                        let v = c.s[i - 1].value
                        if v == 0x300B || v == 0x3009, let o = c.openOf(closeAt: i - 1), o >= lower { i = o; k += 1; continue }
                        // A short quoted term inside the frame (在关于“十五”计划的建议中) is part of it, as a title is.
                        if CharacterClass.isQuotationMark(v), let o = c.openOf(closeAt: i - 1), o >= lower, i - o <= 12 {
                            i = o; k += 1; continue
                        }
                        if c.isClauseBoundary(v) { break }
                        // Every opener is a candidate (在接受采访时: both 接受 and 在).
                        if c.filters.frameOpenerEnds.mayContain(v) {
                            _ = c.frameOpeners.anyMatch(in: c.s, endingAt: i, limit: lower) { o in
                                // Not the first character of a word for people (同 of 同行在会上说).
                                if !c.startsWordForPeople(at: i - o, limit: frameEnd) { next.append(i - o) }
                                return false
                            }
                        }
                        i -= 1
                        k += 1
                    }
                    return false
                }
                if let start = placeStart(endingAt: p, lower) { next.append(start) }
                if let start = eventClauseStart(endingAt: frameEnd, lower) {
                    usedBreaker = true
                    next.append(start)
                }
                // 对记者, 向与会者 (a preposition and a short object), not the first character of a word for people
                // (同 of 瑞士同行说, 同事)
                var i = p - 1
                while i > lower, p - i <= 10 {
                    if c.isClauseBoundary(c.s[i].value) { break }
                    if i < p - 1, c.filters.prepositionEnds.mayContain(c.s[i].value), prepositions.longestMatch(in: c.s, endingAt: i + 1, limit: i) != nil,
                       !c.startsWordForPeople(at: i, limit: p) {
                        next.append(i)
                    }
                    i -= 1
                }
                // A finished action between the subject and the cue (张明见了这封信曾说): the verb, its perfective particle
                // and a short object; the subject did that and then spoke. The verb is the word before the particle.
                var k = p - 1
                while k > lower + 1, p - k <= 8, c.isCJK(k), !c.isClauseBoundary(c.s[k].value) {
                    // So does an action going on as they speak (王立新指着地图说, 林秀芬拉著記者的手說).
                    if let n = c.perfectiveParticles.longestMatch(in: c.s, startingAt: k, limit: p) ?? c.durativeParticles.longestMatch(in: c.s, startingAt: k, limit: p) {
                        usedBreaker = true
                        c.segment(max(lower, k - 6)..<min(c.s.count, k + n + 4))
                        // A word ends with the particle (not 了 of 了解; the breaker may join it to its verb, 见了), after a verb
                        // of one or two characters: two where the breaker ends a word there, else one (it may glue a
                        // one-character verb to the name before it).
                        if c.isWordBoundary(k + n) {
                            let verb = k - 2 > lower && !c.isWordBoundary(k - 1) && c.isWordBoundary(k - 2) ? k - 2 : k - 1
                            next.append(verb)
                        }
                    }
                    k -= 1
                }
                // …地 adverbials: one or two words before 地.
                if let n = c.adverbialParticles.longestMatch(in: c.s, endingAt: p, limit: lower + 1) {
                    let particle = p - n
                    usedBreaker = true
                    c.segment(max(lower, p - 12)..<p)
                    // The word before 地 (自豪地, 有感而發地); a second word only when the first is one character.
                    var j = particle - 1
                    while j >= lower, particle - j <= 6 {
                        if c.isClauseBoundary(c.s[j].value) { break }
                        if c.isWordBoundary(j) {
                            next.append(j)
                            if particle - j > 1 { break }
                        }
                        j -= 1
                    }
                }
            }
            let fresh = next.filter { !result.contains($0) && $0 >= lower }
            result.append(contentsOf: fresh)
            frontier = fresh
            steps += 1
        }
        return (result.sorted(), usedBreaker)
    }

    /// ``modifierEndsAfter(_:_:)``, remembered per
    /// position for the current window: the rules after a quote try modifiers at the same few positions again and
    /// again (the function is pure, so this changes nothing). Entries are filed by distance to the window's end and
    /// stamped with the window, so a new window costs nothing to start; most positions have no modifier at all and
    /// get an empty list, which allocates nothing.
    func cachedModifierEndsAfter(_ pos: Int, _ upper: Int) -> [Int] {
        let c = context
        let slot = upper - pos
        guard slot >= 0, slot < c.modifierEnds.count else { return modifierEndsAfter(pos, upper) }
        if c.modifierEndsUpper != upper {
            c.modifierEndsUpper = upper
            c.modifierEndsWindow += 1
        }
        if c.modifierEndsStamp[slot] == c.modifierEndsWindow { return c.modifierEnds[slot] }
        let ends = modifierEndsAfter(pos, upper)
        c.modifierEnds[slot] = ends
        c.modifierEndsStamp[slot] = c.modifierEndsWindow
        return ends
    }

    /// Where optional modifiers after a speaker may end, besides `pos` itself (always the first candidate):
    /// adverbs, 在…上 frames, …地, up to three in a row, nearest steps first.
    func modifierEndsAfter(_ pos: Int, _ upper: Int) -> [Int] {
        var first: [Int] = []
        modifierSteps(from: pos, upper, into: &first)
        guard first.contains(where: { $0 != pos && $0 <= upper }) else { return [] }
        var result = [pos]
        var frontier = [pos]
        var steps = 0
        while !frontier.isEmpty, steps < 3 {
            var next: [Int] = []
            for p0 in frontier { modifierSteps(from: p0, upper, into: &next) }
            let fresh = next.filter { !result.contains($0) && $0 <= upper }
            result.append(contentsOf: fresh)
            frontier = fresh
            steps += 1
        }
        result.removeFirst()
        return result
    }

    /// One step of ``modifierEndsAfter(_:_:)``: the ends of an adverb, a 在…上 frame or a …地 adverbial starting at `p0`.
    fileprivate func modifierSteps(from p0: Int, _ upper: Int, into next: inout [Int]) {
        let c = context
        let p = c.skipSpaceForward(p0, upper)
        _ = c.modifiers.anyMatch(in: c.s, startingAt: p, limit: upper) { length in
            if !(c.language == .en && c.isLetter(p + length)) { next.append(p + length) }
            return false
        }
        if c.language == .en {
            if let w = c.wordForward(p, upper), c.isAdverb(w) { next.append(w.upperBound) }
            return
        }
        if let end = adverbWithDe(at: p, upper) { next.append(end) }
        if let date = dateEnd(startingAt: p, upper) { next.append(date) }
        if c.frameOpeners.longestMatch(in: c.s, startingAt: p, limit: upper) != nil {
            var i = p + 1
            while i < upper, i - p < 40, !c.isClauseBoundary(c.s[i].value) {
                if let l = c.frameClosers.longestMatch(in: c.s, startingAt: i, limit: upper) { next.append(i + l) }
                i += 1
            }
        }
        var j = p
        while j < upper, j - p < 6, !c.isClauseBoundary(c.s[j].value) {
            if j > p, let n = c.adverbialParticles.longestMatch(in: c.s, startingAt: j, limit: upper) { next.append(j + n) }
            j += 1
        }
    }

    /// Where an adverb of two characters or more written with 的 for 地 starts, when it ends right before the cue at
    /// `cue` (冷冷的说, 大聲的說: Taiwan and Hong Kong news write so), or a word of state after an adverb of degree
    /// (比較輕鬆的說); `nil` otherwise. The cue right after 的 keeps the attributive 的 of a noun phrase (过去的说法) out.
    fileprivate func adverbWithDe(before cue: Int, _ lower: Int) -> Int? {
        let c = context
        guard cue - 3 >= lower, c.attributiveParticles.contains(c.s[cue - 1]), c.cues.longestMatch(in: c.s, startingAt: cue) != nil else { return nil }
        if let length = c.modifiers.longestMatch(in: c.s, endingAt: cue - 1, limit: lower), length >= 2 { return cue - 1 - length }
        // A word of state after an adverb of degree (比较轻松的说, 很生气的说): what the adverb opens is the adverbial.
        for state in 1...3 {
            let start = cue - 1 - state
            guard start > lower, !c.containsFunctionCharacter(start, cue - 1) else { break }
            if let degree = c.modifiers.longestMatch(in: c.s, endingAt: start, limit: lower) { return start - degree }
        }
        return nil
    }

    /// Where a word of two ideographs no lexicon lists starts when it stands right before the cue at `cue` (心碎 of
    /// 林大山心碎说, 憂心 of 她憂心說): news writes a manner or a mood so, with no 地. The word breaker must read the two
    /// as one word between boundaries, and the word must name nobody: no title, honorific, person noun, kin, role
    /// ending, body or familiar name (小明), no given name after a surname (大山 of 林大山说: a surname alone before it),
    /// and no name after a role (教练张明说: a surname after a title or a role ending). Nor may it hold a character that
    /// names avoid (都 of 都会, 也): such a pair is no word of manner; nor two characters of transliteration (the end
    /// of a foreign name, 奇利). `nil` otherwise.
    fileprivate func unlistedAdverbStart(before cue: Int, _ lower: Int) -> Int? {
        let c = context
        let start = cue - 2
        guard c.language == .zh, start - 1 >= lower, c.cues.longestMatch(in: c.s, startingAt: cue) != nil,
              (start - 1..<cue).allSatisfy(c.isCJK), !c.surnames.contains(c.s[start - 1]) else { return nil }
        // Nothing that names somebody, in part or whole.
        guard !c.familiarPrefixes.contains(c.s[start]), !c.roleEndings.contains(c.s[start + 1]),
              c.titles.longestMatch(in: c.s, startingAt: start, limit: cue) == nil,
              c.honorifics.longestMatch(in: c.s, startingAt: start, limit: cue) == nil,
              c.organisations.longestMatch(in: c.s, startingAt: start, limit: cue) == nil,
              !c.startsWordForPeople(at: start, limit: cue), !c.notInNames.contains(c.s[start]), !c.notInNames.contains(c.s[start + 1]),
              !(c.transliteration.contains(c.s[start]) && c.transliteration.contains(c.s[start + 1])),
              // Nor a place (门外, 屋里: the end of a frame)
              c.frameClosers.longestMatch(in: c.s, endingAt: cue, limit: start) == nil else { return nil }
        if c.surnames.contains(c.s[start]),
           c.titles.longestMatch(in: c.s, endingAt: start, limit: lower) != nil || c.roleEndings.contains(c.s[start - 1])
            || c.personNouns.longestMatch(in: c.s, endingAt: start, limit: lower) != nil {
            return nil
        }
        c.segment(max(lower, cue - 8)..<min(c.s.count, cue + 2))
        guard c.isWordBoundary(start), !c.isWordBoundary(start + 1), c.isWordBoundary(cue) else { return nil }
        return start
    }

    /// Where a place opened by a word of `placeOpeners` and closed by nothing starts when it ends at `end` (在北京 of
    /// 张明在北京说, 在东海 of 他在东海对记者说): two to six ideographs of place after the opener, none of them 的 (包括张明
    /// 在内的专家 is a description), a figure or a verb of seeing or hearing (在场边看到一名球员对着教练说: the one seen
    /// speaks), and no second opener; the nearest such opener wins. `nil` when there is none, or when
    /// the opener may be part of a name: a surname alone opens the clause before it (金在勇总统), or a title ends the
    /// place (a person, not a place). The place follows its subject, or the date in brackets after it: one that opens its
    /// clause (，在他耳边说) is a scene that a subject of an earlier clause need not have spoken in.
    fileprivate func placeStart(endingAt end: Int, _ lower: Int) -> Int? {
        let c = context
        guard c.language == .zh else { return nil }
        var i = end - 1
        while i > lower, end - i <= 7 {
            guard c.isCJK(i), !c.isClauseBoundary(c.s[i].value), !c.attributiveParticles.contains(c.s[i]), !c.isFigure(i),
                  c.seeingVerbs.longestMatch(in: c.s, startingAt: i, limit: end) == nil,
                  c.hearingVerbs.longestMatch(in: c.s, startingAt: i, limit: end) == nil else { return nil }
            if let opener = c.placeOpeners.longestMatch(in: c.s, endingAt: i, limit: lower) {
                let start = i - opener
                // A date in brackets may stand between the subject and the place (王立新（11日）在电台节目表示).
                guard end - i >= 2, start > lower, !c.isClauseBoundary(c.s[start - 1].value) || c.bracketedDateStart(endingAt: start, lower) != nil,
                      c.titles.longestMatch(in: c.s, endingAt: end, limit: i) == nil else { return nil }
                if c.surnames.contains(c.s[start - 1]), start - 1 == lower || !c.isCJK(start - 2) || c.isClauseBoundary(c.s[start - 2].value) {
                    return nil
                }
                return start
            }
            i -= 1
        }
        return nil
    }

    /// Where a clause of time with no opener ends at `end` (a word of `eventClosers`: 回乡后, 得悉其死讯後, 睡下之后)
    /// starts: after the longest subject the clause opens with (导演哥普拉 | 得悉其死讯後), or at the clause's start where
    /// it follows its subject's comma (导演张明，| 得知消息后说). The closer must be a word of its own, not the end of one
    /// (最后, 这时, 随后) nor of a word of time (赛后); `nil` when there is no such clause.
    fileprivate func eventClauseStart(endingAt end: Int, _ lower: Int) -> Int? {
        let c = context
        guard c.language == .zh, let closer = c.eventClosers.longestMatch(in: c.s, endingAt: end, limit: lower) else { return nil }
        let closerStart = end - closer
        // A word of time that ends so is read as one already (赛后, 会后).
        if let time = c.timeWords.longestMatch(in: c.s, endingAt: end, limit: lower), time > closer { return nil }
        let clause = c.clauseStart(endingAt: closerStart, maxLength: 24)
        // Two characters at least for what was done (回乡, 睡下), at most ten.
        guard clause >= lower, closerStart - clause >= 2 else { return nil }
        c.segment(max(clause, closerStart - 12)..<min(c.s.count, end + 2))
        guard c.isWordBoundary(closerStart), c.isWordBoundary(end) else { return nil }
        var i = closerStart - 2
        while i > clause, closerStart - i <= 10 {
            // A bare given name is no evidence here, a verb may open such a line (深吸一口後道); a relation is (母亲).
            if c.isWordBoundary(i), let subject = c.parseChineseStrict(clause, i), subject.form != .zero,
               subject.form != .bare || c.isRelationAlone(subject.range) {
                return i
            }
            i -= 1
        }
        let back = c.skipSpaceBack(clause, lower)
        guard back > lower, closerStart - clause <= 10 else { return nil }
        return CharacterClass.isClauseComma(c.s[back - 1].value) ? clause : nil
    }

    /// Where such an adverb with 的 that starts at `p` ends, the cue after it: `nil` when there is none.
    fileprivate func adverbWithDe(at p: Int, _ upper: Int) -> Int? {
        let c = context
        guard let length = c.modifiers.longestMatch(in: c.s, startingAt: p, limit: upper), length >= 2, p + length + 1 < upper,
              c.attributiveParticles.contains(c.s[p + length]), c.cues.longestMatch(in: c.s, startingAt: p + length + 1, limit: upper) != nil else { return nil }
        return p + length + 1
    }
}
