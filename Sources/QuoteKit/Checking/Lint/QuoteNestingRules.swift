/// `quote.nesting`: a quotation directly inside a quotation with the same mark.
///
/// Mainland usage alternates “ ‘ ’ ” (a third level goes back to “”), Taiwan
/// and Hong Kong usage 「 『 』 」, English “ ‘ ’ ” (or ‘ “ ” ’). The check
/// compares each closed quote with its closed parent; the fix swaps the inner
/// pair for the alternate mark.
enum QuoteNestingRules {
    /// The alternate pair for an inner quote opened with the same mark as its parent.
    static let alternates: [UInt32: (String, String)] = [
        0x201C: ("‘", "’"), // “ → ‘’
        0x2018: ("“", "”"), // ‘ → “”
        0x300C: ("『", "』"), // 「 → 『』
        0x300E: ("「", "」"), // 『 → 「」
        0xFE41: ("﹃", "﹄"), // ﹁ → ﹃﹄ (vertical)
        0xFE43: ("﹁", "﹂"),
    ]

    static func check(_ context: inout LintContext) {
        guard context.runs(.quoteNesting) else { return }
        let quotes = context.quotes
        for quote in quotes {
            guard let parentIndex = quote.parent, let close = quote.closeIndex, quote.reopenings.isEmpty else { continue }
            let parent = quotes[parentIndex]
            guard context.isWellFormed(quote), context.isWellFormed(parent), parent.openMark == quote.openMark,
                  let marks = alternates[quote.openMark.value] else { continue }
            let open = context.mark(quote.openIndex)
            context.report(.quoteNesting, start: quote.openIndex, end: close + 1,
                           message: "\(open)…\(context.mark(close)) directly inside \(open)…\(context.mark(parent.closeIndex!)): an inner quotation takes \(marks.0)\(marks.1)",
                           fix: context.remarked(open: quote.openIndex, close: close, with: marks))
        }
    }
}
