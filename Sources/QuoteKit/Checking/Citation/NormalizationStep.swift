/// One normalisation step that can make a quotation match its source.
///
/// ``CitationChecker`` reports the steps that were needed for a
/// ``CitationCheck/Verdict/normalized`` verdict (and for the matched parts of
/// other verdicts), in the order below.
public enum NormalizationStep: String, Sendable, Hashable, Codable, CaseIterable {
    /// Unicode NFKC compatibility folding (ligatures, compatibility ideographs, superscripts).
    case nfkc
    /// Full-width and half-width forms (`ＡＢＣ１２３` and `ABC123`, the ideographic space).
    case width
    /// Upper and lower case.
    case `case`
    /// Punctuation differs or is missing (quotation marks, commas, full stops, dashes).
    case punctuation
    /// Whitespace differs, including hard line breaks inside a paragraph.
    case whitespace
    /// Emphasis markup such as `_italic_` or `*bold*`.
    case markup
    /// Traditional and simplified Chinese characters (ICU `Hant-Hans`).
    case traditionalSimplified = "traditional-simplified"
    /// Common variant characters (异体字 such as 峯/峰, 敍/叙, 淸/清).
    case variantCharacters = "variant-characters"
    /// An ellipsis at the start or end of the quotation marks left-out text.
    case ellipsis
}
