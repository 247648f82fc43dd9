import XCTest
@testable import QuoteKit

/// Unnamed and titled speakers in Chinese news: a role no lexicon lists before a name (场长王立新), a number or a
/// demonstrative with the organisation it points back to (该厂一位工程师), words that describe the person (有关专家),
/// a transliterated name in Hong Kong spelling, and a name that only says whose relative speaks (张明的妻子).
/// Names and sentences invented; simplified and traditional script.
final class ChineseRolePhraseTests: XCTestCase {
    private func speakers(_ text: String) -> [String?] {
        AttributionFixture.extract(text).quotes.map { $0.speaker?.name }
    }

    func testAnUnlistedRoleBeforeANameLeavesTheName() {
        XCTAssertEqual(speakers("场长王立新说：“今年的收成不错。”"), ["王立新"])
        XCTAssertEqual(speakers("村醫李大山說：「藥已經送到了。」"), ["李大山"])
        // The name may also end before a preposition or a frame: 对他说, 在会上说.
        XCTAssertEqual(speakers("菇场场长王立新对他说：“你今年还要盖新房。”"), ["王立新"])
        XCTAssertEqual(speakers("养殖户李大山在会上说：“鸭子卖了好价钱。”"), ["李大山"])
    }

    func testAnUnlistedRoleIsNoPrefixOfWordsThatAreNoName() {
        // 观众 is listed; 陆续进 is no name whatever comes before it.
        XCTAssertEqual(speakers("场长陆续进场，大家说：“开始吧。”").first ?? nil, nil)
    }

    func testANumberOrDemonstrativeIsNotPartOfTheName() {
        XCTAssertEqual(speakers("一位副总工程师说：“系统运行平稳。”"), ["副总工程师"])
        XCTAssertEqual(speakers("该厂副总工程师说：“系统运行平稳。”"), ["副总工程师"])
        XCTAssertEqual(speakers("该厂一位工程师说：“系统运行平稳。”"), ["工程师"])
        XCTAssertEqual(speakers("一位负责项目的工程师说：“系统运行平稳。”"), ["负责项目的工程师"])
        XCTAssertEqual(speakers("該廠副總工程師說：「系統運行平穩。」"), ["副總工程師"])
    }

    func testWordsThatDescribeThePersonOpeningWithACountingCharacter() {
        // 有 of 有关 is no counting word here: the experts are "the experts concerned".
        XCTAssertEqual(speakers("有关专家说：“这种病可以预防。”"), ["有关专家"])
        XCTAssertEqual(speakers("有关部门负责人表示：“道路下月通车。”"), ["有关部门负责人"])
        XCTAssertEqual(speakers("有關專家說：「這種病可以預防。」"), ["有關專家"])
    }

    func testATransliteratedNameInHongKongSpelling() {
        XCTAssertEqual(speakers("接過冠軍獎盃的碧拿寶娃表示﹕「很感謝大家。」"), ["碧拿寶娃"])
    }

    func testANameWhoseRelativeSpeaksIsNotTheSpeaker() {
        // 张明 is named often before; 张明的妻子 speaks, and 张明 inside her phrase is no candidate of its own.
        let text = "市长张明视察了新区。张明说，新区还要扩大。张明还看望了工人。\n今天天气很好。张明的妻子说：“这件事很重要。”\n"
        XCTAssertEqual(speakers(text).last ?? nil, "张明的妻子")
        let colleague = "市长张明视察了新区。张明说，新区还要扩大。\n今天天气很好。张明的同事李华说：“这件事很重要。”\n"
        XCTAssertEqual(speakers(colleague).last ?? nil, "李华")
    }
}
