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
    let matcher: PatternMatcher
    let explain: Bool
    var assigned: [Assigned?]
    var traces: [AttributionTrace] = []
    /// Paragraph index of each quote's opening mark.
    let paragraphOf: [Int]
    /// Opening mark offset → outer end, for skipping quotes in forward scans.
    var openToEnd: [Int: Int] = [:]

    init(analysis: Analysis, pack: CompiledPack, explain: Bool) {
        self.analysis = analysis
        context = AttributionContext(analysis: analysis, pack: pack)
        matcher = PatternMatcher(context: context)
        self.explain = explain
        assigned = Array(repeating: nil, count: analysis.quotes.count)
        paragraphOf = analysis.quotes.map(\.paragraph)
        for q in analysis.scanned { openToEnd[q.openIndex] = q.outerEnd }
    }

    var s: [Unicode.Scalar] { context.s }
    var language: Language { context.language }

    // MARK: Windows

    func frame(_ i: Int) -> PatternMatcher.Frame {
        let q = analysis.scanned[i]
        let doc = analysis.document
        let p = doc.paragraphIndex(containing: q.openIndex) ?? 0
        var lower = doc.paragraphs.isEmpty ? 0 : doc.paragraphs[p].start
        if p > 0, lower <= q.openIndex, (lower..<q.openIndex).allSatisfy({ context.isSpace($0) }) { lower = doc.paragraphs[p - 1].start }
        lower = max(lower, q.openIndex - 120, 0)
        let pe = doc.paragraphIndex(containing: max(q.outerEnd - 1, 0)) ?? p
        var upper = doc.paragraphs.isEmpty ? s.count : doc.paragraphs[pe].end
        upper = max(q.outerEnd, min(upper, q.outerEnd + 80))
        return PatternMatcher.Frame(open: q.openIndex, outerEnd: q.outerEnd, lower: min(lower, q.openIndex), upper: min(upper, s.count))
    }

    // MARK: Run

    mutating func run() {
        let rules = context.pack.rules
        for i in analysis.quotes.indices {
            let quote = analysis.quotes[i]
            guard quote.depth == 0 else { continue }
            let isTerm = quote.kind != .quotation
            let frame = frame(i)
            var steps: [AttributionTrace.Step] = []
            for rule in rules {
                guard let pattern = rule.pattern else { continue }
                if isTerm && !rule.upgrade { continue }
                let (capture, why) = matcher.match(pattern, frame)
                guard let capture else {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: why)) }
                    continue
                }
                if isTerm, !(capture.speaker?.form == .name || capture.speaker?.form == .pronoun) || capture.cue == nil {
                    if explain { steps.append(.init(rule: rule.id, fired: false, detail: "matched, but a term is upgraded only with a named speaker and a cue")) }
                    continue
                }
                var result = apply(rule, capture, quote: i)
                result.upgrade = isTerm
                assigned[i] = result
                if explain { steps.append(.init(rule: rule.id, fired: true, detail: describe(result, capture))) }
                break
            }
            if explain { traces.append(trace(i, steps)) }
        }
        runSieves()
    }

    func trace(_ i: Int, _ steps: [AttributionTrace.Step]) -> AttributionTrace {
        let q = analysis.quotes[i]
        let short = q.text.count > 24 ? String(q.text.prefix(24)) + "…" : q.text
        return AttributionTrace(quote: q.id, text: short, line: q.line, steps: steps)
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
        case .continuation:
            let at = capture.speaker.map { $0.range.lowerBound < q.openIndex ? $0.range.lowerBound : q.openIndex } ?? q.openIndex
            if let phrase = resolveContinuation(i, at: at) {
                result.phrase = phrase
                result.speaker = Speaker(name: phrase.name, mention: phrase.mention, title: phrase.title, resolution: .continuation)
            }
            return result
        case .speaker:
            guard let phrase = capture.speaker else { return result }
            switch phrase.form {
            case .name, .role, .organisation:
                result.phrase = phrase
                result.speaker = Speaker(name: phrase.name, mention: phrase.mention, title: phrase.title,
                                         start: phrase.range.lowerBound, end: phrase.range.upperBound, resolution: .explicit)
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

    // MARK: Resolution

    /// The subject of the nearest earlier clause in this sentence or the previous one (杜甫 in 杜甫总结…，认为“…”),
    /// jumping over quotes and titles.
    func subjectBefore(_ pos: Int) -> SpeakerPhrase? {
        guard language == .zh else { return nil }
        let doc = analysis.document
        let p = doc.paragraphIndex(containing: max(0, pos - 1)) ?? 0
        // Several short lines may make one sentence (text broken at commas): look back a few paragraphs,
        // bounded by two sentence ends and 300 scalars.
        var limit = doc.paragraphs.isEmpty ? 0 : doc.paragraphs[max(0, p - 4)].start
        if limit > pos { limit = pos }
        limit = max(limit, pos - 300)
        var i = pos
        var clauseEnd = pos
        var sentences = 0
        while i > limit {
            let v = s[i - 1].value
            if let o = context.closeToOpen[i - 1], o >= limit, o < i - 1 {
                i = o
                continue
            }
            if context.isClauseBoundary(v) {
                if let phrase = subject(i, clauseEnd) { return phrase }
                if context.isSentenceEnd(i - 1) {
                    sentences += 1
                    if sentences >= 2 { return nil }
                }
                clauseEnd = i - 1
            }
            i -= 1
        }
        return i == limit ? subject(limit, clauseEnd) : nil
    }

    private func subject(_ a: Int, _ b: Int) -> SpeakerPhrase? {
        guard a < b else { return nil }
        guard let phrase = context.parseChineseLeading(a, b) else { return nil }
        switch phrase.form {
        case .name, .role, .organisation, .pronoun, .work: return phrase
        case .zero: return nil
        }
    }

    func resolveContinuation(_ i: Int, at pos: Int) -> SpeakerPhrase? {
        if let phrase = subjectBefore(pos) {
            switch phrase.form {
            case .work: return nil
            case .pronoun: return resolvePronoun(i, phrase)
            default: return phrase
            }
        }
        return previousSpeaker(i, paragraphs: 1, gender: nil)
    }

    /// The named speaker of the closest earlier attributed quote within `paragraphs` paragraphs.
    func previousSpeaker(_ i: Int, paragraphs: Int, gender: SpeakerPhrase.Gender?) -> SpeakerPhrase? {
        var j = i - 1
        while j >= 0, paragraphOf[i] - paragraphOf[j] <= paragraphs {
            if analysis.quotes[j].depth == 0, let a = assigned[j], let phrase = a.phrase, compatible(phrase, gender) { return phrase }
            j -= 1
        }
        return nil
    }

    func compatible(_ phrase: SpeakerPhrase, _ gender: SpeakerPhrase.Gender?) -> Bool {
        guard let gender, gender != .unknown else { return true }
        if phrase.gender == .unknown { return gender != .plural }
        return phrase.gender == gender
    }

    func resolvePronoun(_ i: Int, _ pronoun: SpeakerPhrase) -> SpeakerPhrase? {
        if pronoun.gender == .plural { return nil }
        let gender = pronoun.gender
        if language == .zh {
            if let subject = subjectBefore(pronoun.range.lowerBound), subject.isNamed, compatible(subject, gender) { return subject }
            return previousSpeaker(i, paragraphs: 3, gender: gender)
        }
        // English: named subjects and speakers in this paragraph before the pronoun, then in up to six
        // earlier paragraphs (nearest first); an exact gender match wins over an unknown gender.
        let q = analysis.scanned[i]
        let doc = analysis.document
        let p = paragraphOf[i]
        var candidates: [SpeakerPhrase] = []
        var k = p
        while k >= 0, p - k <= 6, k < doc.paragraphs.count {
            let para = doc.paragraphs[k]
            let end = k == p ? min(q.openIndex, pronoun.range.lowerBound) : para.end
            var here: [(Int, SpeakerPhrase)] = englishMentions(para.start..<max(para.start, end)).map { ($0.range.lowerBound, $0) }
            for j in quotes(inParagraph: k) where j < i {
                if let phrase = assigned[j]?.phrase { here.append((analysis.scanned[j].openIndex, phrase)) }
            }
            candidates.append(contentsOf: here.sorted { $0.0 > $1.0 }.map(\.1))
            k -= 1
        }
        if let exact = candidates.first(where: { $0.gender == gender }) { return exact }
        return candidates.first { compatible($0, gender) }
    }

    static let prepositions: Set<String> = ["to", "at", "with", "of", "for", "from", "by", "on", "upon", "in", "into", "towards",
                                            "toward", "about", "than", "like", "after", "before", "under", "over", "behind", "between"]

    /// Named subjects (not objects of a preposition) in a range of narrative, outside quotes.
    func englishMentions(_ range: Range<Int>) -> [SpeakerPhrase] {
        guard range.lowerBound < range.upperBound else { return [] }
        var result: [SpeakerPhrase] = []
        var i = range.lowerBound
        var previousWord = ""
        let c = context
        while i < range.upperBound {
            if let end = openToEnd[i] { i = end; previousWord = ""; continue }
            if c.isLetter(i), !c.isLetter(i - 1) {
                if let w = c.wordForward(i, range.upperBound) {
                    if c.isCapitalised(w), !Self.prepositions.contains(previousWord),
                       let phrase = c.parseEnglishForward(i, range.upperBound), phrase.form == .name {
                        result.append(phrase)
                        i = phrase.range.upperBound
                        previousWord = ""
                        continue
                    }
                    previousWord = c.string(w).lowercased()
                    i = w.upperBound
                    continue
                }
            }
            if !c.isSpace(i) { previousWord = "" }
            i += 1
        }
        return result
    }

    // MARK: Sieves

    mutating func runSieves() {
        let sieves = context.pack.rules.filter { $0.sieve != nil }
        guard !sieves.isEmpty else { return }
        var traceIndex: [String: Int] = [:]
        for (k, t) in traces.enumerated() { traceIndex[t.quote] = k }
        for i in analysis.quotes.indices {
            let quote = analysis.quotes[i]
            guard quote.depth == 0, quote.kind == .quotation, assigned[i] == nil else { continue }
            for rule in sieves {
                guard let sieve = rule.sieve else { continue }
                let (found, why) = applySieve(sieve, i)
                if let (phrase, resolution, mention) = found {
                    assigned[i] = Assigned(speaker: Speaker(name: phrase.name, mention: mention?.mention ?? phrase.mention, title: phrase.title,
                                                            start: mention?.range.lowerBound, end: mention?.range.upperBound, resolution: resolution),
                                           phrase: phrase, cue: nil, rule: rule.id, confidence: rule.confidence, fromPattern: false)
                    if explain, let k = traceIndex[quote.id] {
                        traces[k].steps.append(.init(rule: rule.id, fired: true, detail: "speaker \(phrase.name) [\(resolution.rawValue)]"))
                    }
                    break
                } else if explain, let k = traceIndex[quote.id] {
                    traces[k].steps.append(.init(rule: rule.id, fired: false, detail: why))
                }
            }
        }
    }

    func applySieve(_ sieve: RulePack.Sieve, _ i: Int) -> ((SpeakerPhrase, Speaker.Resolution, SpeakerPhrase?)?, String) {
        switch sieve {
        case .sameParagraph:
            var best: (distance: Int, phrase: SpeakerPhrase)? = nil
            for j in analysis.quotes.indices where j != i && paragraphOf[j] == paragraphOf[i] && analysis.quotes[j].depth == 0 {
                guard let a = assigned[j], a.fromPattern, let phrase = a.phrase else { continue }
                let distance = j < i ? i - j : (j - i) + 1000
                if best == nil || distance < best!.distance { best = (distance, phrase) }
            }
            if let best { return ((best.phrase, .continuation, nil), "") }
            return (nil, "no other quote in the paragraph has a speaker")
        case .mention:
            let q = analysis.scanned[i]
            let doc = analysis.document
            let p = paragraphOf[i]
            guard p < doc.paragraphs.count else { return (nil, "no paragraph") }
            let para = doc.paragraphs[p]
            if language == .en {
                let before = englishMentions(para.start..<q.openIndex)
                if let m = before.last { return ((m, .explicit, m), "") }
                let after = englishMentions(q.outerEnd..<para.end)
                if let m = after.first { return ((m, .explicit, m), "") }
                return (nil, "no name in the paragraph outside quotes")
            }
            if let m = subjectBefore(q.openIndex), m.isNamed { return ((m, .explicit, m), "") }
            return (nil, "no clause subject before the quote")
        case .alternation:
            let p = paragraphOf[i]
            guard paragraphIsTurn(p) else { return (nil, "the paragraph is not a conversation turn (it has narrative besides quotes)") }
            guard let a = speakerOfParagraph(p - 1) else { return (nil, "the previous paragraph has no attributed quote") }
            var k = p - 2
            while k >= 0, p - k <= 12, paragraphHasQuote(k) {
                if let b = speakerOfParagraph(k), b.name != a.name { return ((b, .alternation, nil), "") }
                k -= 1
            }
            return (nil, "no second speaker in the preceding turns")
        }
    }

    func quotes(inParagraph p: Int) -> [Int] {
        guard p >= 0 else { return [] }
        // Quotes are in text order; binary search would do, but runs are short.
        var lo = 0, hi = paragraphOf.count
        while lo < hi { let mid = (lo + hi) / 2; if paragraphOf[mid] < p { lo = mid + 1 } else { hi = mid } }
        var result: [Int] = []
        var j = lo
        while j < paragraphOf.count, paragraphOf[j] == p { if analysis.quotes[j].depth == 0 { result.append(j) }; j += 1 }
        return result
    }

    func paragraphHasQuote(_ p: Int) -> Bool {
        quotes(inParagraph: p).contains { analysis.quotes[$0].kind == .quotation }
    }

    func speakerOfParagraph(_ p: Int) -> SpeakerPhrase? {
        for j in quotes(inParagraph: p) { if let phrase = assigned[j]?.phrase { return phrase } }
        return nil
    }

    /// A paragraph that is (almost) only quotes: a conversation turn.
    func paragraphIsTurn(_ p: Int) -> Bool {
        let doc = analysis.document
        guard p >= 0, p < doc.paragraphs.count else { return false }
        let list = quotes(inParagraph: p)
        guard !list.isEmpty else { return false }
        var outside = 0
        var i = doc.paragraphs[p].start
        while i < doc.paragraphs[p].end {
            if let end = openToEnd[i] { i = end; continue }
            if context.isLetter(i) || context.isCJK(i) { outside += 1 }
            i += 1
        }
        return outside <= 3
    }
}
