import XCTest
@testable import QuoteKit

/// Names no list reads before a title (the syllables of a name in the readings of another people, which the word
/// breaker leaves one to a word), compound words that open with a surname's word, which open a clause as no person,
/// familiar given names, sounds written as one character three times, and the one a conversation frame names.
/// Invented names and sentences.
final class ChineseUnlistedNameTests: XCTestCase {
    private func speakers(_ text: String) -> [String?] { AttributionFixture.speakers(text) }

    func testANameNoListReadsBeforeATitleIsTheName() {
        AttributionFixture.assertOnly("来自青山县的德吉央宗委员说：“我带来了两份提案。”", speaker: "德吉央宗", rule: "zh.before.colon")
        AttributionFixture.assertOnly("德吉央宗委員在會上說：「我帶來了兩份提案。」", speaker: "德吉央宗", rule: "zh.before.colon")
        // The title stays the person's: a pronoun after it stands for the name.
        XCTAssertEqual(speakers("德吉央宗委员走进会场。她说：“牧区的学校还要再建两所。”"), ["德吉央宗"])
    }

    func testAFramesOpenerBeforeATitleIsNoName() {
        // 當 opens a clause of time (when the doctor told him): 當主刀 is no name before 醫生.
        let quote = AttributionFixture.only("老画家林大山上周病逝。去年秋天，當主刀醫生告訴他化驗結果後，他開始整理畫室，原因是「我不想留下一屋子雜物」。")
        XCTAssertNotEqual(quote?.speaker?.name, "當主刀")
        // A title after a body's name is still the body's officer.
        AttributionFixture.assertOnly("青山医院主任医生说：“手术很顺利。”", speaker: "青山医院主任医生", rule: "zh.before.colon")
    }

    func testACompoundThatOpensWithASurnamesWordOpensNoClauseAsAPerson() {
        // 解放军 and 黄金周 open with 解放 and 黄金: no person 解放军 or 黄金周 for a 他 to stand for.
        XCTAssertEqual(speakers("节日当天，解放军官兵和学生们在广场上合影留念。他对记者说：“这样的活动每年都办。”"), [nil])
        XCTAssertEqual(speakers("黄金周到了。他说：“人太多了。”"), [nil])
        // A name is still a clause's subject, and a pronoun's antecedent, whatever follows it.
        XCTAssertEqual(speakers("王立新在横幅上签了名。他说：“路修好了。”"), ["王立新"])
    }

    func testAFamiliarPrefixBeforeACharacterOfTheGivenNameNamesThePerson() {
        // 阿德 and 阿輝 are people, as 小王 is: the subject right after a quote, and one a reported clause names.
        XCTAssertEqual(speakers("「那時候每天都睡不著。」說起當年的事，阿德自己先笑了起來。"), ["阿德"])
        XCTAssertEqual(speakers("阿輝則說，每回聽到客人稱讚，心裡就很踏實：「做麵是一輩子的事。」"), ["阿輝"])
        // A word the dictionary knows is no such name, and 小 or 老 before a given name's character are no familiar prefix.
        AttributionFixture.assertOnly("阿姨说：“菜价又涨了。”", speaker: "阿姨", rule: "zh.before.colon")
        XCTAssertEqual(speakers("小巴士开进村口，李大山迎了上去。他对大家说：“谢谢你们。”"), ["李大山"])
    }

    func testACharacterWrittenThreeTimesIsASoundNotAName() throws {
        // 隆隆隆 and 哈哈哈 are no bare names a pronoun could stand for; a pet name written twice (冬冬) still may be one.
        let engine = try TestSupport.chineseEngine("樓上又傳來咚咚咚……隆隆隆……")
        XCTAssertNil(engine.context.parseChineseStrict(10, 13))
        let laughter = try TestSupport.chineseEngine("哈哈哈")
        XCTAssertNil(laughter.context.parseChineseStrict(0, 3))
    }

    func testAPronounAfterAConversationFrameIsTheOneTalkedWith() {
        // The reporter talks with the person: 她 and 他 after the frame are that person, not the reporter or the one before.
        XCTAssertEqual(speakers("在与青山县人大代表林秀芬的交谈中，她的手机响个不停。种了二十年果树，她说：“今年的苹果甜。”"), ["林秀芬"])
        XCTAssertEqual(speakers("記者與王立新交談時，他說：「今年收成不錯。」"), ["王立新"])
        XCTAssertEqual(speakers("李大山说：“先修路。”在同王立新的交谈中，他说：“路修好了，货就运得出去。”"), ["李大山", "王立新"])
    }
}
