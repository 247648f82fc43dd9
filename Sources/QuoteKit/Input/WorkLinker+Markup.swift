extension WorkLinker {
    /// Titles marked up in the source: `<cite>` always, emphasis (`*Emma*`, `<i>`, an italic
    /// Word run) when it looks like a title and the document is English, as for Markdown emphasis
    /// in plain text.
    func markupSpans(_ origin: DocumentOrigin, language: Language, _ document: Document, into spans: inout [WorkSpan]) {
        let s = document.scalars
        for markup in origin.markup {
            var lo = max(0, markup.range.lowerBound)
            var hi = min(s.count, markup.range.upperBound)
            while lo < hi, CharacterClass.isSpace(s[lo].value) { lo += 1 }
            while hi > lo, CharacterClass.isSpace(s[hi - 1].value) { hi -= 1 }
            guard hi > lo, hi - lo <= 200 else { continue }
            if markup.kind == .emphasis {
                guard language == .en, isEmphasisTitle(s, lo..<hi) else { continue }
            }
            // A title already found inside the same span (《…》 in a <cite>) is not reported twice.
            if spans.contains(where: { $0.outerStart < hi && lo < $0.outerEnd }) { continue }
            spans.append(WorkSpan(style: .emphasis, contentStart: lo, contentEnd: hi, outerStart: lo, outerEnd: hi, tailEnd: hi,
                                  open: markup.mark, depth: 0, unclosed: false, latin: !CharacterClass.isCJK(s[lo].value)))
        }
    }
}
