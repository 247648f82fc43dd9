/// A problem found in a text: an unclosed quote, a stray mark, a lint finding.
///
/// Scanners and the linter report diagnostics with scalar offsets; ``line``
/// and ``column`` are 1-based and point at ``start``.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
        /// Informational; never fails a run.
        case note
        /// Probably a mistake; does not fail `quotekit lint`.
        case warning
        /// A definite fault; `quotekit lint` exits 1.
        case error

        private var rank: Int { self == .note ? 0 : self == .warning ? 1 : 2 }
        /// Orders `note < warning < error`.
        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// A replacement that repairs the problem.
    public struct Fix: Sendable, Hashable, Codable {
        /// Scalar offset of the first replaced character.
        public var start: Int
        /// Scalar offset just past the replaced characters.
        public var end: Int
        /// The text to put in place of `start..<end`.
        public var replacement: String

        /// Creates a fix.
        /// - Parameters:
        ///   - start: Scalar offset of the first replaced character.
        ///   - end: Scalar offset just past the replaced range.
        ///   - replacement: The new text.
        public init(start: Int, end: Int, replacement: String) {
            self.start = start
            self.end = end
            self.replacement = replacement
        }
    }

    /// The file path or record id the diagnostic is about.
    public var source: String
    /// 1-based line of ``start``.
    public var line: Int
    /// 1-based column of ``start``, in scalars.
    public var column: Int
    /// Scalar offset of the first character concerned.
    public var start: Int
    /// Scalar offset just past the characters concerned.
    public var end: Int
    /// A stable rule identifier such as `quote.unclosed`.
    public var rule: String
    /// How serious it is.
    public var severity: Severity
    /// A sentence for people.
    public var message: String
    /// A safe repair, when one exists.
    public var fix: Fix?
    /// Where the problem lies in the document it was read from (DOCX, HTML, Markdown); `nil` for plain text.
    public var location: SourceLocation? = nil

    /// Creates a diagnostic.
    ///
    /// - Parameters:
    ///   - source: File path or record id.
    ///   - line: 1-based line.
    ///   - column: 1-based column.
    ///   - start: Scalar offset of the start.
    ///   - end: Scalar offset of the end.
    ///   - rule: Rule identifier.
    ///   - severity: Severity.
    ///   - message: Human-readable message.
    ///   - fix: Optional repair.
    public init(source: String, line: Int, column: Int, start: Int, end: Int, rule: String,
                severity: Severity, message: String, fix: Fix? = nil) {
        self.source = source
        self.line = line
        self.column = column
        self.start = start
        self.end = end
        self.rule = rule
        self.severity = severity
        self.message = message
        self.fix = fix
    }
}

/// Messages that name marks ("”: closing quotation mark without an opening mark"), made once per text and marks.
///
/// A soup of marks makes the scanners report millions of findings; a string of its own for each (too long
/// to be stored inline) was a fifth of `lint --fix`'s memory. The copies handed out share one storage.
struct MarkMessages {
    private struct Key: Hashable {
        var text: String
        var marks: (UInt32, UInt32, UInt32)

        static func == (a: Key, b: Key) -> Bool { a.marks == b.marks && a.text == b.text }

        func hash(into hasher: inout Hasher) {
            hasher.combine(marks.0)
            hasher.combine(marks.1)
            hasher.combine(marks.2)
            // The texts are a few fixed sentences: their lengths tell them apart well enough, without hashing
            // their bytes for every mark of a soup (equality still compares them).
            hasher.combine(text.utf8.count)
        }
    }

    private var made: [Key: String] = [:]

    /// "`mark`: `text`".
    mutating func callAsFunction(_ mark: Unicode.Scalar, _ text: String) -> String {
        callAsFunction(text, mark) { "\(String(Character(mark))): \(text)" }
    }

    /// The message `make` writes about up to three marks, made the first time `text` comes with these marks.
    mutating func callAsFunction(_ text: String, _ a: Unicode.Scalar, _ b: Unicode.Scalar = "\0", _ c: Unicode.Scalar = "\0",
                                 make: () -> String) -> String {
        let key = Key(text: text, marks: (a.value, b.value, c.value))
        if let message = made[key] { return message }
        let message = make()
        made[key] = message
        return message
    }
}

/// A diagnostic before its position is resolved: scanners emit these.
///
/// Stored in 40 bytes rather than 64 (two offsets, a rule name, a message and a fix): a soup of marks has
/// millions of findings, held until they are sorted and reported. The offsets take 32 bits each and the rule
/// a number in a table of the known names; a fix, another rule name or a larger offset is kept out of line.
struct RawDiagnostic: Sendable, Hashable {
    private var packedStart: UInt32
    private var packedEnd: UInt32
    private var ruleCode: UInt8
    var severity: Diagnostic.Severity
    var message: String
    private var details: OutOfLine<Details>?

    /// What does not fit the inline fields; `nil` fields are inline (so that equal findings are stored alike).
    private struct Details: Hashable, Sendable {
        var fix: Diagnostic.Fix?
        var rule: String?
        var start: Int?
        var end: Int?
    }

    /// The rule names most findings have, by ``ruleCode``.
    private static let knownRules: [String] = LintRule.allCases.map(\.rawValue)
        + ["quote.too-deep", "title.mismatched", "title.too-deep", "input.nul", "input.invalid-utf8"]
    /// The known names' codes.
    private static let codes: [String: UInt8] = Dictionary(uniqueKeysWithValues: knownRules.enumerated().map { ($1, UInt8($0)) })
    /// The ``ruleCode`` of a name kept in ``details``.
    private static let outOfLineRule = UInt8.max

    var start: Int { details?.value.start ?? Int(packedStart) }
    var end: Int { details?.value.end ?? Int(packedEnd) }
    var rule: String { ruleCode == Self.outOfLineRule ? details!.value.rule! : Self.knownRules[Int(ruleCode)] }

    /// The fix; most findings have none.
    var fix: Diagnostic.Fix? {
        get { details?.value.fix }
        set { store(start: start, end: end, rule: rule, fix: newValue) }
    }

    init(start: Int, end: Int, rule: String, severity: Diagnostic.Severity, message: String, fix: Diagnostic.Fix? = nil) {
        packedStart = 0
        packedEnd = 0
        ruleCode = 0
        self.severity = severity
        self.message = message
        store(start: start, end: end, rule: rule, fix: fix)
    }

    /// The code of a known rule name, else `nil`.
    private static func code(ofRule name: String) -> UInt8? { codes[name] }

    private mutating func store(start: Int, end: Int, rule: String, fix: Diagnostic.Fix?) {
        var extra = Details(fix: fix)
        if let code = Self.code(ofRule: rule) { ruleCode = code } else { ruleCode = Self.outOfLineRule; extra.rule = rule }
        if let start32 = UInt32(exactly: start), let end32 = UInt32(exactly: end) {
            packedStart = start32
            packedEnd = end32
        } else {
            packedStart = 0
            packedEnd = 0
            extra.start = start
            extra.end = end
        }
        details = extra == Details() ? nil : OutOfLine(extra)
    }
}

extension Document {
    /// Resolves a scanner diagnostic to a full ``Diagnostic`` with line and column.
    func resolve(_ raw: RawDiagnostic) -> Diagnostic {
        let pos = position(raw.start)
        return Diagnostic(source: source, line: pos.line, column: pos.column, start: raw.start, end: raw.end,
                          rule: raw.rule, severity: raw.severity, message: raw.message, fix: raw.fix)
    }
}
