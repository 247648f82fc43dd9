/// The one a conversation frame names (在与王立新的交谈中，她…, 記者與王立新交談時，他說): features about someone the
/// reporter talked with open so, and the 他 or 她 after the frame is that person, not the reporter.
extension AttributionContext {
    /// The person or role in the nearest conversation frame before `pos`: a preposition, the one talked with, perhaps
    /// 的, a noun of `conversationNouns`; searched back over at most `reach` scalars and one sentence end, not past a
    /// line break. `nil` when there is none.
    func conversationPartner(before pos: Int, reach: Int = 120) -> SpeakerPhrase? {
        guard !conversationNouns.isEmpty else { return nil }
        var sentenceEnds = 0
        var k = pos - 1
        while k >= max(0, pos - reach) {
            let v = s[k].value
            if CharacterClass.isLineBreak(v) { return nil }
            if isSentenceEnd(k) {
                sentenceEnds += 1
                if sentenceEnds > 1 { return nil }
            }
            if let noun = conversationNouns.longestMatch(in: s, endingAt: k + 1, limit: max(0, k - 3)), let partner = partner(endingAt: k + 1 - noun) {
                return partner
            }
            k -= 1
        }
        return nil
    }

    /// The person or role from a preposition to `end` (与王立新, 與王立新的): the one a conversation noun at `end` is had with.
    private func partner(endingAt end: Int) -> SpeakerPhrase? {
        var nameEnd = end
        if nameEnd > 0, attributiveParticles.contains(s[nameEnd - 1]) { nameEnd -= 1 }
        for start in stride(from: nameEnd - 2, through: max(0, nameEnd - 14), by: -1) {
            guard prepositions.longestMatch(in: s, endingAt: start, limit: max(0, start - 2)) != nil else { continue }
            guard let phrase = parseChineseStrict(start, nameEnd), phrase.range.lowerBound == start,
                  phrase.form == .name || phrase.form == .role else { continue }
            return phrase
        }
        return nil
    }
}
