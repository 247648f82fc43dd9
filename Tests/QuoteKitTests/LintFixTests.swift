import XCTest
@testable import QuoteKit

/// `Linter.applyFixes(_:to:)` and `Linter.fix(_:)`: only meaning-preserving fixes are applied.
final class LintFixTests: XCTestCase {
    func fixed(_ text: String) -> String {
        Linter().fix(Document(text: text)).text
    }

    func testSafeFixesProduceTheCorrectedText() {
        XCTAssertEqual(fixed("他说：“今天下雨”。"), "他说：“今天下雨。”")
        XCTAssertEqual(fixed("这就是所谓“两条腿走路。”"), "这就是所谓“两条腿走路”。")
        XCTAssertEqual(fixed("陈芳说：“老师说过“读书要用心”，我记着。”"), "陈芳说：“老师说过‘读书要用心’，我记着。”")
        XCTAssertEqual(fixed("公告里写着\"本周五停课\"，请留意。"), "公告里写着“本周五停课”，请留意。")
        XCTAssertEqual(fixed("他写了一篇《读《论语》有感》。"), "他写了一篇《读〈论语〉有感》。")
        XCTAssertEqual(fixed("“Yes,” she said. “No,” he said. \"Maybe,\" I said."), "“Yes,” she said. “No,” he said. “Maybe,” I said.")
    }

    func testFixesThatMightChangeMeaningAreNotApplied() {
        // A guess at the intended closing mark, and removing quotes around a title: suggestions only.
        for text in ["赵强说：“大家辛苦了’。", "老师推荐大家读“《论语》”。", "他每天阅读“论语”。", "李华问：“明天还上课吗？"] {
            let result = Linter().fix(Document(text: text))
            XCTAssertEqual(result.text, text)
            XCTAssertEqual(result.applied, 0)
            XCTAssertFalse(result.remaining.isEmpty)
        }
    }

    func testOverlappingFixesConvergeOverRounds() {
        // The straight pair encloses a same-level nested quote: two rounds.
        let result = Linter().fix(Document(text: "他说：\"老师说过“读书”。\""))
        XCTAssertEqual(result.text, "他说：“老师说过‘读书’。”")
        XCTAssertEqual(result.applied, 2)
        XCTAssertTrue(result.remaining.isEmpty)
    }

    func testApplyFixesKeepsEverythingElseByteForByte() {
        let text = "第一行。\r\n他说：“今天下雨”。\r\n\r\n李华说：“好。”\r\n"
        let document = Document(text: text)
        let output = Linter.applyFixes(Linter().lint(document), to: document)
        XCTAssertEqual(output, "第一行。\r\n他说：“今天下雨。”\r\n\r\n李华说：“好。”\r\n")
        XCTAssertEqual(Linter.applyFixes([], to: document), text)
    }

    func testApplyFixesIgnoresOverlapsAndOutOfRangeFixes() {
        let document = Document(text: "abcdef")
        func diagnostic(_ start: Int, _ end: Int, _ replacement: String) -> Diagnostic {
            Diagnostic(source: "-", line: 1, column: start + 1, start: start, end: end, rule: LintRule.quoteStraight.rawValue,
                       severity: .warning, message: "", fix: Diagnostic.Fix(start: start, end: end, replacement: replacement))
        }
        let output = Linter.applyFixes([diagnostic(1, 3, "X"), diagnostic(2, 4, "Y"), diagnostic(5, 9, "Z"), diagnostic(4, 5, "W")], to: document)
        XCTAssertEqual(output, "aXdWf")
    }

    func testFixedFixturesHaveNoFixableFindingsLeft() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Fixtures/lint")
        let linter = Linter()
        for name in ["zh-quotes.txt", "zh-corner.txt", "zh-titles.txt", "en-quotes.txt", "en-nested.txt", "zh-lines.txt"] {
            let document = try DocumentReader.document(atPath: directory.appendingPathComponent(name).path)
            let result = linter.fix(document)
            let fixable = result.remaining.filter { LintRule(rawValue: $0.rule)?.fixIsSafe == true && $0.fix != nil }
            XCTAssertEqual(fixable.map(\.rule), [], name)
            // Fixing never adds or removes an error.
            XCTAssertEqual(result.remaining.filter { $0.severity == .error }.count,
                           linter.lint(document).filter { $0.severity == .error && LintRule(rawValue: $0.rule)?.fixIsSafe != true }.count, name)
        }
    }
}

/// The linter on texts with very many findings (issue 21, item 11): streamed, sorted in place, linear.
final class LintManyFindingsTests: XCTestCase {
    let soup = String(repeating: "他说：“好”。“甲」乙’\"a 'b《书〉", count: 300)

    func testStreamedDiagnosticsAreTheCollectedOnes() throws {
        let document = Document(text: soup)
        var streamed: [Diagnostic] = []
        Linter().lint(document) { streamed.append($0) }
        XCTAssertEqual(streamed, Linter().lint(document))
        XCTAssertGreaterThan(streamed.count, 600)

        var remaining: [Diagnostic] = []
        let fixed = Linter().fix(document) { remaining.append($0) }
        let collected = Linter().fix(document)
        XCTAssertEqual(fixed.text, collected.text)
        XCTAssertEqual(fixed.applied, collected.applied)
        XCTAssertEqual(remaining, collected.remaining)

        let markdown = "# 标题\n\n" + soup + "\n"
        var located: [Diagnostic] = []
        let source = try Linter().fix(source: markdown, format: .markdown) { located.append($0) }
        let whole = try Linter().fix(source: markdown, format: .markdown)
        XCTAssertEqual(source.text, whole.text)
        XCTAssertEqual(located, whole.remaining)
        XCTAssertNotNil(located.first?.location)
    }

    func testSortingKeepsTheOrderOfEqualFindings() {
        var generator = SystemRandomNumberGenerator()
        let findings = (0..<2_000).map { k in
            RawDiagnostic(start: Int.random(in: 0..<50, using: &generator), end: [60, 55][k % 3 == 0 ? 1 : 0],
                          rule: ["b", "a", "quote.c"][k % 3], severity: .error, message: "\(k)")
        }
        // The standard library's sort is stable: the reference order.
        let expected = findings.enumerated().sorted {
            ($0.element.start, $0.element.rule, $0.element.end, $0.offset) < ($1.element.start, $1.element.rule, $1.element.end, $1.offset)
        }.map(\.element)
        XCTAssertEqual(Array(SortedFindings(findings)), expected)
    }

    func testSortingDropsDuplicateFindingsOnly() {
        let a = RawDiagnostic(start: 3, end: 4, rule: "quote.straight", severity: .warning, message: "a")
        let b = RawDiagnostic(start: 3, end: 4, rule: "quote.straight", severity: .warning, message: "b")
        let early = RawDiagnostic(start: 1, end: 9, rule: "quote.unclosed", severity: .error, message: "a")
        XCTAssertEqual(Array(SortedFindings([a, b, a, early, b])), [early, a, b])
    }

    func testFindingsInOrderAreReadAsTheyAre() {
        let first = RawDiagnostic(start: 1, end: 2, rule: "quote.stray-close", severity: .error, message: "a")
        let second = RawDiagnostic(start: 1, end: 2, rule: "quote.unclosed", severity: .error, message: "b")
        let third = RawDiagnostic(start: 1, end: 3, rule: "quote.unclosed", severity: .error, message: "c")
        let last = RawDiagnostic(start: 5, end: 6, rule: "a.rule", severity: .error, message: "d")
        XCTAssertTrue(SortedFindings.isStrictlyOrdered([first, second, third, last]))
        XCTAssertEqual(Array(SortedFindings([first, second, third, last])), [first, second, third, last])
        // Out of order, or the same place twice: sorted, and the duplicate dropped.
        XCTAssertFalse(SortedFindings.isStrictlyOrdered([second, first]))
        XCTAssertFalse(SortedFindings.isStrictlyOrdered([first, first]))
        XCTAssertEqual(Array(SortedFindings([last, third, first, first])), [first, third, last])
    }

    func testRawFindingsKeepEveryValueTheyAreGiven() {
        let fix = Diagnostic.Fix(start: 4, end: 5, replacement: "“")
        let known = RawDiagnostic(start: 4, end: 5, rule: "quote.mismatched", severity: .error, message: "m", fix: fix)
        XCTAssertEqual([known.start, known.end], [4, 5])
        XCTAssertEqual(known.rule, "quote.mismatched")
        XCTAssertEqual(known.fix, fix)
        // A rule outside the table of known names and offsets beyond 32 bits are kept out of line.
        let far = RawDiagnostic(start: 1 << 40, end: (1 << 40) + 3, rule: "pack.custom-rule", severity: .note, message: "n")
        XCTAssertEqual([far.start, far.end], [1 << 40, (1 << 40) + 3])
        XCTAssertEqual(far.rule, "pack.custom-rule")
        XCTAssertNil(far.fix)
        var changed = known
        changed.fix = nil
        XCTAssertEqual(changed, RawDiagnostic(start: 4, end: 5, rule: "quote.mismatched", severity: .error, message: "m"))
        XCTAssertNotEqual(changed, known)
        XCTAssertEqual(Set([known, changed, known]).count, 2)
    }

    func testTheFixedTextComesBeforeTheRemainingDiagnostics() {
        var events: [String] = []
        Linter().fix(Document(text: "他说：“今天下雨”。李华问：“明天还上课吗？"), fixed: { text, applied in
            events.append("fixed \(applied) \(text)")
            return true
        }, remaining: { events.append($0.rule) })
        XCTAssertEqual(events, ["fixed 1 他说：“今天下雨。”李华问：“明天还上课吗？", "quote.unclosed"])
        // Refusing the text skips the report.
        var reported = 0
        Linter().fix(Document(text: "李华问：“明天还上课吗？"), fixed: { _, _ in false }, remaining: { _ in reported += 1 })
        XCTAssertEqual(reported, 0)
    }

    func testTheFixerBuildsItsTextPieceByPiece() {
        var text = UTF8Builder(capacity: 0)
        let scalars = Array("a“é😀b".unicodeScalars)
        text.append(scalars, 0..<3)
        text.append("→")
        text.append(scalars, 3..<5)
        text.append(scalars, 5..<5)
        XCTAssertEqual(text.string, "a“é→😀b")
    }

    func testMessagesNamingAMarkAreUnchanged() {
        let diagnostics = Linter().lint(text: "甲”乙」丙》")
        XCTAssertEqual(diagnostics.map(\.message), ["”: closing quotation mark without an opening mark",
                                                    "」: closing quotation mark without an opening mark",
                                                    "》: closing book-title mark without an opening mark"])
    }
}
