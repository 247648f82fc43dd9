extension WorkLinker {
    /// Links each top-level quotation to the work that frames it, in one pass over the quotes.
    func linkQuotes(_ spans: [WorkSpan], _ works: inout [WorkMention], _ analysis: inout Analysis) {
        let s = analysis.document.scalars
        let tops = spans.indices.filter { spans[$0].depth == 0 } // sorted by position, not overlapping
        guard !tops.isEmpty else { return }
        var startOf: [Int: Int] = [:] // outerStart → top-level span
        for t in tops { startOf[spans[t].outerStart] = t }
        var previousEnd = -1 // end of the previous top-level quote
        // The last linked quote; `framed` when the text framed it as the work's own words.
        var last: (quoteEnd: Int, work: Int, sentence: Int, framed: Bool)? = nil
        var quotedTitles = Set<Int>() // quotes that are themselves titles: the poem "Ozymandias"
        for span in spans where span.style == .quoted { quotedTitles.insert(span.outerStart) }
        for index in analysis.quotes.indices {
            let scanned = analysis.scanned[index]
            guard scanned.depth == 0, !quotedTitles.contains(scanned.openIndex) else { continue }
            defer { previousEnd = scanned.outerEnd }
            guard analysis.quotes[index].kind == .quotation else { continue }
            let open = scanned.openIndex
            let sentenceStart = min(analysis.quotes[index].sentenceBounds.lower, open)
            let windowStart = self.windowStart(analysis, sentenceStart: sentenceStart, open: open)
            var linked: Int? = nil
            // Whether the text frames the quote as the work's own words (《…》写道：, 书中说), not a person's.
            var framed = false
            if let t = Self.lastTitle(spans, tops, before: open), spans[t].outerEnd > windowStart {
                let span = spans[t]
                let inSentence = span.outerEnd > sentenceStart
                if span.outerEnd > previousEnd, directFrame(s, span, gap: min(span.tailEnd, open)..<open) {
                    linked = t
                    framed = true
                } else if span.inWork || span.asSaid, inSentence, open - span.tailEnd <= 300,
                          !containsInWorkOpener(s, min(open, max(span.tailEnd, previousEnd))..<open) {
                    linked = t
                    framed = span.asSaid
                }
                if linked == nil, let l = last, l.sentence == sentenceStart, span.outerEnd <= l.quoteEnd, l.quoteEnd <= open,
                   continuation(s, gap: l.quoteEnd..<open, latin: spans[l.work].latin, speaker: analysis.quotes[index].speaker) {
                    linked = l.work
                }
            } else if let l = last, l.sentence == sentenceStart, l.quoteEnd <= open,
                      continuation(s, gap: l.quoteEnd..<open, latin: spans[l.work].latin, speaker: analysis.quotes[index].speaker) {
                linked = l.work
            }
            if linked == nil, let t = Self.lastTitle(spans, tops, before: open), spans[t].style == .marks, !spans[t].latin,
               open - spans[t].outerEnd <= 400, refersBack(s, max(spans[t].outerEnd, windowStart, previousEnd)..<open) {
                // 《…》是一部…。书中第一回就说：“…”: the book named just before, referred to again.
                linked = t
                framed = true
            }
            if linked == nil, let l = last, l.framed, l.quoteEnd <= open, open - l.quoteEnd <= 60, sameSentence(s, l.quoteEnd..<open),
               analysis.quotes[index].speaker.map({ $0.resolution == .alternation }) ?? true,
               Self.lastTitle(spans, tops, before: open).map({ spans[$0].outerEnd <= l.quoteEnd }) ?? true {
                // 书中提倡…是“…”，最终目的是“…”: the sentence that framed a quote as the work's words goes on citing it
                // (also across the line breaks of clause-per-line text), until a person speaks or another title comes.
                linked = l.work
                framed = true
            }
            if linked == nil, Self.onlyPunctuation(s, sentenceStart..<open), let t = performedTitle(s, spans, tops, after: scanned.outerEnd) {
                linked = t
            }
            if let cited = trailingCitation(s, after: scanned.outerEnd, startOf: startOf) { linked = cited }
            guard let t = linked else { last = nil; continue }
            let container = works[t].container.flatMap(Self.index(of:)).map { works[$0].title }
            analysis.quotes[index].work = WorkReference(title: works[t].title, id: works[t].id, container: container)
            if framed, analysis.quotes[index].speaker?.resolution == .alternation {
                // A conversation turn was only a guess: the text says the work speaks here.
                analysis.quotes[index].speaker = nil
                analysis.quotes[index].cue = nil
                analysis.quotes[index].rule = nil
                analysis.quotes[index].confidence = nil
            }
            works[t].quotes.append(analysis.quotes[index].id)
            last = (scanned.outerEnd, t, sentenceStart, framed)
            // A person quoting in the work is its author when none is known.
            if works[t].author == nil, spans[t].inWork || !spans[t].latin, let speaker = analysis.quotes[index].speaker,
               let end = speaker.end, end <= spans[t].outerStart, spans[t].outerStart - end <= 6,
               speaker.resolution == .explicit {
                works[t].author = speaker.name
            }
        }
    }

    /// Whether `gap` stays in one sentence: no sentence end, and a line break only after a clause's comma (text
    /// written a line per clause), never at a paragraph's end.
    func sameSentence(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        var lastMark: UInt32? = nil
        for i in gap {
            let v = s[i].value
            if CharacterClass.isSentenceFinal(v) { return false }
            if v == 0x0A {
                guard let mark = lastMark, CharacterClass.isClausePunctuation(mark) else { return false }
            } else if !CharacterClass.isSpace(v) {
                lastMark = v
            }
        }
        return true
    }

    /// Whether a clause in `range` opens with a word that refers back to a work (书中, 该书, 文中): scanned at each clause start.
    func refersBack(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        guard !range.isEmpty, !zh.workAnaphors.isEmpty else { return false }
        var i = range.lowerBound
        var clauseStart = true
        while i < range.upperBound {
            let v = s[i].value
            if CharacterClass.isSpace(v) { i += 1; continue }
            if clauseStart, zh.workAnaphors.longestMatch(in: s, startingAt: i, limit: range.upperBound) != nil { return true }
            clauseStart = CharacterClass.isSentenceFinal(v) || CharacterClass.isClausePunctuation(v) || v == 0x0A
            i += 1
        }
        return false
    }

    /// The title a quote that opens its sentence is performed or recited from, named later in that sentence
    /// (“…”驻守在岛上的官兵，用一曲《…》迎接新年; “…”刚刚朗诵完《…》的吉他手): the first title after the quote, with a
    /// word of `performanceCues` between them and no sentence end.
    func performedTitle(_ s: [Unicode.Scalar], _ spans: [WorkSpan], _ tops: [Int], after end: Int) -> Int? {
        guard !zh.performanceCues.isEmpty else { return nil }
        let next = tops.partitionPoint { spans[$0].outerStart < end }
        guard next < tops.count else { return nil }
        let t = tops[next]
        let start = spans[t].outerStart
        guard spans[t].style == .marks, !spans[t].latin, start - end <= 80 else { return nil }
        var performed = false
        for i in end..<start {
            if CharacterClass.isSentenceFinal(s[i].value) { return nil }
            if !performed, zh.performanceCues.longestMatch(in: s, startingAt: i, limit: start) != nil { performed = true }
        }
        return performed ? t : nil
    }

    /// A citation in brackets right after a quote: “…”（《马克思恩格斯选集》第4卷第505页）, “…”（见《论语·学而》）.
    func trailingCitation(_ s: [Unicode.Scalar], after end: Int, startOf: [Int: Int]) -> Int? {
        var i = end
        var skipped = 0
        while i < s.count, skipped < 4, CharacterClass.isSpace(s[i].value) || "。，,.；;".unicodeScalars.contains(s[i]) {
            i += 1
            skipped += 1
        }
        guard i + 1 < s.count, s[i].value == 0xFF08 || s[i].value == 0x28 else { return nil }
        i += 1
        i += zh.citationPrefixes.longestMatch(in: s, startingAt: i) ?? 0
        return startOf[i]
    }

    /// The quote's sentence start, or the start of one or two sentences before when the quote opens its sentence.
    func windowStart(_ analysis: Analysis, sentenceStart: Int, open: Int) -> Int {
        let s = analysis.document.scalars
        var start = sentenceStart
        for _ in 0..<2 {
            guard start > 0, start <= open, Self.onlyPunctuation(s, start..<open) else { break }
            var k = start - 1
            while k > 0, CharacterClass.isSpace(s[k].value) { k -= 1 }
            let previous = analysis.sentences.sentence(containing: k)
            guard previous.lowerBound < start, previous.upperBound <= start else { break }
            start = previous.lowerBound
        }
        return start
    }

    static func onlyPunctuation(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range {
            let v = s[i].value
            if !(CharacterClass.isSpace(v) || CharacterClass.isPunctuation(v)) { return false }
        }
        return true
    }

    /// The last top-level title ending at or before `offset`.
    static func lastTitle(_ spans: [WorkSpan], _ tops: [Int], before offset: Int) -> Int? {
        let after = tops.partitionPoint { spans[$0].outerEnd <= offset }
        return after > 0 ? tops[after - 1] : nil
    }

    /// Whether the text between a title and a quote frames the quote as said in the work:
    /// 指出：, 一文中写道：, 中有这样一段话：, a bare colon, or 据《…》记载，.
    func directFrame(_ s: [Unicode.Scalar], _ span: WorkSpan, gap: Range<Int>) -> Bool {
        guard gap.count <= 40 else { return false }
        guard let tokens = span.latin ? englishTokens(s, gap) : chineseTokens(s, gap) else {
            return !span.latin && locator(s, gap)
        }
        if tokens.cue || tokens.colon { return true }
        if span.latin { return false }
        // 据《…》记载，“…” / 据《…》，“…”
        return zh.sourcePrepositions.longestMatch(in: s, endingAt: span.outerStart) != nil
    }

    /// Whether an in-work opener (在) occurs in `range`: a new frame between a title and a quote.
    func containsInWorkOpener(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        for i in range where zh.inWorkOpeners.longestMatch(in: s, startingAt: i, limit: range.upperBound) != nil { return true }
        return false
    }

    /// A short place in a work between the title and a colon: 襄公二十九年：, 《礼记》孟冬之月：, 《诗经》序：.
    func locator(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> Bool {
        var hi = gap.upperBound
        while hi > gap.lowerBound, CharacterClass.isSpace(s[hi - 1].value) { hi -= 1 }
        guard hi > gap.lowerBound, [0xFF1A, 0x3A, 0xFE55, 0xFE13].contains(s[hi - 1].value) else { return false }
        hi -= 1
        guard hi > gap.lowerBound, hi - gap.lowerBound <= 10 else { return false }
        var place = false
        for i in gap.lowerBound..<hi {
            let v = s[i].value
            guard WorkText.isHan(v) || zh.numerals.contains(s[i]) else { return false }
            if zh.locatorCharacters.contains(s[i]) { place = true }
        }
        return place
    }

    /// Whether a later quote in the same sentence continues the previous linked one: ，并强调“…”.
    func continuation(_ s: [Unicode.Scalar], gap: Range<Int>, latin: Bool, speaker: Speaker?) -> Bool {
        guard gap.count <= 40 else { return false }
        if let start = speaker?.start, gap.contains(start) { return false }
        return (latin ? englishTokens(s, gap) : chineseTokens(s, gap)) != nil
    }

    /// Reads a gap as punctuation, frame words, cues and fillers only; `nil` when anything else is there.
    func chineseTokens(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> (cue: Bool, colon: Bool)? {
        var cue = false
        var colon = false
        var i = gap.lowerBound
        while i < gap.upperBound {
            let v = s[i].value
            switch v {
            case 0xFF1A, 0x3A, 0xFE55, 0xFE13: colon = true; i += 1; continue
            case 0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B, 0x3002, 0x2014, 0x2026, 0xFE50, 0xFE51, 0xFE54, 0xFF0E: i += 1; continue
            default: break
            }
            if CharacterClass.isSpace(v) { i += 1; continue }
            let c = zh.cues.longestMatch(in: s, startingAt: i, limit: gap.upperBound) ?? 0
            let m = zh.middle.longestMatch(in: s, startingAt: i, limit: gap.upperBound) ?? 0
            let f = zh.fillers.longestMatch(in: s, startingAt: i, limit: gap.upperBound) ?? 0
            let n = max(c, m, f)
            guard n > 0 else { return nil }
            if c == n { cue = true }
            i += n
        }
        return (cue, colon)
    }

    /// Reads an English gap as punctuation, cue words and a few frame words.
    func englishTokens(_ s: [Unicode.Scalar], _ gap: Range<Int>) -> (cue: Bool, colon: Bool)? {
        var cue = false
        var colon = false
        var i = gap.lowerBound
        while i < gap.upperBound {
            let v = s[i].value
            if !WorkText.isWordChar(v) {
                if v == 0x3A || v == 0xFF1A { colon = true }
                if v == 0x2E || v == 0x21 || v == 0x3F { return nil } // a sentence ends in between
                i += 1
                continue
            }
            func wordEnd(_ n: Int?) -> Int? {
                guard let n, i + n >= gap.upperBound || !WorkText.isWordChar(s[i + n].value) else { return nil }
                return n
            }
            if let n = wordEnd(en.cues.longestMatch(in: s, startingAt: i, limit: gap.upperBound)) {
                cue = true
                i += n
            } else if let n = wordEnd(en.middle.longestMatch(in: s, startingAt: i, limit: gap.upperBound)) {
                i += n
            } else {
                return nil
            }
        }
        return (cue, colon)
    }
}
