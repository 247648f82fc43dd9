/// Quotation-mark style checks: `quote.straight` (straight marks in Chinese
/// text), `quote.style-mix` (“” and 「」 in one Chinese document) and
/// `quote.straight-curly-mix` (straight and curly marks in one English
/// document).
///
/// Only quotes the scanner paired are considered, so apostrophes (don't,
/// 'tis, the students' books) never count.
enum QuoteStyleRules {
    static func isStraight(_ v: UInt32) -> Bool {
        QuoteMarks.isStraightDouble(v) || QuoteMarks.isStraightSingle(v)
    }

    static func isCorner(_ v: UInt32) -> Bool {
        v == 0x300C || v == 0x300E || v == 0xFE41 || v == 0xFE43 || v == 0xFF62
    }

    static func isCurly(_ v: UInt32) -> Bool {
        v == QuoteMarks.leftDouble || v == QuoteMarks.leftSingle
    }

    /// Whether the nearest enclosing quote uses a double mark (so this one should be single).
    static func insideDouble(_ quote: ScannedQuote, _ quotes: [ScannedQuote]) -> Bool {
        guard let parent = quote.parent else { return false }
        let v = quotes[parent].openMark.value
        return v == QuoteMarks.leftDouble || QuoteMarks.isStraightDouble(v) || v == 0x300C
    }

    /// The curly pair to use in place of a straight-quoted span.
    static func curlyMarks(for quote: ScannedQuote, _ quotes: [ScannedQuote], chinese: Bool) -> (String, String) {
        let double = QuoteMarks.isStraightDouble(quote.openMark.value)
        if insideDouble(quote, quotes) { return ("‘", "’") }
        if chinese || double { return ("“", "”") }
        return ("‘", "’")
    }

    static func check(_ context: inout LintContext) {
        checkStraight(&context)
        checkGravePairs(&context)
        checkStyleMix(&context)
        checkStraightCurlyMix(&context)
    }

    static func checkStraight(_ context: inout LintContext) {
        guard context.runs(.quoteStraight) else { return }
        let quotes = context.quotes
        for quote in quotes where isStraight(quote.openMark.value) {
            guard let close = quote.closeIndex else { continue }
            let before = context.value(quote.openIndex - 1).map(CharacterClass.isCJK) ?? false
            let after = context.value(close + 1).map(CharacterClass.isCJK) ?? false
            guard before || after || context.containsCJK(quote.content) else { continue }
            // A pair whose content starts with punctuation or space was probably paired wrongly
            // (做｀无冕之王＇，而应该…): no fix can be trusted there.
            let first = context.s[quote.contentStart].value
            let last = context.s[quote.contentEnd - 1].value
            guard !CharacterClass.isSpace(first), !CharacterClass.isSpace(last),
                  !CharacterClass.isClausePunctuation(first), first != 0x3001, !CharacterClass.isSentenceFinal(first) else { continue }
            // ｀小钱＇办成了｀大事＇: grave accents open these quotes, so the scanner's pair is wrong.
            if quote.content.contains(where: { isGrave(context.s[$0].value) }) || graveOpens(before: quote.openIndex, context) { continue }
            let marks = curlyMarks(for: quote, quotes, chinese: true)
            let open = context.mark(quote.openIndex)
            context.report(.quoteStraight, start: quote.openIndex, end: close + 1,
                           message: "straight quotation marks \(open)…\(context.mark(close)) in Chinese text; use \(marks.0)…\(marks.1)",
                           fix: context.remarked(open: quote.openIndex, close: close, with: marks))
        }
    }

    static func isGrave(_ v: UInt32) -> Bool { v == 0x60 || v == 0xFF40 }

    /// Whether a grave accent, not another straight mark, is the nearest mark before `i` on its line.
    static func graveOpens(before i: Int, _ context: LintContext) -> Bool {
        var j = i - 1
        while j >= 0, i - j <= 40 {
            let v = context.s[j].value
            if v == 0x0A || v == 0x0D || isStraight(v) { return false }
            if isGrave(v) { return true }
            j -= 1
        }
        return false
    }

    /// ｀…＇ and `…' in Chinese text (grave accent and apostrophe as quotation marks, from old encodings).
    static func checkGravePairs(_ context: inout LintContext) {
        guard context.runs(.quoteStraight) else { return }
        let s = context.s
        var i = 0
        while i < s.count {
            guard isGrave(s[i].value), let next = context.value(i + 1), !CharacterClass.isSpace(next),
                  !(context.value(i - 1).map(CharacterClass.isAlphanumeric) ?? false) else { i += 1; continue }
            var j = i + 1
            var closer: Int? = nil
            while j < s.count, j - i <= 32 {
                let v = s[j].value
                if v == 0x0A || v == 0x0D || isGrave(v) || CharacterClass.isQuotationMark(v) && !QuoteMarks.isStraightSingle(v) { break }
                if QuoteMarks.isStraightSingle(v) {
                    let before = s[j - 1].value
                    let after = context.value(j + 1) ?? 0x20
                    // it's, don't: an apostrophe, not the closing mark.
                    if CharacterClass.isAlphanumeric(before), CharacterClass.isAlphanumeric(after) { break }
                    if !CharacterClass.isSpace(before) { closer = j }
                    break
                }
                j += 1
            }
            guard let close = closer, close > i + 1, context.containsCJK((i + 1)..<close) else { i += 1; continue }
            let marks = enclosingQuoteIsDouble(at: i, context) ? ("‘", "’") : ("“", "”")
            context.report(.quoteStraight, start: i, end: close + 1,
                           message: "\(context.mark(i))…\(context.mark(close)) used as quotation marks in Chinese text; use \(marks.0)…\(marks.1)",
                           fix: context.remarked(open: i, close: close, with: marks))
            i = close + 1
        }
    }

    /// Whether the innermost scanned quote around offset `i` uses a double mark.
    static func enclosingQuoteIsDouble(at i: Int, _ context: LintContext) -> Bool {
        let quotes = context.quotes
        var low = 0, high = quotes.count
        while low < high {
            let mid = (low + high) / 2
            if quotes[mid].openIndex < i { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0 {
            let quote = quotes[k]
            // Straight single pairs next to grave accents are mis-paired by the scanner: look past them.
            if quote.outerEnd > i, !QuoteMarks.isStraightSingle(quote.openMark.value) {
                let v = quote.openMark.value
                return v == QuoteMarks.leftDouble || QuoteMarks.isStraightDouble(v) || v == 0x300C
            }
            guard let parent = quote.parent else { return false }
            k = parent
        }
        return false
    }

    /// How many quotes open with marks of a style, and where the first of them opens.
    struct StyleCount {
        var count = 0
        var first = Int.max

        mutating func add(_ quote: ScannedQuote) {
            count += 1
            first = min(first, quote.openIndex)
        }

        /// Whether this style is used less than `other` (on a tie, the one that comes later is).
        func isMinority(against other: StyleCount) -> Bool {
            count < other.count || (count == other.count && first > other.first)
        }

        /// Adds the count of another part of the document, whose offsets start `offset` scalars on.
        mutating func add(_ other: StyleCount, shiftedBy offset: Int) {
            count += other.count
            if other.count > 0 { first = min(first, other.first + offset) }
        }
    }

    /// The styles the two mix checks weigh against each other, over all the quotes of a document.
    struct StyleCounts {
        /// “” and ‘’.
        var curly = StyleCount()
        /// 「」, 『』 and their vertical and half-width forms.
        var corner = StyleCount()
        /// Straight marks.
        var straight = StyleCount()

        /// No quotes.
        init() {}

        init(_ quotes: [ScannedQuote]) {
            for quote in quotes {
                let v = quote.openMark.value
                if QuoteStyleRules.isCurly(v) {
                    curly.add(quote)
                } else if QuoteStyleRules.isCorner(v) {
                    corner.add(quote)
                } else if QuoteStyleRules.isStraight(v) {
                    straight.add(quote)
                }
            }
        }

        /// Adds the counts of another part of the document, whose offsets start `offset` scalars on.
        mutating func add(_ other: StyleCounts, shiftedBy offset: Int) {
            curly.add(other.curly, shiftedBy: offset)
            corner.add(other.corner, shiftedBy: offset)
            straight.add(other.straight, shiftedBy: offset)
        }
    }

    // The two mix checks count the styles, then walk the quotes again for the minority style: a list of the
    // quotes of each style was a copy of every quote (a soup of marks has millions).

    static func checkStyleMix(_ context: inout LintContext) {
        guard context.runs(.quoteStyleMix) else { return }
        let counts = context.styleCounts ?? StyleCounts(context.quotes)
        let mainland = counts.curly
        let corner = counts.corner
        guard mainland.count > 0, corner.count > 0 else { return }
        let cornerIsMinority = corner.isMinority(against: mainland)
        let numbers = "\(mainland.count) with “”/‘’, \(corner.count) with 「」/『』"
        let style = cornerIsMinority ? "「」" : "“”"
        let other = cornerIsMinority ? "“”" : "「」"
        // One message shared by every finding (a soup of marks has hundreds of thousands).
        let message = "\(style) quotation in a document that otherwise uses \(other) (\(numbers)); use one style"
        for k in context.quotes.indices {
            let quote = context.quotes[k]
            guard cornerIsMinority ? isCorner(quote.openMark.value) : isCurly(quote.openMark.value) else { continue }
            let end = quote.closeIndex.map { $0 + 1 } ?? quote.openIndex + 1
            context.report(.quoteStyleMix, start: quote.openIndex, end: end, message: message)
        }
    }

    static func checkStraightCurlyMix(_ context: inout LintContext) {
        guard context.runs(.quoteStraightCurlyMix) else { return }
        let styles = context.styleCounts ?? StyleCounts(context.quotes)
        let straight = styles.straight
        let curly = styles.curly
        guard straight.count > 0, curly.count > 0 else { return }
        let straightIsMinority = straight.isMinority(against: curly)
        let counts = "\(curly.count) curly, \(straight.count) straight"
        if straightIsMinority {
            for k in context.quotes.indices where isStraight(context.quotes[k].openMark.value) {
                let quote = context.quotes[k]
                let open = context.mark(quote.openIndex)
                guard let close = quote.closeIndex else {
                    context.report(.quoteStraightCurlyMix, start: quote.openIndex, end: quote.openIndex + 1,
                                   message: "straight quotation mark \(open) in a document that otherwise uses curly quotes (\(counts))")
                    continue
                }
                let marks = curlyMarks(for: quote, context.quotes, chinese: false)
                context.report(.quoteStraightCurlyMix, start: quote.openIndex, end: close + 1,
                               message: "straight quotation marks \(open)…\(context.mark(close)) in a document that otherwise uses curly quotes (\(counts)); use \(marks.0)…\(marks.1)",
                               fix: context.remarked(open: quote.openIndex, close: close, with: marks))
            }
        } else {
            let message = "curly quotation marks in a document that otherwise uses straight quotes (\(counts)); use one style"
            for k in context.quotes.indices where isCurly(context.quotes[k].openMark.value) {
                let quote = context.quotes[k]
                let end = quote.closeIndex.map { $0 + 1 } ?? quote.openIndex + 1
                context.report(.quoteStraightCurlyMix, start: quote.openIndex, end: end, message: message)
            }
        }
    }
}
