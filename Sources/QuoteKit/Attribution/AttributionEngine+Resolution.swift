/// Resolution: the person an empty subject, a pronoun or an earlier clause's subject stands for, read from the
/// text around a quote and the speakers already found.
extension AttributionEngine {
    /// Where the headline just above starts, when the text at `pos` opens the paragraph after it.
    private func subheading(openedBy pos: Int) -> Int? {
        let paragraphs = analysis.document.paragraphs
        guard let p = analysis.document.paragraphIndex(containing: pos), p >= 1, p < paragraphs.count,
              context.skipSpaceForward(paragraphs[p].start, pos) == pos, context.isHeadline(paragraph: p - 1) else { return nil }
        return paragraphs[p - 1].start
    }

    func resolveContinuation(_ i: Int, at pos: Int) -> SpeakerPhrase? {
        if let phrase = subjectBefore(pos, bare: .openingALine, organisations: true) {
            switch phrase.form {
            case .work: return nil
            case .pronoun: return resolvePronoun(i, phrase)
            default: return phrase
            }
        }
        return previousSpeaker(i, paragraphs: 1, gender: nil)
    }

    /// Who issued the document that speaks in `phrase` (声明说, 该报告指出; ``AttributionContext/speakingDocument(_:_:noun:)``):
    /// the subject of the clause that last named the same document before it (东海市政府发表声明。声明说), in the same
    /// paragraph or the one before and at most 600 scalars back; `nil` when the phrase is no such document or the text
    /// names no issuer.
    func issuerOfDocument(_ phrase: SpeakerPhrase, quote i: Int) -> SpeakerPhrase? {
        guard language == .zh, phrase.form == .organisation, phrase.gender == .neuter else { return nil }
        // Such a phrase is named by the document noun that ends it (该报告 → 报告); a body named so is not.
        let noun = Array(phrase.name.unicodeScalars)
        let nounStart = phrase.range.upperBound - noun.count
        guard context.documentVoices.longestMatch(in: s, endingAt: phrase.range.upperBound, limit: phrase.range.lowerBound) == noun.count
        else { return nil }
        let paragraphs = analysis.document.paragraphs
        let p = analysis.document.paragraphIndex(containing: nounStart) ?? 0
        let floor = max(paragraphs.isEmpty ? 0 : paragraphs[max(0, p - 1)].start, nounStart - 600)
        return subjectNaming(before: phrase.range.lowerBound, floor: floor, quote: i, organisations: true) { end in
            end - noun.count >= floor && s[end - noun.count..<end].elementsEqual(noun) ? noun.count : nil
        }
    }

    /// Who sent the message that speaks at `pos` (公开信说，…): the subject of the nearest earlier clause that names a
    /// message of the `letterNouns` lexicon and has a subject (张明与妻子发表公开信), within 3,000 scalars. The message
    /// that speaks is at most a few scalars before `pos` and is skipped.
    func senderOfMessage(before pos: Int, quote i: Int) -> SpeakerPhrase? {
        let floor = max(0, pos - 3000)
        // The message named right before the cue is the one speaking, not the one that names its sender.
        let start = pos - (context.letterNouns.longestMatch(in: s, endingAt: pos, limit: floor) ?? 0)
        return subjectNaming(before: start, floor: floor, quote: i) { end in
            context.letterNouns.longestMatch(in: s, endingAt: end, limit: floor)
        }
    }

    /// The person named by the subject of the nearest clause before `start`, back to `floor` and outside quotes, whose
    /// words `length(end)` finds ending at `end` (a message sent, a document issued): a pronoun stands for its
    /// antecedent; a bare word, an empty subject, a work, or a subject that is those words itself names no one.
    private func subjectNaming(before start: Int, floor: Int, quote i: Int, organisations: Bool = false,
                               _ length: (_ end: Int) -> Int?) -> SpeakerPhrase? {
        var end = start
        while end > floor {
            if let open = context.openOf(closeAt: end - 1), open >= floor { end = open; continue }
            guard let n = length(end) else { end -= 1; continue }
            if let subject = subjectBefore(end - n, sentences: 1, organisations: organisations), subject.range.upperBound <= end - n {
                switch subject.form {
                case .name, .role, .organisation: return subject
                case .pronoun: if let antecedent = resolvePronoun(i, subject) { return antecedent }
                case .bare, .zero, .work: break
                }
            }
            end -= n
        }
        return nil
    }

    /// The named speaker of the closest earlier attributed quote within `paragraphs` paragraphs, passing over those
    /// `accept` refuses.
    func previousSpeaker(_ i: Int, paragraphs: Int, gender: SpeakerPhrase.Gender?,
                         accepting accept: (SpeakerPhrase) -> Bool = { _ in true }) -> SpeakerPhrase? {
        var j = i - 1
        let open = analysis.scanned[i].openIndex
        while j >= 0, i - j <= 40, paragraphOf[i] - paragraphOf[j] <= paragraphs, open - analysis.scanned[j].openIndex <= 2000,
              inOneSection(paragraphOf[j], paragraphOf[i]) {
            if analysis.quotes[j].depth == 0, let a = assigned[j], let phrase = a.phrase, compatible(phrase, gender), accept(phrase) { return phrase }
            j -= 1
        }
        return nil
    }

    func compatible(_ phrase: SpeakerPhrase, _ gender: SpeakerPhrase.Gender?) -> Bool {
        guard let gender, gender != .unknown else { return true }
        if phrase.gender == .unknown {
            // The character list knows the gender a name does not show (秀云 is a woman's: no 他 stands for her).
            if gender == .male || gender == .female, phrase.isNamed, let listed = aliases.gender(of: phrase.name).map(SpeakerPhrase.Gender.init),
               listed == .male || listed == .female {
                return listed == gender
            }
            // A name that only a woman's given name ends with (林秀芬) is no 他, where no list says otherwise.
            if gender == .male || gender == .female, phrase.form == .name || phrase.form == .bare, let shown = nameGender(phrase.name) {
                return shown == gender
            }
            return gender != .plural
        }
        return phrase.gender == gender
    }

    /// Whether `range` stands inside parentheses that open and close within 80 scalars of it, on its line.
    func inParentheses(_ range: Range<Int>) -> Bool {
        let stops = { (i: Int) in
            CharacterClass.isLineBreak(self.s[i].value) || CharacterClass.isOpeningParenthesis(self.s[i].value)
                || CharacterClass.isClosingParenthesis(self.s[i].value)
        }
        guard let open = (max(0, range.lowerBound - 80)..<range.lowerBound).reversed().first(where: stops),
              CharacterClass.isOpeningParenthesis(s[open].value),
              let close = (range.upperBound..<min(s.count, range.upperBound + 80)).first(where: stops) else { return false }
        return CharacterClass.isClosingParenthesis(s[close].value)
    }

    /// The gender of a kin noun that ends a phrase at `end` (王秀英的母亲: a woman), `nil` for none.
    func kinGender(endingAt end: Int, from start: Int) -> SpeakerPhrase.Gender? {
        guard let length = context.kinNouns.longestMatch(in: s, endingAt: end, limit: start) else { return nil }
        return context.kinGender(context.string(end - length..<end))
    }

    /// The person a pronoun stands for. `excluded` names someone it cannot stand for: the speaker of the words a
    /// nested quote stands in, who says 我 of themselves.
    func resolvePronoun(_ i: Int, _ pronoun: SpeakerPhrase, excluding excluded: String? = nil) -> SpeakerPhrase? {
        let isExcluded = { (phrase: SpeakerPhrase) in excluded.map { AttributionEngine.samePerson($0, phrase.name) } ?? false }
        if pronoun.gender == .plural { return language == .zh ? group(before: pronoun.range.lowerBound) : nil }
        if pronoun.gender == .firstPerson {
            return narrator.map { SpeakerPhrase(form: .name, range: pronoun.range, mention: pronoun.mention, name: $0.name, gender: $0.gender) }
        }
        let gender = pronoun.gender
        if language == .zh {
            // Whom the pronoun's own clause speaks to (他对德贵说：) is someone else than the pronoun.
            let spokenTo = addressedInClause(after: pronoun.range.upperBound)
            // 他 and 她 stand for a person: not for an organisation or a place (江苏省, 外交部) that opens a clause.
            // A named antecedent that does not agree (a group or an organisation for 他) is passed over for an earlier
            // subject; any other subject (a pronoun: 我微笑道) ends the search.
            let agrees = { (subject: SpeakerPhrase) -> Bool in
                // A group's pronoun (他们) is passed over, as a group is: it names nobody 他 or 她 could stand for.
                if subject.form == .pronoun, subject.gender == .plural { return false }
                guard subject.isNamed else { return true }
                if isExcluded(subject) { return false }
                // The reporter is no 他 or 她 (当记者问及…，他说), unless the clause names the one met (below).
                if self.isReporter(subject) { return self.metByReporter(subject) != nil }
                if subject.form == .organisation, gender == .male || gender == .female { return false }
                // Nor for one of a series of people (李秋芳、王立新等人都到场祝贺，他…): the series is the subject.
                if self.isSeriesMember(subject) { return false }
                // Nor for the subject of an aside in parentheses (（其中…，单程票涨两成）。他认为): the aside is no clause of the story.
                if self.inParentheses(subject.range) { return false }
                // Nor for a bare noun of people that no count, demonstrative or description makes someone (今年工人干劲很足，
                // …他坦言: the workers, not the director who spoke), unless its noun says a man or a woman (老汉).
                if subject.form == .role, subject.title == nil, subject.gender == .unknown, subject.mention == subject.name,
                   gender == .male || gender == .female {
                    // A relative is someone, whose noun says a man or a woman (王秀英的母亲…，她说).
                    if let kin = self.kinGender(endingAt: subject.range.upperBound, from: subject.range.lowerBound) { return kin == gender }
                    // So is one who has spoken already (原告认为：“…”。她说): the noun names one in this report.
                    return self.hasSpoken(subject, before: i)
                }
                if spokenTo.contains(where: { AttributionEngine.samePerson($0, subject.name) }) { return false }
                return self.compatible(subject, gender)
            }
            // The antecedent a subject gives: the one met, where the subject is the reporter. A subject that is the same
            // pronoun (蔡明說，⏎…⏎他說，⏎…⏎他說：) stands for the same person: its own antecedent is looked for, a few
            // links back at most.
            func antecedent(before pos: Int, sentences: Int = 2, links: Int = 3) -> SpeakerPhrase? {
                guard let subject = subjectBefore(pos, sentences: sentences, bare: .recurring, skippingReportedWords: true, accepting: agrees) else {
                    return nil
                }
                if subject.form == .pronoun, subject.gender == gender, links > 0, subject.range.lowerBound < pos {
                    return antecedent(before: subject.range.lowerBound, sentences: sentences, links: links - 1)
                }
                guard subject.isNamed else { return nil }
                return metByReporter(subject) ?? namedByCopula(subject) ?? subject
            }
            if let asked = personAsked(before: i, pronoun: pronoun), !isExcluded(asked) { return asked }
            // The one a conversation frame names (在与王立新的交谈中，她…): the report is about the one talked with.
            if let partner = context.conversationPartner(before: pronoun.range.lowerBound), partner.isNamed, !isExcluded(partner),
               compatible(partner, gender) {
                return partner
            }
            // Nor is a subject of someone's reported words (他说，阿尔卡迪亚…。他强调).
            if let subject = antecedent(before: pronoun.range.lowerBound) { return subject }
            // The reporter who asked is no 他 or 她 either (記者再追問「…」？她又說，「…」: the one asked answers).
            if let speaker = previousSpeaker(i, paragraphs: 3, gender: gender, accepting: { !self.isReporter($0) && !isExcluded($0) }) { return speaker }
            // No one has spoken yet: the person the narrative last named as a subject.
            if let subject = antecedent(before: pronoun.range.lowerBound, sentences: 8) { return subject }
            // A pronoun that opens the first paragraph under a headline: no report opens with 他 or 她, so the headline
            // is a subheading of the report above it, whose last subject is the one meant.
            if let above = subheading(openedBy: pronoun.range.lowerBound) { return antecedent(before: above) }
            return namedLater(after: pronoun.range.upperBound, gender: gender)
        }
        // English: the subject that opens the sentence before, when it is surely a person; else named subjects and
        // speakers in this paragraph before the pronoun, then in up to six earlier paragraphs (nearest first); an
        // exact gender match wins over an unknown gender.
        if let subject = englishPreviousSubject(before: pronoun.range.lowerBound, quote: i), compatible(subject, gender), !isExcluded(subject),
           subject.gender == gender || subject.name.contains(" ") || subject.title != nil || hasSpoken(subject, before: i) {
            return subject
        }
        let q = analysis.scanned[i]
        let doc = analysis.document
        let p = paragraphOf[i]
        var candidates: [SpeakerPhrase] = []
        var k = p
        while k >= 0, p - k <= 6, k < doc.paragraphs.count {
            let para = doc.paragraphs[k]
            let end = k == p ? min(q.openIndex, pronoun.range.lowerBound) : para.end
            let start = max(para.start, end - 600)
            var here: [(Int, SpeakerPhrase)] = englishMentions(start..<max(start, end), includingRoles: true).map { ($0.range.lowerBound, $0) }
            for j in quotes(inParagraph: k, near: i) where j < i {
                if let phrase = assigned[j]?.phrase { here.append((analysis.scanned[j].openIndex, phrase)) }
            }
            candidates.append(contentsOf: here.sorted { $0.0 > $1.0 }.map(\.1))
            k -= 1
        }
        if let exact = candidates.first(where: { $0.gender == gender && !isExcluded($0) }) { return exact }
        return candidates.first { compatible($0, gender) && !isExcluded($0) }
    }

    /// The one the quote right before was asked of (张明问母亲：“…”⏎她说：“…”: 母亲 answers), when a he or she opens the
    /// answer and agrees with that person's gender (a relative's, a title's) but not with the asker's; `nil` otherwise.
    /// Only punctuation may stand between the question and the pronoun: no one else is named.
    /// The names of the people the clause from `start` speaks to: each right after a preposition or a verb of bidding or
    /// asking (对德贵说, 问老伴), up to the clause's end.
    func addressedInClause(after start: Int) -> [String] {
        let end = context.clauseEnd(startingAt: start, maxLength: 16)
        var names: [String] = []
        var k = start
        while k < end {
            if let length = context.prepositions.longestMatch(in: s, startingAt: k, limit: end) ?? context.directiveVerbs.longestMatch(in: s, startingAt: k, limit: end),
               let object = context.parseChineseLeading(k + length, end), object.isNamed {
                names.append(object.name)
                k = object.range.upperBound
                continue
            }
            k += 1
        }
        return names
    }

    func personAsked(before i: Int, pronoun: SpeakerPhrase) -> SpeakerPhrase? {
        guard pronoun.gender == .male || pronoun.gender == .female, i > 0, analysis.quotes[i].depth == 0 else { return nil }
        let j = i - 1
        guard analysis.quotes[j].depth == 0, let asked = assigned[j], asked.fromPattern, let cue = asked.cue,
              context.directiveVerbs.contains(cue) else { return nil }
        if let asker = asked.phrase, asker.gender == pronoun.gender { return nil }
        let question = analysis.scanned[j]
        guard question.outerEnd <= pronoun.range.lowerBound,
              !(question.outerEnd..<pronoun.range.lowerBound).contains(where: { context.isCJK($0) || context.isLetter($0) }) else { return nil }
        // The one asked: between the cue and the colon before the question.
        var colon = context.skipSpaceBack(question.openIndex, 0)
        guard colon > 0, CharacterClass.isColon(s[colon - 1].value) else { return nil }
        colon -= 1
        let cueLength = cue.unicodeScalars.count
        guard colon >= cueLength, let cueEnd = (max(cueLength, colon - 8)...colon).last(where: { context.string($0 - cueLength..<$0) == cue }),
              cueEnd < colon else { return nil }
        // A relative alone (问母亲) is no phrase a cue's subject may be, but the one asked.
        let word = context.string(cueEnd..<colon)
        if let gender = context.kinGender(word) {
            return gender == pronoun.gender ? SpeakerPhrase(form: .role, range: cueEnd..<colon, mention: word, name: word, gender: gender) : nil
        }
        guard let object = context.parseChineseStrict(cueEnd, colon), object.isNamed else { return nil }
        let gender = object.gender != .unknown ? object.gender : context.kinGender(object.name)
        return gender == pronoun.gender ? object : nil
    }

    /// The person a feature that opens on 他 or 她 names only afterwards (他背着渔具走下台阶，…“…”他回头说。⏎他叫王立新，…):
    /// the name a pronoun of the same gender and a word of `namingVerbs` give within the next 400 scalars.
    func namedLater(after pos: Int, gender: SpeakerPhrase.Gender) -> SpeakerPhrase? {
        let pronouns = gender == .male ? context.male : gender == .female ? context.female : nil
        guard let pronouns else { return nil }
        let end = min(s.count, pos + 400)
        var j = pos
        while j < end {
            guard let n = pronouns.longestMatch(in: s, startingAt: j, limit: end),
                  let verb = context.namingVerbs.longestMatch(in: s, startingAt: j + n, limit: end) else { j += 1; continue }
            let start = j + n + verb
            for length in [3, 2] where start + length <= end {
                if let name = context.parseChineseStrict(start, start + length), name.form == .name, name.range == start..<start + length,
                   start + length == s.count || !context.isCJK(start + length) {
                    return name
                }
            }
            j += 1
        }
        return nil
    }

    /// The group a plural pronoun stands for (张明与五名同事换上工装。⏎他们唱道：): the subject of the sentence before, or
    /// the one before it, that names several people (``namesGroup(_:)``).
    func group(before pos: Int) -> SpeakerPhrase? {
        subjectBefore(pos, sentences: 2, skippingReportedWords: true, accepting: namesGroup)
    }

    /// Whether a subject names several people: a group (工人们, 几位老人), or the first of people joined (张明与…,
    /// 李秋芳、王立新等人), whom the guideline names for them all. A name after an enumeration comma is inside the list,
    /// and one before a clause's comma (张明，…) joins nobody.
    private func namesGroup(_ subject: SpeakerPhrase) -> Bool {
        guard subject.isNamed, subject.form != .pronoun else { return false }
        // A bare noun of people (村民, 山里的孩子) counts no one, and is as many as 他们 says; a counted one (一位村民) is one.
        if subject.form == .role {
            return subject.gender == .plural || subject.gender == .unknown && subject.title == nil && subject.mention == subject.name
        }
        guard subject.form == .name else { return false }
        let before = context.skipSpaceBack(subject.range.lowerBound, 0)
        if before > 0, CharacterClass.isEnumerationComma(s[before - 1].value) { return false }
        let after = context.skipSpaceForward(subject.range.upperBound, s.count)
        guard after < s.count, context.seriesJoiners.longestMatch(in: s, startingAt: after) != nil else { return false }
        return CharacterClass.isEnumerationComma(s[after].value) || !context.isClauseBoundary(s[after].value)
    }

    /// Whether a person is one of a series that is a clause's subject together: next to an enumeration comma
    /// (李秋芳、王立新), or before a word that closes a series (王立新等人). Not after titles the comma joins
    /// (党委常委、秘书长王立新: one person's titles).
    func isSeriesMember(_ phrase: SpeakerPhrase) -> Bool {
        guard !phrase.range.isEmpty else { return false }
        let before = context.skipSpaceBack(phrase.range.lowerBound, 0)
        if before > 1, CharacterClass.isEnumerationComma(s[before - 1].value),
           context.titles.longestMatch(in: s, endingAt: before - 1, limit: max(0, before - 9)) == nil,
           context.titles.longestMatch(in: s, startingAt: phrase.range.lowerBound, limit: phrase.range.upperBound) == nil {
            return true
        }
        let end = phrase.range.upperBound
        let after = context.skipSpaceForward(end, s.count)
        if after < s.count, CharacterClass.isEnumerationComma(s[after].value) { return true }
        guard let n = context.seriesEnds.longestMatch(in: s, startingAt: end) else { return false }
        return end + n >= s.count || !context.isCJK(end + n) || context.endsWord(at: end + n)
    }

    /// Whether a phrase is the reporter (记者, 記者: a role of `reporterNouns`), who asks and meets but is no 他 or 她.
    func isReporter(_ phrase: SpeakerPhrase) -> Bool {
        phrase.form == .role && context.reporterNouns.contains(phrase.name)
    }

    /// Whether a name carries a reporter's title (本报记者 王立新): a byline's, not someone a feature quotes.
    func isTitledReporter(_ phrase: SpeakerPhrase) -> Bool {
        phrase.title.map { context.reporterNouns.contains($0) } ?? false
    }

    /// The person a reporter's clause names at its end as the one met (记者碰到正在巡查的副指挥长王立新。他说…): what a
    /// pronoun after it stands for, not the reporter. `nil` when the subject is no reporter or the clause names nobody.
    func metByReporter(_ subject: SpeakerPhrase) -> SpeakerPhrase? {
        guard isReporter(subject) else { return nil }
        var end = subject.range.upperBound
        // Titles in a series and honours in quotation marks stay in the clause (记者碰到研究员、“种粮能手”周明).
        while end < min(s.count, subject.range.upperBound + 60), case let v = s[end].value,
              !context.isClauseBoundary(v) || CharacterClass.isEnumerationComma(v) || CharacterClass.isQuotationMark(v) {
            end += 1
        }
        // The longest name that ends the clause (王立新, not 立新), where a word starts (not 关 of 有关人士).
        var found: SpeakerPhrase? = nil
        var start = end - 2
        while start >= max(subject.range.upperBound + 1, end - 6) {
            if let phrase = context.parseChineseStrict(start, end), phrase.form == .name, context.endsWord(at: start) { found = phrase }
            start -= 1
        }
        return found
    }

    /// The name or role that opens the sentence before the one holding `pos`, in this paragraph or the one before
    /// (Azmat Begg, father of Sami, thanked his lawyers. He added: …): the antecedent a pronoun that opens the next
    /// sentence most often has, even where a later name in that sentence is nearer. A connective may come first.
    func englishPreviousSubject(before pos: Int, quote i: Int) -> SpeakerPhrase? {
        let current = englishSentenceStart(pos)
        let end = context.skipSpaceBack(current, 0)
        guard end > 0, paragraphOf[i] - (analysis.document.paragraphIndex(containing: end - 1) ?? -1) <= 1 else { return nil }
        let start = skippingConnective(context.skipSpaceForward(englishSentenceStart(end - 1), end), end)
        guard let phrase = context.parseEnglishForward(start, min(end, start + 120)),
              phrase.form == .name || phrase.form == .role, phrase.kinship == nil else { return nil }
        return phrase
    }

    /// Where a sentence's subject starts: after a connective that opens it, and its comma (But, Ada Lane said…).
    func skippingConnective(_ start: Int, _ end: Int) -> Int {
        guard let word = context.wordForward(start, end), context.connectives.contains(s, word) else { return start }
        let after = word.upperBound < end && s[word.upperBound].value == 0x2C ? word.upperBound + 1 : word.upperBound
        return context.skipSpaceForward(after, end)
    }

    /// Where the English sentence holding the scalar before `pos` starts, no earlier than its paragraph: quotes are
    /// jumped over unless a sentence ends inside one at its close ("… there." Lawyer Ada Lane said…).
    func englishSentenceStart(_ pos: Int) -> Int {
        let doc = analysis.document
        let floor = doc.paragraphIndex(containing: max(0, pos - 1)).map { doc.paragraphs[$0].start } ?? max(0, pos - 1)
        var i = pos
        while i > floor {
            if let open = context.openOf(closeAt: i - 1), open >= floor, open < i - 1 {
                if i - 2 > open, context.isSentenceEnd(i - 2) { break }
                i = open
                continue
            }
            // The scalar before `pos` belongs to the sentence even when it ends one.
            if i < pos, context.isSentenceEnd(i - 1) { break }
            i -= 1
        }
        return i
    }

    /// Whether a recent quote's speaker bears the name of `phrase` (Ferguson after Alex Ferguson spoke).
    func hasSpoken(_ phrase: SpeakerPhrase, before i: Int) -> Bool {
        var j = i - 1
        while j >= 0, i - j <= 50 {
            if let name = assigned[j]?.phrase?.name, name.split(separator: " ").contains(where: { $0 == phrase.name }) { return true }
            j -= 1
        }
        return false
    }

    /// Named subjects (not objects of a preposition) in a range of narrative, outside quotes; with `includingRoles`, unnamed
    /// ones too (a spokeswoman for the Data Office), whose organisation is then no mention of its own.
    func englishMentions(_ range: Range<Int>, includingRoles: Bool = false) -> [SpeakerPhrase] {
        guard range.lowerBound < range.upperBound else { return [] }
        var result: [SpeakerPhrase] = []
        var i = range.lowerBound
        var previousWord = ""
        let c = context
        while i < range.upperBound {
            if let end = endOf(openAt: i) { i = end; previousWord = ""; continue }
            if c.isLetter(i), !c.isLetter(i - 1) {
                if let w = c.wordForward(i, range.upperBound) {
                    if includingRoles, !c.prepositions.contains(previousWord), let role = c.englishRoleForward(i, range.upperBound) {
                        result.append(role)
                        i = role.range.upperBound
                        previousWord = ""
                        continue
                    }
                    if c.isCapitalised(w), !c.prepositions.contains(previousWord),
                       let phrase = c.parseEnglishForward(i, range.upperBound), phrase.form == .name {
                        result.append(phrase)
                        i = phrase.range.upperBound
                        previousWord = ""
                        continue
                    }
                    previousWord = c.string(w).lowercased()
                    i = w.upperBound
                    continue
                }
            }
            if !c.isSpace(i) { previousWord = "" }
            i += 1
        }
        return result
    }
}
