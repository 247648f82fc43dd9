import XCTest
@testable import QuoteKit

/// The README's built-in example, end to end: spans, kinds, speakers, cues, rules and works.
final class ExampleTextTests: XCTestCase {
    func testExampleFixtureEndToEnd() throws {
        let result = TestSupport.extract(try TestSupport.fixtureText("example-zh.txt"))
        let rows = result.quotes.map { q in
            [q.kind.rawValue, q.speaker?.name ?? "-", q.cue ?? "-", q.work?.title ?? "-", q.rule ?? "-"]
        }
        XCTAssertEqual(rows, [
            ["quotation", "张明", "指出", "-", "zh.before.colon"],
            ["term", "-", "-", "-", "-"],
            ["term", "-", "-", "-", "-"],
            ["quotation", "孔子", "-", "-", "zh.after.possessive"],
            ["quotation", "-", "正所谓", "-", "zh.none.saying"],
            ["quotation", "-", "记载", "论语·为政", "zh.work-subject"],
            ["quotation", "李华", "写道", "读书札记", "zh.before.colon"],
        ])
        XCTAssertEqual(result.quotes[0].speaker?.title, "教授")
        XCTAssertEqual(result.works.map(\.title), ["论语·为政", "读书札记"])
        XCTAssertEqual(result.works[1].volume, "第二卷")
        XCTAssertEqual(result.works[1].author, "李华")
    }
}
