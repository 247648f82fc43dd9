import XCTest
@testable import QuoteKit

/// Chinese speakers described rather than only named: a player by the place in a team (前锋, 宿将) and the field or
/// team before it, a share of people (73％的居民), a description whose verb is one of having (有过疑虑的), and the people
/// a 他 or 她 does and does not stand for (a bare noun of people, a name the text keeps coming back to).
final class ChineseDescribedSpeakerTests: XCTestCase {
    func testAPlayersPlaceInTheTeamMayStandBeforeTheName() {
        AttributionFixture.assertOnly("前锋张明说：“我们一定要赢。”", speaker: "张明", rule: "zh.before.colon")
        AttributionFixture.assertOnly("後衛張明說：「我們一定要贏。」", speaker: "張明")
        // The field or team before the place, after a demonstrative too, belongs to the same phrase.
        AttributionFixture.assertOnly("青山队前锋张明说：“我们一定要赢。”", speaker: "张明", mention: "青山队前锋张明")
        AttributionFixture.assertOnly("该队篮球老将艾琳娜在赛后说，“明年我还想再打一个赛季”。", speaker: "艾琳娜", rule: "zh.before.comma")
    }

    func testAShareWrittenInDigitsDescribesThePeopleWhoSpoke() {
        let quotes = AttributionFixture.extract("一项问卷发现，73％的居民表示对新公园“非常喜欢”或“比较喜欢”。").quotes
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["73％的居民", "73％的居民"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.partial.reported", "zh.partial.reported"])
    }

    func testAnExistentialVerbWithAnAspectParticleDescribesAndPresentsNoOne() {
        // 有过疑虑的 describes the engineer; it does not present 过疑虑的老工程师 as someone new.
        let engineer = AttributionFixture.only("那位曾经有过疑虑的老工程师说：“这座桥修得真结实。”")
        XCTAssertEqual(engineer?.speaker?.mention, "那位曾经有过疑虑的老工程师")
        XCTAssertEqual(engineer?.speaker?.name, "曾经有过疑虑的老工程师")
    }

    func testNoWonderOpensTheClauseBeforeItsSubject() {
        AttributionFixture.assertOnly("难怪东海县教育局的负责人看完展览后感叹：“孩子们真了不起！”", speaker: "东海县教育局的负责人")
    }

    func testHeOrSheStandsForNoBareNounOfPeople() {
        // 工人 opens a clause after the director spoke; 他 is still the director, not the workers.
        let text = "厂长周明介绍，厂里要让工人“吃得好、住得好”。今年工人干劲很足。\n说到订单，他坦言，“下半年会更忙一些。”"
        XCTAssertEqual(AttributionFixture.speakers(text), ["周明", "周明"])
        // A count or a noun that says a man makes the person someone a pronoun may stand for.
        XCTAssertEqual(AttributionFixture.speakers("一位老汉在村口晒太阳。\n他笑着说：“今年收成好。”"), ["老汉"])
    }

    func testAGivenNameTheTextKeepsComingBackToIsWhomAPronounStandsFor() {
        // No list names 秋芳, but she opens three sentences, each with a frame after her name.
        let text = "秋芳在青山村住了三十年。秋芳对村里的每一户都很熟悉。\n秋芳对这片土地有很深的感情。\n她常对我们说：“土地不会骗人。”"
        XCTAssertEqual(AttributionFixture.speakers(text), ["秋芳"])
        // A word that opens lines as often, with no frame after it, is no one (希望 is a verb).
        let verb = "希望大家都来。希望大家都满意。\n希望大家都高兴。\n她常对我们说：“土地不会骗人。”"
        XCTAssertEqual(AttributionFixture.speakers(verb), [nil])
    }

    func testAModifierMayStandBetweenADescriptionAndItsNounButNotAfterAPreposition() {
        AttributionFixture.assertOnly("到过东海的青年牧民说：“那里的风比草原上还大。”", speaker: "到过东海的青年牧民", rule: "zh.before.colon")
        // After 对, the described person is the one spoken to: the subject before it speaks.
        AttributionFixture.assertOnly("秋芳就对热心的女服务员说：“那就来两碗面吧！”", speaker: "秋芳")
    }

    func testAClassmateTitleBeforeTheCueIsNoDoctrine() {
        // 同学说 holds 学说 (a doctrine), but 同学 is the title of the surname before it.
        let student = AttributionFixture.only("考生吴同学说：“我一点也不紧张。”")
        XCTAssertEqual(student?.rule, "zh.before.colon")
        XCTAssertEqual(student?.cue, "说")
        XCTAssertTrue(student?.speaker?.name.hasSuffix("吴同学") == true, student?.speaker?.name ?? "no speaker")
    }

    func testAGlossInBracketsBetweenTheNameAndTheCueIsSkipped() {
        // The name in Latin letters, or 音 (a transliteration by sound), says how the name is written.
        AttributionFixture.assertOnly("青山队巴西前锋卡洛斯（Carlos Lima）强调，“我们每个人都要多跑几步。”", speaker: "卡洛斯", rule: "zh.before.comma", cue: "强调")
        AttributionFixture.assertOnly("张明（音）说：“今天很顺利。”", speaker: "张明", rule: "zh.before.colon")
    }

    func testRetortsMockeryAndRebukesAreCues() {
        AttributionFixture.assertOnly("王立新怒斥：“这是造谣！”", speaker: "王立新", rule: "zh.before.colon", cue: "怒斥")
        XCTAssertEqual(AttributionFixture.only("李秋芳当场反呛：“这跟你有什么关系？”")?.cue, "反呛")
    }

    func testTheReporterWhoAskedIsNoHeOrSheAndAReplyInOneCharacterIsACue() {
        let text = "縣長李秋芳今天接受訪問。記者問下一步有什麼打算？她回，「先把道路修好」。"
            + "記者再追問「經費從哪裡來」？她又說，「省裡會支持」。"
        XCTAssertEqual(AttributionFixture.speakers(text), ["李秋芳", "記者", "李秋芳"])
        XCTAssertEqual(AttributionFixture.extract(text).quotes.first?.cue, "回")
        // 回 of 回家 is no cue.
        XCTAssertNil(AttributionFixture.only("他回家后吃饭：“好。”")?.cue)
    }
}
