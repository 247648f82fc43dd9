import Foundation
import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

/// Loading lint configurations from YAML and JSON, switching rules and overriding severities.
final class LintConfigurationTests: XCTestCase {
    func testYAMLSwitchesRulesAndFamiliesAndSeverities() throws {
        let configuration = try LintConfiguration(yaml: """
        language: zh
        rules:
          punctuation: off
          punctuation.end-mark-outside: on
          quote.style-mix: error
          title.in-quotes: { enabled: true, severity: note }
          title.quoted-name: false
        """)
        XCTAssertEqual(configuration.language, .zh)
        XCTAssertFalse(configuration.isEnabled(.punctuationEndMarkInside))
        XCTAssertTrue(configuration.isEnabled(.punctuationEndMarkOutside))
        XCTAssertEqual(configuration.severity(for: .quoteStyleMix), .error)
        XCTAssertEqual(configuration.severity(for: .titleInQuotes), .note)
        XCTAssertFalse(configuration.isEnabled(.titleQuotedName))
        XCTAssertEqual(configuration.severity(for: .quoteUnclosed), .error)

        let linter = Linter(configuration: configuration)
        XCTAssertEqual(linter.lint(text: "他说：“今天下雨”。").map(\.rule), [])
        let mixed = linter.lint(text: "他說：「好。」她說：「走。」牆上寫著“安靜”。")
        XCTAssertEqual(mixed.map(\.severity), [.error])
    }

    func testJSONConfiguration() throws {
        let json = Data(#"{"rules": {"quote.nesting": "warning", "title": {"enabled": false}}}"#.utf8)
        let configuration = try LintConfiguration(json: json)
        XCTAssertEqual(configuration.language, .auto)
        XCTAssertEqual(configuration.severity(for: .quoteNesting), .warning)
        XCTAssertFalse(configuration.isEnabled(.titleUnclosed))
        XCTAssertEqual(Linter(configuration: configuration).lint(text: "这本《论语译注很好。").count, 0)
    }

    func testLoadPicksTheFormatByExtension() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-lint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let yaml = directory.appendingPathComponent("lint.yml")
        try "rules:\n  quote.straight: off\n".write(to: yaml, atomically: true, encoding: .utf8)
        XCTAssertFalse(try LintConfiguration.load(contentsOf: yaml.path).isEnabled(.quoteStraight))
        let json = directory.appendingPathComponent("lint.json")
        try #"{"language": "en"}"#.write(to: json, atomically: true, encoding: .utf8)
        XCTAssertEqual(try LintConfiguration.load(contentsOf: json.path).language, .en)
        let empty = directory.appendingPathComponent("empty.yml")
        try "".write(to: empty, atomically: true, encoding: .utf8)
        XCTAssertEqual(try LintConfiguration.load(contentsOf: empty.path), .default)
    }

    func testBadConfigurationsGiveClearErrors() {
        XCTAssertThrowsError(try LintConfiguration(yaml: "rules:\n  quote.nope: off\n")) { error in
            let error = error as? LintConfigurationError
            XCTAssertEqual(error?.reason, .unknownRule("quote.nope"))
            XCTAssertTrue(error?.description.contains("quote.unclosed") == true)
        }
        XCTAssertThrowsError(try LintConfiguration(yaml: "rules:\n  quote.nesting: loud\n")) { error in
            guard case .invalid(let why)? = (error as? LintConfigurationError)?.reason else { return XCTFail("\(error)") }
            XCTAssertTrue(why.contains("loud"), why)
        }
        XCTAssertThrowsError(try LintConfiguration(yaml: "rules: [unclosed\n"))
        XCTAssertThrowsError(try LintConfiguration(json: Data("{".utf8)))
        XCTAssertThrowsError(try LintConfiguration.load(contentsOf: "/nonexistent/lint.yml")) { error in
            guard case .unreadable? = (error as? LintConfigurationError)?.reason else { return XCTFail("\(error)") }
        }
    }

    func testConfigurationRoundTripsThroughJSON() throws {
        let configuration = LintConfiguration(language: .zh, rules: ["quote": .init(enabled: false), "title.nesting": .init(severity: .warning)])
        let data = try JSONEncoder().encode(configuration)
        XCTAssertEqual(try LintConfiguration(json: data), configuration)
    }

    func testEveryRuleHasADistinctIdentifierAndDocumentation() {
        let ids = LintRule.allCases.map(\.rawValue)
        XCTAssertEqual(Set(ids).count, ids.count)
        for rule in LintRule.allCases {
            XCTAssertFalse(rule.summary.isEmpty)
            XCTAssertTrue(["quote", "title", "punctuation"].contains(rule.family))
        }
    }
}
