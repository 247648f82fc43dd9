/// Book-title checks on ``TitleScanner`` spans: `title.nesting` (《 directly
/// inside 《》), `title.in-quotes` (“《…》”) and `title.quoted-name` (a work's
/// name in quotation marks after a reading or work cue: 阅读“…”, 小说“…”; the pack lexicon `quotedWorkCues`).
enum TitleRules {
    static func check(_ context: inout LintContext) {
        checkNesting(&context)
        checkInQuotes(&context)
        checkQuotedName(&context)
    }

    static func checkNesting(_ context: inout LintContext) {
        guard context.runs(.titleNesting) else { return }
        let titles = context.titles
        for title in titles {
            guard let parentIndex = title.parent, let close = title.closeIndex else { continue }
            let parent = titles[parentIndex]
            guard parent.closeIndex != nil, parent.openMark == title.openMark else { continue }
            let double = title.openMark.value == TitleScanner.double.open
            let marks = double ? ("〈", "〉") : ("《", "》")
            let name = context.excerpt(title.contentStart..<title.contentEnd)
            context.report(.titleNesting, start: title.openIndex, end: close + 1,
                           message: "\(context.mark(title.openIndex))\(name)\(context.mark(close)) directly inside \(context.mark(parent.openIndex))…\(context.mark(parent.closeIndex!)): an inner title takes \(marks.0)\(marks.1)",
                           fix: context.remarked(open: title.openIndex, close: close, with: marks))
        }
    }

    /// Whether a quote's content, ignoring spaces, is exactly one closed title.
    static func soleTitle(of quote: ScannedQuote, _ context: LintContext, titleAt: [Int: Int]) -> TitleScanner.Title? {
        var start = quote.contentStart
        var end = quote.contentEnd
        while start < end, CharacterClass.isSpace(context.s[start].value) { start += 1 }
        while end > start, CharacterClass.isSpace(context.s[end - 1].value) { end -= 1 }
        guard let k = titleAt[start] else { return nil }
        let title = context.titles[k]
        guard let close = title.closeIndex, close + 1 == end else { return nil }
        return title
    }

    static func checkInQuotes(_ context: inout LintContext) {
        guard context.runs(.titleInQuotes), !context.titles.isEmpty else { return }
        var titleAt: [Int: Int] = [:]
        for (k, title) in context.titles.enumerated() { titleAt[title.openIndex] = k }
        for quote in context.quotes {
            guard let close = quote.closeIndex, quote.reopenings.isEmpty,
                  let title = soleTitle(of: quote, context, titleAt: titleAt) else { continue }
            // After a colon the quote reproduces text that happens to be a title (名称修改为：“《…》”).
            if let p = context.previousNonSpace(before: quote.openIndex), p >= 0,
               context.s[p].value == 0xFF1A || context.s[p].value == 0x3A { continue }
            let titleText = context.document.string(title.openIndex..<(title.closeIndex! + 1))
            context.report(.titleInQuotes, start: quote.openIndex, end: close + 1,
                           message: "quotation marks around the title \(context.excerpt(title.openIndex..<(title.closeIndex! + 1), limit: 24)): the book-title marks alone suffice",
                           fix: Diagnostic.Fix(start: quote.openIndex, end: close + 1, replacement: titleText))
        }
    }

    static func checkQuotedName(_ context: inout LintContext) {
        guard context.runs(.titleQuotedName) else { return }
        for quote in context.quotes {
            guard let close = quote.closeIndex, quote.depth == 0, quote.reopenings.isEmpty,
                  QuoteMarks.isDoubleFamily(quote.openMark.value) || quote.openMark.value == 0x300C,
                  context.lexicons.quotedWorkCues.longestMatch(in: context.s, endingAt: quote.openIndex,
                                                limit: max(0, quote.openIndex - 6)) != nil else { continue }
            let content = quote.content
            guard content.count >= 2, content.count <= 20, isBareName(content, context) else { continue }
            context.report(.titleQuotedName, start: quote.openIndex, end: close + 1,
                           message: "the work \(context.mark(quote.openIndex))\(context.excerpt(content))\(context.mark(close)) is named in quotation marks; a title takes 《》",
                           fix: Diagnostic.Fix(start: quote.openIndex, end: close + 1, replacement: "《" + context.document.string(content) + "》"))
        }
    }

    /// A name: no sentence or clause punctuation, no other marks, mostly CJK.
    static func isBareName(_ range: Range<Int>, _ context: LintContext) -> Bool {
        var cjk = 0
        for i in range {
            let v = context.s[i].value
            if CharacterClass.isCJK(v) { cjk += 1; continue }
            if CharacterClass.isSentenceFinal(v) || CharacterClass.isClausePunctuation(v) || CharacterClass.isQuotationMark(v)
                || v == 0x3001 || v == 0x300A || v == 0x3008 || v == 0x0A || v == 0x0D { return false }
        }
        return cjk * 2 >= range.count
    }
}
