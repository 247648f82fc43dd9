extension RulePack {
    /// One attribution rule: a pattern around the quote (or a built-in sieve), what it assigns, and a confidence.
    ///
    /// Rules are tried in ``order``; the first that fires for a quote wins and
    /// its ``id`` and ``confidence`` are recorded on the quote.
    public struct Rule: Sendable, Hashable, Codable {
        /// A unique id such as `zh.before.colon` (recorded as the quote's `rule`).
        public var id: String
        /// A one-line description (shown by `quotekit rules`).
        public var description: String?
        /// Position in the merged rule list; rules without one follow their pack's order (10, 20, 30, …).
        public var order: Int?
        /// Confidence recorded on quotes this rule attributes, 0…1.
        public var confidence: Double
        /// The slots in text order, with exactly one `quote` slot.
        public var pattern: [Slot]?
        /// A built-in resolver instead of a pattern.
        public var sieve: Sieve?
        /// What the rule assigns when it fires.
        public var assign: Assignment
        /// Whether this rule may turn a quote classified as a term into a quotation (strong explicit speech only).
        public var upgrade: Bool
        /// Whether the slots after the quote may read the next line when the quote ends its paragraph (“…”⏎她又说。),
        /// as Chinese fiction writes; a line that introduces words of its own (他说：) never attributes the quote before it.
        public var nextLine: Bool
        /// Whether the rule is tried only when no earlier pattern rule has named a speaker with a cue for the quote: a
        /// weaker reading of the same words (X在…时强调：“…” is X's speech with a cue, not a subject and a predicate
        /// before a colon). A subjectless cue (……，高兴地说：) does not count: the reading may name its subject.
        public var fallback: Bool
        /// Whether the rule is tried only for a quote that opens its line (a report that opens with someone's words,
        /// “…”⏎近日，…说。), not for one inside a sentence.
        public var opensLine: Bool
        /// Whether the next line the rule reads may introduce words of its own (“…”⏎区长王立新感慨道：“…”): the quote that
        /// stands alone before it is that speaker's too, unless the line before the quote introduces it (说：⏎“…”).
        public var introducingLine: Bool

        /// Creates a rule.
        /// - Parameters:
        ///   - id: Unique id.
        ///   - description: One-line description.
        ///   - order: Position in the merged list.
        ///   - confidence: 0…1.
        ///   - pattern: Slots in text order (or `nil` with a sieve).
        ///   - sieve: A built-in resolver (or `nil` with a pattern).
        ///   - assign: What the rule assigns.
        ///   - upgrade: Whether a term may become a quotation.
        ///   - nextLine: Whether the slots after the quote may read the next line.
        ///   - fallback: Whether the rule is tried only when no earlier pattern rule has named a speaker with a cue.
        ///   - opensLine: Whether the rule is tried only for a quote that opens its line.
        ///   - introducingLine: Whether the next line the rule reads may introduce words of its own.
        public init(id: String, description: String? = nil, order: Int? = nil, confidence: Double, pattern: [Slot]? = nil,
                    sieve: Sieve? = nil, assign: Assignment = .speaker, upgrade: Bool = false, nextLine: Bool = false,
                    fallback: Bool = false, opensLine: Bool = false, introducingLine: Bool = false) {
            self.id = id
            self.description = description
            self.order = order
            self.confidence = confidence
            self.pattern = pattern
            self.sieve = sieve
            self.assign = assign
            self.upgrade = upgrade
            self.nextLine = nextLine
            self.fallback = fallback
            self.opensLine = opensLine
            self.introducingLine = introducingLine
        }

        enum CodingKeys: String, CodingKey { case id, description, order, confidence, pattern, sieve, assign, upgrade, nextLine, fallback, opensLine, introducingLine }

        /// Decodes a rule; `assign` defaults to `speaker`, `confidence` to 0.8 (read like a YAML pack's rules).
        public init(from decoder: any Decoder) throws {
            self = try PackValue.decode(decoder) { try Self(value: $0, path: $1) }
        }
    }

    /// What a rule gives the quote when it fires.
    public enum Assignment: String, Sendable, Hashable, Codable, CaseIterable {
        /// The speaker matched by the `speaker` slot (a pronoun is resolved to an earlier named speaker).
        case speaker
        /// No speaker (正所谓, 俗话说, a work as subject); the cue is kept.
        case none
        /// A clause with no subject: the speaker is the subject of an earlier clause or the latest speaker.
        case continuation
        /// A message speaks (信中说, 公开信说): the one who sent it, the subject of the clause that last named such a
        /// message (张明发表公开信, 张明亲笔复信); else as `continuation`.
        case sender
    }

    /// The name of a resolver that looks beyond the quote's own sentence: one of the built-ins, or an
    /// ``AttributionSieve`` registered with ``Attributor/init(packs:aliases:sieves:includeBuiltIns:)``.
    ///
    /// Sieves are open, like CoreNLP's `QMSieves=tri,dep,…`: a pack's rule names one (`sieve: my-sieve`),
    /// and the attributor looks it up by that name.
    public struct Sieve: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible {
        /// The name packs use.
        public var rawValue: String

        /// A sieve by name.
        /// - Parameter rawValue: The name (`same-paragraph`, or a registered sieve's ``AttributionSieve/name``).
        public init(rawValue: String) { self.rawValue = rawValue }

        /// A quote in a paragraph whose other quote has a speaker gets the same speaker (split quotes, `"…," she said. "…"`).
        public static let sameParagraph = Sieve(rawValue: "same-paragraph")
        /// The closest named (or pronoun) subject earlier in the quote's paragraph, outside quotes.
        public static let mention = Sieve(rawValue: "mention")
        /// Conversation turns: a run of unattributed quote paragraphs alternates between the last two speakers.
        public static let alternation = Sieve(rawValue: "alternation")
        /// People mentioned near the quote (names of the character list, or named as speakers elsewhere in
        /// the document), each a candidate for the scorer to weigh.
        public static let nearby = Sieve(rawValue: "nearby")
        /// The speakers of the two previous quotations, as candidates for the scorer to weigh (turn-taking).
        public static let turns = Sieve(rawValue: "turns")

        /// A quote that follows an attributed one with only a joiner between them (“…”、“…”, "reckless" and "a gamble")
        /// continues the same speaker's words; with `upgrade`, it turns a term so placed into a quotation.
        public static let series = Sieve(rawValue: "series")

        /// The sieves QuoteKit runs itself.
        public static let builtIns: [Sieve] = [.series, .sameParagraph, .mention, .alternation, .nearby, .turns]

        /// The name.
        public var description: String { rawValue }
    }

    /// One element of a pattern.
    ///
    /// In YAML a slot is a keyword (`quote`, `speaker`, `cue`, `modifiers`,
    /// `comma`, `colon`) or a one-kind map with options:
    ///
    /// | slot | matches |
    /// |---|---|
    /// | `quote` | the quote itself; slots before it are matched backwards from the opening mark, slots after it forwards from the closing mark |
    /// | `speaker` / `{speaker: {allow: [name, pronoun, role, organisation, work, zero, bare], at: clause-start}}` | a speaker phrase (name with titles, pronoun, …); `zero` allows an empty subject; `bare` a two- or three-character name with no title or known surname (fiction); `at: clause-start` takes the subject at the start of the clause, whatever follows it; `at: sentence-start` accepts only a phrase that starts its sentence or line |
    /// | `cue` / `{cue: noSpeakerCues}` | a word from the `cues` lexicon (or the named one) |
    /// | `modifiers` | optional adverbs and frames between speaker and cue: 在…时, 在…中, 曾, 还, 深刻, coldly |
    /// | `{punct: "：:"}` | one of the characters |
    /// | `{words: [这是, 這是]}` / `{words: lexiconName}` | one of the words |
    /// | `{gap: 20}` / `{gap: 12, at: clause}` | up to *n* characters of anything within the sentence (shortest first); `at: clause` keeps it within the clause (no comma) |
    ///
    /// Every slot takes `optional: true`. Whitespace between slots is skipped.
    public struct Slot: Sendable, Hashable, Codable {
        /// Slot kinds.
        public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
            /// The quote itself.
            case quote
            /// A speaker phrase.
            case speaker
            /// A reporting cue.
            case cue
            /// Adverbs and 在…时 frames.
            case modifiers
            /// One punctuation character from a set.
            case punct
            /// One word from a list or lexicon.
            case words
            /// Up to `max` characters of anything within the sentence.
            case gap
        }

        /// Speaker forms a `speaker` slot accepts.
        public enum Form: String, Sendable, Hashable, Codable, CaseIterable {
            /// A person's name, with or without titles (习近平总书记, Mr. Darcy).
            case name
            /// A pronoun (他, she), resolved to an earlier speaker.
            case pronoun
            /// A title or role alone (发言人, the captain).
            case role
            /// An organisation (外交部, 新华社).
            case organisation
            /// A work title as subject (《…》指出): gives no speaker.
            case work
            /// No subject at all (……，并要求“…”): resolved by continuation.
            case zero
            /// A bare given name with no title and no known surname (宝玉道：, 凤姐便说：), as in
            /// fiction: accepted only where a rule lists it, since news text rarely needs it.
            case bare
        }

        /// The kind of slot.
        public var kind: Kind
        /// Whether the slot may match nothing.
        public var optional: Bool = false
        /// For `cue` and `words`: the lexicon to use.
        public var lexicon: String?
        /// For `punct`: the characters; for `words`: literal alternatives.
        public var words: [String]?
        /// For `gap` and `speaker`: the longest span, in characters.
        public var max: Int?
        /// For `speaker`: accepted forms (default: name, pronoun, role, organisation).
        public var allow: [Form]?
        /// For `speaker`: `clause-start` to take the subject at the start of the clause; `sentence-start` to accept only a phrase that starts its sentence or line.
        /// For `gap`: `clause` to keep the gap within its clause.
        public var at: String?

        /// Creates a slot.
        /// - Parameters:
        ///   - kind: The kind.
        ///   - optional: Whether it may match nothing.
        ///   - lexicon: Lexicon name for `cue`/`words`.
        ///   - words: Characters for `punct`, alternatives for `words`.
        ///   - max: Longest span for `gap`/`speaker`.
        ///   - allow: Speaker forms.
        ///   - at: `clause-start` for a clause subject.
        public init(_ kind: Kind, optional: Bool = false, lexicon: String? = nil, words: [String]? = nil, max: Int? = nil,
                    allow: [Form]? = nil, at: String? = nil) {
            self.kind = kind
            self.optional = optional
            self.lexicon = lexicon
            self.words = words
            self.max = max
            self.allow = allow
            self.at = at
        }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(_ s: String) { stringValue = s }
            init?(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        /// Decodes a slot from a keyword or a one-kind map.
        public init(from decoder: any Decoder) throws {
            self = try PackValue.decode(decoder) { try Self(value: $0, path: $1) }
        }

        /// Encodes the slot as a map.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(true, forKey: Key(kind.rawValue))
            if optional { try c.encode(true, forKey: Key("optional")) }
            try c.encodeIfPresent(lexicon, forKey: Key("lexicon"))
            try c.encodeIfPresent(words, forKey: Key("words"))
            try c.encodeIfPresent(max, forKey: Key("max"))
            try c.encodeIfPresent(allow, forKey: Key("allow"))
            try c.encodeIfPresent(at, forKey: Key("at"))
        }

        /// A short text form for traces (`cue`, `punct[：:]`, `speaker(at clause-start)`).
        public var summary: String {
            var text = kind.rawValue
            switch kind {
            case .punct: text += "[" + (words ?? []).joined() + "]"
            case .words: text += "[" + (lexicon ?? (words ?? []).prefix(4).joined(separator: "|")) + "]"
            case .cue: if let lexicon, lexicon != "cues" { text += "[\(lexicon)]" }
            case .gap: text += "(\(max ?? 20))"
            case .speaker:
                if let allow { text += "[" + allow.map(\.rawValue).joined(separator: ",") + "]" }
                if let at { text += "@\(at)" }
            default: break
            }
            return optional ? text + "?" : text
        }
    }
}
