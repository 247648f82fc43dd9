import Foundation
import XCTest
@testable import QuoteKit

/// Runs the linter over every fixture in `Fixtures/lint/` and compares its
/// findings with the fixture's `.expected` file: each planted fault must be
/// reported on its line with its rule, and the clean look-alikes next to it
/// must produce nothing.
final class LintFixtureTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let directory = root.appendingPathComponent("Fixtures/lint")

    struct Finding: Hashable, Comparable, CustomStringConvertible {
        var line: Int
        var rule: String
        static func < (a: Finding, b: Finding) -> Bool { (a.line, a.rule) < (b.line, b.rule) }
        var description: String { "\(line) \(rule)" }
    }

    static func fixtures() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func expected(for fixture: URL) throws -> [Finding] {
        let text = try String(contentsOf: fixture.deletingPathExtension().appendingPathExtension("expected"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
            let parts = trimmed.split(separator: " ")
            guard parts.count == 2, let number = Int(parts[0]) else { return nil }
            return Finding(line: number, rule: String(parts[1]))
        }.sorted()
    }

    func testEveryFixtureReportsExactlyItsPlantedFaults() throws {
        let fixtures = try Self.fixtures()
        XCTAssertGreaterThanOrEqual(fixtures.count, 6)
        let linter = Linter()
        for fixture in fixtures {
            let document = try DocumentReader.document(atPath: fixture.path)
            let found = linter.lint(document).map { Finding(line: $0.line, rule: $0.rule) }.sorted()
            let expected = try Self.expected(for: fixture)
            XCTAssertFalse(expected.isEmpty, fixture.lastPathComponent)
            XCTAssertEqual(found, expected, "\(fixture.lastPathComponent): missing \(Set(expected).subtracting(found).sorted()), unexpected \(Set(found).subtracting(expected).sorted())")
        }
    }

    func testEveryRuleIsPlantedInSomeFixture() throws {
        var planted = Set<String>()
        for fixture in try Self.fixtures() { planted.formUnion(try Self.expected(for: fixture).map(\.rule)) }
        for rule in LintRule.allCases {
            XCTAssertTrue(planted.contains(rule.rawValue), "no fixture plants \(rule.rawValue)")
        }
    }

    func testFixtureDiagnosticsPointAtTheMark() throws {
        let document = try DocumentReader.document(atPath: Self.directory.appendingPathComponent("zh-quotes.txt").path)
        let diagnostics = Linter().lint(document)
        for diagnostic in diagnostics {
            let mark = document.scalars[diagnostic.start]
            XCTAssertTrue(CharacterClass.isQuotationMark(mark.value) || mark.value == 0x3002 || mark.value == 0xFF40, "\(diagnostic.rule) starts at \(mark)")
            XCTAssertEqual(document.position(diagnostic.start).line, diagnostic.line)
        }
    }
}
