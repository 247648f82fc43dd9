/// The `series` sieve: quotes written one after another with only a joiner between them (X强调“…”、“…”,
/// described it as "reckless" and "a gamble") are the same speaker's words, so a quote continues the
/// speaker a rule found for the quote right before it.
extension AttributionEngine {
    /// The speaker of the quote before `i` in its series, if it has one from a rule with a cue (or from this sieve, for
    /// the third quote of a series and beyond).
    func seriesSpeaker(_ i: Int) -> ((SpeakerPhrase, Speaker.Resolution, SpeakerPhrase?)?, String) {
        guard let j = previousInParagraph(i) else { return (nil, "no earlier quote in the paragraph") }
        guard joinsSeries(from: analysis.scanned[j].outerEnd, to: analysis.scanned[i].openIndex) else {
            return (nil, "more than a joiner between this quote and the one before")
        }
        guard let previous = assigned[j], let phrase = previous.phrase,
              previous.fromPattern || pack.seriesRuleIDs.contains(previous.rule) else {
            return (nil, "the quote before has no speaker from a rule with a cue")
        }
        return ((phrase, .continuation, nil), "")
    }

    /// Whether the quote before `i` in its series is nobody's by a rule (本报…电记者王立新报道：“…”、“…”): then so is `i`.
    func continuesNobodysSeries(_ i: Int) -> Bool {
        guard let j = previousInSeries(i), let previous = assigned[j] else { return false }
        return previous.phrase == nil && pack.noSpeakerRuleIDs.contains(previous.rule)
    }

    /// Whether the quote before `i` in its series was given no speaker and had no candidate (回覆包括：「…」、「…」): a
    /// name written nearby is no better a guess for the quotes that continue it.
    func continuesUnattributedSeries(_ i: Int, chosen: [String?]) -> Bool {
        guard let j = previousInSeries(i) else { return false }
        return chosen[j] == nil && candidates[j].isEmpty && assigned[j] == nil
    }

    /// The quote before `i` when only a joiner stands between them (“…”、“…”).
    private func previousInSeries(_ i: Int) -> Int? {
        guard let j = previousInParagraph(i), joinsSeries(from: analysis.scanned[j].outerEnd, to: analysis.scanned[i].openIndex) else { return nil }
        return j
    }

    /// The top-level quote before `i` when it is in the same paragraph, or, in Chinese text broken into a line per
    /// clause, ends the line before with its joiner (「…」，⏎「…」).
    private func previousInParagraph(_ i: Int) -> Int? {
        var j = i - 1
        while j >= 0, analysis.quotes[j].depth > 0 { j -= 1 }
        guard j >= 0 else { return nil }
        if paragraphOf[j] == paragraphOf[i] { return j }
        guard language == .zh else { return nil }
        // A joiner must end the line: quotes on lines of their own (“…”⏎“…”) are turns of a dialogue, not a series.
        guard analysis.scanned[j].outerEnd <= analysis.scanned[i].openIndex else { return nil }
        let between = analysis.scanned[j].outerEnd..<analysis.scanned[i].openIndex
        let first = context.skipSpaceForward(between.lowerBound, between.upperBound)
        guard first < between.upperBound, context.seriesJoiners.longestMatch(in: s, startingAt: first, limit: between.upperBound) != nil else { return nil }
        return between.count(where: { s[$0].value == 0x0A }) == 1 ? j : nil
    }

    /// Whether only spaces and at most one joiner of the pack's `seriesJoiners` stand between two offsets.
    func joinsSeries(from start: Int, to end: Int) -> Bool {
        guard start <= end else { return false }
        let first = context.skipSpaceForward(start, end)
        guard first < end else { return true }
        guard let joiner = context.seriesJoiners.longestMatch(in: s, startingAt: first, limit: end) else { return false }
        if language == .en, context.isLetter(first + joiner) { return false }
        return context.skipSpaceForward(first + joiner, end) == end
    }
}
