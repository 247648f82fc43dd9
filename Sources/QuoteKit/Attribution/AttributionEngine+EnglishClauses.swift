/// English clause structure around a pattern rule's match, and around a quote: whose reported speech holds a partial
/// quote, whether the words after a finished quote attribute it or open a sentence of their own, and who is the
/// subject a news sentence reports.
extension AttributionEngine {
    /// Matches a rule's pattern around quote `i`: the capture, or why the rule did not fire. In English the clause
    /// around the match may give another capture or reject it (``englishClauses(_:_:quote:frame:)``).
    func matchPattern(_ compiled: CompiledPattern, quote i: Int, frame: PatternMatcher.Frame) -> (PatternMatcher.Capture?, String) {
        let (matched, why) = matcher.match(compiled, frame, explain: explain)
        guard let capture = matched else { return (nil, why) }
        guard language == .en else { return (capture, why) }
        switch englishClauses(capture, compiled, quote: i, frame: frame) {
        case .keep: return (capture, why)
        case .replace(let found): return (found, why)
        case .reject(let reason): return (nil, reason)
        }
    }

    /// What the clause checks make of a pattern rule's match.
    enum ClauseVerdict {
        /// The match stands.
        case keep
        /// Another phrase of the sentence speaks (the reporter, the object, the agent).
        case replace(PatternMatcher.Capture)
        /// The rule does not fire here; the reason is for the trace.
        case reject(String)
    }

    /// The English clause checks on a match, in order: for a partial rule (a gap before the quote), a reporter's clause
    /// around an act, the object of a verb before a participle cue, and a passive clause's agent; for a rule after the
    /// quote, a name and cue that open a new sentence.
    func englishClauses(_ matched: PatternMatcher.Capture, _ compiled: CompiledPattern, quote i: Int,
                        frame: PatternMatcher.Frame) -> ClauseVerdict {
        var capture = matched
        var changed = false
        if compiled.before.contains(where: { $0.kind == .gap }) {
            if let outer = englishGoverningSubject(capture, lower: frame.lower) { capture = outer; changed = true }
            if let object = englishParticipleObject(capture, quote: i) {
                capture = object
                changed = true
            } else if englishParticipleFollowsLink(capture) {
                return .reject("matched, but the participle cue belongs to the object of the verb before it")
            }
            if let agent = englishPassiveAgent(capture, quote: i, lower: frame.lower, upper: frame.upper) { capture = agent; changed = true }
        }
        if compiled.before.isEmpty, englishCueOpensSentence(capture, quote: i, upper: frame.upper) {
            return .reject("matched, but the speaker and cue after the finished quote open a sentence of their own")
        }
        return changed ? .replace(capture) : .keep
    }

    /// A partial rule (a gap between its cue and the quote) found the nearest subject and cue before the quote; when that
    /// cue reports an act rather than words (one of `actCues`: the board had agreed to act after "long talks") and the
    /// subject's clause is itself reported by someone (Ada Lane said [that] the board had agreed…), the quote is in the
    /// reporter's words. Returns the capture with the reporter and the reporting cue, or `nil`.
    func englishGoverningSubject(_ capture: PatternMatcher.Capture, lower: Int) -> PatternMatcher.Capture? {
        guard let inner = capture.speaker, let innerCue = capture.cueRange, inner.range.upperBound <= innerCue.lowerBound,
              context.actCues.contains(s, innerCue) else { return nil }
        var p = context.skipSpaceBack(inner.range.lowerBound, lower)
        if let word = context.wordBackward(p, lower), context.complementisers.contains(s, word) {
            p = context.skipSpaceBack(word.lowerBound, lower)
        }
        guard p > lower, let length = context.cues.longestMatch(in: s, endingAt: p, limit: lower) else { return nil }
        let cue = p - length..<p
        guard !context.isLetter(cue.lowerBound - 1) else { return nil }
        for start in matcher.cachedModifierStartsBackward(cue.lowerBound, lower) {
            guard let outer = context.parseEnglishBackward(start, lower), outer.range.upperBound <= cue.lowerBound else { continue }
            switch outer.form {
            case .name, .role, .organisation, .pronoun:
                return PatternMatcher.Capture(speaker: outer, cue: context.folded(cue), cueRange: cue)
            default:
                continue
            }
        }
        return nil
    }

    /// The object of a partial rule's cue, when a participle cue joined to it by one of `participleLinks` governs the
    /// quote (Ada Lane criticised Tom Reed for calling the plan "a gamble", accused him of saying it was "dead"): the
    /// object speaks the participle's words, not the subject. Without a participle cue the words stay the subject's
    /// (accused him of "playing games"). Returns the capture with the object, or `nil`.
    func englishParticipleObject(_ capture: PatternMatcher.Capture, quote i: Int) -> PatternMatcher.Capture? {
        let open = analysis.scanned[i].openIndex
        guard let cue = capture.cueRange, cue.upperBound < open,
              let object = context.parseEnglishForward(cue.upperBound, open), object.range.upperBound <= open else { return nil }
        switch object.form {
        case .name, .role, .pronoun: break
        default: return nil
        }
        // The link and the participle, a few words after the object (quotes between are skipped as words).
        var p = context.skipSpaceForward(object.range.upperBound, open)
        var words = 0
        var previousWasLink = false
        while p < open, words < 16 {
            guard let word = context.wordForward(p, open) else {
                // Punctuation or a quote between words: a sentence end stops the search.
                if context.isSentenceEnd(p) { return nil }
                p += 1
                continue
            }
            if previousWasLink, context.participleCues.contains(s, word) {
                return PatternMatcher.Capture(speaker: object, cue: context.folded(word), cueRange: word)
            }
            previousWasLink = context.participleLinks.contains(s, word)
            p = context.skipSpaceForward(word.upperBound, open)
            words += 1
        }
        return nil
    }

    /// Whether the cue a rule matched is a participle joined by one of `participleLinks` to the verb before it
    /// (criticised Tom Reed for calling…): its subject is that verb's object (``englishParticipleObject(_:quote:)``),
    /// not the subject of the sentence.
    func englishParticipleFollowsLink(_ capture: PatternMatcher.Capture) -> Bool {
        guard let cue = capture.cueRange, context.participleCues.contains(s, cue),
              let link = context.wordBackward(context.skipSpaceBack(cue.lowerBound, 0), 0) else { return false }
        return context.participleLinks.contains(s, link)
    }

    /// The agent of a passive clause that ends with the quote, named right after it (the plan was branded "a
    /// disgrace" by Ada Lane; was fined and "severely reprimanded" by the league): the agent said the words, not the
    /// subject a partial rule found before the quote. The clause is passive where a past participle right before the
    /// quote follows an auxiliary (was branded "…"), or where the quote's own last word is a participle and an auxiliary
    /// stands earlier in its clause; an active verb (called it "a betrayal" by the board) names no agent.
    func englishPassiveAgent(_ capture: PatternMatcher.Capture, quote i: Int, lower: Int, upper: Int) -> PatternMatcher.Capture? {
        let q = analysis.scanned[i]
        let after = context.skipSpaceForward(q.outerEnd, upper)
        guard let by = context.wordForward(after, upper), context.agentPrepositions.contains(s, by),
              let agent = context.parseEnglishForward(by.upperBound, upper) else { return nil }
        switch agent.form {
        case .name, .role, .organisation: break
        default: return nil
        }
        var passive = false
        if let verb = context.wordBackward(context.skipSpaceBack(q.openIndex, lower), lower), isPastParticiple(verb),
           let auxiliary = context.wordBackward(context.skipSpaceBack(verb.lowerBound, lower), lower),
           context.passiveAuxiliaries.contains(s, auxiliary) {
            passive = true
        } else if let last = context.wordBackward(context.skipSpaceBack(q.contentEnd, q.openIndex), q.openIndex), isPastParticiple(last) {
            // An auxiliary earlier in the clause (was fined £5 and "severely reprimanded").
            var p = context.skipSpaceBack(q.openIndex, lower)
            var words = 0
            while words < 8, let word = context.wordBackward(p, lower) {
                if context.passiveAuxiliaries.contains(s, word) { passive = true; break }
                p = context.skipSpaceBack(word.lowerBound, lower)
                // Numbers and currency signs may stand between (fined £15,000 and).
                while p > lower, !context.isLetter(p - 1), !context.isClauseBoundary(s[p - 1].value) || s[p - 1].value == 0x2C { p -= 1 }
                words += 1
            }
        }
        guard passive else { return nil }
        return PatternMatcher.Capture(speaker: agent, cue: capture.cue, cueRange: capture.cueRange)
    }

    /// Whether a lowercase word has a past participle's regular ending (one of `participleEndings`: branded, fined).
    func isPastParticiple(_ word: Range<Int>) -> Bool {
        guard word.count > 3, !context.isCapitalised(word) else { return false }
        return context.participleEndings.longestMatch(in: s, endingAt: word.upperBound, limit: word.lowerBound) != nil
    }

    /// Whether the speaker and cue a rule found after a quote that ends with a full stop open a new sentence (…the
    /// end." Tom Reed points out that…, …a woman." Ada Lane told the committee: "…"): there the cue goes on to an
    /// object or a clause, where an attribution ends at punctuation ("…." he said. / "…." she said quietly, …).
    func englishCueOpensSentence(_ capture: PatternMatcher.Capture, quote i: Int, upper: Int) -> Bool {
        let q = analysis.scanned[i]
        guard let speaker = capture.speaker, let cue = capture.cueRange, speaker.range.lowerBound >= q.outerEnd,
              speaker.range.upperBound <= cue.lowerBound else { return false }
        let last = context.skipSpaceBack(q.contentEnd, q.openIndex)
        guard last > q.openIndex, s[last - 1].value == 0x2E else { return false }
        var p = context.skipSpaceForward(cue.upperBound, upper)
        // An adverb may close the attribution (she said quietly.).
        if let word = context.wordForward(p, upper), context.modifiers.contains(s, word) || (context.isAdverb(word) && !context.isCapitalised(word)) {
            p = context.skipSpaceForward(word.upperBound, upper)
        }
        return p < upper && context.isLetter(p)
    }

    /// The subject a news sentence reports for a quote: the name or role that opens the quote's own sentence
    /// (Ada Lane said the plan was "reckless"), or, when the quote opens its sentence, the one that opens the sentence
    /// before ("Tom Reed, the club's chairman, said he was shocked. "We expected…"). `nil` when no name or role opens it.
    func englishReportedSubject(quote i: Int) -> SpeakerPhrase? {
        let open = analysis.scanned[i].openIndex
        let start = context.skipSpaceForward(englishSentenceStart(open), open)
        guard start < open else { return englishPreviousSubject(before: open, quote: i) }
        let from = skippingConnective(start, open)
        guard let phrase = context.parseEnglishForward(from, min(open, from + 120)),
              phrase.form == .name || phrase.form == .role || phrase.form == .organisation, phrase.kinship == nil else { return nil }
        return phrase
    }
}
