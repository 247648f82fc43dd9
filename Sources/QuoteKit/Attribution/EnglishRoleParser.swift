/// English speakers named by what they are rather than who (a Labour spokesman, the council, a new study,
/// a spokeswoman for the Data Office): news names many sources this way, and the guideline names them as the
/// text does, determiner included. Stories name people by how they look (the old gentleman): such a definite
/// description is read like a pronoun of its gender.
///
/// The phrase is a determiner (`personCounters`), up to four modifiers, a noun of `personNouns` or `institutionNouns`, and
/// optionally one of `roleLinks` with a capitalised organisation (an optional "the" before it). A phrase
/// without a determiner is read only where it opens a sentence (Police said). A capitalised word right after
/// the noun makes it a description of a name (the company's chief executive Ada Lane): not a role then.
extension AttributionContext {
    /// The most modifiers between the determiner and the noun.
    private static let maxRoleModifiers = 4
    /// The most capitalised words of the organisation after a link.
    private static let maxOrganisationWords = 6

    /// An unnamed speaker starting at `pos` (after a cue: said a spokesman for the council).
    func englishRoleForward(_ pos: Int, _ upper: Int) -> SpeakerPhrase? {
        let words = wordsForward(from: pos, upper, count: 2 + Self.maxRoleModifiers + Self.maxOrganisationWords + 2)
        guard let first = words.first, personCounters.contains(s, first) else { return nil }
        var k = 1
        while k < words.count, k <= Self.maxRoleModifiers + 1 {
            if isSourceNoun(words[k]) {
                let end = organisationEnd(after: k, in: words) ?? words[k].upperBound
                if end == words[k].upperBound, k + 1 < words.count, isCapitalised(words[k + 1]) { return nil }
                return rolePhrase(first.lowerBound..<end, noun: words[k])
            }
            if !isModifier(words[k]) { return nil }
            k += 1
        }
        return nil
    }

    /// An unnamed speaker ending at `pos` (before a cue: a Labour spokesman said).
    func englishRoleBackward(_ pos: Int, _ lower: Int) -> SpeakerPhrase? {
        let words = wordsBackward(from: pos, lower, count: 2 + Self.maxRoleModifiers + Self.maxOrganisationWords + 2)
        guard !words.isEmpty else { return nil }
        // Where the noun is: the last word, or the word before a link and an organisation ending at `pos`.
        var noun: Int? = isSourceNoun(words[words.count - 1]) ? words.count - 1 : nil
        if noun == nil {
            var k = words.count - 1
            while k > 0, words.count - k <= Self.maxOrganisationWords + 1 {
                if isSourceNoun(words[k]), organisationEnd(after: k, in: words) == words[words.count - 1].upperBound {
                    noun = k
                    break
                }
                k -= 1
            }
        }
        guard let noun else { return nil }
        var k = noun - 1
        while k >= 0, noun - k <= Self.maxRoleModifiers + 1 {
            if personCounters.contains(s, words[k]) { return rolePhrase(words[k].lowerBound..<words[words.count - 1].upperBound, noun: words[noun]) }
            if !isModifier(words[k]) { return nil }
            k -= 1
        }
        // No determiner: only a phrase that opens its sentence (Police said, Labour officials said), and not one that
        // describes the name after it (Telecom analysts Ovum said: Ovum speaks).
        let start = words[k + 1].lowerBound
        guard k < 0, opensSentence(start) else { return nil }
        if let next = wordForward(skipSpaceForward(pos, s.count), s.count), isCapitalised(next) { return nil }
        return rolePhrase(start..<words[words.count - 1].upperBound, noun: words[noun])
    }

    /// Whether the words from the sentence's start to `pos` describe the name at `pos` (Telecom analysts Ovum, Lawyer
    /// Ada Lane): at most four words, the last a noun of `personNouns` or `institutionNouns`.
    func opensWithDescription(before pos: Int) -> Bool {
        let words = wordsBackward(from: pos, 0, count: 4)
        guard let last = words.last, isSourceNoun(last) else { return false }
        return words.contains { opensSentenceOrParagraph($0.lowerBound) }
    }

    /// The end of `the? Organisation Words` after a link that follows `words[noun]`, if there is one.
    private func organisationEnd(after noun: Int, in words: [Range<Int>]) -> Int? {
        var k = noun + 1
        guard k < words.count, people.roleLinks.contains(s, words[k]) else { return nil }
        k += 1
        if k < words.count, personCounters.contains(s, words[k]), !isCapitalised(words[k]) { k += 1 }
        var end: Int? = nil
        var taken = 0
        while k < words.count, taken < Self.maxOrganisationWords {
            if isCapitalised(words[k]) {
                end = words[k].upperBound
            } else if !(people.roleLinks.contains(s, words[k]) || people.nameParticles.contains(s, words[k])) {
                break
            }
            taken += 1
            k += 1
        }
        return end
    }

    /// A word that may stand between the determiner and the noun: not a cue, pronoun, link or preposition.
    private func isModifier(_ word: Range<Int>) -> Bool {
        if englishPronoun(word) != nil || prepositions.contains(s, word) || personCounters.contains(s, word) { return false }
        return cues.longestMatch(in: s, startingAt: word.lowerBound, limit: word.upperBound) != word.count
    }

    /// A role phrase; one headed by an institution noun (the council, a new study) is neuter.
    private func rolePhrase(_ range: Range<Int>, noun: Range<Int>) -> SpeakerPhrase {
        let mention = folded(range)
        return SpeakerPhrase(form: .role, range: range, mention: mention, name: mention,
                             gender: institutionNouns.contains(s, noun) ? .neuter : .unknown)
    }

    /// Whether a word is a noun an unnamed source is named by: a person (a spokesman) or an institution (the council).
    func isSourceNoun(_ word: Range<Int>) -> Bool {
        personNouns.contains(s, word) || institutionNouns.contains(s, word)
    }

    /// Up to `count` words from `pos` on, in one stretch of the sentence (spaces between them only).
    private func wordsForward(from pos: Int, _ upper: Int, count: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = skipSpaceForward(pos, upper)
        while words.count < count, let word = wordForward(i, upper) {
            words.append(word)
            let next = skipSpaceForward(word.upperBound, upper)
            guard next > word.upperBound, next < upper, isLetter(next) else { break }
            i = next
        }
        return words
    }

    /// Up to `count` words ending at `pos`, in text order, in one stretch of the sentence.
    private func wordsBackward(from pos: Int, _ lower: Int, count: Int) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var end = skipSpaceBack(pos, lower)
        while words.count < count, let word = wordBackward(end, lower) {
            words.append(word)
            let before = skipSpaceBack(word.lowerBound, lower)
            guard before < word.lowerBound else { break }
            end = before
        }
        return words.reversed()
    }

    /// A definite description of someone of known gender (the old gentleman, that young lady), read like a pronoun:
    /// a determiner of `definiteDeterminers`, at most two lowercase words, and a noun of `maleDescriptions` or
    /// `femaleDescriptions` ending at `end` (backwards) or starting the phrase at `start` (forwards).
    func englishDescription(words: [Range<Int>]) -> SpeakerPhrase? {
        guard words.count >= 2, words.count <= 4, let first = words.first, let last = words.last,
              people.definiteDeterminers.contains(s, first), !isCapitalised(last) else { return nil }
        let gender: SpeakerPhrase.Gender
        if people.maleDescriptions.contains(s, last) { gender = .male }
        else if people.femaleDescriptions.contains(s, last) { gender = .female }
        else { return nil }
        for word in words.dropFirst().dropLast() where isCapitalised(word) || !isModifier(word) { return nil }
        let range = first.lowerBound..<last.upperBound
        return SpeakerPhrase(form: .pronoun, range: range, mention: folded(range), name: folded(range).lowercased(), gender: gender)
    }

    /// ``englishDescription(words:)`` for the words right after `pos` (said the old gentleman).
    func englishDescriptionForward(_ pos: Int, _ upper: Int) -> SpeakerPhrase? {
        let words = wordsForward(from: pos, upper, count: 4)
        for count in stride(from: min(4, words.count), through: 2, by: -1) {
            if let phrase = englishDescription(words: Array(words.prefix(count))) { return phrase }
        }
        return nil
    }

    /// ``englishDescription(words:)`` for the words right before `pos` (the old gentleman said).
    func englishDescriptionBackward(_ pos: Int, _ lower: Int) -> SpeakerPhrase? {
        let words = wordsBackward(from: pos, lower, count: 4)
        for count in 2...max(2, min(4, words.count)) where count <= words.count {
            if let phrase = englishDescription(words: Array(words.suffix(count))) { return phrase }
        }
        return nil
    }
}
