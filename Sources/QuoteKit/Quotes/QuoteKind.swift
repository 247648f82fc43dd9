/// What a quoted span is.
public enum QuoteKind: String, Sendable, Codable, CaseIterable {
    /// Someone's words or a cited passage.
    case quotation
    /// Scare quotes, a coined term, a name or a slogan used as a noun.
    case term
}
