/// The subject that opens a Chinese clause, whatever follows it (杜甫 in 杜甫总结诗歌创作心法): the rules' speakers at the
/// start of a clause and the sieves' subjects of earlier clauses.
extension AttributionContext {
    /// The subject at the start of a clause (杜甫 in 杜甫总结诗歌创作心法), whatever follows it.
    func parseChineseLeading(_ a0: Int, _ b: Int) -> SpeakerPhrase? {
        let key = a0 &* 4096 &+ min(b - a0, 4095)
        if let cached = leadingCache[key] { return cached }
        if leadingCache.count > 8192 { leadingCache.removeAll(keepingCapacity: true) }
        let phrase = parseChineseLeadingUncached(a0, b)
        leadingCache[key] = .some(phrase)
        return phrase
    }

    private func parseChineseLeadingUncached(_ a0: Int, _ b: Int) -> SpeakerPhrase? {
        let a = stripLeading(a0, b)
        guard a < b else { return nil }
        // A topic (至于法官如何量刑，他…) is what the clause is about, not who acts in it; a topic that is a person alone
        // (至于张明，他…) is the one the next clause speaks of.
        if let topic = topicOpeners.longestMatch(in: s, startingAt: a, limit: b) {
            guard let person = parseChineseLeading(a + topic, b), person.range.upperBound == skipSpaceBack(b, a) else { return nil }
            return person
        }
        // Whoever is heard speaking (他又听见李华在隔壁小声说：): the subject of the clause after the verb of hearing, not
        // the one who hears, as the strict parse reads it.
        if let heard = heardSpeakerStart(a, b), heard > a, let phrase = parseChineseLeading(heard, b) { return phrase }
        if s[a].value == 0x300A, let close = titleClose[a], close < b {
            if let media = mediaTitle(a, close) { return media }
            // A work's title before a role, with or without a name (《远山》导演张明，…), says who the person is: the person
            // is the subject. A name with no role there may be the title's own words (《礼记·月令》孟冬之月).
            if close + 1 < b, let person = parseChineseLeading(close + 1, b), person.form == .role || person.form == .name && person.title != nil,
               person.range.lowerBound == close + 1 {
                return person
            }
            return SpeakerPhrase(form: .work, range: a..<close + 1, mention: string(a..<close + 1), name: "")
        }
        if let rest = quotedNameEnd(a, min(b, a + 24)), let officer = parseChineseLeading(rest, b), officer.isOfficer { return officer }
        // A word that refers back to the work just named (书中, 该书) is a work as subject too; a letter (信中) speaks
        // for the one who sent it.
        if let n = workAnaphors.longestMatch(in: s, startingAt: a, limit: b), letterNouns.longestMatch(in: s, startingAt: a, limit: a + n) != n {
            return SpeakerPhrase(form: .work, range: a..<a + n, mention: string(a..<a + n), name: "")
        }
        // The pronoun lexicons in turn (without an array of them: this runs for every region a rule or sieve parses).
        // After a third person's pronoun, a frame's opener or a modifier starts a word, however the word breaker joins
        // the two (他在|工地, 他们也|说); not after 我, which opens headlines' words too (我终于…).
        func leadingPronoun(_ lexicon: Lexicon, _ gender: SpeakerPhrase.Gender) -> SpeakerPhrase? {
            guard let n = lexicon.longestMatch(in: s, startingAt: a, limit: b),
                  a + n == b || !isCJK(a + n) || isWordBoundary(a + n)
                    || gender != .firstPerson && (frameOpeners.longestMatch(in: s, startingAt: a + n, limit: b) != nil
                                                  || modifiers.longestMatch(in: s, startingAt: a + n, limit: b) != nil) else { return nil }
            if pronounCompoundEnds.longestMatch(in: s, startingAt: a + n, limit: b) != nil { return nil } // a pronoun inside another word
            return SpeakerPhrase(form: .pronoun, range: a..<a + n, mention: string(a..<a + n), name: string(a..<a + n), gender: gender)
        }
        if let pronoun = leadingPronoun(male, .male) ?? leadingPronoun(female, .female) ?? leadingPronoun(plural, .plural)
            ?? leadingPronoun(narratorPronouns, .firstPerson) { return pronoun }
        if let addressed = addressedByGivenName(at: a, limit: b) { return addressed }
        segment(max(0, a - 2)..<min(s.count, min(b, a + 24) + 2))
        // Asking for a word boundary may run the word breaker: only where a name ends.
        for (end, phrase) in leadingNames(a) where end <= b {
            if end == b || isWordBoundary(end) { return phrase }
        }
        return nil
    }

    /// Every name (or unnamed person: 在场的同胞) that may open the clause at `a` (its start stripped), longest first: up to 14 scalars
    /// (22 after an organisation's name; one or two more where that cap cuts a name) and never
    /// past the clause's end. The leading parse of any region that starts at `a` takes the first of them that ends
    /// by the region's end at a word boundary, so regions of one start (a rule's gap tries a dozen) share the work.
    private func leadingNames(_ a: Int) -> [(end: Int, phrase: SpeakerPhrase)] {
        if let known = leadingNamesCache[a] { return known }
        if leadingNamesCache.count > 4096 { leadingNamesCache.removeAll(keepingCapacity: true) }
        // An organisation's name before a title and a name (东方兴华集团有限公司董事长王立新) may take most of 14 scalars:
        // where the clause opens with one, the phrase may run to 22.
        // (Within two scalars of the text's end there is no room for one.)
        var cap = min(s.count, a + 14)
        if a + 2 <= cap, (a + 2...cap).contains(where: { endsOrganisationName(at: $0, from: a, minimumEnding: 2) }) {
            cap = min(s.count, a + 22)
        }
        var limit = a
        while limit < cap, !isClauseBoundary(s[limit].value) { limit += 1 }
        var names: [(end: Int, phrase: SpeakerPhrase)] = []
        // Where the cap, not the clause, ends the phrase, a name ending there may go on past it (…冠军的王立|新,
        // …主席李秋|芳1日表示): the phrase runs on by a character or two to where a name may end, if there is one.
        // (A name may end at the text's end and at a clause boundary too: the cap was reached inside the clause.)
        if limit == cap, !nameMayEnd(at: limit), let end = (limit + 1...min(s.count, limit + 2)).first(where: nameMayEnd(at:)) {
            limit = end
        }
        var e = limit
        while e >= a + 2 {
            // A name, or an unnamed person or group (在场的同胞), or someone's relative (受害人的父亲), may open the clause;
            // so may a title or a relative after a number or demonstrative (那位教授, 这位母亲).
            // A title after a description ending in 的 (那位很担忧的老教授) may hold function characters too.
            func plain(_ end: Int) -> Bool { !containsFunctionCharacter(determinerEnd(a, end) ?? a, end) }
            func described(_ title: Int) -> Bool {
                let head = e - title
                return head > a && (max(a, head - 3)..<head).contains { attributiveParticles.contains(s[$0]) }
                    && describesPerson(determinerEnd(a, head) ?? a, head)
            }
            let noun = personNoun(endingAt: e, from: a)
            let person = noun != nil
                || kinNouns.longestMatch(in: s, endingAt: e, limit: a) != nil && plain(e)
                || titles.longestMatch(in: s, endingAt: e, limit: a).map { plain(e) || described($0) } == true
            // A person noun that names a body (警方, 媒体) parses as an organisation: it opens the clause as a role does, with
            // at most a short place or a description in 的 before it (东海的媒体, 当地媒体; not 市水务局干部, whose body is
            // a name of its own).
            func bodyNoun(_ phrase: SpeakerPhrase) -> Bool {
                guard phrase.form == .organisation, let noun else { return false }
                let head = e - noun
                return head - a <= 2 || attributiveParticles.contains(s[head - 1])
            }
            if mayBeChineseName(a, e) || person, let phrase = parseChineseStrict(a, e),
               phrase.form == .name || phrase.form == .role && person || bodyNoun(phrase) {
                // A common word that opens with a surname (问题的关键是, 大坝的施工，) is no surname and given name here: a
                // clause may open with any word. One that acts, a cue or modifier right after it, is someone's nickname
                // (外号叫石头的队员 … 石头则笑着说); right before a cue, the strict parse still reads 严明说 as a name.
                // So is such a word with one character more (解放军签上名字, 方向盘, 黄金周): a compound, unless it acts.
                if phrase.form == .name, (2...3).contains(phrase.name.unicodeScalars.count), surnameWords.contains(String(phrase.name.prefix(2))),
                   !actsAt(e) {
                    e -= 1
                    continue
                }
                // A name that an organisation's suffix follows (王立新大学) names the organisation: neither it nor a
                // shorter part of it (王立) opens the clause as a person. A phrase that ends before that name still may
                // (记者 of 记者碰到…阿尔卡迪亚集团…).
                if phrase.form == .name, namesOrganisation(e, limit) {
                    e = min(e - 1, e - phrase.name.unicodeScalars.count)
                    continue
                }
                // A surname and its marker before a person noun (陈姓|市民) are no subject of their own: the longer
                // phrase is, or none.
                if phrase.form == .name, isSurnameAndMarker(s[a..<e]),
                   personNouns.longestMatch(in: s, startingAt: e, limit: limit) != nil {
                    e -= 1
                    continue
                }
                // Not the first characters of a place with its level (江苏 of 江苏省).
                if phrase.form != .name || placeSuffixes.longestMatch(in: s, startingAt: e, limit: limit) == nil { names.append((e, phrase)) }
            }
            e -= 1
        }
        // A person noun after a name and a verb, with no 的 between (张明去找医生): the name is the subject and the noun
        // the verb's object, not one phrase describing a doctor. So after a name with its title (李阿姨看到社区干部), where
        // words stand between the two: right after it, the title's holder names whose the role is (王市长秘书).
        if names.count > 1 {
            let plainNameEnds = names.filter { $0.phrase.form == .name && $0.phrase.title == nil }.map(\.end)
            let titledNameEnds = names.filter { $0.phrase.form == .name && $0.phrase.title != nil }.map(\.end)
            names.removeAll { entry in
                guard entry.phrase.form == .role else { return false }
                // No 的 between the name and the noun (张明的医生 is his doctor).
                func object(after nameEnd: Int) -> Bool {
                    isWordBoundary(nameEnd) && !(nameEnd..<entry.end).contains { attributiveParticles.contains(s[$0]) }
                }
                // A relative right after a name is that person's (李大山妻子): no verb stands between.
                let relativeStart = kinNouns.longestMatch(in: s, endingAt: entry.end, limit: a).map { entry.end - $0 }
                let nounStart = personNoun(endingAt: entry.end, from: a).map { entry.end - $0 } ?? relativeStart ?? entry.end
                return plainNameEnds.contains { $0 < entry.end && $0 != relativeStart && object(after: $0) }
                    || titledNameEnds.contains { $0 < nounStart && object(after: $0) }
            }
        }
        leadingNamesCache[a] = names
        return names
    }
}
