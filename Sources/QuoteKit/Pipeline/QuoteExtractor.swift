/// Finds the quotations in a text, classifies them, attributes them and links them to works.
///
/// `QuoteExtractor` wires the pipeline stages in their one direction:
/// ``Document`` → ``QuoteScanner`` → ``KindClassifier`` → ``Attributor`` →
/// ``WorkLinker`` → ``ExtractionResult``. It is a value type and `Sendable`:
/// share one extractor between tasks and call ``extract(_:)`` concurrently.
///
/// ```swift
/// import QuoteKit
///
/// let extractor = QuoteExtractor()
/// let result = extractor.extract(Document(text: "孔子说：“三人行，必有我师焉。”"))
/// for quote in result.quotes {
///     print(quote.kind, quote.speaker?.name ?? "-", quote.text)
/// }
/// ```
public struct QuoteExtractor: Sendable {
    /// Options for an extractor.
    public struct Configuration: Sendable {
        /// The language of the input, or ``Language/auto`` to detect it per document.
        public var language: Language = .auto
        /// The quote scanner's limits.
        public var scanner = QuoteScanner()
        /// The quotation/term classifier's rules.
        public var kindRules: KindClassifier.Rules = .standard
        /// The attribution stage.
        public var attributor = Attributor()
        /// The work-linking stage.
        public var workLinker = WorkLinker()
        /// The most quotes extracted from one document. A document with more yields no quotes and one
        /// `input.too-many-quotes` error diagnostic (the CLI reports it as an input error), instead of
        /// holding every quote in memory at once: at about 300 bytes a quote, a document of only bare quotes
        /// under the 64 MiB input limit could take gigabytes, and attributing a quote costs some 25 µs. The
        /// default, 200,000, is ten times the quotations of a long novel; at the limit a document is extracted
        /// in a few seconds and under 0.4 GB.
        public var maxQuotes = QuoteExtractor.defaultMaxQuotes
        /// How many windows of a document with very many quotes (``AttributionWindows``) are attributed at once: the
        /// CLI gives its `--jobs`, so that a single huge document uses the cores a corpus would. The result is the same.
        package var windowJobs = 1

        /// Default configuration: auto-detected language, built-in rules.
        public init() {}
    }

    /// The default of ``Configuration/maxQuotes``.
    public static let defaultMaxQuotes = 200_000
    /// The rule of the error diagnostic of a document with more than ``Configuration/maxQuotes`` quotes.
    public static let tooManyQuotesRule = "input.too-many-quotes"

    /// The configuration in use.
    public let configuration: Configuration
    let classifier: KindClassifier
    /// With the built-in kind rules: each language's own (``KindClassifier/Rules/standard(for:)``).
    let languageClassifiers: [Language: KindClassifier]
    /// The configured work stage, reading the lexicons of the configured attributor's packs.
    let workLinker: WorkLinker

    /// Creates an extractor.
    /// - Parameter configuration: Options; the defaults suit Chinese and English news and fiction.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
        self.classifier = KindClassifier(rules: configuration.kindRules)
        if configuration.kindRules == .standard {
            let languages = Language.allCases.filter { $0 != .auto }
            languageClassifiers = Dictionary(uniqueKeysWithValues: languages.map { ($0, KindClassifier(rules: .standard(for: $0))) })
        } else {
            languageClassifiers = [:]
        }
        self.workLinker = configuration.workLinker.reading(configuration.attributor)
    }

    /// Extracts quotes, works and diagnostics from a document.
    ///
    /// - Parameter document: The document.
    /// - Returns: The result for this document.
    /// - Complexity: O(*n*) in the document length; ICU sentence segmentation runs only on paragraphs holding quotes.
    public func extract(_ document: Document) -> ExtractionResult {
        var analysis = analyze(document)
        return finish(&analysis)
    }

    /// Extracts like ``extract(_:)``, but throws for a document with more than ``Configuration/maxQuotes``
    /// quotes instead of returning a result that holds only its `input.too-many-quotes` error.
    ///
    /// - Parameter document: The document.
    /// - Returns: The result for this document.
    /// - Throws: ``InputError`` with reason ``InputError/Reason/tooManyQuotes(limit:)``.
    public func extractWithinLimit(_ document: Document) throws(InputError) -> ExtractionResult {
        let result = extract(document)
        if let refusal = refusal(of: result) { throw refusal }
        return result
    }

    /// The error for a result whose document held more than ``Configuration/maxQuotes`` quotes, else `nil`.
    package func refusal(of result: ExtractionResult) -> InputError? {
        guard result.quotes.isEmpty, result.diagnostics.contains(where: { $0.rule == Self.tooManyQuotesRule }) else { return nil }
        return InputError(source: result.source, reason: .tooManyQuotes(limit: configuration.maxQuotes))
    }

    /// Extracts from a string.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - source: The name reported as `source`.
    /// - Returns: The result.
    public func extract(text: String, source: String = "-") -> ExtractionResult {
        extract(Document(text: text, source: source))
    }

    /// Runs every stage and returns the working state, for callers that need more than the result.
    ///
    /// - Parameter document: The document.
    /// - Returns: The analysis after all stages.
    public func analyze(_ document: Document) -> Analysis {
        var analysis = prepare(document)
        _ = attribute(&analysis, explain: false)
        workLinker.link(&analysis)
        return analysis
    }

    /// Extracts like ``extract(_:)`` and also returns, per quote, the attribution rules tried and why each failed or fired.
    ///
    /// - Parameter document: The document.
    /// - Returns: The result and one ``AttributionTrace`` per top-level quote.
    public func extractExplained(_ document: Document) -> (result: ExtractionResult, traces: [AttributionTrace]) {
        var analysis = prepare(document)
        let traces = attribute(&analysis, explain: true)
        workLinker.link(&analysis)
        return (finish(&analysis), traces)
    }

    /// Scans, classifies and builds the analysis before attribution and work linking.
    func prepare(_ document: Document) -> Analysis {
        let language = configuration.language.resolved(for: document)
        var scanner = configuration.scanner
        scanner.maxQuotes = min(scanner.maxQuotes, configuration.maxQuotes)
        let scan = scanner.scan(document)
        let sentences = SentenceIndex(document: document)
        if scan.exceededQuoteLimit {
            let refusal = RawDiagnostic(start: 0, end: 0, rule: Self.tooManyQuotesRule, severity: .error,
                                        message: "more than \(scanner.maxQuotes) quotations in one document; none were extracted (split the document)")
            return Analysis(document: document, language: language, scanned: [], titles: [], quotes: [],
                            diagnostics: document.inputFindings + [refusal], sentences: sentences)
        }
        let titles = TitleScanner().scan(document)
        var quotes: [Quote] = []
        quotes.reserveCapacity(scan.quotes.count)
        var hints = (paragraph: 0, line: 0) // quotes come in text order: look-ups start where the last one ended
        let classifier = languageClassifiers[language] ?? self.classifier
        for (index, scanned) in scan.quotes.enumerated() {
            quotes.append(makeQuote(scanned, index: index, all: scan.quotes, document: document, sentences: sentences,
                                    classifier: classifier, hints: &hints))
        }
        return Analysis(document: document, language: language, scanned: scan.quotes, titles: titles.titles,
                        quotes: quotes, diagnostics: document.inputFindings + scan.diagnostics + titles.diagnostics, sentences: sentences)
    }

    /// Turns an analysis into the result model.
    func finish(_ analysis: inout Analysis) -> ExtractionResult {
        let document = analysis.document
        let diagnostics = analysis.diagnostics.sorted { $0.start < $1.start }.map { document.resolve($0) }
        var result = ExtractionResult(source: document.source, language: analysis.language, quotes: analysis.quotes,
                                      works: analysis.works, diagnostics: diagnostics)
        if let origin = document.origin { result.locate(with: origin) }
        return result
    }

    func makeQuote(_ scanned: ScannedQuote, index: Int, all: [ScannedQuote], document: Document, sentences: SentenceIndex,
                   classifier: KindClassifier, hints: inout (paragraph: Int, line: Int)) -> Quote {
        let (start, end) = document.offsets.positions(of: scanned.contentStart, scanned.contentEnd, in: document.scalars,
                                                      lineHint: &hints.line)
        // One paragraph search serves the quote, its sentence and its kind (the content starts in the opening
        // mark's paragraph unless the mark ends that paragraph).
        let paragraph = document.paragraphIndex(containing: scanned.openIndex, hint: &hints.paragraph)
        let contentParagraph = paragraph.flatMap { scanned.contentStart < document.paragraphs[$0].end ? $0 : nil }
            ?? document.paragraphIndex(containing: scanned.contentStart)
        var text: String
        if scanned.reopenings.isEmpty {
            text = document.string(scanned.content)
        } else {
            // Leave out the marks that reopen the quote in each new paragraph.
            var pieces: [Range<Int>] = []
            var from = scanned.contentStart
            for mark in scanned.reopenings where mark < scanned.contentEnd {
                pieces.append(from..<mark)
                from = mark + 1
            }
            pieces.append(from..<scanned.contentEnd)
            text = String(scalars: document.scalars, pieces)
        }
        let sentence = sentences.sentence(containing: scanned.contentStart, inParagraph: contentParagraph)
        let kind = classifier.classify(scanned, in: document, paragraph: paragraph).kind
        return Quote(id: Quote.identifier(index), source: document.source, text: text,
                     start: start.scalar, end: end.scalar, utf16: OffsetPair(start.utf16, end.utf16), utf8: OffsetPair(start.utf8, end.utf8),
                     line: start.line, column: start.column,
                     open: QuoteMarks.string(scanned.openMark), close: scanned.closeMark.map(QuoteMarks.string),
                     depth: scanned.depth, parent: scanned.parent.map(Quote.identifier),
                     kind: kind, unclosed: scanned.unclosed,
                     sentence: OffsetPair(sentence.lowerBound, sentence.upperBound),
                     paragraph: paragraph ?? 0)
    }
}
