/// What the text around a quote says of it: whether the next line opens words of its own, and whether a term
/// modifies the words after it.
extension AttributionEngine {
    /// Whether the first sentence of the line at `start` ends with a colon or holds a quote (他说：⏎“…”, 他说：“…”): such a
    /// line introduces the words after it, and does not say who spoke the quote before it.
    func introducesWhatFollows(lineAt start: Int) -> Bool {
        var i = start
        while i < s.count, s[i].value != 0x0A, !context.isSentenceEnd(i) {
            let value = s[i].value
            if CharacterClass.isColon(value) { return true }
            // An apostrophe inside a word (didn't, Holmes’s) is no quote.
            let apostrophe = (value == 0x27 || value == 0x2019) && context.isLetter(i - 1)
            if CharacterClass.isQuotationMark(value), !apostrophe { return true }
            i += 1
        }
        return false
    }

    /// Whether the line ends with a comma right after the cue (林委員批評，⏎這個方案…): in text written a line per
    /// clause, a report that goes on in the lines below, not the speaker of a quote on the line above.
    func endsLineAfterComma(cue: Range<Int>?) -> Bool {
        guard let cue else { return false }
        var i = cue.upperBound
        while i < s.count, s[i].value != 0x0A, CharacterClass.isSpace(s[i].value) { i += 1 }
        guard i < s.count, CharacterClass.isComma(s[i].value) else { return false }
        i += 1
        while i < s.count, s[i].value != 0x0A, CharacterClass.isSpace(s[i].value) { i += 1 }
        return i < s.count && s[i].value == 0x0A
    }

    /// Whether the quote opening at `open` follows a colon, on its line or at the end of the line before
    /// (叫她過來：⏎「…」): the clause before introduces it.
    func followsColon(_ open: Int) -> Bool {
        let i = context.skipSpaceBack(open, 0)
        return i > 0 && CharacterClass.isColon(s[i - 1].value)
    }

    /// Whether the line before the quote opening at `open` introduces it: it ends with a colon (说：⏎“…”), or with a cue
    /// and the sentence's end (喜笑颜开地说。⏎“…”).
    func introducedByLineBefore(_ open: Int) -> Bool {
        if followsColon(open) { return true }
        let i = context.skipSpaceBack(open, 0)
        guard i > 1, CharacterClass.isSentenceFinal(s[i - 1].value) else { return false }
        return pack.common.cues.longestMatch(in: s, endingAt: i - 1, limit: max(0, i - 7)) != nil
    }

    /// Whether a work phrase stands in a frame after someone (周明在书中, 周明在《远行》一书中) or right after a frame's
    /// opener (他对《东海日报》说): the work is where or to whom someone speaks, not the subject of the clause.
    func workStandsInFrame(_ range: Range<Int>, lower: Int) -> Bool {
        let start = context.skipSpaceBack(range.lowerBound, lower)
        if start > lower, context.frameOpeners.longestMatch(in: s, endingAt: start, limit: max(lower, start - 2)) != nil { return true }
        guard range.count > 1 else { return false }
        for p in range.lowerBound + 1..<range.upperBound where context.frameOpeners.longestMatch(in: s, startingAt: p, limit: range.upperBound) != nil {
            if let person = context.parseChineseStrict(range.lowerBound, p), person.form == .name || person.form == .role || person.form == .pronoun {
                return true
            }
        }
        return false
    }

    /// Whether the cue is followed by a comma and words that are no quote (」她說，⏎小時候…): the cue opens a report of
    /// its own rather than closing the quote before it.
    func opensReportAfterComma(cue: Range<Int>?) -> Bool {
        guard let cue else { return false }
        let comma = context.skipSpaceForward(cue.upperBound, s.count)
        guard comma < s.count, CharacterClass.isComma(s[comma].value) else { return false }
        let next = context.skipSpaceForward(comma + 1, s.count)
        return next < s.count && !CharacterClass.isQuotationMark(s[next].value)
    }

    /// Why quote `i`, whose speaker after it has a cue that opens a report of its own (…她說，⏎小時候…), is introduced by
    /// what stands before it instead: a colon (叫她過來：⏎「…」), or a named subject opening its sentence when that speaker
    /// says so too (林秀芬一边收拾摊子一边叹气，…，“…”旁边的摊主也感叹，客人…: the subject's, as the sieves read it).
    /// `nil` when neither does.
    func introducedBefore(_ i: Int, open: Int, speaker: SpeakerPhrase, cue: Range<Int>) -> String? {
        if followsColon(open) { return "the colon before introduces the quote; the cue after it opens a report of its own" }
        guard language == .zh, speaker.range.upperBound <= cue.lowerBound,
              context.alsoWords.occurs(in: s, within: speaker.range.upperBound..<cue.lowerBound),
              let subject = namedSubjectOfOwnSentence(i), subject.name != speaker.name else { return nil }
        return "its own sentence's subject goes before it; the speaker after it says so too"
    }

    /// The name or role that opens the sentence of quote `i` before it, a comma right before the quote
    /// (林秀芬一边收拾摊子一边叹气，神情疲惫，“…”); `nil` when the quote opens its sentence or no such subject stands there.
    func namedSubjectOfOwnSentence(_ i: Int) -> SpeakerPhrase? {
        let open = analysis.scanned[i].openIndex
        let before = context.skipSpaceBack(open, max(0, open - 80))
        guard before > 0, CharacterClass.isComma(s[before - 1].value),
              let subject = subjectBefore(open, sentences: 1, possessors: false), subject.form == .name || subject.form == .role else { return nil }
        return subject
    }

    /// Whether the words right after a term make it part of a longer phrase rather than someone's words: a term marker
    /// (“…”一词, “…”的方针), or a word right after it, or after an attributive particle (「閱讀一小時」計畫, “三多”的特点).
    /// A term used so stays a term; one that ends its clause (是“有益的一年”。), or whose own words end with
    /// punctuation (“这件事，”赵刚说), may be a speaker's words, and so may one that a predicate marker puts in its
    /// clause's predicate (也应“带头”把…, 认为是“线路老化”作怪), unless 的 makes it a modifier all the same. One before a
    /// noun of words spoken (“…”那番话, “…”的话) is those words.
    func modifiesWhatFollows(_ frame: PatternMatcher.Frame, contentEnd: Int) -> Bool {
        let last = context.skipSpaceBack(contentEnd, frame.open)
        if last > frame.open, context.isClauseBoundary(s[last - 1].value) { return false }
        // In a series of quotes (“非常满意”或“基本满意”；, “…”、“…”的方针) the words after the last one say what all are.
        // A few quotes on: a line of thousands joined by commas must not make each quote read all the rest.
        var after = frame.outerEnd
        var joined = 0
        while joined < 8, after < s.count, let joiner = context.seriesJoiners.longestMatch(in: s, startingAt: after, limit: min(s.count, after + 3)),
              after + joiner < s.count, let end = endOf(openAt: after + joiner) {
            after = end
            joined += 1
        }
        let limit = min(s.count, after + 12)
        guard after < limit else { return false }
        if pack.termMarkersAfter.longestMatch(in: s, startingAt: after, limit: limit) != nil { return true }
        // A noun of words spoken after it (说的“…”那番话, 说了一句“…”的话): the quote is those words.
        if pack.common.quotationNouns.longestMatch(in: s, startingAt: after, limit: limit) != nil { return false }
        // Nor does one a word of contrast follows (堅稱「沒有參與」但無人相信): the quote ends its clause.
        if context.contrastWords.longestMatch(in: s, startingAt: after, limit: limit) != nil { return false }
        // So does the close of a frame of time as a word of its own after a cue's words (當周明說「…」時): the quote ends
        // the frame's clause (not 时 of “十五”时期, nor the name of 合并为“…”时).
        if let closer = context.whenClosers.longestMatch(in: s, startingAt: after, limit: limit), context.endsWord(at: after + closer) {
            let before = context.skipSpaceBack(frame.open, frame.lower)
            if context.cues.longestMatch(in: s, endingAt: before, limit: max(frame.lower, before - 4)) != nil { return false }
        }
        // Nor does it modify a word that marks the next quote a term (应当“一律拒绝”所谓的“…”): that word opens the
        // object, whose head is the next quote.
        if let marker = pack.termMarkersBefore.longestMatch(in: s, startingAt: after, limit: limit)
            ?? pack.nounMarkersBefore.longestMatch(in: s, startingAt: after, limit: limit) {
            var next = after + marker
            if next < limit, context.attributiveParticles.contains(s[next]) { next += 1 }
            if next < s.count, endOf(openAt: next) != nil { return false }
        }
        // So does an aspect particle that ends the clause (就不能“随行就市”了。): the quote is its predicate.
        let particle = context.attributiveParticles.longestMatch(in: s, startingAt: after, limit: limit)
            ?? context.perfectiveParticles.longestMatch(in: s, startingAt: after, limit: limit) ?? 0
        if particle == 0, frame.open > frame.lower,
           pack.predicateMarkersBefore.longestMatch(in: s, endingAt: frame.open, limit: max(frame.lower, frame.open - 2)) != nil {
            return false
        }
        let next = after + particle
        guard next < limit else { return false }
        let value = s[next].value
        return CharacterClass.isCJK(value) || CharacterClass.isAlphanumeric(value)
    }
}
