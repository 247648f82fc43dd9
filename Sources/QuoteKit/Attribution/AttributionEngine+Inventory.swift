/// The inventory of people the ranking phase proposes near each quote: the character list's names, the names the
/// rules gave as speakers with a cue, and in dialogue text the people who open the narrative lines around it; and every place
/// the text writes one of them.
extension AttributionEngine {
    /// A person of the document's inventory written somewhere in the text.
    struct Occurrence {
        var range: Range<Int>
        var key: String
        /// The text as written.
        var form: String
        /// The top-level quote the occurrence is inside, if any (a name inside a quote is mostly the one addressed).
        var insideQuote: Int?
    }

    /// Who may speak in the document and where each of them is written.
    struct Inventory {
        var occurrences: [Occurrence] = []
        /// For each occurrence, the index of the first of the consecutive occurrences of the same person it is one of:
        /// the nearby search skips the rest of such a run at once when that person is taken (a line of a million quotes
        /// of one speaker names them before every quote).
        var runStarts: [Int] = []
        /// Occurrences outside quotes near quotations, by person.
        var counts: [String: Int] = [:]
        /// The people found inside each top-level quote.
        var addressed: [Int: Set<String>] = [:]
    }

    /// The stretch of text whose mentions of people are candidates for quote `i`: up to 1,200 scalars and six
    /// paragraphs before it, 400 scalars and two paragraphs after it, and never across a headline. A headline opens
    /// another report in a page of news, whose people said nothing of this one; the headline of this report stays
    /// in (王立新市长视察新区 names the person its report quotes).
    func nearbyWindow(_ i: Int) -> Range<Int>? {
        let quote = analysis.scanned[i]
        let paragraphs = analysis.document.paragraphs
        let p = paragraphOf[i]
        guard p < paragraphs.count else { return nil }
        var lower = max(0, quote.openIndex - 1200, paragraphs[max(0, p - 6)].start)
        var upper = min(s.count, max(quote.outerEnd, min(quote.outerEnd + 400, paragraphs[min(paragraphs.count - 1, p + 2)].end)))
        if let boundary = reportBoundary(before: p, after: lower) { lower = max(lower, paragraphs[boundary.paragraph].start) }
        var k = p + 1
        while k < paragraphs.count, paragraphs[k].start < upper {
            if startsSection(k) || context.isHeadline(paragraph: k) { upper = max(quote.outerEnd, paragraphs[k].start); break }
            k += 1
        }
        return lower..<upper
    }

    /// Where the report of paragraph `p` starts, looking back over the paragraphs that end after `lower`: a headline
    /// (which belongs to it) or the first paragraph of a section; `nil` when neither comes first.
    func reportBoundary(before p: Int, after lower: Int) -> (paragraph: Int, isHeadline: Bool)? {
        let paragraphs = analysis.document.paragraphs
        var k = min(p, paragraphs.count) - 1
        while k >= 0, paragraphs[k].end > lower {
            if startsSection(k + 1) { return (k + 1, false) }
            if context.isHeadline(paragraph: k) { return (k, true) }
            k -= 1
        }
        return nil
    }

    /// Whether a blank line comes right before paragraph `k` where blank lines separate sections
    /// (``blankLinesSeparateSections``: text broken at every comma leaves one between stories).
    func startsSection(_ k: Int) -> Bool {
        blankLinesSeparateSections && analysis.document.hasBlankLine(beforeParagraph: k)
    }

    /// Whether paragraphs `first` and `last` (`first` ≤ `last`) are in one report: one section, and no headline after
    /// `first` up to `last` (a headline opens another report, whose quotes are not the earlier speakers' turns).
    func inOneReport(_ first: Int, _ last: Int) -> Bool {
        guard inOneSection(first, last) else { return false }
        guard first < last else { return true }
        return !(first + 1...last).contains { context.isHeadline(paragraph: $0) }
    }

    /// Whether paragraphs `first` and `last` (`first` ≤ `last`) are in one section: no blank line between them.
    func inOneSection(_ first: Int, _ last: Int) -> Bool {
        guard blankLinesSeparateSections, first < last else { return true }
        return !(first + 1...last).contains { startsSection($0) }
    }

    /// The people of the character list and those the rules named as speakers with a speech verb anywhere in the
    /// document (a word a cue-less rule read as a name, 关键 or 项修改 before a colon, is no one to propose elsewhere),
    /// or, in Chinese, whom the mention sieve found as a name of three (a feature quotes the person it describes with
    /// no cue, again and again), and every place the text writes one of them.
    func inventory() -> Inventory {
        var forms: [String: String] = [:]
        for (form, name) in people.surfaceForms where form.unicodeScalars.count >= 2 { forms[form] = name }
        // Quotes in a row mostly propose the same person: a name equal to the last one looked at is in `forms` already
        // (comparing two equal names costs less than hashing one, and most share their storage).
        var lastName: String? = nil
        for list in candidates {
            for candidate in list {
                guard let phrase = candidate.phrase, phrase.form == .name || phrase.form == .bare,
                      candidate.cue != nil || language == .zh && pack.rules[candidate.rule].sieve == .mention && phrase.form == .name
                        && phrase.name.unicodeScalars.count == 3,
                      phrase.name != lastName, phrase.name.unicodeScalars.count >= 2 else { continue }
                lastName = phrase.name
                if forms[phrase.name] == nil { forms[phrase.name] = key(of: phrase) }
            }
        }
        for phrase in lineSubjects() where forms[phrase.name] == nil { forms[phrase.name] = key(of: phrase) }
        var result = Inventory()
        guard !forms.isEmpty else { return result }
        let lexicon = Lexicon(forms.keys, caseInsensitive: false)
        let starts = ScalarFilter(firstScalarsOf: lexicon)
        // Every form has two scalars at least: the characters that may come second rule out most of the starts the
        // first filter lets through (ideographs share its bits) before the trie is walked.
        var seconds = ScalarFilter()
        for word in lexicon.words { seconds.insert(word.unicodeScalars.dropFirst().first!.value) }
        // The content ranges of top-level quotes, in text order, walked alongside the scan.
        var tops: [(content: Range<Int>, quote: Int)] = []
        for (index, quote) in analysis.scanned.enumerated() where analysis.quotes[index].depth == 0 {
            tops.append((quote.contentStart..<max(quote.contentStart, quote.contentEnd), index))
        }
        tops.sort { $0.content.lowerBound < $1.content.lowerBound }
        // Only the text near quotations is read (the nearby sieve looks no further), so news with few quotations
        // costs little: the windows of the quotations, merged, in text order.
        var windows: [Range<Int>] = []
        for index in analysis.quotes.indices where analysis.quotes[index].depth == 0 && analysis.quotes[index].kind == .quotation {
            guard let window = nearbyWindow(index) else { continue }
            if let last = windows.last, window.lowerBound <= last.upperBound {
                windows[windows.count - 1] = last.lowerBound..<max(last.upperBound, window.upperBound)
            } else {
                windows.append(window)
            }
        }
        var top = 0
        // The last form found and its key, reused when the next occurrence writes the same scalars (a text names its
        // people over and over: no new string, no hashing); occurrences outside quotes are counted in runs of one person.
        var last: (range: Range<Int>, form: String, key: String)? = nil
        var run: (key: String, count: Int)? = nil
        for window in windows {
            var i = window.lowerBound
            // Most characters start no name: the filter's own loop skips them (one bit test each).
            while let next = starts.firstCandidate(in: s, from: i, to: window.upperBound) {
                i = next
                guard i + 1 < s.count, seconds.mayContain(s[i + 1].value), language != .en || !context.isLetter(i - 1),
                      let length = lexicon.longestMatch(in: s, startingAt: i),
                      language != .en || !context.isLetter(i + length) else {
                    i += 1
                    continue
                }
                let range = i..<i + length
                let form: String, key: String
                if let last, last.range.count == length, s[last.range].elementsEqual(s[range]) {
                    (form, key) = (last.form, last.key)
                } else {
                    form = context.string(range)
                    guard let found = forms[form] else { i += 1; continue }
                    key = found
                    last = (range, form, key)
                }
                while top < tops.count, tops[top].content.upperBound <= i { top += 1 }
                let inside = top < tops.count && tops[top].content.contains(i) ? tops[top].quote : nil
                result.occurrences.append(Occurrence(range: range, key: key, form: form, insideQuote: inside))
                if let inside {
                    result.addressed[inside, default: []].insert(key)
                } else if let current = run, current.key == key {
                    run = (key, current.count + 1)
                } else {
                    if let finished = run { result.counts[finished.key, default: 0] += finished.count }
                    run = (key, 1)
                }
                i += length
            }
        }
        if let finished = run { result.counts[finished.key, default: 0] += finished.count }
        addNarratorMentions(to: &result, windows: windows)
        if language == .zh { addAddressedByIntroduction(to: &result, tops: tops) }
        result.runStarts.reserveCapacity(result.occurrences.count)
        for k in result.occurrences.indices {
            let continues = k > 0 && result.occurrences[k].key == result.occurrences[k - 1].key
            result.runStarts.append(continues ? result.runStarts[k - 1] : k)
        }
        return result
    }

    /// The people the clause introducing a quote addresses, as the names inside it are (叫林秀雲過來：「…」, 问青山：“…”),
    /// and those the clause right after it addresses (“…”⏎张明问李秋芳。): the object of a verb that bids or asks, or of
    /// a preposition, between the clause's start and its colon, or in the first clause after the quote. The one spoken
    /// to is not the one speaking.
    func addAddressedByIntroduction(to inventory: inout Inventory, tops: [(content: Range<Int>, quote: Int)]) {
        guard !inventory.occurrences.isEmpty else { return }
        for top in tops {
            let open = analysis.scanned[top.quote].openIndex
            if followsColon(open) {
                let colon = context.skipSpaceBack(open, 0) - 1
                markAddressed(in: context.clauseStart(endingAt: colon, maxLength: 30)..<colon, quote: top.quote, inventory: &inventory)
            }
            let close = analysis.scanned[top.quote].outerEnd
            let after = context.skipSpaceForward(close, min(s.count, close + 2))
            markAddressed(in: after..<context.clauseEnd(startingAt: after, maxLength: 30), quote: top.quote, inventory: &inventory)
        }
    }

    /// Marks as addressed by quote `quote` the people written in `clause` right after a verb that bids or asks, or a
    /// preposition, or after a description of the one spoken to that opens within 24 scalars (对坐在椅子上的徐立功说：).
    private func markAddressed(in clause: Range<Int>, quote: Int, inventory: inout Inventory) {
        let occurrences = inventory.occurrences
        var k = occurrences.partitionPoint { $0.range.lowerBound < clause.lowerBound }
        while k < occurrences.count, occurrences[k].range.upperBound <= clause.upperBound {
            let at = occurrences[k].range.lowerBound
            let limit = max(clause.lowerBound, at - 4)
            if context.directiveVerbs.longestMatch(in: s, endingAt: at, limit: limit) != nil
                || context.prepositions.longestMatch(in: s, endingAt: at, limit: limit) != nil
                || context.describesOneSpokenTo(openingFrom: max(clause.lowerBound, at - 24), name: at) {
                inventory.addressed[quote, default: []].insert(occurrences[k].key)
            }
            k += 1
        }
    }

    /// The narrator's "I" outside quotes, as mentions of the narrator (I turned to her. “…”): in a story told in the
    /// first person the narrator is written so, never by name. English only, where "I" is always a subject.
    func addNarratorMentions(to inventory: inout Inventory, windows: [Range<Int>]) {
        guard language == .en, let narrator else { return }
        let pronouns = context.narratorPronouns
        let starts = ScalarFilter(firstScalarsOf: pronouns)
        var found: [Occurrence] = []
        for window in windows {
            var i = window.lowerBound
            while let next = starts.firstCandidate(in: s, from: i, to: window.upperBound) {
                i = next + 1
                guard !context.isLetter(next - 1), let length = pronouns.longestMatch(in: s, startingAt: next),
                      !context.isLetter(next + length), context.isCapitalised(next..<next + length), !isQuoted(next) else { continue }
                found.append(Occurrence(range: next..<next + length, key: narrator.name, form: context.string(next..<next + length),
                                        insideQuote: nil))
            }
        }
        guard !found.isEmpty else { return }
        inventory.counts[narrator.name, default: 0] += found.count
        inventory.occurrences = (inventory.occurrences + found).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The named subjects that open the narrative lines right before and after lines of dialogue (“…”⏎林少华事后倒有点
    /// 后悔…): in fiction the people talking are mostly written so, even where no rule names them as speakers.
    func lineSubjects() -> [SpeakerPhrase] {
        // Dialogue text only, where lines of quotations are a good share of them (fiction, interviews); in news a
        // line of quotations is rare and the narrative around it seldom names who speaks.
        guard language == .zh, isDialogueText else { return [] }
        let paragraphs = analysis.document.paragraphs
        var lines: Set<Int> = []
        var lastParagraph = -1
        for i in analysis.quotes.indices where analysis.quotes[i].depth == 0 && analysis.quotes[i].kind == .quotation {
            let p = paragraphOf[i]
            guard p != lastParagraph else { continue }
            lastParagraph = p
            // Lines of dialogue only (quotations alone on their line): news paragraphs hold their quotes inside narrative.
            guard paragraphIsTurn(p) else { continue }
            if p > 0 { lines.insert(p - 1) }
            if p + 1 < paragraphs.count { lines.insert(p + 1) }
        }
        var result: [SpeakerPhrase] = []
        // Bare given names (青山重新点着一支烟) are taken only when two lines or more open with them: a word that opens
        // one line (天黑了) is no one.
        var bare: [String: (phrase: SpeakerPhrase, count: Int)] = [:]
        for k in lines.sorted() {
            let line = paragraphs[k]
            let start = context.skipSpaceForward(line.start, line.end)
            guard start < line.end, !CharacterClass.isQuotationMark(s[start].value) else { continue }
            var end = start
            while end < min(line.end, start + 24), !context.isClauseBoundary(s[end].value) { end += 1 }
            if let phrase = context.parseChineseLeading(start, end), phrase.form == .name, phrase.name.unicodeScalars.count >= 2 {
                result.append(phrase)
            } else if end - start > 2, let phrase = context.parseChineseStrict(start, start + 2), phrase.form == .bare {
                context.segment(start..<min(end, start + 8))
                if context.isWordBoundary(start + 2) { bare[phrase.name, default: (phrase, 0)].count += 1 }
            }
        }
        for name in bare.keys.sorted() where bare[name]!.count >= 2 { result.append(bare[name]!.phrase) }
        return result
    }

    /// The person of the inventory who opens the line of `position`, in the same sentence, outside quotes.
    func lineSubject(before position: Int, _ inventory: Inventory) -> SpeakerPhrase? {
        guard language == .zh, let p = analysis.document.paragraphIndex(containing: position) else { return nil }
        let start = context.skipSpaceForward(analysis.document.paragraphs[p].start, position)
        guard start < position, !(start..<position).contains(where: { context.isSentenceEnd($0) }) else { return nil }
        let occurrences = inventory.occurrences
        let k = occurrences.partitionPoint { $0.range.lowerBound < start }
        guard k < occurrences.count, occurrences[k].range.lowerBound == start, occurrences[k].range.upperBound <= position,
              occurrences[k].insideQuote == nil else { return nil }
        return SpeakerPhrase(form: .name, range: occurrences[k].range, mention: occurrences[k].form, name: occurrences[k].key)
    }
}
