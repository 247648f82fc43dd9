import XCTest
@testable import QuoteKit

/// Long Chinese speaker phrases of news reports: an age or a figure in digits inside the description before a role
/// (63岁的青山市民, 女子5000米决赛冠军), winners named by their prize, an adverbial of a reduplicated word after the name
/// (乐呵呵地), the nominaliser 所 before a cue, and a description after 这位 that stands for the person the sentence
/// before named.
final class ChineseLongSpeakerPhraseTests: XCTestCase {
    func testAnAgeInDigitsDescribesThePersonBeforeTheirRole() {
        AttributionFixture.assertOnly("63岁的青山市民周明说：“今年的变化真大。”", speaker: "周明", rule: "zh.before.colon",
                                      mention: "63岁的青山市民周明")
        AttributionFixture.assertOnly("現年36歲的東海居民李秋芳說：「今年的變化真大。」", speaker: "李秋芳")
    }

    func testAWinnerIsNamedByThePrizeAndItsFieldInDigits() {
        AttributionFixture.assertOnly("女子跳远冠军李秋芳说：“我会继续努力。”", speaker: "李秋芳", rule: "zh.before.colon")
        // A long description, a field with a distance in digits and a foreign name after a quote that opens the report,
        // right before the cue (a phrase of up to 24 characters).
        let text = "“这次比赛的场地非常好。”来自东海的女子5000米决赛冠军艾琳娜·卡特说，这是她第一次来青山。"
        AttributionFixture.assertOnly(text, speaker: "艾琳娜·卡特", rule: "zh.after.direct")
    }

    func testAReduplicatedAdverbialAfterTheNameIsNotPartOfIt() {
        AttributionFixture.assertOnly("“今年的西瓜又大又甜。”周明乐呵呵地说。", speaker: "周明", rule: "zh.after.direct")
        // A pair alone (长长地) leaves a name of three characters whole.
        AttributionFixture.assertOnly("李大山长长地叹了一口气，说：“总算办完了。”", speaker: "李大山")
    }

    func testTheNominaliserBeforeACueIsNotPartOfTheName() {
        AttributionFixture.assertOnly("王立新所说：“规矩不能破。”", speaker: "王立新", rule: "zh.before.colon", cue: "说")
    }

    func testADescriptionAfterThisStandsForThePersonTheSentenceBeforeNamed() {
        // The reporter met the engineer; 这位…工作者 is she, though the text never called her that before.
        let met = "在试验田边，记者碰到了青山农科所研究员、“种粮能手”周明。\n这位朴实的农学家笑着说：“今年准能丰收。”"
        XCTAssertEqual(AttributionFixture.speakers(met).last, "周明")
        let subject = "王立新昨天来到青山村看望乡亲。这位老党员说：“我们要把路修好。”"
        XCTAssertEqual(AttributionFixture.speakers(subject), ["王立新"])
        // Someone the text introduced with that very noun, unnamed, is that person.
        let unnamed = "张明在村口遇到一位老人。这位老人说：“路修好了，日子就好过了。”"
        XCTAssertEqual(AttributionFixture.speakers(unnamed), ["老人"])
    }

    func testABodyATitleAndANameAfterAQuoteMayRunToTwentyFourCharacters() {
        // Fourteen characters of body and title before a name of three: the whole name, not its first two characters.
        let text = "今年春天雨水充足。“今年的路修得很快。”东海省交通运输厅公路建设管理处副处长林大万介绍，新路下月通车。"
        AttributionFixture.assertOnly(text, speaker: "林大万", rule: "zh.after.direct")
        AttributionFixture.assertOnly("今年春天雨水充足。“今年的路修得很快。”，東海省交通運輸廳公路建設管理處副處長林大萬說。", speaker: "林大萬", rule: "zh.after.comma")
    }
}
