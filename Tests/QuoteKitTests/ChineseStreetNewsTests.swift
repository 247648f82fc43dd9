import XCTest
@testable import QuoteKit

/// Speakers as Taiwan and Hong Kong television and street reports write them: a caption of a role, a body or a title
/// and a name before a colon (市場攤商：「…」, 校長 李秋芳：「…」), the people of the market, the housing estate and the
/// village (檔主, 劏房戶), and a call to a crowd (喊話). Names and sentences invented.
final class ChineseStreetNewsTests: XCTestCase {
    func testARoleOrABodyBeforeAColonOpeningTheSentenceSpeaks() {
        AttributionFixture.assertOnly("菜價上漲。市場攤商：「進貨成本高了兩成。」", speaker: "市場攤商", rule: "zh.before.colon-only")
        AttributionFixture.assertOnly("物價上漲。炒麵店消費者：「它很便宜啊！」", speaker: "炒麵店消費者", rule: "zh.before.colon-only")
        AttributionFixture.assertOnly("檢方表示：「全案仍在調查中。」", speaker: "檢方")
    }

    func testATitleASpaceAndANameBeforeAColon() {
        // A caption puts a space between the title and the name: the name speaks, with the title.
        let quote = AttributionFixture.only("東山國小校長 李秋芳：「快篩陽性的學生要在家休息。」")
        AttributionFixture.assertQuote(quote, speaker: "李秋芳", rule: "zh.before.colon-only")
        XCTAssertEqual(quote?.speaker?.title, "校長")
        AttributionFixture.assertOnly("东山小学校长 李秋芳：“快筛阳性的学生要在家休息。”", speaker: "李秋芳")
    }

    func testPeopleOfTheMarketTheHousingEstateAndTheVillage() {
        // Presented by 有, with a preposition before the cue and the words right after it: a quotation.
        AttributionFixture.assertOnly("市場裡，有檔主向記者表示「生意一天比一天差」。", speaker: "檔主", kind: .quotation)
        AttributionFixture.assertOnly("有劏房戶向記者表示「租金又漲了」。", speaker: "劏房戶", kind: .quotation)
    }

    func testACallToACrowdIsACue() {
        AttributionFixture.assertOnly("林德勝向支持者喊話：「明天一起投票！」", speaker: "林德勝", rule: "zh.before.colon", cue: "喊話")
    }
}
