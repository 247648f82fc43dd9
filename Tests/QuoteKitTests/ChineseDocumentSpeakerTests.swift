import XCTest
@testable import QuoteKit

/// Documents that speak (声明说, 该报告指出, 这篇文章认为): the body the text says issued the document speaks through it;
/// without one, the document as the text names it. Names and sentences invented; simplified and traditional script.
final class ChineseDocumentSpeakerTests: XCTestCase {
    func testAStatementSpeaksForTheBodyThatIssuedIt() {
        let text = "东海市政府昨天发表声明。声明说，“我们欢迎各方参与。”声明还对此表示“强烈不满”，并称这一做法“毫无道理”。"
        AttributionFixture.assertQuotes(text, kinds: [.quotation, .quotation, .quotation],
                                        speakers: ["东海市政府", "东海市政府", "东海市政府"])
        let traditional = "青山銀行昨日發布了一份報告。該報告指出，東海是「全國第一大港」。"
        AttributionFixture.assertOnly(traditional, speaker: "青山銀行", rule: "zh.partial.reported", kind: .quotation, mention: "該報告")
    }

    func testADocumentNoIssuerIsNamedForIsTheSpeakerAsNamed() {
        AttributionFixture.assertOnly("该报告指出，东海是“全国第一大港”。", speaker: "报告", rule: "zh.partial.reported", kind: .quotation)
        AttributionFixture.assertQuotes("文章说，“经济正在复苏”，“前景看好”。", kinds: [.quotation, .quotation], speakers: ["文章", "文章"])
        AttributionFixture.assertOnly("這篇文章認為：「問題不大。」", speaker: "文章", cue: "認為")
    }

    func testAWorkInTitleMarksStillGivesNoSpeaker() {
        // A work named in title marks is cited, not a speaker: its words keep the cue and no speaker.
        AttributionFixture.assertOnly("《东海风物志》开篇即说：“东海多雾。”", speaker: nil)
    }
}
