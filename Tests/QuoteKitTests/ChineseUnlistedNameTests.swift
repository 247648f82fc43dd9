import XCTest
@testable import QuoteKit

/// Names no list reads before a title (the syllables of a name in the readings of another people, which the word
/// breaker leaves one to a word), and compound words that open with a surname's word, which open a clause as no
/// person. Invented names and sentences.
final class ChineseUnlistedNameTests: XCTestCase {
    private func speakers(_ text: String) -> [String?] { AttributionFixture.speakers(text) }

    func testANameNoListReadsBeforeATitleIsTheName() {
        AttributionFixture.assertOnly("来自青山县的格桑卓嘎委员说：“我带来了两份提案。”", speaker: "格桑卓嘎", rule: "zh.before.colon")
        AttributionFixture.assertOnly("格桑卓嘎委員在會上說：「我帶來了兩份提案。」", speaker: "格桑卓嘎", rule: "zh.before.colon")
        // The title stays the person's: a pronoun after it stands for the name.
        XCTAssertEqual(speakers("格桑卓嘎委员走进会场。她说：“牧区的学校还要再建两所。”"), ["格桑卓嘎"])
    }

    func testAFramesOpenerBeforeATitleIsNoName() {
        // 當 opens a clause of time (when the doctor told him): 當主診 is no name before 醫生.
        let quote = AttributionFixture.only("演員林大山上周病逝。去年2月，當主診醫生告知他患上心臟病後，他已開始籌備身後事，原因是「我不想麻煩別人」。")
        XCTAssertNotEqual(quote?.speaker?.name, "當主診")
        // A title after a body's name is still the body's officer.
        AttributionFixture.assertOnly("青山医院主任医生说：“手术很顺利。”", speaker: "青山医院主任医生", rule: "zh.before.colon")
    }

    func testACompoundThatOpensWithASurnamesWordOpensNoClauseAsAPerson() {
        // 解放军 and 黄金周 open with 解放 and 黄金: no person 解放军 or 黄金周 for a 他 to stand for.
        XCTAssertEqual(speakers("在鼓号声中，解放军战士和市民纷纷在横幅上签名。他告诉记者，这几年“家家有电视”。"), [nil])
        XCTAssertEqual(speakers("黄金周到了。他说：“人太多了。”"), [nil])
        // A name is still a clause's subject, and a pronoun's antecedent, whatever follows it.
        XCTAssertEqual(speakers("王立新在横幅上签了名。他说：“路修好了。”"), ["王立新"])
    }

    func testAFamiliarPrefixBeforeACharacterOfTheGivenNameNamesThePerson() {
        // 阿榮 and 阿峰 are people, as 小王 is: the subject right after a quote, and one a reported clause names.
        XCTAssertEqual(speakers("「現在想想，真不知道那是福還是禍。」談起這段歷程，阿榮不禁莞爾。"), ["阿榮"])
        XCTAssertEqual(speakers("阿峰則說，每次看到台下有人跟著唱，就是最大的動力：「玩音樂是我們的生活方式。」"), ["阿峰"])
        // A word the dictionary knows is no such name, and 小 or 老 before a given name's character are no familiar prefix.
        AttributionFixture.assertOnly("阿姨说：“菜价又涨了。”", speaker: "阿姨", rule: "zh.before.colon")
        XCTAssertEqual(speakers("抱着刚出世的小巴郎，李大山泪如泉涌。他对大家说：“谢谢你们。”"), ["李大山"])
    }

    func testACharacterWrittenThreeTimesIsASoundNotAName() throws {
        // 隆隆隆 and 哈哈哈 are no bare names a pronoun could stand for; a pet name written twice (冬冬) still may be one.
        let engine = try TestSupport.chineseEngine("電鑽鑿地轟轟轟……隆隆隆……")
        XCTAssertNil(engine.context.parseChineseStrict(9, 12))
        let laughter = try TestSupport.chineseEngine("哈哈哈")
        XCTAssertNil(laughter.context.parseChineseStrict(0, 3))
    }
}
