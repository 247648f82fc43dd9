/// The rule packs of one language merged and compiled for matching: lexicons as tries, rules in order.
///
/// A class, shared by reference: every document's attribution reads it, and copying a value of some forty
/// references would retain each of them, on objects that all worker threads share (contended atomics).
final class CompiledPack: Sendable {
    let language: Language
    let rules: [RulePack.Rule]
    let lexicons: [String: Lexicon]
    /// The compiled pattern of each rule, parallel to ``rules`` (`nil` for sieves).
    let patterns: [CompiledPattern?]
    /// The indices of the rules with a pattern, in order, and of those that may upgrade a term (read per quote without copying rules).
    let patternRules: [Int]
    let upgradeRules: [Int]
    /// The indices of the sieves, in order.
    let sieveRules: [Int]
    /// For each rule: ``CompiledPattern/neighbourSide`` and ``CompiledPattern/neighbour`` (`unfiltered` for sieves).
    let neighbourSides: [CompiledPattern.Side]
    let neighbours: [ScalarFilter]
    let caseInsensitive: Bool
    /// Character filters over some lexicons, built once here rather than for every document.
    let filters: Filters
    /// The lexicons the attribution context reads, looked up by name once here rather than for every document.
    let common: CommonLexicons
    /// The work stage's lexicons (``WorkLinker``), looked up by name once here.
    let works: WorkLexicons
    /// The lint rules' lexicons (``Linter``), looked up by name once here.
    let lint: LintLexicons
    /// The kind sections' words that make the next quote a term (所谓, so-called): no rule upgrades a term right after one.
    let termMarkersBefore: Lexicon
    /// The kind sections' words after a quote that make it a term (一词, 的方针): no rule upgrades a term right before one.
    let termMarkersAfter: Lexicon
    /// Ranks speaker candidates: the last pack's trained weights, else the rules' confidences.
    let scorer: any SpeakerScorer
    /// The sieve rules that propose candidates after the pattern rules and the other sieves: people
    /// mentioned nearby (`nearby`) and earlier conversation turns (`turns`).
    let nearbyRule: Int?
    let turnsRule: Int?

    /// The lexicons every document's ``AttributionContext`` uses (an empty lexicon for a name the packs lack).
    struct CommonLexicons: Sendable {
        let cues, titles, honorifics, modifiers, frameOpeners, frameClosers, connectives, surnames, knownNames,
            organisations, notNames, notInNames, workSuffixes, workNouns, male, female, plural, neutral, firstPerson,
            maleTitles, femaleTitles, maleNames, femaleNames, transliteration, prepositions: Lexicon
        /// English people: subject pronouns, possessives and kinship nouns (said his wife), name particles, vocative openers.
        let people: PeopleLexicons
        /// Single words the speaker parser and the modifier slot test: 地 ending an adverbial (激动地说), 的
        /// between an organisation and a name (学校的张明), 人 making a pronoun part of another word (他人),
        /// and the endings that make a would-be bare name an adverbial (恍然, 沉声).
        let adverbialParticles, attributiveParticles, pronounCompoundEnds, adverbialEndings: Lexicon
        /// Unnamed people who may speak (老人, 同胞) and the number and measure words before them (一位).
        let personNouns, personCounters: Lexicon

        init(_ lexicons: [String: Lexicon]) {
            func lexicon(_ name: String) -> Lexicon { lexicons[name] ?? Lexicon() }
            cues = lexicon("cues")
            titles = lexicon("titles")
            honorifics = lexicon("honorifics")
            modifiers = lexicon("modifiers")
            frameOpeners = lexicon("frameOpeners")
            frameClosers = lexicon("frameClosers")
            connectives = lexicon("connectives")
            surnames = lexicon("surnames")
            knownNames = lexicon("knownNames")
            organisations = lexicon("organisations")
            notNames = lexicon("notNames")
            notInNames = lexicon("notInNames")
            workSuffixes = lexicon("workSuffixes")
            workNouns = lexicon("workNouns")
            male = lexicon("malePronouns")
            female = lexicon("femalePronouns")
            plural = lexicon("pluralPronouns")
            neutral = lexicon("neutralPronouns")
            firstPerson = lexicon("firstPersonPronouns")
            maleTitles = lexicon("maleTitles")
            femaleTitles = lexicon("femaleTitles")
            maleNames = lexicon("maleNames")
            femaleNames = lexicon("femaleNames")
            transliteration = lexicon("transliteration")
            prepositions = lexicon("prepositions")
            people = PeopleLexicons(lexicons)
            adverbialParticles = lexicon("adverbialParticles")
            attributiveParticles = lexicon("attributiveParticles")
            pronounCompoundEnds = lexicon("pronounCompoundEnds")
            adverbialEndings = lexicon("adverbialEndings")
            personNouns = lexicon("personNouns")
            personCounters = lexicon("personCounters")
        }
    }

    /// The lexicons that name people indirectly: by a pronoun, by kinship to someone else, or in address.
    struct PeopleLexicons: Sendable {
        let subjectPronouns, malePossessives, femalePossessives, pluralPossessives, maleKin, femaleKin, neutralKin,
            surnameKin, parentKin, nameParticles, vocativeOpeners, surnameTitles, givenNameTitles, keptTitles: Lexicon
        /// The first word of `maleFamilyTitles` and `femaleFamilyTitles` (Mr., Mrs.), if any.
        let maleFamilyTitle, femaleFamilyTitle: String?

        init(_ lexicons: [String: Lexicon]) {
            func lexicon(_ name: String) -> Lexicon { lexicons[name] ?? Lexicon() }
            subjectPronouns = lexicon("subjectPronouns")
            malePossessives = lexicon("malePossessives")
            femalePossessives = lexicon("femalePossessives")
            pluralPossessives = lexicon("pluralPossessives")
            maleKin = lexicon("maleKin")
            femaleKin = lexicon("femaleKin")
            neutralKin = lexicon("neutralKin")
            surnameKin = lexicon("surnameKin")
            parentKin = lexicon("parentKin")
            nameParticles = lexicon("nameParticles")
            vocativeOpeners = lexicon("vocativeOpeners")
            surnameTitles = lexicon("surnameTitles")
            givenNameTitles = lexicon("givenNameTitles")
            keptTitles = lexicon("keptTitles")
            maleFamilyTitle = lexicons["maleFamilyTitles"]?.words.first
            femaleFamilyTitle = lexicons["femaleFamilyTitles"]?.words.first
        }
    }

    /// The characters that may end (or start) a word of a lexicon: a cheap test before a trie walk.
    struct Filters: Sendable {
        let frameOpenerEnds: ScalarFilter
        let prepositionEnds: ScalarFilter
        /// Titles and honorifics.
        let titleEnds: ScalarFilter
        let knownNameEnds: ScalarFilter
        let surnameStarts: ScalarFilter

        init(_ lexicons: [String: Lexicon]) {
            func lexicon(_ name: String) -> Lexicon { lexicons[name] ?? Lexicon() }
            frameOpenerEnds = ScalarFilter(lastScalarsOf: lexicon("frameOpeners"))
            prepositionEnds = ScalarFilter(lastScalarsOf: lexicon("prepositions"))
            var titles = ScalarFilter(lastScalarsOf: lexicon("titles"))
            titles.formUnion(ScalarFilter(lastScalarsOf: lexicon("honorifics")))
            titleEnds = titles
            knownNameEnds = ScalarFilter(lastScalarsOf: lexicon("knownNames"))
            surnameStarts = ScalarFilter(firstScalarsOf: lexicon("surnames"))
        }
    }

    /// Merges packs of one language: lexicons are united; rules are sorted by `order`
    /// (a rule without one gets 10, 20, 30, … by its position in its pack); a later pack's
    /// rule with an existing id replaces it.
    init(language: Language, packs: [RulePack]) {
        self.language = language
        caseInsensitive = language == .en
        var words: [String: [String]] = [:]
        var ordered: [(order: Int, seq: Int, rule: RulePack.Rule)] = []
        var seq = 0
        for pack in packs where pack.language == language {
            for (name, list) in pack.lexicons { words[name, default: []].append(contentsOf: list) }
            for (index, rule) in pack.rules.enumerated() {
                ordered.removeAll { $0.rule.id == rule.id }
                ordered.append((rule.order ?? (index + 1) * 10, seq, rule))
                seq += 1
            }
        }
        rules = ordered.sorted { ($0.order, $0.seq) < ($1.order, $1.seq) }.map(\.rule)
        var compiled: [String: Lexicon] = [:]
        for (name, list) in words { compiled[name] = Lexicon(list, caseInsensitive: language == .en) }
        lexicons = compiled
        patterns = rules.map { rule in rule.pattern.flatMap { CompiledPattern($0, lexicons: compiled, caseInsensitive: language == .en) } }
        let merged = rules
        patternRules = merged.indices.filter { merged[$0].pattern != nil }
        upgradeRules = merged.indices.filter { merged[$0].pattern != nil && merged[$0].upgrade }
        sieveRules = merged.indices.filter { merged[$0].sieve != nil && merged[$0].sieve != .nearby && merged[$0].sieve != .turns }
        neighbourSides = patterns.map { $0?.neighbourSide ?? .unfiltered }
        neighbours = patterns.map { $0?.neighbour ?? ScalarFilter() }
        filters = Filters(compiled)
        common = CommonLexicons(compiled)
        works = WorkLexicons(compiled)
        lint = LintLexicons(compiled)
        termMarkersBefore = Lexicon(packs.filter { $0.language == language }.flatMap { $0.kind?.termMarkersBefore ?? [] },
                                    caseInsensitive: language == .en)
        termMarkersAfter = Lexicon(packs.filter { $0.language == language }.flatMap { $0.kind?.termMarkersAfter ?? [] },
                                   caseInsensitive: language == .en)
        let model = packs.last { $0.language == language && $0.scorer != nil }?.scorer
        scorer = model.map { LinearSpeakerScorer($0, rules: merged) } ?? RuleConfidenceScorer()
        nearbyRule = merged.firstIndex { $0.sieve == .nearby }
        turnsRule = merged.firstIndex { $0.sieve == .turns }
    }

    subscript(_ name: String) -> Lexicon { lexicons[name] ?? Lexicon() }
}
