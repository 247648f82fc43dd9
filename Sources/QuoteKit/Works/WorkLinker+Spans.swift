extension WorkLinker {
    /// Every title of the document, sorted by position, with its suffixes and frames.
    func makeSpans(_ analysis: Analysis) -> [WorkSpan] {
        let document = analysis.document
        let s = document.scalars
        var spans: [WorkSpan] = []
        spans.reserveCapacity(analysis.titles.count)
        for title in analysis.titles {
            var lo = title.contentStart
            var hi = title.unclosed ? WorkText.recoveredEnd(s, from: title.contentStart, to: title.contentEnd) : title.contentEnd
            while lo < hi, CharacterClass.isSpace(s[lo].value) { lo += 1 }
            while hi > lo, CharacterClass.isSpace(s[hi - 1].value) { hi -= 1 }
            guard hi > lo else { continue }
            let outerEnd = title.closeIndex.map { $0 + 1 } ?? hi
            spans.append(WorkSpan(style: .marks, contentStart: lo, contentEnd: hi, outerStart: title.openIndex, outerEnd: outerEnd,
                                  tailEnd: outerEnd, open: String(Character(title.openMark)), depth: title.depth,
                                  unclosed: title.unclosed))
        }
        let marked = spans.count
        // Markdown emphasis and quoted titles are English conventions; Chinese text marks titles with 《》.
        if analysis.language == .en {
            emphasisSpans(document, into: &spans)
            quotedSpans(analysis, into: &spans)
        }
        if let origin = document.origin { markupSpans(origin, language: analysis.language, document, into: &spans) }
        if spans.count > marked { spans.sort { ($0.outerStart, $0.depth) < ($1.outerStart, $1.depth) } }
        if !knownTitles.isEmpty { knownSpans(document, existing: &spans) }
        for k in spans.indices { frame(&spans[k], document) }
        return spans
    }

    /// Volume, chapter, parenthetical and the 在《…》中 / in *Emma* frame around one title.
    func frame(_ span: inout WorkSpan, _ document: Document) {
        let s = document.scalars
        let limit = min(s.count, span.outerEnd + 48)
        if !span.latin, !span.unclosed {
            let suffix = WorkText.suffix(s, from: span.outerEnd, limit: limit, zh)
            span.volume = suffix.volume
            span.chapter = suffix.chapter
            span.tailEnd = suffix.end
        }
        if let end = WorkText.parenthetical(s, at: span.tailEnd, limit: limit) { span.tailEnd = end }
        guard span.depth == 0 else { return }
        if span.latin {
            span.inWork = englishInBefore(s, span.outerStart)
            if let end = Self.englishByline(s, after: span.tailEnd) { span.tailEnd = end }
        } else {
            // 在《…》, 在其《…》, 在他的《…》, followed by 中, 一文中, 里…
            var k = span.outerStart
            var steps = 0
            while k > 0, steps < 4, zh.inWorkPossessives.contains(s[k - 1]) { k -= 1; steps += 1 }
            if zh.inWorkOpeners.longestMatch(in: s, endingAt: k) != nil,
               zh.inWorkTails.longestMatch(in: s, startingAt: span.tailEnd, limit: limit) != nil {
                span.inWork = true
            }
            if asSaidOpenerBefore(s, span.outerStart),
               zh.asSaidClosers.longestMatch(in: s, startingAt: span.tailEnd, limit: limit) != nil {
                span.asSaid = true
            }
        }
    }

    /// Whether an as-said opener (正如) stands before a title at `start`, right before it or before a description
    /// ending in an attributive particle (正如５年前通过的《…》), in the same clause.
    func asSaidOpenerBefore(_ s: [Unicode.Scalar], _ start: Int) -> Bool {
        if zh.asSaidOpeners.longestMatch(in: s, endingAt: start) != nil { return true }
        guard zh.attributiveParticles.longestMatch(in: s, endingAt: start) != nil else { return false }
        var end = start - 1
        while end > max(0, start - 24) {
            let v = s[end - 1].value
            if CharacterClass.isClausePunctuation(v) || CharacterClass.isSentenceFinal(v) { return false }
            if zh.asSaidOpeners.longestMatch(in: s, endingAt: end) != nil { return true }
            end -= 1
        }
        return false
    }

    /// The end of ` by Jane Austen` after an English title.
    static func englishByline(_ s: [Unicode.Scalar], after index: Int) -> Int? {
        var i = index
        while i < s.count, s[i].value == 0x2C || s[i].value == 0x20 { i += 1 }
        guard i + 3 < s.count, s[i] == "b", s[i + 1] == "y", s[i + 2] == " ",
              let name = capitalisedWords(s, from: i + 3) else { return nil }
        return i + 3 + name.unicodeScalars.count
    }

    /// Whether `in` (then perhaps his/her/the and a work noun) stands right before `index`.
    func englishInBefore(_ s: [Unicode.Scalar], _ index: Int) -> Bool {
        var k = index
        func skipSpaces() { while k > 0, CharacterClass.isSpace(s[k - 1].value) || s[k - 1].value == 0x2C { k -= 1 } }
        func word() -> Range<Int>? {
            skipSpaces()
            var lo = k
            while lo > 0, WorkText.isWordChar(s[lo - 1].value) { lo -= 1 }
            return lo < k ? lo..<k : nil
        }
        guard var w = word() else { return false }
        if en.workTypeNouns.contains(s, w) {
            k = w.lowerBound
            guard let next = word() else { return false }
            w = next
        }
        if en.inWorkPossessives.contains(s, w) {
            k = w.lowerBound
            guard let next = word() else { return false }
            w = next
        }
        return en.inWorkOpeners.contains(s, w)
    }

    /// Markdown emphasis `*Title*` and `_Title_` (not `**bold**`), within one paragraph.
    func emphasisSpans(_ document: Document, into spans: inout [WorkSpan]) {
        let s = document.scalars
        for paragraph in document.paragraphs {
            var i = paragraph.start
            let end = paragraph.end
            while i < end {
                let v = s[i].value
                guard v == 0x2A || v == 0x5F else { i += 1; continue }
                if i > paragraph.start {
                    let p = s[i - 1].value
                    if WorkText.isWordChar(p) || p == v || CharacterClass.isCJK(p) && v == 0x5F { i += 1; continue }
                }
                guard i + 1 < end else { break }
                let first = s[i + 1].value
                if first == v || CharacterClass.isSpace(first) { i += 1; continue }
                var j = i + 1
                var close: Int? = nil
                while j < end, j < i + 200 {
                    let c = s[j].value
                    if c == 0x0A { break }
                    if c == v {
                        let before = s[j - 1].value
                        let after = j + 1 < end ? s[j + 1].value : 0x20
                        if !CharacterClass.isSpace(before), before != v, !WorkText.isWordChar(after), after != v { close = j }
                        break
                    }
                    j += 1
                }
                guard let close else { i += 1; continue }
                let title = (i + 1)..<close
                if isEmphasisTitle(s, title) {
                    spans.append(WorkSpan(style: .emphasis, contentStart: title.lowerBound, contentEnd: title.upperBound,
                                          outerStart: i, outerEnd: close + 1, tailEnd: close + 1, open: String(Character(s[i])),
                                          depth: 0, unclosed: false, latin: !CharacterClass.isCJK(first)))
                }
                i = close + 1
            }
        }
    }

    /// A capitalised (or CJK) run that is not a single stressed word.
    func isEmphasisTitle(_ s: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let first = s[range.lowerBound].value
        let upper = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39) || (first >= 0xC0 && first <= 0xDE)
        guard upper || CharacterClass.isCJK(first) else { return false }
        if en.emphasisStopwords.longestMatch(in: s, startingAt: range.lowerBound, limit: range.upperBound) == range.count {
            return false
        }
        return true
    }

    /// English titles in quotes right after a work noun: the poem "Ozymandias", her essay, "On Reading,".
    func quotedSpans(_ analysis: Analysis, into spans: inout [WorkSpan]) {
        let s = analysis.document.scalars
        for quote in analysis.scanned where !quote.unclosed && quote.contentEnd > quote.contentStart {
            var k = quote.openIndex
            while k > 0, CharacterClass.isSpace(s[k - 1].value) { k -= 1 }
            if k > 0, s[k - 1].value == 0x2C { k -= 1 }
            while k > 0, CharacterClass.isSpace(s[k - 1].value) { k -= 1 }
            guard k < quote.openIndex, // a space (or comma) between noun and quote
                  let n = en.workTypeNouns.longestMatch(in: s, endingAt: k, limit: max(0, k - 12)),
                  k - n == 0 || !WorkText.isWordChar(s[k - n - 1].value) else { continue }
            var hi = quote.contentEnd
            while hi > quote.contentStart, ",.;:!?".unicodeScalars.contains(s[hi - 1]) || CharacterClass.isSpace(s[hi - 1].value) { hi -= 1 }
            guard hi > quote.contentStart, hi - quote.contentStart <= 150,
                  WorkText.isLatinLetter(s[quote.contentStart].value) || (s[quote.contentStart].value >= 0x30 && s[quote.contentStart].value <= 0x39)
            else { continue }
            spans.append(WorkSpan(style: .quoted, contentStart: quote.contentStart, contentEnd: hi, outerStart: quote.openIndex,
                                  outerEnd: quote.outerEnd, tailEnd: quote.outerEnd, open: String(Character(quote.openMark)),
                                  depth: 0, unclosed: false, latin: true))
        }
    }

    /// Known titles written without marks, found by one forward-trie scan that skips marked titles.
    func knownSpans(_ document: Document, existing spans: inout [WorkSpan]) {
        let s = document.scalars
        var found: [WorkSpan] = []
        var next = 0 // index into spans of the next marked title
        for paragraph in document.paragraphs {
            var i = paragraph.start
            while i < paragraph.end {
                while next < spans.count, spans[next].outerEnd <= i { next += 1 }
                if next < spans.count, spans[next].outerStart <= i { i = spans[next].outerEnd; continue }
                let v = s[i].value
                if WorkText.isWordChar(v), i > paragraph.start, WorkText.isWordChar(s[i - 1].value) { i += 1; continue }
                let limit = next < spans.count ? min(paragraph.end, spans[next].outerStart) : paragraph.end
                guard let n = knownTitles.longestMatch(in: s, startingAt: i, limit: limit) else { i += 1; continue }
                let end = i + n
                if WorkText.isWordChar(s[end - 1].value), end < s.count, WorkText.isWordChar(s[end].value) { i += 1; continue }
                found.append(WorkSpan(style: .known, contentStart: i, contentEnd: end, outerStart: i, outerEnd: end, tailEnd: end,
                                      open: "", depth: 0, unclosed: false, latin: WorkText.isLatinLetter(v)))
                i = end
            }
        }
        guard !found.isEmpty else { return }
        spans.append(contentsOf: found)
        spans.sort { ($0.outerStart, $0.depth) < ($1.outerStart, $1.depth) }
    }
}
