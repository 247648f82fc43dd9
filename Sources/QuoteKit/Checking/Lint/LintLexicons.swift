/// The word lists the lint rules match, read from one language's compiled rule pack.
///
/// The words live in the packs (section `lexicons:`), so a pack given to ``Linter/init(configuration:scanner:packs:)``
/// (`quotekit lint --rules`) extends them. Built once per ``CompiledPack``; a lexicon the packs lack is empty.
struct LintLexicons: Sendable {
    /// Speech verbs that, before a colon, introduce a sentence quoted whole (说, 答道), for
    /// `punctuation.end-mark-inside`. Narrower than `cues` on purpose: after 题词： the mark stays outside.
    let wholeSentenceCues: Lexicon
    /// Words that make the next quote a term inside the sentence (所谓, 称为), for `punctuation.end-mark-outside`.
    let inlineTermMarkers: Lexicon
    /// Words that, right before a quotation mark, say the quoted name is a work (阅读, 小说), for `title.quoted-name`.
    let quotedWorkCues: Lexicon

    init(_ lexicons: [String: Lexicon]) {
        wholeSentenceCues = lexicons.lexicon("wholeSentenceCues")
        inlineTermMarkers = lexicons.lexicon("inlineTermMarkers")
        quotedWorkCues = lexicons.lexicon("quotedWorkCues")
    }
}
