/// Chinese descriptions that point back to someone the text has named (这位老人, 该负责人, 这位朴实的农学家): the
/// person it wrote with that noun, as a title or role beside the name (负责人王立新, 李大山老人) or after a copula in the
/// clause that opened with the name (李大山是青山村的老人).
extension AttributionEngine {
    /// How far back a description's noun is looked for beside a copula: the sentences just before it.
    static var copulaReach: Int { 300 }

    /// The name a description opening with a definite determiner (`definiteDeterminers`: 该, 这位) refers back to, or
    /// `nil` when the text named no one with its noun.
    func chineseDescriptionAntecedent(_ phrase: SpeakerPhrase) -> String? {
        let c = context
        let range = phrase.range
        guard language == .zh, phrase.form == .role, phrase.kinship == nil, phrase.gender != .plural, !range.isEmpty,
              let determiner = c.people.definiteDeterminers.longestMatch(in: s, startingAt: range.lowerBound, limit: range.upperBound),
              let noun = c.titles.longestMatch(in: s, endingAt: range.upperBound, limit: range.lowerBound + determiner)
                ?? c.personNoun(endingAt: range.upperBound, from: range.lowerBound + determiner)
        else { return nil }
        let head = c.string(range.upperBound - noun..<range.upperBound)
        if let named = fullNameBefore(range.lowerBound, title: head, surname: nil) { return named }
        let written = placesWritten(Array(head.unicodeScalars), before: range.lowerBound)
        if let named = copularAntecedent(writtenAt: written) { return named }
        // A noun written just before stands for someone unnamed (一位老人… 这位老人): only an unwritten one points further.
        return written.isEmpty ? describedSubjectBefore(range.lowerBound) : nil
    }

    /// Where `noun` is written within ``copulaReach`` scalars before `position`, nearest first.
    private func placesWritten(_ noun: [Unicode.Scalar], before position: Int) -> [Int] {
        let floor = max(0, position - Self.copulaReach)
        guard position - noun.count >= floor else { return [] }
        return (floor...position - noun.count).reversed().filter { s[$0..<$0 + noun.count].elementsEqual(noun) }
    }

    /// The person the sentence before a description is about (记者碰到了研究员周明。这位朴实的农学家…): the named
    /// subject of that sentence, or the one its reporter met; `nil` when that subject is no named person.
    private func describedSubjectBefore(_ position: Int) -> String? {
        let accepts = { (subject: SpeakerPhrase) -> Bool in
            subject.form == .name || self.metByReporter(subject) != nil
        }
        guard let subject = subjectBefore(position, sentences: 2, skippingReportedWords: true, accepting: accepts) else { return nil }
        let person = metByReporter(subject) ?? subject
        return person.form == .name ? person.name : nil
    }

    /// The person a copula right after a description names (第一位发言的委员是青山实业集团总裁周明。他说): the name that
    /// ends the clause, the person's roles in a series before it included; `nil` when the predicate names no one.
    func namedByCopula(_ subject: SpeakerPhrase) -> SpeakerPhrase? {
        let c = context
        guard language == .zh, subject.form == .role else { return nil }
        let copula = c.skipSpaceForward(subject.range.upperBound, s.count)
        guard copula < s.count, c.copulas.contains(s[copula]) else { return nil }
        // The last of the roles in a series holds the name: 是企业家、青山实业集团总裁周明.
        var start = copula + 1
        var end = start
        while end < s.count, end - copula <= 60, !c.isClauseBoundary(s[end].value) || CharacterClass.isEnumerationComma(s[end].value) {
            if CharacterClass.isEnumerationComma(s[end].value) { start = end + 1 }
            end += 1
        }
        guard end > start, let named = c.parseChineseStrict(start, end), named.form == .name else { return nil }
        return named
    }

    /// The name that opens the clause in which a copula gives someone the noun written at `places` (李大山是青山村的老人),
    /// nearest first.
    private func copularAntecedent(writtenAt places: [Int]) -> String? {
        let c = context
        for end in places {
            let start = c.skipSpaceForward(c.clauseStart(endingAt: end, maxLength: 40), end)
            guard let name = c.parseChineseLeading(start, end), name.form == .name,
                  (name.range.upperBound..<end).contains(where: { c.copulas.contains(s[$0]) }) else { continue }
            return name.name
        }
        return nil
    }
}
