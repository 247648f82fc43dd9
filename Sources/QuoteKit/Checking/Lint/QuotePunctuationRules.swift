/// Where a sentence's end mark goes relative to a closing quotation mark
/// (GB/T 15834-2011, the quotation-mark section): a complete sentence quoted
/// on its own keeps its end mark inside (他说：“今天下雨。”); a quotation
/// used as part of the sentence leaves it outside (这就是所谓“两条腿走路”。).
///
/// Both checks are deliberately narrow, to stay quiet on real news text
/// where quoted slogans and excerpts after a colon (题词：“…”。) correctly
/// keep the mark outside:
/// - `punctuation.end-mark-inside` fires only when a *speech verb* (说, 问,
///   答道 …: the pack lexicon `wholeSentenceCues`) and a colon introduce the quote, the quote ends bare (no end
///   mark, ellipsis or bracket) and 。！？ follows the closing mark directly.
/// - `punctuation.end-mark-outside` fires only when a *term marker* (所谓,
///   称为, 叫做 …: the pack lexicon `inlineTermMarkers`) introduces a short quote (≤ 30 characters, no other end
///   mark inside) whose last character is 。 and the closing mark ends the
///   paragraph or is followed by text, not punctuation.
enum QuotePunctuationRules {
    static let sentenceEnds: Set<UInt32> = [0x3002, 0xFF01, 0xFF1F] // 。！？

    static func check(_ context: inout LintContext) {
        let inside = context.runs(.punctuationEndMarkInside)
        let outside = context.runs(.punctuationEndMarkOutside)
        guard inside || outside else { return }
        for quote in context.quotes {
            guard let close = quote.closeIndex, quote.depth == 0, quote.reopenings.isEmpty,
                  quote.contentEnd > quote.contentStart, context.isWellFormed(quote) else { continue }
            if inside { checkMarkInside(quote, close: close, &context) }
            if outside { checkMarkOutside(quote, close: close, &context) }
        }
    }

    /// 他说：“今天下雨”。 → 他说：“今天下雨。”
    static func checkMarkInside(_ quote: ScannedQuote, close: Int, _ context: inout LintContext) {
        guard let after = context.value(close + 1), sentenceEnds.contains(after) else { return }
        // The end mark ends the sentence: nothing but a line end or another sentence follows.
        guard let colon = context.previousNonSpace(before: quote.openIndex),
              context.s[colon].value == 0xFF1A || context.s[colon].value == 0x3A,
              context.lexicons.wholeSentenceCues.longestMatch(in: context.s, endingAt: colon, limit: max(0, colon - 6)) != nil
        else { return }
        let last = context.s[quote.contentEnd - 1].value
        guard CharacterClass.isCJK(last) || CharacterClass.isAlphanumeric(last) else { return }
        // A sentence: at least two characters, all on one line.
        guard quote.contentEnd - quote.contentStart >= 2 else { return }
        for i in quote.content where context.s[i].value == 0x0A || context.s[i].value == 0x0D { return }
        let closeMark = context.mark(close)
        let end = context.mark(close + 1)
        context.report(.punctuationEndMarkInside, start: close, end: close + 2,
                       message: "a complete sentence quoted after a colon keeps its end mark inside: \(end)\(closeMark), not \(closeMark)\(end)",
                       fix: Diagnostic.Fix(start: close, end: close + 2, replacement: end + closeMark))
    }

    /// 所谓“两条腿走路。” → 所谓“两条腿走路”。
    static func checkMarkOutside(_ quote: ScannedQuote, close: Int, _ context: inout LintContext) {
        let content = quote.content
        guard content.count >= 2, content.count <= 31, context.s[close - 1].value == 0x3002,
              context.lexicons.inlineTermMarkers.longestMatch(in: context.s, endingAt: quote.openIndex,
                                                              limit: max(0, quote.openIndex - 6)) != nil else { return }
        for i in content.lowerBound..<(content.upperBound - 1) {
            let v = context.s[i].value
            if sentenceEnds.contains(v) || CharacterClass.isSentenceFinal(v) || CharacterClass.isQuotationMark(v)
                || v == 0x0A || v == 0x0D { return }
        }
        // After the closing mark: the paragraph ends, or text continues (no punctuation of its own).
        if let next = context.value(close + 1), next != 0x0A, next != 0x0D,
           CharacterClass.isPunctuation(next) || CharacterClass.isSpace(next) && next != 0x20 { return }
        let closeMark = context.mark(close)
        let next = context.value(close + 1)
        let continues = next.map { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 } ?? false
        // Mid-sentence the stop is simply dropped; at the end it moves outside.
        let replacement = continues ? closeMark : closeMark + "。"
        context.report(.punctuationEndMarkOutside, start: close - 1, end: close + 1,
                       message: continues
                           ? "a quoted term inside the sentence takes no full stop: \(closeMark), not 。\(closeMark)"
                           : "a quoted term that is part of the sentence leaves the full stop outside: \(closeMark)。, not 。\(closeMark)",
                       fix: Diagnostic.Fix(start: close - 1, end: close + 1, replacement: replacement))
    }
}
