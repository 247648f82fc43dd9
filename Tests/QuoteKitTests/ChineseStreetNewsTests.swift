import XCTest
@testable import QuoteKit

/// Speakers as Taiwan and Hong Kong television and street reports write them: a caption of a role, a body or a title
/// and a name before a colon (市場攤商：「…」, 校長 李秋芳：「…」), the people of the market, the housing estate and the
/// village (檔主, 劏房戶), a call to a crowd (喊話), surnames of the south (古, 簡) and a series of quotes no one speaks.
/// Names and sentences invented.
final class ChineseStreetNewsTests: XCTestCase {
    func testARoleOrABodyBeforeAColonOpeningTheSentenceSpeaks() {
        AttributionFixture.assertOnly("菜價上漲。市場攤商：「進貨成本高了兩成。」", speaker: "市場攤商", rule: "zh.before.colon-only")
        AttributionFixture.assertOnly("物價上漲。麵包店顧客：「價錢還算公道。」", speaker: "麵包店顧客", rule: "zh.before.colon-only")
        AttributionFixture.assertOnly("檢方表示：「全案仍在調查中。」", speaker: "檢方")
    }

    func testATitleASpaceAndANameBeforeAColon() {
        // A caption puts a space between the title and the name: the name speaks, with the title.
        let quote = AttributionFixture.only("東山國小校長 李秋芳：「運動會照常舉行。」")
        AttributionFixture.assertQuote(quote, speaker: "李秋芳", rule: "zh.before.colon-only")
        XCTAssertEqual(quote?.speaker?.title, "校長")
        AttributionFixture.assertOnly("东山小学校长 李秋芳：“运动会照常举行。”", speaker: "李秋芳")
    }

    func testPeopleOfTheMarketTheHousingEstateAndTheVillage() {
        // Presented by 有, with a preposition before the cue and the words right after it: a quotation.
        AttributionFixture.assertOnly("夜市裡，有檔主對記者表示「這個月客人少了一半」。", speaker: "檔主", kind: .quotation)
        AttributionFixture.assertOnly("有劏房戶向記者表示「租金又漲了」。", speaker: "劏房戶", kind: .quotation)
    }

    func testACallToACrowdIsACue() {
        AttributionFixture.assertOnly("林德勝向支持者喊話：「明天一起投票！」", speaker: "林德勝", rule: "zh.before.colon", cue: "喊話")
    }

    func testSurnamesOfTaiwanAndHongKongReports() {
        // 古 and 簡 are surnames: the name stays whole, and the pronoun after it stands for all of it.
        let text = "里長古德勝到場了解情況。他說：「路燈下週就會修好。」"
        XCTAssertEqual(AttributionFixture.speakers(text), ["古德勝"])
        XCTAssertEqual(AttributionFixture.speakers("簡立新說：「工期不能拖。」"), ["簡立新"])
    }

    func testQuotesThatGoOnASeriesNobodySpeaksGetNoNameWrittenNearby() {
        // The replies a post drew are no one named; the series they start is no one's either, not the name nearby.
        let text = """
            里長古德勝到場了解情況，才知道路燈壞了三個月。他說：「路燈下週就會修好。」
            社區群組訊息不斷，回覆包括：「早就該修了，拖太久」、「晚上走路很危險，小孩都不敢出門」、「終於有人管了，謝謝」。
            """
        XCTAssertEqual(AttributionFixture.speakers(text), ["古德勝", nil, nil, nil])
    }

    func testACaptionOfWordsSetOffBySpacesNamesItsSpeakerLast() {
        let text = "早市人潮不少。 攤販 王立新：「今年菜價還算穩定。」 東海區 農會 推廣員 林秀芬：「產量比去年多。」"
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新", "林秀芬"])
        // A name, a space and a predicate are no caption: the name is the subject.
        AttributionFixture.assertOnly("张明 今天很高兴：“我们赢了。”", speaker: "张明")
    }

    func testARestaurantAndTheOneWhoseWordsWereCutShortSpeak() {
        AttributionFixture.assertOnly("青山酒家說「月底照常營業」，並感謝老顧客。", speaker: "青山酒家")
        // 话音未落 says the reporter had not finished: no name.
        XCTAssertEqual(AttributionFixture.speakers("“这座桥修了多久……”记者话音未落，老船工李大山就笑着回答：“整整三年！”"), ["记者", "李大山"])
    }

    func testACueDoesNotStartInsideAModifier() {
        // 常说 and 直说 are cues, but not where 经常 or 一直 ends inside them: the cue is 说 and the subject 院方, 校方.
        XCTAssertEqual(AttributionFixture.speakers("校方一直说：“食堂的饭菜要便宜。”院方经常说：“病人第一。”"), ["校方", "院方"])
        XCTAssertEqual(AttributionFixture.speakers("张明常说：“先把路修好。”"), ["张明"])
    }
}
