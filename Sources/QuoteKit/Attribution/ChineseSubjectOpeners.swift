/// Words before the one who speaks in a clause: the opener of a subject in focus (连张明都说), of a frame of time around
/// the words quoted (当周明指出“…”时), and a verb of hearing or seeing whose object speaks (听见女儿秀云说：).
extension AttributionContext {
    /// Where the subject starts after the opener of a subject in focus (连 of 连张明都说), when a closer (都, 也)
    /// follows the region and what is left is a person on its own (张明, 老校长); nil otherwise (連峰也說: 峰 is no one).
    func afterEvenOpener(_ a: Int, _ b: Int) -> Int? {
        guard let n = evenOpeners.longestMatch(in: s, startingAt: a, limit: b) else { return nil }
        let rest = skipSpaceForward(a + n, b)
        guard rest < b, evenClosers.longestMatch(in: s, startingAt: skipSpaceForward(b, s.count)) != nil, isPersonAlone(rest, b) else { return nil }
        return rest
    }

    /// Whether the region is the subject in focus of 连…都: an opener of `evenOpeners` ends right before it and a closer
    /// of `evenClosers` follows it.
    func inFocus(_ a: Int, _ b: Int) -> Bool {
        a > 0 && evenOpeners.longestMatch(in: s, endingAt: a, limit: max(0, a - 2)) != nil
            && evenClosers.longestMatch(in: s, startingAt: skipSpaceForward(b, s.count)) != nil
    }

    /// Where the subject starts after the opener of a frame of time (当 of 当周明指出“…”时), when the frame closes with
    /// a word of `whenClosers` after the words the cue governs, in the same clause, and what is left is a person on
    /// its own: the person in the frame speaks the words quoted in it. Nil otherwise (当周明走进会场，…).
    func afterWhenOpener(_ a: Int, _ b: Int) -> Int? {
        guard let n = whenOpeners.longestMatch(in: s, startingAt: a, limit: b), a + n < b, endsWord(at: a + n) else { return nil }
        let rest = skipSpaceForward(a + n, b)
        guard closesFrameOfTime(after: b), isPersonAlone(rest, b) else { return nil }
        return rest
    }

    /// Whether the words from `rest` to `b`, left after an opener, are a person on their own: a phrase the strict parse
    /// reads from `rest` itself.
    private func isPersonAlone(_ rest: Int, _ b: Int) -> Bool {
        guard let person = parseChineseStrict(rest, b) else { return false }
        return person.form != .zero && person.range.lowerBound == rest
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

    /// Where the one heard speaking starts, after the last verb of hearing in the region (听见女儿秀云: 女儿秀云), when
    /// the verb is a word of its own with something after it and a colon introduces the words heard (…说：); `nil`
    /// otherwise: one heard talking about something (会听到病人谈及“…”) is no speaker of a quote. So with a verb of seeing
    /// (看到一名球员对着教练说，「…」), whose words a comma may introduce as well.
    func heardSpeakerStart(_ a: Int, _ b: Int) -> Int? {
        guard !hearingVerbs.isEmpty || !seeingVerbs.isEmpty else { return nil }
        let introduced = introduction(after: b)
        let colon = introduced?.mark == .colon
        // One seen speaking speaks in the clause of the cue: the region runs on to the cue, with no punctuation between.
        let next = skipSpaceForward(b, s.count)
        // One seen speaking speaks with a cue of their own (看到一名球员对着教练说，「…」); the one seen while the subject frets
        // (居民看到市里的干部非常着急：) speaks no words.
        func cueBefore(_ found: (mark: Introduction, at: Int)) -> Bool {
            cues.occurs(in: s, within: b..<found.at)
        }
        let seen = next < s.count && !isClauseBoundary(s[next].value) && introduced.map(cueBefore) == true
        guard colon || seen else { return nil }
        func verb(at i: Int) -> Int? {
            (colon ? hearingVerbs.longestMatch(in: s, startingAt: i, limit: b) : nil)
                ?? (seen ? seeingVerbs.longestMatch(in: s, startingAt: i, limit: b) : nil)
        }
        var i = b - 2
        // The verb stands in the clause of the cue, outside quotes (not 看到 of “我们看到…。”公开信又说：).
        while i >= a, !isClauseBoundary(s[i].value), !CharacterClass.isQuotationMark(s[i].value) {
            if let n = verb(at: i), i + n < b, endsWord(at: i + n) {
                // A verb that ends a modifier (一看到, 一听到: "as soon as") opens an adverbial: the one who sees speaks.
                return (modifiers.longestMatch(in: s, endingAt: i + n, limit: a) ?? 0) > n ? nil : i + n
            }
            i -= 1
        }
        return nil
    }

    /// What introduces words after a cue: a colon (…说：), or a comma right before a quotation mark (对教练说，「…」).
    private enum Introduction { case colon, commaBeforeQuote }

    /// What introduces the words after `position`, and where: the first colon or quotation mark within 40 scalars,
    /// before the end of its sentence; a quotation mark counts only with a comma right before it. `nil` when neither
    /// does.
    private func introduction(after position: Int) -> (mark: Introduction, at: Int)? {
        var i = position
        while i < min(s.count, position + 40) {
            let value = s[i].value
            if CharacterClass.isColon(value) { return (.colon, i) }
            if CharacterClass.isQuotationMark(value) {
                let before = skipSpaceBack(i, position)
                return before > position && CharacterClass.isComma(s[before - 1].value) ? (.commaBeforeQuote, i) : nil
            }
            if isSentenceEnd(i) { return nil }
            i += 1
        }
        return nil
    }
}
