import Foundation

/// The ranking phase's features (``SpeakerFeature``): what a candidate's neighbourhood, the other candidates and
/// the earlier turns say about it.
///
/// A quote may have a dozen candidates, each holding two speaker phrases of several strings: the loops below read the
/// fields they need in place instead of copying candidates and phrases, and compare each pair of keys at most once.
extension AttributionEngine {
    /// Fills the features that depend on the quote's neighbourhood and on the other candidates.
    /// `isTurn` is ``paragraphIsTurn(_:)`` of the quote's paragraph (the caller asks once per paragraph); `answered` is
    /// ``spokeJustBefore(previous:quote:chosen:)`` for a turn.
    func describe(_ list: inout [SpeakerCandidate], quote i: Int, isTurn: Bool, inventory: Inventory, chosen: [String?], previous: Int?,
                  secondPrevious: Int?, answered: String?) {
        let quote = analysis.scanned[i]
        let p = paragraphOf[i]
        let answersQuestion = answered != nil && previous.map(endsWithQuestion) == true
        let addressedHere = inventory.addressed[i] ?? []
        // The previous quote of the same paragraph continues the same speaker; one in an earlier paragraph is another turn
        // in dialogue, but not in a report (``reportGoesOn(from:toParagraph:isTurn:)``).
        let previousInParagraph = previous.map { paragraphOf[$0] == p || reportGoesOn(from: $0, toParagraph: p, isTurn: isTurn) } ?? false
        let addressedBefore = previousInParagraph ? [] : previous.flatMap { inventory.addressed[$0] } ?? []
        // The speaker of an earlier turn, within `paragraphs` paragraphs and the same report.
        func turnSpeaker(_ j: Int?, within paragraphs: Int) -> String? {
            j.flatMap { p - paragraphOf[$0] <= paragraphs && inOneReport(paragraphOf[$0], p) ? chosen[$0] : nil }
        }
        // A quote inside a paragraph of Chinese narration that is no dialogue takes no turn: whoever spoke before is no
        // other party to alternate with, where a pattern rule reads the person's name in the text (李秋芳… “别按伤口！”王立新
        // 快步走上前), not a pronoun it resolves.
        let takesTurn = isTurn || language != .zh || isDialogueText
        let previousKey = previousInParagraph ? nil : turnSpeaker(previous, within: 3)
        let previousHereKey = previousInParagraph ? previous.flatMap { chosen[$0] } : nil
        let secondKey = turnSpeaker(secondPrevious, within: 6)
        let turn = isTurn ? 1.0 : 0.0
        let bareRun = previous.map { j in candidates[j].contains { pack.rules[$0.rule].pattern != nil } ? 0.0 : 1.0 } ?? 0
        let pronoun = pronouns[i]?.gender
        // Who the sentence reports (English news: Ada Lane said…), once per quote.
        let reportedKey = language == .en ? englishReportedSubject(quote: i).map { key(of: $0) } : nil
        // What the features read of each candidate, taken out once: reading a field through `list[k]` copies the
        // whole candidate (two phrases of several strings) each time.
        let facts = list.map { candidate in
            CandidateFacts(rule: candidate.rule, hasCue: candidate.cue != nil, key: candidate.key,
                           mention: candidate.mention?.range, mentionForm: candidate.mention?.form, phraseForm: candidate.phrase?.form,
                           phraseGender: candidate.phrase?.gender ?? .unknown)
        }
        // Whether a rule found explicit speech for this quote itself (then other quotes' speakers are no evidence).
        let hasExplicit = facts.contains { isExplicit(rule: $0.rule, mention: $0.mentionForm) }
        let agreement = Self.supportingRules(facts)
        for k in list.indices {
            let r = facts[k].rule
            let isPattern = pack.rules[r].pattern != nil
            list[k][.bias] = 1
            list[k][.confidence] = pack.rules[r].confidence
            if isPattern {
                list[k][.pattern] = 1
                if facts[k].hasCue { list[k][.cueNext] = 1 }
            }
            list[k][.turn] = turn
            list[k][.runOfBareQuotes] = bareRun
            let mentionForm = facts[k].mentionForm
            // Where the mention is, for the rules' own candidates (nearby ones know it already); for an empty subject,
            // where its sentence names it.
            if list[k][.before] == 0, list[k][.after] == 0, list[k][.unanchored] == 0 {
                let written = mentionForm == .zero ? subjectInSentence(of: list[k], quote: quote)?.range : facts[k].mention
                if let mention = written, !mention.isEmpty {
                    if mention.upperBound <= quote.openIndex {
                        list[k][.before] = 1
                        list[k][.distance] = min(10, Double(quote.openIndex - mention.upperBound) / 100)
                    } else {
                        list[k][.after] = 1
                        list[k][.distance] = min(10, Double(max(0, mention.lowerBound - quote.outerEnd)) / 100)
                    }
                    if startsClause(mention.lowerBound) { list[k][.subject] = 1 }
                } else {
                    list[k][.unanchored] = 1
                }
            }
            if let mention = facts[k].mention, !mention.isEmpty {
                let mp = analysis.document.paragraphIndex(containing: mention.lowerBound) ?? p
                list[k][.paragraphs] = Double(min(10, abs(p - mp)))
                if mp == p { list[k][.sameParagraph] = 1 } else if mp > p { list[k][.laterParagraph] = 1 }
                let between = mention.upperBound <= quote.openIndex
                    ? quotesBetween(mention.upperBound, quote.openIndex) : quotesBetween(quote.outerEnd, mention.lowerBound)
                list[k][.quotesBetween] = Double(between)
            }
            guard let phraseForm = facts[k].phraseForm else {
                list[k][.formNone] = 1
                continue
            }
            if isExplicit(rule: r, mention: mentionForm) { list[k][.explicit] = 1 }
            switch mentionForm ?? phraseForm {
            case .pronoun: list[k][.formPronoun] = 1
            case .zero: list[k][.formZero] = 1
            case .role: list[k][.formRole] = 1
            case .organisation: list[k][.formOrganisation] = 1
            case .bare:
                // A speaker carried over from an earlier turn (no mention here) whom the document names elsewhere is a
                // name, as the people written nearby are: the same person is not weighed twice as differently.
                if mentionForm == nil, let key = facts[k].key, (inventory.counts[key] ?? 0) > 0 {
                    list[k][.formName] = 1
                } else {
                    list[k][.formBare] = 1
                }
            case .name, .work: list[k][.formName] = 1
            }
            guard let key = facts[k].key else { continue }
            if listed(key) != nil { list[k][.listed] = 1 }
            list[k][.frequency] = log(1 + Double(inventory.counts[key] ?? 0))
            list[k][.agreement] = Double(min(4, max(0, agreement[k] - 1)))
            if !hasExplicit, neighbourSpeakers[i].contains(key) { list[k][.paragraphSpeaker] = 1 }
            if key == previousKey, takesTurn || !isExplicit(rule: r, mention: facts[k].mentionForm) {
                list[k][.previous] = 1
                list[k][.previousNarrative] = narrativeShare
            }
            if key == previousHereKey { list[k][.previousHere] = 1 }
            if key == secondKey { list[k][.secondPrevious] = 1 }
            if let reportedKey {
                if Self.samePerson(key, reportedKey) { list[k][.reportedSubject] = 1 } else { list[k][.otherReportedSubject] = 1 }
            }
            // Empty sets are not asked (asking hashes the key).
            if !addressedHere.isEmpty, addressedHere.contains(key) { list[k][.addressedHere] = 1 }
            if !addressedBefore.isEmpty, addressedBefore.contains(key) { list[k][.addressedPrevious] = 1 }
            if let pronoun, pronoun == .male || pronoun == .female, let gender = gender(of: key, phraseGender: facts[k].phraseGender) {
                if gender == pronoun { list[k][.genderMatch] = 1 } else { list[k][.genderMismatch] = 1 }
            }
            // A pronoun's person is a guess too where the quote before asked (“…？”⏎青山问。⏎“…”⏎他说。: 他 is the one who
            // answers); after words that asked nothing, a report goes on with its speaker (“…。”张明说。⏎“…。”他说。).
            if !isPattern || mentionForm == .pronoun && answersQuestion, key == answered { list[k][.spokeJustBefore] = 1 }
        }
    }

    /// Who the one sentence between quotation `j` and quote `i` gave quotation `j` with a cue of its own, or the
    /// sentence that opens `j`'s paragraph and ends with it gave `j` with none, when quote `i` opens the next paragraph
    /// (“…？”⏎青山问她。⏎“…”, "Where?" asked Tom.⏎⏎"…", 青山放下书，“…？”⏎“…”): that is a reply, and someone else's.
    /// `nil` when a pattern rule did not name `j`'s speaker between the two, when more narration comes between, or when
    /// quote `i` goes on in the mention's paragraph (a hard-wrapped line: …," said Anne.⏎"I…).
    func spokeJustBefore(previous j: Int, quote i: Int, chosen: [String?]) -> String? {
        let c = context
        guard let key = chosen[j], let given = assigned[j], let start = given.speaker?.start, let end = given.speaker?.end
        else { return nil }
        let answered = analysis.scanned[j]
        let close = answered.outerEnd, open = analysis.scanned[i].openIndex
        // A CJK comma ends a sentence the cue interrupts (“…，”张明说。⏎“…”): the next line goes on with it; so does an
        // ASCII comma after an ideograph, as web copies of Chinese text write it (“…修好,”张明说). (The ASCII comma
        // before "said" is how English punctuates any quote.)
        let contentEnd = c.skipSpaceBack(answered.contentEnd, answered.contentStart)
        if contentEnd > answered.contentStart, case let last = s[contentEnd - 1].value, CharacterClass.isComma(last),
           CharacterClass.isCJKComma(last) || contentEnd - 1 > answered.contentStart && c.isCJK(contentEnd - 2) {
            return nil
        }
        let mentionParagraph = analysis.document.paragraphIndex(containing: start)
        guard c.opensLine(open), mentionParagraph != paragraphOf[i] else { return nil }
        if end <= answered.openIndex {
            // The sentence that opens quote `j`'s paragraph named its speaker with no cue, and quote `i` opens the next
            // line, with no narration between (少华放下书，“谁收的？”⏎“…”). After a cue the report may go on with the same
            // speaker (张明说：“…”⏎“…”).
            guard !given.fromPattern else { return nil }
            let sameSentence = mentionParagraph == paragraphOf[j]
                && !(start..<answered.openIndex).contains { c.isSentenceEnd($0) }
            return sameSentence && (close..<open).allSatisfy { c.isSpace($0) } ? key : nil
        }
        guard given.fromPattern, close <= start, end <= open, !(close..<start).contains(where: { c.isSentenceEnd($0) }) else { return nil }
        // The sentence ends before the quote (not 青山听了，说道：, which introduces it), and only more stops, closing
        // marks and spaces follow up to the quote.
        let last = c.skipSpaceBack(open, end)
        guard let stop = (end..<last).first(where: { c.isSentenceEnd($0) }) else { return nil }
        let endsThere = (stop..<last).allSatisfy { p in
            let v = s[p].value
            return c.isSentenceEnd(p) || CharacterClass.isQuotationMark(v) || CharacterClass.isClosingParenthesis(v) || c.isSpace(p)
        }
        return endsThere ? key : nil
    }

    /// Whether the words of quote `j` go on in paragraph `p`, a paragraph of quotes (`isTurn`) of a Chinese report: within
    /// two paragraphs and the same report, after a rule with a cue named `j`'s speaker (“…，”李大山说。⏎“…”). English
    /// fiction told at length turns to the other speaker there all the same.
    func reportGoesOn(from j: Int, toParagraph p: Int, isTurn: Bool) -> Bool {
        language == .zh && isTurn && !isDialogueText && p - paragraphOf[j] <= 2 && assigned[j]?.fromPattern == true
            && inOneReport(paragraphOf[j], p)
    }

    /// The phrase an empty subject stands for, where the quote's own sentence names it a clause or two before the cue
    /// (歌迷会会长李秋芳读完他的声明，只是淡淡地说，“…”): the features read it where it is written, as they read a subject
    /// the rule found itself. Nil for any other candidate, and in English, whose subjects the rules read whole.
    func subjectInSentence(of candidate: SpeakerCandidate, quote: ScannedQuote) -> SpeakerPhrase? {
        guard language == .zh, candidate.mention?.form == .zero, let phrase = candidate.phrase, phrase.form != .zero,
              phrase.range.upperBound <= quote.openIndex, quote.openIndex - phrase.range.upperBound <= 80,
              !(phrase.range.upperBound..<quote.openIndex).contains(where: { context.isSentenceEnd($0) }) else { return nil }
        return phrase
    }

    /// What ``describe(_:quote:inventory:chosen:previous:secondPrevious:)`` reads of a candidate.
    struct CandidateFacts {
        var rule: Int
        var hasCue: Bool
        var key: String?
        /// The mention's range and form, if the candidate has a mention.
        var mention: Range<Int>?
        var mentionForm: RulePack.Slot.Form?
        /// The phrase's form (`nil`: no speaker) and gender.
        var phraseForm: RulePack.Slot.Form?
        var phraseGender: SpeakerPhrase.Gender
    }

    /// For each candidate of a quote's list: how many different rules propose its person (its key), at least 1.
    /// Candidates without a key or a phrase get 1 (they have no person to agree on).
    static func supportingRules(_ list: [CandidateFacts]) -> [Int] {
        // The person of each candidate as the first candidate with the same key: each pair of keys compared once.
        var person = Array(list.indices)
        for k in list.indices {
            guard let key = list[k].key else { continue }
            if let j = (0..<k).first(where: { person[$0] == $0 && list[$0].key == key }) { person[k] = j }
        }
        // Distinct rules per person, counted on the first candidate of each (a rule counts once per person).
        func counts(_ k: Int) -> Bool { list[k].key != nil && list[k].phraseForm != nil }
        var rules = [Int](repeating: 0, count: list.count)
        for k in list.indices where counts(k) {
            let repeated = (0..<k).contains { person[$0] == person[k] && counts($0) && list[$0].rule == list[k].rule }
            if !repeated { rules[person[k]] += 1 }
        }
        return list.indices.map { max(1, rules[person[$0]]) }
    }

    /// Whether two keys name the same person: equal, or the same last word (Ada Lane and Ms Lane, before the
    /// canonicaliser has joined them).
    static func samePerson(_ a: String, _ b: String) -> Bool {
        a == b || a.split(separator: " ").last == b.split(separator: " ").last
    }

    /// Whether a pattern rule proposed the candidate from a named speaker next to the quote (not a pronoun or an empty
    /// subject); `mention` is the form of the candidate's mention.
    func isExplicit(rule: Int, mention: RulePack.Slot.Form?) -> Bool {
        guard pack.rules[rule].pattern != nil, let form = mention else { return false }
        return form == .name || form == .bare || form == .role || form == .organisation
    }

    /// A person's gender: from the character list, else from the phrase (titles; `phraseGender`), else from an English
    /// first name.
    func gender(of key: String, phraseGender: SpeakerPhrase.Gender) -> SpeakerPhrase.Gender? {
        if let listed = aliases.gender(of: key) { return SpeakerPhrase.Gender(listed) }
        if phraseGender == .male || phraseGender == .female || phraseGender == .neuter { return phraseGender }
        if let shown = nameGender(key) { return shown }
        if language == .en, let first = key.split(separator: " ").first.map(String.init) {
            if context.maleNames.contains(first) || context.maleTitles.contains(first) { return .male }
            if context.femaleNames.contains(first) || context.femaleTitles.contains(first) { return .female }
        }
        return nil
    }

    /// The gender a Chinese name of two or three characters shows by its last character, where that is one of
    /// `femaleNameEnds` (林秀芬, 陈丽娟): a woman's. `nil` otherwise, and for any other language.
    func nameGender(_ name: String) -> SpeakerPhrase.Gender? {
        guard language == .zh else { return nil }
        let scalars = name.unicodeScalars
        guard (2...3).contains(scalars.count), let last = scalars.last, context.femaleNameEnds.contains(last),
              scalars.allSatisfy({ CharacterClass.isCJK($0.value) }) else { return nil }
        return .female
    }
}
