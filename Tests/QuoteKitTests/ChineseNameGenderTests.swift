import XCTest
@testable import QuoteKit

/// What a Chinese given name tells without a title or a character list: a woman's by its last character (林秀芬, 陈美玲),
/// so that no 他 stands for her; and whose given name it is, when the text around it writes the full name (秋芳 after
/// 李秋芳), so that both mentions are one speaker. Simplified and traditional script.
final class ChineseNameGenderTests: XCTestCase {
    func testHePassesOverASubjectWhoseGivenNameIsAWomans() {
        AttributionFixture.assertOnly("林大山推开门，王秀芬跟着走进村委会，坐了下来。他说：“今年的路一定要修好。”",
                                      speaker: "林大山", rule: "zh.before.colon")
        AttributionFixture.assertOnly("林大山推開門，陳美玲跟著走進辦公室，坐了下來。他說：「今年的路一定要修好。」",
                                      speaker: "林大山", rule: "zh.before.colon")
    }

    func testSheStillStandsForAWomanNamedSo() {
        AttributionFixture.assertOnly("林大山推开门，王秀芬跟着走进村委会，坐了下来。她说：“今年的路一定要修好。”",
                                      speaker: "王秀芬", rule: "zh.before.colon")
    }

    func testAGivenNameAloneIsThePersonTheTextNamedInFull() {
        let quotes = AttributionFixture.attributions("村民李秋芳说：“今年的桃子熟得早。”秋芳又说：“明年还要多种几亩。”")
        XCTAssertEqual(quotes.map(\.speaker), ["李秋芳", "李秋芳"])
    }

    func testTheLastCharacterOfATitleIsNoSurnameOfAGivenName() {
        // 任 ends the title 副主任: 陈明 is the whole name, not the given name of a 任陈明.
        let quotes = AttributionFixture.attributions("青山中学副主任陈明说：“我们明天出发。”陈明又说：“大家带好雨衣。”")
        XCTAssertEqual(quotes.map(\.speaker), ["陈明", "陈明"])
    }
}
