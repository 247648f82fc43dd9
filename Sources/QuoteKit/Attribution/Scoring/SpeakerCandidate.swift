/// One speaker proposed for a quote by one rule: the phase between quote → mention and mention → speaker.
///
/// Pattern rules and sieves propose candidates (a named mention, a pronoun or an empty subject
/// resolved to a person, a person mentioned nearby, the speaker of an earlier turn, or no speaker
/// at all for a saying); the scorer picks one.
struct SpeakerCandidate {
    /// The proposing rule's index in the compiled pack.
    var rule: Int
    /// The person the mention stands for (`nil`: no speaker, as for 俗话说 or a work as subject).
    var phrase: SpeakerPhrase?
    /// The mention in the text (a pronoun, a name), when there is one.
    var mention: SpeakerPhrase?
    /// Who the candidate is, for comparing candidates: the character list's name, else the phrase's name.
    var key: String?
    /// The reporting cue the rule matched.
    var cue: String?
    /// How the speaker was reached from the mention.
    var resolution: Speaker.Resolution
    /// Whether a term may become a quotation with this candidate.
    var upgrade = false
    /// Feature values, indexed by ``SpeakerFeature/rawValue``; empty until the first feature is set (the rules propose
    /// candidates for every quote of a document, and only the ranking phase, one quote at a time, describes them).
    var values: [Double] = []
    var score = 0.0

    subscript(_ feature: SpeakerFeature) -> Double {
        get { values.isEmpty ? 0 : values[feature.rawValue] }
        set {
            if values.isEmpty { values = [Double](repeating: 0, count: SpeakerFeature.allCases.count) }
            values[feature.rawValue] = newValue
        }
    }
}
