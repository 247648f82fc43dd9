/// What the lint rules share while checking one document: the scans, the
/// configuration, and the findings so far.
struct LintContext {
    let document: Document
    let s: [Unicode.Scalar]
    let language: Language
    let configuration: LintConfiguration
    let quotes: [ScannedQuote]
    let titles: [TitleScanner.Title]
    /// The word lists of the document's language, from the packs.
    let lexicons: LintLexicons
    private(set) var findings: [RawDiagnostic] = []
    /// The quote styles of the whole document, when this context checks a part of it (``Linter/allFindings(_:language:)``);
    /// `nil`: counted from ``quotes``.
    var styleCounts: QuoteStyleRules.StyleCounts? = nil
    /// Whether each rule runs and at what severity, worked out once: a soup of marks reports millions of
    /// findings, and looking the configuration up by name for each was a tenth of `lint --fix`'s time.
    private let ruleSettings: [LintRule: (runs: Bool, severity: Diagnostic.Severity)]

    init(document: Document, language: Language, configuration: LintConfiguration,
         quotes: [ScannedQuote], titles: [TitleScanner.Title], lexicons: LintLexicons, onlySafeFixes: Bool = false) {
        self.document = document
        self.s = document.scalars
        self.language = language
        self.configuration = configuration
        self.quotes = quotes
        self.titles = titles
        self.lexicons = lexicons
        var settings: [LintRule: (runs: Bool, severity: Diagnostic.Severity)] = [:]
        for rule in LintRule.allCases {
            let runs = configuration.isEnabled(rule) && rule.languages.contains(language) && (rule.fixIsSafe || !onlySafeFixes)
            settings[rule] = (runs, configuration.severity(for: rule))
        }
        ruleSettings = settings
    }

    /// Whether a rule runs on this document (switched on and meant for its language).
    func runs(_ rule: LintRule) -> Bool {
        ruleSettings[rule]?.runs ?? false
    }

    /// Records a finding for a rule, at the rule's configured severity, if the rule runs.
    mutating func report(_ rule: LintRule, start: Int, end: Int, message: String, fix: Diagnostic.Fix? = nil) {
        guard let setting = ruleSettings[rule], setting.runs else { return }
        findings.append(RawDiagnostic(start: start, end: end, rule: rule.rawValue, severity: setting.severity, message: message, fix: fix))
    }

    /// Adds a scanner diagnostic under its rule's configuration; unknown rules pass through unchanged.
    mutating func adopt(_ raw: RawDiagnostic) {
        guard let rule = LintRule(rawValue: raw.rule) else { findings.append(raw); return }
        report(rule, start: raw.start, end: raw.end, message: raw.message, fix: raw.fix)
    }

    /// Adds a scanner's diagnostics like ``adopt(_:)``, one by one, and empties `raws`. The first list adopted
    /// becomes the findings in place: a soup of marks yields millions, and a copy of them doubled the memory.
    mutating func adopt(all raws: inout [RawDiagnostic]) {
        guard findings.isEmpty else {
            // Room for all of them at once, and each run's rule looked up once: adopted one by one, the title
            // scanner's half a million findings on a 36 MB soup of marks took a second.
            findings.reserveCapacity(findings.count + raws.count)
            var name: String? = nil
            var setting: (runs: Bool, severity: Diagnostic.Severity?) = (true, nil)
            for var raw in raws {
                if raw.rule != name {
                    name = raw.rule
                    setting = self.setting(forRuleNamed: raw.rule)
                }
                guard setting.runs else { continue }
                if let severity = setting.severity { raw.severity = severity }
                findings.append(raw)
            }
            raws = []
            return
        }
        // A scanner's findings come in runs of one rule: each run's rule is looked up once, not each finding's.
        var name: String? = nil
        var setting: (runs: Bool, severity: Diagnostic.Severity?) = (true, nil)
        var kept = 0
        for k in raws.indices {
            if raws[k].rule != name {
                name = raws[k].rule
                setting = self.setting(forRuleNamed: raws[k].rule)
            }
            guard setting.runs else { continue }
            if let severity = setting.severity { raws[k].severity = severity }
            raws.swapAt(kept, k)
            kept += 1
        }
        raws.removeLast(raws.count - kept)
        swap(&findings, &raws)
    }

    /// Whether a rule named in a scanner's finding runs and the severity it takes; unknown rules pass through
    /// unchanged (they run, at the severity the scanner gave).
    private func setting(forRuleNamed name: String) -> (runs: Bool, severity: Diagnostic.Severity?) {
        LintRule(rawValue: name).flatMap { ruleSettings[$0] }.map { ($0.runs, $0.severity) } ?? (true, nil)
    }

    /// The findings, handed over (the context keeps none).
    mutating func takeFindings() -> [RawDiagnostic] {
        defer { findings = [] }
        return findings
    }

    // MARK: Text helpers

    @inline(__always) func value(_ i: Int) -> UInt32? {
        i >= 0 && i < s.count ? s[i].value : nil
    }

    /// The offset of the last non-space scalar before `i` on the same line, or `nil`.
    func previousNonSpace(before i: Int) -> Int? {
        var j = i - 1
        while j >= 0 {
            let v = s[j].value
            if v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029 { return nil }
            if !CharacterClass.isSpace(v) { return j }
            j -= 1
        }
        return nil
    }

    /// Whether a quote is closed by its own closing mark (not “…’ or 「…”).
    func isWellFormed(_ quote: ScannedQuote) -> Bool {
        guard let close = quote.closeMark?.value else { return false }
        let open = quote.openMark.value
        if open == close { return QuoteStyleRules.isStraight(open) }
        return QuoteMarks.closers(for: open)?.contains(close) == true
    }

    /// The mark as a one-character string.
    func mark(_ i: Int) -> String { String(Character(s[i])) }

    /// A short excerpt of `range` for messages, cut at `limit` scalars.
    func excerpt(_ range: Range<Int>, limit: Int = 16) -> String {
        if range.count <= limit { return document.string(range) }
        return document.string(range.lowerBound..<(range.lowerBound + limit)) + "…"
    }

    /// Whether `range` holds a CJK ideograph or kana.
    func containsCJK(_ range: Range<Int>) -> Bool {
        for i in range where CharacterClass.isCJK(s[i].value) { return true }
        return false
    }

    /// The text `open + content + close` for a quote or title, replacing its two marks.
    func remarked(open: Int, close: Int, with marks: (String, String)) -> Diagnostic.Fix {
        Diagnostic.Fix(start: open, end: close + 1, replacement: marks.0 + document.string((open + 1)..<close) + marks.1)
    }
}
