import Foundation

/// A set of attribution rules and the lexicons they use, for one language.
///
/// Rule packs are data: QuoteKit ships one for Chinese (simplified and
/// traditional, `zh.yaml`) and one for English (`en.yaml`), and users add
/// their own from YAML files. A pack holds
///
/// - `lexicons`: named word lists (reporting cues, titles, pronouns, modifiers, surnames, …)
///   matched with a trie (`Lexicon`);
/// - `kind`: the quotation/term classifier's lexicons and weights (``KindClassifier/Rules``);
/// - `rules`: ordered attribution rules. Each is either a `pattern` — a
///   sequence of ``Slot``s written in text order around one `quote` slot — or a
///   `sieve`, a built-in resolver (same-paragraph, mention, alternation). The
///   first rule that fires for a quote wins.
///
/// ```yaml
/// id: my-rules
/// language: zh
/// lexicons:
///   cues: [感叹道]
/// rules:
///   - id: my.colon
///     description: X感叹道：“…”
///     order: 5
///     confidence: 0.9
///     pattern: [speaker, modifiers, cue, {punct: "：:"}, quote]
/// ```
public struct RulePack: Sendable, Hashable, Codable {
    /// A name for the pack (shown by `quotekit rules`).
    public var id: String
    /// The language whose documents the pack applies to (`zh` or `en`).
    public var language: Language
    /// What the pack is for.
    public var description: String?
    /// Named word lists used by the rules and by the speaker parser.
    ///
    /// Well-known names: `cues`, `noSpeakerCues`, `titles`, `honorifics`,
    /// `malePronouns`, `femalePronouns`, `pluralPronouns`, `neutralPronouns`,
    /// `firstPersonPronouns`, `modifiers`, `frameOpeners`, `frameClosers`,
    /// `connectives`, `surnames`, `knownNames`, `organisations`, `notNames`,
    /// `maleTitles`, `femaleTitles`, `maleNames`, `femaleNames`, `workSuffixes`; the work stage's, the lint
    /// rules' and citation checking's lists (`workCues`, `collectionSuffixes`, `wholeSentenceCues`,
    /// `variantCharacters`, …) are listed in the packs' README.
    public var lexicons: [String: [String]]
    /// The kind classifier's lexicons and weights, when the pack sets them.
    public var kind: KindClassifier.Rules?
    /// The rules, in the order they are tried (see ``Rule/order``).
    public var rules: [Rule]
    /// The weights that rank speaker candidates, when the pack ships a trained model (see ``SpeakerModel``).
    public var scorer: SpeakerModel?

    /// Creates a pack.
    /// - Parameters:
    ///   - id: Pack name.
    ///   - language: `zh` or `en`.
    ///   - description: What it is for.
    ///   - lexicons: Named word lists.
    ///   - kind: Kind classifier rules, if any.
    ///   - rules: Ordered rules.
    ///   - scorer: Trained weights for ranking speaker candidates, if any.
    public init(id: String, language: Language, description: String? = nil, lexicons: [String: [String]] = [:],
                kind: KindClassifier.Rules? = nil, rules: [Rule] = [], scorer: SpeakerModel? = nil) {
        self.id = id
        self.language = language
        self.description = description
        self.lexicons = lexicons
        self.kind = kind
        self.rules = rules
        self.scorer = scorer
    }

    enum CodingKeys: String, CodingKey { case id, language, description, lexicons, kind, rules, scorer }

    /// Decodes a pack; `lexicons`, `kind` and `rules` may be left out. Any decoder goes through the
    /// same reader as YAML files (`PackValue`), so a pack means the same whatever it was read from.
    public init(from decoder: any Decoder) throws {
        self = try PackValue.decode(decoder) { value, _ in try RulePack(value: value) }
    }

    // MARK: Loading

    /// A pack from its tree, validated; errors name `source` and the path of the value at fault.
    package static func load(value tree: PackValue, source: String) throws(RulePackError) -> RulePack {
        let pack: RulePack
        do {
            pack = try RulePack(value: tree)
        } catch let problem as PackValue.Problem {
            throw RulePackError(source: source, path: problem.path, message: problem.message)
        } catch {
            throw RulePackError(source: source, message: "not a valid rule pack: \(error)")
        }
        try pack.validate(source: source)
        return pack
    }

    /// The pack shipped with QuoteKit for a language.
    ///
    /// - Parameter language: `zh` or `en` (``Language/auto`` gives the Chinese pack).
    /// - Returns: The built-in pack, loaded once and cached.
    /// - Throws: ``RulePackError`` when the bundled resource is missing or invalid.
    public static func builtIn(language: Language) throws(RulePackError) -> RulePack {
        switch language {
        case .en: return try BuiltInPacks.english.get()
        case .zh, .auto: return try BuiltInPacks.chinese.get()
        }
    }

    /// Both built-in packs, Chinese first.
    /// - Throws: ``RulePackError`` when a bundled resource is missing or invalid.
    public static func builtIns() throws(RulePackError) -> [RulePack] {
        [try builtIn(language: .zh), try builtIn(language: .en)]
    }

    /// Checks ids, confidences, slot options and lexicon references.
    /// - Parameter source: A name for error messages.
    /// - Throws: ``RulePackError`` describing the first problem.
    public func validate(source: String = "<pack>") throws(RulePackError) {
        guard language != .auto else {
            throw RulePackError(source: source, message: "language must be zh or en")
        }
        var seen = Set<String>()
        for (index, rule) in rules.enumerated() {
            let at = "rule '\(rule.id)'"
            // The rule's place in the pack, so that a loader that knows the text's lines can name the rule's.
            func fail(_ message: String) -> RulePackError { RulePackError(source: source, path: "rules[\(index)]", message: message) }
            guard !rule.id.isEmpty else { throw fail("a rule has an empty id") }
            guard seen.insert(rule.id).inserted else { throw fail("\(at): duplicate id") }
            guard (0...1).contains(rule.confidence) else {
                throw fail("\(at): confidence \(rule.confidence) is outside 0…1")
            }
            switch (rule.pattern, rule.sieve) {
            case (nil, nil): throw fail("\(at): needs a pattern or a sieve")
            case (.some, .some): throw fail("\(at): has both a pattern and a sieve")
            case (let pattern?, nil):
                let quotes = pattern.filter { $0.kind == .quote }.count
                guard quotes == 1 else {
                    throw fail("\(at): the pattern needs exactly one quote slot (has \(quotes))")
                }
                // Each gap multiplies the positions the matcher backtracks through (ten {gap: 100} took 48 s
                // on 528 bytes): a pattern's gaps are bounded here, when the pack is loaded.
                let gaps = pattern.filter { $0.kind == .gap }
                guard gaps.count <= Self.maxGapSlots else {
                    throw fail("\(at): the pattern has \(gaps.count) gap slots; at most \(Self.maxGapSlots) are allowed (each gap multiplies the matching work)")
                }
                for gap in gaps where !(0...Self.maxGapLength).contains(gap.max ?? 20) {
                    throw fail("\(at): {gap: \(gap.max ?? 20)} is outside 0…\(Self.maxGapLength) characters")
                }
                for slot in pattern {
                    if let name = slot.lexicon, Self.knownLexiconSlots.contains(slot.kind), lexicons[name] == nil,
                       !Self.wellKnownLexicons.contains(name) {
                        throw fail("\(at): unknown lexicon '\(name)'")
                    }
                    if slot.kind == .punct, (slot.words ?? []).isEmpty {
                        throw fail("\(at): a punct slot needs characters, e.g. {punct: \"：:\"}")
                    }
                    if slot.kind == .words, (slot.words ?? []).isEmpty, slot.lexicon == nil {
                        throw fail("\(at): a words slot needs a list or a lexicon name")
                    }
                }
            case (nil, .some): break
            }
        }
    }

    /// The most `gap` slots a pattern may have, and the longest gap: together they bound the matcher's work per quote.
    static let maxGapSlots = 2
    static let maxGapLength = 200

    static let knownLexiconSlots: Set<Slot.Kind> = [.cue, .words]
    static let wellKnownLexicons: Set<String> = [
        "cues", "noSpeakerCues", "titles", "honorifics", "malePronouns", "femalePronouns", "pluralPronouns",
        "neutralPronouns", "firstPersonPronouns", "narratorPronouns", "narratorNames", "modifiers", "frameOpeners", "frameClosers", "connectives", "surnames",
        "knownNames", "organisations", "notNames", "maleTitles", "femaleTitles", "maleNames", "femaleNames", "workSuffixes", "workNouns", "notInNames", "quotationNouns", "prepositions", "transliteration",
        "subjectPronouns", "malePossessives", "femalePossessives", "pluralPossessives", "maleKin", "femaleKin", "neutralKin",
        "surnameKin", "parentKin", "maleFamilyTitles", "femaleFamilyTitles", "nameParticles", "vocativeOpeners",
        "surnameTitles", "givenNameTitles", "keptTitles", "letterNouns", "directiveVerbs", "addressedPronouns", "personNouns", "institutionNouns", "personCounters", "pluralCounters", "collectiveNouns", "eventClosers", "addressSuffixes", "evenOpeners", "evenClosers", "alsoWords", "existentialVerbs", "existentialAspects", "shareSigns", "reduplicatedStates", "topicOpeners", "contrastWords", "whenOpeners", "whenClosers", "familiarPrefixes", "givenNamePrefixes", "conversationNouns", "surnameMarkers", "statementNouns", "documentVoices", "documentDeterminers", "placeOpeners", "durativeParticles", "namingVerbs", "glossWords", "reporterNouns", "agentSuffixes", "hearingVerbs", "seeingVerbs", "punctuatedCues", "seriesEnds", "personMeasures", "givenNameEnds", "femaleNameEnds", "givenNameCharacters", "givenNameFirstCharacters", "bylineEnds", "creditLabels", "datelineEnds", "pluralSuffixes", "indefiniteSubjects", "afterSpeechWords", "publishingVerbs", "roleLinks", "maleDescriptions", "femaleDescriptions", "definiteDeterminers", "descriptionSynonyms", "dateUnits", "timesOfDay", "bracketedDayWords", "timeWords", "seriesJoiners", "instrumentWords", "evaluationCues", "disposalWords", "likeningCues", "participleCues", "invertingCues", "actCues", "complementisers", "agentPrepositions", "passiveAuxiliaries", "participleEndings", "participleLinks", "scriptVariants", "asSaidOpeners", "asSaidClosers", "viewpointOpeners", "viewpointClosers",
        // The speaker parser's single words.
        "adverbialParticles", "attributiveParticles", "pronounCompoundEnds", "adverbialEndings", "copulas", "placeSuffixes", "roleEndings", "surnameWords", "mediaEndings", "cueLookalikes",
        // The work stage (WorkLexicons).
        "workCues", "workMiddle", "workFillers", "inWorkTails", "inWorkOpeners", "inWorkPossessives", "sourcePrepositions",
        "citationPrefixes", "locatorCharacters", "numerals", "ordinalPrefixes", "volumeUnits", "chapterUnits", "pageUnits",
        "volumeHeads", "namedVolumes", "namedChapters", "collectionSuffixes", "collectionTopics", "memberNouns", "withinWords",
        "listingWords", "titleOnlyListingWords", "titleListSeparators", "containedIn", "perfectiveParticles", "containsWorks",
        "authorVerbs", "rolesAfterAuthor", "beforeAuthor", "authorSurnames", "notInAuthorNames", "notAuthorNameEnds",
        "workTypeNouns", "emphasisStopwords", "workAnaphors", "performanceCues",
        // The lint rules (LintLexicons).
        "wholeSentenceCues", "inlineTermMarkers", "quotedWorkCues",
        // Citation checking (CitationLexicons).
        "variantCharacters", "speakersForWorks", "poemNumerals", "chapterSuffixes", "authorHeaders", "claimTitleTails", "claimCues", "authorAliases",
    ]

    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "top level" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

/// A problem with a rule pack: the file, the line when known, and what is wrong.
///
/// ``description`` and `localizedDescription` are the one line the command-line tool prints,
/// `FILE:LINE: message` (the line is left out when the text had none, as for a pack decoded with `Codable`).
public struct RulePackError: Error, LocalizedError, Sendable, Hashable, CustomStringConvertible {
    /// The file (or `<string>`) the problem is in.
    public var source: String
    /// The 1-based line of the value at fault, when the pack was read from text that has lines.
    public var line: Int?
    /// Where in the pack the value at fault is (`rules[2].confidence`, `rulez`), when the problem is one value's.
    public var path: String?
    /// What is wrong, naming the key or value.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - source: The file or a name for the text.
    ///   - line: The 1-based line, when known.
    ///   - path: The path of the value at fault, when the problem is one value's.
    ///   - message: What is wrong.
    public init(source: String, line: Int? = nil, path: String? = nil, message: String) {
        self.source = source
        self.line = line
        self.path = path
        self.message = message
    }

    /// `source:line: message`, or `source: message` when the line is not known.
    public var description: String { ErrorLine.format(source: source, line: line, message: message) }

    /// The same line as ``description``.
    public var errorDescription: String? { description }
}

/// Loads the shipped packs once.
///
/// They are compiled into the library: `scripts/pack-rules.sh` parses
/// `Sources/QuoteKit/Resources/RulePacks/*.yaml` and stores each tree in packed form in
/// `BuiltInPackTrees.swift` (``PackValue/init(packedTree:)``), so nothing is looked up on disk and no
/// YAML is parsed at run time. A test checks that the file and the YAML agree.
enum BuiltInPacks {
    static let chinese: Result<RulePack, RulePackError> = load("zh")
    static let english: Result<RulePack, RulePackError> = load("en")

    static func load(_ name: String) -> Result<RulePack, RulePackError> {
        let source = "built-in \(name).yaml"
        guard let packed = BuiltInPackTrees.packed[name] else {
            return .failure(RulePackError(source: source, message: "no such built-in rule pack"))
        }
        guard let data = Data(base64Encoded: packed), let tree = PackValue(packedTree: [UInt8](data)) else {
            return .failure(RulePackError(source: source, message: "the compiled-in pack is damaged; run scripts/pack-rules.sh"))
        }
        return Result { () throws(RulePackError) in try RulePack.load(value: tree, source: source) }
    }
}
