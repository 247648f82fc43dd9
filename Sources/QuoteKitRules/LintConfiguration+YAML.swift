import Foundation
import QuoteKit
internal import Yams

/// Reading lint configurations from YAML text and files (JSON, being YAML, too), with the line of a problem named.
extension LintConfiguration {
    /// Parses a configuration from YAML text (JSON, being YAML, is accepted too).
    ///
    /// - Parameter yaml: The text.
    /// - Throws: `LintConfigurationError` with the line when the text is not valid YAML, has an unknown key or
    ///   a value of the wrong type, or names an unknown rule.
    public init(yaml: String) throws(LintConfigurationError) {
        self = try Self.load(yaml: yaml, source: nil)
    }

    /// Loads a configuration file, YAML or JSON (JSON being YAML, one reader serves both and names lines in both).
    ///
    /// - Parameter path: The file path.
    /// - Returns: The configuration.
    /// - Throws: `LintConfigurationError` when the file cannot be read or is not a valid configuration.
    public static func load(contentsOf path: String) throws(LintConfigurationError) -> LintConfiguration {
        let data: Data
        do {
            // The input reader's checks and words: "no such file or folder", "is a folder", too large.
            data = try DocumentReader.readBytes(atPath: path)
        } catch {
            let why: String
            if case .unreadable(let reason) = error.reason { why = reason } else { why = error.description }
            throw LintConfigurationError(source: path, reason: .unreadable(why))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LintConfigurationError(source: path, reason: .invalid("not UTF-8"))
        }
        return try load(yaml: text, source: path)
    }

    /// Loads a configuration file, YAML or JSON.
    ///
    /// - Parameter url: A file URL.
    /// - Returns: The configuration.
    /// - Throws: `LintConfigurationError` when the file cannot be read or is not a valid configuration.
    public static func load(contentsOf url: URL) throws(LintConfigurationError) -> LintConfiguration {
        try load(contentsOf: url.path)
    }

    /// The configuration in `yaml`; errors name `source` and the line.
    static func load(yaml: String, source: String?) throws(LintConfigurationError) -> LintConfiguration {
        if yaml.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return LintConfiguration() }
        do {
            // The tree is checked for alias bombs before it is read.
            return try YAMLExpansionLimit.withTree(yaml) { node in
                let root = node ?? Node("")
                do {
                    let configuration = try LintConfiguration(value: PackValue(root))
                    try configuration.validate()
                    return configuration
                } catch let problem as PackValue.Problem {
                    throw LintConfigurationError(source: source, line: YAMLLocator.line(of: problem.path, in: root),
                                                 reason: .invalid(problem.message))
                } catch var error as LintConfigurationError {
                    if case .unknownRule(let key) = error.reason { error.line = YAMLLocator.line(of: "rules.\(key)", in: root) }
                    error.source = source
                    throw error
                }
            }
        } catch let error as LintConfigurationError {
            throw error
        } catch let error as YAMLExpansionLimit.Exceeded {
            throw LintConfigurationError(source: source, reason: .invalid(error.description))
        } catch {
            throw LintConfigurationError(source: source, line: YAMLLocator.line(of: error), reason: .invalid(YAMLLocator.problem(of: error)))
        }
    }
}
