/// One document's attribution run: pattern rules, sieves, pronoun and continuation resolution.
struct AttributionEngine {
    struct Assigned {
        var speaker: Speaker?
        /// The named phrase the speaker stands for (the antecedent for pronouns and continuations).
        var phrase: SpeakerPhrase?
        var cue: String?
        var rule: String
        var confidence: Double
        var upgrade = false
        /// Whether a rule with a cue fired (as opposed to a sieve's guess).
        var fromPattern = true
    }

    let analysis: Analysis
    let context: AttributionContext
    let pack: CompiledPack
    let matcher: PatternMatcher
    let explain: Bool
    var assigned: [Assigned?]
    /// The quotes with a result in ``assigned``, in the order they got it.
    var attributed: [Int] = []
    var traces: [AttributionTrace] = []
    /// Every candidate the pattern rules and sieves proposed for each quote (the scorer picks among them).
    var candidates: [[SpeakerCandidate]]
    /// The pronoun a pattern rule matched before or after each quote (他说, she said), if any: its gender, and the
    /// rule's cue (kept when the pronoun resolves to the winner in the ranking phase).
    var pronouns: [(gender: SpeakerPhrase.Gender, cue: String?)?]
    /// A he or she a pattern rule matched that named nobody when the rules ran (“…,” he said, deep in a dialogue whose
    /// last named speaker is far back): the ranking phase offers the last speaker of that gender (``pronounTurnCandidate``).
    var unresolvedPronouns: [Int: (rule: Int, mention: SpeakerPhrase, cue: String?)] = [:]
    /// The character list, read once for the pack's language: its names, aliases and genders, its names by surname,
    /// its narrator.
    let people: ListedPeople
    /// Canonical names, aliases and genders (a character list).
    var aliases: SpeakerAliases { people.aliases }
    /// Registered sieves of the user's, by name.
    let sieves: [String: any AttributionSieve]
    /// The canonical name, before aliases, of each name proposed in the document (``computeCanonicalKeys()``).
    var canonicalKeys: [String: String] = [:]
    /// The opening marks of the top-level quotes, in text order (for counting quotes between a mention and a quote).
    var topOpens: [Int] = []
    /// Where each of them ends, in the same order (top-level quotes do not overlap).
    var topEnds: [Int] = []
    /// The share of the document's quotations that are not conversation turns (``SpeakerFeature/previousNarrative``).
    var narrativeShare = 1.0
    /// Whether the document reads as dialogue: at least half of its quotations are lines of their own (fiction,
    /// interviews), where news holds its quotes inside narrative paragraphs.
    var isDialogueText: Bool { narrativeShare <= 0.5 }
    /// English character lists' names by the last word of a name or alias of two words or more, where only one
    /// name has that last word (Poirot → Hercule Poirot), or only one man among those that have it: stories call
    /// people, men above all, by surname alone. Chinese lists' names by surname, where only one has it
    /// (``ListedPeople/chineseNamesBySurname(_:surnames:)``).
    var listedBySurname: [String: String] { people.bySurname }
    /// The person the character list marks as the narrator (``ListedPeople/narrator(in:names:)``): who says what "I said" introduces.
    var narrator: (name: String, gender: SpeakerPhrase.Gender)? { people.narrator }
    /// Per quote, the people pattern rules gave its neighbouring quotes in the same paragraph.
    var neighbourSpeakers: [[String]] = []
    /// With `explain`: each ranked quote's id, its candidates and the phrase each stands for (named when canonicalised).
    /// By id, not by trace index: the nested phase adds traces and puts them in text order after ranking.
    var rankedCandidates: [(quote: String, candidates: [(phrase: SpeakerPhrase?, trace: AttributionTrace.Candidate)])] = []
    /// The organisations a pattern rule has named as a speaker with a cue so far (中策組…一再強調「…」): one that opens a
    /// later clause is that clause's subject (``speakingOrganisation(_:_:)``).
    var speakingOrganisations = Lexicon()
    /// The first scalar of each of them: a clause that holds none of these near its start opens with none of them.
    var speakingOrganisationFirsts = ScalarFilter()
    /// Paragraph index of each quote's opening mark.
    let paragraphOf: [Int]
    /// Opening mark offset → outer end, for skipping quotes in forward scans.
    let openToEnd: MarkJumps
    /// Per quote, whether it is a fragment (``isFragment(_:)``), once asked: the pattern rules, the sieves and the
    /// ranking each ask, and each answer reads the whole quote.
    var fragments: [Bool?]
    /// Whether a blank line separates sections (stories, reports): in a text of one paragraph a line that has few of
    /// them. Where most paragraphs are followed by one, a blank line is only a paragraph's end.
    let blankLinesSeparateSections: Bool
    /// Whether the text is written a line per clause (Taiwan news: 林委員說，⏎這個方案…，⏎…): two lines in five or more
    /// end with a comma, so a few lines hold no more than a sentence.
    let writtenALinePerClause: Bool

    init(analysis: Analysis, pack: CompiledPack, explain: Bool, aliases: SpeakerAliases = SpeakerAliases(),
         sieves: [String: any AttributionSieve] = [:]) {
        self.init(analysis: analysis, pack: pack, explain: explain, people: ListedPeople(aliases, pack: pack), sieves: sieves)
    }

    /// `people`: the character list read once for the pack's language (``ListedPeople``).
    init(analysis: Analysis, pack: CompiledPack, explain: Bool, people: ListedPeople, sieves: [String: any AttributionSieve] = [:]) {
        self.analysis = analysis
        self.people = people
        self.sieves = sieves
        context = AttributionContext(analysis: analysis, pack: pack)
        if !people.aliases.isEmpty { context.listedForms = people.forms }
        self.pack = pack
        matcher = PatternMatcher(context: context)
        self.explain = explain
        // Each slot set to nil in place (`Array(repeating:count:)` copies a large optional into every slot).
        let quoteCount = analysis.quotes.count
        assigned = [Assigned?](unsafeUninitializedCapacity: quoteCount) { buffer, count in
            for k in 0..<quoteCount { (buffer.baseAddress! + k).initialize(to: nil) }
            count = quoteCount
        }
        candidates = Array(repeating: [], count: quoteCount)
        pronouns = Array(repeating: nil, count: quoteCount)
        fragments = Array(repeating: nil, count: quoteCount)
        paragraphOf = analysis.quotes.map(\.paragraph)
        var openToEnd = MarkJumps(capacity: analysis.scanned.count)
        for q in analysis.scanned { openToEnd.add(q.openIndex, analysis.document.scalars[q.openIndex], to: q.outerEnd) }
        self.openToEnd = openToEnd
        blankLinesSeparateSections = Self.blankLinesAreRare(in: analysis.document)
        writtenALinePerClause = Self.linesEndWithCommas(in: analysis.document, context: context)
    }

    /// Whether two lines in five or more end with a comma, in a text of one paragraph a line of more than four lines.
    static func linesEndWithCommas(in document: Document, context: AttributionContext) -> Bool {
        guard document.paragraphStyle == .line, document.paragraphs.count > 4 else { return false }
        return document.paragraphs.count { context.endsWithComma($0) } * 5 >= document.paragraphs.count * 2
    }

    /// Whether fewer than one paragraph in four is followed by a blank line, in a text of one paragraph a line.
    static func blankLinesAreRare(in document: Document) -> Bool {
        guard document.paragraphStyle == .line, document.paragraphs.count > 1 else { return false }
        let blank = (1..<document.paragraphs.count).count { document.hasBlankLine(beforeParagraph: $0) }
        return blank * 4 < document.paragraphs.count
    }

    /// The end of the quote that opens at `i`.
    @inline(__always) func endOf(openAt i: Int) -> Int? { openToEnd.target(at: i, in: s) }

    var s: [Unicode.Scalar] { context.s }
    var language: Language { context.language }

    // MARK: Windows

    /// - Parameter acrossLines: whether the window may reach back over lines ending with a comma; not for a term that
    ///   reads as a name (病人擔心「上火」, 一種「過敏症」), which a cue lines away would upgrade too readily, while
    ///   another one there is as often a clause or an idiom of the speaker's (林美說，⏎…，⏎「但是他唱得不好」, 「功不可沒」).
    func frame(_ i: Int, acrossLines: Bool = true) -> PatternMatcher.Frame {
        // The two offsets needed, not a copy of the scanned quote.
        let q = (openIndex: analysis.scanned[i].openIndex, outerEnd: analysis.scanned[i].outerEnd)
        let paragraphs = analysis.document.paragraphs
        let p = paragraphOf[i]
        var lower = paragraphs.isEmpty ? 0 : paragraphs[p].start
        if p > 0, lower <= q.openIndex, (lower..<q.openIndex).allSatisfy({ context.isSpace($0) }) { lower = paragraphs[p - 1].start }
        // Text broken into a line per clause (林英說，⏎依據…，⏎…是很「…」) continues its sentence across a line that
        // ends with a comma: the window reaches back to the sentence's first line, as far as the limit below.
        // (Chinese news lines only: English prose is not written so.)
        var k = p > 0 && p < paragraphs.count && paragraphs[p].start > lower ? p - 1 : p
        while acrossLines, language == .zh, k > 0, k < paragraphs.count, paragraphs[k].start > q.openIndex - 120, context.endsWithComma(paragraphs[k - 1]) {
            k -= 1
            lower = paragraphs[k].start
        }
        lower = max(lower, q.openIndex - 120, 0)
        let last = max(q.outerEnd - 1, 0)
        let pe = p < paragraphs.count && paragraphs[p].start <= last && last < paragraphs[p].end
            ? p : analysis.document.paragraphIndex(containing: last) ?? p
        var upper = paragraphs.isEmpty ? s.count : paragraphs[pe].end
        // A quote that ends its paragraph may be attributed by the line after it (“…”⏎她又说。), unless that line opens
        // with another quote.
        var nextParagraph: Int? = nil
        if pack.readsNextLine, pe + 1 < paragraphs.count, q.outerEnd <= upper, (q.outerEnd..<upper).allSatisfy({ context.isSpace($0) }) {
            let next = paragraphs[pe + 1]
            let first = context.skipSpaceForward(next.start, next.end)
            if first < next.end, !CharacterClass.isQuotationMark(s[first].value) {
                upper = next.end
                nextParagraph = next.start
            }
        }
        // Text broken at every clause (」一位爸爸說：⏎「…) puts the opening mark of the quote a colon or comma
        // introduces on the next line: the rules that read what introduces a quote see that mark, and nothing after it.
        if nextParagraph == nil, pe + 1 < paragraphs.count, upper == paragraphs[pe].end, q.outerEnd < upper,
           context.endsWithColonOrComma(paragraphs[pe]) {
            let next = paragraphs[pe + 1]
            let first = context.skipSpaceForward(next.start, next.end)
            if first < next.end, CharacterClass.isQuotationMark(s[first].value) { upper = first + 1 }
        }
        upper = max(q.outerEnd, min(upper, q.outerEnd + 80))
        return PatternMatcher.Frame(open: q.openIndex, outerEnd: q.outerEnd, lower: min(lower, q.openIndex), upper: min(upper, s.count),
                                    nextParagraph: nextParagraph)
    }

    // MARK: Run

    /// Pattern rules for every quote of a paragraph, then sieves for the quotes left, paragraph by paragraph,
    /// so that pronouns and turns in later paragraphs see every earlier attribution.
    mutating func run() {
        computeNarrativeShare()
        let tops = analysis.scanned.indices.filter { analysis.quotes[$0].depth == 0 }.map { analysis.scanned[$0] }.sorted { $0.openIndex < $1.openIndex }
        topOpens = tops.map(\.openIndex)
        topEnds = tops.map(\.outerEnd)
        var k = 0
        while k < analysis.quotes.count {
            var j = k
            while j < analysis.quotes.count, paragraphOf[j] == paragraphOf[k] { j += 1 }
            for i in k..<j { runPatterns(i) }
            for i in k..<j { runSieves(i) }
            k = j
        }
    }

    /// How many of the document's quotations stand in paragraphs of their own (``narrativeShare``): the sieves and the
    /// ranking both ask whether the document reads as dialogue.
    mutating func computeNarrativeShare() {
        var quotations = 0, turns = 0
        var lastParagraph = -1, lastIsTurn = false
        for i in analysis.quotes.indices where analysis.quotes[i].depth == 0 && analysis.quotes[i].kind == .quotation {
            if paragraphOf[i] != lastParagraph { lastParagraph = paragraphOf[i]; lastIsTurn = paragraphIsTurn(lastParagraph) }
            quotations += 1
            if lastIsTurn { turns += 1 }
        }
        narrativeShare = quotations == 0 ? 1 : 1 - Double(turns) / Double(quotations)
    }

    mutating func runPatterns(_ i: Int) {
        do {
            // Read the fields needed, not a copy of the whole quote (a dozen reference counts).
            guard analysis.quotes[i].depth == 0 else { return }
            let isTerm = analysis.quotes[i].kind != .quotation
            // A fragment (“shocking”) is tried, like a term, only with the rules that may upgrade one: a speaker's cue
            // that governs it (said it was “…”), not a name and a cue that introduce something else (said Mr Blair “…”).
            let termLike = isTerm || fragment(i)
            let frame = frame(i, acrossLines: !termLike || !readsAsName(i))
            // A term right after a term marker (所谓“…”, 所谓的“…”, so-called "…") stays a term whatever rule matches, and so does
            // a title after a word that says it names a work (電影「…」, the lint's `quotedWorkCues`).
            if isTerm {
                let before = context.skipSpaceBack(frame.open, frame.lower)
                let limit = max(frame.lower, before - 12)
                // The marker may end right before the quote or before an attributive particle there (所谓的“…”).
                let particle = before - 1 > limit && context.attributiveParticles.contains(s[before - 1])
                if before > frame.lower, pack.termMarkersBefore.longestMatch(in: s, endingAt: before, limit: limit) != nil
                    || particle && pack.termMarkersBefore.longestMatch(in: s, endingAt: before - 1, limit: limit) != nil
                    || pack.lint.quotedWorkCues.longestMatch(in: s, endingAt: before, limit: limit) != nil {
                    return
                }
            }
            // A term that modifies what follows (“三多”的特点) is left to the rules that read what follows it (以“…”形容).
            let modifies = termLike && modifiesWhatFollows(frame, contentEnd: analysis.scanned[i].contentEnd)
            // The characters next to the quote: most rules need a colon, a comma or a cue there (see CompiledPattern.neighbour).
            let before = context.skipSpaceBack(frame.open, frame.lower)
            let valueBefore: UInt32? = before > frame.lower ? s[before - 1].value : nil
            let after = context.skipSpaceForward(frame.outerEnd, frame.upper)
            let valueAfter: UInt32? = after < frame.upper ? s[after].value : nil
            let opensLine = context.opensLine(frame.open)
            var steps: [AttributionTrace.Step] = []
            // A term is only tried with the rules that may upgrade it.
            for r in termLike ? pack.upgradeRules : pack.patternRules {
                // Without a trace to write, a rule whose first slots cannot match is skipped here (PatternMatcher.mayFire,
                // below, would reject it too).
                if !explain {
                    switch pack.neighbourSides[r] {
                    case .unfiltered: break
                    case .before: guard let v = valueBefore, pack.neighbours[r].mayContain(v) else { continue }
                    case .after: guard let v = valueAfter, pack.neighbours[r].mayContain(v) else { continue }
                    }
                }
                if pack.rules[r].introducingLine, introducedByLineBefore(frame.open) {
                    if explain { steps.append(.init(rule: pack.rules[r].id, fired: false, detail: "the line before introduces the quote")) }
                    continue
                }
                if pack.rules[r].opensLine, !opensLine {
                    if explain { steps.append(.init(rule: pack.rules[r].id, fired: false, detail: "the quote does not open its line")) }
                    continue
                }
                if pack.rules[r].fallback, candidates[i].contains(where: { $0.cue != nil && ($0.mention.map { $0.form != .zero } ?? false) }) {
                    if explain { steps.append(.init(rule: pack.rules[r].id, fired: false, detail: "a fallback, and an earlier rule named a speaker with a cue")) }
                    continue
                }
                guard let compiled = pack.patterns[r] else {
                    if explain { steps.append(.init(rule: pack.rules[r].id, fired: false, detail: "no quote slot")) }
                    continue
                }
                if modifies, compiled.after.isEmpty {
                    if explain { steps.append(.init(rule: pack.rules[r].id, fired: false, detail: "the term modifies the words after it")) }
                    continue
                }
                // Most rules fail at their first slots: found out before the matcher is called (see PatternMatcher.mayFire).
                if !explain, !matcher.mayFire(compiled, frame) { continue }
                let (matched, why) = matchPattern(compiled, quote: i, frame: frame)
                guard let capture = matched else {
                    if explain { steps.append(.init(rule: pack.rules[r].id, fired: false, detail: why)) }
                    continue
                }
                let rule = pack.rules[r]
                if let next = frame.nextParagraph, let speaker = capture.speaker, speaker.range.lowerBound >= next,
                   !rule.nextLine || !rule.introducingLine && introducesWhatFollows(lineAt: next) || endsLineAfterComma(cue: capture.cueRange) {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "matched on the next line, which introduces words of its own")) }
                    continue
                }
                // A speaker after the quote whose cue opens a report of its own does not claim a quote that what stands
                // before it already introduces (see introducedBefore).
                if let speaker = capture.speaker, let cue = capture.cueRange, speaker.range.lowerBound >= frame.outerEnd,
                   opensReportAfterComma(cue: cue), let why = introducedBefore(i, open: frame.open, speaker: speaker, cue: cue) {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: why)) }
                    continue
                }
                // A work after a frame's opener (周明在《远行》一书中写道：, 他对《东海日报》说) is where or to whom someone
                // speaks, not the clause's subject: the one before the frame speaks.
                if language == .zh, let speaker = capture.speaker, speaker.form == .work, workStandsInFrame(speaker.range, lower: frame.lower) {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "the work stands in a frame")) }
                    continue
                }
                // A byline that ends its line (特约记者王立新报道⏎“…”) names who reports the words below it, not who says them.
                if language == .zh, let cue = capture.cueRange, cue.upperBound <= frame.open, endsBylineLine(cue) {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "the cue ends a byline's line")) }
                    continue
                }
                // A reporter's credit in brackets after the words (“…”（记者王立新）) signs the report: no one said them so.
                if language == .zh, let speaker = capture.speaker, !speaker.range.isEmpty, context.inCreditBrackets(speaker.range.upperBound) {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "the speaker is a reporter's credit in brackets")) }
                    continue
                }
                // A cue inside another quote's words (the 道 of 『青山市國道管理處』完成的『…』) is part of what that quote
                // says or names, not a verb of the narrative. (Chinese only: English straight quotes pair less surely.)
                if language == .zh, let cue = capture.cueRange, isQuoted(cue.lowerBound) {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "the cue is inside another quote")) }
                    continue
                }
                // The narrator's "I" speaks in the narrative, not inside a quote a gap reached into (“…我估计…”⏎“怎？”).
                if let speaker = capture.speaker, speaker.gender == .firstPerson, isQuoted(speaker.range.lowerBound) {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "the first person is inside a quote")) }
                    continue
                }
                if isTerm, !upgradesTerm(rule, capture) || !separatedFromSpeakerAfter(i, capture) {
                    // A rule that says nobody speaks, matched without a cue (本报…电记者张明报道：“…”), keeps the term
                    // nobody's: no later rule upgrades it with the reporter.
                    if rule.assign == .none {
                        if explain { steps.append(.init(rule: rule.id, fired: false, detail: "matched: the term stays a term, nobody's")) }
                        break
                    }
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "matched, but a term is upgraded only with a speaker in the text and a cue")) }
                    continue
                }
                var result = apply(rule, capture, quote: i)
                result.upgrade = isTerm
                if let pronoun = capture.speaker, pronoun.form == .pronoun, pronouns[i] == nil {
                    pronouns[i] = (pronoun.gender, result.cue)
                    if result.speaker == nil, pronoun.gender == .male || pronoun.gender == .female {
                        unresolvedPronouns[i] = (r, pronoun, result.cue)
                    }
                }
                if assigned[i] == nil {
                    assigned[i] = result
                    attributed.append(i)
                }
                if let phrase = result.phrase, phrase.form == .organisation, result.cue != nil, let first = phrase.name.unicodeScalars.first {
                    speakingOrganisations.insert(phrase.name)
                    speakingOrganisationFirsts.insert(first.value)
                }
                if explain { steps.append(.init(rule: rule.id, fired: true, detail: describe(result, capture))) }
                // Every rule that fires proposes its speaker; a few are enough for the scorer to compare. The narrator's
                // "I" with no narrator known proposes nobody: no person named nearby said what the narrator says.
                if result.speaker != nil || rule.assign == .none || capture.speaker?.gender == .firstPerson {
                    candidates[i].append(SpeakerCandidate(rule: r, phrase: result.speaker == nil ? nil : result.phrase, mention: capture.speaker,
                                                          key: nil, cue: result.cue, resolution: result.speaker?.resolution ?? .explicit,
                                                          upgrade: isTerm))
                }
                // The first two rules that fire are enough for the scorer to compare (trying every rule on every quote is
                // not), and one is when it names its speaker with a cue.
                if candidates[i].count >= 2 || candidates[i].first.map(Self.settles) == true { break }
            }
            if let dropped = yieldToNearerSpeaker(i) {
                if explain { steps.append(.init(rule: pack.rules[dropped].id, fired: false, detail: "its gap reaches over a nearer speaker with a cue")) }
            }
            if explain { traces.append(trace(i, steps)) }
        }
    }

    /// A speech verb that ends the words right before a quote's opening mark and its colon or comma (视察工地时说：,
    /// 冷冷地插入道︰): the cue reported for a speaker that a rule found in those words read as a predicate. It names the
    /// verb only: a guessed subject does not become a cue-backed one. One character is a verb only as a word of its own
    /// (道, not the 道 of 知道).
    /// Whether the cue at `cue` is a word of `bylineEnds` (报道, 報導) that ends its line.
    func endsBylineLine(_ cue: Range<Int>) -> Bool {
        var after = cue.upperBound
        while after < s.count, !CharacterClass.isLineBreak(s[after].value), context.isSpace(after) { after += 1 }
        guard after < s.count, CharacterClass.isLineBreak(s[after].value) else { return false }
        return context.bylineEnds.longestMatch(in: s, endingAt: cue.upperBound, limit: cue.lowerBound) == cue.count
    }

    func cueBeforeOpening(_ i: Int) -> String? {
        var end = context.skipSpaceBack(analysis.scanned[i].openIndex, 0)
        guard end > 0 else { return nil }
        let v = s[end - 1].value
        if Self.introducesWords(v) || CharacterClass.isFullWidthColon(v) { end = context.skipSpaceBack(end - 1, 0) }
        guard let length = cueLength(endingAt: end) else { return nil }
        return context.string(end - length..<end)
    }

    /// The length of the cue that ends at `end`, found within 8 scalars; one character only as a word of its own.
    func cueLength(endingAt end: Int) -> Int? {
        guard end > 0, let length = context.cues.longestMatch(in: s, endingAt: end, limit: max(0, end - 8)),
              length >= 2 || context.endsWord(at: end - length) else { return nil }
        return length
    }

    /// Whether a quote's first pattern candidate settles the pattern phase: a speaker named by a name, a role, an
    /// organisation or a pronoun, with a cue (张明教授说：, 发言人表示，, she said). A second rule then almost always
    /// proposes the same person (the split quote's other half, the same clause read from the other side), so the
    /// remaining rules are not tried; bare given names and empty subjects, which are guesses, still get a second
    /// candidate. The sieves and the scorer still rank it against the people nearby.
    static func settles(_ candidate: SpeakerCandidate) -> Bool {
        guard candidate.cue != nil, let form = candidate.mention?.form else { return false }
        return form == .name || form == .role || form == .organisation || form == .pronoun
    }

    func trace(_ i: Int, _ steps: [AttributionTrace.Step]) -> AttributionTrace {
        let q = analysis.quotes[i]
        let short = q.text.count > 24 ? String(q.text.prefix(24)) + "…" : q.text
        return AttributionTrace(quote: q.id, text: short, line: q.line, steps: steps, start: q.start, end: q.end)
    }

    func describe(_ a: Assigned, _ capture: PatternMatcher.Capture) -> String {
        var parts: [String] = []
        if let sp = capture.speaker, !sp.mention.isEmpty { parts.append("matched speaker phrase “\(sp.mention)” (\(sp.form.rawValue))") }
        if let sp = a.speaker { parts.append("speaker \(sp.name) [\(sp.resolution.rawValue)]") } else { parts.append("no speaker") }
        if let cue = a.cue { parts.append("cue \(cue)") }
        return parts.joined(separator: ", ")
    }

    mutating func apply(_ rule: RulePack.Rule, _ capture: PatternMatcher.Capture, quote i: Int) -> Assigned {
        var result = Assigned(speaker: nil, phrase: nil, cue: capture.cue, rule: rule.id, confidence: rule.confidence)
        let q = analysis.scanned[i]
        switch rule.assign {
        case .none:
            return result
        case .continuation, .sender:
            // Without a subject slot (信中说，…“…”), the subject is sought before the cue, not inside the gap after it.
            let at = capture.speaker.map { $0.range.lowerBound < q.openIndex ? $0.range.lowerBound : q.openIndex }
                ?? min(q.openIndex, capture.cueRange?.lowerBound ?? q.openIndex)
            // A message speaks for whoever the text says sent it, before any other subject nearby.
            if let phrase = (rule.assign == .sender ? senderOfMessage(before: at, quote: i) : nil) ?? resolveContinuation(i, at: at) {
                result.phrase = phrase
                result.speaker = Speaker(name: phrase.name, mention: phrase.mention, title: phrase.title, resolution: .continuation)
            }
            return result
        case .speaker:
            guard let phrase = capture.speaker else { return result }
            switch phrase.form {
            case .role where phrase.kinship != nil:
                let resolved = resolveKinship(i, phrase)
                result.phrase = resolved
                result.speaker = Speaker(name: resolved.name, mention: phrase.mention, title: resolved.title,
                                         start: phrase.range.lowerBound, end: phrase.range.upperBound,
                                         resolution: resolved.name == phrase.name ? .explicit : .pronoun)
            case .name, .bare, .role, .organisation:
                // A document speaks for whoever the text says issued it (东海市政府发表声明。声明说：).
                let issuer = issuerOfDocument(phrase, quote: i)
                let named = issuer ?? phrase
                result.phrase = named
                result.speaker = Speaker(name: named.name, mention: phrase.mention, title: named.title, start: phrase.range.lowerBound,
                                         end: phrase.range.upperBound, resolution: issuer == nil ? .explicit : .continuation)
            case .pronoun:
                if let antecedent = resolvePronoun(i, phrase) {
                    result.phrase = antecedent
                    result.speaker = Speaker(name: antecedent.name, mention: phrase.mention, title: antecedent.title,
                                             start: phrase.range.lowerBound, end: phrase.range.upperBound, resolution: .pronoun)
                }
            case .zero:
                let at = phrase.range.lowerBound < q.openIndex ? phrase.range.lowerBound : q.openIndex
                if let antecedent = resolveContinuation(i, at: at) {
                    result.phrase = antecedent
                    result.speaker = Speaker(name: antecedent.name, mention: antecedent.mention, title: antecedent.title, resolution: .continuation)
                }
            case .work:
                break
            }
            return result
        }
    }

    /// Of two people named before a quote by rules that matched a cue, the one nearer the quote governs it when the
    /// other rule reached it through a gap (林英傑表示，…，總教練郭泰源要他「…」: the bidding coach, not the one whose
    /// report the sentence opens with). Drops the farther candidate and returns its rule.
    mutating func yieldToNearerSpeaker(_ i: Int) -> Int? {
        let list = candidates[i]
        guard list.count == 2 else { return nil }
        let open = analysis.scanned[i].openIndex
        func named(_ candidate: SpeakerCandidate) -> Int? {
            guard candidate.cue != nil, candidate.phrase != nil, let mention = candidate.mention,
                  [.name, .role, .organisation].contains(mention.form), mention.range.upperBound <= open else { return nil }
            return mention.range.lowerBound
        }
        guard let first = named(list[0]), let second = named(list[1]), first != second,
              list[0].phrase?.name != list[1].phrase?.name else { return nil }
        let farther = first < second ? 0 : 1
        guard let pattern = pack.patterns[list[farther].rule], pattern.before.contains(where: { $0.kind == .gap }) else { return nil }
        let nearer = list[1 - farther]
        if assigned[i]?.rule == pack.rules[list[farther].rule].id {
            assign(nearer, to: i, from: [nearer], confidence: pack.rules[nearer.rule].confidence)
        }
        candidates[i].remove(at: farther)
        return list[farther].rule
    }

    /// Whether `pos` lies inside a top-level quote, marks included.
    func isQuoted(_ pos: Int) -> Bool {
        let k = topOpens.partitionPoint { $0 <= pos } - 1
        return k >= 0 && topEnds[k] > pos
    }
}
