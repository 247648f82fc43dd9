/// Openers before a clause's subject that leave the subject the speaker: a subject in focus (连张明都说) and a frame
/// of time around the words quoted (当周明指出“…”时).
extension AttributionContext {
    /// Where the subject starts after the opener of a subject in focus (连 of 连张明都说), when a closer (都, 也)
    /// follows the region and what is left is a person on its own (张明, 老校长); nil otherwise (連峰也說: 峰 is no one).
    func afterEvenOpener(_ a: Int, _ b: Int) -> Int? {
        guard let n = evenOpeners.longestMatch(in: s, startingAt: a, limit: b) else { return nil }
        let rest = skipSpaceForward(a + n, b)
        guard rest < b, evenClosers.longestMatch(in: s, startingAt: skipSpaceForward(b, s.count)) != nil,
              let person = parseChineseStrict(rest, b), person.form != .zero, person.range.lowerBound == rest else { return nil }
        return rest
    }

    /// Where the subject starts after the opener of a frame of time (当 of 当周明指出“…”时), when the frame closes with
    /// a word of `whenClosers` after the words the cue governs, in the same clause, and what is left is a person on
    /// its own: the person in the frame speaks the words quoted in it. Nil otherwise (当周明走进会场，…).
    func afterWhenOpener(_ a: Int, _ b: Int) -> Int? {
        guard let n = whenOpeners.longestMatch(in: s, startingAt: a, limit: b), a + n < b, endsWord(at: a + n) else { return nil }
        let rest = skipSpaceForward(a + n, b)
        guard closesFrameOfTime(after: b), let person = parseChineseStrict(rest, b), person.form != .zero,
              person.range.lowerBound == rest else { return nil }
        return rest
    }

    /// Whether a word of `whenClosers` follows `position` in its clause, outside the quotes after it (…指出“…，…”时).
    private func closesFrameOfTime(after position: Int) -> Bool {
        var i = position
        var depth = 0
        while i < min(s.count, position + 120) {
            let value = s[i].value
            if CharacterClass.isQuotationMark(value) {
                depth = openOf(closeAt: i) != nil ? max(0, depth - 1) : depth + 1
            } else if depth == 0 {
                if isClauseBoundary(value) || isSentenceEnd(i) { return false }
                if whenClosers.longestMatch(in: s, startingAt: i, limit: s.count) != nil { return true }
            }
            i += 1
        }
        return false
    }
}
