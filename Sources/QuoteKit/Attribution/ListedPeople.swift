/// What a character list gives the attribution of every document in one language, worked out once per list: its names
/// as a lexicon, the names by surname, the narrator. A Chinese list also names its people in the other script (a list
/// of 林秀云 knows 林秀雲), through the pack's `scriptVariants`.
struct ListedPeople: Sendable {
    /// The list, with the other script's spellings of its Chinese names as aliases of the same names.
    let aliases: SpeakerAliases
    /// Every way the list writes a person, with the name each stands for (``SpeakerAliases/surfaceForms``).
    let surfaceForms: [(form: String, name: String)]
    /// The forms of two scalars or more, as a lexicon (looked for in the text).
    let forms: Lexicon
    /// See ``AttributionEngine/listedBySurname``.
    let bySurname: [String: String]
    /// See ``AttributionEngine/narrator``.
    let narrator: (name: String, gender: SpeakerPhrase.Gender)?

    /// No list.
    static let none = ListedPeople(aliases: SpeakerAliases(), surfaceForms: [], forms: Lexicon(), bySurname: [:], narrator: nil)

    private init(aliases: SpeakerAliases, surfaceForms: [(form: String, name: String)], forms: Lexicon, bySurname: [String: String],
                 narrator: (name: String, gender: SpeakerPhrase.Gender)?) {
        self.aliases = aliases
        self.surfaceForms = surfaceForms
        self.forms = forms
        self.bySurname = bySurname
        self.narrator = narrator
    }

    /// The list `aliases` read for the language of `pack`.
    init(_ aliases: SpeakerAliases, pack: CompiledPack) {
        guard !aliases.isEmpty else {
            self = .none
            return
        }
        let spelled = pack.language == .zh && !pack.scriptVariants.isEmpty
            ? aliases.addingSpellings { CompiledPack.spellings(of: [$0], pack.scriptVariants) } : aliases
        self.aliases = spelled
        surfaceForms = spelled.surfaceForms
        forms = Lexicon(surfaceForms.map(\.form).filter { $0.unicodeScalars.count >= 2 }, caseInsensitive: pack.language == .en)
        bySurname = pack.language == .en
            ? Self.namesBySurname(spelled) : Self.chineseNamesBySurname(spelled, surnames: pack.common.surnames)
        narrator = Self.narrator(in: spelled, names: pack.common.narratorNames)
    }

    /// The person of a character list one of whose names, letters only, is a word of `names` (narrator, I): the
    /// narrator of a story told in the first person, with the list's gender.
    static func narrator(in aliases: SpeakerAliases, names: Lexicon) -> (name: String, gender: SpeakerPhrase.Gender)? {
        guard !aliases.isEmpty, !names.words.isEmpty else { return nil }
        for (form, name) in aliases.surfaceForms {
            let letters = String(String.UnicodeScalarView(form.unicodeScalars.filter { $0.properties.isAlphabetic }))
            guard !letters.isEmpty, names.contains(letters) else { continue }
            return (name, aliases.genders[name].map(SpeakerPhrase.Gender.init) ?? .unknown)
        }
        return nil
    }

    /// The persons of an English list by the last word of a name of two words or more (``AttributionEngine/listedBySurname``).
    static func namesBySurname(_ aliases: SpeakerAliases) -> [String: String] {
        var owners: [String: Set<String>] = [:]
        for (name, others) in aliases.names {
            for form in [name] + others {
                let words = form.split(whereSeparator: \.isWhitespace)
                guard words.count >= 2, let last = words.last?.lowercased() else { continue }
                owners[last, default: []].insert(name)
            }
        }
        // A surname the list shares among a family: a story that writes the surname alone means the one man of
        // them (said Bounderby, of Josiah and Louisa Bounderby); women are written with Mrs. or Miss, or by first name.
        return owners.compactMapValues { names in
            if names.count == 1 { return names.first }
            let men = names.filter { aliases.genders[$0] == .male }
            return men.count == 1 ? men.first : nil
        }
    }

    /// The persons of a Chinese character list by surname, for the surnames only one of them has (徐 → 徐立功 where no
    /// other listed name opens with 徐): a surname with a title (徐主任) is that person in a story the list describes.
    static func chineseNamesBySurname(_ aliases: SpeakerAliases, surnames: Lexicon) -> [String: String] {
        var owners: [String: Set<String>] = [:]
        for name in aliases.names.keys {
            let scalars = Array(name.unicodeScalars)
            guard let length = surnames.longestMatch(in: scalars, startingAt: 0), scalars.count > length else { continue }
            owners[String(String.UnicodeScalarView(scalars.prefix(length))), default: []].insert(name)
        }
        return owners.compactMapValues { $0.count == 1 ? $0.first : nil }
    }
}
