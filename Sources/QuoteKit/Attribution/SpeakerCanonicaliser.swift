/// Canonical speaker names for one document: titles and honorifics stripped,
/// partial mentions merged with full ones (宋省长 → 宋法棠, Elizabeth → Elizabeth Bennet), aliases applied.
extension AttributionEngine {
    mutating func canonicalise(aliases: SpeakerAliases) {
        // Only the quotes with a result, in text order (most quotes have none).
        let indices = attributed.sorted()
        var names = CanonicalNames(indices.compactMap { assigned[$0]?.phrase }, in: self)
        func canonicalName(_ phrase: SpeakerPhrase) -> String {
            let base = names.base(of: phrase, in: self)
            return listed(phrase.mention) ?? listed(base) ?? listed(phrase.name) ?? base
        }
        for i in indices {
            guard var a = assigned[i], var speaker = a.speaker, let phrase = a.phrase else { continue }
            speaker.name = canonicalName(phrase)
            a.speaker = speaker
            assigned[i] = a
        }
        // The candidates of `--explain` are named as the winners are.
        let traceOf = Dictionary(traces.indices.map { (traces[$0].quote, $0) }, uniquingKeysWith: { first, _ in first })
        for (quote, list) in rankedCandidates {
            guard let k = traceOf[quote] else { continue }
            traces[k].candidates = list.map { entry in
                var candidate = entry.trace
                if let phrase = entry.phrase { candidate.speaker = canonicalName(phrase) }
                return candidate
            }
        }
    }

    /// The names of a document's speaker phrases as canonicalisation writes them, before aliases: a partial
    /// name becomes the full one it stands for (宋省长 → 宋法棠, Elizabeth → Elizabeth Bennet).
    struct CanonicalNames {
        /// One phrase per name, surname and title (each name is compared with every other). For Chinese, filled
        /// when a name with a separate surname first needs it: the other names never read it.
        private(set) var phrases: [SpeakerPhrase]
        /// The phrases as given, until ``phrases`` is filled from them.
        private var given: [SpeakerPhrase]?
        /// The English names among them, split once.
        let english: EnglishNames
        private var cache: [String: String] = [:]
        /// Per Chinese name of two or three characters, its canonical name (``AttributionEngine/shorterNameAround(_:)``,
        /// ``AttributionEngine/longerNameAround(_:)``), read around its first mention: the text is searched once per
        /// name, not once per quote.
        private var nameLengths: [String: String] = [:]

        /// What makes two phrases the same entry of ``phrases``.
        private struct Identity: Hashable {
            var name: String
            var surname: String?
            var title: String?
        }

        init(_ all: [SpeakerPhrase], in engine: AttributionEngine) {
            if engine.language == .en {
                phrases = Self.distinctNames(all)
                english = engine.englishNames(phrases)
            } else {
                phrases = []
                given = all
                english = EnglishNames()
            }
        }

        /// The names and bare names among `all`, one per name, surname and title, in order.
        private static func distinctNames(_ all: [SpeakerPhrase]) -> [SpeakerPhrase] {
            // The three strings as they are, not joined into a new one per phrase: a joined key costs an allocation.
            var seen = Set<Identity>()
            return all.filter {
                ($0.form == .name || $0.form == .bare) && seen.insert(Identity(name: $0.name, surname: $0.surname, title: $0.title)).inserted
            }
        }

        /// The name the text around a phrase's first mention gives in place of it (`correction`), else its own, read
        /// once per name.
        private mutating func corrected(_ phrase: SpeakerPhrase, _ correction: () -> String?) -> String {
            if let known = nameLengths[phrase.name] { return known }
            let base = correction() ?? phrase.name
            nameLengths[phrase.name] = base
            return base
        }

        /// The canonical name of a phrase, before aliases (a phrase that is not a name keeps its own).
        mutating func base(of phrase: SpeakerPhrase, in engine: AttributionEngine) -> String {
            // The minister, the paper: the name the report introduced with that noun, canonical in its turn.
            if phrase.form == .role, engine.language == .en {
                let introduced = engine.context.descriptionAntecedent(phrase)
                // The paper, the firm: the organisation quoted since, if any, is more salient than the introduction.
                let quoted = engine.context.describesOrganisation(phrase)
                    ? engine.organisationQuoted(before: phrase.range.lowerBound, after: introduced?.range.upperBound ?? 0, names: english) : nil
                if let antecedent = quoted ?? introduced { return base(of: antecedent, in: engine) }
            }
            // 县委书记 alone: the person the text named with that title (县委书记王金廷); 这位老人: the one it named an old man.
            if phrase.form == .role, engine.language == .zh,
               let named = engine.titledNameBefore(phrase) ?? engine.chineseDescriptionAntecedent(phrase) {
                return named
            }
            if phrase.form == .bare, engine.language == .zh, phrase.name.unicodeScalars.count == 2 {
                return corrected(phrase) { engine.fullNameAround(givenName: phrase) }
            }
            guard phrase.form == .name else { return phrase.name }
            // A Chinese name without a separate surname is its own canonical name (``chineseCanonical(_:_:)``):
            // answering here skips building and hashing the cache key, which costs more than the answer.
            if engine.language != .en, phrase.surname == nil {
                let length = phrase.name.unicodeScalars.count
                guard length == 2 || length == 3 else { return phrase.name }
                return corrected(phrase) {
                    length == 3 ? engine.shorterNameAround(phrase) : engine.longerNameAround(phrase) ?? engine.fullNameAround(givenName: phrase)
                }
            }
            let key = phrase.name + "\u{1}" + (phrase.surname ?? "")
            if let known = cache[key] { return known }
            if let all = given {
                phrases = Self.distinctNames(all)
                given = nil
            }
            let base = engine.language == .en ? engine.englishCanonical(phrase, english) : engine.chineseCanonical(phrase, phrases)
            cache[key] = base
            return base
        }
    }

    /// 宋省长 → the earlier 宋法棠 (a speaker, or a 省长宋法棠 / 宋法棠省长 mention earlier in the text).
    func chineseCanonical(_ phrase: SpeakerPhrase, _ all: [SpeakerPhrase]) -> String {
        guard let surname = phrase.surname else { return phrase.name }
        let full = all.filter { $0.surname == nil && $0.name.hasPrefix(surname) && $0.name.count > surname.count }
        if let same = full.first(where: { $0.title == phrase.title }) { return same.name }
        if let title = phrase.title, let found = fullNameBefore(phrase.range.lowerBound, title: title, surname: surname) { return found }
        // Any other full name of that surname only when the text named that person first (王立新…王教授), the one
        // it can have meant: a later 王立新 is as likely someone else of the commonest surnames; and one named with
        // another title is someone else (市长李建华…李教授).
        let earlier = full.filter {
            $0.range.lowerBound < phrase.range.lowerBound && ($0.title == nil || phrase.title == nil || $0.title == phrase.title)
        }
        if let any = earlier.first, Set(earlier.map(\.name)).count == 1 { return any.name }
        return listedBySurname(phrase) ?? phrase.name
    }

    /// How far either side of a name `longerNameAround(_:)` and `shorterNameAround(_:)` read: a report names its
    /// people again within it.
    static var namesReadAround: Int { 2000 }

    /// The scalars of a name of `length` characters that is a one-character surname and a given name, not a known
    /// name (孔子): the names whose length the text around them may correct.
    private func surnameAndGivenName(_ phrase: SpeakerPhrase, length: Int) -> [Unicode.Scalar]? {
        let name = Array(phrase.name.unicodeScalars)
        guard name.count == length, phrase.form == .name, context.surnames.longestMatch(in: name, startingAt: 0) == 1,
              !context.knownNames.contains(phrase.name) else { return nil }
        return name
    }

    /// Whether a name that ends at `end` stands on its own there: where a name may end, or before another script, 的
    /// or an honorific.
    private func nameStandsAlone(endingAt end: Int) -> Bool {
        context.nameMayEnd(at: end) || !context.isCJK(end) || context.attributiveParticles.contains(s[end])
            || context.honorifics.longestMatch(in: s, startingAt: end) != nil
    }

    /// 林建才 for a two-character name 林建 when the text around it names 林建才 on its own (書記林建才，, 林建才說)
    /// more often than 林建: the name model read the last character as a word of its own (才 of 林建才感慨道, 新 of
    /// 王立新語帶保留說), within `namesReadAround` either side.
    func longerNameAround(_ phrase: SpeakerPhrase) -> String? {
        guard let name = surnameAndGivenName(phrase, length: 2) else { return nil }
        let standsAlone = nameStandsAlone(endingAt:)
        var longer: [Unicode.Scalar: Int] = [:]
        var shorter = 0
        var i = max(0, phrase.range.lowerBound - Self.namesReadAround)
        let upper = min(s.count - 2, phrase.range.upperBound + Self.namesReadAround)
        while i < upper {
            if s[i] == name[0], s[i + 1] == name[1] {
                // The third character may be a modifier of one character (才): then the longer reading is counted alone.
                if context.isCJK(i + 2), !context.notInNames.contains(s[i + 2]) || context.modifiers.longestMatch(in: s, startingAt: i + 2) == 1,
                   standsAlone(i + 3) {
                    longer[s[i + 2], default: 0] += 1
                } else if standsAlone(i + 2) {
                    shorter += 1
                }
            }
            i += 1
        }
        // Twice at least: one 张明才说 is 张明 saying something only then.
        guard let (third, count) = longer.max(by: { $0.value < $1.value }), count >= 2, count > shorter else { return nil }
        return String(String.UnicodeScalarView(name + [third]))
    }

    /// 李秋芳 for a two-character name 秋芳 when the text around it, within `namesReadAround` either side, names its
    /// owner in full: a surname of one character right before it, no word of its own (连), where something introduces a
    /// name (``introducesName(at:)``: not 任 of 主任), the three standing on their own (村民李秋芳说), and no other surname
    /// so written. A report or a story calls a person by the given name once it has named them.
    func fullNameAround(givenName phrase: SpeakerPhrase) -> String? {
        let name = Array(phrase.name.unicodeScalars)
        guard name.count == 2, context.isCJK(phrase.range.lowerBound), !context.knownNames.contains(phrase.name) else { return nil }
        let standsAlone = nameStandsAlone(endingAt:)
        var owner: Unicode.Scalar? = nil
        var i = max(0, phrase.range.lowerBound - Self.namesReadAround)
        let upper = min(s.count - 3, phrase.range.upperBound + Self.namesReadAround)
        while i < upper {
            defer { i += 1 }
            guard s[i + 1] == name[0], s[i + 2] == name[1], context.surnames.contains(s[i]), !isFunctionWord(s[i]),
                  standsAlone(i + 3) || context.endsWord(at: i + 3), context.nameStarts(endingAt: i + 3, from: i).contains(i),
                  introducesName(at: i) else { continue }
            if let found = owner, found != s[i] { return nil }
            owner = s[i]
        }
        return owner.map { String(String.UnicodeScalarView([$0] + name)) }
    }

    /// Whether what ends at `i` introduces a full name there: nothing of the text's words (the line's start, a mark or
    /// a space), 的, a person noun or title (村民|李秋芳), a verb that names (名叫) or a perfective particle (采访了). Other
    /// characters may belong to a nickname the surname's character ends (歌王|小明: not 王小明).
    private func introducesName(at i: Int) -> Bool {
        guard i > 0, context.isCJK(i - 1) else { return true }
        return context.attributiveParticles.contains(s[i - 1]) || context.perfectiveParticles.contains(s[i - 1])
            || context.personNouns.longestMatch(in: s, endingAt: i, limit: max(0, i - 8)) != nil
            || context.titles.longestMatch(in: s, endingAt: i, limit: max(0, i - 8)) != nil
            || context.namingVerbs.longestMatch(in: s, endingAt: i, limit: max(0, i - 8)) != nil
    }

    /// Whether a surname's character is, as often, a word of its own before a name: a preposition, a connective or
    /// the opener of a subject in focus (向, 并, 连 of 连张明都说), or a character no name holds.
    private func isFunctionWord(_ character: Unicode.Scalar) -> Bool {
        context.notInNames.contains(character) || context.prepositions.contains(character)
            || context.connectives.contains(character) || context.evenOpeners.contains(character)
    }

    /// 王菲 for a three-character name 王菲新 when the text around it names 王菲 on its own (的王菲，, 王菲说) more often
    /// than 王菲新: the name model took the first character of the next word (新 of 新专辑) into a two-character
    /// name, within `namesReadAround` either side.
    func shorterNameAround(_ phrase: SpeakerPhrase) -> String? {
        guard let name = surnameAndGivenName(phrase, length: 3) else { return nil }
        let standsAlone = nameStandsAlone(endingAt:)
        var whole = 0
        var shorter = 0
        var i = max(0, phrase.range.lowerBound - Self.namesReadAround)
        let upper = min(s.count - 1, phrase.range.upperBound + Self.namesReadAround)
        while i < upper {
            if s[i] == name[0], s[i + 1] == name[1] {
                if i + 2 < s.count, s[i + 2] == name[2] {
                    if standsAlone(i + 3) { whole += 1 }
                } else if standsAlone(i + 2) {
                    shorter += 1
                }
            }
            i += 1
        }
        return shorter > whole ? String(String.UnicodeScalarView(name[0..<2])) : nil
    }

    /// The name a bare title stands for (县委书记 → 王金廷): a role that is titles only, named with the same title
    /// earlier in the text.
    func titledNameBefore(_ phrase: SpeakerPhrase) -> String? {
        guard phrase.title != nil, phrase.kinship == nil, !phrase.range.isEmpty, isTitlesOnly(phrase.range) else { return nil }
        return fullNameBefore(phrase.range.lowerBound, title: phrase.name, surname: nil)
    }

    /// Whether a range is one or more titles and nothing else (县委书记, 副主任).
    private func isTitlesOnly(_ range: Range<Int>) -> Bool {
        var end = range.upperBound
        while end > range.lowerBound, let length = context.titles.longestMatch(in: s, endingAt: end, limit: range.lowerBound) { end -= length }
        return end == range.lowerBound
    }

    /// Finds `title` + name or name + `title` in the 5,000 scalars before `pos`, with the given surname when there is one.
    func fullNameBefore(_ pos: Int, title: String, surname: String?) -> String? {
        let t = Array(title.unicodeScalars)
        let sn = Array((surname ?? "").unicodeScalars)
        guard !t.isEmpty else { return nil }
        let c = context
        var i = pos - t.count
        let limit = max(0, pos - 5000)
        while i >= limit {
            if s[i] == t[0], i + t.count <= s.count, Array(s[i..<i + t.count]) == t {
                // title + name, perhaps with more of that person's titles between (党委书记、原镇长王立新)
                var a = i + t.count
                while a < s.count, CharacterClass.isEnumerationComma(s[a].value), let other = c.titleRun(at: a + 1) { a = other }
                if a + sn.count <= s.count, Array(s[a..<a + sn.count]) == sn {
                    for length in [3, 2] where a + length <= s.count {
                        let end = a + length
                        if c.nameStarts(endingAt: end, from: a).contains(a), c.nameMayEnd(at: end) || !c.isCJK(end)
                            || c.frameOpeners.longestMatch(in: s, startingAt: end) != nil || c.endsWord(at: end) {
                            return c.string(a..<end)
                        }
                    }
                }
                // name + title, where no organisation's name runs over the name (华社 of 新华社记者 is no one)
                let organisation = c.organisations.longestMatch(in: s, endingAt: i, limit: max(0, i - 8)) ?? 0
                for length in [3, 2] where i - length >= 0 && organisation <= length {
                    let start = i - length
                    if start + sn.count <= i, Array(s[start..<start + sn.count]) == sn, c.nameStarts(endingAt: i, from: start).contains(start) {
                        return c.string(start..<i)
                    }
                }
            }
            i -= 1
        }
        return nil
    }

    /// The organisation a pattern rule last named as a speaker between `floor` and `position` (Marca criticises …
    /// "…"): a single name that no person's name of the document ends with, without a title or a known first name.
    func organisationQuoted(before position: Int, after floor: Int, names: EnglishNames) -> SpeakerPhrase? {
        var best: SpeakerPhrase? = nil
        for i in attributed {
            guard let a = assigned[i], a.fromPattern, a.speaker?.resolution == .explicit, let phrase = a.phrase,
                  phrase.form == .name || phrase.form == .organisation, phrase.title == nil,
                  phrase.range.lowerBound >= floor, phrase.range.upperBound <= position,
                  best.map({ phrase.range.lowerBound > $0.range.lowerBound }) ?? true else { continue }
            let words = phrase.name.split(separator: " ")
            guard words.count == 1, let word = words.first.map(String.init),
                  !context.maleNames.contains(word), !context.femaleNames.contains(word),
                  !names.tokens.contains(where: { $0.all.count >= 2 && $0.all.last == word }) else { continue }
            best = phrase
        }
        return best
    }

    /// The document's English names split once: every canonicalisation compares a name with all of them.
    struct EnglishNames {
        /// Each name's words, and its words without leading titles.
        var tokens: [(all: [String], bare: [String])] = []
        /// Words used as a surname after Mr./Mrs./Ms./Dr. (Mr. Darcy), except a woman's first name after Miss.
        var surnames = Set<String>()
    }

    func englishNames(_ all: [SpeakerPhrase]) -> EnglishNames {
        var names = EnglishNames()
        for other in all {
            let words = other.name.split(separator: " ").map(String.init)
            names.tokens.append((words, Array(words.drop { context.titles.contains($0) })))
            let people = context.people
            if words.count == 2, people.surnameTitles.contains(words[0]),
               !(context.femaleNames.contains(words[1]) && people.givenNameTitles.contains(words[0])) {
                names.surnames.insert(words[1])
            }
        }
        return names
    }

    /// Elizabeth → Elizabeth Bennet when one full name starts with it; Darcy → Mr. Darcy when one titled name ends with it;
    /// Miss Elizabeth Bennet → Elizabeth Bennet. Mr. Bennet and Mrs. Bennet stay apart.
    func englishCanonical(_ phrase: SpeakerPhrase, _ names: EnglishNames) -> String {
        var tokens = phrase.name.split(separator: " ").map(String.init)
        let titleCount = tokens.prefix { context.titles.contains($0) }.count
        let people = context.people
        if titleCount > 0, tokens.count - titleCount >= 1, !people.keptTitles.contains(tokens[0]) {
            let rest = Array(tokens[titleCount...])
            // Mr. Bennet and Mrs. Bennet stay apart; Miss Elizabeth Bennet and Mayor Tom Reed lose the title.
            let firstIsGiven = context.femaleNames.contains(rest[0]) || context.maleNames.contains(rest[0])
            if rest.count >= 2 || (people.surnameTitles.contains(tokens[0]) && firstIsGiven && !names.surnames.contains(rest[0])) {
                tokens = rest
            }
        }
        let name = tokens.joined(separator: " ")
        guard tokens.count == 1 else { return name }
        let word = tokens[0]
        var candidates = Set<String>()
        for (ot, bare) in names.tokens {
            guard bare.count >= 1, ot.count >= 2 else { continue }
            if bare.count >= 2, bare[0] == word { candidates.insert(bare.joined(separator: " ")) }
            else if bare.last == word, bare.count >= 2 || ot.count > bare.count { candidates.insert(ot.joined(separator: " ")) }
            if candidates.count > 1 { break }
        }
        return candidates.count == 1 ? candidates.first! : name
    }
}
