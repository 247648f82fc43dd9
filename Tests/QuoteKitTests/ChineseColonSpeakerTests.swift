import XCTest
@testable import QuoteKit

/// A name right before a colon, as interviews and hearings are written (局長張立新：「…」): the whole name speaks, not its
/// first two characters with the last one read as a predicate, nor the title with the name read so; such a line may
/// follow a quoted sentence of someone else's or a clause after a comma, and an ASCII colon after an ideograph is such
/// a colon. A common word that opens with a surname's character (韩国) is no name before a title, nor is a numeral of
/// times (曾两度) part of a name.
final class ChineseColonSpeakerTests: XCTestCase {
    func testAThreeCharacterNameBeforeAColonKeepsItsLastCharacter() {
        AttributionFixture.assertOnly("東海市長張立新：「明天照常上班。」", speaker: "張立新", rule: "zh.before.colon-only")
        AttributionFixture.assertOnly("衛生局局長李秋蓮：「病床還是不夠。」", speaker: "李秋蓮", rule: "zh.before.colon-only")
    }

    func testASpeakerBeforeAColonMayFollowAQuotedSentence() {
        let quotes = AttributionFixture.extract("「這件事很複雜。」委員會主席黃海生：「我們會再討論。」").quotes
        XCTAssertEqual(quotes.count, 2)
        AttributionFixture.assertQuote(quotes.last, speaker: "黃海生", rule: "zh.before.colon-only")
    }

    func testAOneCharacterPredicateThatNoNameTakesLeavesTheNameBeforeIt() {
        // 笑 is no part of names: 周明 smiles, then speaks.
        AttributionFixture.assertOnly("周明笑：「好的，我們走吧。」", speaker: "周明", rule: "zh.before.predicate-colon")
        AttributionFixture.assertOnly("站长李秋芳并不满意：“还要再改。”", speaker: "李秋芳", rule: "zh.before.predicate-colon")
    }

    func testACommonWordOpeningWithASurnameIsNoNameBeforeATitle() {
        // 韩国 and the team 韩国队 are a country and a body, whose member the title names; 王国强 is a name.
        AttributionFixture.assertOnly("韩国队员说：“对手太强了。”", speaker: "韩国队员", rule: "zh.before.colon")
        AttributionFixture.assertOnly("韩国队队员赛后都说，“对手太强了”。", speaker: "韩国队队员", rule: "zh.partial.reported")
        AttributionFixture.assertOnly("王国强队员说：“对手太强了。”", speaker: "王国强", rule: "zh.before.colon")
    }

    func testANumeralOfTimesIsNoPartOfAName() {
        // 曾两度 is "twice", not a person surnamed 曾 whom the second quote could be given.
        let text = "曾两度参加全国比赛，周明回顾这些年的变化，也谈到明年的打算：「我还想再试一次。」\n\n「机会总是留给有准备的人。」"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.count, 2)
        AttributionFixture.assertQuote(quotes.first, speaker: "周明")
        XCTAssertNotEqual(quotes.last?.speaker?.name, "曾两度")
    }

    func testANameBeforeAColonAfterACommaIsTheSubject() {
        // A hearing reported clause by clause: the member who proposed something is not the one who speaks next.
        AttributionFixture.assertOnly("會上有委員提議延長開放時間，林德勝：「圖書館晚上也應該開門，學生才有地方溫習。」", speaker: "林德勝",
                                      rule: "zh.before.colon-only.clause")
        // Hong Kong news write the colon and the comma in ASCII; the colon after an ideograph ends the gap of the
        // reported clause before it as a full-width one does.
        AttributionFixture.assertOnly("有委員建議延長開放時間,林德勝:「圖書館晚上也應該開門,學生才有地方溫習。」", speaker: "林德勝",
                                      rule: "zh.before.colon-only.clause")
    }
}
