/// Chinese descriptions that point back to someone the text has named (这位老人, 该负责人, 这位严谨的科学工作者): the
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
        return copularAntecedent(of: Array(head.unicodeScalars), before: range.lowerBound)
    }

    /// The name that opens the clause in which a copula gives someone `noun` (李大山是青山村的老人), nearest first, within
    /// ``copulaReach`` scalars before `position`.
    private func copularAntecedent(of noun: [Unicode.Scalar], before position: Int) -> String? {
        let c = context
        var end = position - noun.count
        while end >= max(0, position - Self.copulaReach) {
            defer { end -= 1 }
            guard s[end..<end + noun.count].elementsEqual(noun) else { continue }
            let start = c.skipSpaceForward(c.clauseStart(endingAt: end, maxLength: 40), end)
            guard let name = c.parseChineseLeading(start, end), name.form == .name,
                  (name.range.upperBound..<end).contains(where: { c.copulas.contains(s[$0]) }) else { continue }
            return name.name
        }
        return nil
    }
}
