/// Chinese speaker phrases: names with titles before or after them (习近平总书记, 省长宋法棠, 张明教授),
/// known names (孔子), pronouns, roles (发言人), organisations (外交部) and works as subjects (《…》).
///
/// Every look-up is a trie match at a position inside a region of at most a few dozen scalars.
extension AttributionContext {
    /// Strips connectives (比如, 同时, 并) and spaces from the start of a region.
    func stripLeading(_ a0: Int, _ b: Int) -> Int {
        var a = skipSpaceForward(a0, b)
        while a < b {
            // A description's particle cut from the words it ends (《…》的|青山乐团的鼓手) opens no phrase.
            if a + 1 < b, attributiveParticles.contains(s[a]) {
                a = skipSpaceForward(a + 1, b)
            } else if let n = connectives.longestMatch(in: s, startingAt: a, limit: b) {
                // Keep 其 of 其中 etc. only when the connective is a whole word (not the start of a name: 和平, 而已).
                if a + n < b, surnames.longestMatch(in: s, startingAt: a, limit: a + n) == n, n == 1 { break }
                // Nor the first character of a longer word (也 of 也许, whose 许别人 is no name).
                if a + n < b, !endsWord(at: a + n) { break }
                a = skipSpaceForward(a + n, b)
            } else if let end = leadingTime(a, b) {
                a = skipSpaceForward(end, b)
            } else if let rest = afterEvenOpener(a, b) ?? afterWhenOpener(a, b) {
                a = rest
            } else {
                break
            }
        }
        return a
    }

    /// Where a date or time that opens a clause before its subject ends (12月3日上午张明说, 昨天下午张明说, 今年五月张明说, 今（20）日张明说):
    /// a word of time, numerals and date units, with a time of day. Nil when none opens the region or nothing follows
    /// it. (The other modifiers are not stripped: 立即 and 马上 open clauses that have no subject at all.)
    func leadingTime(_ a: Int, _ b: Int) -> Int? {
        var end = a
        if let day = bracketedDayEnd(startingAt: a, b) {
            end = day
        } else if let word = timeWords.longestMatch(in: s, startingAt: a, limit: b) {
            end += word
        }
        while end < b, let digits = numerals.longestMatch(in: s, startingAt: end, limit: b) {
            var next = end + digits
            while next < b, numerals.longestMatch(in: s, startingAt: next, limit: b) != nil { next += 1 }
            guard let unit = dateUnits.longestMatch(in: s, startingAt: next, limit: b) else { break }
            end = next + unit
        }
        if end > a, let time = timesOfDay.longestMatch(in: s, startingAt: end, limit: b) { end += time }
        return end > a && end < b ? end : nil
    }

    func pronoun(_ a: Int, _ b: Int) -> SpeakerPhrase.Gender? {
        let n = b - a
        if male.longestMatch(in: s, startingAt: a, limit: b) == n { return .male }
        if female.longestMatch(in: s, startingAt: a, limit: b) == n { return .female }
        if plural.longestMatch(in: s, startingAt: a, limit: b) == n { return .plural }
        if neutral.longestMatch(in: s, startingAt: a, limit: b) == n { return .unknown }
        return nil
    }

    /// A region that is exactly one speaker phrase (the subject right before a cue, or right after a quote).
    func parseChineseStrict(_ a0: Int, _ b0: Int) -> SpeakerPhrase? {
        let key = a0 &* 4096 &+ (b0 - a0)
        if let cached = strictCache[key] { return cached }
        if strictCache.count > 8192 { strictCache.removeAll(keepingCapacity: true) }
        let phrase = surnamed(parseChineseStrictUncached(a0, b0))
        strictCache[key] = .some(phrase)
        return phrase
    }

    /// A surname and its marker with a title or person noun after them (陈姓市民, 李姓店主: the surnamed resident) are
    /// no name of their own: together with the noun they name the person, as a role.
    private func surnamed(_ phrase: SpeakerPhrase?) -> SpeakerPhrase? {
        guard var phrase, phrase.form == .name, let title = phrase.title else { return phrase }
        guard isSurnameAndMarker(Array(phrase.name.unicodeScalars)[...]) else { return phrase }
        phrase.form = .role
        phrase.name = phrase.mention.hasSuffix(title) ? phrase.name + title : title + phrase.name
        phrase.title = nil
        return phrase
    }

    /// Whether the scalars are a surname and its marker and nothing else (陈姓).
    func isSurnameAndMarker(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.count == 2 && surnames.contains(scalars[scalars.startIndex]) && surnameMarkers.contains(scalars[scalars.startIndex + 1])
    }

    private func parseChineseStrictUncached(_ a0: Int, _ b0: Int) -> SpeakerPhrase? {
        var b = b0
        while b > a0, isSpace(b - 1) { b -= 1 }
        let a = stripLeading(a0, b)
        if a >= b { return SpeakerPhrase(form: .zero, range: b..<b, mention: "", name: "") }
        // A topic (关于票价) names no speaker, nor does a likeness (像老人对孩子那样…, 像兄长对离家的孩子那样叮咛: the subject
        // is likened to the person, who does not speak).
        if topicOpeners.longestMatch(in: s, startingAt: a, limit: b) != nil { return nil }
        if let opener = asSaidOpeners.longestMatch(in: s, startingAt: a, limit: b), a + opener < b, endsWord(at: a + opener) { return nil }
        let n = b - a
        guard n <= 30 else { return nil }
        // Whoever is heard speaking (他又听到枪手对众人说：): the one after the verb of hearing speaks.
        if let heard = heardSpeakerStart(a, b) { return parseChineseStrict(heard, b) }
        // Whoever a verb of being presents (会上有代表提出：): the one presented speaks.
        if let presented = presentedSpeakerStart(a, b) { return presented }
        if let spaced = spacedTitleName(a, b) { return spaced }
        // The text is built only for a phrase returned: most regions parse to nothing.
        var text: String { string(a..<b) }
        // A work as subject: 《…》[中|一文…]
        if s[a].value == 0x300A, let close = titleClose[a], close < b {
            let rest = close + 1
            // A newspaper speaks, and so through what it prints (《…日报》的一篇文章指出, 《…时报》社论说).
            if let paper = mediaTitle(a, close), rest == b || b - rest <= 6 && workNouns.longestMatch(in: s, endingAt: b, limit: rest) != nil {
                return paper
            }
            if rest == b || workSuffixes.longestMatch(in: s, startingAt: rest, limit: b) == b - rest {
                return SpeakerPhrase(form: .work, range: a..<b, mention: text, name: "")
            }
        }
        if let k = describedWorkStart(a, b) {
            return SpeakerPhrase(form: .work, range: k..<b, mention: string(k..<b), name: "")
        }
        if let w = workNouns.longestMatch(in: s, endingAt: b, limit: a), n <= 12, !titles.occurs(in: s, within: a..<b - w) {
            // A person's name right before the noun, without 的, makes it a verb (张明报告说：): that person speaks. So
            // does a paper through what it prints (远山日报社论指出：), and a body through what it issues (东海市外事办公室声明说：).
            let statement = statementNouns.longestMatch(in: s, endingAt: b, limit: a) == w
            if b - w - a >= 2, var reporter = parseChineseStrict(a, b - w),
               reporter.form == .name || reporter.form == .bare
                || reporter.form == .organisation && (statement || mediaEndings.longestMatch(in: s, endingAt: b - w, limit: a) != nil) {
                reporter.range = a..<b
                reporter.mention = text
                return reporter
            }
            // So does a paper with 的 before what it prints (伦敦时报的书评说：) or a body before what it issues (东海市政府的
            // 声明指出：), where a person's 的 owns a mere document.
            let owner = b - w - 1
            if owner - a >= 2, attributiveParticles.contains(s[owner]), var paper = parseChineseStrict(a, owner), paper.form == .organisation,
               statement || mediaEndings.longestMatch(in: s, endingAt: owner, limit: a) != nil {
                paper.range = a..<b
                paper.mention = text
                return paper
            }
            if let document = speakingDocument(a, b, noun: w) { return document }
            return SpeakerPhrase(form: .work, range: a..<b, mention: text, name: "")
        }
        if let g = pronoun(a, b) {
            return SpeakerPhrase(form: .pronoun, range: a..<b, mention: text, name: text, gender: g)
        }
        if let described = describedPronoun(a, b) { return described }
        // A quoted name of an organisation before its officer (「青年志願者協會」會長林秀英): the officer.
        if let rest = quotedNameEnd(a, b), let officer = parseChineseStrict(rest, b), officer.isOfficer { return officer }
        if narratorPronouns.contains(s, a..<b) {
            return SpeakerPhrase(form: .pronoun, range: a..<b, mention: text, name: text, gender: .firstPerson)
        }
        if firstPerson.longestMatch(in: s, startingAt: a, limit: b) == n { return nil }
        // A common noun is never a name; it speaks only when it is a title, a person noun or a relative (专家, 网友, 母亲:
        // a role).
        if notNames.contains(s, a..<b), titles.longestMatch(in: s, startingAt: a, limit: b) != n, personNoun(endingAt: b, from: a) != n,
           kinNouns.longestMatch(in: s, startingAt: a, limit: b) != n {
            return nil
        }
        if knownNames.contains(s, a..<b) || listedForms.contains(s, a..<b) {
            return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: text)
        }
        // A listed given name called with a word of kinship (秋芳姐): the listed person.
        if !listedForms.words.isEmpty, let suffix = addressSuffixes.longestMatch(in: s, endingAt: b, limit: a), b - suffix - a >= 2,
           listedForms.contains(s, a..<b - suffix) {
            return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: string(a..<b - suffix))
        }
        // A surname alone for a person the report named in full before (Hong Kong and Taiwan news: 张明… 张又说), as a
        // word of its own that a cue, modifier or punctuation follows (not 史 of 史称, nor 时 of 时常).
        if n == 1, surnames.contains(s, a..<b), nameMayEnd(at: b), endsWord(at: b), let full = fullName(forSurnameAt: a) {
            return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: full)
        }
        if n == 2, let addressed = addressedByGivenName(at: a, limit: b) ?? familiarName(at: a, limit: b) { return addressed }
        // Titles and honorifics at the end: 习近平总书记, 张明教授, 宋省长.
        var e = b
        var trailing: [String] = []
        while e > a, let t = titles.longestMatch(in: s, endingAt: e, limit: a) ?? honorifics.longestMatch(in: s, endingAt: e, limit: a) {
            // Do not eat the given name's last character as a title (任 of 主任 is fine; the name must stay).
            trailing.insert(string(e - t..<e), at: 0)
            e -= t
        }
        // Whether a counter of several people opens the phrase before `end` (几位专家, 几个…年轻人): a group, whatever
        // its noun or title.
        func countedAsSeveral(before end: Int) -> Bool { pluralCounters.longestMatch(in: s, startingAt: a, limit: end) != nil }
        func titledRole(named name: String) -> SpeakerPhrase {
            SpeakerPhrase(form: .role, range: a..<b, mention: text, name: name, title: trailing.first,
                          gender: countedAsSeveral(before: e) ? .plural : genderOfTitles(trailing))
        }
        // A name from `start` to where the titles begin, with the title before it if no title follows.
        func named(from start: Int, after prefixTitle: String?) -> SpeakerPhrase {
            SpeakerPhrase(form: .name, range: a..<b, mention: text, name: string(start..<e), title: trailing.first ?? prefixTitle,
                          gender: genderOfTitles(trailing))
        }
        if e == a { return titledRole(named: text) }
        // Two characters of a name after a title, cut before the third (镇党委书记陈德|才感叹道): no phrase, so that the
        // name is read whole.
        if trailing.isEmpty, e - a >= 2, cutsTitledName(e - 2, e, from: a) { return nil }
        // A role of two characters may stand before a name whose phrase ends with a title or where a name may end
        // (村民张明说, 农民李大山老汉，, 农民李大山回乡后说), not before any characters (观众陆续进场: 陆续进 is no name).
        let closed = !trailing.isEmpty || nameMayEnd(at: b) || adverbialBeforeCue(at: b) || clauseOfTimeBeforeCue(at: b)
        for start in nameStarts(endingAt: e, from: a) {
            // Three characters whose first two the character list names, and not all three, are that name and the word
            // after it (青山手在她头上拍了拍: 青山's hand).
            if e - start == 3, listedForms.contains(s, start..<start + 2), !listedForms.contains(s, start..<e) { continue }
            // A common word that opens with a surname's character is no name before a title (韩国|队员), nor is a body
            // it names (韩国队|队员): the title is the body's member or officer. Not where the title opens a body's
            // name that runs on (欧盟委员|会): the body is the phrase.
            if !trailing.isEmpty, (2...3).contains(e - start), surnameWords.contains(s, start..<start + 2),
               e - start == 2 || endsOrganisationName(at: e, from: start),
               organisations.longestMatch(in: s, startingAt: e, limit: min(s.count, b + 4)) ?? 0 <= b - e { continue }
            if let prefixTitle = prefixAcceptable(a, start, shortRole: closed || nameEndsBeforeVerb(start, e)),
               !notNames.contains(s, start..<e) {
                return named(from: start, after: prefixTitle.title)
            }
        }
        // A transliterated foreign name: 拉姆斯菲尔德, 乔治·布什 (after an optional title: 国务卿鲍威尔).
        if let start = foreignNameStart(endingAt: e, from: a, shortRole: closed), !notNames.contains(s, start..<e),
           let prefixTitle = prefixAcceptable(a, start, shortRole: closed) {
            return named(from: start, after: prefixTitle.title)
        }
        // A name no list reads after a role (導演哥普拉, 记者屋岚): Hong Kong news transliterate in Cantonese readings.
        if let unlisted = unlistedNameStart(endingAt: e, from: a), !notNames.contains(s, unlisted.start..<e) {
            return named(from: unlisted.start, after: unlisted.title)
        }
        // A name no list reads, before a title (德吉央宗委员): a title follows a name as it follows a surname.
        if !trailing.isEmpty, let start = unlistedNameStart(beforeTitleAt: e, from: a), !endsOrganisationName(at: e, from: start) {
            return named(from: start, after: nil)
        }
        // A name in Latin letters (Adalyn说, 歌手Ada Lane表示), as Hong Kong and Taiwan news write many people.
        if let start = latinNameStart(endingAt: e, from: a), let prefixTitle = prefixAcceptable(a, skipSpaceBack(start, a)) {
            // Capitals alone (ABC, EBC) spell a body's initials, not a person's name: its officer, titled, is a role.
            if e - start >= 2, (start..<e).allSatisfy({ CharacterClass.isCapitalLatin(s[$0].value) }) {
                return trailing.isEmpty ? SpeakerPhrase(form: .organisation, range: a..<b, mention: text, name: text) : titledRole(named: text)
            }
            return named(from: start, after: prefixTitle.title)
        }
        // A familiar name after a role (村民老王, 司机小李): its surname names the person as a full name does.
        if e - a > 2, isFamiliarName(e - 2, e), let prefixTitle = prefixAcceptable(a, e - 2, shortRole: closed) {
            return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: string(e - 2..<e), title: trailing.first ?? prefixTitle.title,
                                 gender: genderOfTitles(trailing), surname: string(e - 1..<e))
        }
        // A surname with a title: 宋省长, 王教授 (merged later with an earlier full name), after a role of two characters
        // too, as a full name is (住戶林女士: the title closes the name); not where the title's last character opens a
        // person noun that runs on (武警官兵: 官兵, the officers and men of the armed police).
        if !trailing.isEmpty, let sn = surnames.longestMatch(in: s, endingAt: e, limit: a), e - sn >= a,
           (personNouns.longestMatch(in: s, startingAt: b - 1, limit: min(s.count, b + 4)) ?? 0) <= 1,
           surnames.longestMatch(in: s, startingAt: e - sn, limit: e) == sn, prefixAcceptable(a, e - sn, shortRole: closed) != nil {
            return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: string(e - sn..<b), title: trailing.first,
                                 gender: genderOfTitles(trailing), surname: string(e - sn..<e))
        }
        // A title after a demonstrative or a number (该负责人, 这位市长, 一位发言人): the title alone, which may stand for
        // the person named with it earlier.
        // So may one with the organisation it points back to (该厂副厂长, 该国一位官员).
        let determined = determinerEnd(a, e)
        if !trailing.isEmpty, e > a, determined == e {
            return titledRole(named: string(e..<b))
        }
        // A role with its organisation: 外交部发言人, 总工程师; after a number or demonstrative, named without it
        // (一位副总工程师 → 副总工程师).
        let opening = determined ?? a
        // A title after a description that gives the person's name (一位名叫周明的教授): the name speaks.
        if !trailing.isEmpty, let given = nameGiven(opening, e) {
            return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: given, title: trailing.first, gender: genderOfTitles(trailing))
        }
        // The organisation may have a character of its own that names avoid (职业介绍中心负责人, 第一中学校长). A verb that
        // speaks to the one titled is no organisation (威胁店主说：, 批评校长说：: the title is the verb's object).
        // Nor does the reporter's clause (记者来到委员家中: the title is whom the reporter went to see).
        if !trailing.isEmpty, e - opening <= 10, endsOrganisationName(at: e, from: opening) || !containsFunctionCharacter(opening, e),
           !opensWithFrame(opening, e), !opensWithVerbToSomeone(opening, e), !opensReporterClause(opening, e) {
            return titledRole(named: string(opening..<b))
        }
        // A title after words describing the person (有关专家, 在场的记者), named without a number before them
        // (一位年过六旬的老人 → 年过六旬的老人), as a person noun is, and as long where 连…都 bounds it.
        if !trailing.isEmpty, n <= 12 || n <= 20 && inFocus(a, b), describesPerson(opening, e), !opensReporterClause(opening, e) {
            return titledRole(named: string(opening..<b))
        }
        // A longer one after a number (该厂一位负责该工程的副总工程师): the description ends in 的, perhaps a rank before
        // the title (副, 总).
        if !trailing.isEmpty, determined != nil, n <= 20, let particle = (max(opening, e - 3)..<e).last(where: { describedAt($0 + 1) }),
           describesPerson(opening, particle + 1) {
            return titledRole(named: string(opening..<b))
        }
        // An organisation: 外交部, 新华社, 球團.
        // Its first character may be one that names avoid (中 of 中联办, 中共中央): an organisation's short name opens with it;
        // so may its ending (中央, 中心), a word of the lexicon.
        if n <= 12, n >= 2, isCJK(a), endsOrganisationName(at: b, from: a) {
            return SpeakerPhrase(form: .organisation, range: a..<b, mention: text, name: text)
        }
        // An unnamed person or group (一位老人, 在场的同胞, 美国情报人员): a person noun at the end, named as written
        // without a leading number and measure word (一位老人 → 老人). A longer description is read where something
        // bounds it on the left: a pointing word, or the opener of a subject in focus (连…门前卖糖葫芦的小伙计都说).
        if trailing.isEmpty, let noun = personNoun(endingAt: b, from: a), noun >= 2,
           n <= 12 || n <= 20 && describedAt(b - noun) && (determinerEnd(a, b - noun) != nil || inFocus(a, b)) {
            // A name before the noun makes the noun a title of that person (李秋芳牧师, 王立新乐手): the name speaks. Not a
            // word that merely opens with a surname's character (解放军官兵: the breaker reads 解放, not 解 alone).
            if b - noun - a >= 2, let person = parseChineseStrict(a, b - noun), person.form == .name, person.range == a..<b - noun,
               person.title == nil, endsWord(at: b - noun), case let nameStart = b - noun - person.name.unicodeScalars.count,
               nameStart >= a, !surnames.contains(s[nameStart]) || endsWord(at: nameStart + 1) {
                return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: person.name, title: string(b - noun..<b),
                                     gender: person.gender)
            }
            // A number counting the people right before the noun (百名鼓手, 青山乐团的百名鼓手) is left out of the name,
            // where it opens the phrase or follows a description (not 正检查一个工人的作业: the count of an object).
            let count = countStart(endingAt: b - noun, from: a).flatMap { $0 == a || describedAt($0) ? $0 : nil }
            // An organisation's name before the count (美国国务院一位官员, 青山市政府一名官员), opening at a word, says
            // whose the person is: the name keeps it and leaves the count out.
            func owner(endingAt end: Int) -> Bool {
                end - a >= 2 && endsOrganisationName(at: end, from: a) && (a == 0 || !isCJK(a - 1) || isWordBoundary(a))
            }
            func owned(by end: Int, gender: SpeakerPhrase.Gender) -> SpeakerPhrase {
                SpeakerPhrase(form: .role, range: a..<b, mention: text, name: string(a..<end) + string(b - noun..<b), gender: gender)
            }
            if count == nil, let counted = countStart(endingAt: b - noun, from: a), owner(endingAt: counted) {
                return owned(by: counted, gender: b - noun - counted > 2 || !counts(one: counted) ? .plural : .unknown)
            }
            // So does one before a word that points at someone it does not name (青山队某球员, 青山队这几位球员).
            if count == nil, let pointer = personCounters.longestMatch(in: s, endingAt: b - noun, limit: a), owner(endingAt: b - noun - pointer) {
                let several = pluralCounters.longestMatch(in: s, startingAt: b - noun - pointer, limit: b - noun) == pointer
                return owned(by: b - noun - pointer, gender: several ? .plural : .unknown)
            }
            let head = count ?? b - noun
            let start = count == a ? head : determinerEnd(a, head) ?? placedCountEnd(a, head) ?? a
            // A group with a plural suffix (战士们), named by a collective noun (官兵) or counted as several (几个…年轻人,
            // 百名) is many people: no 他 or 她 stands for it.
            let group: SpeakerPhrase.Gender = pluralSuffixes.longestMatch(in: s, endingAt: b, limit: a) != nil
                || collectiveNouns.longestMatch(in: s, endingAt: b, limit: a) != nil
                || countedAsSeveral(before: start) || count.map({ b - noun - $0 > 2 || !counts(one: $0) }) == true ? .plural : .unknown
            // So does a person noun after one (一位名叫周明的老人).
            if group != .plural, let given = nameGiven(start, head) {
                return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: given, title: string(b - noun..<b))
            }
            // Not where the reporter opens the words before the noun (记者发现工地的工人): that is the reporter's clause, whose
            // object the noun is.
            if !opensReporterClause(start, head), describesPerson(start, head) {
                return SpeakerPhrase(form: .role, range: a..<b, mention: text, name: string(start..<head) + string(b - noun..<b), gender: group)
            }
        }
        // Whoever does something or comes from somewhere, after a number or demonstrative (一位挖沙者, 这位知情者, 五个中国人):
        // a word no lexicon lists, or one word before the suffix by the word breaker (中国人, 中國|人, whose 中 names avoid).
        if trailing.isEmpty, let suffix = agentSuffixes.longestMatch(in: s, endingAt: b, limit: a), let start = determinerEnd(a, b - suffix),
           (1...3).contains(b - suffix - start),
           !containsFunctionCharacter(start, b - suffix)
            || isWordBoundary(start) && endsWord(at: b) && !(start + 1..<b - suffix).contains(where: isWordBoundary) {
            return SpeakerPhrase(form: .role, range: a..<b, mention: text, name: string(start..<b),
                                 gender: countedAsSeveral(before: start) ? .plural : .unknown)
        }
        // A relative or colleague after whose they are (他的妻子, 王建国的同事, 受害人的父亲): named as written, a
        // pronoun's by the relation alone (他的妻子 → 妻子: the pronoun names nobody). A pronoun owns one without 的
        // too (其女婿, 他女儿).
        if trailing.isEmpty, n <= 12, let noun = kinNouns.longestMatch(in: s, endingAt: b, limit: a), b - noun > a {
            let particle = attributiveParticles.contains(s[b - noun - 1])
            let owner = a..<b - noun - (particle ? 1 : 0)
            if !owner.isEmpty, pronoun(owner.lowerBound, owner.upperBound) != nil {
                return SpeakerPhrase(form: .role, range: a..<b, mention: text, name: string(b - noun..<b))
            }
            if particle, !owner.isEmpty, let possessor = parseChineseStrict(owner.lowerBound, owner.upperBound),
               possessor.form == .name || possessor.form == .role {
                return SpeakerPhrase(form: .role, range: a..<b, mention: text, name: text)
            }
            // A name, a role or a body right before the relative or colleague owns it as 的 would (李大山妻子, 林男父親,
            // 死者父亲, 协会秘书).
            if !particle, ownsRelative(owner) {
                return SpeakerPhrase(form: .role, range: a..<b, mention: text, name: text)
            }
            // A name and its 他 or 她 own the relative as 的 does (李大山他母亲, northern speech for 李大山的母亲).
            if !particle, owner.count >= 3, pronoun(owner.upperBound - 1, owner.upperBound) != nil,
               let possessor = parseChineseStrict(owner.lowerBound, owner.upperBound - 1), possessor.form == .name {
                return SpeakerPhrase(form: .role, range: a..<b, mention: text, name: text)
            }
        }
        // A relative named by the relation alone (母亲感叹“…”): someone the report knows by it, a role as 一位母亲 is.
        if trailing.isEmpty, kinNouns.longestMatch(in: s, startingAt: a, limit: b) == n {
            return SpeakerPhrase(form: .role, range: a..<b, mention: text, name: text, gender: kinGender(text) ?? .unknown)
        }
        // A bare given name (宝玉, 凤姐): two or three ideographs, none of them a function character,
        // not a common noun. Rules accept this form only where they list `bare`.
        if trailing.isEmpty, (2...3).contains(n), (a..<b).allSatisfy({ isCJK($0) }), !containsFunctionCharacter(a, b),
           !isBareNameExcluded(a, b) {
            // Three characters written once or twice, whose first two the text writes again and again, are a name of
            // two and the verb after it (秀云红着脸说, 秀云催她说): the shorter name is tried instead. Not a name and a
            // relation or role (青山妈, 青山人).
            if n == 3, !roleEndings.contains(s[b - 1]), case let whole = timesWritten(a..<b), whole <= 2,
               timesWritten(a..<a + 2) >= 3 * whole {
                return nil
            }
            // A surname after a familiar prefix (小王, 老李) names the person as a full name does.
            if isFamiliarName(a, b) {
                return SpeakerPhrase(form: .name, range: a..<b, mention: text, name: text, surname: string(a + 1..<b))
            }
            return SpeakerPhrase(form: .bare, range: a..<b, mention: text, name: text)
        }
        return nil
    }

    /// Whether the name from `start` to `e`, a surname and one or two characters, is a word of its own to the word
    /// breaker and opens with no common word (村民|王立新|站起来说; not 观众|陆续进场, nor 老师傅|用力推门): a clause's
    /// subject that a verb follows, which a role of two characters may stand before as before a name a cue follows.
    func nameEndsBeforeVerb(_ start: Int, _ e: Int) -> Bool {
        (2...3).contains(e - start) && e < s.count && isCJK(e) && !surnameWords.contains(s, start..<start + 2) && endsWord(at: e)
            && endsWord(at: start)
    }

    /// Whether the word breaker ends a word at `i` (王立新 | 主持), breaking a small window around it first.
    func endsWord(at i: Int) -> Bool {
        segment(max(0, i - 4)..<min(s.count, i + 4))
        return isWordBoundary(i)
    }

    /// The person an existential verb presents near the start of the region (会上有代表, 讲座上常有家长, 还有一名网友), when the
    /// verb ends a word, at most a short place, time or adverb stands before it, and a person, a role or a group of two
    /// characters or more is left after it; `nil` otherwise (有关部门: 有 opens a longer word; 有人 is indefinite).
    func presentedSpeakerStart(_ a: Int, _ b: Int) -> SpeakerPhrase? {
        guard !existentialVerbs.isEmpty else { return nil }
        var i = a
        while i < min(b - 2, a + 6) {
            // The word breaker may join the verb to the adverb or place before it (常有, 上有); a surname right before
            // it makes it part of a name (赵有德).
            if let n = existentialVerbs.longestMatch(in: s, startingAt: i, limit: b), i != a + 1 || !surnames.contains(s, a..<i),
               endsWord(at: i + n) {
                let rest = skipSpaceForward(i + n, b)
                // 有过, 有了: a predicate of having inside a description (那位曾经有过疑虑的老工程师), not a presentation.
                if existentialAspects.contains(s[rest]) { return nil }
                guard b - rest >= 2, var person = parseChineseStrict(rest, b), person.range.lowerBound == rest else { return nil }
                switch person.form {
                case .name, .role, .bare, .organisation:
                    person.range = a..<b
                    return person
                default: return nil
                }
            }
            i += 1
        }
        return nil
    }

    /// A pronoun after a clause that describes it (回到生龙活虎状态的他): the pronoun is the subject, as a name is
    /// after such a clause (加穿护具的张明). Pronouns are one or two scalars (他, 他们).
    private func describedPronoun(_ a: Int, _ b: Int) -> SpeakerPhrase? {
        for length in 1...2 where b - length - 1 > a {
            let start = b - length
            guard attributiveParticles.contains(s[start - 1]), let gender = pronoun(start, b), prefixAcceptable(a, start) != nil else { continue }
            let mention = string(start..<b)
            // The range is the whole subject, description included, as for a name after one.
            return SpeakerPhrase(form: .pronoun, range: a..<b, mention: mention, name: mention, gender: gender)
        }
        return nil
    }

    /// Whether ``parseChineseStrict(_:_:)`` may find a name in the region: a few trie probes at its end, where
    /// a name must end once titles are stripped (a known name, a surname alone or two to four characters back, two
    /// transliteration characters, or a surname before a title). `false` is certain; the parse decides `true`.
    func mayBeChineseName(_ a0: Int, _ b0: Int) -> Bool {
        var b = b0
        while b > a0, isSpace(b - 1) { b -= 1 }
        let a = stripLeading(a0, b)
        guard a < b, b - a <= 24 else { return false }
        if knownNames.contains(s, a..<b) { return true }
        // A surname alone may refer back to a name in full (张又说).
        if b - a == 1, filters.surnameStarts.mayContain(s[a].value), surnames.contains(s, a..<b) { return true }
        if isFamiliarName(a, b) { return true }
        // A name in Latin letters, titles or not after it (Ella, Ella小姐): the parse decides.
        if (a..<b).contains(where: { isNameLetter($0) }) { return true }
        var e = b
        var titled = false
        while e > a, filters.titleEnds.mayContain(s[e - 1].value),
              let t = titles.longestMatch(in: s, endingAt: e, limit: a) ?? honorifics.longestMatch(in: s, endingAt: e, limit: a) {
            e -= t
            titled = true
        }
        if e == a { return false }
        if filters.knownNameEnds.mayContain(s[e - 1].value), knownNames.longestMatch(in: s, endingAt: e, limit: a) != nil { return true }
        // A name the character list gives (秋芳, a given name with no surname): the parse reads it as listed.
        if !listedForms.words.isEmpty, listedForms.longestMatch(in: s, endingAt: e, limit: a) != nil
            || listedForms.longestMatch(in: s, startingAt: a, limit: e) != nil { return true }
        for length in 2...4 where e - length >= a && filters.surnameStarts.mayContain(s[e - length].value) {
            if let sn = surnames.longestMatch(in: s, startingAt: e - length, limit: e), sn < length, length - sn <= 2 { return true }
        }
        if e - a > 2, isFamiliarName(e - 2, e) { return true }
        if e - a >= 2, isTransliterated(e - 1), isTransliterated(e - 2) { return true }
        if e - a >= 4, isTransliterated(e - 2), hasMiddleDot(inRunEndingAt: e - 1, from: a) { return true }
        return titled && surnames.longestMatch(in: s, endingAt: e, limit: a) != nil
    }
}
