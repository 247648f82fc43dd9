import Foundation

/// Which lint rules run, at what severity, for which language.
///
/// A configuration file (YAML or JSON) names rules by identifier (see
/// ``LintRule``) or by family (`quote`, `title`, `punctuation`); an exact
/// identifier wins over its family. A rule's value is `off`/`false`,
/// `on`/`true`, a severity (`note`, `warning`, `error`), or a mapping with
/// `enabled` and `severity`:
///
/// ```yaml
/// language: zh            # auto (default), zh or en
/// rules:
///   punctuation: off      # the whole family
///   quote.style-mix: error
///   title.in-quotes: { enabled: true, severity: note }
/// ```
public struct LintConfiguration: Sendable, Codable, Equatable {
    /// The setting of one rule or family.
    public struct RuleSetting: Sendable, Codable, Equatable {
        /// Whether the rule runs; `nil` keeps the default (on).
        public var enabled: Bool?
        /// The severity to report; `nil` keeps the rule's default.
        public var severity: Diagnostic.Severity?

        /// Creates a setting.
        /// - Parameters:
        ///   - enabled: Whether the rule runs; `nil` keeps the default.
        ///   - severity: The severity to report; `nil` keeps the default.
        public init(enabled: Bool? = nil, severity: Diagnostic.Severity? = nil) {
            self.enabled = enabled
            self.severity = severity
        }

        enum CodingKeys: String, CodingKey { case enabled, severity }

        /// Decodes `off`/`on`/`true`/`false`, a severity name, or `{enabled, severity}`; any other key is refused.
        public init(from decoder: any Decoder) throws {
            self = try PackValue.decode(decoder) { try RuleSetting(value: $0, path: $1) }
        }

        /// Reads a setting: a word (`off`, `on`, `true`, `false`, a severity) or a map with `enabled` and `severity`.
        init(value: PackValue, path: String) throws {
            if let word = value.text {
                switch word.lowercased() {
                case "off", "false", "no", "disabled", "disable": self.init(enabled: false)
                case "on", "true", "yes", "enabled", "enable": self.init(enabled: true)
                default:
                    guard let severity = Diagnostic.Severity(rawValue: word.lowercased()) else {
                        throw PackValue.Problem(path: path, message: "expected off, on, note, warning or error at \(path), found \"\(word)\"")
                    }
                    self.init(enabled: true, severity: severity)
                }
                return
            }
            guard value.isMap else { throw PackValue.error(path, "off, on, a severity or a map with enabled and severity") }
            try value.rejectUnknownKeys(["enabled", "severity"], at: path)
            self.init(enabled: try value["enabled"]?.bool(PackValue.join(path, "enabled")),
                      severity: try value["severity"]?.name(PackValue.join(path, "severity"), "severity"))
        }

        /// Encodes as a mapping with the fields that are set.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(enabled, forKey: .enabled)
            try container.encodeIfPresent(severity, forKey: .severity)
        }
    }

    /// The language whose rules run; ``Language/auto`` detects it per document.
    public var language: Language
    /// Settings by rule identifier or family name.
    public var rules: [String: RuleSetting]

    /// Creates a configuration.
    /// - Parameters:
    ///   - language: The language, or ``Language/auto`` to detect it per document.
    ///   - rules: Settings by rule identifier or family; rules not named keep their defaults.
    public init(language: Language = .auto, rules: [String: RuleSetting] = [:]) {
        self.language = language
        self.rules = rules
    }

    /// Every rule on, at its default severity, language detected.
    public static let `default` = LintConfiguration()

    enum CodingKeys: String, CodingKey { case language, rules }

    /// Decodes `language` and `rules`, both optional; any other key, or a value of the wrong type, is refused.
    public init(from decoder: any Decoder) throws {
        self = try PackValue.decode(decoder) { value, _ in try LintConfiguration(value: value) }
    }

    /// The keys a configuration's top level may have.
    static let keys = ["language", "rules"]

    /// Reads a configuration from its tree (see ``PackValue``: the same strict reader as rule packs').
    package init(value: PackValue) throws {
        if case .scalar(let text) = value, text.isEmpty { self.init(); return }
        guard value.isMap else { throw PackValue.error("", "a map with language and rules") }
        try value.rejectUnknownKeys(Self.keys, at: "")
        var language = Language.auto
        if let code = value["language"] {
            language = try code.name("language", "language")
        }
        var rules: [String: RuleSetting] = [:]
        if let map = value["rules"] {
            guard map.isMap else { throw PackValue.error("rules", "a map of rule or family → setting") }
            for key in map.keys { rules[key] = try RuleSetting(value: map[key]!, path: "rules.\(key)") }
        }
        self.init(language: language, rules: rules)
    }

    /// The effective setting of a rule: its exact entry over its family's.
    func setting(for rule: LintRule) -> RuleSetting {
        let exact = rules[rule.rawValue]
        let family = rules[rule.family]
        return RuleSetting(enabled: exact?.enabled ?? family?.enabled,
                           severity: exact?.severity ?? family?.severity)
    }

    /// Whether a rule runs.
    ///
    /// - Parameter rule: The rule.
    /// - Returns: `false` when the rule or its family is switched off.
    public func isEnabled(_ rule: LintRule) -> Bool {
        setting(for: rule).enabled ?? true
    }

    /// The severity a rule reports at.
    ///
    /// - Parameter rule: The rule.
    /// - Returns: The configured severity, or the rule's ``LintRule/defaultSeverity``.
    public func severity(for rule: LintRule) -> Diagnostic.Severity {
        setting(for: rule).severity ?? rule.defaultSeverity
    }

    /// Checks that every key names a rule or a family.
    ///
    /// - Throws: ``LintConfigurationError`` with reason ``LintConfigurationError/Reason/unknownRule(_:)``.
    public func validate() throws(LintConfigurationError) {
        let families = Set(LintRule.allCases.map(\.family))
        for key in rules.keys.sorted() where LintRule(rawValue: key) == nil && !families.contains(key) {
            throw LintConfigurationError(source: nil, reason: .unknownRule(key))
        }
    }

    /// Parses a configuration from JSON bytes.
    ///
    /// - Parameter json: UTF-8 JSON.
    /// - Throws: ``LintConfigurationError`` when the data is not a valid configuration (an unknown key, a value of
    ///   the wrong type, an unknown rule).
    public init(json: Data) throws(LintConfigurationError) {
        do {
            self = try JSONDecoder().decode(LintConfiguration.self, from: json)
        } catch {
            throw LintConfigurationError(source: nil, reason: .invalid(Self.describe(error)))
        }
        try validate()
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context),
             DecodingError.typeMismatch(_, let context),
             DecodingError.valueNotFound(_, let context):
            // The strict reader's messages name their path already.
            if case DecodingError.dataCorrupted = error, !context.debugDescription.isEmpty, context.codingPath.isEmpty {
                return context.debugDescription
            }
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, _):
            return "missing key \(key.stringValue)"
        default:
            return String(describing: error)
        }
    }
}

/// Why a lint configuration could not be used: the file, the line when known, and what is wrong.
///
/// ``description`` and `localizedDescription` are the one line the command-line tool prints,
/// `FILE:LINE: message`.
public struct LintConfigurationError: Error, LocalizedError, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be read.
        case unreadable(String)
        /// The text is not a valid configuration (syntax, an unknown key, a value of the wrong type).
        case invalid(String)
        /// A key names neither a rule nor a rule family.
        case unknownRule(String)
    }

    /// The configuration file, when known.
    public var source: String?
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// What went wrong.
    public var reason: Reason

    /// Creates an error.
    /// - Parameters:
    ///   - source: The file, when known.
    ///   - line: The 1-based line, when known.
    ///   - reason: What went wrong.
    public init(source: String?, line: Int? = nil, reason: Reason) {
        self.source = source
        self.line = line
        self.reason = reason
    }

    /// One line naming the file, the line and the problem.
    public var description: String {
        let message: String
        switch reason {
        case .unreadable(let why): message = "cannot read lint configuration: \(why)"
        case .invalid(let why): message = "invalid lint configuration: \(why)"
        case .unknownRule(let key):
            let known = LintRule.allCases.map(\.rawValue).joined(separator: ", ")
            message = "unknown lint rule \"\(key)\" (known rules: \(known); families: quote, title, punctuation)"
        }
        return ErrorLine.format(source: source, line: line, message: message)
    }

    /// The same line as ``description``.
    public var errorDescription: String? { description }
}
