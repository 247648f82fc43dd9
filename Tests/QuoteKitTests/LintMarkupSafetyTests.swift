import Foundation
import XCTest
@testable import QuoteKit

/// `lint --fix` on markup never moves across or deletes markup: such a fix is reported instead.
final class LintMarkupSafetyTests: XCTestCase {
    func fixed(_ source: String, _ format: DocumentFormat) throws -> Linter.SourceFixResult {
        try Linter().fix(source: source, format: format, name: "t")
    }

    func testHTMLTagsAndCommentsAreKept() throws {
        for source in ["<p>他说：<b>“今天下雨”</b>。</p>", "<p>他说：“今天下雨”<!-- 注 -->。</p>", "<p>他说：<i>“今天下雨”</i>。</p>"] {
            let result = try fixed(source, .html)
            XCTAssertEqual(result.text, source, "the fix would cross markup, so nothing is written")
            XCTAssertTrue(result.remaining.contains { $0.rule == "punctuation.end-mark-inside" }, "\(source): the problem is still reported")
            XCTAssertGreaterThan(result.unwritable, 0)
        }
        // The same fix with no markup in the way is written.
        XCTAssertEqual(try fixed("<p>他说：“今天下雨”。</p>", .html).text, "<p>他说：“今天下雨。”</p>")
    }

    func testMarkdownEmphasisIsKept() throws {
        let source = "张明说：**“今天下雨”**。\n"
        XCTAssertEqual(try fixed(source, .markdown).text, source)
        XCTAssertEqual(try fixed("张明说：“今天下雨”。\n", .markdown).text, "张明说：“今天下雨。”\n")
    }

    func testAnIndentedCodeBlockAfterAFenceIsCode() throws {
        let source = "```\nlet x = 1\n```\n    他说：“今天下雨”。\n"
        XCTAssertEqual(try fixed(source, .markdown).text, source)
        XCTAssertFalse(MarkdownReader.read(source).text.contains("今天"))
    }

    func testEmphasisStillPairsAfterTheLinearRewrite() {
        // Mixed marks, nesting and the rule of three, as CommonMark pairs them.
        XCTAssertEqual(MarkdownReader.read("*a _b_ c*").text, "a b c")
        XCTAssertEqual(MarkdownReader.read("**strong** and *em*").text, "strong and em")
        XCTAssertEqual(MarkdownReader.read("*a **b** c*").text, "a b c")
        XCTAssertEqual(MarkdownReader.read("*a _b* c_").text, "a _b c_")
        XCTAssertEqual(MarkdownReader.read("`a` ``b`` `c").text, "\u{FFFC} \u{FFFC} `c")
        let spans = MarkdownReader.read("读*论语*和*孟子*").markup.map(\.range)
        XCTAssertEqual(spans, [1..<3, 4..<6])
    }
}
