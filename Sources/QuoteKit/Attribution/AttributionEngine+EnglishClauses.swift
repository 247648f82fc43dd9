/// English clause structure around a pattern rule's match, and around a quote: whose reported speech holds a partial
/// quote, whether the words after a finished quote attribute it or open a sentence of their own, and who is the
/// subject a news sentence reports.
extension AttributionEngine {
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
        var from = start
        if let word = context.wordForward(from, open), context.connectives.contains(s, word) {
            from = context.skipSpaceForward(word.upperBound < open && s[word.upperBound].value == 0x2C ? word.upperBound + 1 : word.upperBound, open)
        }
        guard let phrase = context.parseEnglishForward(from, min(open, from + 120)),
              phrase.form == .name || phrase.form == .role || phrase.form == .organisation, phrase.kinship == nil else { return nil }
        return phrase
    }
}
