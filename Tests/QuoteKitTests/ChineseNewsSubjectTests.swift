import XCTest
@testable import QuoteKit

/// Who speaks in sentences of news reports: given names that open with a character names mostly avoid (周中翰),
/// familiar names (小王), words of time between the name and the cue, a person's roles in a series after a quote, long
/// foreign surnames after a middle dot, a copula that names the person a description stands for, a topic that is no
/// subject, someone seen speaking, a quoted sentence that ends the clause before the next subject, a relative named
/// by the relation alone, a group named with 团, a word that opens an example, no cue inside another quote, a name
/// given after a count (一名叫周明的), a saying with no speaker, a speaker between two quotes in text broken at every
/// clause, a surname and its marker before a noun (李姓店主), 昨 between a name and its cue, a work in a frame after its
/// author, a paper speaking through what it prints, a quote signed with a dash, an ongoing action before a person noun,
/// and the people concerned of a body.
final class ChineseNewsSubjectTests: XCTestCase {
    func testACharacterNamesMostlyAvoidMayOpenAGivenName() {
        AttributionFixture.assertOnly("东海大学讲座教授周中翰说：“创新是一项系统工程。”", speaker: "周中翰", rule: "zh.before.colon")
        AttributionFixture.assertOnly("王中軍說：「創新是一項系統工程。」", speaker: "王中軍")
        // Not the first character of a word of time after a name (张明|中午).
        AttributionFixture.assertOnly("張明中午說：「創新是一項系統工程。」", speaker: "張明", rule: "zh.before.colon")
    }

    func testAFamiliarNameIsTheNameOfThePersonTheReporterMet() {
        AttributionFixture.assertOnly("之后记者又采访了球迷代表小王，他坦诚地说：“联赛才是咱自己的。”", speaker: "小王",
                                      rule: "zh.before.colon", mention: "他")
        AttributionFixture.assertOnly("記者採訪了老李，他說：「聯賽才是咱自己的。」", speaker: "老李")
    }

    func testAWordOfTimeOfDayStandsBetweenTheNameAndTheCue() {
        AttributionFixture.assertOnly("市長周明今早強調自己「認可和支持」。", speaker: "周明", kind: .quotation)
        AttributionFixture.assertOnly("李秋芳上午表示：“工程按期完成。”", speaker: "李秋芳", rule: "zh.before.colon")
    }

    func testAPersonsRolesInASeriesAfterTheQuoteEndInTheName() {
        let saying = "“做科研要敢于挑战权威。”这是青山科学院院士、东海大学讲座教授周明经常对学生说的一句话。"
        AttributionFixture.assertOnly(saying, speaker: "周明", rule: "zh.after.this-is")
        let traditional = "「做科研要敢於挑戰權威。」這是青山科學院院士、東海大學講座教授李秋芳經常對學生說的一句話。"
        AttributionFixture.assertOnly(traditional, speaker: "李秋芳")
    }

    func testAForeignSurnameAfterAMiddleDotMayBeLong() {
        let athlete = "一直想尝试火锅的东海女子标枪运动员艾琳娜·范斯卡尔奎克说：“我很享受在这里的生活。”"
        AttributionFixture.assertOnly(athlete, speaker: "艾琳娜·范斯卡尔奎克", rule: "zh.before.colon")
    }

    func testACopulaNamesThePersonADescriptionStandsFor() {
        let text = "昨天，第一位被记者围住的委员是企业家、东海青山实业集团股份有限公司总裁周明。他带来的提案是《关于企业改制的建议》。"
            + "他说：“这与企业发展有着密切关系。”"
        AttributionFixture.assertOnly(text, speaker: "周明", rule: "zh.before.colon")
        let traditional = "第一位發言的代表是青山市市長李秋芳。她說：「我們要把路修好。」"
        AttributionFixture.assertOnly(traditional, speaker: "李秋芳")
    }

    func testATopicIsNoSubject() {
        // 他 is the defendant of the clause before, not the judge the topic names.
        let topic = "二审开庭时，被告周明坦承杀人，至于法官如何量刑，他回答「没有意见」。"
        AttributionFixture.assertOnly(topic, speaker: "周明", rule: "zh.before.direct")
        AttributionFixture.assertOnly("被告周明坦承殺人，關於法官如何量刑，他回答「沒有意見」。", speaker: "周明")
        // A topic that is a person alone is the one the next clause speaks of.
        let person = "会上有两位代表发言。至于王立新，他表示：“没有意见。”"
        AttributionFixture.assertOnly(person, speaker: "王立新")
    }

    func testOneSeenSpeakingInTheClauseOfTheCueSpeaks() {
        let seen = "评论员周明在文中指出，他在场边看到一名球员对着教练说，「教练，我不想为你打球！」"
        AttributionFixture.assertOnly(seen, speaker: "球员", rule: "zh.before.comma")
        // 某 counts the person as 一名 does.
        AttributionFixture.assertOnly("周明指出日前看到某球員對教練說，「我不想為你打球！」", speaker: "球員")
        // Across a comma the one who saw speaks.
        XCTAssertEqual(AttributionFixture.speakers("周明走进院子。他看到老人，说：“您好！”"), ["周明"])
    }

    func testAQuotedSentenceEndsTheClauseBeforeTheNextSubject() {
        let text = "周明昨日摆街站，并批评议会流会事件，「几乎每5分钟点一次人数，真要这样下去吗？」李秋芳就在网上留言，说「议员人人返工开会」，就不会流会。"
        XCTAssertEqual(AttributionFixture.speakers(text).last, "李秋芳")
        let quote = AttributionFixture.extract(text).quotes.last
        XCTAssertEqual(quote?.rule, "zh.continuation")
    }

    func testADescribedTitleOpensTheClauseBeforeTheCue() {
        // The description holds words names avoid (很, 有过); the subject does something, then speaks after a comma.
        let text = "看着这些年轻人，那位曾经有过担忧的老教授握着所长的手，连声说：“祝贺，祝贺。”"
        AttributionFixture.assertOnly(text, speaker: "曾经有过担忧的老教授", rule: "zh.continuation")
        AttributionFixture.assertOnly("那位很擔憂的老教授，連聲說：「祝賀。」", speaker: "很擔憂的老教授")
    }

    func testADescriptionThatGivesANameNamesThePerson() {
        AttributionFixture.assertOnly("一位名叫周明的老人说：“路修好了。”", speaker: "周明", rule: "zh.before.colon")
        AttributionFixture.assertOnly("一位名叫李秋芳的教授說：「路修好了。」", speaker: "李秋芳")
        AttributionFixture.assertOnly("一位名叫秀云的姑娘说：“路修好了。”", speaker: "秀云")
    }

    func testAnOfficerIsNamedAfterTheTitle() {
        let officer = "社區組織幹事周明指出，露宿者早已習慣，但如今有露宿者「中招」，政府應安排疫苗。"
        AttributionFixture.assertOnly(officer, speaker: "周明", rule: "zh.partial.reported", kind: .quotation)
    }

    func testAQuoteBeforeAnAspectParticleIsThePredicateOfItsClause() {
        let text = "周明说，今年粮食丰收，各地完成收购任务后，对议购粮的收购就不能“随行就市”了。"
        AttributionFixture.assertOnly(text, speaker: "周明", rule: "zh.partial.reported", kind: .quotation)
    }

    func testATeamBeforeACountSaysWhosePlayerSpeaks() {
        AttributionFixture.assertOnly("青山隊一名球員對教練說，「我不想為你打球！」", speaker: "青山隊球員", rule: "zh.before.comma")
        AttributionFixture.assertOnly("功臣李大山說：「往上殺就對了。」", speaker: "李大山", rule: "zh.before.colon")
    }

    func testAThoughtIsTheThinkersWords() {
        AttributionFixture.assertOnly("李大山心想：“这下可好了。”", speaker: "李大山", rule: "zh.before.colon", cue: "心想")
        let thought = "逆轉後，李大山說，他在場上想著「往上殺就對了」。"
        AttributionFixture.assertOnly(thought, speaker: "李大山", rule: "zh.before.direct", cue: "想著")
    }

    func testAComplaintReportedIsSpeech() {
        let complaint = "家住青山的周女士曾反映，自己居住的小区外表看似“阳光灿烂”，内里管理却混乱不堪。"
        AttributionFixture.assertOnly(complaint, speaker: "周女士", kind: .quotation)
    }

    func testARelativeNamedByTheRelationAloneSpeaks() {
        AttributionFixture.assertOnly("比赛结束后，母亲激动地感叹“这些年的辛苦没有白费”。", speaker: "母亲", kind: .quotation)
        // The relation says who 她 may stand for.
        let pronoun = "後來，母親開了一家小店，但是母親不會算帳。她說：「做生意要講信用。」"
        AttributionFixture.assertOnly(pronoun, speaker: "母親", rule: "zh.before.colon")
    }

    func testAGroupNamedWithTuanIsABodyThatSpeaks() {
        AttributionFixture.assertOnly("律师团表示：“我们会尊重法院的判决。”", speaker: "律师团", rule: "zh.before.colon")
    }

    func testAWordThatOpensAnExampleIsNoSubject() {
        let example = "评论指出，像是教练竟对球员说“不用训练了”，实在不妥。"
        AttributionFixture.assertOnly(example, speaker: "教练", rule: "zh.before.direct", kind: .quotation)
        let traditional = "評論指出，像是教練竟對球員說「不用訓練了」、「可以不來上課」，實在不妥。"
        AttributionFixture.assertQuotes(traditional, kinds: [.quotation, .quotation], speakers: ["教練", "教練"])
    }

    func testACueInsideAnotherQuoteIsNoVerbOfTheNarrative() {
        // The 道 of a quoted office's name (國道) does not report the plan named after it.
        let names = "二〇〇一年『青山市國道管理處』委託『東海大學研究所』完成的『沿線古橋與老街保護及修復評估計劃』是十個方案中評分最高者。"
        XCTAssertEqual(AttributionFixture.speakers(names), [nil, nil, nil])
    }

    func testANameIsGivenAfterACountTheVerbJoins() {
        AttributionFixture.assertOnly("还有一名叫周明的男子说：“路上注意安全。”", speaker: "周明", rule: "zh.before.colon")
        AttributionFixture.assertOnly("一名叫李秋芳的老人說：「路上注意安全。」", speaker: "李秋芳")
    }

    func testASayingIsNobodysWords() {
        let saying = "他說這些年很辛苦，\n正好應了一句俗話：\n「家家有本難念的經」。\n"
        AttributionFixture.assertOnly(saying, speaker: nil, kind: .quotation)
    }

    func testASpeakerBetweenTwoQuotesInTextBrokenAtEveryClause() {
        // The colon ends the speaker's line; the quote it introduces opens the next.
        let text = "公園的花都不見了，\n令人失望。\n「這裡怎麼變成這樣？\n」一位推著嬰兒車的爸爸說：\n「上次來還有很多花，\n現在都沒了。\n」\n"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["推著嬰兒車的爸爸", "推著嬰兒車的爸爸"])
        XCTAssertEqual(quotes.first?.rule, "zh.after.lede.introduced")
    }

    func testASurnameAndItsMarkerNameThePersonWithTheNounAfterThem() {
        AttributionFixture.assertOnly("李姓店主說：「生意比去年差。」", speaker: "李姓店主", rule: "zh.before.colon")
        AttributionFixture.assertOnly("周姓男子向警方供稱：「我甚麼都不知道。」", speaker: "周姓男子")
        // After a long adverbial too, where the subject is read at the clause's start.
        AttributionFixture.assertOnly("李姓店主不願具名地說：「生意比去年差。」", speaker: "李姓店主")
    }

    func testYesterdayWrittenShortStandsBetweenTheNameAndTheCue() {
        AttributionFixture.assertOnly("東海市長周明昨表示：「工程將如期完工。」", speaker: "周明", rule: "zh.before.colon")
        AttributionFixture.assertOnly("周明昨在記者會上說，「問題不大。」", speaker: "周明")
    }

    func testAWorkInAFrameAfterItsAuthorIsNoSubject() {
        let book = "周明在《远行》一书中写道：“人生就像一场旅行。”"
        let quote = AttributionFixture.only(book)
        AttributionFixture.assertQuote(quote, speaker: "周明", rule: "zh.before.colon")
        XCTAssertEqual(quote?.work?.title, "远行")
        AttributionFixture.assertOnly("周明在書中寫道：「人生就像一場旅行。」", speaker: "周明")
        // A work that opens its clause is its subject, and no one speaks.
        AttributionFixture.assertOnly("书中写道：“人生就像一场旅行。”", speaker: nil, rule: "zh.work-subject")
    }

    func testAPaperSpeaksThroughWhatItPrintsAfterDe() {
        AttributionFixture.assertOnly("东海时报的书评说：“这是一本值得一读的好书。”", speaker: "东海时报", rule: "zh.before.colon")
        AttributionFixture.assertOnly("青山日報的社論說：「改革不能停。」", speaker: "青山日報")
    }

    func testAQuoteSignedWithADashAndANameIsTheirs() {
        AttributionFixture.assertOnly("“学而不思则罔，思而不学则殆。”——孔子", speaker: "孔子", rule: "zh.after.dash")
        AttributionFixture.assertOnly("「我們一定能成功。」──周明", speaker: "周明", rule: "zh.after.dash")
    }

    func testAnOngoingActionBeforeAPersonNounIsAClauseNotADescription() {
        AttributionFixture.assertOnly("一位老大爷拉着记者的手说：“你们要多来看看。”", speaker: "老大爷")
        AttributionFixture.assertOnly("老大爺握著記者的手說：「你們要多來看看。」", speaker: "老大爺")
        // 著 opening a word of its own (著名) is no particle.
        AttributionFixture.assertOnly("著名作家周明说：“写作是一种修行。”", speaker: "周明", rule: "zh.before.colon")
    }

    func testThePeopleConcernedOfABodySpeak() {
        AttributionFixture.assertOnly("东海市教育局有关人士说：“今年将新建学校十所。”", speaker: "东海市教育局有关人士", rule: "zh.before.colon")
    }
}
