/// A speaker phrase found next to a quote, before canonicalisation.
///
/// The texts are held by one immutable reference: phrases are copied at every step of matching, caching and
/// ranking, and a copy then costs one retain where five strings and an optional tuple cost a call into the
/// runtime's generic copy (and its destroy) each time. Setting a text replaces the reference.
struct SpeakerPhrase: Sendable {
    enum Gender: Sendable, Hashable {
        case unknown, male, female, plural
        /// An organisation or a document (the ministry, a new study): "it", never "he" or "she".
        case neuter
        /// The narrator's "I" (我): the person a character list marks as the narrator, whatever their gender.
        case firstPerson

        /// The gender a character list gives.
        init(_ listed: SpeakerAliases.Gender) {
            self = listed == .male ? .male : .female
        }
    }

    /// The texts of a phrase, shared by its copies.
    private final class Texts: Sendable {
        let mention: String
        let name: String
        let title: String?
        let kinship: (relation: String, possessor: Gender)?
        let surname: String?

        init(mention: String, name: String, title: String?, kinship: (relation: String, possessor: Gender)?, surname: String?) {
            self.mention = mention
            self.name = name
            self.title = title
            self.kinship = kinship
            self.surname = surname
        }
    }

    /// What kind of phrase it is.
    var form: RulePack.Slot.Form
    /// The mention's scalar range (empty for zero anaphora).
    var range: Range<Int>
    /// Gender when the pronoun, title or first name tells it.
    var gender: Gender
    private var texts: Texts

    init(form: RulePack.Slot.Form, range: Range<Int>, mention: String, name: String, title: String? = nil, gender: Gender = .unknown,
         kinship: (relation: String, possessor: Gender)? = nil, surname: String? = nil) {
        self.form = form
        self.range = range
        self.gender = gender
        texts = Texts(mention: mention, name: name, title: title, kinship: kinship, surname: surname)
    }

    /// The surface text.
    var mention: String {
        get { texts.mention }
        set { texts = Texts(mention: newValue, name: name, title: title, kinship: kinship, surname: surname) }
    }
    /// The name with titles and honorifics stripped (the mention for roles and organisations).
    var name: String {
        get { texts.name }
        set { texts = Texts(mention: mention, name: newValue, title: title, kinship: kinship, surname: surname) }
    }
    /// A title or role written with the name.
    var title: String? {
        get { texts.title }
        set { texts = Texts(mention: mention, name: name, title: newValue, kinship: kinship, surname: surname) }
    }
    /// For a kinship description (his wife, her mother): the relation and the possessor's gender.
    var kinship: (relation: String, possessor: Gender)? {
        get { texts.kinship }
        set { texts = Texts(mention: mention, name: name, title: title, kinship: newValue, surname: surname) }
    }
    /// For a surname with a title only (宋省长): the surname, to merge with an earlier full name.
    var surname: String? {
        get { texts.surname }
        set { texts = Texts(mention: mention, name: name, title: title, kinship: kinship, surname: newValue) }
    }

    /// Whether the phrase names somebody (a name, a role or an organisation), as opposed to a pronoun, a work or nothing.
    var isNamed: Bool { form == .name || form == .bare || form == .role || form == .organisation }

    /// Whether the phrase is a person an organisation's name may qualify (「…協會」會長林秀英): a name, or a role with a title.
    var isOfficer: Bool { form == .name || form == .role && title != nil }
}
