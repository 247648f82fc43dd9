/// Matches one rule's pattern around one quote.
///
/// Slots before the `quote` slot are matched backwards from the opening
/// mark, slots after it forwards from the closing mark. Each slot yields a
/// few candidate positions (longest match first) and the matcher backtracks
/// over them; every candidate is a trie look-up or a parse of a region of a
/// few dozen scalars, all inside the quote's window.
struct PatternMatcher {
    let context: AttributionContext

    /// The window a quote's patterns may look at.
    struct Frame {
        var open: Int
        var outerEnd: Int
        var lower: Int
        var upper: Int
    }

    struct Capture {
        var speaker: SpeakerPhrase?
        var cue: String?
    }

    /// The result: a capture when the rule fired, otherwise why it failed.
    func match(_ pattern: [RulePack.Slot], _ frame: Frame, explain: Bool = true) -> (Capture?, String) {
        guard let qi = pattern.firstIndex(where: { $0.kind == .quote }) else { return (nil, "no quote slot") }
        let before = Array(pattern[..<qi].reversed())
        let after = Array(pattern[(qi + 1)...])
        var deepest = -1
        var failed: (slot: RulePack.Slot, pos: Int, forward: Bool)? = nil
        let c = context

        func note(_ depth: Int, _ slot: RulePack.Slot, _ pos: Int, forward: Bool) {
            guard explain, depth > deepest else { return }
            deepest = depth
            failed = (slot, pos, forward)
        }

        func forwardStep(_ k: Int, _ pos: Int, _ acc: Capture) -> Capture? {
            if k == after.count { return acc }
            let slot = after[k]
            note(before.count + k, slot, pos, forward: true)
            for (next, capture) in candidatesForward(slot, pos, frame) {
                var merged = acc
                if let sp = capture.speaker { merged.speaker = sp }
                if let cue = capture.cue { merged.cue = cue }
                if let done = forwardStep(k + 1, next, merged) { return done }
            }
            if slot.optional { return forwardStep(k + 1, pos, acc) }
            return nil
        }

        func backwardStep(_ k: Int, _ pos: Int, _ acc: Capture) -> Capture? {
            if k == before.count { return forwardStep(0, frame.outerEnd, acc) }
            let slot = before[k]
            note(k, slot, pos, forward: false)
            for (next, capture) in candidatesBackward(slot, pos, frame) {
                var merged = acc
                if let sp = capture.speaker { merged.speaker = sp }
                if let cue = capture.cue { merged.cue = cue }
                if let done = backwardStep(k + 1, next, merged) { return done }
            }
            if slot.optional { return backwardStep(k + 1, pos, acc) }
            return nil
        }

        if let capture = backwardStep(0, frame.open, Capture()) { return (capture, "") }
        guard let (slot, pos, forward) = failed else { return (nil, "") }
        let around = forward ? c.folded(pos..<min(c.s.count, pos + 8)) : c.folded(max(0, pos - 8)..<pos)
        return (nil, "\(slot.summary) did not match \(forward ? "after" : "before") offset \(pos) (\(forward ? "…" : "")\(around)\(forward ? "" : "…"))")
    }

    // MARK: Lexicons of a slot

    func lexicon(for slot: RulePack.Slot) -> Lexicon {
        if let words = slot.words, !words.isEmpty {
            if let cached = context.slotLexicons[words] { return cached }
            let lex = Lexicon(words, caseInsensitive: context.language == .en)
            context.slotLexicons[words] = lex
            return lex
        }
        return context.pack[slot.lexicon ?? (slot.kind == .cue ? "cues" : "")]
    }

    func allowed(_ slot: RulePack.Slot, _ phrase: SpeakerPhrase) -> Bool {
        let allow = slot.allow ?? [.name, .pronoun, .role, .organisation]
        return allow.contains(phrase.form)
    }

    // MARK: Backward candidates (the slot ends at `pos`)

    func candidatesBackward(_ slot: RulePack.Slot, _ pos0: Int, _ frame: Frame) -> [(Int, Capture)] {
        let c = context
        let lower = frame.lower
        let pos = c.skipSpaceBack(pos0, lower)
        switch slot.kind {
        case .quote:
            return []
        case .punct:
            guard pos > lower, let set = slot.words, set.contains(String(c.s[pos - 1])) else { return [] }
            return [(pos - 1, Capture())]
        case .cue, .words:
            let lex = lexicon(for: slot)
            var result: [(Int, Capture)] = []
            for length in lex.matches(in: c.s, endingAt: pos, limit: lower).reversed() {
                let start = pos - length
                if c.language == .en, c.isLetter(start - 1) || c.isLetter(pos) { continue }
                result.append((start, Capture(speaker: nil, cue: slot.kind == .cue ? c.folded(start..<pos) : nil)))
            }
            return result
        case .modifiers:
            return modifierStartsBackward(pos, lower).map { ($0, Capture()) }
        case .gap:
            var result: [(Int, Capture)] = []
            var p = pos
            let limit = max(lower, pos - (slot.max ?? 20))
            while p > limit {
                p -= 1
                if c.isSentenceEnd(p) { break }
                result.append((p, Capture()))
            }
            return result
        case .speaker:
            if c.language == .en {
                if let allow = slot.allow, allow.contains(.zero), pos == lower || c.isClauseBoundary(c.s[pos - 1].value) {
                    return [(pos, Capture(speaker: SpeakerPhrase(form: .zero, range: pos..<pos, mention: "", name: ""), cue: nil))]
                }
                guard let phrase = c.parseEnglishBackward(pos, lower), allowed(slot, phrase) else { return [] }
                return [(phrase.range.lowerBound, Capture(speaker: phrase, cue: nil))]
            }
            let start = clauseStart(pos, lower, max: slot.at == "clause-start" ? 200 : (slot.max ?? 40))
            guard start >= 0 else { return [] }
            if slot.at == "sentence-start" {
                // Only a whole sentence or line may be the speaker (张明：“…”), not the object of a verb (交给张明：).
                let before = c.skipSpaceBack(start, 0)
                let atLineStart = before < start && c.s[before..<start].contains { $0.value == 0x0A || $0.value == 0x0D }
                guard before == 0 || atLineStart || c.isSentenceEnd(before - 1) || c.s[before - 1].value == 0x0A else { return [] }
            }
            let phrase = slot.at == "clause-start" ? c.parseChineseLeading(start, pos) : c.parseChineseStrict(start, pos)
            guard let phrase, allowed(slot, phrase) else { return [] }
            return [(start, Capture(speaker: phrase, cue: nil))]
        }
    }

    /// The start of the clause that ends at `pos`, jumping over 《titles》; -1 when longer than `max`.
    func clauseStart(_ pos: Int, _ lower: Int, max: Int) -> Int {
        let c = context
        var i = pos
        while i > lower {
            let v = c.s[i - 1].value
            if v == 0x300B || v == 0x3009, let o = c.closeToOpen[i - 1], o >= lower { i = o; continue }
            if c.isClauseBoundary(v) { break }
            i -= 1
            if pos - i > max { return -1 }
        }
        return i
    }

    /// Where optional modifiers before a cue may start: adverbs (曾, 还, coldly), 在…时 frames,
    /// 对记者 prepositional phrases and …地 adverbials; the position itself first is not implied:
    /// candidates are sorted by position, longest skip first.
    func modifierStartsBackward(_ pos: Int, _ lower: Int) -> [Int] {
        let c = context
        var result = [pos]
        var frontier = [pos]
        var steps = 0
        let prepositions = c.pack["prepositions"]
        while !frontier.isEmpty, steps < 4 {
            var next: [Int] = []
            for p0 in frontier {
                let p = c.skipSpaceBack(p0, lower)
                for length in c.modifiers.matches(in: c.s, endingAt: p, limit: lower) {
                    if c.language == .en, c.isLetter(p - length - 1) { continue }
                    next.append(p - length)
                }
                if c.language == .en {
                    if let w = c.wordBackward(p, lower), w.count > 3 {
                        let word = c.string(w).lowercased()
                        if word.hasSuffix("ly"), !c.isCapitalised(w) { next.append(w.lowerBound) }
                    }
                    continue
                }
                // 在…时 / 在《…》中
                for length in c.frameClosers.matches(in: c.s, endingAt: p, limit: lower) {
                    var i = p - length
                    var k = 0
                    while i > lower, k < 48 {
                        let v = c.s[i - 1].value
                        if v == 0x300B || v == 0x3009, let o = c.closeToOpen[i - 1], o >= lower { i = o; k += 1; continue }
                        if c.isClauseBoundary(v) { break }
                        // Every opener is a candidate (在接受采访时: both 接受 and 在).
                        for o in c.frameOpeners.matches(in: c.s, endingAt: i, limit: lower) { next.append(i - o) }
                        i -= 1
                        k += 1
                    }
                }
                // 对记者, 向与会者 (a preposition and a short object)
                var i = p - 1
                while i > lower, p - i <= 10 {
                    if c.isClauseBoundary(c.s[i].value) { break }
                    if prepositions.longestMatch(in: c.s, endingAt: i + 1, limit: i) != nil, i < p - 1 { next.append(i) }
                    i -= 1
                }
                // …地 adverbials: one or two words before 地.
                if p - 1 > lower, c.s[p - 1].value == 0x5730 {
                    c.segment(max(lower, p - 12)..<p)
                    // The word before 地 (自豪地, 有感而發地); a second word only when the first is one character.
                    var j = p - 2
                    while j >= lower, p - 1 - j <= 6 {
                        if c.isClauseBoundary(c.s[j].value) { break }
                        if c.isWordBoundary(j) {
                            next.append(j)
                            if p - 1 - j > 1 { break }
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
        return result.sorted()
    }

    // MARK: Forward candidates (the slot starts at `pos`)

    func candidatesForward(_ slot: RulePack.Slot, _ pos0: Int, _ frame: Frame) -> [(Int, Capture)] {
        let c = context
        let upper = frame.upper
        let pos = c.skipSpaceForward(pos0, upper)
        switch slot.kind {
        case .quote:
            return []
        case .punct:
            guard pos < upper, let set = slot.words, set.contains(String(c.s[pos])) else { return [] }
            return [(pos + 1, Capture())]
        case .cue, .words:
            let lex = lexicon(for: slot)
            var result: [(Int, Capture)] = []
            for length in lex.matches(in: c.s, startingAt: pos, limit: upper).reversed() {
                let end = pos + length
                if c.language == .en, c.isLetter(pos - 1) || c.isLetter(end) { continue }
                result.append((end, Capture(speaker: nil, cue: slot.kind == .cue ? c.folded(pos..<end) : nil)))
            }
            return result
        case .modifiers:
            return modifierEndsForward(pos, upper).map { ($0, Capture()) }
        case .gap:
            var result: [(Int, Capture)] = [(pos, Capture())]
            var p = pos
            let limit = min(upper, pos + (slot.max ?? 20))
            while p < limit {
                if c.isSentenceEnd(p) { break }
                p += 1
                result.append((p, Capture()))
            }
            return result
        case .speaker:
            if let allow = slot.allow, allow.contains(.zero) {
                let zero = SpeakerPhrase(form: .zero, range: pos..<pos, mention: "", name: "")
                if allow == [.zero] { return [(pos, Capture(speaker: zero, cue: nil))] }
            }
            if c.language == .en {
                guard let phrase = c.parseEnglishForward(pos, upper), allowed(slot, phrase) else { return [] }
                return [(phrase.range.upperBound, Capture(speaker: phrase, cue: nil))]
            }
            var result: [(Int, Capture)] = []
            var end = pos
            let limit = min(upper, pos + (slot.max ?? 16))
            while end < limit, !c.isClauseBoundary(c.s[end].value) { end += 1 }
            c.segment(max(frame.lower, pos - 1)..<min(c.s.count, end + 2))
            var e = end
            while e >= pos + 1 {
                if let phrase = c.parseChineseStrict(pos, e), phrase.form != .zero, allowed(slot, phrase) {
                    result.append((e, Capture(speaker: phrase, cue: nil)))
                }
                e -= 1
            }
            return result
        }
    }

    /// Where optional modifiers after a speaker may end: the position itself first, then adverbs, 在…上 frames, …地.
    func modifierEndsForward(_ pos: Int, _ upper: Int) -> [Int] {
        let c = context
        var result = [pos]
        var frontier = [pos]
        var steps = 0
        while !frontier.isEmpty, steps < 3 {
            var next: [Int] = []
            for p0 in frontier {
                let p = c.skipSpaceForward(p0, upper)
                for length in c.modifiers.matches(in: c.s, startingAt: p, limit: upper) {
                    if c.language == .en, c.isLetter(p + length) { continue }
                    next.append(p + length)
                }
                if c.language == .en {
                    if let w = c.wordForward(p, upper), w.count > 3, c.string(w).lowercased().hasSuffix("ly") { next.append(w.upperBound) }
                    continue
                }
                if c.frameOpeners.longestMatch(in: c.s, startingAt: p, limit: upper) != nil {
                    var i = p + 1
                    while i < upper, i - p < 40, !c.isClauseBoundary(c.s[i].value) {
                        if let l = c.frameClosers.longestMatch(in: c.s, startingAt: i, limit: upper) { next.append(i + l) }
                        i += 1
                    }
                }
                var j = p
                while j < upper, j - p < 6, !c.isClauseBoundary(c.s[j].value) {
                    if c.s[j].value == 0x5730, j > p { next.append(j + 1) } // …地
                    j += 1
                }
            }
            let fresh = next.filter { !result.contains($0) && $0 <= upper }
            result.append(contentsOf: fresh)
            frontier = fresh
            steps += 1
        }
        return result
    }
}
