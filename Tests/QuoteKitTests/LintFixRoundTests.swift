import XCTest
@testable import QuoteKit

/// The fix rounds of `Linter.fix(_:)` look only for safe fixes (issue 21: a 20 MB soup of marks
/// made, sorted and dropped millions of other findings in each round). Their results must be the ones a
/// complete check of each round gives.
final class LintFixRoundTests: XCTestCase {
    /// Random soups of every quotation and title mark, with Chinese and Latin text, spaces and line feeds.
    func soups() -> [String] {
        let alphabet = Array("“”‘’「」『』《》〈〉\"'«»‹›＂＇﹁﹂甲乙丙：，。 \na")
        var soups: [String] = []
        for seed in 1...6 {
            // A small linear congruential generator, so that each soup is the same on every run.
            var state = UInt64(seed) &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = ""
            for _ in 0..<20_000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            soups.append(text)
        }
        return soups + ["他说：“好”。" + "“外“内”外”" + "公告里写着\"本周五停课\"。" + "《读《论语》有感》"]
    }

    /// The safe fixes of every finding: what each fix round applied before it looked only for those.
    func safeFixesOfEveryFinding(_ linter: Linter, _ document: Document) -> [Diagnostic.Fix] {
        Linter.safeFixes(linter.findings(document).lazy.map { (rule: $0.rule, fix: $0.fix) })
    }

    func testSafeFixFindingsAreTheSafeFixesOfEveryFinding() {
        let linter = Linter()
        for text in soups() {
            let document = Document(text: text)
            let onlySafe = Linter.safeFixes(linter.findings(document, onlySafeFixes: true).lazy.map { (rule: $0.rule, fix: $0.fix) })
            XCTAssertEqual(onlySafe, safeFixesOfEveryFinding(linter, document))
            XCTAssertFalse(onlySafe.isEmpty)
        }
    }

    func testFixGivesTheTextAndFindingsOfCompleteRounds() {
        let linter = Linter()
        for text in soups() {
            // The rounds as they were: every finding made in every round, at most four rounds of fixes.
            var current = Document(text: text)
            var applied = 0
            for _ in 0..<4 {
                let (fixed, count) = Linter.apply(safeFixesOfEveryFinding(linter, current), to: current)
                if count == 0 { break }
                applied += count
                current = Document(text: fixed)
            }
            let result = linter.fix(Document(text: text))
            XCTAssertEqual(result.text, current.text)
            XCTAssertEqual(result.applied, applied)
            XCTAssertEqual(result.remaining, linter.lint(current))
        }
    }

    func testTheScannerFindsTheSameQuotesWithoutItsDiagnostics() {
        for text in soups() {
            let document = Document(text: text)
            var quiet = QuoteScanner()
            quiet.collectsDiagnostics = false
            let withDiagnostics = QuoteScanner().scan(document)
            let without = quiet.scan(document)
            XCTAssertEqual(without.quotes, withDiagnostics.quotes)
            XCTAssertTrue(without.diagnostics.isEmpty)
            if text.count > 1_000 { XCTAssertFalse(withDiagnostics.diagnostics.isEmpty) }
        }
    }
}
