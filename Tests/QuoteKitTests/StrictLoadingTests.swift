import Foundation
import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

/// Rule packs, alias lists and lint configurations refuse what they do not know (a misspelt key, an unknown
/// column, a value of the wrong type) with the file, the line and the key named, instead of loading as if the
/// setting were absent.
final class StrictLoadingTests: XCTestCase {
    private func fixture(_ name: String) -> String { TestSupport.fixture("loading/\(name)").path }

    /// Asserts that `body` throws an `E` on line `expected` whose description says `text`.
    private func assertRefused<E: Error & CustomStringConvertible>(
        _ body: @autoclosure () throws -> some Any, as type: E.Type, line expected: Int, _ lineOf: KeyPath<E, Int?>, saying text: String,
        file: StaticString = #filePath, line: UInt = #line
    ) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            guard let error = error as? E else { return XCTFail("\(error)", file: file, line: line) }
            XCTAssertEqual(error[keyPath: lineOf], expected, "\(error)", file: file, line: line)
            XCTAssertTrue(error.description.contains(text), error.description, file: file, line: line)
        }
    }

    // MARK: Rule packs

    func testAMisspeltRulesKeyIsRefusedWithItsLine() {
        let path = fixture("misspelt-rules.yaml")
        XCTAssertThrowsError(try RulePack.load(contentsOf: path)) { error in
            guard let error = error as? RulePackError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.source, path)
            XCTAssertEqual(error.line, 6)
            XCTAssertEqual(error.path, "rulez")
            XCTAssertTrue(error.message.contains("unknown key 'rulez' at top level (did you mean 'rules'?)"), error.message)
            XCTAssertTrue(error.description.hasPrefix("\(path):6: unknown key 'rulez'"), error.description)
        }
    }

    func testAMisspeltConfidenceInARuleIsRefusedWithItsLine() {
        assertRefused(try RulePack.load(contentsOf: fixture("misspelt-confidence.yaml")), as: RulePackError.self, line: 8, \.line,
                      saying: ":8: unknown key 'confidnce' at rules[0] (did you mean 'confidence'?)")
        XCTAssertThrowsError(try RulePack.load(contentsOf: fixture("misspelt-confidence.yaml"))) { error in
            XCTAssertEqual((error as? RulePackError)?.path, "rules[0].confidnce")
        }
    }

    func testAValueOfTheWrongTypeIsRefusedWithItsLine() {
        assertRefused(try RulePack.load(contentsOf: fixture("wrong-type.yaml")), as: RulePackError.self, line: 5, \.line,
                      saying: "expected a number at rules[0].confidence")
    }

    func testUnknownKeysInSlotsKindAndScorerAreRefused() {
        let cases: [(yaml: String, line: Int, key: String)] = [
            ("language: en\nrules:\n  - id: a\n    pattern:\n      - quote\n      - {speaker: {allow: [name], maxx: 3}}\n", 6, "maxx"),
            ("language: en\nrules:\n  - id: a\n    pattern: [quote, {punct: \",\", optinal: true}]\n", 4, "optinal"),
            ("language: en\nkind:\n  cues: [said]\n  treshold: 0.5\n", 4, "treshold"),
            ("language: en\nscorer:\n  weights: {}\n  threshhold: 1\n", 4, "threshhold"),
        ]
        for item in cases {
            XCTAssertThrowsError(try RulePack.load(yaml: item.yaml, source: "pack.yaml")) { error in
                guard let error = error as? RulePackError else { return XCTFail("\(error)") }
                XCTAssertEqual(error.line, item.line, "\(error)")
                XCTAssertTrue(error.message.contains("unknown key '\(item.key)'"), error.message)
            }
        }
    }

    func testValidationProblemsNameTheRulesLine() {
        let yaml = "language: zh\nrules:\n  - id: ok\n    sieve: paragraph\n  - id: bad\n    confidence: 1.5\n    sieve: paragraph\n"
        XCTAssertThrowsError(try RulePack.load(yaml: yaml, source: "pack.yaml")) { error in
            XCTAssertEqual((error as? RulePackError)?.line, 5)
            XCTAssertEqual("\(error)", "pack.yaml:5: rule 'bad': confidence 1.5 is outside 0…1")
        }
    }

    func testAYAMLSyntaxErrorNamesItsLine() {
        XCTAssertThrowsError(try RulePack.load(yaml: "language: zh\nrules: [\n  - id: x\n", source: "broken.yaml")) { error in
            XCTAssertNotNil((error as? RulePackError)?.line, "\(error)")
        }
    }

    func testAPackDecodedFromJSONIsAsStrict() {
        let json = Data(#"{"language": "en", "rulez": []}"#.utf8)
        XCTAssertThrowsError(try JSONDecoder().decode(RulePack.self, from: json)) { error in
            XCTAssertTrue("\(error)".contains("unknown key 'rulez'"), "\(error)")
        }
    }

    func testTheBuiltInPacksStillLoad() throws {
        XCTAssertFalse(try RulePack.builtIn(language: .zh).rules.isEmpty)
        XCTAssertFalse(try RulePack.builtIn(language: .en).rules.isEmpty)
        for name in ["zh", "en"] {
            let path = TestSupport.packageRoot.appendingPathComponent("Sources/QuoteKit/Resources/RulePacks/\(name).yaml")
            XCTAssertNoThrow(try RulePack.load(contentsOf: path))
        }
    }

    // MARK: Alias lists

    func testAMisspeltColumnOrAnExtraCellInACharacterListIsRefusedWithItsLine() {
        let path = fixture("misspelt-column.csv")
        assertRefused(try SpeakerAliases.load(contentsOf: path), as: SpeakerAliasesError.self, line: 1, \.line,
                      saying: "\(path):1: unknown column 'gendre' in the header (did you mean 'gender'?); expected name,aliases,gender")
        assertRefused(try SpeakerAliases.load(contentsOf: fixture("extra-cell.csv")), as: SpeakerAliasesError.self, line: 3, \.line,
                      saying: "4 cells, but the header names 3 columns")
    }

    func testAJSONAliasOfTheWrongTypeNamesTheKeyAndLine() {
        assertRefused(try SpeakerAliases.load(contentsOf: fixture("wrong-type.json")), as: SpeakerAliasesError.self, line: 3, \.line,
                      saying: "the aliases of '张明教授' must be a list of strings")
    }

    func testCSVLinesCountQuotedLineBreaks() throws {
        // The second record starts on line 3: the first one's quoted alias spans two lines.
        let text = "name,alias\n\"Dr. Ada Lane\",\"Ada\nLane\"\n张明教授\n"
        XCTAssertThrowsError(try SpeakerAliases.parse(text, source: "a.csv")) { error in
            XCTAssertEqual("\(error)", "a.csv:4: expected name,alias")
        }
        XCTAssertThrowsError(try SpeakerAliases.parse("name,alias\n\"Ada,Lane\n", source: "b.csv")) { error in
            XCTAssertEqual((error as? SpeakerAliasesError)?.line, 2)
        }
        let table = try SpeakerAliases.parse("name,aliases,gender\r\n\"Lane, Ada\",\"Ada|\"\"Doc\"\"\",female\r\n")
        XCTAssertEqual(table.canonical("\"Doc\""), "Lane, Ada")
        XCTAssertEqual(table.gender(of: "Ada"), .female)
    }

    // MARK: Lint configurations

    func testAMisspeltKeyInALintRuleSettingIsRefusedWithItsLine() {
        let path = fixture("misspelt-key.yml")
        assertRefused(try LintConfiguration.load(contentsOf: path), as: LintConfigurationError.self, line: 4, \.line,
                      saying: "\(path):4: invalid lint configuration: unknown key 'severty' at rules.title.in-quotes (did you mean 'severity'?)")
    }

    func testAMisspeltTopLevelKeyInALintConfigurationIsRefused() {
        assertRefused(try LintConfiguration.load(contentsOf: fixture("misspelt-top.yml")), as: LintConfigurationError.self, line: 2, \.line,
                      saying: "unknown key 'rule' at top level (did you mean 'rules'?)")
        XCTAssertThrowsError(try LintConfiguration(json: Data(#"{"langauge": "zh"}"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("unknown key 'langauge'"), "\(error)")
        }
    }

    func testAnUnknownLintRuleNamesItsLine() {
        XCTAssertThrowsError(try LintConfiguration(yaml: "language: zh\nrules:\n  quote.style-mix: error\n  quote.nope: off\n")) { error in
            guard let error = error as? LintConfigurationError else { return XCTFail("\(error)") }
            XCTAssertEqual(error.reason, .unknownRule("quote.nope"))
            XCTAssertEqual(error.line, 4)
        }
    }
}
