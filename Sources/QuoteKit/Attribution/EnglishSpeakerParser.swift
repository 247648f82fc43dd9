/// English speaker phrases: capitalised names with titles (Mr. Darcy, Sir William Lucas, Dr. Ada Lane)
/// and pronouns (he, she, they), read word by word forwards or backwards from a position.
extension AttributionContext {
    /// A word (letters, apostrophes, hyphens) starting at `i`, and a following period when the word is an abbreviated title.
    func wordForward(_ i: Int, _ upper: Int) -> Range<Int>? {
        guard i < upper, isLetter(i) else { return nil }
        var j = i
        while j < upper, isLetter(j) || ((s[j].value == 0x27 || s[j].value == 0x2019 || s[j].value == 0x2D) && j + 1 < upper && isLetter(j + 1)) { j += 1 }
        if j < upper, s[j].value == 0x2E, titles.contains(string(i..<j + 1)) { j += 1 }
        return i..<j
    }

    func wordBackward(_ end: Int, _ lower: Int) -> Range<Int>? {
        var e = end
        var hasPeriod = false
        if e > lower, s[e - 1].value == 0x2E { e -= 1; hasPeriod = true }
        guard e > lower, isLetter(e - 1) else { return nil }
        var i = e
        while i > lower, isLetter(i - 1) || ((s[i - 1].value == 0x27 || s[i - 1].value == 0x2019 || s[i - 1].value == 0x2D) && i - 1 > lower && isLetter(i - 2)) { i -= 1 }
        if hasPeriod {
            // Only titles keep their period (Mr.); otherwise the period ends a sentence.
            return titles.contains(string(i..<e + 1)) ? i..<e + 1 : nil
        }
        return i..<e
    }

    /// Whether a word reads as a manner adverb (coldly, quietly) that may stand next to a cue: a word of more than
    /// three letters with one of the pack's `adverbialEndings`.
    func isAdverb(_ w: Range<Int>) -> Bool {
        w.count > 3 && adverbialEndings.longestMatch(in: s, endingAt: w.upperBound, limit: w.lowerBound) != nil
    }

    /// Whether a word ends in 's, ’s or a bare trailing apostrophe (the Bennets').
    func isPossessive(_ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        let last = s[r.upperBound - 1].value
        let before = s[r.upperBound - 2].value
        return (last == 0x73 || last == 0x53) && (before == 0x27 || before == 0x2019)
    }

    func isCapitalised(_ r: Range<Int>) -> Bool {
        let v = s[r.lowerBound].value
        return (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE)
    }

    /// A lowercase particle inside a name (de, van): never a capitalised word, which is a name of its own.
    func isNameParticle(_ r: Range<Int>) -> Bool {
        !isCapitalised(r) && people.nameParticles.contains(string(r))
    }

    func englishPronoun(_ r: Range<Int>) -> SpeakerPhrase.Gender? {
        let w = string(r)
        guard w.lowercased() == w || w.first.map({ $0.isUppercase }) == true, people.subjectPronouns.contains(w) else { return nil }
        if male.contains(w) { return .male }
        if female.contains(w) { return .female }
        if plural.contains(w) { return .plural }
        return nil
    }

    /// The narrator's pronoun (I) as a speaker phrase, resolved to the character list's narrator.
    func narratorPronoun(_ r: Range<Int>) -> SpeakerPhrase? {
        guard narratorPronouns.contains(s, r) else { return nil }
        return SpeakerPhrase(form: .pronoun, range: r, mention: string(r), name: string(r), gender: .firstPerson)
    }

    /// his wife, her mother: a possessive and a kinship noun.
    func kinship(_ possessive: Range<Int>, _ noun: Range<Int>?) -> SpeakerPhrase? {
        guard let noun else { return nil }

        let owner = string(possessive)
        let possessor: SpeakerPhrase.Gender
        if people.malePossessives.contains(owner) { possessor = .male }
        else if people.femalePossessives.contains(owner) { possessor = .female }
        else if people.pluralPossessives.contains(owner) { possessor = .plural }
        else { return nil }
        let relation = string(noun).lowercased()
        guard let gender = kinGender(relation) else { return nil }
        let range = possessive.lowerBound..<noun.upperBound
        var phrase = SpeakerPhrase(form: .role, range: range, mention: folded(range), name: folded(range).lowercased(), gender: gender)
        phrase.kinship = (relation, possessor)
        return phrase
    }

    /// A speaker phrase starting at `pos` (after a cue: said Mr. Darcy, replied he, said his wife).
    func parseEnglishForward(_ pos: Int, _ upper: Int) -> SpeakerPhrase? {
        parseEnglishPhraseForward(pos, upper) ?? listedPhrase(startingAt: skipSpaceForward(pos, upper), upper)
    }

    /// A person of the character list written as the list writes them, whatever the case (said the mariner, of
    /// The Mariner; the doctor said): a story names many of its people by a description the parser does not know.
    func listedPhrase(startingAt a: Int, _ upper: Int) -> SpeakerPhrase? {
        guard !listedForms.words.isEmpty, !isLetter(a - 1), let n = listedForms.longestMatch(in: s, startingAt: a, limit: upper),
              !isLetter(a + n) else { return nil }
        return SpeakerPhrase(form: .name, range: a..<a + n, mention: string(a..<a + n), name: string(a..<a + n))
    }

    /// A definite description a story names someone by, read only where a speaker must stand after a quote (said the
    /// ferryman, the old sailor said): a determiner of `definiteDeterminers` and one or two lowercase words, then a
    /// punctuation mark or a cue. The parser's other forms (names, known roles, descriptions of known gender) come first.
    /// With a character list none is read: the list names whoever speaks, and a description it does not hold mostly
    /// stands for one of them (the old gentleman) whom the turns and the people nearby find better.
    func definiteDescriptionForward(_ pos: Int, _ upper: Int) -> SpeakerPhrase? {
        guard listedForms.words.isEmpty else { return nil }
        let a = skipSpaceForward(pos, upper)
        guard let determiner = wordForward(a, upper), people.definiteDeterminers.contains(s, determiner) else { return nil }
        var end = determiner.upperBound
        var words = 0
        while words < 2, let word = wordForward(skipSpaceForward(end, upper), upper), !isCapitalised(word), !cues.contains(s, word),
              englishPronoun(word) == nil {
            words += 1
            end = word.upperBound
        }
        let next = skipSpaceForward(end, upper)
        let endsClause = next >= upper || !isLetter(next)
        let beforeCue = !endsClause && wordForward(next, upper).map { cues.contains(s, $0) } == true
        guard words >= 1, endsClause || beforeCue else { return nil }
        return SpeakerPhrase(form: .role, range: a..<end, mention: string(a..<end), name: string(a..<end))
    }

    /// See ``listedPhrase(startingAt:_:)``.
    func listedPhrase(endingAt e: Int, _ lower: Int) -> SpeakerPhrase? {
        guard !listedForms.words.isEmpty, !isLetter(e), let n = listedForms.longestMatch(in: s, endingAt: e, limit: lower),
              !isLetter(e - n - 1) else { return nil }
        return SpeakerPhrase(form: .name, range: e - n..<e, mention: string(e - n..<e), name: string(e - n..<e))
    }

    private func parseEnglishPhraseForward(_ pos: Int, _ upper: Int) -> SpeakerPhrase? {
        let a = skipSpaceForward(pos, upper)
        guard let first = wordForward(a, upper) else { return nil }
        if !isCapitalised(first), let name = appositiveName(a, upper) ?? englishDescriptionForward(a, upper) ?? englishRoleForward(a, upper)
            ?? describedName(a, upper) { return name }
        // A sentence may open with the role: A spokeswoman for the Data Office said…
        if isCapitalised(first), personCounters.contains(s, first), let role = englishRoleForward(a, upper) { return role }
        // A character a story names by an article and capitalised words (said the Queen, the Hatter said): the words are
        // the name, and the mention keeps the article, as the text writes it.
        if isDefiniteArticle(first), let next = wordForward(skipSpaceForward(first.upperBound, upper), upper),
           isCapitalised(next), var phrase = parseEnglishForward(next.lowerBound, upper), phrase.form == .name || phrase.form == .role {
            phrase.range = first.lowerBound..<phrase.range.upperBound
            phrase.mention = folded(phrase.range)
            return phrase
        }
        if let k = kinship(first, wordForward(skipSpaceForward(first.upperBound, upper), upper)) { return k }
        if let g = englishPronoun(first) {
            return SpeakerPhrase(form: .pronoun, range: first, mention: string(first), name: string(first).lowercased(), gender: g)
        }
        if let narrator = narratorPronoun(first) { return narrator }
        var words: [Range<Int>] = []
        var i = a
        while let w = wordForward(i, upper) {
            let text = string(w)
            if isCapitalised(w) {
                if words.isEmpty, notNames.contains(text), !titles.contains(text) { return nil }
                words.append(w)
            } else if !words.isEmpty, isNameParticle(w) {
                // Lady Catherine de Bourgh: a particle only when a capitalised word follows.
                let next = skipSpaceForward(w.upperBound, upper)
                guard let n = wordForward(next, upper), isCapitalised(n) else { break }
                words.append(w)
            } else {
                break
            }
            // Names do not run across punctuation.
            let next = skipSpaceForward(w.upperBound, upper)
            guard next > w.upperBound, next < upper, isLetter(next) else { break }
            i = next
            if words.count >= 4 { break }
        }
        if let last = words.last, var named = organisationRoleName(after: last.upperBound, upper) {
            // said Spanish Federation press officer Tom Reed: the organisation and the role describe the name.
            named.range = words[0].lowerBound..<named.range.upperBound
            named.mention = folded(named.range)
            return named
        }
        return englishPhrase(words)
    }

    /// A role noun phrase and a full name after an organisation's capitalised words (Harbour Council press officer
    /// Tom Reed, Labour leader Ada Lane): the name, if the lowercase words end with one of `personNouns`.
    func organisationRoleName(after end: Int, _ upper: Int) -> SpeakerPhrase? {
        let start = skipSpaceForward(end, upper)
        guard start > end, let named = describedName(start, upper),
              let noun = wordBackward(skipSpaceBack(named.range.lowerBound, start), start), personNouns.contains(s, noun)
        else { return nil }
        return named
    }

    /// A short description and, after a comma, the name it stands for (said her husband's sister, Miss Thorne; said
    /// his wife, Mrs. Harlow): the name is the speaker.
    func appositiveName(_ start: Int, _ upper: Int) -> SpeakerPhrase? {
        var i = start
        var words = 0
        while words < 5, let word = wordForward(i, upper), !isCapitalised(word) {
            words += 1
            i = word.upperBound
            let next = skipSpaceForward(i, upper)
            guard next > i, next < upper, isLetter(next) else { break }
            i = next
        }
        guard words >= 2, i < upper, s[i].value == 0x2C else { return nil }
        let next = skipSpaceForward(i + 1, upper)
        guard next < upper, let candidate = wordForward(next, upper), isCapitalised(candidate),
              let name = parseEnglishForward(next, upper), name.form == .name else { return nil }
        return name
    }

    /// A lowercase description right before a full name, with no comma (chief executive Ada Lane, director of
    /// research Tom Reed): the name is the speaker. The description holds no cue and no pronoun (the company
    /// told Reuters, his wife said), and the name has at least two words.
    func describedName(_ start: Int, _ upper: Int) -> SpeakerPhrase? {
        var i = start
        var words = 0
        while let word = wordForward(i, upper), !isCapitalised(word) {
            if englishPronoun(word) != nil || cues.longestMatch(in: s, startingAt: word.lowerBound, limit: word.upperBound) == word.count {
                return nil
            }
            words += 1
            let next = skipSpaceForward(word.upperBound, upper)
            guard words < 5, next > word.upperBound, next < upper, isLetter(next) else { return nil }
            i = next
        }
        guard words >= 1, let name = parseEnglishForward(i, upper), name.form == .name, name.name.contains(" ") else { return nil }
        return name
    }

    /// A speaker phrase ending at `pos` (before a cue: Elizabeth said, Mr. Bennet replied).
    func parseEnglishBackward(_ pos: Int, _ lower: Int) -> SpeakerPhrase? {
        parseEnglishPhraseBackward(pos, lower) ?? listedPhrase(endingAt: skipSpaceBack(pos, lower), lower)
    }

    private func parseEnglishPhraseBackward(_ pos: Int, _ lower: Int) -> SpeakerPhrase? {
        let e = skipSpaceBack(pos, lower)
        guard let last = wordBackward(e, lower) else { return nil }
        if let previous = wordBackward(skipSpaceBack(last.lowerBound, lower), lower), let k = kinship(previous, last) { return k }
        if let g = englishPronoun(last) {
            // A pronoun subject: the word before must not be a verb it is the object of; accept when it starts a clause.
            return SpeakerPhrase(form: .pronoun, range: last, mention: string(last), name: string(last).lowercased(), gender: g)
        }
        if let narrator = narratorPronoun(last) { return narrator }
        if let description = englishDescriptionBackward(e, lower) { return description }
        if let role = englishRoleBackward(e, lower) { return role }
        var words: [Range<Int>] = []
        var end = e
        while let w = wordBackward(end, lower) {
            if isCapitalised(w) {
                words.insert(w, at: 0)
            } else if !words.isEmpty, isNameParticle(w) {
                words.insert(w, at: 0)
            } else {
                break
            }
            let before = skipSpaceBack(w.lowerBound, lower)
            if before == w.lowerBound { break }
            end = before
            if words.count >= 4 { break }
        }
        // Drop sentence-initial non-names (Then Elizabeth → Elizabeth) and a leading particle.
        while let f = words.first, notNames.contains(string(f)) || isNameParticle(f) { words.removeFirst() }
        guard var phrase = englishPhrase(words) else { return nil }
        // The article of a character named by a title or a common noun (the Queen said, the Hatter said) stays in the
        // mention, as forwards; not before a first name (that Elizabeth said: a conjunction there).
        let before = skipSpaceBack(phrase.range.lowerBound, lower)
        if before < phrase.range.lowerBound, let article = wordBackward(before, lower), isDefiniteArticle(article),
           phrase.form == .role || !(maleNames.contains(string(words[0])) || femaleNames.contains(string(words[0]))) {
            phrase.range = article.lowerBound..<phrase.range.upperBound
            phrase.mention = folded(phrase.range)
        }
        return phrase
    }

    /// Whether a word is a definite article: a definite determiner that also counts people (the; not that or this,
    /// which are as often a conjunction or a pronoun: said that Ferguson…).
    func isDefiniteArticle(_ word: Range<Int>) -> Bool {
        people.definiteDeterminers.contains(s, word) && personCounters.contains(s, word)
    }

    func englishPhrase(_ words0: [Range<Int>]) -> SpeakerPhrase? {
        var words = words0
        while let l = words.last, isNameParticle(l) { words.removeLast() }
        guard let first = words.first, let last = words.last else { return nil }
        // A possessive (Elizabeth's reply) names an owner, not a speaker.
        if isPossessive(last) { return nil }
        let texts = words.map { string($0) }
        var titleWords: [String] = []
        for t in texts { if titles.contains(t) { titleWords.append(t) } else { break } }
        let range = first.lowerBound..<last.upperBound
        let mention = folded(range)
        if titleWords.count == texts.count {
            return SpeakerPhrase(form: .role, range: range, mention: mention, name: mention, title: titleWords.first,
                                 gender: englishGender(titleWords, nil))
        }
        if notNames.contains(texts[titleWords.count]) && titleWords.isEmpty { return nil }
        let nameStart = self.nameStart(texts, after: titleWords.count)
        let name = nameStart == titleWords.count ? mention : folded(words[nameStart].lowerBound..<last.upperBound)
        let description = nameStart == titleWords.count ? nil : folded(words[titleWords.count].lowerBound..<words[nameStart - 1].upperBound)
        return SpeakerPhrase(form: .name, range: range, mention: mention, name: name, title: titleWords.first ?? description,
                             gender: englishGender(titleWords, texts[nameStart]))
    }

    /// Where the name proper starts among capitalised words after the titles: a description written before a name
    /// (Lawyer Louise Mercer, Liberal Democrat Sarah Teather, Coach Tom Reed) is no part of it. The name starts at its
    /// first name when one is known and a surname follows, else after the person nouns that open the phrase.
    func nameStart(_ texts: [String], after titleCount: Int) -> Int {
        guard titleCount < texts.count - 1 else { return titleCount }
        if let given = (titleCount..<texts.count - 1).first(where: { maleNames.contains(texts[$0]) || femaleNames.contains(texts[$0]) }) {
            return given
        }
        var start = titleCount
        while start < texts.count - 1, personNouns.contains(texts[start]) { start += 1 }
        return start
    }

    func englishGender(_ titleWords: [String], _ firstName: String?) -> SpeakerPhrase.Gender {
        for t in titleWords {
            if maleTitles.contains(t) { return .male }
            if femaleTitles.contains(t) { return .female }
        }
        if let f = firstName {
            if femaleNames.contains(f) { return .female }
            if maleNames.contains(f) { return .male }
        }
        return .unknown
    }
}
