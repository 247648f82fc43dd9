/// Checks quotation and book-title marks for editors (GB/T 15834-2011 for
/// Chinese, common usage for English).
///
/// The linter builds on the scanners: ``QuoteScanner`` reports unclosed,
/// stray and mismatched quotation marks, ``TitleScanner`` unclosed and stray
/// title marks, and the rule families here add nesting, style, title and
/// punctuation checks on the spans they found. Every finding is a
/// ``Diagnostic`` whose ``Diagnostic/rule`` is a ``LintRule`` identifier;
/// ``LintConfiguration`` switches rules off or changes their severity.
///
/// ```swift
/// let linter = Linter()
/// let document = Document(text: "他说：“今天下雨”。")
/// for diagnostic in linter.lint(document) {
///     print(diagnostic.line, diagnostic.rule, diagnostic.message)
/// }
/// print(linter.fix(document).text) // 他说：“今天下雨。”
/// ```
///
/// `Linter` is a value type and `Sendable`; share one between tasks.
public struct Linter: Sendable {
    /// Which rules run, at which severity, for which language.
    public var configuration: LintConfiguration
    /// The quotation scanner whose results the rules check.
    public var scanner: QuoteScanner
    /// The rules' word lists per language (speech verbs, term markers, work cues), from the rule packs.
    let lexicons: [Language: LintLexicons]

    /// Creates a linter with the built-in rule packs' word lists.
    ///
    /// - Parameters:
    ///   - configuration: Rules, severities and language; the default runs every rule.
    ///   - scanner: The quotation scanner to use.
    public init(configuration: LintConfiguration = .default, scanner: QuoteScanner = QuoteScanner()) {
        self.init(configuration: configuration, scanner: scanner, attributor: .standard)
    }

    /// Creates a linter whose word lists add those of extra rule packs (their lexicons
    /// `wholeSentenceCues`, `inlineTermMarkers` and `quotedWorkCues` join the built-in ones).
    ///
    /// - Parameters:
    ///   - configuration: Rules, severities and language; the default runs every rule.
    ///   - scanner: The quotation scanner to use.
    ///   - packs: Rule packs to add to the built-in ones.
    /// - Throws: ``RulePackError`` when a pack is invalid or a built-in pack cannot be loaded.
    public init(configuration: LintConfiguration = .default, scanner: QuoteScanner = QuoteScanner(), packs: [RulePack]) throws(RulePackError) {
        self.init(configuration: configuration, scanner: scanner, attributor: packs.isEmpty ? .standard : try Attributor(packs: packs))
    }

    init(configuration: LintConfiguration, scanner: QuoteScanner, attributor: Attributor) {
        self.configuration = configuration
        self.scanner = scanner
        self.lexicons = attributor.compiled.mapValues(\.lint)
    }

    /// Checks a document.
    ///
    /// - Parameter document: The document.
    /// - Returns: The diagnostics, sorted by position then rule.
    /// - Complexity: O(*n*) in the document length.
    public func lint(_ document: Document) -> [Diagnostic] {
        let language = configuration.language.resolved(for: document)
        let quoteScan = scanner.scan(document)
        let titleScan = TitleScanner().scan(document)
        var context = LintContext(document: document, language: language, configuration: configuration,
                                  quotes: quoteScan.quotes, titles: titleScan.titles,
                                  lexicons: lexicons[language] ?? LintLexicons([:]))
        for raw in document.inputFindings { context.adopt(raw) }
        for raw in quoteScan.diagnostics { context.adopt(raw) }
        for raw in titleScan.diagnostics { context.adopt(raw) }
        QuoteNestingRules.check(&context)
        QuoteStyleRules.check(&context)
        TitleRules.check(&context)
        QuotePunctuationRules.check(&context)
        // Duplicates share (start, rule, end), so after sorting they sit together: compare within those runs
        // instead of hashing every finding's message (a quarter of lint --fix's time on a 5 MB soup of marks).
        let sorted = context.findings.sorted { ($0.start, $0.rule, $0.end) < ($1.start, $1.rule, $1.end) }
        var unique: [RawDiagnostic] = []
        unique.reserveCapacity(sorted.count)
        var run = 0
        for raw in sorted {
            if let last = unique.last, last.start != raw.start || last.end != raw.end || last.rule != raw.rule { run = unique.count }
            if !unique[run...].contains(raw) { unique.append(raw) }
        }
        return unique.map { document.resolve($0) }
    }

    /// Checks a string.
    ///
    /// - Parameters:
    ///   - text: The text.
    ///   - source: The name reported as ``Diagnostic/source``.
    /// - Returns: The diagnostics.
    public func lint(text: String, source: String = "-") -> [Diagnostic] {
        lint(Document(text: text, source: source))
    }

    /// The result of ``fix(_:)``.
    public struct FixResult: Sendable {
        /// The corrected text.
        public var text: String
        /// How many fixes were applied.
        public var applied: Int
        /// The diagnostics of the corrected text.
        public var remaining: [Diagnostic]
    }

    /// Applies every safe fix, re-checking until nothing more can be fixed (at most four rounds, for overlapping fixes).
    ///
    /// - Parameter document: The document.
    /// - Returns: The corrected text, the number of fixes applied, and the diagnostics that remain.
    public func fix(_ document: Document) -> FixResult {
        var current = document
        var diagnostics = lint(current)
        var applied = 0
        for _ in 0..<4 {
            let (text, count) = Linter.apply(diagnostics, to: current)
            if count == 0 { break }
            applied += count
            current = Document(text: text, source: document.source)
            diagnostics = lint(current)
        }
        return FixResult(text: current.text, applied: applied, remaining: diagnostics)
    }

    /// Applies the fixes of diagnostics whose rule's fixes cannot change meaning (``LintRule/fixIsSafe``).
    ///
    /// Fixes are applied in text order; a fix that overlaps one already taken
    /// is skipped (run the linter again to get it). Fixes of other rules,
    /// unknown rules, and out-of-range fixes are ignored.
    ///
    /// - Parameters:
    ///   - diagnostics: Diagnostics of `document`, as returned by ``lint(_:)``.
    ///   - document: The document they were found in.
    /// - Returns: The corrected text.
    /// - Complexity: O(*n* + *d* log *d*) for *n* scalars and *d* diagnostics.
    public static func applyFixes(_ diagnostics: [Diagnostic], to document: Document) -> String {
        apply(diagnostics, to: document).text
    }

    static func apply(_ diagnostics: [Diagnostic], to document: Document) -> (text: String, count: Int) {
        let fixes = diagnostics
            .filter { LintRule(rawValue: $0.rule)?.fixIsSafe == true }
            .compactMap(\.fix)
            .filter { $0.start >= 0 && $0.start <= $0.end && $0.end <= document.count }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var view = String.UnicodeScalarView()
        var cursor = 0
        var count = 0
        for fix in fixes where fix.start >= cursor {
            if fix.start == cursor, count > 0, fix.start == fix.end { continue }
            view.append(contentsOf: document.scalars[cursor..<fix.start])
            view.append(contentsOf: fix.replacement.unicodeScalars)
            cursor = fix.end
            count += 1
        }
        if count == 0 { return (document.text, 0) }
        view.append(contentsOf: document.scalars[cursor...])
        return (String(view), count)
    }
}
