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

/// A diagnostic before its position is resolved: scanners emit these.
struct RawDiagnostic: Sendable, Hashable {
    var start: Int
    var end: Int
    var rule: String
    var severity: Diagnostic.Severity
    var message: String
    var fix: Diagnostic.Fix? = nil
}

extension Document {
    /// Resolves a scanner diagnostic to a full ``Diagnostic`` with line and column.
    func resolve(_ raw: RawDiagnostic) -> Diagnostic {
        let pos = position(raw.start)
        return Diagnostic(source: source, line: pos.line, column: pos.column, start: raw.start, end: raw.end,
                          rule: raw.rule, severity: raw.severity, message: raw.message, fix: raw.fix)
    }
}
