import Foundation
import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

/// Rule packs and lint configurations that would exhaust the machine are refused when loaded.
final class PackLimitsTests: XCTestCase {
    /// Nine levels of nine aliases: 9^9 (387 million) strings from a few hundred bytes.
    static let aliasBomb: String = {
        var yaml = "a: &a [\"张明\",\"张明\",\"张明\",\"张明\",\"张明\",\"张明\",\"张明\",\"张明\",\"张明\"]\n"
        let names = "abcdefghi".map(String.init)
        for k in 1..<names.count {
            let p = names[k - 1]
            yaml += "\(names[k]): &\(names[k]) [*\(p),*\(p),*\(p),*\(p),*\(p),*\(p),*\(p),*\(p),*\(p)]\n"
        }
        return yaml
    }()

    func testAnAliasBombInARulePackIsRefusedQuickly() {
        let yaml = "language: zh\nlexicons:\n  knownNames:\n    - 张明\n" + Self.aliasBomb
        let clock = ContinuousClock()
        let start = clock.now
        XCTAssertThrowsError(try RulePack.load(yaml: yaml, source: "bomb.yaml")) { error in
            XCTAssertTrue("\(error)".contains("aliases"), "\(error)")
            XCTAssertTrue("\(error)".hasPrefix("bomb.yaml"), "\(error)")
        }
        XCTAssertLessThan(clock.now - start, .seconds(5))
    }

    func testAnAliasBombInALintConfigurationIsRefused() {
        XCTAssertThrowsError(try LintConfiguration(yaml: "rules:\n  quote.straight: off\n" + Self.aliasBomb)) { error in
            XCTAssertTrue("\(error)".contains("aliases"), "\(error)")
        }
    }

    func testAFewHonestAliasesStillLoad() throws {
        let yaml = "language: zh\nrules:\n  - id: t.one\n    pattern: &p [speaker, cue, {punct: \"：\"}, quote]\n  - id: t.two\n    pattern: *p\n"
        XCTAssertEqual(try RulePack.load(yaml: yaml).rules.count, 2)
    }

    func testPatternsWithUnboundedGapsAreRefused() {
        let ten = Array(repeating: "{gap: 100}", count: 10).joined(separator: ", ")
        XCTAssertThrowsError(try RulePack.load(yaml: "language: zh\nrules:\n  - id: t.gaps\n    pattern: [speaker, \(ten), quote]\n")) { error in
            XCTAssertTrue("\(error)".contains("10 gap slots; at most 2"), "\(error)")
        }
        XCTAssertThrowsError(try RulePack.load(yaml: "language: zh\nrules:\n  - id: t.long\n    pattern: [speaker, {gap: 100000}, quote]\n")) { error in
            XCTAssertTrue("\(error)".contains("outside 0…200"), "\(error)")
        }
        XCTAssertNoThrow(try RulePack.load(yaml: "language: zh\nrules:\n  - id: t.ok\n    pattern: [speaker, {gap: 80}, cue, {gap: 12}, quote]\n"))
    }
}
