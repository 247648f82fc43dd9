/// The parts of a Chinese speaker phrase around a name: where a name may start and end (surnames, and what may follow
/// a name; names spelt otherwise are in ChineseForeignNames.swift), what may stand before it (titles, roles, a number
/// or demonstrative with its organisation, a relation after 的), the name a lone surname refers back to, and the words
/// that are no name.
extension AttributionContext {
    /// Whether the words from `a0` (connectives stripped) open with a one-character frame opener that is a word of its
    /// own and no surname (当记者问起…, 当主诊医生告知…: what follows is inside the frame; not 在 of 在野党, nor 于 of
    /// 于明, a name's).
    func opensWithFrame(_ a0: Int, _ b: Int) -> Bool {
        let a = stripLeading(a0, b)
        guard a + 1 < b, frameOpeners.longestMatch(in: s, startingAt: a, limit: a + 1) == 1,
              surnames.longestMatch(in: s, startingAt: a, limit: a + 1) == nil else { return false }
        return endsWord(at: a + 1)
    }

    /// Whether a word for people (同行, 同事, 与会者) starts at `i`: its first character is then no preposition or frame
    /// opener (同 of 瑞士同行说).
    func startsWordForPeople(at i: Int, limit: Int) -> Bool {
        personNouns.longestMatch(in: s, startingAt: i, limit: limit) != nil || kinNouns.longestMatch(in: s, startingAt: i, limit: limit) != nil
    }

    /// Where the number or demonstrative opening the phrase at `a` ends (一位, 该, 这几位, 许多), with the organisation it
    /// points back to and a number after that (该厂, 该厂一位, 该国): what comes before a title or person noun and names
    /// nobody. `nil` when none opens it, or when the word breaker finds it is the start of another word (有 of 有关).
    func determinerEnd(_ a: Int, _ limit: Int) -> Int? {
        guard let counter = personCounters.longestMatch(in: s, startingAt: a, limit: limit) ?? countLength(at: a, limit: limit) else { return nil }
        let counterEnd = a + counter
        if counterEnd < limit, let owner = organisations.longestMatch(in: s, startingAt: counterEnd, limit: limit), counterEnd + owner < limit {
            var end = counterEnd + owner
            end += personCounters.longestMatch(in: s, startingAt: end, limit: limit) ?? 0
            if endsWord(at: end) { return end }
        }
        return endsWord(at: counterEnd) ? counterEnd : nil
    }

    /// Where a gloss in brackets that ends at `end` opens (卡洛斯（Carlos Lima）, 张明（音）): a name in Latin letters, or
    /// words of `glossWords` saying how the name was written, within 40 scalars after `lower`; `nil` when no such
    /// bracket ends there.
    func glossStart(endingAt end: Int, lower: Int) -> Int? {
        guard end - 2 > lower, CharacterClass.isClosingParenthesis(s[end - 1].value) else { return nil }
        var open = end - 2
        while open > max(lower, end - 40), !CharacterClass.isOpeningParenthesis(s[open].value) { open -= 1 }
        guard open > lower, CharacterClass.isOpeningParenthesis(s[open].value), open + 1 < end - 1 else { return nil }
        let inside = open + 1..<end - 1
        if glossWords.longestMatch(in: s, startingAt: inside.lowerBound, limit: inside.upperBound) == inside.count { return open }
        return latinRunStart(endingAt: inside.upperBound, from: inside.lowerBound) == inside.lowerBound ? open : nil
    }

    /// Whether the two scalars from `a` to `b` are a familiar name: a prefix of `familiarPrefixes` and a one-character
    /// surname (小王, 老李), not a word of `notNames` (小麦, 小时); or a prefix of `givenNamePrefixes` and a character of
    /// the given name that the word breaker leaves a word of its own (阿峰, 阿榮: Taiwan and Hong Kong features call
    /// people so), which no dictionary word (阿姨), person noun or relative is.
    func isFamiliarName(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 2, familiarPrefixes.contains(s[a]), !notNames.contains(s, a..<b) else { return false }
        if surnames.longestMatch(in: s, startingAt: a + 1, limit: b) == 1 { return true }
        guard givenNamePrefixes.contains(s[a]), isCJK(a + 1), !notInNames.contains(s[a + 1]),
              personNouns.longestMatch(in: s, startingAt: a, limit: b) == nil, kinNouns.longestMatch(in: s, startingAt: a, limit: b) == nil
        else { return false }
        return endsWord(at: a + 1) && endsWord(at: b)
    }

    /// Possible starts of a personal name ending at `e`: known names, then surname + one or two characters.
    func nameStarts(endingAt e: Int, from a: Int) -> [Int] {
        var result: [Int] = []
        if let k = knownNames.longestMatch(in: s, endingAt: e, limit: a) { result.append(e - k) }
        if let k = listedForms.longestMatch(in: s, endingAt: e, limit: a), !result.contains(e - k) { result.append(e - k) }
        // A word followed by a perfective particle of its own (包含了) is a verb, whatever its first character.
        if e + 1 < s.count, perfectiveParticles.contains(s[e]), endsWord(at: e + 1) { return result }
        for length in [3, 2, 4] {
            let start = e - length
            guard start >= a else { continue }
            guard let sn = surnames.longestMatch(in: s, startingAt: start, limit: e), sn < length, length - sn <= 2 else { continue }
            // After a number the character is a classifier or unit (三项, 第（一）项), not a surname.
            if followsNumeral(start) { continue }
            // A place with its level (江苏省, 黄山市) opens with a surname character too.
            if length - sn == 2, placeSuffixes.longestMatch(in: s, endingAt: e, limit: start + sn) != nil { continue }
            // A compound surname whose first character ends a title (市长孙明: 市长 + 孙明, not 市 + 长孙明) is the title's.
            if sn >= 2, titles.longestMatch(in: s, endingAt: start + 1, limit: a) != nil,
               surnames.longestMatch(in: s, startingAt: start + 1, limit: e) != nil {
                continue
            }
            // A word that starts like a surname but is a cue or modifier (包括, 高度) is no name.
            if (cues.longestMatch(in: s, startingAt: start, limit: e) ?? 0) >= 2 || (modifiers.longestMatch(in: s, startingAt: start, limit: e) ?? 0) >= 2 {
                continue
            }
            // Nor one whose given name is a modifier (曾长期供职…: 曾 is a modifier before another, not a surname).
            if (modifiers.longestMatch(in: s, startingAt: start + sn, limit: e) ?? 0) >= 2 { continue }
            // Nor a modifier that is a surname too before a verb of speaking or asking (曾劝我回去, 曾问: the adverb and
            // the verb of a clause whose subject stands earlier).
            if sn == 1, modifiers.longestMatch(in: s, startingAt: start, limit: start + 1) == 1,
               directiveVerbs.longestMatch(in: s, startingAt: start + 1, limit: e) != nil || cues.longestMatch(in: s, startingAt: start + 1, limit: e) != nil {
                continue
            }
            var ok = true
            for i in start + sn..<e {
                if !isCJK(i) || notInNames.contains(s[i]) && !(i == e - 1 && length == 3 && endsTitledName(start, e, from: a))
                    && !givenNameCharacter(at: i, givenName: start + sn..<e) { ok = false; break }
            }
            // Nor may it open a word of state in the ABB shape (周明|乐呵呵地说; not 李大山|长长地, whose adverbial is the pair).
            if ok, length == 3, opensStateWord(at: e - 1) { ok = false }
            // The last character must not start a cue or modifier (张明笑说 is 张明 + 笑说).
            if ok, length >= 3, let c = cues.longestMatch(in: s, startingAt: e - 1, limit: min(s.count, e + 3)) ?? modifiers.longestMatch(in: s, startingAt: e - 1, limit: min(s.count, e + 3)), c >= 2 {
                ok = false
            }
            // Nor a day with its date in brackets (周明今（20）日表示 is 周明 + 今（20）日).
            if ok, length >= 3, bracketedDayEnd(startingAt: e - 1, min(s.count, e + 8)) != nil { ok = false }
            if ok, !result.contains(start) { result.append(start) }
        }
        return result
    }

    /// Whether the character at `i` is one of `givenNameCharacters` where a two-character given name may hold it (first, or
    /// last right before a cue or punctuation: 赵有德, 周长有说; not 张明有三个孩子) or one of `givenNameFirstCharacters`
    /// first (林时雄), and not as the start of a word of time
    /// (陈月底表示).
    private func givenNameCharacter(at i: Int, givenName: Range<Int>) -> Bool {
        guard givenName.count == 2 else { return false }
        if i == givenName.lowerBound {
            guard givenNameCharacters.contains(s[i]) || givenNameFirstCharacters.contains(s[i]) else { return false }
            return timeWords.longestMatch(in: s, startingAt: i, limit: givenName.upperBound) == nil
        }
        guard givenNameCharacters.contains(s[i]) else { return false }
        let end = givenName.upperBound
        return end >= s.count || isClauseBoundary(s[end].value) || cues.longestMatch(in: s, startingAt: end) != nil
    }

    /// Whether the words from `a` to `nounStart` describe the person (``describesPerson(_:_:)``) and hold no preposition,
    /// which would make the person its object, spoken to rather than speaking (张明对年过七旬的青山乡农民…).
    func describesPersonAsSubject(_ a: Int, _ nounStart: Int) -> Bool {
        describesPerson(a, nounStart) && !prepositions.occurs(in: s, within: a..<nounStart)
            && !opensWithOngoingAction(a, nounStart)
    }

    /// Whether the words from `a` open with a person and a verb of one or two characters with a particle of an action
    /// going on (林秀芬指著…的遊客): the person does it, and the noun at `nounStart` is its object, not the one described.
    func opensWithOngoingAction(_ a: Int, _ nounStart: Int) -> Bool {
        // The first such particle decides: a later one belongs to the description itself.
        guard let particle = (a + 3..<max(a + 3, nounStart - 1)).first(where: { durativeParticles.contains(s[$0]) && endsWord(at: $0 + 1) })
        else { return false }
        return (1...2).contains { verb in
            guard particle - verb - a >= 2, let person = parseChineseStrict(a, particle - verb) else { return false }
            return person.range.lowerBound == a && (person.form == .name || person.form == .pronoun)
        }
    }

    /// Whether the three characters from `start` to `e` may be a name ending in a character of `givenNameEnds`: a title
    /// stands right before it (书记王立才) or right after it (李秋如牧师).
    private func endsTitledName(_ start: Int, _ e: Int, from a: Int) -> Bool {
        guard givenNameEnds.contains(s[e - 1]) else { return false }
        return titles.longestMatch(in: s, endingAt: start, limit: a) != nil || titles.longestMatch(in: s, startingAt: e) != nil
            || (personNouns.longestMatch(in: s, startingAt: e) ?? 0) >= 2
    }

    /// Whether the two characters of a name from `start` to `e` after a title are the first two of a three-character
    /// name ending in a character of `givenNameEnds` (镇党委书记陈德|才感叹道): after a title the name runs on to the
    /// cue, rather than leaving 才 an adverb.
    func cutsTitledName(_ start: Int, _ e: Int, from a: Int) -> Bool {
        e - start == 2 && e < s.count && givenNameEnds.contains(s[e]) && titles.longestMatch(in: s, endingAt: start, limit: a) != nil
            && nameMayEnd(at: e + 1)
    }

    /// Where the nearest title within eight scalars of `start` ends, a few characters qualifying it before it included
    /// (原镇长, 副主任): one of a person's titles in a series (党委书记、原镇长王立新). `nil` when none does.
    func titleRun(at start: Int) -> Int? {
        var end = start + 1
        while end <= min(s.count, start + 8), isCJK(end - 1) {
            if let t = titles.longestMatch(in: s, endingAt: end, limit: start), !containsFunctionCharacter(start, end - t) { return end }
            end += 1
        }
        return nil
    }

    /// Whether what follows `end` lets a name end there: the end of the text, punctuation, or a cue, a modifier, a
    /// title, a preposition, a frame's opener or a date that starts at `end` (张明说, 张明，, 张明一再强调, 张明教授,
    /// 张明对记者说, 张明在会上说, 张明3日说).
    func nameMayEnd(at end: Int) -> Bool {
        end >= s.count || isClauseBoundary(s[end].value) || cues.longestMatch(in: s, startingAt: end) != nil
            || modifiers.longestMatch(in: s, startingAt: end) != nil || titles.longestMatch(in: s, startingAt: end) != nil
            || prepositions.longestMatch(in: s, startingAt: end) != nil || frameOpeners.longestMatch(in: s, startingAt: end) != nil
            || numerals.longestMatch(in: s, startingAt: end) != nil
    }

    /// Whether an adverbial of a few ideographs ending in its particle, then a cue, starts at `end` where a word ends
    /// (张明|高兴地说, 李大山|眉开眼笑地说): how the subject spoke, after it.
    func adverbialBeforeCue(at end: Int) -> Bool {
        guard end < s.count, isCJK(end) else { return false }
        var i = end + 1
        while i < min(s.count, end + 7), isCJK(i) {
            // The word breaker is asked last, and only here: most names have no such adverbial after them.
            if adverbialParticles.contains(s[i]), i + 1 < s.count, cues.longestMatch(in: s, startingAt: i + 1) != nil { return endsWord(at: end) }
            i += 1
        }
        return false
    }

    /// Whether a clause of time with no opener starts at `end` where a word ends (李大山|回乡后高兴地说, 張明|得悉消息後說):
    /// two to ten ideographs, a word of `eventClosers`, perhaps a comma, and a cue within eight scalars of its clause.
    func clauseOfTimeBeforeCue(at end: Int) -> Bool {
        guard end < s.count, isCJK(end) else { return false }
        var i = end + 2
        while i < min(s.count, end + 11), isCJK(i) {
            if let closer = eventClosers.longestMatch(in: s, startingAt: i) {
                var j = i + closer
                if j < s.count, CharacterClass.isClauseComma(s[j].value) { j += 1 }
                var k = j
                while k < min(s.count, j + 8), !isClauseBoundary(s[k].value) {
                    if cues.longestMatch(in: s, startingAt: k) != nil { return endsWord(at: end) }
                    k += 1
                }
            }
            i += 1
        }
        return false
    }

    /// Whether the words from `a` to the name at `start` describe the one spoken to: a preposition opens them and 的 ends
    /// them (对坐在椅子上的王立新说: 王立新 is spoken to, not speaking).
    func describesOneSpokenTo(from a: Int, name start: Int) -> Bool {
        start - a >= 2 && attributiveParticles.contains(s[start - 1]) && prepositions.longestMatch(in: s, startingAt: a, limit: start - 1) != nil
    }

    /// Whether such a description (``describesOneSpokenTo(from:name:)``) opens anywhere from `lower` on and ends at the
    /// name at `start` (张明又对坐在椅子上的王立新说: from the clause's start).
    func describesOneSpokenTo(openingFrom lower: Int, name start: Int) -> Bool {
        start - lower >= 2 && (lower...start - 2).contains { describesOneSpokenTo(from: $0, name: start) }
    }

    /// Whether a pronoun opens the words from `a` to the name at `start` and a preposition later opens a description of
    /// the name (他于是对正等着他回话的王立新说): the pronoun is the subject, and the one described is spoken to. A
    /// preposition before the pronoun stays inside the description (不曾跟他合作过的王立新).
    private func spokenToAfterSubject(_ a: Int, _ start: Int) -> Bool {
        guard let subject = male.longestMatch(in: s, startingAt: a, limit: start) ?? female.longestMatch(in: s, startingAt: a, limit: start)
        else { return false }
        return describesOneSpokenTo(openingFrom: a + subject, name: start)
    }

    /// Whether a numeral stands right before `i`, bare or in brackets (三项, 第（一）项).
    func followsNumeral(_ i: Int) -> Bool {
        var end = i
        if end > 0, CharacterClass.isClosingParenthesis(s[end - 1].value) { end -= 1 }
        return end > 0 && numerals.longestMatch(in: s, endingAt: end, limit: max(0, end - 4)) != nil
    }

    /// The name in full that a surname standing alone at `a` refers back to: the nearest name with that surname in the
    /// 3,000 scalars before, where it stands as a name: a word starts there (not 史 of 历史), and a cue, title,
    /// honorific, punctuation or 的 follows it, or a title or person noun comes before it and a word ends after it
    /// (露宿者张明昨日说); `nil` when there is none.
    func fullName(forSurnameAt a: Int, familiar: Bool = false) -> String? {
        let surname = s[a]
        var j = a - 1
        let lower = max(0, a - 3000)
        while j >= lower {
            let start = j
            j -= 1
            guard s[start] == surname else { continue }
            for length in [3, 2] where start + length < a {
                let end = start + length
                guard nameStarts(endingAt: end, from: start).contains(start), !notNames.contains(s, start..<end),
                      start == 0 || endsWord(at: start) else { continue }
                if nameMayEnd(at: end) || attributiveParticles.contains(s[end]) || honorifics.longestMatch(in: s, startingAt: end) != nil {
                    return string(start..<end)
                }
                let introduced = titles.longestMatch(in: s, endingAt: start, limit: max(0, start - 8)) != nil
                    || personNouns.longestMatch(in: s, endingAt: start, limit: max(0, start - 8)) != nil
                if introduced, endsWord(at: end) { return string(start..<end) }
                // A familiar prefix (阿陈) makes the surname a person's: a full name of three that is a word of its own will do.
                if familiar, length == 3, endsWord(at: end) { return string(start..<end) }
                // A full name the report writes again and again is the one it shortens (经过黄立新审批…黄立新爱喝茶…黄说).
                if length == 3, endsWord(at: end), timesWritten(start..<end) >= 2 { return string(start..<end) }
            }
        }
        return nil
    }

    /// Whether the words of `owner`, whole, are a name, a role or a body, which owns the relative or colleague right after
    /// it as 的 would (李大山妻子, 死者父亲, 协会秘书).
    func ownsRelative(_ owner: Range<Int>) -> Bool {
        guard owner.count >= 2, let possessor = parseChineseStrict(owner.lowerBound, owner.upperBound) else { return false }
        return (possessor.form == .name || possessor.form == .role || possessor.form == .organisation) && possessor.range == owner
    }

    /// The person that the last character of a given name and a word of address at `a` call (芬姐, 山叔: Hong Kong and
    /// Taiwan news call people so), when the report named them in full before (``fullName(endingWithGivenAt:)``).
    func addressedByGivenName(at a: Int, limit b: Int) -> SpeakerPhrase? {
        guard a + 2 <= b, addressSuffixes.contains(s, a + 1..<a + 2), let full = fullName(endingWithGivenAt: a) else { return nil }
        return SpeakerPhrase(form: .name, range: a..<a + 2, mention: string(a..<a + 2), name: full)
    }

    /// The person a familiar prefix and one character at `a` call (老王 and 阿陈 by the surname, 阿芬 by the end of the
    /// given name), when the report named them in full before: Hong Kong and Taiwan features name someone once, then
    /// call them so.
    func familiarName(at a: Int, limit b: Int) -> SpeakerPhrase? {
        guard a + 2 <= b, familiarPrefixes.contains(s[a]) else { return nil }
        let bySurname = surnames.contains(s, a + 1..<a + 2) ? fullName(forSurnameAt: a + 1, familiar: true) : nil
        // A full name whose given name is the two characters themselves (王小明 for 小明) is not what they shorten: the
        // text calls the person by the given name, as it does wherever else it writes it.
        let mention = string(a..<a + 2)
        guard let full = bySurname ?? fullName(endingWithGivenAt: a + 1).flatMap({ $0.hasSuffix(mention) ? nil : $0 }) else { return nil }
        return SpeakerPhrase(form: .name, range: a..<a + 2, mention: mention, name: full)
    }

    /// The full name of three characters, written within 3,000 scalars before `a`, whose given name ends with the
    /// character at `a` (林秀芬 for the 芬 of 芬姐): the name a report calls the person by with a word of address.
    func fullName(endingWithGivenAt a: Int) -> String? {
        let given = s[a]
        var end = a
        let lower = max(3, a - 3000)
        while end > lower {
            let last = end - 1
            end -= 1
            guard s[last] == given, last + 1 < a else { continue }
            let start = last - 2
            guard nameStarts(endingAt: last + 1, from: start).contains(start), !notNames.contains(s, start..<last + 1),
                  start == 0 || endsWord(at: start), endsWord(at: last + 1) else { continue }
            return string(start..<last + 1)
        }
        return nil
    }

    /// Where a quote opening the region at `a` ends (just past its closing mark), when a title or person noun follows
    /// it inside the region: a quoted name qualifying a role (「青年志願者協會」會長). `nil` otherwise.
    func quotedNameEnd(_ a: Int, _ b: Int) -> Int? {
        guard CharacterClass.isQuotationMark(s[a].value) else { return nil }
        var close = a + 1
        while close < b, openOf(closeAt: close) != a { close += 1 }
        guard close + 1 < b else { return nil }
        let rest = close + 1
        guard titles.longestMatch(in: s, startingAt: rest, limit: b) != nil || personNouns.longestMatch(in: s, startingAt: rest, limit: b) != nil else { return nil }
        return rest
    }

    /// What may precede a name: nothing, a title (省长宋立平), a role (召集人林秀雲; one of two characters, 村民张明, only with
    /// `shortRole`), a relation after 的 (王建国的女儿王小红), 的, or an organisation (清华大学张明).
    func prefixAcceptable(_ a: Int, _ start: Int, shortRole: Bool = false) -> (title: String?, Void)? {
        if start == a { return (nil, ()) }
        // A role after a description and the place it belongs to (年过七旬的青山乡农民李大山): the description makes the
        // whole one noun phrase.
        if let t = personNouns.longestMatch(in: s, endingAt: start, limit: a), t >= 2,
           let particle = (a..<start - t).last(where: { attributiveParticles.contains(s[$0]) }),
           start - t - particle - 1 <= 12, !containsFunctionCharacter(particle + 1, start - t, allowingFigures: true),
           describesPersonAsSubject(a, particle + 1) {
            return (string(start - t..<start), ())
        }
        // A clause that describes the person ends in 的, however long (在第十届国际电影节上获得最佳女演员奖的李秋芳), unless
        // it describes the one spoken to.
        if start - a > 16 {
            if attributiveParticles.contains(s[start - 1]) { return describesOneSpokenTo(from: a, name: start) ? nil : (nil, ()) }
            return titleAfterOrganisation(a, start)
        }
        if let t = titles.longestMatch(in: s, endingAt: start, limit: a) { return (string(start - t..<start), ()) }
        // A role in apposition before the name (召集人林秀雲, 村民张明); one of two characters only where it opens the phrase or
        // follows 的 (not 人民 of 中国人民解放军).
        if let t = personNouns.longestMatch(in: s, endingAt: start, limit: a),
           t >= 3 || shortRole && t == 2 && (start - t == a || attributiveParticles.contains(s[start - t - 1]) || fieldBeforeRole(a, start - t, name: start)) {
            return (string(start - t..<start), ())
        }
        // A role no lexicon lists, opening the phrase or after 的 (场长王立新, 养殖户李大山, 他的合演者罗伯特): a few ideographs
        // ending in a role's last character, again only where the name ends the phrase; or three or more ending in an
        // agent's suffix, which makes them a person noun wherever the name ends (正如合演者罗伯特所说).
        let agent = agentSuffixes.contains(s, start - 1..<start)
        if shortRole && roleEndings.contains(s, start - 1..<start) || agent {
            // After 的, whose role it is: a pronoun's, or words that describe the person (not 张明对…的农民李大山, the one
            // spoken to).
            let roleStart = (a..<start).last(where: { attributiveParticles.contains(s[$0]) }).map { $0 + 1 } ?? a
            let owned = roleStart == a || pronoun(a, roleStart - 1) != nil || describesPersonAsSubject(a, roleStart)
            let shortest = agent && !shortRole ? 3 : 2
            if owned, (shortest...5).contains(start - roleStart), !containsFunctionCharacter(roleStart, start) {
                return (string(roleStart..<start), ())
            }
        }
        // A role no lexicon lists right after the body it belongs to (东山水厂化验工王立新): the body's name says whose role
        // the few characters before the name are, where a word ends with them (not 工 of 绿化工程).
        if start - a >= 4, roleEndings.contains(s, start - 1..<start) || agent, endsWord(at: start),
           let body = (max(a + 2, start - 4)...start - 2).reversed().first(where: { endsOrganisationName(at: $0, from: a) }),
           !containsFunctionCharacter(body, start) {
            return (string(body..<start), ())
        }
        // Whose relative or colleague (王建国的女儿王小红, 张明的同事李华), a pronoun's (他媳妇秀兰), a name's, a role's or a
        // body's right before it (协会秘书林秀芬), or no one's said (妻子李秋芳).
        if let t = kinNouns.longestMatch(in: s, endingAt: start, limit: a), start - t >= a,
           start - t == a || attributiveParticles.contains(s[start - t - 1]) || pronoun(a, start - t) != nil
            || ownsRelative(a..<start - t) {
            return (string(start - t..<start), ())
        }
        if attributiveParticles.longestMatch(in: s, endingAt: start, limit: a) != nil {
            return describesOneSpokenTo(from: a, name: start) || spokenToAfterSubject(a, start) || opensWithOngoingAction(a, start - 1) ? nil : (nil, ())
        }
        if endsOrganisationName(at: start, from: a) { return (nil, ()) }
        return nil
    }

    /// Whether the words from `a` to a role of two characters at `roleStart` name the field or team the role is held in
    /// (篮球老将艾琳娜, 该国中场大将艾琳娜, 青山队巴西前锋卡洛斯, 青山高中考生吴同学): two to six ideographs with no function
    /// character or ending as an organisation's name does, after a count or demonstrative and places if any, the role a
    /// word of its own, and the name after it no common word that opens with a surname (not 中国人民|解放军).
    func fieldBeforeRole(_ a: Int, _ roleStart: Int, name start: Int) -> Bool {
        var opening = determinerEnd(a, roleStart) ?? a
        var shortestField = 2
        // Places before the field (东海市青山区|回迁居民): the field is what follows the last of them, one character or more.
        if roleStart - opening > 6, let place = (opening + 1..<roleStart - 1).last(where: { placeSuffixes.contains(s[$0]) }),
           roleStart - place - 1 <= 6, place + 1 - opening <= 12,
           (opening...place).allSatisfy({ isCJK($0) && !attributiveParticles.contains(s[$0]) }) {
            opening = place + 1
            shortestField = 1
        }
        guard (shortestField...6).contains(roleStart - opening), isCJK(opening),
              !containsFunctionCharacter(opening, roleStart) || endsOrganisationName(at: roleStart, from: opening),
              start + 2 <= s.count, !surnameWords.contains(s, start..<start + 2) else { return false }
        return endsWord(at: roleStart) && endsWord(at: start)
    }

    /// Whether the scalar at `i` belongs to a figure: a numeral or a decimal point (63, 12.5, 三千).
    func isFigure(_ i: Int) -> Bool {
        numerals.contains(s[i]) || CharacterClass.isDecimalPoint(s[i].value)
    }

    /// Whether a word of state in the ABB shape (乐呵呵) starts at `i`: no name ends with its first character.
    func opensStateWord(at i: Int) -> Bool {
        reduplicatedStates.longestMatch(in: s, startingAt: i, limit: min(s.count, i + 3)) == 3
    }

    /// Whether a character that no name or organisation holds stands from `a` to `b`; with `allowingFigures`, figures in
    /// digits do not count (the field of a title: 女子5000米决赛|冠军).
    func containsFunctionCharacter(_ a: Int, _ b: Int, allowingFigures: Bool = false) -> Bool {
        for i in a..<b where !isCJK(i) || notInNames.contains(s[i]) {
            if attributiveParticles.contains(s[i]) { continue } // fine inside an organisation's role
            if allowingFigures, isFigure(i) { continue }
            return true
        }
        return false
    }

    /// Whether the two characters from `a` to `e` are a common word that opens with a surname's character (关键, 高龄)
    /// and no cue or modifier follows them: no surname and given name where a clause may open with any word. One that
    /// acts is someone's nickname (石头则笑着说), and right before a cue a name (严明说).
    func isIdleSurnameWord(_ a: Int, _ e: Int) -> Bool {
        surnameWords.contains(s, a..<e) && !actsAt(e)
    }

    /// Whether a cue or a modifier starts at `i`.
    func actsAt(_ i: Int) -> Bool {
        cues.longestMatch(in: s, startingAt: i) != nil || modifiers.longestMatch(in: s, startingAt: i) != nil
    }

    func genderOfTitles(_ list: [String]) -> SpeakerPhrase.Gender {
        for t in list {
            if femaleTitles.contains(t) { return .female }
            if maleTitles.contains(t) { return .male }
        }
        return .unknown
    }

    /// Whether the scalars from `a` to `b` are one character written three times or more (隆隆隆, 哈哈哈): a sound, never
    /// a name, even in characters that transliterate.
    func isRepeatedSound(_ a: Int, _ b: Int) -> Bool {
        b - a >= 3 && (a + 1..<b).allSatisfy { s[$0] == s[a] }
    }

    /// Whether a would-be bare name is something else: an adverb of the modifiers lexicon or the start of one
    /// (连声, 轻声, 开玩 of 开玩笑), a phrase opening with a pronoun (他冷然, 她自己) or a word that contains one, a count or a
    /// counter (一切, 这位), or an owner with its particle (人民的); or a relative or person noun with the verb after
    /// it (父亲低下头, 儿子站在…).
    func isBareNameExcluded(_ a: Int, _ b: Int) -> Bool {
        if modifiers.longestMatch(in: s, startingAt: a) != nil || surnameWords.contains(s, a..<b) { return true }
        let n = b - a
        if (kinNouns.longestMatch(in: s, startingAt: a, limit: b) ?? n) < n || (personNouns.longestMatch(in: s, startingAt: a, limit: b) ?? n) < n {
            return true
        }
        if numerals.longestMatch(in: s, startingAt: a, limit: b) != nil || personCounters.longestMatch(in: s, startingAt: a, limit: b) != nil {
            return true
        }
        if (a..<b).contains(where: { attributiveParticles.contains(s[$0]) }) { return true }
        if modifiers.longestMatch(in: s, endingAt: b, limit: a) != nil { return true }
        for i in a..<b {
            if male.longestMatch(in: s, startingAt: i, limit: b) != nil || female.longestMatch(in: s, startingAt: i, limit: b) != nil
                || plural.longestMatch(in: s, startingAt: i, limit: b) != nil || neutral.longestMatch(in: s, startingAt: i, limit: b) != nil
                || firstPerson.longestMatch(in: s, startingAt: i, limit: b) != nil {
                return true
            }
        }
        // A character written twice (短短, 悄悄) is an adverb or an adjective the text writes once; a pet name so
        // written (冬冬) comes back in the text.
        if n == 2, s[a] == s[a + 1], timesWritten(a..<b) <= 1 { return true }
        if isRepeatedSound(a, b) { return true }
        // Nor does one end with the first character of a word of state (周明乐 of 周明乐呵呵地说).
        if opensStateWord(at: b - 1) { return true }
        // Adverbial endings: 恍然, 冷然, 沉声, 母亲常, 她自己.
        return adverbialEndings.longestMatch(in: s, endingAt: b, limit: a) != nil
    }
}
