/// Definite descriptions in English news (the minister, the paper, the firm said): a report introduces a person or an
/// organisation once with a noun (Foreign Secretary Jack Straw, Spanish daily ABC, telecoms firm BT; Jane Ortiz, the
/// party's deputy leader) and later names them by that noun alone. Such a description stands for the nearest earlier
/// introduction with the same noun (or one of its `descriptionSynonyms`) and the description's modifiers.
///
/// Only a description that starts with one of `definiteDeterminers` and ends with one of `personNouns` or `institutionNouns` is resolved;
/// without an introduction it keeps its own name (the guideline names unnamed sources as the text does).
extension AttributionContext {
    /// How far back an introduction is looked for, in scalars: a news report, not a whole book.
    private static let descriptionReach = 4000
    /// The most modifier words before the noun in an introduction (Spanish sports daily ABC).
    private static let maxIntroductionModifiers = 4
    /// The most capitalised words of the introduced name.
    private static let maxNameWords = 4

    /// The name a definite description stands for (the minister → Jack Straw), or `nil`.
    func descriptionAntecedent(_ phrase: SpeakerPhrase) -> SpeakerPhrase? {
        guard language == .en, phrase.form == .role, phrase.kinship == nil else { return nil }
        let words = wordsIn(phrase.range)
        guard words.count >= 2, people.definiteDeterminers.contains(s, words[0]), let head = words.last,
              isSourceNoun(head), !words.contains(where: { people.roleLinks.contains(s, $0) }) else { return nil }
        let modifiers = words.dropFirst().dropLast().map { bareWord($0).lowercased() }
        let noun = string(head).lowercased()
        let heads = people.descriptionSynonyms[noun] ?? Lexicon([noun], caseInsensitive: true)
        let lower = max(0, phrase.range.lowerBound - Self.descriptionReach)
        var end = phrase.range.lowerBound
        while end > lower {
            guard isLetter(end - 1) else { end -= 1; continue }
            var start = end
            while start > lower, isLetter(start - 1) { start -= 1 }
            let word = start..<end
            if heads.contains(s, word), let name = introducedName(noun: word, modifiers: modifiers) ?? appositiveName(noun: word, modifiers: modifiers) {
                return name
            }
            end = start
        }
        return nil
    }

    /// Whether a definite description names an organisation or a document by a noun the pack groups with others
    /// (the paper, the firm, the report): such a noun also stands for the organisation the report last quoted.
    func describesOrganisation(_ phrase: SpeakerPhrase) -> Bool {
        // Only a definite description (the paper) refers back; an indefinite one (a new survey) introduces its own.
        let words = wordsIn(phrase.range)
        guard language == .en, phrase.form == .role, words.count >= 2, people.definiteDeterminers.contains(s, words[0]),
              let head = words.last else { return false }
        return people.descriptionSynonyms[string(head).lowercased()] != nil
    }

    /// Noun + name: Foreign Secretary Jack Straw, daily ABC (the description's modifiers among the words before the noun).
    private func introducedName(noun: Range<Int>, modifiers: [String]) -> SpeakerPhrase? {
        guard contains(modifiers, wordsBefore(noun)) else { return nil }
        var words: [Range<Int>] = []
        var i = noun.upperBound
        while words.count < Self.maxNameWords, i < s.count, isSpace(i) {
            let next = skipSpaceForward(i, min(s.count, i + 3))
            guard let word = wordForward(next, s.count), isCapitalised(word) || people.nameParticles.contains(s, word) else { break }
            if notNames.contains(string(word)) || titles.contains(string(word)) && words.isEmpty { break }
            words.append(word)
            i = word.upperBound
        }
        while let last = words.last, !isCapitalised(last) { words.removeLast() }
        guard !words.isEmpty, let name = englishPhrase(words), name.form == .name else { return nil }
        return name
    }

    /// Name, determiner … noun: Jane Ortiz, the party's deputy leader (the description's modifiers in between).
    private func appositiveName(noun: Range<Int>, modifiers: [String]) -> SpeakerPhrase? {
        var between: [Range<Int>] = []
        var pos = noun.lowerBound
        var determiner: Range<Int>? = nil
        while between.count <= Self.maxIntroductionModifiers {
            let before = skipSpaceBack(pos, 0)
            guard before < pos, let word = wordBackward(before, 0) else { return nil }
            if personCounters.contains(s, word) || people.malePossessives.contains(s, word)
                || people.femalePossessives.contains(s, word) || people.pluralPossessives.contains(s, word) {
                determiner = word
                break
            }
            between.append(word)
            pos = word.lowerBound
        }
        guard let determiner, contains(modifiers, between) else { return nil }
        let comma = skipSpaceBack(determiner.lowerBound, 0)
        guard comma > 0, s[comma - 1].value == 0x2C else { return nil }
        var words: [Range<Int>] = []
        var end = skipSpaceBack(comma - 1, 0)
        while words.count < Self.maxNameWords, let word = wordBackward(end, 0), isCapitalised(word) || people.nameParticles.contains(s, word) {
            words.insert(word, at: 0)
            let before = skipSpaceBack(word.lowerBound, 0)
            guard before < word.lowerBound else { break }
            end = before
        }
        while let first = words.first, notNames.contains(string(first)) || !isCapitalised(first) { words.removeFirst() }
        guard !words.isEmpty, let name = englishPhrase(words), name.form == .name else { return nil }
        return name
    }

    /// The few words right before `noun` (Prime of Prime Minister, Spanish sports of Spanish sports daily).
    private func wordsBefore(_ noun: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var pos = noun.lowerBound
        while words.count < Self.maxIntroductionModifiers {
            let before = skipSpaceBack(pos, 0)
            guard before < pos, let word = wordBackward(before, 0) else { break }
            words.append(word)
            pos = word.lowerBound
        }
        return words
    }

    /// Whether every modifier of a description (lowercased) is one of `words`, in any case and without a possessive ending.
    private func contains(_ modifiers: [String], _ words: [Range<Int>]) -> Bool {
        modifiers.isEmpty || modifiers.allSatisfy(Set(words.map { bareWord($0).lowercased() }).contains)
    }

    /// The words of a range, in order.
    private func wordsIn(_ range: Range<Int>) -> [Range<Int>] {
        var words: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let word = wordForward(i, range.upperBound) {
                words.append(word)
                i = word.upperBound
            } else {
                i += 1
            }
        }
        return words
    }

    /// A word without a possessive ending (party's → party).
    private func bareWord(_ word: Range<Int>) -> String {
        isPossessive(word) ? string(word.lowerBound..<word.upperBound - 2) : string(word)
    }
}
