import Foundation
import Yams

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

        /// Decodes `off`/`on`/`true`/`false`, a severity name, or `{enabled, severity}`.
        public init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer(), let word = try? single.decode(String.self) {
                switch word.lowercased() {
                case "off", "false", "no", "disabled", "disable": self.init(enabled: false)
                case "on", "true", "yes", "enabled", "enable": self.init(enabled: true)
                default:
                    guard let severity = Diagnostic.Severity(rawValue: word.lowercased()) else {
                        throw DecodingError.dataCorruptedError(in: single, debugDescription:
                            "expected off, on, note, warning or error, found \"\(word)\"")
                    }
                    self.init(enabled: true, severity: severity)
                }
                return
            }
            if let single = try? decoder.singleValueContainer(), let flag = try? single.decode(Bool.self) {
                self.init(enabled: flag)
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.init(enabled: try container.decodeIfPresent(Bool.self, forKey: .enabled),
                      severity: try container.decodeIfPresent(Diagnostic.Severity.self, forKey: .severity))
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

    /// Decodes `language` and `rules`, both optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        language = try container.decodeIfPresent(Language.self, forKey: .language) ?? .auto
        rules = try container.decodeIfPresent([String: RuleSetting].self, forKey: .rules) ?? [:]
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

    /// Parses a configuration from YAML text (JSON, being YAML, is accepted too).
    ///
    /// - Parameter yaml: The text.
    /// - Throws: ``LintConfigurationError`` when the text is not a valid configuration.
    public init(yaml: String) throws(LintConfigurationError) {
        let trimmed = yaml.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { self.init(); return }
        do {
            // Decoded from the checked tree (with YAMLDecoder's own resolver): an alias bomb is refused before Codable walks it.
            self = try YAMLExpansionLimit.withTree(yaml, resolver: Resolver.basic.appending(.merge)) { node in
                try YAMLDecoder().decode(LintConfiguration.self, from: node ?? "")
            }
        } catch {
            throw LintConfigurationError(source: nil, reason: .invalid(Self.describe(error)))
        }
        try validate()
    }

    /// Parses a configuration from JSON bytes.
    ///
    /// - Parameter json: UTF-8 JSON.
    /// - Throws: ``LintConfigurationError`` when the data is not a valid configuration.
    public init(json: Data) throws(LintConfigurationError) {
        do {
            self = try JSONDecoder().decode(LintConfiguration.self, from: json)
        } catch {
            throw LintConfigurationError(source: nil, reason: .invalid(Self.describe(error)))
        }
        try validate()
    }

    /// Loads a configuration file: JSON when the name ends in `.json`, YAML otherwise.
    ///
    /// - Parameter path: The file path.
    /// - Returns: The configuration.
    /// - Throws: ``LintConfigurationError`` when the file cannot be read or parsed.
    public static func load(contentsOf path: String) throws(LintConfigurationError) -> LintConfiguration {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw LintConfigurationError(source: path, reason: .unreadable(error.localizedDescription))
        }
        do throws(LintConfigurationError) {
            if path.lowercased().hasSuffix(".json") { return try LintConfiguration(json: data) }
            guard let text = String(data: data, encoding: .utf8) else {
                throw LintConfigurationError(source: path, reason: .invalid("not UTF-8"))
            }
            return try LintConfiguration(yaml: text)
        } catch {
            throw LintConfigurationError(source: path, reason: error.reason)
        }
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context),
             DecodingError.typeMismatch(_, let context),
             DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        case DecodingError.keyNotFound(let key, _):
            return "missing key \(key.stringValue)"
        default:
            return String(describing: error)
        }
    }
}

/// Why a lint configuration could not be used.
public struct LintConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The file could not be read.
        case unreadable(String)
        /// The text is not a valid configuration (syntax or types).
        case invalid(String)
        /// A key names neither a rule nor a rule family.
        case unknownRule(String)
    }

    /// The configuration file, when known.
    public let source: String?
    /// What went wrong.
    public let reason: Reason

    /// Creates an error.
    /// - Parameters:
    ///   - source: The file, when known.
    ///   - reason: What went wrong.
    public init(source: String?, reason: Reason) {
        self.source = source
        self.reason = reason
    }

    /// One line naming the file and the problem.
    public var description: String {
        let prefix = source.map { "\($0): " } ?? ""
        switch reason {
        case .unreadable(let why): return "\(prefix)cannot read lint configuration: \(why)"
        case .invalid(let why): return "\(prefix)invalid lint configuration: \(why)"
        case .unknownRule(let key):
            let known = LintRule.allCases.map(\.rawValue).joined(separator: ", ")
            return "\(prefix)unknown lint rule \"\(key)\" (known rules: \(known); families: quote, title, punctuation)"
        }
    }
}
