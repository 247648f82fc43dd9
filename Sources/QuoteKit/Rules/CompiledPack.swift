/// The rule packs of one language merged and compiled for matching: lexicons as tries, rules in order.
///
/// A class, shared by reference: every document's attribution reads it, and copying a value of some forty
/// references would retain each of them, on objects that all worker threads share (contended atomics).
final class CompiledPack: Sendable {
    let language: Language
    let rules: [RulePack.Rule]
    let lexicons: [String: Lexicon]
    /// The pack's `scriptVariants` as a table (``scriptVariants(_:)``): the other spellings of each character.
    let scriptVariants: [Unicode.Scalar: [Unicode.Scalar]]
    /// The compiled pattern of each rule, parallel to ``rules`` (`nil` for sieves).
    let patterns: [CompiledPattern?]
    /// The indices of the rules with a pattern, in order, and of those that may upgrade a term (read per quote without copying rules).
    let patternRules: [Int]
    let upgradeRules: [Int]
    /// Whether a sieve rule may upgrade a term (the `series` sieve with `upgrade: true`): terms then go through the sieves too.
    let sievesUpgrade: Bool
    /// The ids of the rules that run the `series` sieve (a series continues through them).
    let seriesRuleIDs: Set<String>
    /// The ids of the pattern rules that give a quote to nobody (俗话说, a dateline): a series they start is nobody's.
    let noSpeakerRuleIDs: Set<String>
    /// Whether any rule reads the line after a quote that ends its paragraph (``RulePack/Rule/nextLine``).
    let readsNextLine: Bool
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
    /// The most words of a fragment (a short partial quote): the kind section's `shortWords`.
    let fragmentWords: Int
    /// The kind sections' determiners before a quote that make it a noun (一種「…」, the "…").
    let nounMarkersBefore: Lexicon
    /// Words before a quote that make it its clause's predicate (也应“带头”节水): the `kind` section's
    /// `predicateMarkersBefore`.
    let predicateMarkersBefore: Lexicon
    /// The most characters of a quoted name or coined word (上火) that a cue lines away leaves a term: the kind
    /// section's `nameLength`.
    let nameLength: Int
    /// Ranks speaker candidates: the last pack's trained weights, else the rules' confidences.
    let scorer: any SpeakerScorer
    /// The sieve rules that propose candidates after the pattern rules and the other sieves: people
    /// mentioned nearby (`nearby`) and earlier conversation turns (`turns`).
    let nearbyRule: Int?
    let turnsRule: Int?

    /// The lexicons every document's ``AttributionContext`` uses (an empty lexicon for a name the packs lack).
    struct CommonLexicons: Sendable {
        let cues, titles, honorifics, modifiers, frameOpeners, frameClosers, connectives, surnames, knownNames,
            organisations, notNames, notInNames, workSuffixes, workNouns, workAnaphors, letterNouns, male, female, plural, neutral, firstPerson,
            maleTitles, femaleTitles, maleNames, femaleNames, transliteration, prepositions: Lexicon
        /// English people: subject pronouns, possessives and kinship nouns (said his wife), name particles, vocative openers.
        let people: PeopleLexicons
        /// Single words the speaker parser and the modifier slot test: 地 ending an adverbial (激动地说), 的
        /// between an organisation and a name (学校的张明), 人 making a pronoun part of another word (他人),
        /// and the endings that make a would-be bare name an adverbial (恍然, 沉声); the copula that makes a clause a
        /// statement about its subject, not a description of a person (王芳是村里的妇女主任).
        let adverbialParticles, attributiveParticles, pronounCompoundEnds, adverbialEndings, copulas, placeSuffixes: Lexicon
        /// The last characters of words naming a person by occupation or role (场长, 村医): such a word, unlisted, may
        /// still stand before a name (场长王立新说).
        let roleEndings: Lexicon
        /// Common words of two characters that open with a surname character (关键, 施工): no name where a lax parse
        /// looks for one at the start of any clause.
        let surnameWords: Lexicon
        /// How a newspaper's or broadcaster's title ends (日报, 杂志): that title as subject speaks as an organisation.
        let mediaEndings: Lexicon
        /// Words that end with a cue but report no one's words (来说 of 对他来说, 小说): no cue ends inside one.
        let cueLookalikes: Lexicon
        /// Unnamed people who may speak (老人, 同胞) and the number and measure words before them (一位).
        let personNouns, personCounters, pluralSuffixes: Lexicon
        /// Person nouns that always name several people (官兵, 师生, 夫妇): no 他 or 她 stands for one.
        let collectiveNouns: Lexicon
        /// Words of kinship a given name takes when someone is called by it (秋芳姐, 青山哥).
        let addressSuffixes: Lexicon
        /// What opens a subject in focus (连 of 连张明都说) and what follows it before the cue (都): the subject is the
        /// phrase between them.
        let evenOpeners, evenClosers: Lexicon
        /// Words that say a speaker says so too (也, 亦): one named after a quote with them answers someone else.
        let alsoWords: Lexicon
        /// Verbs that present someone new as the subject (会上有代表提出：): the one after the verb speaks.
        let existentialVerbs: Lexicon
        /// Aspect particles that make an existential verb one of having (有过疑虑的): it presents no one then.
        let existentialAspects: Lexicon
        /// Signs of a share written in digits (73％的居民): the share describes the people it counts.
        let shareSigns: Lexicon
        /// Words of state in the ABB shape (乐呵呵) that open an adverbial after a subject: no name ends inside one.
        let reduplicatedStates: Lexicon
        /// Words that open a topic (至于, 关于): the clause they open names what it is about, not who acts.
        let topicOpeners: Lexicon
        /// What makes a surname alone a familiar name (小王, 老李).
        let familiarPrefixes: Lexicon
        /// What after a surname says the person is known by it alone (姓 of 陈姓市民).
        let surnameMarkers: Lexicon
        let givenNamePrefixes: Lexicon
        let conversationNouns: Lexicon
        /// What a body issues in its own voice (声明, 公报): a body before one speaks through it (东海市外事办公室声明说).
        let statementNouns: Lexicon
        /// Documents that speak when one opens the clause alone or after a pointing word (声明说, 该报告指出): the one
        /// the text says issued it, else the document as named.
        let documentVoices: Lexicon
        /// The pointing words before such a document (该声明, 这份报告).
        let documentDeterminers: Lexicon
        /// Openers of a place with no closer between a speaker and the cue (在 of 张明在北京说).
        let placeOpeners: Lexicon
        /// The opener and closers of a frame of time around the words quoted (当周明指出“…”时): the person in it speaks.
        let whenOpeners, whenClosers: Lexicon
        /// Words of contrast that open a clause (但, 却): after a quote they end its clause.
        let contrastWords: Lexicon
        /// Particles of an action going on (着 of 拉着): a clause, not a description, before a person noun.
        let durativeParticles: Lexicon
        /// Verbs that give the name of the person a description ends in (名叫, 自称).
        let namingVerbs: Lexicon
        /// What a bracket after a name may say of how it was written (音, 译): a gloss between the name and its cue.
        let glossWords: Lexicon
        /// Words that end a clause of time with no opener before it (回乡后, 睡下之后): the subject did that, then spoke.
        let eventClosers: Lexicon
        /// The counting words of several people (几位, 许多), among the person counters: what they count is a group.
        let pluralCounters: Lexicon
        /// The one who writes the report (记者, 笔者): a pronoun after their clause stands for the person it names as met.
        let reporterNouns: Lexicon
        /// The suffix of a noun for whoever does something (者 of 挖沙者): a person after a number or demonstrative.
        let agentSuffixes: Lexicon
        /// Verbs of hearing someone speak (听见, 只听): the speaker is whoever follows them (听见女儿在屋里说：).
        let hearingVerbs: Lexicon
        /// Verbs of seeing someone speak: whoever follows them in the cue's clause speaks.
        let seeingVerbs: Lexicon
        /// One-character cues that count only before punctuation or a quotation mark (云, 曰).
        let punctuatedCues: Lexicon
        /// The words that close a series of people (等人): no 他 or 她 stands for one of its members.
        let seriesEnds: Lexicon
        /// The measure words that count people after a number (百名, 三位): the number is no part of their name.
        let personMeasures: Lexicon
        /// Function characters that may end a three-character name next to a title (李秋如牧师).
        let givenNameEnds: Lexicon
        /// Characters that end women's given names far more often than men's (林秀芬): the gender of a name no title gives.
        let femaleNameEnds: Lexicon
        /// Characters of `notInNames` that a given name still holds (赵有德, 周长有): first after the surname, or last
        /// right before a cue or punctuation.
        let givenNameCharacters: Lexicon
        /// Characters of `notInNames` a two-character given name may hold first, and only there (林时雄).
        let givenNameFirstCharacters: Lexicon
        /// The words that end a byline before its colon (记者王立新报道：): the reporter is no subject of what follows.
        let bylineEnds: Lexicon
        /// The labels of a page's credits before a colon (转自：, 编辑：): the one named says nothing in the page.
        let creditLabels: Lexicon
        /// The ends of a dateline (7月31日电, 本报讯): the reporters named in brackets after it say nothing in the story.
        let datelineEnds: Lexicon
        /// The verbs of asking and bidding (问, 叮嘱): the one they address answers the quote after.
        let directiveVerbs: Lexicon
        /// Relatives and companions of every gender, the kin lexicons in one (他的妻子, 张明的同事李华).
        let kinNouns: Lexicon
        /// Organisations and documents that speak like people (the ministry, a new study) but are no "he" or "she".
        let institutionNouns: Lexicon
        /// The narrator's pronoun (I, 我) and the names a character list may give the narrator (narrator, I).
        let narratorPronouns, narratorNames: Lexicon
        /// Dates and times between a speaker and the cue (张明31日晚说, 钱亮1月5日在会上指出): numerals, the units
        /// after them (日, 月) and the times of day that may follow (晚, 上午).
        let numerals, dateUnits, timesOfDay: Lexicon
        /// Words of a day that a date in brackets may follow (今（20）日, 昨（六）日), making one date with it.
        let bracketedDayWords: Lexicon
        /// The prefix of an ordinal number (第), which may stand with a number in an organisation's name (第九中学).
        let ordinalPrefixes: Lexicon
        /// Words of time that may open a clause before its subject (昨天张明说); the modifiers include them.
        let timeWords: Lexicon
        /// What may stand between two quotes of one series (、, and): the `series` sieve's joiners.
        let seriesJoiners: Lexicon
        /// Nouns of words spoken (的话, 那番话, 这句话): a quote before one is what was said, not a term modifying it.
        let quotationNouns: Lexicon
        /// English clause structure: cues that report an act rather than words (the board agreed), and the words that
        /// may open a reported clause (said that…).
        let actCues, complementisers: Lexicon
        /// English passives: the preposition before an agent (by), the auxiliaries (was), a participle's regular endings.
        let agentPrepositions, passiveAuxiliaries, participleEndings: Lexicon
        /// Participle cues (saying) and the prepositions that join one to the object of the verb before it (accused X of saying).
        let participleCues, participleLinks: Lexicon
        /// The aspect particle of a finished action (见了): a verb phrase so marked may stand between a subject and its cue.
        let perfectiveParticles: Lexicon

        init(_ lexicons: [String: Lexicon]) {
            cues = lexicons.lexicon("cues")
            titles = lexicons.lexicon("titles")
            honorifics = lexicons.lexicon("honorifics")
            timeWords = lexicons.lexicon("timeWords")
            // Between a subject and its cue a word of time is one more modifier (王立新去年说).
            modifiers = lexicons.union("modifiers", "timeWords")
            frameOpeners = lexicons.lexicon("frameOpeners")
            frameClosers = lexicons.lexicon("frameClosers")
            connectives = lexicons.lexicon("connectives")
            surnames = lexicons.lexicon("surnames")
            knownNames = lexicons.lexicon("knownNames")
            organisations = lexicons.lexicon("organisations")
            notNames = lexicons.lexicon("notNames")
            notInNames = lexicons.lexicon("notInNames")
            workSuffixes = lexicons.lexicon("workSuffixes")
            workNouns = lexicons.lexicon("workNouns")
            workAnaphors = lexicons.lexicon("workAnaphors")
            letterNouns = lexicons.lexicon("letterNouns")
            male = lexicons.lexicon("malePronouns")
            female = lexicons.lexicon("femalePronouns")
            plural = lexicons.lexicon("pluralPronouns")
            neutral = lexicons.lexicon("neutralPronouns")
            firstPerson = lexicons.lexicon("firstPersonPronouns")
            maleTitles = lexicons.lexicon("maleTitles")
            femaleTitles = lexicons.lexicon("femaleTitles")
            maleNames = lexicons.lexicon("maleNames")
            femaleNames = lexicons.lexicon("femaleNames")
            transliteration = lexicons.lexicon("transliteration")
            prepositions = lexicons.lexicon("prepositions")
            people = PeopleLexicons(lexicons)
            adverbialParticles = lexicons.lexicon("adverbialParticles")
            attributiveParticles = lexicons.lexicon("attributiveParticles")
            pronounCompoundEnds = lexicons.lexicon("pronounCompoundEnds")
            adverbialEndings = lexicons.lexicon("adverbialEndings")
            copulas = lexicons.lexicon("copulas")
            placeSuffixes = lexicons.lexicon("placeSuffixes")
            roleEndings = lexicons.lexicon("roleEndings")
            surnameWords = lexicons.lexicon("surnameWords")
            mediaEndings = lexicons.lexicon("mediaEndings")
            cueLookalikes = lexicons.lexicon("cueLookalikes")
            personNouns = lexicons.lexicon("personNouns")
            institutionNouns = lexicons.lexicon("institutionNouns")
            narratorPronouns = lexicons.lexicon("narratorPronouns")
            narratorNames = lexicons.lexicon("narratorNames")
            pluralCounters = lexicons.lexicon("pluralCounters")
            reporterNouns = lexicons.lexicon("reporterNouns")
            agentSuffixes = lexicons.lexicon("agentSuffixes")
            hearingVerbs = lexicons.lexicon("hearingVerbs")
            seeingVerbs = lexicons.lexicon("seeingVerbs")
            punctuatedCues = lexicons.lexicon("punctuatedCues")
            seriesEnds = lexicons.lexicon("seriesEnds")
            personMeasures = lexicons.lexicon("personMeasures")
            givenNameEnds = lexicons.lexicon("givenNameEnds")
            femaleNameEnds = lexicons.lexicon("femaleNameEnds")
            givenNameCharacters = lexicons.lexicon("givenNameCharacters")
            givenNameFirstCharacters = lexicons.lexicon("givenNameFirstCharacters")
            bylineEnds = lexicons.lexicon("bylineEnds")
            creditLabels = lexicons.lexicon("creditLabels")
            datelineEnds = lexicons.lexicon("datelineEnds")
            directiveVerbs = lexicons.lexicon("directiveVerbs")
            // The counting words of several people count people too (几位专家 is a role, as 一位专家 is).
            personCounters = lexicons.union("personCounters", "pluralCounters")
            pluralSuffixes = lexicons.lexicon("pluralSuffixes")
            collectiveNouns = lexicons.lexicon("collectiveNouns")
            addressSuffixes = lexicons.lexicon("addressSuffixes")
            evenOpeners = lexicons.lexicon("evenOpeners")
            evenClosers = lexicons.lexicon("evenClosers")
            alsoWords = lexicons.lexicon("alsoWords")
            existentialVerbs = lexicons.lexicon("existentialVerbs")
            existentialAspects = lexicons.lexicon("existentialAspects")
            shareSigns = lexicons.lexicon("shareSigns")
            reduplicatedStates = lexicons.lexicon("reduplicatedStates")
            topicOpeners = lexicons.lexicon("topicOpeners")
            familiarPrefixes = lexicons.lexicon("familiarPrefixes")
            surnameMarkers = lexicons.lexicon("surnameMarkers")
            givenNamePrefixes = lexicons.lexicon("givenNamePrefixes")
            conversationNouns = lexicons.lexicon("conversationNouns")
            statementNouns = lexicons.lexicon("statementNouns")
            documentVoices = lexicons.lexicon("documentVoices")
            documentDeterminers = lexicons.lexicon("documentDeterminers")
            placeOpeners = lexicons.lexicon("placeOpeners")
            whenOpeners = lexicons.lexicon("whenOpeners")
            whenClosers = lexicons.lexicon("whenClosers")
            contrastWords = lexicons.lexicon("contrastWords")
            durativeParticles = lexicons.lexicon("durativeParticles")
            namingVerbs = lexicons.lexicon("namingVerbs")
            glossWords = lexicons.lexicon("glossWords")
            eventClosers = lexicons.lexicon("eventClosers")
            kinNouns = lexicons.union("maleKin", "femaleKin", "neutralKin")
            numerals = lexicons.lexicon("numerals")
            ordinalPrefixes = lexicons.lexicon("ordinalPrefixes")
            dateUnits = lexicons.lexicon("dateUnits")
            timesOfDay = lexicons.lexicon("timesOfDay")
            bracketedDayWords = lexicons.lexicon("bracketedDayWords")
            seriesJoiners = lexicons.lexicon("seriesJoiners")
            quotationNouns = lexicons.lexicon("quotationNouns")
            actCues = lexicons.lexicon("actCues")
            complementisers = lexicons.lexicon("complementisers")
            agentPrepositions = lexicons.lexicon("agentPrepositions")
            passiveAuxiliaries = lexicons.lexicon("passiveAuxiliaries")
            participleEndings = lexicons.lexicon("participleEndings")
            participleCues = lexicons.lexicon("participleCues")
            participleLinks = lexicons.lexicon("participleLinks")
            perfectiveParticles = lexicons.lexicon("perfectiveParticles")
        }
    }

    /// The lexicons that name people indirectly: by a pronoun, by kinship to someone else, or in address.
    struct PeopleLexicons: Sendable {
        let subjectPronouns, malePossessives, femalePossessives, pluralPossessives, maleKin, femaleKin, neutralKin,
            surnameKin, parentKin, nameParticles, vocativeOpeners, surnameTitles, givenNameTitles, keptTitles: Lexicon
        /// The prepositions that join an unnamed speaker to its organisation (a spokeswoman for the Data Office).
        let roleLinks: Lexicon
        /// Nouns a story names someone of known gender by (the old gentleman), after one of `definiteDeterminers`.
        let maleDescriptions, femaleDescriptions, definiteDeterminers: Lexicon
        /// The nouns of each group of the `descriptionSynonyms` lexicon (one group an entry, separated by spaces:
        /// "paper newspaper daily"), by each of its nouns, matched in any case: the paper stands for one introduced as a daily.
        let descriptionSynonyms: [String: Lexicon]
        /// The first word of `maleFamilyTitles` and `femaleFamilyTitles` (Mr., Mrs.), if any.
        let maleFamilyTitle, femaleFamilyTitle: String?

        init(_ lexicons: [String: Lexicon]) {
            subjectPronouns = lexicons.lexicon("subjectPronouns")
            malePossessives = lexicons.lexicon("malePossessives")
            femalePossessives = lexicons.lexicon("femalePossessives")
            pluralPossessives = lexicons.lexicon("pluralPossessives")
            maleKin = lexicons.lexicon("maleKin")
            femaleKin = lexicons.lexicon("femaleKin")
            neutralKin = lexicons.lexicon("neutralKin")
            surnameKin = lexicons.lexicon("surnameKin")
            parentKin = lexicons.lexicon("parentKin")
            nameParticles = lexicons.lexicon("nameParticles")
            vocativeOpeners = lexicons.lexicon("vocativeOpeners")
            surnameTitles = lexicons.lexicon("surnameTitles")
            var synonyms: [String: Lexicon] = [:]
            for group in lexicons.lexicon("descriptionSynonyms").words {
                let nouns = group.split(separator: " ").map { $0.lowercased() }
                let lexicon = Lexicon(nouns, caseInsensitive: true)
                for noun in nouns { synonyms[noun] = lexicon }
            }
            descriptionSynonyms = synonyms
            givenNameTitles = lexicons.lexicon("givenNameTitles")
            keptTitles = lexicons.lexicon("keptTitles")
            roleLinks = lexicons.lexicon("roleLinks")
            maleDescriptions = lexicons.lexicon("maleDescriptions")
            femaleDescriptions = lexicons.lexicon("femaleDescriptions")
            definiteDeterminers = lexicons.lexicon("definiteDeterminers")
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
            frameOpenerEnds = ScalarFilter(lastScalarsOf: lexicons.lexicon("frameOpeners"))
            prepositionEnds = ScalarFilter(lastScalarsOf: lexicons.lexicon("prepositions"))
            var titles = ScalarFilter(lastScalarsOf: lexicons.lexicon("titles"))
            titles.formUnion(ScalarFilter(lastScalarsOf: lexicons.lexicon("honorifics")))
            titleEnds = titles
            knownNameEnds = ScalarFilter(lastScalarsOf: lexicons.lexicon("knownNames"))
            surnameStarts = ScalarFilter(firstScalarsOf: lexicons.lexicon("surnames"))
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
        let variants = Self.scriptVariants(words["scriptVariants"] ?? [])
        scriptVariants = variants
        if !variants.isEmpty {
            for (name, list) in words where name != "scriptVariants" { words[name] = Self.spellings(of: list, variants) }
        }
        var compiled: [String: Lexicon] = [:]
        for (name, list) in words { compiled[name] = Lexicon(list, caseInsensitive: language == .en) }
        lexicons = compiled
        patterns = rules.map { rule in rule.pattern.flatMap { CompiledPattern($0, lexicons: compiled, caseInsensitive: language == .en) } }
        let merged = rules
        patternRules = merged.indices.filter { merged[$0].pattern != nil }
        upgradeRules = merged.indices.filter { merged[$0].pattern != nil && merged[$0].upgrade }
        readsNextLine = merged.contains { $0.nextLine }
        sievesUpgrade = merged.contains { $0.sieve != nil && $0.upgrade }
        seriesRuleIDs = Set(merged.filter { $0.sieve == .series }.map(\.id))
        noSpeakerRuleIDs = Set(merged.filter { $0.pattern != nil && $0.assign == .none }.map(\.id))
        sieveRules = merged.indices.filter { merged[$0].sieve != nil && merged[$0].sieve != .nearby && merged[$0].sieve != .turns }
        neighbourSides = patterns.map { $0?.neighbourSide ?? .unfiltered }
        neighbours = patterns.map { $0?.neighbour ?? ScalarFilter() }
        filters = Filters(compiled)
        common = CommonLexicons(compiled)
        works = WorkLexicons(compiled)
        lint = LintLexicons(compiled)
        let kinds = packs.filter { $0.language == language }.compactMap(\.kind)
        termMarkersBefore = Lexicon(kinds.flatMap(\.termMarkersBefore), caseInsensitive: language == .en)
        nounMarkersBefore = Lexicon(kinds.flatMap(\.nounMarkersBefore), caseInsensitive: language == .en)
        predicateMarkersBefore = Lexicon(kinds.flatMap(\.predicateMarkersBefore), caseInsensitive: language == .en)
        termMarkersAfter = Lexicon(kinds.flatMap(\.termMarkersAfter), caseInsensitive: language == .en)
        let defaults = KindClassifier.Rules(cues: [], termMarkersBefore: [], termMarkersAfter: [], quotationMarkersAfter: [])
        fragmentWords = kinds.first?.shortWords ?? defaults.shortWords
        nameLength = kinds.first?.nameLength ?? defaults.nameLength
        let model = packs.last { $0.language == language && $0.scorer != nil }?.scorer
        scorer = model.map { LinearSpeakerScorer($0, rules: merged) } ?? RuleConfidenceScorer()
        nearbyRule = merged.firstIndex { $0.sieve == .nearby }
        turnsRule = merged.firstIndex { $0.sieve == .turns }
    }

    subscript(_ name: String) -> Lexicon { lexicons.lexicon(name) }
}

extension CompiledPack {
    /// The most spellings a lexicon word gets from ``scriptVariants(_:)``.
    static let maxSpellings = 16

    /// The pack's `scriptVariants` (`说說説`: a character, then its other spellings) as a table.
    static func scriptVariants(_ entries: [String]) -> [Unicode.Scalar: [Unicode.Scalar]] {
        var table: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        for entry in entries {
            let scalars = Array(entry.unicodeScalars)
            guard let first = scalars.first, scalars.count > 1 else { continue }
            table[first, default: []].append(contentsOf: scalars.dropFirst())
        }
        return table
    }

    /// Each word, then its other spellings (说明 → 說明, 説明), at most ``maxSpellings`` a word. Words that map
    /// one form to another (峯→峰) stay as written: their two sides are not spellings of one word.
    static func spellings(of words: [String], _ variants: [Unicode.Scalar: [Unicode.Scalar]]) -> [String] {
        var result = words
        // UTF-8 bytes, not strings, are compared: hashing a Chinese string normalises it first, several times the cost.
        var seen = Set<[UInt8]>()
        let mapping: Unicode.Scalar = "→"
        var scalars: [Unicode.Scalar] = []
        var options: [[Unicode.Scalar]?] = []
        for word in words {
            scalars.removeAll(keepingCapacity: true)
            options.removeAll(keepingCapacity: true)
            var count = 1
            for scalar in word.unicodeScalars {
                let others = variants[scalar]
                scalars.append(scalar)
                options.append(others)
                if let others { count = min(maxSpellings, count * (1 + others.count)) }
            }
            // A word with no variant scalar (most English and many Chinese words) has no other spelling.
            guard count > 1, !scalars.contains(mapping) else { continue }
            if seen.isEmpty { seen = Set(words.map { Array($0.utf8) }) }
            // The first `count` combinations in order, the first scalar most significant (form 0 is the word itself).
            for form in 1..<count {
                var rest = form
                var choice = [Int](repeating: 0, count: scalars.count)
                for index in scalars.indices.reversed() {
                    guard let others = options[index] else { continue }
                    choice[index] = rest % (1 + others.count)
                    rest /= 1 + others.count
                }
                var utf8: [UInt8] = []
                utf8.reserveCapacity(scalars.count * 3)
                for (index, scalar) in scalars.enumerated() {
                    var chosen = scalar
                    if choice[index] > 0, let others = options[index] { chosen = others[choice[index] - 1] }
                    UTF8.encode(chosen) { utf8.append($0) }
                }
                if seen.insert(utf8).inserted { result.append(String(decoding: utf8, as: UTF8.self)) }
            }
        }
        return result
    }
}
