/// A speaker phrase found next to a quote, before canonicalisation.
struct SpeakerPhrase: Sendable {
    enum Gender: Sendable, Hashable {
        case unknown, male, female, plural
        /// An organisation or a document (the ministry, a new study): "it", never "he" or "she".
        case neuter
    }

    /// What kind of phrase it is.
    var form: RulePack.Slot.Form
    /// The mention's scalar range (empty for zero anaphora).
    var range: Range<Int>
    /// The surface text.
    var mention: String
    /// The name with titles and honorifics stripped (the mention for roles and organisations).
    var name: String
    /// A title or role written with the name.
    var title: String?
    /// Gender when the pronoun, title or first name tells it.
    var gender: Gender = .unknown
    /// For a kinship description (his wife, her mother): the relation and the possessor's gender.
    var kinship: (relation: String, possessor: Gender)?
    /// For a surname with a title only (宋省长): the surname, to merge with an earlier full name.
    var surname: String?

    /// Whether the phrase names somebody (a name, a role or an organisation), as opposed to a pronoun, a work or nothing.
    var isNamed: Bool { form == .name || form == .bare || form == .role || form == .organisation }
}
