import Foundation
import XCTest
@testable import QuoteKit
@testable import QuoteKitRules
import QuoteKitICU

/// Every public error type says what went wrong through `localizedDescription` (what an app shows) and
/// `description` (what the command-line tool prints), in the same one line, naming its input.
final class ErrorMessageTests: XCTestCase {
    /// Asserts that `error`'s `localizedDescription` is its `description`, starts with `prefix` and names no error code.
    private func assertRealMessage(_ error: any Error, startsWith prefix: String, file: StaticString = #filePath, line: UInt = #line) {
        let described = String(describing: error)
        XCTAssertEqual(error.localizedDescription, described, file: file, line: line)
        XCTAssertTrue(described.hasPrefix(prefix), described, file: file, line: line)
        XCTAssertFalse(described.contains("The operation could not be completed"), described, file: file, line: line)
        XCTAssertFalse(described.contains("\n"), "one line: \(described)", file: file, line: line)
    }

    func testInputError() {
        XCTAssertThrowsError(try DocumentReader.document(atPath: "/nonexistent/article.txt")) { error in
            assertRealMessage(error, startsWith: "/nonexistent/article.txt: cannot read input")
        }
    }

    func testLibraryError() {
        XCTAssertThrowsError(try ReferenceLibrary.load(paths: ["/nonexistent/library"])) { error in
            assertRealMessage(error, startsWith: "/nonexistent/library")
        }
    }

    func testRulePackError() {
        XCTAssertThrowsError(try RulePack.load(yaml: "language: en\nrulez: []\n", source: "lane.yaml")) { error in
            assertRealMessage(error, startsWith: "lane.yaml:2: unknown key 'rulez'")
        }
    }

    func testSpeakerAliasesError() {
        XCTAssertThrowsError(try SpeakerAliases.parse("name,aliases,gender\nDr. Ada Lane,Ada,unknown\n", source: "people.csv")) { error in
            assertRealMessage(error, startsWith: "people.csv:2: gender 'unknown'")
        }
    }

    func testLintConfigurationError() {
        XCTAssertThrowsError(try LintConfiguration(yaml: "rules:\n  quote.nope: off\n")) { error in
            assertRealMessage(error, startsWith: "unknown lint rule \"quote.nope\"")
        }
        XCTAssertThrowsError(try LintConfiguration.load(contentsOf: "/nonexistent/lint.yml")) { error in
            assertRealMessage(error, startsWith: "/nonexistent/lint.yml: cannot read lint configuration")
        }
    }

    func testInPlaceWriterRefusal() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-readonly-\(UUID().uuidString).txt")
        try "张明教授说：“好。”".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
        XCTAssertThrowsError(try InPlaceWriter(path: url.path).checkWritable()) { error in
            assertRealMessage(error, startsWith: "\(url.path): is read-only")
        }
    }

    func testICUError() {
        XCTAssertThrowsError(try Transliterator("No-Such-Transform")) { error in
            assertRealMessage(error, startsWith: "ICU error in ")
        }
    }

    /// Every public error type in the sources is one of those tested here :
    /// a new one must join them.
    func testEveryPublicErrorTypeIsCovered() throws {
        let sources = TestSupport.packageRoot.appendingPathComponent("Sources")
        let pattern = try NSRegularExpression(pattern: #"public (?:struct|enum|class) (\w+)\s*:[^{]*\bError\b"#)
        var found: Set<String> = []
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String } ?? []
        for file in files where file.hasSuffix(".swift") {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                found.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        XCTAssertEqual(found, ["InputError", "LibraryError", "RulePackError", "SpeakerAliasesError", "LintConfigurationError",
                               "Refusal", "ICUError"])
    }
}
