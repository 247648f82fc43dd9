/// A rule's pattern prepared once per pack for ``PatternMatcher``: the slots split around the
/// `quote` slot, lexicons resolved to tries and punctuation sets turned into scalar values, so
/// that matching a quote looks nothing up by name and builds no `String`. A class: the engine hands
/// a pattern to the matcher for every rule and quote, and a reference costs one retain.
final class CompiledPattern: Sendable {
    /// One slot, ready to match (a class: the matcher passes slots around in its inner loop, and a
    /// reference costs one retain where a struct of lexicons costs a dozen).
    final class Slot: Sendable {
        /// Where a `speaker` slot's phrase must sit; for a `gap`, `clause` keeps it inside one clause.
        enum Anchor: Sendable { case anywhere, clauseStart, sentenceStart, clause, wordStart }

        /// The slot as written in the pack (for traces).
        let source: RulePack.Slot
        var kind: RulePack.Slot.Kind { source.kind }
        var optional: Bool { source.optional }
        var max: Int? { source.max }
        /// For `cue` and `words`: the words to match.
        let lexicon: Lexicon
        /// For `punct`: the accepted characters.
        let characters: [UInt32]
        /// For `speaker`: accepted forms (`nil`: name, pronoun, role, organisation).
        let allow: [RulePack.Slot.Form]?
        /// For `speaker`: whether only the empty subject is accepted.
        let zeroOnly: Bool
        /// For `speaker`: whether only a work as subject is accepted.
        let workOnly: Bool
        /// For `speaker`: `at:`.
        let anchor: Anchor
        /// For `punct`, `cue` and `words`: the characters a match may start with, and end with.
        let firstScalars: ScalarFilter
        let lastScalars: ScalarFilter
        /// For a `speaker` slot right after a `words` or `cue` slot (正如 X 所说): that slot's words, after which the
        /// speaker may start inside its clause.
        let openers: Lexicon?
        /// For a `speaker` slot: whether a `gap` follows it (in text order), so that nothing but the text says where
        /// the phrase ends (a name must then end at a word boundary: not 时强 in …时强调：, not 馬龍白 of 馬龍白蘭度).
        let beforeGap: Bool
        /// For a `speaker` slot after the quote: whether a `gap` comes before it, so that its anchor alone says where it
        /// may start (`at: clause-start`: after a clause boundary, not inside a clause the gap crossed into).
        let afterGap: Bool

        init(_ slot: RulePack.Slot, pack lexicons: [String: Lexicon], caseInsensitive: Bool, openers: Lexicon? = nil,
             beforeGap: Bool = false, afterGap: Bool = false) {
            source = slot
            self.openers = slot.kind == .speaker ? openers : nil
            self.beforeGap = slot.kind == .speaker && beforeGap
            self.afterGap = slot.kind == .speaker && afterGap
            if let words = slot.words, !words.isEmpty, slot.kind == .cue || slot.kind == .words {
                lexicon = Lexicon(words, caseInsensitive: caseInsensitive)
            } else if slot.kind == .cue || slot.kind == .words {
                lexicon = lexicons.lexicon(slot.lexicon ?? (slot.kind == .cue ? "cues" : ""))
            } else {
                lexicon = Lexicon()
            }
            // A punct slot's words are single characters (the decoder splits longer ones).
            characters = slot.kind == .punct ? (slot.words ?? []).compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first!.value : nil } : []
            allow = slot.allow
            zeroOnly = slot.allow == [.zero]
            workOnly = slot.allow == [.work]
            switch slot.at {
            case "clause-start": anchor = .clauseStart
            case "sentence-start": anchor = .sentenceStart
            case "clause": anchor = .clause
            case "word-start": anchor = .wordStart
            default: anchor = .anywhere
            }
            var first = ScalarFilter(), last = ScalarFilter()
            if slot.kind == .punct {
                for v in characters { first.insert(v); last.insert(v) }
            } else if slot.kind == .cue || slot.kind == .words {
                for word in lexicon.words {
                    if let v = word.unicodeScalars.first { first.insert(v.value) }
                    if let v = word.unicodeScalars.last { last.insert(v.value) }
                }
            }
            firstScalars = first
            lastScalars = last
        }

        /// Whether the slot accepts a phrase of this form.
        func allows(_ form: RulePack.Slot.Form) -> Bool {
            guard let allow else { return form == .name || form == .pronoun || form == .role || form == .organisation }
            return allow.contains(form)
        }

        /// Whether `scalar` is one of a `punct` slot's characters.
        @inline(__always) func accepts(_ scalar: Unicode.Scalar) -> Bool {
            characters.contains(scalar.value)
        }
    }

    /// The slots before the quote, nearest first (they are matched backwards from the opening mark).
    let before: [Slot]
    /// The slots after the quote, in text order (matched forwards from the closing mark).
    let after: [Slot]
    /// For each index into ``after``: whether matching the slots from there on has no side effect
    /// (no `speaker` slot, whose candidates run the word breaker). Such a tail may be tried before
    /// the costly speaker parse that precedes it without changing what the rule finds.
    let pureTail: [Bool]
    /// The slots after the quote that must match literal text (punctuation, words, cues: not optional), in order.
    let literalsAfter: [Slot]
    /// The slots before the quote that must match literal text, nearest first.
    let literalsBefore: [Slot]
    /// Whether the slot next to the quote before it is a gap and the one beyond it the nearest literal slot (…所说的
    /// {gap} “…”): that literal then ends within the gap's reach (``PatternMatcher/earliestEndBeyondGap(_:_:)``).
    let literalAfterGap: Bool
    /// Which side of the quote ``neighbour`` applies to.
    enum Side: Sendable { case unfiltered, before, after }
    /// The side whose first character is tested: before the opening mark when the pattern has slots before the
    /// quote, else after the closing mark; `unfiltered` when any character may stand there (the first slot that must
    /// consume text is a speaker, modifiers or a gap).
    let neighbourSide: Side
    /// The characters that may stand next to the quote on that side (spaces skipped) if the pattern's first slots are to match.
    let neighbour: ScalarFilter
    /// Whether ``PatternMatcher/mayFire(_:_:)`` tests the literal slots before the first slots: when the slot next to
    /// the quote is a gap, testing the first slots walks the whole gap, while two literal slots or more on that side
    /// (正如…所说) rule out most quotes in one pass over the window. Either order gives the same answer.
    let literalsFirst: Bool

    /// Compiles a pattern; `nil` when it has no `quote` slot.
    init?(_ pattern: [RulePack.Slot], lexicons: [String: Lexicon], caseInsensitive: Bool) {
        guard let qi = pattern.firstIndex(where: { $0.kind == .quote }) else { return nil }
        var slotsBefore: [Slot] = []
        for index in pattern[..<qi].indices {
            let previous = slotsBefore.last
            let openers = previous.flatMap { ($0.kind == .words || $0.kind == .cue) && !$0.optional ? $0.lexicon : nil }
            let beforeGap = index + 1 < qi && pattern[index + 1].kind == .gap
            slotsBefore.append(Slot(pattern[index], pack: lexicons, caseInsensitive: caseInsensitive, openers: openers, beforeGap: beforeGap))
        }
        before = slotsBefore.reversed()
        after = pattern[(qi + 1)...].indices.map { index in
            let beforeGap = index + 1 < pattern.count && pattern[index + 1].kind == .gap
            let afterGap = pattern[index - 1].kind == .gap
            return Slot(pattern[index], pack: lexicons, caseInsensitive: caseInsensitive, beforeGap: beforeGap, afterGap: afterGap)
        }
        var pure = Array(repeating: true, count: after.count + 1)
        var k = after.count - 1
        while k >= 0 {
            pure[k] = pure[k + 1] && after[k].kind != .speaker
            k -= 1
        }
        pureTail = pure
        func literal(_ slot: Slot) -> Bool { !slot.optional && (slot.kind == .punct || slot.kind == .words || slot.kind == .cue) }
        literalsAfter = after.filter(literal)
        literalsBefore = before.filter(literal)
        literalAfterGap = before.count > 1 && before[0].kind == .gap && literalsBefore.first === before[1]
        let filter = before.isEmpty ? Self.neighbourFilter(after, forward: true) : Self.neighbourFilter(before, forward: false)
        neighbourSide = filter == nil ? .unfiltered : before.isEmpty ? .after : .before
        neighbour = filter ?? ScalarFilter()
        let nearest = before.first ?? after.first
        literalsFirst = nearest?.kind == .gap && (before.isEmpty ? literalsAfter.count : literalsBefore.count) >= 2
    }

    /// The union of what the first slots may start with (forwards) or end with (backwards), up to the first
    /// one that must match; `nil` when a slot on the way may start with anything or every slot is optional.
    /// An empty subject (`speaker` allowing only `zero`) takes no text and is looked through.
    static func neighbourFilter(_ slots: [Slot], forward: Bool) -> ScalarFilter? {
        var filter = ScalarFilter()
        for slot in slots {
            switch slot.kind {
            case .punct, .cue, .words:
                filter.formUnion(forward ? slot.firstScalars : slot.lastScalars)
                if !slot.optional { return filter }
            case .speaker where forward && slot.zeroOnly:
                continue
            default:
                return nil
            }
        }
        return nil
    }
}
