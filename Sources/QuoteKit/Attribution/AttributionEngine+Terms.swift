/// When a term becomes a quotation: a rule that finds its speaker with a cue, or a colon after a speaker who opens
/// the line, makes the words someone's; and whether a quote a speaker is named after is a clause of its own.
extension AttributionEngine {
    /// Whether a rule's match makes a term someone's words: a cue with a speaker in the text, with an empty subject a
    /// rule continues (……，只用“…”回应), or with nobody as speaker (俗话说“…”: the words are cited); without a cue, only a
    /// work referred back to (书中…是“…”), not a title itself (《…》是一部“…” describes it), or a name, role or body that
    /// opens its line before a colon (王立新：…「…」, ``opensLineWithColon(_:)``).
    func upgradesTerm(_ rule: RulePack.Rule, _ capture: PatternMatcher.Capture) -> Bool {
        guard capture.cue != nil else {
            // A colon right after a speaker who opens the line says what follows is theirs (王立新：…「…」).
            if let speaker = capture.speaker, [.name, .role, .organisation].contains(speaker.form), opensLineWithColon(speaker.range) { return true }
            return capture.speaker.map { $0.form == .work && context.titleClose[$0.range.lowerBound] == nil } ?? false
        }
        if rule.assign == .none || rule.assign == .continuation && capture.speaker?.form == .zero { return true }
        guard let speaker = capture.speaker else { return false }
        // A bare phrase is a guess (a common word opening the clause: 一种…主张), except a short foreign name spelt in
        // transliteration characters (瑪雅說，), which the parser leaves bare only for being two characters long, and a
        // role no lexicon lists, ending as roles end (蕉農, 菇农: growers of a crop).
        if speaker.form == .bare {
            guard !speaker.range.isEmpty else { return false }
            return speaker.range.allSatisfy(context.isTransliterated)
                || (2...4).contains(speaker.range.count) && context.roleEndings.contains(s[speaker.range.upperBound - 1])
        }
        // A newspaper in title marks (据《…报》报道，…“…”) reports; a term in what it reports stays a term, as for any work.
        if speaker.form == .organisation, !speaker.range.isEmpty, context.titleClose[speaker.range.lowerBound] != nil { return false }
        return [.name, .pronoun, .role, .organisation, .work].contains(speaker.form)
    }

    /// Whether the phrase in `range` opens its line and a colon follows it (王立新：, 港府：), as a headline or a line of an
    /// interview names who speaks on it.
    func opensLineWithColon(_ range: Range<Int>) -> Bool {
        guard !range.isEmpty, range.upperBound < s.count, CharacterClass.isColon(s[range.upperBound].value) else { return false }
        let start = context.skipSpaceBack(range.lowerBound, 0)
        return start == 0 || CharacterClass.isLineBreak(s[start - 1].value)
    }

    /// Whether quote `i`, where a speaker is named right after it (“…，”张明说。 / “…”，张明说。), is a clause of its own
    /// that the speaker reports: it opens its clause, and punctuation parts it from the speaker. A term right before the
    /// words that follow is part of them (「狗醫生」創辦人X說, 康文署「詐型」嚴厲警告), and one after words of its clause ends
    /// that clause (邊緣異常“鋒利”，而科學家們認為), never what the speaker says. True for a speaker before the quote or
    /// further after it (…should "stick to his guns" and not apologise, Ada Lane has insisted).
    func separatedFromSpeakerAfter(_ i: Int, _ capture: PatternMatcher.Capture) -> Bool {
        let q = analysis.scanned[i]
        guard let speaker = capture.speaker, speaker.range.lowerBound >= q.outerEnd else { return true }
        // The speaker in the clause right after the quote, a comma apart at most.
        var clause = context.skipSpaceForward(q.outerEnd, speaker.range.lowerBound)
        if clause < speaker.range.lowerBound, CharacterClass.isClausePunctuation(s[clause].value) { clause += 1 }
        guard !(clause..<speaker.range.lowerBound).contains(where: { context.isClauseBoundary(s[$0].value) }) else { return true }
        guard startsClause(q.openIndex) else { return false }
        let last = context.skipSpaceBack(q.contentEnd, q.contentStart)
        if last > q.contentStart, CharacterClass.isClausePunctuation(s[last - 1].value) || CharacterClass.isSentenceFinal(s[last - 1].value) {
            return true
        }
        return (q.outerEnd..<speaker.range.lowerBound).contains { CharacterClass.isClausePunctuation(s[$0].value) }
    }
}
