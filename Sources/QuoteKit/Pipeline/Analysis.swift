/// The working state of one document as it flows through the pipeline stages.
///
/// Each stage (classifier, attribution, work linker, checker) reads what the
/// earlier ones left and fills in its own fields. Created and consumed inside
/// ``QuoteExtractor/extract(_:)``; exposed so custom stages can be tested alone.
public struct Analysis {
    /// The document.
    public let document: Document
    /// The resolved language.
    public let language: Language
    /// Quotes as scanned, parallel to ``quotes``.
    public var scanned: [ScannedQuote]
    /// Book titles found by ``TitleScanner``.
    public var titles: [TitleScanner.Title]
    /// The result quotes, in text order.
    public var quotes: [Quote]
    /// Work mentions (filled by the work linker).
    public var works: [WorkMention] = []
    /// Diagnostics from every stage.
    var diagnostics: [RawDiagnostic]
    /// Sentence boundaries on demand.
    package let sentences: SentenceIndex

    init(document: Document, language: Language, scanned: [ScannedQuote], titles: [TitleScanner.Title],
         quotes: [Quote], diagnostics: [RawDiagnostic], sentences: SentenceIndex) {
        self.document = document
        self.language = language
        self.scanned = scanned
        self.titles = titles
        self.quotes = quotes
        self.diagnostics = diagnostics
        self.sentences = sentences
    }
}
