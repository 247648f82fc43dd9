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
