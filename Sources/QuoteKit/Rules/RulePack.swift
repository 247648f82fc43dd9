import Foundation
import Yams

/// A set of attribution rules and the lexicons they use, for one language.
///
/// Rule packs are data: QuoteKit ships one for Chinese (simplified and
/// traditional, `zh.yaml`) and one for English (`en.yaml`), and users add
/// their own from YAML files. A pack holds
///
/// - `lexicons`: named word lists (reporting cues, titles, pronouns, modifiers, surnames, …)
///   matched with a trie (``Lexicon``);
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
    /// same reader as YAML files (``PackValue``), so a pack means the same whatever it was read from.
    public init(from decoder: any Decoder) throws {
        try self.init(value: PackValue(from: decoder))
    }

    // MARK: Loading

    /// Parses a pack from YAML (JSON is valid YAML too) and validates it.
    ///
    /// - Parameters:
    ///   - yaml: The pack text.
    ///   - source: A name for error messages (a file path).
    /// - Returns: The pack.
    /// - Throws: ``RulePackError`` when the text is not valid YAML, does not
    ///   describe a pack, or a rule is malformed (no `quote` slot, unknown
    ///   lexicon, confidence outside 0…1, duplicate id).
    public static func load(yaml: String, source: String = "<string>") throws -> RulePack {
        try load(value: tree(yaml: yaml, source: source), source: source)
    }

    /// The YAML tree of a pack; errors name `source`.
    static func tree(yaml: String, source: String) throws -> PackValue {
        do {
            // Read through the YAML tree, not Codable: see PackValue.
            return try YAMLExpansionLimit.withTree(yaml) { PackValue($0 ?? Node("")) }
        } catch let error as YAMLExpansionLimit.Exceeded {
            throw RulePackError(source: source, message: error.description)
        } catch {
            throw RulePackError(source: source, message: "not a valid YAML rule pack: \(error)")
        }
    }

    /// A pack from its tree, validated; errors name `source`.
    static func load(value tree: PackValue, source: String) throws -> RulePack {
        let pack: RulePack
        do {
            pack = try RulePack(value: tree)
        } catch let error as RulePackError {
            throw RulePackError(source: source, message: error.message)
        } catch {
            throw RulePackError(source: source, message: "not a valid YAML rule pack: \(error)")
        }
        try pack.validate(source: source)
        return pack
    }

    /// Reads and parses a pack from a YAML file.
    ///
    /// - Parameter path: The file path.
    /// - Returns: The pack.
    /// - Throws: ``RulePackError`` when the file cannot be read or is not a valid pack.
    public static func load(contentsOf path: String) throws -> RulePack {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RulePackError(source: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulePackError(source: path, message: "the file is not UTF-8 text")
        }
        return try load(yaml: text, source: path)
    }

    /// The pack shipped with QuoteKit for a language.
    ///
    /// - Parameter language: `zh` or `en` (``Language/auto`` gives the Chinese pack).
    /// - Returns: The built-in pack, loaded once and cached.
    /// - Throws: ``RulePackError`` when the bundled resource is missing or invalid.
    public static func builtIn(language: Language) throws -> RulePack {
        switch language {
        case .en: return try BuiltInPacks.english.get()
        case .zh, .auto: return try BuiltInPacks.chinese.get()
        }
    }

    /// Both built-in packs, Chinese first.
    /// - Throws: ``RulePackError`` when a bundled resource is missing or invalid.
    public static func builtIns() throws -> [RulePack] {
        [try builtIn(language: .zh), try builtIn(language: .en)]
    }

    /// Checks ids, confidences, slot options and lexicon references.
    /// - Parameter source: A name for error messages.
    /// - Throws: ``RulePackError`` describing the first problem.
    public func validate(source: String = "<pack>") throws {
        guard language != .auto else {
            throw RulePackError(source: source, message: "language must be zh or en")
        }
        var seen = Set<String>()
        for rule in rules {
            let at = "rule '\(rule.id)'"
            guard !rule.id.isEmpty else { throw RulePackError(source: source, message: "a rule has an empty id") }
            guard seen.insert(rule.id).inserted else { throw RulePackError(source: source, message: "\(at): duplicate id") }
            guard (0...1).contains(rule.confidence) else {
                throw RulePackError(source: source, message: "\(at): confidence \(rule.confidence) is outside 0…1")
            }
            switch (rule.pattern, rule.sieve) {
            case (nil, nil): throw RulePackError(source: source, message: "\(at): needs a pattern or a sieve")
            case (.some, .some): throw RulePackError(source: source, message: "\(at): has both a pattern and a sieve")
            case (let pattern?, nil):
                let quotes = pattern.filter { $0.kind == .quote }.count
                guard quotes == 1 else {
                    throw RulePackError(source: source, message: "\(at): the pattern needs exactly one quote slot (has \(quotes))")
                }
                // Each gap multiplies the positions the matcher backtracks through (ten {gap: 100} took 48 s
                // on 528 bytes): a pattern's gaps are bounded here, when the pack is loaded.
                let gaps = pattern.filter { $0.kind == .gap }
                guard gaps.count <= Self.maxGapSlots else {
                    throw RulePackError(source: source, message: "\(at): the pattern has \(gaps.count) gap slots; at most \(Self.maxGapSlots) are allowed (each gap multiplies the matching work)")
                }
                for gap in gaps where !(0...Self.maxGapLength).contains(gap.max ?? 20) {
                    throw RulePackError(source: source, message: "\(at): {gap: \(gap.max ?? 20)} is outside 0…\(Self.maxGapLength) characters")
                }
                for slot in pattern {
                    if let name = slot.lexicon, Self.knownLexiconSlots.contains(slot.kind), lexicons[name] == nil,
                       !Self.wellKnownLexicons.contains(name) {
                        throw RulePackError(source: source, message: "\(at): unknown lexicon '\(name)'")
                    }
                    if slot.kind == .punct, (slot.words ?? []).isEmpty {
                        throw RulePackError(source: source, message: "\(at): a punct slot needs characters, e.g. {punct: \"：:\"}")
                    }
                    if slot.kind == .words, (slot.words ?? []).isEmpty, slot.lexicon == nil {
                        throw RulePackError(source: source, message: "\(at): a words slot needs a list or a lexicon name")
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
        "neutralPronouns", "firstPersonPronouns", "modifiers", "frameOpeners", "frameClosers", "connectives", "surnames",
        "knownNames", "organisations", "notNames", "maleTitles", "femaleTitles", "maleNames", "femaleNames", "workSuffixes", "workNouns", "notInNames", "quotationNouns", "prepositions", "transliteration",
        "subjectPronouns", "malePossessives", "femalePossessives", "pluralPossessives", "maleKin", "femaleKin", "neutralKin",
        "surnameKin", "parentKin", "maleFamilyTitles", "femaleFamilyTitles", "nameParticles", "vocativeOpeners",
        "surnameTitles", "givenNameTitles", "keptTitles", "letterNouns", "personNouns", "personCounters", "roleLinks", "maleDescriptions", "femaleDescriptions", "definiteDeterminers", "dateUnits", "timesOfDay", "seriesJoiners", "instrumentWords", "evaluationCues", "disposalWords", "likeningCues", "participleCues", "invertingCues", "scriptVariants", "asSaidOpeners", "asSaidClosers",
        // The speaker parser's single words.
        "adverbialParticles", "attributiveParticles", "pronounCompoundEnds", "adverbialEndings",
        // The work stage (WorkLexicons).
        "workCues", "workMiddle", "workFillers", "inWorkTails", "inWorkOpeners", "inWorkPossessives", "sourcePrepositions",
        "citationPrefixes", "locatorCharacters", "numerals", "ordinalPrefixes", "volumeUnits", "chapterUnits", "pageUnits",
        "volumeHeads", "namedVolumes", "namedChapters", "collectionSuffixes", "collectionTopics", "memberNouns", "withinWords",
        "listingWords", "titleOnlyListingWords", "titleListSeparators", "containedIn", "perfectiveParticles", "containsWorks",
        "authorVerbs", "rolesAfterAuthor", "beforeAuthor", "authorSurnames", "notInAuthorNames", "notAuthorNameEnds",
        "workTypeNouns", "emphasisStopwords",
        // The lint rules (LintLexicons).
        "wholeSentenceCues", "inlineTermMarkers", "quotedWorkCues",
        // Citation checking (CitationLexicons).
        "variantCharacters", "speakersForWorks", "poemNumerals", "chapterSuffixes", "authorHeaders", "claimTitleTails", "claimCues", "authorAliases",
    ]

    static func path(_ codingPath: [any CodingKey]) -> String {
        codingPath.isEmpty ? "top level" : codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}

/// A problem with a rule pack or an alias file: where, and what is wrong.
public struct RulePackError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or `<string>`) the problem is in.
    public var source: String
    /// What is wrong.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - source: The file or a name for the text.
    ///   - message: What is wrong.
    public init(source: String, message: String) {
        self.source = source
        self.message = message
    }

    /// `source: message`.
    public var description: String { "\(source): \(message)" }
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
        return Result { try RulePack.load(value: tree, source: source) }.mapError {
            $0 as? RulePackError ?? RulePackError(source: source, message: "\($0)")
        }
    }
}

/// Compiles a built-in pack for `scripts/pack-rules.sh` (the PackRules tool), the writing side of
/// ``BuiltInPacks``: not part of QuoteKit's API.
@_spi(PackRules) public enum BuiltInPackCompiler {
    /// A YAML pack, checked as any pack is, as the base64 text of its packed tree that
    /// `BuiltInPackTrees.swift` holds (``PackValue/init(packedTree:)`` reads it back).
    ///
    /// - Parameters:
    ///   - yaml: The pack's text.
    ///   - source: The file, for error messages.
    /// - Returns: Base64 of the packed tree.
    /// - Throws: ``RulePackError`` when the text is not a valid pack.
    public static func packedTree(yaml: String, source: String) throws -> String {
        let tree = try RulePack.tree(yaml: yaml, source: source)
        _ = try RulePack.load(value: tree, source: source)
        var bytes: [UInt8] = []
        tree.pack(into: &bytes)
        return Data(bytes).base64EncodedString()
    }
}
