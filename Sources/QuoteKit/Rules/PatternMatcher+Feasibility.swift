/// A quick yes/no pass over the slots of a pattern that have no side effects, to skip work that cannot succeed.
///
/// The full matcher (``PatternMatcher/match(_:_:explain:)``) builds captures and backtracks through
/// closures; most rules fail at their first slot (no colon before the quote, no cue after it), and
/// after a quote the speaker slot would parse up to sixteen regions only to find no cue behind them.
/// These functions answer "can these slots match from here?" with plain trie look-ups and no
/// allocation. Slots with side effects (a `speaker` phrase, which may run the word breaker; `modifiers`
/// before a quote, which may too) are not evaluated: reaching one answers "maybe" (`true`), so a
/// `false` is always a proof that the full matcher would fail, and skipping it changes no result.
extension PatternMatcher {
    /// Whether `slots[k..<end]` may match forwards from `pos0` (exact while the slots are side-effect free).
    func mayMatchForward(_ slots: [Slot], _ k: Int, _ end: Int, _ pos0: Int, _ frame: Frame) -> Bool {
        if k == end { return true }
        let slot = slots[k]
        let c = context
        let upper = frame.upper
        let pos = c.skipSpaceForward(pos0, upper)
        var found = false
        switch slot.kind {
        case .quote:
            break
        case .punct:
            found = pos < upper && slot.accepts(c.s[pos]) && mayMatchForward(slots, k + 1, end, pos + 1, frame)
        case .cue, .words:
            guard pos < upper, slot.firstScalars.mayContain(c.s[pos].value) else { break }
            found = slot.lexicon.anyMatch(in: c.s, startingAt: pos, limit: upper) { length in
                let e = pos + length
                if c.language == .en, c.isLetter(pos - 1) || c.isLetter(e) { return false }
                return mayMatchForward(slots, k + 1, end, e, frame)
            }
        case .modifiers:
            found = mayMatchForward(slots, k + 1, end, pos, frame)
            if !found {
                for e in cachedModifierEndsAfter(pos, upper) where mayMatchForward(slots, k + 1, end, e, frame) {
                    found = true
                    break
                }
            }
        case .gap:
            var p = pos
            found = mayMatchForward(slots, k + 1, end, p, frame)
            let limit = min(upper, pos + (slot.max ?? 20))
            while !found, p < limit {
                if gapStops(slot, at: p) { break }
                p += 1
                found = mayMatchForward(slots, k + 1, end, p, frame)
            }
        case .speaker:
            // An empty subject is one candidate at `pos`; any other phrase is not evaluated here.
            guard slot.zeroOnly else { return true }
            found = mayMatchForward(slots, k + 1, end, pos, frame)
        }
        return found || (slot.optional && mayMatchForward(slots, k + 1, end, pos0, frame))
    }

    /// Whether `slots[k..<end]` (slots before the quote, nearest first) may match backwards from `pos0`.
    func mayMatchBackward(_ slots: [Slot], _ k: Int, _ end: Int, _ pos0: Int, _ frame: Frame) -> Bool {
        if k == end { return true }
        let slot = slots[k]
        let c = context
        let lower = frame.lower
        let pos = c.skipSpaceBack(pos0, lower)
        var found = false
        switch slot.kind {
        case .quote:
            break
        case .punct:
            found = pos > lower && slot.accepts(c.s[pos - 1]) && mayMatchBackward(slots, k + 1, end, pos - 1, frame)
        case .cue, .words:
            guard pos > lower, slot.lastScalars.mayContain(c.s[pos - 1].value) else { break }
            found = slot.lexicon.anyMatch(in: c.s, endingAt: pos, limit: lower) { length in
                let start = pos - length
                if c.language == .en, c.isLetter(start - 1) || c.isLetter(pos) { return false }
                return mayMatchBackward(slots, k + 1, end, start, frame)
            }
        case .gap:
            var p = pos
            let limit = max(lower, pos - (slot.max ?? 20))
            // A cue or words right before the gap must end where the gap starts: test its last character before recursing.
            let next = k + 1 < end ? slots[k + 1] : nil
            let lastOfNext = next.flatMap { ($0.kind == .cue || $0.kind == .words) && !$0.optional ? $0.lastScalars : nil }
            // A work opening the clause before the gap (书中…“…”) needs a title or a word referring back to one in the window.
            if let next, next.kind == .speaker, next.workOnly, next.anchor == .clauseStart, !next.optional,
               !(lower..<pos).contains(where: { c.opensWork(at: $0, limit: pos) }) {
                break
            }
            while !found, p > limit {
                p -= 1
                if gapStops(slot, at: p) { break }
                if let lastOfNext, p > lower, !c.isSpace(p - 1), !lastOfNext.mayContain(c.s[p - 1].value) { continue }
                found = mayMatchBackward(slots, k + 1, end, p, frame)
            }
        case .modifiers, .speaker:
            // Not evaluated (they may segment words): maybe.
            return true
        }
        return found || (slot.optional && mayMatchBackward(slots, k + 1, end, pos0, frame))
    }

    /// Whether the pattern may match around the quote: its first slots, up to the first one with side effects.
    func mayMatch(_ pattern: CompiledPattern, _ frame: Frame) -> Bool {
        guard !pattern.before.isEmpty else { return mayMatchForward(pattern.after, 0, pattern.after.count, frame.outerEnd, frame) }
        guard mayMatchBackward(pattern.before, 0, pattern.before.count, frame.open, frame) else { return false }
        // Slots on both sides: a tail with no speaker is tested too, before the speaker before the quote is parsed
        // (X主席“…”的要求: most quotes have no 的 right after them).
        return pattern.after.isEmpty || !pattern.pureTail[0] || mayMatchForward(pattern.after, 0, pattern.after.count, frame.outerEnd, frame)
    }

    /// Whether the pattern's literal slots (``CompiledPattern/literalsAfter`` and ``CompiledPattern/literalsBefore``)
    /// occur in order inside the window, wherever they are.
    ///
    /// Slots match consecutive, non-overlapping stretches of the window (after the quote in text order, before it
    /// backwards), so the literal ones must appear in that order whatever the slots between them match. Finding
    /// each at its earliest end (after the quote) or latest start (before it) is enough to decide that: when this
    /// answers `false` the full matcher cannot succeed. Costs one bit test per position of the window, and a trie probe
    /// where the character may start (or end) a word of the slot.
    func literalsMayMatch(_ pattern: CompiledPattern, _ frame: Frame) -> Bool {
        let s = context.s
        var pos = frame.outerEnd
        for slot in pattern.literalsAfter {
            // The earliest end of an occurrence starting at or after `pos`.
            var best = Int.max
            var p = pos
            let first = slot.firstScalars
            while let q = first.firstCandidate(in: s, from: p, to: Swift.min(frame.upper, best)) {
                switch slot.kind {
                case .punct:
                    if slot.accepts(s[q]) { best = q + 1 }
                default:
                    if let length = slot.lexicon.shortestMatch(in: s, startingAt: q, limit: frame.upper) { best = Swift.min(best, q + length) }
                }
                p = q + 1
            }
            guard best != Int.max else { return false }
            pos = best
        }
        var end = frame.open
        // The nearest literal ends after this, when only a gap stands between it and the quote.
        let nearestFloor = pattern.literalAfterGap ? Swift.max(frame.lower, earliestEndBeyondGap(pattern.before[0], frame) - 1) : frame.lower
        for (index, slot) in pattern.literalsBefore.enumerated() {
            // The latest start of an occurrence ending at or before `end`.
            var best = Int.min
            var e = end
            let last = slot.lastScalars
            let floor = index == 0 ? nearestFloor : frame.lower
            while let f = last.lastCandidateEnd(in: s, from: e, downTo: Swift.max(floor, best)) {
                switch slot.kind {
                case .punct:
                    if slot.accepts(s[f - 1]) { best = f - 1 }
                default:
                    if let length = slot.lexicon.shortestMatch(in: s, endingAt: f, limit: frame.lower) { best = Swift.max(best, f - length) }
                }
                e = f - 1
            }
            guard best != Int.min else { return false }
            end = best
        }
        return true
    }

    /// The earliest position where the slot beyond a gap before the quote may end: the gap holds no more than its `max`
    /// characters besides the spaces skipped at each end, so the scan for the literal goes back no further. Where the
    /// gap would stop earlier (a sentence end, a colon) is not looked for: walking the gap's reach for it, rule after
    /// rule, cost more than the few quotes the tighter bound ruled out.
    func earliestEndBeyondGap(_ gap: Slot, _ frame: Frame) -> Int {
        let c = context
        let pos = c.skipSpaceBack(frame.open, frame.lower)
        return c.skipSpaceBack(Swift.max(frame.lower, pos - (gap.max ?? 20)), frame.lower)
    }
}
