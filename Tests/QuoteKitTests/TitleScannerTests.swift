import XCTest
@testable import QuoteKit

final class TitleScannerTests: XCTestCase {
    func scan(_ text: String) -> TitleScanner.Result {
        TitleScanner().scan(Document(text: text))
    }

    func content(_ text: String, _ title: TitleScanner.Title) -> String {
        Document(text: text).string(title.contentStart..<title.contentEnd)
    }

    func testAlternatingNestedTitles() {
        let text = "《驳〈驳《某》〉》是一篇论战文章。"
        let result = scan(text)
        XCTAssertEqual(result.titles.count, 3)
        XCTAssertEqual(result.titles.map { content(text, $0) }, ["驳〈驳《某》〉", "驳《某》", "某"])
        XCTAssertEqual(result.titles.map(\.depth), [0, 1, 2])
        XCTAssertEqual(result.titles.map(\.parent), [nil, 0, 1])
        XCTAssertEqual(result.titles.map(\.openMark), ["《", "〈", "《"])
        XCTAssertTrue(result.diagnostics.isEmpty)
    }

    func testStandaloneAngleTitleIsATitle() {
        let text = "用〈读书札记〉标示篇名，用《城南诗稿》标示书名。"
        let result = scan(text)
        XCTAssertEqual(result.titles.map { content(text, $0) }, ["读书札记", "城南诗稿"])
        XCTAssertEqual(result.titles.map(\.depth), [0, 0])
    }

    func testUnclosedTitleEndsAtParagraphWithDiagnostic() {
        let text = "这本《未完的书没有合上\n\n下一段《完整》。"
        let result = scan(text)
        XCTAssertEqual(result.titles.count, 2)
        XCTAssertTrue(result.titles[0].unclosed)
        XCTAssertEqual(content(text, result.titles[0]), "未完的书没有合上")
        XCTAssertFalse(result.titles[1].unclosed)
        XCTAssertEqual(result.diagnostics.map(\.rule), ["title.unclosed"])
    }

    func testMismatchedClosingMarkClosesTitleWithFix() {
        let text = "他读了《论语〉。"
        let result = scan(text)
        XCTAssertEqual(result.titles.count, 1)
        XCTAssertEqual(content(text, result.titles[0]), "论语")
        XCTAssertFalse(result.titles[0].unclosed)
        XCTAssertEqual(result.diagnostics.map(\.rule), ["title.mismatched"])
        XCTAssertEqual(result.diagnostics.first?.fix?.replacement, "》")
    }

    func testStrayClosingMark() {
        let result = scan("没有开头》的书名。")
        XCTAssertTrue(result.titles.isEmpty)
        XCTAssertEqual(result.diagnostics.map(\.rule), ["title.stray-close"])
    }

    func testTitlesAreNeverQuotes() {
        let result = QuoteExtractor().extract(text: "《论语》和〈学而〉都不是引语，“这才是引语”。")
        XCTAssertEqual(result.quotes.map(\.text), ["这才是引语"])
        XCTAssertEqual(result.works.map(\.title), ["论语", "学而"])
    }
}
