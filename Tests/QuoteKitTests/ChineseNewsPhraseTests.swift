import XCTest
@testable import QuoteKit

/// Speaker phrases of news the parse used to miss: another of several people (另一位村民), a person after a fund's
/// name (青山教育基金王海生先生), and an adverbial written with 的 after an adverb of degree (比較輕鬆的說), as
/// Taiwan and Hong Kong news write 地.
final class ChineseNewsPhraseTests: XCTestCase {
    func testAnotherOfSeveralPeopleSpeaksForThemselves() {
        let quotes = AttributionFixture.extract("一位老人说：“路修好了。”另一位村民表示：“出门方便多了。”").quotes
        XCTAssertEqual(quotes.count, 2)
        AttributionFixture.assertQuote(quotes.first, speaker: "老人", rule: "zh.before.colon")
        AttributionFixture.assertQuote(quotes.last, speaker: "村民", rule: "zh.before.colon")
    }

    func testAFundIsABodyWhosePersonSpeaks() {
        AttributionFixture.assertOnly("青山教育基金王海生先生表示：“明年会增加奖学金名额。”", speaker: "王海生", rule: "zh.before.colon")
    }

    func testAStateWrittenWithDeAfterAnAdverbOfDegreeIsAnAdverbial() {
        let quotes = AttributionFixture.extract("「我們會一起努力！」周立明則比較輕鬆的說：「輸贏都沒關係。」").quotes
        XCTAssertEqual(quotes.count, 2)
        AttributionFixture.assertQuote(quotes.last, speaker: "周立明", rule: "zh.before.colon", cue: "說")
        AttributionFixture.assertOnly("張明很生氣的說：「不行。」", speaker: "張明", rule: "zh.before.colon")
    }

    func testAReporterOfANewsAgencyIsNoOneNamedByItsLastCharacters() {
        // 新华社记者 under a photograph: 记者 said later is the reporter, not a name 华社 cut out of the agency.
        let text = "新华社记者 周明 摄\n“这片菜地都是您一个人种的？”记者问。\n"
        XCTAssertEqual(AttributionFixture.speakers(text), ["记者"])
    }
}
