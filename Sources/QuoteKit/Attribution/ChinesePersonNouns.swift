/// Nouns for people in a Chinese speaker phrase: the person noun at its end (老人, 村民们), the words that describe the
/// person before it (在场的), and the numbers that count people (一位, 百名, 4000多名), which name nobody; and the
/// captions of television news, which set a title or a place and role off from the name by spaces, and credit lines
/// (摄影：林大山), whose name is no one's subject.
extension AttributionContext {
    /// The length of the person noun that ends at `b`, with its plural suffix (学生们, 村民們) if any.
    func personNoun(endingAt b: Int, from a: Int) -> Int? {
        if let noun = personNouns.longestMatch(in: s, endingAt: b, limit: a) { return noun }
        // A relative counted as a person (一位年轻妈妈, 这位母亲): whose relative does not matter, the count makes them someone.
        if let kin = kinNouns.longestMatch(in: s, endingAt: b, limit: a), b - kin > a,
           personCounters.longestMatch(in: s, startingAt: a, limit: b - kin) != nil {
            return kin
        }
        guard let suffix = pluralSuffixes.longestMatch(in: s, endingAt: b, limit: a), b - suffix > a,
              let noun = personNouns.longestMatch(in: s, endingAt: b - suffix, limit: a) else { return nil }
        return noun + suffix
    }

    /// Where a count after a short place ends (巷口一位 | 卖菜的大婶, 现场一名 | 居民): the place says where the person
    /// is, and the name leaves it out with the count. Two to four characters of place, a word of their own, and a count
    /// of two characters or more (一位, 一名; not 此 or 有, which open other words); `nil` otherwise.
    func placedCountEnd(_ a: Int, _ head: Int) -> Int? {
        guard head - a >= 4 else { return nil }
        for p in a + 2...min(a + 4, head - 2) where !containsFunctionCharacter(a, p) && endsWord(at: p) {
            if let counter = personCounters.longestMatch(in: s, startingAt: p, limit: head), counter >= 2 {
                return determinerEnd(p, head)
            }
        }
        return nil
    }

    /// The name a description from `start` to `head` gives the person it ends in: a naming verb, a name and 的
    /// (一位名叫周明的老人 → 周明, 名叫秀云的姑娘 → 秀云); `nil` when it gives none.
    func nameGiven(_ start: Int, _ head: Int) -> String? {
        guard head - start >= 3, attributiveParticles.contains(s[head - 1]) else { return nil }
        // The verb may follow a count the word breaker joins to it (一名叫周明的: 一|名叫), which the caller left in.
        var verbStart = start
        if namingVerbs.longestMatch(in: s, startingAt: start, limit: head - 1) == nil,
           let counter = personCounters.longestMatch(in: s, startingAt: start, limit: head - 1) {
            verbStart = start + counter
        }
        guard let verb = namingVerbs.longestMatch(in: s, startingAt: verbStart, limit: head - 1) else { return nil }
        let nameStart = verbStart + verb, nameEnd = head - 1
        guard (2...8).contains(nameEnd - nameStart), let person = parseChineseStrict(nameStart, nameEnd), person.form == .name || person.form == .bare,
              person.range.lowerBound == nameStart else { return nil }
        return person.name
    }

    /// Whether the words before a person noun describe that person (在场的, 气象站, 一队的) rather than belong to a
    /// clause around it (他命令这几个民兵, 对于一个五十岁的农民, 正修改一个民工, 听民兵, 我听老人): nothing, or a phrase that
    /// opens with no preposition and holds no pronoun and no counting word (一个, 几位), ending in 的 or at most six scalars;
    /// a single character only after a count.
    func describesPerson(_ start: Int, _ nounStart: Int) -> Bool {
        let length = nounStart - start
        if length == 0 { return true }
        if isShare(start, nounStart) { return true }
        // One character describes the person only right after a count (一位老党员, 一个女职工); elsewhere it is a verb
        // whose object the noun is (听民兵).
        if !isCJK(start) && !numerals.contains(s[start]) || length == 1 && personCounters.longestMatch(in: s, endingAt: start, limit: max(0, start - 3)) == nil {
            return false
        }
        if prepositions.longestMatch(in: s, startingAt: start, limit: nounStart) != nil { return false }
        // A modifier of a character or two may stand between the description's 的 and the noun (到过东海的青年|牧民):
        // the description still ends in 的.
        let modifierStart = max(start + 1, nounStart - 3)
        let modified = !attributiveParticles.contains(s[nounStart - 1]) && modifierStart < nounStart - 1
            && (modifierStart..<nounStart - 1).contains { attributiveParticles.contains(s[$0]) && !containsFunctionCharacter($0 + 1, nounStart) }
        let attributive = modified || attributiveParticles.contains(s[nounStart - 1])
        // So is a frame (当主诊医生告知…: when the doctor told), unless 的 makes the words a description (在场的记者).
        if !attributive, opensWithFrame(start, nounStart) { return false }
        let counted = personCounters.occurs(in: s, within: start..<nounStart)
        for i in start..<nounStart {
            // A speech verb with the noun as its object (便问受访者, 告诉记者) is a clause, not a description (说话的老人);
            // a one-character cue only as a word of its own (问, not 道 of 铁道).
            if !attributive, let n = cues.longestMatch(in: s, startingAt: i, limit: nounStart),
               n >= 2 || endsWord(at: i) && endsWord(at: i + n) {
                return false
            }
            // So is a finished or ongoing action with the noun as its object (方便了乘客, 老大爷拉着记者), unless 的 makes it
            // a description, and a clause with a preposition in it (打电话给执行人员, 又向记者挥手: the noun is an object).
            if !attributive, perfectiveParticles.contains(s[i]) || durativeParticles.contains(s[i]) && i > start && endsWord(at: i + 1)
                || prepositions.longestMatch(in: s, startingAt: i, limit: nounStart) != nil {
                return false
            }
            // With 的 too when something is counted in it: the noun counted is the preposition's object (对旁边一位看书的
            // 姑娘, 送给这位…的同事), where a description counts something else (负责该工程的工程师).
            // So, with a modifier after the 的, is any preposition (秋芳就对热心的女服务员: the waitress is spoken to).
            if attributive, counted || modified, prepositions.longestMatch(in: s, startingAt: i, limit: nounStart) != nil { return false }
            // And so is one with an adverb of its own (仍不时会听到病人: the patients are what is heard), or a verb of seeing or
            // hearing (李阿姨看到社区干部来家里: the officials are what she sees).
            if !attributive, let n = modifiers.longestMatch(in: s, startingAt: i, limit: nounStart), endsWord(at: i + n) { return false }
            if !attributive, seeingVerbs.longestMatch(in: s, startingAt: i, limit: nounStart) != nil
                || hearingVerbs.longestMatch(in: s, startingAt: i, limit: nounStart) != nil {
                return false
            }
            // Places listed in a description (到过东海、南湖的) are joined by the enumeration comma.
            if attributive, CharacterClass.isEnumerationComma(s[i].value) { continue }
            // So are an age and other figures in digits (63岁的, 现年36岁的, 5000米决赛的).
            if attributive, isFigure(i) { continue }
            if !isCJK(i) || copulas.contains(s[i]) || male.longestMatch(in: s, startingAt: i, limit: nounStart) != nil
                || firstPerson.longestMatch(in: s, startingAt: i, limit: nounStart) != nil
                || female.longestMatch(in: s, startingAt: i, limit: nounStart) != nil
                || plural.longestMatch(in: s, startingAt: i, limit: nounStart) != nil {
                return false
            }
            // A counting word of its own (正修改一个民工: the noun is what is counted, an object), not the first character
            // of another word (有关专家); inside a description ending in 的 it counts something else (负责该工程的工程师).
            if !attributive, let counter = personCounters.longestMatch(in: s, startingAt: i, limit: nounStart), endsWord(at: i + counter) {
                return false
            }
        }
        return attributive || length <= 6
    }

    /// Whether the words from `start` to `end` are a share written in digits and its particle (73％的, 12.5%的): like
    /// 六成的, they say how many of the people the noun after them spoke.
    func isShare(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, isFigure(i) { i += 1 }
        guard i > start, let sign = shareSigns.longestMatch(in: s, startingAt: i, limit: end) else { return false }
        return i + sign + 1 == end && attributiveParticles.contains(s[end - 1])
    }

    /// Where a number and the measure word that counts people end at `end` (百名, 4000多名, 三位), when they do:
    /// numerals right before a word of `personMeasures`.
    func countStart(endingAt end: Int, from a: Int) -> Int? {
        guard let measure = personMeasures.longestMatch(in: s, endingAt: end, limit: a) else { return nil }
        var start = end - measure
        while start > a, numerals.contains(s[start - 1]) { start -= 1 }
        return start < end - measure ? start : nil
    }

    /// Whether the number at `start` is the numeral for one alone (一名, not 十一名).
    func counts(one start: Int) -> Bool {
        numerals.longestMatch(in: s, startingAt: start) == 1 && personCounters.longestMatch(in: s, startingAt: start) != nil
    }

    /// The length of a number and the measure word that counts people opening the phrase at `a` (三位, 4000多名).
    func countLength(at a: Int, limit: Int) -> Int? {
        var end = a
        while end < limit, numerals.contains(s[end]) { end += 1 }
        guard end > a, let measure = personMeasures.longestMatch(in: s, startingAt: end, limit: limit) else { return nil }
        return end + measure - a
    }

    /// Whether the words from `a` to `e` open with a cue or a verb that bids or tells someone (威胁, 批评) of two
    /// characters or more, a word of its own.
    func opensWithVerbToSomeone(_ a: Int, _ e: Int) -> Bool {
        let verb = max(cues.longestMatch(in: s, startingAt: a, limit: e) ?? 0, directiveVerbs.longestMatch(in: s, startingAt: a, limit: e) ?? 0)
        return verb >= 2 && endsWord(at: a + verb)
    }

    /// Whether a description ending in 的 stands right before `i` (负责该工程的 | 副总工程师): after a number or
    /// demonstrative, which marks the whole as one noun phrase, such a phrase may be longer than a bare role, up to 20
    /// scalars.
    func describedAt(_ i: Int) -> Bool {
        i > 0 && attributiveParticles.contains(s[i - 1])
    }

    /// A title, a space and a name, as the captions of television news write a speaker (東山國小校長 李秋芳:): the name
    /// speaks with the title; `nil` unless one run of spaces parts a region ending in a title from a name after it.
    func spacedTitleName(_ a: Int, _ b: Int) -> SpeakerPhrase? {
        guard b - a >= 5, let space = (a + 2..<b - 2).first(where: { isSpace($0) }) else { return nil }
        let rest = skipSpaceForward(space, b)
        guard rest < b, !(rest..<b).contains(where: { isSpace($0) }),
              let title = titles.longestMatch(in: s, endingAt: space, limit: a),
              let person = parseChineseStrict(rest, b), person.form == .name, person.range.lowerBound == rest, person.title == nil
        else { return nil }
        let titleText = string(space - title..<space)
        return SpeakerPhrase(form: .name, range: a..<b, mention: string(a..<b), name: person.name, title: titleText,
                             gender: person.gender == .unknown ? genderOfTitles([titleText]) : person.gender)
    }

    /// The name after the last space between ideographs in `start..<end`, when a colon follows `end` and `start` opens a
    /// sentence or line: a caption whose words before the name are more than one title (攤販 王立新：, 农会 推广员 李秋芳：;
    /// ``spacedTitleName(_:_:)`` reads a title and a name whole). `nil` when no such space stands in the range or no name
    /// follows it.
    func captionName(_ start: Int, _ end: Int) -> SpeakerPhrase? {
        let colon = skipSpaceForward(end, s.count)
        guard colon < s.count, CharacterClass.isColon(s[colon].value),
              opensSentenceOrLine(start) || followsQuotedSentence(start) else { return nil }
        var k = end - 1
        while k > start, !(isSpace(k) && isCJK(k - 1)) { k -= 1 }
        guard k > start else { return nil }
        let nameStart = skipSpaceForward(k, end)
        guard nameStart < end, isCJK(nameStart), let name = parseChineseStrict(nameStart, end), name.form == .name,
              name.range.lowerBound == nameStart else { return nil }
        return name
    }

    /// Where the ideographs and spaces of a line that follow `pos` end before a colon, within 12 scalars; `nil` when
    /// anything else stands before the colon or none follows.
    func captionEnd(after pos: Int) -> Int? {
        var k = pos
        while k < s.count, k - pos < 12, isCJK(k) || isSpace(k) && !CharacterClass.isLineBreak(s[k].value) { k += 1 }
        guard k < s.count, CharacterClass.isColon(s[k].value) else { return nil }
        return skipSpaceBack(k, pos)
    }

    /// Whether the reporter opens the words from `start` to `end` with more after them (记者发现工地的, 记者来到): that is
    /// the reporter's clause, whose object a person noun or a title after it is; not where 的 follows (记者的).
    func opensReporterClause(_ start: Int, _ end: Int) -> Bool {
        reporterNouns.longestMatch(in: s, startingAt: start, limit: end).map { start + $0 < end && !attributiveParticles.contains(s[start + $0]) } ?? false
    }

    /// Whether `a` stands inside the brackets after a dateline (新华社北京7月31日电（记者王立新、陈明）, 本报讯 (林秀芬)),
    /// within 40 scalars of the opening bracket: the reporters named there report the story and say nothing in it.
    func inDatelineBrackets(_ a: Int) -> Bool {
        guard let open = openingBracket(before: a) else { return false }
        let end = skipSpaceBack(open, max(0, open - 8))
        return datelineEnds.longestMatch(in: s, endingAt: end, limit: max(0, end - 4)) != nil
    }

    /// Whether `a` stands inside brackets that open with a reporter or a credit's label (（记者王立新）, （记者王立新
    /// 通讯员陈明）), as reports end or sign a photograph: who is named there reports and says nothing.
    func inCreditBrackets(_ a: Int) -> Bool {
        guard let open = openingBracket(before: a) else { return false }
        let start = skipSpaceForward(open + 1, a)
        return reporterNouns.longestMatch(in: s, startingAt: start, limit: a) != nil || creditLabels.longestMatch(in: s, startingAt: start, limit: a) != nil
    }

    /// The opening bracket whose brackets hold `a`, within 40 scalars on its line; `nil` where a closing bracket or a
    /// sentence's end comes first.
    private func openingBracket(before a: Int) -> Int? {
        var k = a - 1
        while k >= max(0, a - 40) {
            let v = s[k].value
            if CharacterClass.isLineBreak(v) || CharacterClass.isClosingBracket(v) || CharacterClass.isSentenceFinal(v) { return nil }
            if CharacterClass.isOpeningBracket(v) { return k }
            k -= 1
        }
        return nil
    }

    /// Whether `a` follows a colon after a word of `reporterNouns`, `bylineEnds` or `creditLabels` that opens its line
    /// or follows a space there: the name of a credit (记者：王立新, 摄影：林大山, 来源：青山日报　编辑：林秀芬), who reports
    /// and says nothing.
    func followsCreditLabel(_ a: Int) -> Bool {
        let colon = skipSpaceBack(a, max(0, a - 8))
        guard colon > 0, CharacterClass.isColon(s[colon - 1].value) else { return false }
        let labelEnd = skipSpaceBack(colon - 1, max(0, colon - 9))
        let limit = max(0, labelEnd - 8)
        guard let label = reporterNouns.longestMatch(in: s, endingAt: labelEnd, limit: limit)
                ?? bylineEnds.longestMatch(in: s, endingAt: labelEnd, limit: limit)
                ?? creditLabels.longestMatch(in: s, endingAt: labelEnd, limit: limit) else { return false }
        let start = labelEnd - label
        return start == 0 || CharacterClass.isLineBreak(s[start - 1].value) || isSpace(start - 1)
    }
}
