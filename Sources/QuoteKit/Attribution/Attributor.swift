/// The attribution stage: fills `speaker`, `cue`, `rule` and `confidence` on quotations with a declarative rule engine.
///
/// Rules come from ``RulePack``s (the built-in Chinese and English packs plus
/// any you add). For each quotation, in text order, the pattern rules of the
/// document's language are tried in order and the first that fires wins;
/// quotes left over then go through the sieves (same paragraph, mention,
/// conversation alternation). Pronouns (他, she) and clauses without a subject
/// (……，并要求“…”) resolve to the most recent compatible speaker nearby.
/// Finally names are canonicalised: titles and honorifics are stripped
/// (习近平总书记 → 习近平), partial mentions merge with earlier full ones
/// (宋省长 → 宋法棠, Elizabeth → Elizabeth Bennet) and ``SpeakerAliases`` apply.
///
/// Terms get no speaker; a rule marked `upgrade` (explicit speech: speaker,
/// cue and colon) may turn a short quote classified as a term into a quotation.
///
/// ```swift
/// var configuration = QuoteExtractor.Configuration()
/// configuration.attributor = try Attributor(packs: [RulePack.load(contentsOf: "my-rules.yaml")])
/// let result = QuoteExtractor(configuration: configuration).extract(text: "张明教授说：“天下没有免费的午餐。”")
/// print(result.quotes[0].speaker?.name ?? "-") // 张明
/// ```
///
/// - Complexity: Per quote, work bounded by its window (the sentence and the
///   one or two before it, or the neighbouring paragraphs for dialogue); ICU
///   word breaking only runs on a few dozen scalars around a quote.
public struct Attributor: Sendable {
    /// The packs in use (built-ins first, then added packs).
    public let packs: [RulePack]
    /// Canonical names and aliases applied to every speaker.
    public var aliases: SpeakerAliases {
        didSet { people = Self.people(aliases, compiled) }
    }
    /// ``aliases`` read once for each language's pack (``ListedPeople``).
    private var people: [Language: ListedPeople]
    /// Registered sieves by name (``AttributionSieve``).
    let sieves: [String: any AttributionSieve]
    let compiled: [Language: CompiledPack]

    /// Creates the stage with the built-in packs (no user rules, no aliases).
    public init() {
        self = Self.standard
    }

    /// The built-in packs, compiled once.
    static let standard = Attributor(uncheckedPacks: (try? RulePack.builtIns()) ?? [], aliases: SpeakerAliases())

    /// Creates the stage with extra rule packs and aliases.
    ///
    /// - Parameters:
    ///   - packs: Packs to add. Their lexicons join the built-in ones of the same
    ///     language; their rules are merged by `order` (a rule with an existing id replaces it).
    ///   - aliases: Canonical names and aliases.
    ///   - includeBuiltIns: Start from the shipped packs (default `true`).
    /// - Throws: ``RulePackError`` when a pack is invalid or a built-in pack cannot be loaded.
    public init(packs: [RulePack], aliases: SpeakerAliases = SpeakerAliases(), includeBuiltIns: Bool = true) throws(RulePackError) {
        try self.init(packs: packs, aliases: aliases, sieves: [], includeBuiltIns: includeBuiltIns)
    }

    /// Creates the stage with extra rule packs, aliases and sieves of your own.
    ///
    /// - Parameters:
    ///   - packs: Packs to add (see ``init(packs:aliases:includeBuiltIns:)``); their rules may name the sieves given here.
    ///   - aliases: Canonical names, aliases and genders (a character list).
    ///   - sieves: Resolvers of your own, looked up by ``AttributionSieve/name`` from the packs' `sieve:` rules.
    ///   - includeBuiltIns: Start from the shipped packs (default `true`).
    /// - Throws: ``RulePackError`` when a pack is invalid, names a sieve that is neither built in nor given,
    ///   or a built-in pack cannot be loaded.
    public init(packs: [RulePack], aliases: SpeakerAliases = SpeakerAliases(), sieves: [any AttributionSieve],
                includeBuiltIns: Bool = true) throws(RulePackError) {
        for pack in packs { try pack.validate(source: pack.id) }
        var registered: [String: any AttributionSieve] = [:]
        for sieve in sieves { registered[sieve.name] = sieve }
        for pack in packs {
            for rule in pack.rules {
                guard let sieve = rule.sieve, !RulePack.Sieve.builtIns.contains(sieve), registered[sieve.rawValue] == nil else { continue }
                let known = (RulePack.Sieve.builtIns.map(\.rawValue) + registered.keys.sorted()).joined(separator: ", ")
                throw RulePackError(source: pack.id, message: "rule '\(rule.id)': unknown sieve '\(sieve.rawValue)'; expected one of \(known)")
            }
        }
        let all = (includeBuiltIns ? try RulePack.builtIns() : []) + packs
        self.init(uncheckedPacks: all, aliases: aliases, sieves: registered)
    }

    init(uncheckedPacks: [RulePack], aliases: SpeakerAliases, sieves: [String: any AttributionSieve] = [:]) {
        packs = uncheckedPacks
        self.aliases = aliases
        self.sieves = sieves
        var compiled: [Language: CompiledPack] = [:]
        for language in [Language.zh, .en] { compiled[language] = CompiledPack(language: language, packs: uncheckedPacks) }
        self.compiled = compiled
        people = Self.people(aliases, compiled)
    }

    private static func people(_ aliases: SpeakerAliases, _ compiled: [Language: CompiledPack]) -> [Language: ListedPeople] {
        compiled.mapValues { ListedPeople(aliases, pack: $0) }
    }

    /// The merged rules for a language, in the order they are tried.
    /// - Parameter language: `zh` or `en`.
    /// - Returns: Pattern rules and sieves in order.
    public func rules(for language: Language) -> [RulePack.Rule] {
        compiled[language == .auto ? .zh : language]?.rules ?? []
    }

    /// The kind classifier rules of the packs in use: the `kind` sections merged (later packs' lexicons added).
    public var kindRules: KindClassifier.Rules? {
        let kinds = packs.compactMap(\.kind)
        guard !kinds.isEmpty else { return nil }
        return KindClassifier.Rules.merging(kinds)
    }

    /// Attributes the quotations of an analysis in place.
    /// - Parameter analysis: The pipeline state.
    public func attribute(_ analysis: inout Analysis) {
        _ = run(&analysis, explain: false)
    }

    /// Attributes the quotations of an analysis in place and returns, per top-level quote, the rules tried.
    /// - Parameter analysis: The pipeline state.
    /// - Returns: One trace per quote, in text order.
    public func explain(_ analysis: inout Analysis) -> [AttributionTrace] {
        run(&analysis, explain: true)
    }

    func run(_ analysis: inout Analysis, explain: Bool) -> [AttributionTrace] {
        let primary: Language = analysis.language == .auto ? .zh : analysis.language
        guard let pack = compiled[primary], !analysis.quotes.isEmpty else { return [] }
        var traces = apply(pack, to: &analysis, explain: explain, only: nil)
        // A document in one language may quote in the other (an English sentence in a Chinese
        // article): those paragraphs get the other language's rules.
        let other: Language = primary == .zh ? .en : .zh
        // Each quote's `paragraph` is the paragraph of its opening mark; judge each paragraph once.
        let paragraphs = analysis.document.paragraphs
        var paragraphLanguage = [Language?](repeating: nil, count: paragraphs.count)
        let foreign = Set(analysis.quotes.indices.filter { i in
            let p = analysis.quotes[i].paragraph
            guard p < paragraphs.count else { return false }
            if let known = paragraphLanguage[p] { return known == other }
            let language = Self.localLanguage(of: paragraphs[p], in: analysis.document)
            paragraphLanguage[p] = language
            return language == other
        })
        if !foreign.isEmpty, let otherPack = compiled[other] {
            var copy = Analysis(document: analysis.document, language: other, scanned: analysis.scanned, titles: analysis.titles,
                                quotes: analysis.quotes, diagnostics: [], sentences: analysis.sentences)
            for i in foreign { copy.quotes[i].attribution = Quote.Attribution() }
            let otherTraces = apply(otherPack, to: &copy, explain: explain, only: foreign)
            for i in foreign {
                analysis.quotes[i] = copy.quotes[i]
            }
            if explain {
                let replaced = Set(foreign.map { analysis.quotes[$0].id })
                traces = traces.filter { !replaced.contains($0.quote) } + otherTraces.filter { replaced.contains($0.quote) }
                traces.sort { $0.quoteNumber < $1.quoteNumber }
            }
        }
        return traces
    }

    /// Runs one language's rules over the analysis and writes their results into it
    /// (only into the quotes of `only`, when given).
    func apply(_ pack: CompiledPack, to analysis: inout Analysis, explain: Bool, only: Set<Int>?) -> [AttributionTrace] {
        // The engine holds a copy of the analysis: let it go before writing, so the quotes are not copied on the first write.
        let (assigned, traces) = results(of: pack, on: analysis, explain: explain, people: people[pack.language] ?? ListedPeople(aliases, pack: pack))
        // Indexing reads each result in place (enumerating would copy every slot, a few hundred bytes each).
        for i in assigned.indices {
            guard let rule = assigned[i]?.rule, only?.contains(i) ?? true else { continue }
            if assigned[i]?.upgrade == true { analysis.quotes[i].kind = .quotation }
            analysis.quotes[i].attribution = Quote.Attribution(speaker: assigned[i]?.speaker ?? nil, cue: assigned[i]?.cue ?? nil,
                                                               rule: rule, confidence: assigned[i]?.confidence)
        }
        return traces
    }

    /// What one language's rules assign to each quote of the analysis, and the traces.
    private func results(of pack: CompiledPack, on analysis: Analysis, explain: Bool,
                         people: ListedPeople) -> ([AttributionEngine.Assigned?], [AttributionTrace]) {
        var engine = AttributionEngine(analysis: analysis, pack: pack, explain: explain, people: people, sieves: sieves)
        engine.run()
        engine.rank()
        engine.attributeNested()
        engine.canonicalise(aliases: people.aliases)
        return (engine.assigned, engine.traces)
    }

    /// The language of a paragraph: Chinese when CJK characters outnumber letters in its first
    /// 1,000 characters, English when letters do.
    static func localLanguage(of paragraph: Paragraph, in document: Document) -> Language {
        Language.dominant(in: document.scalars, paragraph.start..<min(paragraph.end, paragraph.start + 1_000)) ?? .auto
    }
}
