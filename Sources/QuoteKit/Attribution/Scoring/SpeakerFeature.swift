/// What the scorer knows about a speaker candidate: one number per feature, named as in a pack's `scorer` weights.
///
/// Besides these, every candidate has the one-hot feature `rule=<id>` of the rule that proposed it.
public enum SpeakerFeature: Int, Sendable, CaseIterable {
    /// Always 1.
    case bias
    /// The proposing rule's confidence (0…1).
    case confidence
    /// 1 when a pattern rule (a cue next to the quote) proposed the candidate.
    case pattern
    /// Scalars between the mention and the nearer edge of the quote, in hundreds (capped at 10).
    case distance
    /// Paragraphs between the mention and the quote (capped at 10).
    case paragraphs
    /// The mention comes before the quote.
    case before
    /// The mention comes after the quote.
    case after
    /// No mention in the text (continuation, conversation turn).
    case unanchored
    /// The mention is a name.
    case formName
    /// A pronoun (resolved to the candidate).
    case formPronoun
    /// A title or role alone.
    case formRole
    /// An organisation.
    case formOrganisation
    /// A clause with no subject, resolved to the candidate.
    case formZero
    /// A bare given name (fiction).
    case formBare
    /// No speaker at all (a saying, a work as subject).
    case formNone
    /// The candidate is a person of the character list (`--aliases`).
    case listed
    /// log(1 + how often the candidate is mentioned outside quotes in the document).
    case frequency
    /// How many other rules propose the same speaker for this quote (capped at 4).
    case agreement
    /// The candidate spoke the previous quotation, in an earlier paragraph (within three paragraphs).
    case previous
    /// The candidate spoke the quotation before the previous one.
    case secondPrevious
    /// The candidate is named inside this quote (usually the one addressed).
    case addressedHere
    /// The candidate is named inside the previous quote, in an earlier paragraph (the one addressed answers).
    case addressedPrevious
    /// A reporting cue stands right next to the mention (X说, said X, X replied).
    case cueNext
    /// The mention starts its sentence or line (a subject).
    case subject
    /// Nearest-first rank of the mention among the document's mentions on its side of the quote (capped at 5).
    case rank
    /// The candidate's gender agrees with the pronoun that introduces the quote.
    case genderMatch
    /// The candidate's gender contradicts that pronoun.
    case genderMismatch
    /// The quote stands alone in its paragraph (a conversation turn).
    case turn
    /// The previous quote in the document has no speaker candidate from a pattern rule.
    case runOfBareQuotes
    /// A pattern rule gave the candidate to the previous or next quote of the same paragraph (split quotes: "…," said X, "…").
    case paragraphSpeaker
    /// Top-level quotes between the mention and this quote (capped at 5): a name before several turns spoke earlier, if at all.
    case quotesBetween
    /// A pattern rule matched a named speaker next to the quote (张明说：“…”, "…," said Holmes, "…" — Ada Lane): explicit speech.
    case explicit
    /// The candidate spoke the previous quotation of the same paragraph (the rest of a split quote).
    case previousHere
    /// The mention is in the quote's own paragraph.
    case sameParagraph
    /// The mention is in a later paragraph than the quote (usually the next turn's speaker, not this one's).
    case laterParagraph
    /// ``previous``, times the share of the document's quotations that are not conversation turns: news goes on with
    /// the same speaker in the next paragraph, where dialogue alternates.
    case previousNarrative
    /// English: the candidate is the subject a news sentence reports for the quote (Ada Lane said the plan was "…";
    /// or, for a quote that opens its sentence, the subject that opens the sentence before: Ada Lane said she was
    /// shocked. "…").
    case reportedSubject
    /// English: such a subject is named and is someone else (a different source intervenes between an earlier
    /// speaker and the quote).
    case otherReportedSubject
    /// The candidate is who the sentence between the previous quotation and this one gave that quotation
    /// (“…？”⏎青山问她。⏎“…”): the one who just asked or spoke does not answer themselves. A guess (the people written
    /// nearby, the turns) or a pronoun resolved to them (“…？”⏎青山问。⏎“…”⏎他说。) with this feature is never chosen;
    /// a rule that names them in the quote's own cue still may.
    case spokeJustBefore

    /// The name used in a pack's `scorer` weights.
    public var name: String {
        switch self {
        case .bias: "bias"
        case .confidence: "confidence"
        case .pattern: "pattern"
        case .distance: "distance"
        case .paragraphs: "paragraphs"
        case .before: "before"
        case .after: "after"
        case .unanchored: "unanchored"
        case .formName: "form=name"
        case .formPronoun: "form=pronoun"
        case .formRole: "form=role"
        case .formOrganisation: "form=organisation"
        case .formZero: "form=zero"
        case .formBare: "form=bare"
        case .formNone: "form=none"
        case .listed: "listed"
        case .frequency: "frequency"
        case .agreement: "agreement"
        case .previous: "previous"
        case .secondPrevious: "second-previous"
        case .addressedHere: "addressed-here"
        case .addressedPrevious: "addressed-previous"
        case .cueNext: "cue-next"
        case .subject: "subject"
        case .rank: "rank"
        case .genderMatch: "gender-match"
        case .genderMismatch: "gender-mismatch"
        case .turn: "turn"
        case .runOfBareQuotes: "bare-run"
        case .paragraphSpeaker: "paragraph-speaker"
        case .quotesBetween: "quotes-between"
        case .explicit: "explicit"
        case .previousHere: "previous-here"
        case .sameParagraph: "same-paragraph"
        case .laterParagraph: "later-paragraph"
        case .previousNarrative: "previous-narrative"
        case .reportedSubject: "reported-subject"
        case .otherReportedSubject: "other-subject"
        case .spokeJustBefore: "spoke-just-before"
        }
    }

    /// The feature with a given name.
    /// - Parameter name: A name as in ``name``.
    public init?(name: String) {
        guard let found = Self.byName[name] else { return nil }
        self = found
    }

    private static let byName: [String: SpeakerFeature] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name, $0) })
}
