extension WorkLinker {
    /// Links each top-level quotation to the work that frames it, in one pass over the quotes.
    func linkQuotes(_ spans: [WorkSpan], _ works: inout [WorkMention], _ analysis: inout Analysis) {
        let s = analysis.document.scalars
        let tops = spans.indices.filter { spans[$0].depth == 0 } // sorted by position, not overlapping
        guard !tops.isEmpty else { return }
        var previousEnd = -1 // end of the previous top-level quote
        var last: (quoteEnd: Int, work: Int, sentence: Int)? = nil
        for index in analysis.quotes.indices {
            let scanned = analysis.scanned[index]
            guard scanned.depth == 0 else { continue }
            defer { previousEnd = scanned.outerEnd }
            let quote = analysis.quotes[index]
            guard quote.kind == .quotation else { continue }
            let open = scanned.openIndex
            let sentenceStart = quote.sentence.first ?? open
            let windowStart = self.windowStart(analysis, sentenceStart: sentenceStart, open: open)
            var linked: Int? = nil
            if let t = Self.lastTitle(spans, tops, before: open), spans[t].outerStart >= windowStart {
                let span = spans[t]
                let inSentence = span.outerStart >= sentenceStart
                if span.outerEnd > previousEnd, directFrame(s, span, gap: min(span.tailEnd, open)..<open) {
                    linked = t
                } else if span.inWork, inSentence, !s[min(open, max(span.tailEnd, previousEnd))..<open].contains("在") {
                    linked = t
                }
                if linked == nil, let l = last, l.sentence == sentenceStart, span.outerEnd <= l.quoteEnd, l.quoteEnd <= open,
                   continuation(s, gap: l.quoteEnd..<open, latin: spans[l.work].latin, speaker: quote.speaker) {
                    linked = l.work
                }
            } else if let l = last, l.sentence == sentenceStart, l.quoteEnd <= open,
                      continuation(s, gap: l.quoteEnd..<open, latin: spans[l.work].latin, speaker: quote.speaker) {
                linked = l.work
            }
            guard let t = linked else { last = nil; continue }
            let container = works[t].container.flatMap(Self.index(of:)).map { works[$0].title }
            analysis.quotes[index].work = WorkReference(title: works[t].title, id: works[t].id, container: container)
            works[t].quotes.append(quote.id)
            last = (scanned.outerEnd, t, sentenceStart)
            // A person quoting in the work is its author when none is known.
            if works[t].author == nil, spans[t].inWork || !spans[t].latin, let speaker = quote.speaker,
               let end = speaker.end, end <= spans[t].outerStart, spans[t].outerStart - end <= 6,
               speaker.resolution == .explicit {
                works[t].author = speaker.name
            }
        }
    }

    /// The quote's sentence start, or the start of one or two sentences before when the quote opens its sentence.
    func windowStart(_ analysis: Analysis, sentenceStart: Int, open: Int) -> Int {
        let s = analysis.document.scalars
        var start = sentenceStart
        for _ in 0..<2 {
            guard start > 0, Self.onlyPunctuation(s, start..<open) else { break }
            let previous = analysis.sentences.sentence(containing: start - 1)
            guard previous.lowerBound < start else {
                // Between paragraphs: step back over the blank.
                var k = start - 1
                while k > 0, CharacterClass.isSpace(s[k].value) { k -= 1 }
                let before = analysis.sentences.sentence(containing: k)
                guard before.lowerBound < start, before.upperBound <= start else { break }
                start = before.lowerBound
                continue
            }
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
        var lo = 0
        var hi = tops.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if spans[tops[mid]].outerEnd <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? tops[lo - 1] : nil
    }

    /// Whether the text between a title and a quote frames the quote as said in the work:
    /// 指出：, 一文中写道：, 中有这样一段话：, a bare colon, or 据《…》记载，.
    func directFrame(_ s: [Unicode.Scalar], _ span: WorkSpan, gap: Range<Int>) -> Bool {
        guard gap.count <= 40, let tokens = span.latin ? englishTokens(s, gap) : chineseTokens(s, gap) else { return false }
        if tokens.cue || tokens.colon { return true }
        if span.latin { return false }
        // 据《…》记载，“…” / 据《…》，“…”
        let k = span.outerStart
        return k > 0 && s[k - 1].value == 0x636E // 据
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
            case 0xFF1A, 0x3A: colon = true; i += 1; continue
            case 0xFF0C, 0x2C, 0x3001, 0xFF1B, 0x3B, 0x3002, 0x2014, 0x2026: i += 1; continue
            default: break
            }
            if CharacterClass.isSpace(v) { i += 1; continue }
            let c = WorkLexicons.cues.longestMatch(in: s, startingAt: i, limit: gap.upperBound) ?? 0
            let m = WorkLexicons.middle.longestMatch(in: s, startingAt: i, limit: gap.upperBound) ?? 0
            let f = WorkLexicons.fillers.longestMatch(in: s, startingAt: i, limit: gap.upperBound) ?? 0
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
            if let n = wordEnd(WorkLexicons.englishCues.longestMatch(in: s, startingAt: i, limit: gap.upperBound)) {
                cue = true
                i += n
            } else if let n = wordEnd(WorkLexicons.englishMiddle.longestMatch(in: s, startingAt: i, limit: gap.upperBound)) {
                i += n
            } else {
                return nil
            }
        }
        return (cue, colon)
    }
}
