/// Quotes inside quotes: words that a speaker quotes someone else as saying (“厂长对我们说‘…’”, "I said to him, '…,'
/// and he said, '…'"). They are attributed after the top-level quotes are ranked, because a first person in the outer words
/// stands for the outer quote's speaker.
extension AttributionEngine {
    /// Attributes every quote nested in another, in text order (an outer nested quote before the ones inside it).
    ///
    /// Only the pattern rules that name a speaker with a cue are tried, inside the outer quote's words alone: the
    /// sieves' guesses (the nearest subject, the turns of a dialogue) read the narrative, which is not where the
    /// quoted person is named.
    mutating func attributeNested() {
        var nestedTraces: [AttributionTrace] = []
        for i in analysis.quotes.indices where analysis.quotes[i].depth > 0 && assigned[i] == nil {
            guard let parent = enclosingQuote(of: i) else { continue }
            var steps: [AttributionTrace.Step] = []
            attributeNested(i, inside: parent, steps: &steps)
            if explain { nestedTraces.append(trace(i, steps)) }
        }
        guard !nestedTraces.isEmpty else { return }
        traces += nestedTraces
        traces.sort { $0.quoteNumber < $1.quoteNumber }
    }

    /// Tries the rules that name a speaker with a cue inside the outer quote's words; of those that match, the one
    /// whose cue stands nearest the quote introduces it (I said to him, '…,' and he said, '…': "I said" is the first's).
    private mutating func attributeNested(_ i: Int, inside parent: Int, steps: inout [AttributionTrace.Step]) {
        let outer = analysis.scanned[parent]
        let quote = analysis.scanned[i]
        // An inner quote that runs past its outer quote's words (marks left open in broken text) has no words around it
        // to read.
        guard outer.contentStart <= quote.openIndex, quote.outerEnd <= outer.contentEnd else { return }
        // Both bounds stay around the quote: the frame holds it, and so, by the guard, do the outer quote's words.
        var frame = frame(i, acrossLines: false)
        frame.lower = max(frame.lower, outer.contentStart)
        frame.upper = min(frame.upper, outer.contentEnd)
        frame.nextParagraph = nil
        let isTerm = analysis.quotes[i].kind != .quotation
        var nearest: (distance: Int, rule: Int, capture: PatternMatcher.Capture, mention: SpeakerPhrase)? = nil
        for r in isTerm ? pack.upgradeRules : pack.patternRules {
            let rule = pack.rules[r]
            guard rule.assign == .speaker, let compiled = pack.patterns[r], explain || matcher.mayFire(compiled, frame) else { continue }
            let (matched, why) = matchPattern(compiled, quote: i, frame: frame)
            guard let capture = matched else {
                if explain { steps.append(.init(rule: rule.id, fired: false, detail: why)) }
                continue
            }
            guard let mention = capture.speaker, let cue = capture.cueRange else {
                if explain { steps.append(.init(rule: rule.id, fired: false, detail: "matched without a speaker and a cue")) }
                continue
            }
            // The cue of another quote inside the same words (‘…’的说法) is not the narrative's.
            if insideOtherNestedQuote(cue.lowerBound, than: i) || insideOtherNestedQuote(mention.range.lowerBound, than: i) {
                if explain { steps.append(.init(rule: rule.id, fired: false, detail: "the cue or the speaker is inside another quote")) }
                continue
            }
            // Short words quoted inside a speaker's own (不会有『一刀切』的情况, 叫我‘小老虎’) are mostly names and scare
            // quotes: only a cue right before the inner quote, or its colon or comma, makes one a quotation (我跟自己說『…』).
            if isTerm, !upgradesTerm(rule, capture) || !introducesDirectly(cue, quote: i) {
                if explain { steps.append(.init(rule: rule.id, fired: false, detail: "matched, but an inner term is upgraded only by a speaker and a cue right before it")) }
                continue
            }
            let distance = cue.upperBound <= quote.openIndex ? quote.openIndex - cue.upperBound : cue.lowerBound - quote.outerEnd
            if explain { steps.append(.init(rule: rule.id, fired: false, detail: "matched speaker phrase “\(mention.mention)”, cue \(capture.cue ?? "")")) }
            if nearest == nil || distance < nearest!.distance { nearest = (distance, r, capture, mention) }
        }
        guard let (_, r, capture, mention) = nearest else { return }
        let rule = pack.rules[r]
        guard let phrase = nestedSpeaker(mention, quote: i, outer: assigned[parent]?.phrase) else {
            if explain { steps.append(.init(rule: rule.id, fired: false, detail: "the nearest cue's speaker “\(mention.mention)” names no one known")) }
            return
        }
        let resolution: Speaker.Resolution = mention.form == .pronoun ? .pronoun : .explicit
        let result = Assigned(speaker: Speaker(name: phrase.name, mention: mention.mention, title: phrase.title, start: mention.range.lowerBound,
                                               end: mention.range.upperBound, resolution: resolution),
                              phrase: phrase, cue: capture.cue, rule: rule.id, confidence: rule.confidence, upgrade: isTerm)
        if explain { steps.append(.init(rule: rule.id, fired: true, detail: describe(result, capture) + ", the nearest cue inside the outer quote")) }
        assigned[i] = result
        attributed.append(i)
    }

    /// The person a speaker phrase inside another quote's words names. The first person singular (我, I) is the outer
    /// quote's speaker; a he or she is someone else than that speaker, who would say 我 of themselves. A relative (我妈妈)
    /// and an empty subject are left alone.
    private func nestedSpeaker(_ mention: SpeakerPhrase, quote i: Int, outer: SpeakerPhrase?) -> SpeakerPhrase? {
        switch mention.form {
        case .name, .organisation:
            return mention
        case .role:
            return mention.kinship == nil ? mention : nil
        case .pronoun:
            // Who 我, 他 or 她 is depends on who speaks the outer words: unknown, so is the pronoun.
            guard let outer else { return nil }
            if context.narratorPronouns.contains(s, mention.range) { return outer }
            guard mention.gender == .male || mention.gender == .female else { return nil }
            // A name only: a description further back (站在他身边的那位官员) is too loose a guess inside someone's words.
            return resolvePronoun(i, mention, excluding: outer.name).flatMap { $0.form == .name ? $0 : nil }
        case .bare, .zero, .work:
            return nil
        }
    }

    /// The quote whose words hold nested quote `i`: the nearest earlier quote of a lesser depth. Found here rather than
    /// read from the scanner's `parent`, an index into the whole document's quotes, where a window of them is attributed.
    private func enclosingQuote(of i: Int) -> Int? {
        let depth = analysis.quotes[i].depth
        var j = i - 1
        while j >= 0 {
            if analysis.quotes[j].depth < depth { return j }
            j -= 1
        }
        return nil
    }

    /// Whether the cue ends right before quote `i`, with at most a colon or a comma and spaces between.
    private func introducesDirectly(_ cue: Range<Int>, quote i: Int) -> Bool {
        var position = analysis.scanned[i].openIndex
        while position > cue.upperBound, context.isSpace(position - 1) || Self.introducesWords(s[position - 1].value)
            || CharacterClass.isFullWidthColon(s[position - 1].value) {
            position -= 1
        }
        return position == cue.upperBound
    }

    /// Whether `position` stands inside a quote nested at the same depth as quote `i` or deeper, other than `i`.
    /// The nested quotes around `i` are those next to it in text order, up to the top-level quotes on either side.
    private func insideOtherNestedQuote(_ position: Int, than i: Int) -> Bool {
        let quotes = analysis.quotes
        var first = i
        while first > 0, quotes[first - 1].depth > 0 { first -= 1 }
        var last = i + 1
        while last < quotes.count, quotes[last].depth > 0 { last += 1 }
        return (first..<last).contains { j in
            j != i && quotes[j].depth >= quotes[i].depth
                && analysis.scanned[j].openIndex <= position && position < analysis.scanned[j].outerEnd
        }
    }
}
