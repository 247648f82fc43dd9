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
            ? AttributionEngine.namesBySurname(spelled) : AttributionEngine.chineseNamesBySurname(spelled, surnames: pack.common.surnames)
        narrator = AttributionEngine.narrator(in: spelled, names: pack.common.narratorNames)
    }
}
