/// The sieves (resolvers that look beyond a quote's own sentence: the paragraph, its mentions, conversation
/// turns, registered sieves of the user's) and the vocatives and kinship terms they read.
extension AttributionEngine {
    // MARK: Sieves

    mutating func runSieves(_ i: Int) {
        guard analysis.quotes[i].depth == 0, assigned[i] == nil else { return }
        // A term is only tried with the sieves that may upgrade it (a series after someone's words).
        let isTerm = analysis.quotes[i].kind != .quotation
        // A fragment is a rule's to attribute, like a term: the sieves only guess from the neighbourhood.
        let termLike = isTerm || fragment(i)
        if termLike, !pack.sievesUpgrade { return }
        let k = explain ? traces.lastIndex { $0.quote == analysis.quotes[i].id } : nil
        for r in pack.sieveRules {
            // The rule's fields are read in place: a copy of the rule costs a few dozen reference counts, for every quote.
            guard let sieve = pack.rules[r].sieve, !termLike || pack.rules[r].upgrade else { continue }
            let (found, why) = applySieve(sieve, i)
            if let (phrase, resolution, mention) = found {
                let rule = pack.rules[r]
                // The first sieve that finds a speaker sets the provisional result (what later quotes' sieves
                // see) and proposes it to the scorer.
                if assigned[i] == nil {
                    attributed.append(i)
                    assigned[i] = Assigned(speaker: Speaker(name: phrase.name, mention: mention?.mention ?? phrase.mention, title: phrase.title,
                                                            start: mention?.range.lowerBound, end: mention?.range.upperBound, resolution: resolution),
                                           phrase: phrase, cue: nil, rule: rule.id, confidence: rule.confidence, upgrade: isTerm,
                                           fromPattern: false)
                }
                candidates[i].append(SpeakerCandidate(rule: r, phrase: phrase, mention: mention, key: nil, cue: nil, resolution: resolution,
                                                      upgrade: isTerm))
                if let k { traces[k].steps.append(.init(rule: rule.id, fired: true, detail: "speaker \(phrase.name) [\(resolution.rawValue)]")) }
                // The nearby and turns sieves add the alternatives in the ranking phase.
                return
            } else if let k {
                traces[k].steps.append(.init(rule: pack.rules[r].id, fired: false, detail: why))
            }
        }
    }

    /// Whether quote `i` is a fragment of a few words (the kind section's `shortWords`) in alphabetic script that does not end like an utterance
    /// ("shocking", should "stick to his guns"): a partial quote whose speaker is the one a rule finds around it
    /// (said it was "…"), where a name nearby is a poor guess.
    func isFragment(_ i: Int) -> Bool {
        let quote = analysis.scanned[i]
        let content = QuoteContentShape(s, quote.contentStart..<max(quote.contentStart, quote.contentEnd))
        return content.isAlphabetic && content.words <= pack.fragmentWords && !content.endsLikeUtterance
    }

    /// Whether a quote reads as the name of a thing: no longer than a quoted name or coined word (the kind section's
    /// `nameLength`: 「上火」, not 「功不可沒」), or a noun after a determiner (一種「過敏症」).
    func readsAsName(_ i: Int) -> Bool {
        let quote = analysis.scanned[i]
        let content = QuoteContentShape(s, quote.contentStart..<max(quote.contentStart, quote.contentEnd))
        if content.length <= pack.nameLength { return true }
        let before = context.skipSpaceBack(quote.openIndex, 0)
        return pack.nounMarkersBefore.longestMatch(in: s, endingAt: before, limit: max(0, before - 4)) != nil
    }

    /// ``isFragment(_:)``, remembered per quote.
    mutating func fragment(_ i: Int) -> Bool {
        if let known = fragments[i] { return known }
        let answer = isFragment(i)
        fragments[i] = answer
        return answer
    }

    /// A registered sieve's first proposal, as a built-in sieve's result.
    func applyRegistered(_ sieve: RulePack.Sieve, _ i: Int) -> ((SpeakerPhrase, Speaker.Resolution, SpeakerPhrase?)?, String) {
        guard let registered = sieves[sieve.rawValue] else { return (nil, "no sieve named \(sieve.rawValue) is registered") }
        // What the sieve sees of earlier results: the provisional speakers (later quotes have none yet).
        let speakers = assigned.map { $0?.speaker?.name }
        let context = SieveContext(document: analysis.document, quotes: analysis.quotes, speakers: speakers)
        guard let proposal = registered.propose(for: i, in: context).first else { return (nil, "\(sieve.rawValue) proposed no speaker") }
        let range = proposal.mention ?? 0..<0
        let mention = proposal.mention.map { context.document.string($0) } ?? proposal.name
        let phrase = SpeakerPhrase(form: .name, range: range, mention: mention, name: proposal.name)
        return ((phrase, proposal.resolution, proposal.mention == nil ? nil : phrase), "")
    }

    func applySieve(_ sieve: RulePack.Sieve, _ i: Int) -> ((SpeakerPhrase, Speaker.Resolution, SpeakerPhrase?)?, String) {
        switch sieve {
        case .nearby, .turns:
            return (nil, "proposes candidates in the ranking phase")
        case .series:
            return seriesSpeaker(i)
        case .sameParagraph:
            var best: (distance: Int, phrase: SpeakerPhrase)? = nil
            // A quote whose own sentence names someone as its subject (“…”王立新说。林大山则说，每次…，就是收获：“…”) is not
            // an earlier quote's: that subject is the mention sieve's to give.
            var ownSubject: SpeakerPhrase?? = nil
            for j in max(0, i - 8)..<min(analysis.quotes.count, i + 9) where j != i && paragraphOf[j] == paragraphOf[i] && analysis.quotes[j].depth == 0 {
                guard let a = assigned[j], a.fromPattern, let phrase = a.phrase else { continue }
                if j < i, language == .zh {
                    if ownSubject == nil { ownSubject = .some(subjectBefore(analysis.scanned[i].openIndex, sentences: 1, possessors: false)) }
                    if let own = ownSubject ?? nil, own.isNamed, own.range.lowerBound >= analysis.scanned[j].outerEnd,
                       !Self.samePerson(own.name, phrase.name) {
                        continue
                    }
                }
                // A later quote lends its speaker only when it is named after that quote (“A.” “B,” X said); one named
                // before it (“A.” And X says: “B”) introduces that quote alone.
                if j > i, let mention = a.speaker?.start, mention < analysis.scanned[j].openIndex { continue }
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
                let from = max(para.start, q.openIndex - 600)
                let before = englishMentions(from..<max(from, q.openIndex))
                // The subject of the last sentence before the quote (its first name), else the closest name.
                var sentenceStart = para.start
                var j = q.openIndex - 1
                while j > from {
                    if let open = context.openOf(closeAt: j) { j = open - 1; continue }
                    if context.isSentenceEnd(j), j + 1 < q.openIndex, before.contains(where: { $0.range.lowerBound > j }) { sentenceStart = j + 1; break }
                    j -= 1
                }
                if let m = before.first(where: { $0.range.lowerBound >= sentenceStart }) ?? before.last { return ((m, .explicit, m), "") }
                let after = englishMentions(q.outerEnd..<max(q.outerEnd, min(para.end, q.outerEnd + 300)))
                if let m = after.first, !introducesLaterQuote(m.range) { return ((m, .explicit, m), "") }
                return (nil, "no name in the paragraph outside quotes")
            }
            // The quote's own sentence only: a subject further back is the nearby sieve's to weigh.
            // The word breaker reads the quote's sentence where 他 or 她 stands in it, so that a pronoun opening it is read
            // as a word of its own.
            let window = max(para.start, q.openIndex - 40)..<q.openIndex
            if window.contains(where: { context.male.contains(s[$0]) || context.female.contains(s[$0]) }) { context.segment(window) }
            if let m = subjectBefore(q.openIndex, sentences: 1, possessors: false) {
                if m.isNamed { return ((m, .explicit, m), "") }
                // A pronoun of one person (六十多岁的她已经…，“…”) stands for whom the text named before.
                if let speaker = personPronounAntecedent(i, m) {
                    return ((speaker, .pronoun, m), "")
                }
            }
            if let m = subjectOfSentenceBefore(i, in: para) {
                return ((m, .explicit, m), "")
            }
            if let (speaker, mention) = reportingSubjectOfPreviousParagraph(i) {
                return ((speaker, mention.form == .pronoun ? .pronoun : .explicit, mention), "")
            }
            if let m = describedAfterLede(i, in: para) { return ((m, .explicit, m), "") }
            return (nil, "no clause subject before the quote in its sentence")
        case .alternation:
            let p = paragraphOf[i]
            guard paragraphIsTurn(p) else { return (nil, "the paragraph is not a conversation turn (it has narrative besides quotes)") }
            // A report is no conversation: its quote paragraphs go on with the speaker of the words before them.
            if !isDialogueText, let continued = continuedQuotation(i) { return ((continued, .continuation, nil), "") }
            // The previous turn is the paragraph before, or the one before that when only the line naming its speaker
            // stands between (“…”⏎青山问妹妹。⏎“…”).
            let previousTurn = attributedByNextLine(p - 2) ? p - 2 : p - 1
            // A conversation does not go on across a headline or a blank line between stories.
            guard previousTurn >= 0, inOneReport(previousTurn, p) else { return (nil, "a headline or a section break comes before it") }
            guard let a = speakerOfParagraph(previousTurn) else { return (nil, "the previous paragraph has no attributed quote") }
            let own = vocative(i)
            // The one addressed in the previous turn answers (“…, Lizzy.” → Lizzy speaks next).
            if let last = quotes(inParagraph: previousTurn, near: i).last, let v = vocative(last), v.name != a.name, own?.name != v.name,
               let known = knownSpeaker(matching: v, before: i) {
                return ((known, .alternation, nil), "")
            }
            var k = previousTurn - 1
            while k >= 0, p - k <= 12, inOneReport(k, p) {
                if paragraphHasQuote(k) {
                    if let b = speakerOfParagraph(k), b.name != a.name, own?.name != b.name { return ((b, .alternation, nil), "") }
                } else {
                    // A narrative turn (Mr. Harlow replied that he had not.) names the other participant: one person, not a
                    // group it counts (五百多名志愿者赶来).
                    let para = analysis.document.paragraphs[k]
                    if let b = englishOrChineseMentions(max(para.start, para.end - 600)..<para.end).first, b.name != a.name, own?.name != b.name,
                       b.gender != .plural {
                        return ((b, .alternation, nil), "")
                    }
                    break
                }
                k -= 1
            }
            if let continued = continuedQuotation(i) { return ((continued, .continuation, nil), "") }
            return (nil, "no second speaker in the preceding turns")
        default:
            return applyRegistered(sieve, i)
        }
    }

    /// Chinese news: a paragraph that opens with a quote, after a paragraph that ends with a speaker's quotation,
    /// goes on with that speaker's words (公开信说：“…”⏎“…”) where no other speaker has taken a turn; the scorer weighs
    /// it. A question or its answer starts a conversation instead (“…吗？”⏎“回。”), so neither quote may end with a
    /// question mark. Outside dialogue, so does one after a paragraph that ends naming the speaker of its quote
    /// (“…，”李大山说。⏎“…”), or after a line that only names it (“…！”⏎家住桥边的菜农王立新高兴地说。⏎“…”).
    func continuedQuotation(_ i: Int) -> SpeakerPhrase? {
        let p = paragraphOf[i]
        guard language == .zh, p > 0, quotes(inParagraph: p, near: i).first == i, !endsWithQuestion(i) else { return nil }
        let paragraphs = analysis.document.paragraphs
        let report = !isDialogueText
        let source = report && p >= 2 && !paragraphHasQuote(p - 1) && namesSpeakerOfLastQuote(p - 2, in: paragraphs[p - 1].start..<paragraphs[p - 1].end)
            ? p - 2 : p - 1
        guard inOneReport(source, p), let last = quotes(inParagraph: source, near: i).last, analysis.quotes[last].kind == .quotation,
              !endsWithQuestion(last),
              let a = assigned[last], a.fromPattern, let phrase = a.phrase else { return nil }
        guard source == p - 1 else { return phrase }
        // The previous paragraph ends with that quote (its closing punctuation aside), or, in a report, with the one
        // sentence after it that names its speaker.
        let previous = paragraphs[p - 1]
        let end = analysis.scanned[last].outerEnd
        guard end <= previous.end else { return nil }
        if !(end..<previous.end).contains(where: { context.isCJK($0) || context.isLetter($0) }) { return phrase }
        return report && namesSpeakerOfLastQuote(source, in: end..<previous.end) ? phrase : nil
    }

    /// Whether `range`, one sentence with no quote, holds the mention that names the speaker of the last quote of
    /// paragraph `p` (“…，”李大山说。, or the line after it: 家住桥边的菜农王立新高兴地说。).
    private func namesSpeakerOfLastQuote(_ p: Int, in range: Range<Int>) -> Bool {
        guard let last = quoteRange(inParagraph: p).last(where: { analysis.quotes[$0].depth == 0 }),
              let start = assigned[last]?.speaker?.start, range.contains(start) else { return false }
        let body = context.skipSpaceBack(range.upperBound, range.lowerBound)
        return !(range.lowerBound..<max(range.lowerBound, body - 1)).contains { context.isSentenceEnd($0) || endOf(openAt: $0) != nil }
    }

    func endsWithQuestion(_ i: Int) -> Bool {
        let q = analysis.scanned[i]
        let end = context.skipSpaceBack(q.contentEnd, q.contentStart)
        return end > q.contentStart && CharacterClass.isQuestionMark(s[end - 1].value)
    }

    /// For a quote that is a sentence of its own inside a paragraph of narrative, with no cue and no quotation in the
    /// sentence before (李大山背着画板走遍了村子。“每到一个村子……”): the person named as the subject of the sentence
    /// before, as features write the words of the one they have just described. Names only: a role or a pronoun there
    /// is as often the reporter's or someone else's. So too for a quote that ends a sentence whose clauses before it
    /// name no subject and quote no one (李大山蹲在菜地边。去年换了新菜种，谁知入冬就来了霜冻，“…”): the sentence goes on
    /// with the topic of the one before.
    func subjectOfSentenceBefore(_ i: Int, in paragraph: Paragraph) -> SpeakerPhrase? {
        let q = analysis.scanned[i]
        var before = context.skipSpaceBack(q.openIndex, paragraph.start)
        guard before > paragraph.start else { return nil }
        if !context.isSentenceEnd(before - 1) {
            let ownStart = sentenceStart(from: before - 1, lower: paragraph.start)
            guard ownStart > paragraph.start, !holdsQuotation(ownStart..<q.openIndex, besides: i),
                  subjectBefore(q.openIndex, sentences: 1, possessors: false) == nil else { return nil }
            before = ownStart
        }
        // The sentence before holds no quotation (a term may stand there): words quoted there have a speaker of their own,
        // whom other rules weigh.
        if holdsQuotation(sentenceStart(from: before - 1, lower: paragraph.start)..<before, besides: i) { return nil }
        // The quote is a sentence: it ends with a sentence's punctuation, or nothing follows it but that punctuation, the
        // paragraph's end or another quote.
        let last = context.skipSpaceBack(q.contentEnd, q.contentStart)
        let after = context.skipSpaceForward(q.outerEnd, paragraph.end)
        guard last > q.contentStart && context.isSentenceEnd(last - 1) || after >= paragraph.end || context.isSentenceEnd(after)
                || CharacterClass.isQuotationMark(s[after].value) else { return nil }
        // Not the reporter of a byline (本报记者 王立新 在…): a feature quotes the people it describes. A sentence with no
        // subject goes on with the one before it (林大山翻开账本。今年雨水多，草莓减产了三成。“…”), one sentence further at most.
        var subject = subjectBefore(before - 1, sentences: 1, possessors: false)
        if subject == nil {
            let start = sentenceStart(from: before - 1, lower: paragraph.start)
            if start > paragraph.start, !holdsQuotation(sentenceStart(from: start - 1, lower: paragraph.start)..<start, besides: i) {
                subject = subjectBefore(start - 1, sentences: 1, possessors: false)
            }
        }
        guard let m = subject, !isTitledReporter(m) else { return nil }
        if m.form == .name { return m }
        // A pronoun of one person there (他蹲在田埂上，一株株查看秧苗。“…”) stands for whom the text named before.
        return personPronounAntecedent(i, m)
    }

    /// Whom a pronoun of one person (他, 她) stands for, for quote `i`; `nil` for any other phrase or when the text
    /// names no one it agrees with.
    func personPronounAntecedent(_ i: Int, _ phrase: SpeakerPhrase) -> SpeakerPhrase? {
        guard phrase.form == .pronoun, phrase.gender == .male || phrase.gender == .female else { return nil }
        return resolvePronoun(i, phrase)
    }

    /// Where the sentence that holds `pos` starts, at `lower` at the earliest.
    private func sentenceStart(from pos: Int, lower: Int) -> Int {
        var start = pos
        while start > lower, !context.isSentenceEnd(start - 1) { start -= 1 }
        return start
    }

    /// Whether a quotation of quote `i`'s paragraph, other than `i`, opens in `range`.
    private func holdsQuotation(_ range: Range<Int>, besides i: Int) -> Bool {
        quotes(inParagraph: paragraphOf[i], near: i).contains { j in
            j != i && range.contains(analysis.scanned[j].openIndex) && analysis.quotes[j].kind == .quotation
        }
    }

    /// For a quote that opens its paragraph as a sentence of its own, or follows its dateline, which no line before
    /// introduces (a feature's lede: “…”周六上午，集市开张不久，卖了二十年菜的王立新…): the person named, described or not, as the subject of one
    /// of the first three clauses of the sentence after it. Names only: a role or a body there is as often the scene's.
    func describedAfterLede(_ i: Int, in paragraph: Paragraph) -> SpeakerPhrase? {
        let q = analysis.scanned[i]
        // Only a dateline may stand before it (新华社北京7月31日电（记者王立新）“…”).
        let before = context.skipSpaceBack(q.openIndex, paragraph.start)
        let afterDateline = before > paragraph.start && CharacterClass.isClosingBracket(s[before - 1].value) && context.inDatelineBrackets(before - 1)
        guard before == paragraph.start || afterDateline, !introducedByLineBefore(q.openIndex) else { return nil }
        let last = context.skipSpaceBack(q.contentEnd, q.contentStart)
        guard last > q.contentStart, context.isSentenceEnd(last - 1) else { return nil }
        var start = context.skipSpaceForward(q.outerEnd, paragraph.end)
        for _ in 0..<3 {
            guard start < paragraph.end, !CharacterClass.isQuotationMark(s[start].value) else { return nil }
            let end = context.clauseEnd(startingAt: start, maxLength: 60)
            if let m = subject(start, end, bare: .never, possessors: false, organisations: false), m.form == .name, !isTitledReporter(m) {
                return m
            }
            guard end < paragraph.end, !context.isSentenceEnd(end) else { return nil }
            start = context.skipSpaceForward(end + 1, paragraph.end)
        }
        return nil
    }

    /// For a quote that opens its paragraph after a paragraph of narrative that reports someone's speech
    /// (她说，怎么会有人这样。⏎“…”): that subject, and the mention that names it (a pronoun is resolved).
    func reportingSubjectOfPreviousParagraph(_ i: Int) -> (speaker: SpeakerPhrase, mention: SpeakerPhrase)? {
        let paragraphs = analysis.document.paragraphs
        let p = paragraphOf[i]
        guard p > 0, p < paragraphs.count, context.skipSpaceForward(paragraphs[p].start, analysis.scanned[i].openIndex) == analysis.scanned[i].openIndex,
              !paragraphHasQuote(p - 1) else { return nil }
        let previous = paragraphs[p - 1]
        // The last cue of that paragraph's last sentence that introduces speech: a comma or a colon right after it.
        var end = context.skipSpaceBack(previous.end, previous.start)
        while end > previous.start, context.isSentenceEnd(end - 1) { end -= 1 }
        // In text written a line per clause, the sentence began on an earlier line that ends with its comma
        // (周明表示，⏎老實說，⏎…經費一直不夠。⏎「…」).
        var lower = previous.start
        var line = p - 1
        while line > 0, previous.end - paragraphs[line - 1].start <= 160, !paragraphHasQuote(line - 1),
              context.endsWithComma(paragraphs[line - 1]) {
            line -= 1
            lower = paragraphs[line].start
        }
        var cue: Int? = nil
        var k = sentenceStart(from: end, lower: max(lower, end - 160))
        while k < end {
            if let length = context.cues.longestMatch(in: s, startingAt: k, limit: end), k + length < end,
               CharacterClass.isClausePunctuation(s[k + length].value) || CharacterClass.isFullWidthColon(s[k + length].value) {
                cue = k
                k += length
            } else {
                k += 1
            }
        }
        guard let cue, let subject = subjectBefore(cue, sentences: 1), subject.range.upperBound <= cue else { return nil }
        switch subject.form {
        case .name, .role, .organisation: return (subject, subject)
        case .pronoun: return resolvePronoun(i, subject).map { ($0, subject) }
        case .bare, .zero, .work: return nil
        }
    }

    /// Top-level quotes of paragraph `p`, at most 12 of them: those nearest to quote `near` (the last ones of an earlier paragraph).
    func quotes(inParagraph p: Int, near: Int? = nil) -> [Int] {
        quoteRange(inParagraph: p, near: near).filter { analysis.quotes[$0].depth == 0 }
    }

    /// The indices of the quotes ``quotes(inParagraph:near:)`` picks from, nested ones included.
    func quoteRange(inParagraph p: Int, near: Int? = nil) -> Range<Int> {
        guard p >= 0 else { return 0..<0 }
        let lo = paragraphOf.partitionPoint { $0 < p }, hi = paragraphOf.partitionPoint { $0 < p + 1 }
        var range = lo..<hi
        if range.count > 12 {
            let centre = min(max(near ?? lo, lo), hi)
            range = max(lo, centre - 6)..<min(hi, max(lo, centre - 6) + 12)
        }
        return range
    }

    func paragraphHasQuote(_ p: Int) -> Bool {
        quotes(inParagraph: p, near: nil).contains { analysis.quotes[$0].kind == .quotation }
    }

    /// Whether paragraph `p` is a turn whose last quote the next paragraph, a short line with no quote, names the
    /// speaker of (“…”⏎青山问妹妹。). A report's long line of who said it and where (“…”⏎在…仪式上，…的李大山…说。)
    /// is followed by more of the same speaker's words, not by an answer.
    func attributedByNextLine(_ p: Int) -> Bool {
        let paragraphs = analysis.document.paragraphs
        guard p >= 0, p + 1 < paragraphs.count, paragraphs[p + 1].end - paragraphs[p + 1].start <= 24,
              !paragraphHasQuote(p + 1), paragraphIsTurn(p),
              let last = quoteRange(inParagraph: p).last(where: { analysis.quotes[$0].depth == 0 }),
              let start = assigned[last]?.speaker?.start else { return false }
        return paragraphs[p + 1].start <= start && start < paragraphs[p + 1].end
    }

    func speakerOfParagraph(_ p: Int) -> SpeakerPhrase? {
        for j in quotes(inParagraph: p) { if let phrase = assigned[j]?.phrase { return phrase } }
        return nil
    }

    /// A paragraph that is (almost) only quotes: a conversation turn. A turn is short: more than
    /// 24 quotes or 400 scalars outside them make narrative, which also keeps each call O(1)
    /// on a one-line text of a million quotes (this runs once per quote).
    func paragraphIsTurn(_ p: Int) -> Bool {
        let doc = analysis.document
        guard p >= 0, p < doc.paragraphs.count else { return false }
        guard quoteRange(inParagraph: p).contains(where: { analysis.quotes[$0].depth == 0 }) else { return false }
        var outside = 0
        var steps = 0
        var jumps = 0
        var i = doc.paragraphs[p].start
        while i < doc.paragraphs[p].end {
            if let end = endOf(openAt: i) {
                jumps += 1
                if jumps > 24 { return false }
                i = end
                continue
            }
            if context.isLetter(i) || context.isCJK(i) { outside += 1; if outside > 3 { return false } }
            steps += 1
            if steps > 400 { return false }
            i += 1
        }
        return true
    }

    // MARK: Vocatives and kinship

    func englishOrChineseMentions(_ range: Range<Int>) -> [SpeakerPhrase] {
        if language == .en { return englishMentions(range) }
        if let m = subjectBefore(range.upperBound), m.isNamed { return [m] }
        return []
    }

    /// The person addressed at the start or end of an English quote (“My dear Mr. Harlow, …”, “…, Lizzy.”).
    func vocative(_ i: Int) -> SpeakerPhrase? {
        guard language == .en, i >= 0, i < analysis.scanned.count else { return nil }
        let q = analysis.scanned[i]
        let c = context
        var p = q.contentStart
        let end = min(q.contentEnd, q.contentStart + 400)
        var previous = ""
        while p < end {
            if c.isLetter(p), !c.isLetter(p - 1), let w = c.wordForward(p, end) {
                let text = c.string(w)
                if c.isCapitalised(w), previous.isEmpty || previous == "," || c.people.vocativeOpeners.contains(previous) {
                    if let phrase = c.parseEnglishForward(p, end), phrase.form == .name,
                       phrase.title != nil || c.maleNames.contains(text) || c.femaleNames.contains(text) {
                        let after = c.skipSpaceForward(phrase.range.upperBound, end)
                        if after >= end || [0x2C, 0x21, 0x3F, 0x2E, 0x3B].contains(c.s[after].value) { return phrase }
                    }
                }
                previous = text.lowercased()
                p = w.upperBound
                continue
            }
            if c.s[p].value == 0x2C { previous = "," } else if !c.isSpace(p) && !c.isLetter(p) { previous = c.s[p].value == 0x21 ? "" : previous }
            p += 1
        }
        return nil
    }

    /// A speaker already seen (or named in the text) that a vocative refers to: Lizzy → Elizabeth when aliases say so later;
    /// here the vocative phrase itself, or an earlier speaker with the same name.
    func knownSpeaker(matching v: SpeakerPhrase, before i: Int) -> SpeakerPhrase? {
        var j = i - 1
        while j >= 0, i - j <= 200, paragraphOf[i] - paragraphOf[j] <= 40 {
            if let phrase = assigned[j]?.phrase, phrase.form == .name,
               phrase.name == v.name || phrase.name.hasSuffix(" " + v.name) || phrase.name.hasPrefix(v.name + " ") { return phrase }
            j -= 1
        }
        return v
    }

    /// his wife → Mrs. Harlow when his is Mr. Harlow (the one addressed in the quote, or the latest man named).
    func resolveKinship(_ i: Int, _ phrase: SpeakerPhrase) -> SpeakerPhrase {
        guard let kin = phrase.kinship else { return phrase }
        var possessor: SpeakerPhrase? = nil
        if let v = vocative(i), v.gender == kin.possessor || v.gender == .unknown { possessor = v }
        if possessor == nil {
            possessor = resolvePronoun(i, SpeakerPhrase(form: .pronoun, range: phrase.range, mention: "", name: "", gender: kin.possessor))
        }
        if possessor?.form != .name { possessor = nil }
        var tokens = (possessor?.name ?? "").split(separator: " ").map(String.init)
        let people = context.people
        guard people.surnameKin.contains(kin.relation),
              let title = phrase.gender == .female ? people.femaleFamilyTitle : phrase.gender == .male ? people.maleFamilyTitle : nil
        else { return phrase }
        if tokens.count < 2, people.parentKin.contains(kin.relation) {
            // Elizabeth's mother: the latest Mrs. X (or Mr. X) seen as a speaker.
            let prefix = title + " "
            var j = i - 1
            while j >= 0, i - j <= 200, paragraphOf[i] - paragraphOf[j] <= 60 {
                if let name = assigned[j]?.phrase?.name, name.hasPrefix(prefix) { tokens = name.split(separator: " ").map(String.init); break }
                j -= 1
            }
        }
        guard tokens.count >= 2 else { return phrase }
        var resolved = phrase
        resolved.name = title + " " + tokens.last!
        resolved.form = .name
        resolved.title = title
        resolved.kinship = nil
        return resolved
    }
}
