/// Matches one rule's pattern around one quote.
///
/// Slots before the `quote` slot are matched backwards from the opening
/// mark, slots after it forwards from the closing mark. Each slot yields a
/// few candidate positions (longest match first) and the matcher backtracks
/// over them; every candidate is a trie look-up or a parse of a region of a
/// few dozen scalars, all inside the quote's window.
///
/// Candidates are produced lazily (the first that lets the rest of the
/// pattern match wins, the others are never computed) and nothing builds a
/// `String` until the rule has fired: cues are kept as ranges. When a
/// `speaker` slot after the quote is followed by slots without side effects
/// (modifiers, a cue, punctuation), those are tried first at each candidate
/// end, and the speaker phrase is parsed only where they match: the same
/// candidate wins as in plain left-to-right order, at a fraction of the cost.
struct PatternMatcher {
    let context: AttributionContext

    /// The window a quote's patterns may look at.
    struct Frame {
        var open: Int
        var outerEnd: Int
        var lower: Int
        var upper: Int
        /// Where the next paragraph starts when the window reaches into it (a quote that ends its paragraph,
        /// followed by the narrative line that says who spoke: “…”⏎她又说。).
        var nextParagraph: Int? = nil
    }

    /// What a fired rule captured.
    struct Capture {
        var speaker: SpeakerPhrase?
        var cue: String?
        /// Where the cue stands in the text (the checks after a match read what surrounds it).
        var cueRange: Range<Int>? = nil
    }

    /// A speaker phrase captured while matching, held by reference: partial captures are copied at every
    /// step of the backtracking, and a reference costs one retain where a phrase's strings cost five.
    final class CapturedPhrase: Sendable {
        let phrase: SpeakerPhrase
        init(_ phrase: SpeakerPhrase) { self.phrase = phrase }
    }

    /// A capture while matching: the cue is a range, turned into text once the rule fired.
    struct Partial {
        var speaker: CapturedPhrase?
        var cue: Range<Int>?

        init(speaker: SpeakerPhrase? = nil, cue: Range<Int>? = nil) {
            self.speaker = speaker.map(CapturedPhrase.init)
            self.cue = cue
        }

        @inline(__always) func merged(_ other: Partial) -> Partial {
            var m = self
            if let sp = other.speaker { m.speaker = sp }
            if let cue = other.cue { m.cue = cue }
            return m
        }
    }

    typealias Slot = CompiledPattern.Slot

    /// Whether the rule may fire around the quote: its first slots and its literal slots may match (see
    /// PatternMatcher+Feasibility.swift). A `false` is certain, and is found without the backtracking machinery or
    /// building a result; ``match(_:_:explain:)`` without a trace is only asked when this says `true`.
    func mayFire(_ pattern: CompiledPattern, _ frame: Frame) -> Bool {
        // Both tests have no side effects: the cheaper one for this pattern goes first (CompiledPattern.literalsFirst).
        if pattern.literalsFirst { return literalsMayMatch(pattern, frame) && mayMatch(pattern, frame) }
        return mayMatch(pattern, frame) && literalsMayMatch(pattern, frame)
    }

    /// The result: a capture when the rule fired, otherwise why it failed. Without a trace (`explain: false`), ask only
    /// where ``mayFire(_:_:)`` says `true`: the rules it rejects are not looked at again here.
    func match(_ pattern: CompiledPattern, _ frame: Frame, explain: Bool = true) -> (Capture?, String) {
        let before = pattern.before
        let after = pattern.after
        var deepest = -1
        var failed: (slot: Slot, pos: Int, forward: Bool)? = nil
        let c = context

        func note(_ depth: Int, _ slot: Slot, _ pos: Int, forward: Bool) {
            guard explain, depth > deepest else { return }
            deepest = depth
            failed = (slot, pos, forward)
        }

        func forwardStep(_ k: Int, _ pos: Int, _ acc: Partial) -> Partial? {
            if k == after.count { return acc }
            let slot = after[k]
            note(before.count + k, slot, pos, forward: true)
            var done: Partial? = nil
            if slot.kind == .speaker, !slot.zeroOnly, c.language == .zh, !explain, pattern.pureTail[k + 1] {
                // Try the (side-effect free) rest first at each candidate end; parse the speaker only where it matches.
                speakerEndsForward(slot, pos, frame) { end, parse in
                    guard mayMatchForward(after, k + 1, after.count, end, frame), let phrase = parse(),
                          let rest = forwardStep(k + 1, end, acc) else { return false }
                    done = rest.merged(Partial(speaker: phrase, cue: nil))
                    return true
                }
            } else {
                candidatesForward(slot, pos, frame) { next, capture in
                    done = forwardStep(k + 1, next, acc.merged(capture))
                    return done != nil
                }
            }
            if done == nil, slot.optional { return forwardStep(k + 1, pos, acc) }
            return done
        }

        func backwardStep(_ k: Int, _ pos: Int, _ acc: Partial) -> Partial? {
            if k == before.count { return forwardStep(0, frame.outerEnd, acc) }
            let slot = before[k]
            note(k, slot, pos, forward: false)
            var done: Partial? = nil
            candidatesBackward(slot, pos, frame) { next, capture in
                done = backwardStep(k + 1, next, acc.merged(capture))
                return done != nil
            }
            if done == nil, slot.optional { return backwardStep(k + 1, pos, acc) }
            return done
        }

        // Without a trace, the caller has already asked ``mayFire(_:_:)``: most rules fail at their first slot.
        if let found = backwardStep(0, frame.open, Partial()) {
            return (Capture(speaker: found.speaker?.phrase, cue: found.cue.map { c.folded($0) }, cueRange: found.cue), "")
        }
        guard let (slot, pos, forward) = failed else { return (nil, "") }
        let around = forward ? c.folded(pos..<min(c.s.count, pos + 8)) : c.folded(max(0, pos - 8)..<pos)
        return (nil, "\(slot.source.summary) did not match \(forward ? "after" : "before") offset \(pos) (\(forward ? "…" : "")\(around)\(forward ? "" : "…"))")
    }

    // MARK: Backward candidates (the slot ends at `pos`)

    /// Calls `body` with each candidate start of `slot` ending at `pos0` (after skipping spaces), in order of preference,
    /// until it returns `true`.
    func candidatesBackward(_ slot: Slot, _ pos0: Int, _ frame: Frame, _ body: (Int, Partial) -> Bool) {
        let c = context
        let lower = frame.lower
        let pos = c.skipSpaceBack(pos0, lower)
        switch slot.kind {
        case .quote:
            return
        case .punct:
            guard pos > lower, slot.accepts(c.s[pos - 1]) else { return }
            _ = body(pos - 1, Partial())
        case .cue, .words:
            guard pos > lower, slot.lastScalars.mayContain(c.s[pos - 1].value) else { return }
            // Longest first: walk the trie's matches from the longest.
            let lengths = slot.lexicon.matches(in: c.s, endingAt: pos, limit: lower)
            for length in lengths.reversed() {
                let start = pos - length
                if c.language == .en, c.isLetter(start - 1) || c.isLetter(pos) { continue }
                if slot.kind == .cue, startsLongerTitle(start, length: length, upper: frame.upper)
                    || runsIntoWord(start, length: length, upper: frame.upper) || endsLookalike(start, length: length) || splitsModifier(start, length: length) { continue }
                // Words that end a longer noun for people are not words of their own (人们 of 工人们).
                if slot.kind == .words, c.language == .zh, let noun = c.personNoun(endingAt: pos, from: lower), noun > length { continue }
                if body(start, Partial(speaker: nil, cue: slot.kind == .cue ? start..<pos : nil)) { return }
            }
        case .modifiers:
            for start in cachedModifierStartsBackward(pos, lower) where body(start, Partial()) { return }
        case .gap:
            var p = pos
            let limit = max(lower, pos - (slot.max ?? 20))
            while p > limit {
                p -= 1
                if gapStops(slot, at: p) { break }
                if body(p, Partial()) { return }
            }
        case .speaker:
            if c.language == .en {
                // A name ends at a word's end, never inside a word (a gap before the speaker tries every position).
                if pos == pos0, pos < c.s.count, c.isLetter(pos), c.isLetter(pos - 1) { return }
                if let allow = slot.allow, allow.contains(.zero), pos == lower || c.isClauseBoundary(c.s[pos - 1].value) {
                    _ = body(pos, Partial(speaker: SpeakerPhrase(form: .zero, range: pos..<pos, mention: "", name: ""), cue: nil))
                    return
                }
                guard let phrase = c.parseEnglishBackward(pos, lower), slot.allows(phrase.form) else { return }
                // Anchored: the subject that opens its sentence (Sir Ada Lane, her former adviser, took…), not a name inside it.
                if slot.anchor != .anywhere {
                    var subjectStart = phrase.range.lowerBound
                    // Titles the phrase leaves out (Sir, Mr.: wordBackward keeps a title's period) still belong to the subject.
                    while let word = c.wordBackward(c.skipSpaceBack(subjectStart, 0), 0), c.titles.contains(c.string(word)) {
                        subjectStart = word.lowerBound
                    }
                    // A sentence may open with a connective before its subject (But Sir Ada Lane…).
                    if let word = c.wordBackward(c.skipSpaceBack(subjectStart, 0), 0), c.connectives.contains(c.string(word).lowercased()) {
                        subjectStart = word.lowerBound
                    }
                    guard c.opensSentenceOrParagraph(subjectStart) || c.opensWithDescription(before: subjectStart) else { return }
                }
                _ = body(phrase.range.lowerBound, Partial(speaker: phrase, cue: nil))
                return
            }
            // A gloss in brackets between the name and the cue (卡洛斯（Carlos Lima）強調) is no part of the phrase.
            let pos = c.glossStart(endingAt: pos, lower: lower) ?? pos
            var start = clauseStart(pos, lower, max: slot.anchor == .clauseStart ? 200 : (slot.max ?? 40))
            guard start >= 0 else { return }
            // After an opener inside the clause (但愿像 X 所指出的那样), the speaker starts where the opener ends.
            if let openers = slot.openers {
                var j = start + 1
                while j < pos, openers.longestMatch(in: c.s, endingAt: j, limit: start) == nil { j += 1 }
                if j < pos { start = j }
            }
            if slot.anchor == .sentenceStart {
                // Only a whole sentence or line may be the speaker (张明：“…”, also after a quoted sentence: …。”周明：“…”),
                // not the object of a verb (交给张明：).
                guard c.opensSentenceOrLine(start) || c.followsQuotedSentence(start) else { return }
            }
            // Nor is the caption's name the predicate of the words before it (攤販 王立新：is no 攤販 doing 王立新).
            if slot.anchor == .clauseStart, slot.beforeGap, let end = c.captionEnd(after: pos), c.captionName(start, end) != nil {
                return
            }
            if slot.anchor == .wordStart {
                nearestPhrase(slot, from: start, to: pos, body)
                return
            }
            // A slot that takes only a work skips regions with no 《title》, work noun or word referring back to a work
            // where the parse would look for one (the parse is pure, the test cheap).
            if slot.workOnly, !(slot.anchor == .clauseStart ? c.mayOpenWithWork(start, pos) : c.mayBeChineseWork(start, pos)) { return }
            // A speaker never ends with a cue (…时强调：is the cue of a rule that names its speaker before it).
            if pos > start, let n = c.cues.longestMatch(in: c.s, endingAt: pos, limit: start), n >= 2 { return }
            let parsed = slot.anchor == .clauseStart ? c.parseChineseLeading(start, pos) : c.parseChineseStrict(start, pos)
            // A caption names its speaker last, after the words that place them, set off by spaces, and a colon (攤販 王立新：,
            // 农会 推广员 李秋芳：): where the whole does not read as a name, the name after the last space is the phrase.
            if parsed?.form != .name, slot.anchor == .sentenceStart || slot.anchor == .clauseStart, let name = c.captionName(start, pos),
               slot.allows(name.form) {
                _ = body(start, Partial(speaker: name, cue: nil))
                return
            }
            guard let parsed, slot.allows(parsed.form) else { return }
            // Organisations that speak together (省委、省政府提出) open the subject before the clause the parse read.
            let phrase = c.joiningOrganisations(before: parsed, limit: lower)
            start = min(start, phrase.range.lowerBound)
            if slot.beforeGap, pos < c.s.count, c.isCJK(pos), c.isCJK(pos - 1) {
                // A gap tries every end: the phrase must not end inside a word (时强 of 时强调). Asked only of a phrase
                // that parsed, so the word breaker runs on few of the ends.
                c.segment(max(start, pos - 8)..<min(c.s.count, pos + 8))
                guard c.isWordBoundary(pos) else { return }
                // Nor does it stop short of a colon a few characters on when the parse takes them into a name (局长张立新：,
                // not 张立 and a predicate 新; 局长李秋莲：, not 局长 and 李秋莲): a predicate of one to three characters
                // before a colon is rarer than a name there, and the common ones (笑, 叹) are no part of names.
                if let colon = colonAfterShortRun(at: pos),
                   let whole = slot.anchor == .clauseStart ? c.parseChineseLeading(start, colon) : c.parseChineseStrict(start, colon),
                   whole.form == .name, whole.range.upperBound == colon { return }
            }
            if phrase.form == .bare {
                // A bare given name opens its sentence or line (青山说：), or follows a frame of time or place (半路上，秀云说：);
                // after another comma the clause has no subject of its own and a common word stands there (…，保证说：,
                // …，气喘吁吁地喊道：), which the continuation rules read. A relation alone may stand there (…，妈妈轻声说：).
                let nameStart = phrase.range.lowerBound
                guard c.opensSentenceOrLine(nameStart) || c.followsQuotedSentence(nameStart) || c.followsFrameClause(nameStart)
                        || c.isRelationAlone(phrase.range)
                        || !c.isClauseBoundary(c.s[c.skipSpaceBack(nameStart, 0) - 1].value) else { return }
            }
            _ = body(start, Partial(speaker: phrase, cue: nil))
        }
    }

    /// For a `speaker` slot `at: word-start`: the longest phrase of the slot's forms that ends with a title or honorific
    /// at `pos` and opens at a word the breaker ends before it, within 16 scalars (落实|王立新主席“…”的要求: the person
    /// the words belong to, not the clause around it nor a bare word inside it).
    func nearestPhrase(_ slot: Slot, from start: Int, to pos: Int, _ body: (Int, Partial) -> Bool) {
        let c = context
        let first = max(start, pos - (slot.max ?? 16))
        // Most ends a gap before the slot tries have no title there: found out before any parse.
        guard pos - first >= 2, c.titles.longestMatch(in: c.s, endingAt: pos, limit: first) != nil
                || c.honorifics.longestMatch(in: c.s, endingAt: pos, limit: first) != nil else { return }
        c.segment(max(0, first - 1)..<min(c.s.count, pos + 1))
        for k in first...(pos - 2) where k == start || c.isWordBoundary(k) {
            guard let phrase = c.parseChineseStrict(k, pos), phrase.form != .zero, slot.allows(phrase.form), phrase.title != nil else { continue }
            _ = body(k, Partial(speaker: phrase, cue: nil))
            return
        }
    }

    /// Where the colon is that follows one to three ideographs from `i` (张明急：, the 新 of 张立新：), past spaces; `nil`
    /// when no colon follows so.
    func colonAfterShortRun(at i: Int) -> Int? {
        let c = context
        var end = i
        while end < c.s.count, end - i < 3, c.isCJK(end) { end += 1 }
        guard end > i else { return nil }
        let next = c.skipSpaceForward(end, c.s.count)
        return next < c.s.count && CharacterClass.isColon(c.s[next].value) ? end : nil
    }

    /// Whether a gap stops before crossing `p`: at a sentence end or a colon, and at any clause boundary for a gap
    /// `at: clause`. The matcher and its feasibility test stop at the same places.
    @inline(__always) func gapStops(_ slot: Slot, at p: Int) -> Bool {
        context.stopsGap(p) || slot.anchor == .clause && context.isClauseBoundary(context.s[p].value)
    }

    /// Whether the cue of `length` characters at `start` is the first part of a longer title or person noun (the 教
    /// of 张明教授说：). Only Chinese runs words together so that a cue may begin another word.
    func startsLongerTitle(_ start: Int, length: Int, upper: Int) -> Bool {
        let c = context
        guard c.language != .en else { return false }
        let limit = min(upper, start + 8)
        return (c.titles.longestMatch(in: c.s, startingAt: start, limit: limit) ?? 0) > length
            || (c.personNouns.longestMatch(in: c.s, startingAt: start, limit: limit) ?? 0) > length
    }

    /// Whether the cue of `length` characters at `start` ends a longer word that reports no one's words (the 说 of
    /// 对他来说, 小说). Only Chinese runs words together so.
    func endsLookalike(_ start: Int, length: Int) -> Bool {
        let c = context
        guard c.language != .en, start > 0,
              let lookalike = c.cueLookalikes.longestMatch(in: c.s, endingAt: start + length, limit: max(0, start - 4)), lookalike > length else { return false }
        // Not where the lookalike's first part ends a title before the cue (吴同学|说, not 学说).
        let title = c.titles.longestMatch(in: c.s, endingAt: start, limit: max(0, start - 4))
            ?? c.honorifics.longestMatch(in: c.s, endingAt: start, limit: max(0, start - 4)) ?? 0
        return start - title > start + length - lookalike
    }

    /// Whether the cue of `length` characters at `start` begins inside a modifier that ends within it (the 常说 of
    /// 经常说, the 直说 of 一直说): the cue is then the shorter word after the modifier. Asked of a cue read backwards
    /// from a quote, with a subject before it; a gap before a cue read forwards (这是X在…时常说的) takes what stands there.
    func splitsModifier(_ start: Int, length: Int) -> Bool {
        let c = context
        guard c.language != .en, length >= 2, start > 0 else { return false }
        for end in start + 1..<start + length {
            if let modifier = c.modifiers.longestMatch(in: c.s, endingAt: end, limit: max(0, start - 4)), modifier > end - start { return true }
        }
        return false
    }

    /// Whether a cue of one character is the first half of another word (问 of 问题, 讲 of 讲究): the word breaker,
    /// asked only where an ideograph follows the cue, finds no boundary after it.
    /// So is one of `punctuatedCues` (云 of 秀云作供称) with no punctuation or quotation mark after it.
    func runsIntoWord(_ start: Int, length: Int, upper: Int) -> Bool {
        let c = context
        let end = start + length
        guard c.language != .en, length == 1, end < upper, c.isCJK(end) else { return false }
        if c.punctuatedCues.contains(c.s[start]) { return true }
        // A relative clause's cue before its particle and a quote (张明讲的“…”): the breaker may join 讲的 as one word.
        if end + 1 < upper, c.attributiveParticles.contains(c.s[end]), CharacterClass.isQuotationMark(c.s[end + 1].value) { return false }
        return !c.endsWord(at: end)
    }

    /// The start of the clause that ends at `pos`, jumping over 《titles》; -1 when longer than `max`.
    func clauseStart(_ pos: Int, _ lower: Int, max: Int) -> Int {
        let c = context
        var i = pos
        while i > lower {
            let v = c.s[i - 1].value
            if v == 0x300B || v == 0x3009, let o = c.openOf(closeAt: i - 1), o >= lower { i = o; continue }
            if c.isClauseBoundary(v) { break }
            i -= 1
            if pos - i > max { return -1 }
        }
        return i
    }

    // MARK: Forward candidates (the slot starts at `pos`)

    /// Calls `body` with each candidate end of `slot` starting at `pos0` (after skipping spaces), in order of preference,
    /// until it returns `true`.
    func candidatesForward(_ slot: Slot, _ pos0: Int, _ frame: Frame, _ body: (Int, Partial) -> Bool) {
        let c = context
        let upper = frame.upper
        let pos = c.skipSpaceForward(pos0, upper)
        switch slot.kind {
        case .quote:
            return
        case .punct:
            guard pos < upper, slot.accepts(c.s[pos]) else { return }
            _ = body(pos + 1, Partial())
        case .cue, .words:
            guard pos < upper, slot.firstScalars.mayContain(c.s[pos].value) else { return }
            let lengths = slot.lexicon.matches(in: c.s, startingAt: pos, limit: upper)
            for length in lengths.reversed() {
                let end = pos + length
                if c.language == .en, c.isLetter(pos - 1) || c.isLetter(end) { continue }
                if slot.kind == .cue, startsLongerTitle(pos, length: length, upper: upper)
                    || runsIntoWord(pos, length: length, upper: upper) || endsLookalike(pos, length: length) { continue }
                if body(end, Partial(speaker: nil, cue: slot.kind == .cue ? pos..<end : nil)) { return }
            }
        case .modifiers:
            if body(pos, Partial()) { return }
            for end in cachedModifierEndsAfter(pos, upper) where body(end, Partial()) { return }
        case .gap:
            if body(pos, Partial()) { return }
            var p = pos
            let limit = min(upper, pos + (slot.max ?? 20))
            while p < limit {
                if gapStops(slot, at: p) { break }
                p += 1
                if body(p, Partial()) { return }
            }
        case .speaker:
            if slot.zeroOnly {
                _ = body(pos, Partial(speaker: SpeakerPhrase(form: .zero, range: pos..<pos, mention: "", name: ""), cue: nil))
                return
            }
            if c.language == .en {
                guard let phrase = c.parseEnglishForward(pos, upper) ?? c.definiteDescriptionForward(pos, upper),
                      slot.allows(phrase.form) else { return }
                _ = body(phrase.range.upperBound, Partial(speaker: phrase, cue: nil))
                return
            }
            speakerEndsForward(slot, pos0, frame) { end, parse in
                guard let phrase = parse() else { return false }
                return body(end, Partial(speaker: phrase, cue: nil))
            }
        }
    }

    /// For a Chinese `speaker` slot starting at `pos0` (after skipping spaces): calls `body` with each candidate end,
    /// longest first, and a function that parses the phrase up to that end (`nil` when it is no acceptable speaker),
    /// until `body` returns `true`. The caller decides whether to parse before or after matching what follows.
    func speakerEndsForward(_ slot: Slot, _ pos0: Int, _ frame: Frame, _ body: (Int, () -> SpeakerPhrase?) -> Bool) {
        let c = context
        let upper = frame.upper
        let pos = c.skipSpaceForward(pos0, upper)
        // Anchored after a gap: the subject opens its clause (“…”⏎近日，X…说。), not a word inside one.
        if slot.anchor == .clauseStart, slot.afterGap {
            let before = c.skipSpaceBack(pos, frame.lower)
            guard before > frame.lower, c.isClauseBoundary(c.s[before - 1].value) else { return }
        }
        var end = pos
        let limit = min(upper, pos + (slot.max ?? 16))
        while end < limit, !c.isClauseBoundary(c.s[end].value) { end += 1 }
        // A person's roles in a series (青山科学院院士、东海大学教授周明): the name after the last one is the speaker, as
        // when the series is read backwards before a cue.
        if end < limit, CharacterClass.isEnumerationComma(c.s[end].value), c.parseChineseStrict(pos, end)?.form == .role {
            var next = end + 1
            let seriesLimit = min(upper, pos + 32)
            while next < seriesLimit, !c.isClauseBoundary(c.s[next].value) { next += 1 }
            if next > end + 1 { end = next }
        }
        // A clause that is a frame (在…仪式上，) opens with no subject: the subject is in the clause after it.
        if slot.anchor == .clauseStart, slot.afterGap, end < limit, c.frameClosers.longestMatch(in: c.s, endingAt: end, limit: pos) != nil,
           c.opensWithFrame(pos, end) {
            return
        }
        c.segment(max(frame.lower, pos - 1)..<min(c.s.count, end + 2))
        var e = end
        while e >= pos + 1 {
            let stop = body(e) {
                guard let phrase = c.parseChineseStrict(pos, e), phrase.form != .zero, slot.allows(phrase.form) else { return nil }
                // A clause may open with any word: one that opens with a surname's character (高龄83岁的…) is no name there.
                if slot.anchor == .clauseStart, phrase.form == .name, e - pos == 2, c.isIdleSurnameWord(pos, e) { return nil }
                // A name cut by the slot's length (…的棋友陈秀|英说) is no name: the clause runs on in the same word.
                if e == limit, limit < upper, phrase.form == .name, c.isCJK(e), !c.actsAt(e),
                   c.parseChineseStrict(pos, e + 1)?.form == .name {
                    return nil
                }
                // Before a gap only the text says where the phrase ends: it must end a word; and a subject that opens its
                // clause does not end before 的, which makes it whose the subject is (卫生局的干事: the officer speaks),
                // unless a name owns a thing there (李明轩的发现: what was found is his); a name of two characters only
                // where the text writes it again (苏州的 is a place).
                if slot.beforeGap, e < c.s.count, c.isCJK(e), c.isCJK(e - 1) {
                    if slot.anchor == .clauseStart, c.attributiveParticles.contains(c.s[e]) {
                        guard phrase.form == .name, e - pos >= 3 || c.timesWritten(pos..<e) >= 2, !c.placeSuffixes.contains(c.s[e - 1]),
                              !c.startsWordForPeople(at: e + 1, limit: min(c.s.count, e + 6)),
                              c.titles.longestMatch(in: c.s, startingAt: e + 1, limit: min(c.s.count, e + 6)) == nil else { return nil }
                    } else if !c.isWordBoundary(e) {
                        return nil
                    }
                }
                return phrase
            }
            if stop { return }
            e -= 1
        }
    }
}
