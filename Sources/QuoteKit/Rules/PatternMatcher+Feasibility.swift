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
            for length in slot.lexicon.matches(in: c.s, startingAt: pos, limit: upper) {
                let e = pos + length
                if c.language == .en, c.isLetter(pos - 1) || c.isLetter(e) { continue }
                if mayMatchForward(slots, k + 1, end, e, frame) { found = true; break }
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
                if c.isSentenceEnd(p) { break }
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
            for length in slot.lexicon.matches(in: c.s, endingAt: pos, limit: lower) {
                let start = pos - length
                if c.language == .en, c.isLetter(start - 1) || c.isLetter(pos) { continue }
                if mayMatchBackward(slots, k + 1, end, start, frame) { found = true; break }
            }
        case .gap:
            var p = pos
            let limit = max(lower, pos - (slot.max ?? 20))
            while !found, p > limit {
                p -= 1
                if c.isSentenceEnd(p) { break }
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
        if !pattern.before.isEmpty { return mayMatchBackward(pattern.before, 0, pattern.before.count, frame.open, frame) }
        return mayMatchForward(pattern.after, 0, pattern.after.count, frame.outerEnd, frame)
    }
}
