/// The subject search: the subject of an earlier clause that an empty subject, a pronoun or a rule's continuation
/// stands for, read clause by clause back from a position (names, roles, organisations that open a sentence or have
/// spoken, a person a clause describes, a given name alone that opens a line).
extension AttributionEngine {
    /// The subject of the nearest earlier clause in this sentence or the previous one (杜甫 in 杜甫总结…，认为“…”),
    /// jumping over quotes and titles. With `possessors: false` a person before 的 (隊友的打擊火力能夠連貫) is not that
    /// clause's subject: what they own is; a pronoun after such a clause still refers to them (林少华的心情…。他对哥哥说).
    /// With `accepting`, a subject it refuses is passed over for the one of an earlier clause (a pronoun's antecedent
    /// agrees with it). With `skippingReportedWords`, the subject of someone's reported words (他说，阿尔卡迪亚…) is
    /// passed over (``isReportedSpeech(at:limit:)``).
    func subjectBefore(_ pos: Int, sentences maximum: Int = 2, bare: BareSubjects = .never, possessors: Bool = true,
                       organisations: Bool = false, skippingReportedWords: Bool = false,
                       accepting accept: (SpeakerPhrase) -> Bool = { _ in true }) -> SpeakerPhrase? {
        guard language == .zh else { return nil }
        let doc = analysis.document
        let p = doc.paragraphIndex(containing: max(0, pos - 1)) ?? 0
        // Several short lines may make one sentence (text broken at commas): look back a few paragraphs, and on over
        // lines that end with a comma (the sentence goes on), bounded by two sentence ends and 300 scalars.
        // In text written a line per clause, a few lines are a sentence or two: the lines of the last 160 scalars.
        var first = max(0, p - 4)
        while first > 0, p - first < 16, context.endsWithComma(doc.paragraphs[first - 1])
                || writtenALinePerClause && pos - doc.paragraphs[first - 1].start < 160 {
            first -= 1
        }
        var limit = doc.paragraphs.isEmpty ? 0 : doc.paragraphs[first].start
        // Nor over a headline or a blank line: the report before it is another one (its subject is nobody's here).
        // A headline that gives a speaker and their words (张明：改革不能停) opens their part of the report: its
        // subject may be the one meant.
        if let boundary = reportBoundary(before: p, after: limit) {
            let paragraph = doc.paragraphs[boundary.paragraph]
            limit = boundary.isHeadline && !context.hasColon(paragraph: boundary.paragraph) ? paragraph.end : paragraph.start
        }
        if limit > pos { limit = pos }
        limit = max(limit, pos - 300)
        var i = pos
        var clauseEnd = pos
        var sentences = 0
        var passedOver = false
        while i > limit {
            let v = s[i - 1].value
            if let o = context.openOf(closeAt: i - 1), o >= limit, o < i - 1 {
                // A quoted sentence (“…吗？”李秋芳就在网上留言，说) ends a clause: the words after it have a subject of their own.
                if CharacterClass.isSentenceFinal(s[i - 2].value), i < clauseEnd,
                   let phrase = subject(i, clauseEnd, bare: bare, possessors: possessors, organisations: organisations),
                   !skippingReportedWords || !isReportedSpeech(at: i, limit: limit), accept(phrase) {
                    return phrase
                }
                i = o
                continue
            }
            if context.isClauseBoundary(v) {
                if let phrase = subject(i, clauseEnd, bare: bare, possessors: possessors, organisations: organisations),
                   !skippingReportedWords || !isReportedSpeech(at: i, limit: limit) {
                    if accept(phrase) { return phrase }
                    // The sentence of a subject passed over does not count: the one before it is looked at too.
                    if !passedOver { passedOver = true; sentences -= 1 }
                }
                if context.isSentenceEnd(i - 1) {
                    sentences += 1
                    if sentences >= maximum { return nil }
                }
                clauseEnd = i - 1
                // A clause that is a frame (在回应张明、李秋芳的问题时，他说) names people who are not its subject: the
                // subject stands before the frame's opener, or in an earlier clause.
                if let frame = frame(endingAt: clauseEnd, limit: limit) {
                    if let phrase = frame.subject {
                        if accept(phrase) { return phrase }
                        if !passedOver { passedOver = true; sentences -= 1 }
                    }
                    i = frame.clauseStart
                    clauseEnd = i
                    continue
                }
            }
            i -= 1
        }
        return i == limit ? subject(limit, clauseEnd, bare: bare, possessors: possessors, organisations: organisations).flatMap { accept($0) ? $0 : nil } : nil
    }

    /// Whether the clause starting at `start` is someone's reported words: a cue and a comma or colon before it in
    /// its sentence (他说，阿尔卡迪亚从未…), within 160 scalars. Its subject is theirs to speak of, no antecedent of a
    /// pronoun after it.
    func isReportedSpeech(at start: Int, limit: Int) -> Bool {
        var i = start
        let floor = max(limit, start - 160)
        while i > floor {
            if let open = context.openOf(closeAt: i - 1), open >= floor, open < i - 1 {
                // A quote that ends its sentence (她说：“…。”⏎林秀是…) ends the search.
                if i >= 2, context.isSentenceEnd(i - 2) { return false }
                i = open
                continue
            }
            let v = s[i - 1].value
            if context.isSentenceEnd(i - 1) { return false }
            // A line that ends without a comma ends its sentence.
            if CharacterClass.isLineBreak(v) {
                let end = context.skipSpaceBack(i - 1, floor)
                if end <= floor || !CharacterClass.isComma(s[end - 1].value) { return false }
            }
            if CharacterClass.isComma(v) && !CharacterClass.isEnumerationComma(v) || CharacterClass.isFullWidthColon(v),
               context.cues.longestMatch(in: s, endingAt: i - 1, limit: max(floor, i - 9)) != nil {
                return true
            }
            i -= 1
        }
        return false
    }

    /// The clause ending at `end` read as a frame: it ends with a word of `frameClosers` (时, 后), an opener of
    /// `frameOpeners` (在, 当) starts a word in it, and either the opener starts the clause (在接待来访者时) or
    /// enumeration commas split it (王立新在会见张明、李秋芳时), so that the clause-by-clause walk would take a person
    /// inside the frame for its subject. `clauseStart` is where the clause starts; `subject` is the one before the
    /// earliest opener that leaves one (王立新), nil when the frame opens the clause. Nil for any other clause.
    private func frame(endingAt end: Int, limit: Int) -> (clauseStart: Int, subject: SpeakerPhrase?)? {
        guard end > limit, context.frameClosers.longestMatch(in: s, endingAt: end, limit: limit) != nil else { return nil }
        var j = end
        var openers: [Int] = []
        var enumerates = false
        while j > limit {
            if let o = context.openOf(closeAt: j - 1), o >= limit, o < j - 1 { j = o; continue }
            let v = s[j - 1].value
            // The enumeration comma (、) joins items inside the frame; every other boundary ends the clause.
            if CharacterClass.isEnumerationComma(v) {
                enumerates = true
            } else if context.isClauseBoundary(v) {
                break
            } else if context.frameOpeners.longestMatch(in: s, startingAt: j - 1, limit: end) != nil {
                openers.append(j - 1)
            }
            j -= 1
        }
        guard !openers.isEmpty else { return nil }
        let start = j
        let opensClause = openers.last == context.skipSpaceForward(start, end)
        guard enumerates || opensClause else { return nil }
        // An opener inside a word (在 of 现在) opens nothing.
        openers.removeAll { !context.endsWord(at: $0) }
        guard !openers.isEmpty else { return nil }
        for opener in openers.reversed() where opener > start {
            if let phrase = subject(start, opener, bare: .never, possessors: true, organisations: false) { return (start, phrase) }
        }
        return (start, nil)
    }

    /// Whether the clause from `a` to `b` is a byline, which names the one who reports, not a subject of what follows:
    /// `bylineEnds` before a colon (本报北京1月5日电记者王立新报道：), before closing brackets (〔記者王立新／東海報導〕), or at
    /// the end of its line, as a photograph's credit stands (王立新 摄), or after a credit's label and colon that open its
    /// line (记者：王立新, 摄影：林大山), or inside the brackets after a dateline (7月31日电（记者王立新、陈明）) or of a credit (（记者王立新）).
    private func isByline(_ a: Int, _ b: Int) -> Bool {
        if context.followsCreditLabel(a) || context.inDatelineBrackets(a) || context.inCreditBrackets(a) { return true }
        var closed = context.skipSpaceBack(b, a)
        while closed > a, CharacterClass.isClosingBracket(s[closed - 1].value) { closed -= 1 }
        let endsLine = b >= s.count || CharacterClass.isLineBreak(s[b].value)
        let end = closed < b || endsLine ? closed : b < s.count && CharacterClass.isColon(s[b].value) ? b : nil
        return end.map { context.bylineEnds.longestMatch(in: s, endingAt: $0, limit: a) != nil } ?? false
    }

    /// The subject that opens the clause from `a` to `b`: a name, role, body, pronoun or work, after a frame or a
    /// description too (在老街开了四十年店的李秋芳); not a byline's name, nor a possessor before 的 unless `possessors`.
    func subject(_ a: Int, _ b: Int, bare: BareSubjects, possessors: Bool, organisations: Bool) -> SpeakerPhrase? {
        guard a < b else { return nil }
        if isByline(a, b) { return nil }
        if context.opensWithFrame(a, b) { return describedAfterFrame(a, b) }
        // A described person noun that a body's name goes on from (参加过展销的青山果农|协会副会长王立新) yields to the
        // titled name that ends the clause.
        let leading = context.parseChineseLeading(a, b)
        if let leading, leading.form == .role, leading.range.upperBound < b, let named = describedPersonClause(a, b) { return named }
        guard let phrase = leading ?? speakingOrganisation(a, b) ?? describedPersonClause(a, b)
                ?? (organisations ? organisationOpeningSentence(a, b) : nil) else {
            switch bare {
            case .never: return nil
            case .openingALine: return bareSubject(a, b)
            case .recurring:
                if let phrase = bareSubject(a, b, afterConnective: true), context.frameOpeners.longestMatch(in: s, startingAt: phrase.range.upperBound, limit: b) != nil,
                   context.timesWritten(phrase.range) >= 3 {
                    return phrase
                }
                fallthrough
            case .beforeACue:
                // A cue of two characters (告訴, 表示), or of one with punctuation after it (屋岚說，): not 指 of 指着.
                guard let phrase = bareSubject(a, b, afterConnective: true), let cue = context.cues.longestMatch(in: s, startingAt: phrase.range.upperBound, limit: b),
                      cue >= 2 || phrase.range.upperBound + cue == b || !context.isCJK(phrase.range.upperBound + cue) else { return nil }
                return phrase
            }
        }
        if !possessors, phrase.form != .work, context.attributiveParticles.longestMatch(in: s, startingAt: phrase.range.upperBound, limit: b) != nil { return nil }
        switch phrase.form {
        case .name, .role, .organisation, .pronoun, .work: return phrase
        case .zero, .bare: return nil
        }
    }

    /// A clause that is all one person described, too long for the leading parse (曾讓他再嘗影帝滋味的《遠山》導演張明，
    /// 得悉…後說): a name with its title or role after the description's last 的 (or the work a 的 describes), ending the
    /// clause. Not a role alone nor a bare name there: a clause of a subject and a verb may end with its object so
    /// (看着这批…的年轻人, …发展的关系).
    /// A description that holds a cue (张明说的李大山) is someone's words about the person, not the person.
    private func describedPersonClause(_ a: Int, _ b: Int) -> SpeakerPhrase? {
        guard b - a <= 40, b - a > 14 else { return nil }
        guard let particle = (a..<b - 2).last(where: { context.attributiveParticles.contains(s[$0]) }), particle > a else { return nil }
        var start = particle + 1
        if s[start].value == 0x300A, let close = context.titleClose[start], close < b - 2 { start = close + 1 }
        guard b - start >= 2, b - start <= 16, !context.cues.occurs(in: s, within: a..<particle),
              let person = context.parseChineseStrict(start, b), person.range.upperBound == b, person.kinship == nil,
              person.form == .name, person.title != nil else { return nil }
        return person
    }

    /// An organisation that opens the clause from `a` and has already spoken in the text with a cue (中策組…一再強調「…」
    /// … 中策組撇開前設，便問受訪者「…」): the clause's subject. Organisations a text only mentions are not (a clause may
    /// open with any noun), so the subject search reads none of them.
    private func speakingOrganisation(_ a0: Int, _ b: Int) -> SpeakerPhrase? {
        guard !speakingOrganisations.words.isEmpty,
              (a0..<min(b, a0 + 10)).contains(where: { speakingOrganisationFirsts.mayContain(s[$0].value) }) else { return nil }
        let a = context.stripLeading(a0, b)
        // The clause must open with one of their names, longest first, before any parse.
        for length in speakingOrganisations.matches(in: s, startingAt: a, limit: b).reversed() {
            let e = a + length
            guard e == b || context.endsWord(at: e), let phrase = context.parseChineseStrict(a, e), phrase.form == .organisation else { continue }
            return phrase
        }
        return nil
    }

    /// An organisation whose name opens the sentence or line at `a`, or follows a connective that does (青山公司近日…,
    /// 对此，青山市政府否认…): the subject that an empty subject later in the sentence continues (…，并称：). Only that
    /// continuation asks: elsewhere a clause may open with any noun, and only organisations that have spoken are
    /// subjects (``speakingOrganisation(_:_:)``).
    private func organisationOpeningSentence(_ a0: Int, _ b: Int) -> SpeakerPhrase? {
        let a = context.stripLeading(a0, b)
        guard context.opensSentenceOrLine(a) || followsConnectiveAlone(a) else { return nil }
        // The name ends before a connective of two characters or more (青山市政府一方面否认…, 青山公司同时表示…).
        var e = min(b, a + 12)
        if let connective = (a + 2..<max(a + 2, e)).first(where: { (context.connectives.longestMatch(in: s, startingAt: $0, limit: b) ?? 0) >= 2 }) {
            e = connective
        }
        while e >= a + 3 {
            // An ending of one character is a word of its own (青山|队), not the last of one (全部 of 老镢头全部).
            if context.endsOrganisationName(at: e, from: a), e == b || context.endsWord(at: e),
               (context.organisations.longestMatch(in: s, endingAt: e, limit: a) ?? 0) >= 2 || context.isWordBoundary(e - 1),
               let phrase = context.parseChineseStrict(a, e), phrase.form == .organisation {
                return phrase
            }
            e -= 1
        }
        return nil
    }

    /// Which given names alone (秀云, 屋岚: no list reads them) a subject search takes where a clause opens with one.
    enum BareSubjects {
        /// None.
        case never
        /// One that opens a line or sentence: the subject an empty subject after it continues, as in fiction.
        case openingALine
        /// One as ``beforeACue`` reads, or one that opens a line or sentence, is written at least three times around it and
        /// has a frame after it (秋芳对…很熟悉。⏎她常对我们说：): the one the text is about, whom a pronoun may stand
        /// for. (A common word may recur and open a line too: 希望大家…, 基本上…; a frame after it is rarer.)
        case recurring
        /// One that opens a line or sentence, or follows a connective that does (此外，), with a cue right after it
        /// (屋岚告訴…): it acts as a speaker does, so a pronoun may stand for it.
        case beforeACue
    }

    /// The person a clause that opens with a frame describes (在天桥底生活、依靠救济过活的露宿者张先生称): the name or role
    /// after the last 的 that ends the clause; the frame belongs to the description.
    private func describedAfterFrame(_ a0: Int, _ b: Int) -> SpeakerPhrase? {
        // Not after a preposition (给…的学生家长, 对…的记者): the noun is its object.
        let a = context.stripLeading(a0, b)
        guard context.prepositions.longestMatch(in: s, startingAt: a, limit: b) == nil,
              let particle = (a + 1..<b).last(where: { context.attributiveParticles.contains(s[$0]) }), particle + 1 < b,
              let phrase = context.parseChineseStrict(particle + 1, b) else { return nil }
        return phrase.form == .name || phrase.form == .role ? phrase : nil
    }

    /// Whether the clause at `a` follows one that is a connective alone opening its sentence or line (此外，, 不过，).
    private func followsConnectiveAlone(_ a: Int) -> Bool {
        let end = context.skipSpaceBack(a, 0)
        guard end > 1, CharacterClass.isClausePunctuation(s[end - 1].value),
              let length = context.connectives.longestMatch(in: s, endingAt: end - 1, limit: max(0, end - 6)) else { return false }
        return context.opensSentenceOrLine(end - 1 - length)
    }

    /// A given name alone that opens a line and its clause (秀云停下手里的活，低声说：⏎“…”): the subject an empty subject
    /// after it continues, as in fiction. Only the continuation of a zero subject asks: a guess from nothing would take
    /// any word that opens a line (修复, 重建) for a name. With a character list, only its people.
    private func bareSubject(_ a0: Int, _ b: Int, afterConnective: Bool = false) -> SpeakerPhrase? {
        let a = context.stripLeading(a0, b)
        guard context.opensSentenceOrLine(a) || afterConnective && followsConnectiveAlone(a) else { return nil }
        for length in [3, 2] where a + length < b {
            guard let phrase = context.parseChineseStrict(a, a + length), phrase.form == .bare, context.endsWord(at: a + length) else { continue }
            // Not the first word of an organisation's name (青山 of 青山公司撇开…).
            if (context.organisations.longestMatch(in: s, startingAt: a + length, limit: b) ?? 0) >= 2 { continue }
            // Nor of a place with its level (青山 of 青山市政府).
            if context.placeSuffixes.longestMatch(in: s, startingAt: a + length, limit: b) != nil { continue }
            // With a character list, a given name is one of its people (else a word that opens the line).
            if !aliases.isEmpty, aliases.canonical(phrase.name) == nil { continue }
            return phrase
        }
        return nil
    }
}
