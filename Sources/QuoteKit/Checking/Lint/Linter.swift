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
    /// How many threads the rounds of ``fix(_:)`` may check a large document's parts on (``safeFixFindings(_:language:)``).
    package var jobs = 1
    /// The fewest scalars in a part of a document worth a thread of its own.
    var minimumPartLength = 1 << 20
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
        let raws = findings(document)
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(raws.count)
        for raw in raws { diagnostics.append(document.resolve(raw)) }
        return diagnostics
    }

    /// Checks a document and hands each diagnostic to `body`, in the order ``lint(_:)`` returns them,
    /// without collecting them (a soup of marks yields millions).
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - body: Called once per diagnostic.
    public func lint(_ document: Document, each body: (Diagnostic) -> Void) {
        for raw in findings(document) { body(document.resolve(raw)) }
    }

    /// The findings of every rule on a document, sorted by position then rule, without duplicates.
    ///
    /// With `onlySafeFixes`, only the findings of the rules whose fixes are safe (``LintRule/fixIsSafe``): the same
    /// fixes, in the same order, as ``safeFixes(_:)`` takes from all the findings, for the rounds of ``fix(_:)``
    /// (on a soup of marks the other findings, made, sorted and dropped each round, were most of its time).
    /// The scanners' own findings (unclosed, stray and mismatched marks) never carry a safe fix, so they are left out.
    /// `language`, when given, is the document's (``LintConfiguration/language`` resolved for it).
    func findings(_ document: Document, onlySafeFixes: Bool = false, language: Language? = nil) -> SortedFindings {
        // Sorted once the scans are gone: on a soup of marks the quotes alone are hundreds of megabytes.
        SortedFindings(unsortedFindings(document, onlySafeFixes: onlySafeFixes, language: language))
    }

    /// The findings of ``findings(_:onlySafeFixes:language:)`` in the order the scanners and rules made them.
    func unsortedFindings(_ document: Document, onlySafeFixes: Bool, language: Language? = nil) -> [RawDiagnostic] {
        let language = language ?? configuration.language.resolved(for: document)
        var quoteScanner = scanner
        quoteScanner.collectsDiagnostics = !onlySafeFixes
        var quoteScan = quoteScanner.scan(document)
        var titleScanner = TitleScanner()
        titleScanner.collectsDiagnostics = !onlySafeFixes
        var titleScan = titleScanner.scan(document)
        var context = LintContext(document: document, language: language, configuration: configuration,
                                  quotes: quoteScan.quotes, titles: titleScan.titles,
                                  lexicons: lexicons[language] ?? LintLexicons([:]), onlySafeFixes: onlySafeFixes)
        if !onlySafeFixes {
            for raw in document.inputFindings { context.adopt(raw) }
            context.adopt(all: &quoteScan.diagnostics)
            context.adopt(all: &titleScan.diagnostics)
        }
        Self.checkRules(&context)
        return context.takeFindings()
    }

    /// Runs every family of rules over a scanned document, in the order their findings are made.
    static func checkRules(_ context: inout LintContext) {
        QuoteNestingRules.check(&context)
        QuoteStyleRules.check(&context)
        TitleRules.check(&context)
        QuotePunctuationRules.check(&context)
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
        var remaining: [Diagnostic] = []
        let (text, applied) = fix(document) { remaining.append($0) }
        return FixResult(text: text, applied: applied, remaining: remaining)
    }

    /// Applies every safe fix like ``fix(_:)``, and hands each diagnostic that remains to `body`, in order,
    /// instead of collecting them (a soup of marks leaves millions).
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - body: Called once per remaining diagnostic, after the fixes.
    /// - Returns: The corrected text and the number of fixes applied.
    /// - Complexity: O(*n* + *d* log *d*) per round for *n* scalars and *d* diagnostics.
    public func fix(_ document: Document, remaining body: (Diagnostic) -> Void) -> (text: String, applied: Int) {
        var result = (text: "", applied: 0)
        fix(document, fixed: { text, applied in
            result = (text, applied)
            return true
        }, remaining: body)
        return result
    }

    /// Applies every safe fix like ``fix(_:remaining:)``, but hands the corrected text to `fixed` before the
    /// remaining diagnostics go to `body`: a caller that rewrites the file and then reports (`lint --in-place`)
    /// need not hold the diagnostics meanwhile (a soup of marks leaves millions, over a gigabyte as ``Diagnostic``s).
    ///
    /// - Parameters:
    ///   - document: The document.
    ///   - fixed: Called once with the corrected text and the number of fixes applied; returning `false`
    ///     skips the remaining diagnostics (the text could not be used).
    ///   - body: Called once per remaining diagnostic, after `fixed`.
    /// - Complexity: O(*n* + *d* log *d*) per round for *n* scalars and *d* diagnostics.
    public func fix(_ document: Document, fixed: (_ text: String, _ applied: Int) -> Bool, remaining body: (Diagnostic) -> Void) {
        var current = document
        var applied = 0
        var rounds = 0
        // The rounds look only for safe fixes; what remains is found once, in the final text.
        var raws = safeFixFindings(current, language: configuration.language.resolved(for: current))
        var complete = false
        while rounds < 4 {
            let (scalars, count) = Linter.applyToScalars(Self.safeFixes(raws.lazy.map { (rule: $0.rule, fix: $0.fix) }), in: current)
            guard let scalars else { break }
            applied += count
            rounds += 1
            // Emptied first, so that two rounds of findings are never held at once.
            raws = SortedFindings()
            let offsets = OffsetTable(scalars: scalars, expectedMarks: current.offsets.markOffsets.count + 64)
            current = Document(scalars: scalars, offsets: offsets, source: document.source)
            complete = rounds == 4
            let language = configuration.language.resolved(for: current)
            raws = complete ? allFindings(current, language: language) : safeFixFindings(current, language: language)
        }
        if !complete {
            raws = SortedFindings()
            raws = allFindings(current, language: configuration.language.resolved(for: current))
        }
        guard fixed(current.text, applied) else { return }
        for raw in raws { body(current.resolve(raw)) }
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
        apply(safeFixes(diagnostics.lazy.map { (rule: $0.rule, fix: $0.fix) }), to: document).text
    }

    /// The fixes of the findings whose rule's fixes are safe (``LintRule/fixIsSafe``), in text order.
    static func safeFixes(_ findings: some Sequence<(rule: String, fix: Diagnostic.Fix?)>) -> [Diagnostic.Fix] {
        var fixes: [Diagnostic.Fix] = []
        for (rule, fix) in findings {
            guard let fix, LintRule(rawValue: rule)?.fixIsSafe == true else { continue }
            fixes.append(fix)
        }
        fixes.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return fixes
    }

    /// Applies sorted fixes (``safeFixes(_:)``) to a document; out-of-range fixes are ignored.
    static func apply(_ fixes: [Diagnostic.Fix], to document: Document) -> (text: String, count: Int) {
        let (scalars, count) = applyToScalars(fixes, in: document)
        return (scalars.map { String(scalars: $0, 0..<$0.count) } ?? document.text, count)
    }

    /// Applies sorted fixes like ``apply(_:to:)`` and returns the corrected scalars, or `nil` when no fix applies.
    /// The fix rounds make their next document from these: a string, encoded to UTF-8 only to be decoded again,
    /// was a sixteenth of `lint --fix`'s time on a 20 MB soup of marks.
    static func applyToScalars(_ fixes: [Diagnostic.Fix], in document: Document) -> (scalars: [Unicode.Scalar]?, count: Int) {
        let s = document.scalars
        var fixed: [Unicode.Scalar] = []
        var cursor = 0
        var count = 0
        for fix in fixes where fix.start >= cursor && fix.start <= fix.end && fix.end <= document.count {
            if fix.start == cursor, count > 0, fix.start == fix.end { continue }
            if count == 0 { fixed.reserveCapacity(document.count + 64) }
            fixed.append(contentsOf: s[cursor..<fix.start])
            fixed.append(contentsOf: fix.replacement.unicodeScalars)
            cursor = fix.end
            count += 1
        }
        if count == 0 { return (nil, 0) }
        fixed.append(contentsOf: s[cursor..<document.count])
        return (fixed, count)
    }
}
