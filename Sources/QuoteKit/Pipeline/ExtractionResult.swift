/// Everything QuoteKit found in one document: quotes, works and diagnostics.
///
/// This is the one result model every exporter writes (JSON, JSON Lines,
/// CSV, HTML).
public struct ExtractionResult: Sendable, Hashable, Codable {
    /// The file path or record id.
    public var source: String
    /// The language used for the document (`zh` or `en`).
    public var language: Language
    /// Quotes in text order.
    public var quotes: [Quote]
    /// Work mentions in text order.
    public var works: [WorkMention]
    /// Problems found while scanning (unclosed and stray marks).
    public var diagnostics: [Diagnostic]

    /// Creates a result.
    /// - Parameters:
    ///   - source: File path or record id.
    ///   - language: The document's language.
    ///   - quotes: Quotes.
    ///   - works: Work mentions.
    ///   - diagnostics: Diagnostics.
    public init(source: String, language: Language, quotes: [Quote], works: [WorkMention], diagnostics: [Diagnostic]) {
        self.source = source
        self.language = language
        self.quotes = quotes
        self.works = works
        self.diagnostics = diagnostics
    }
}
