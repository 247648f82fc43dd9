import XCTest
@testable import QuoteKit

/// What may stand between a Chinese subject and its cue, and which subjects an earlier clause gives: a clause of time
/// with no opener (回乡后, 睡下之后), a place with no closer (在北京), a word of mood no list holds (心碎), a relative
/// alone after a comma, a title alone, transliterated names, a pronoun the word breaker joins to the frame after it
/// (他在). Names invented; simplified and traditional script.
final class ChineseSubjectClauseTests: XCTestCase {
    private let attributions = AttributionFixture.attributions

    func testAClauseOfTimeWithNoOpenerLiesBetweenTheSubjectAndTheCue() {
        let text = """
            农民李大山回乡后高兴地说：“越走越远。”
            導演張明得悉消息後說﹕「他最討厭熱鬧。」
            那晚母亲睡下之后对父亲叹息道：“要不是这场雨。”
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["李大山", "張明", "母亲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.colon", "zh.before.colon", "zh.before.colon"])
    }

    func testAPlaceWithNoCloserBetweenTheSpeakerAndTheCue() {
        // 在 and a place, with no 上 or 时 after it, is a modifier: the cue is the verb, and a pronoun still finds its
        // person in the paragraph before.
        let text = "东海大学校长王立新昨天来到青山县。\n他在青山县告诉记者：“我们会再来。”\n"
        let quote = AttributionFixture.extract(text).quotes[0]
        XCTAssertEqual(quote.speaker?.name, "王立新")
        XCTAssertEqual(quote.cue, "告诉记者")
        XCTAssertEqual(quote.rule, "zh.before.colon")
        let traditional = AttributionFixture.extract("林秀芬在東海對記者說：「路已經修好了。」").quotes[0]
        XCTAssertEqual(traditional.speaker?.name, "林秀芬")
        XCTAssertEqual(traditional.cue, "說")
        // Not the 在 of a name (a surname alone before it), nor a place that opens its clause (the scene of a zero subject).
        XCTAssertEqual(AttributionFixture.speakers("金在勇总统说：“路已经修好了。”"), ["金在勇总统"])
        let scene = "李大山坐在桌边，他女儿走过来，在他耳边轻声说：“爸，该走了。”"
        XCTAssertNotEqual(AttributionFixture.speakers(scene).first ?? nil, "李大山")
    }

    func testAWordOfMoodNoLexiconListsStandsBetweenTheSubjectAndTheCue() {
        // 心碎 and 憂心 are in no list of modifiers; the word breaker reads each as one word before 说, and it names
        // nobody. The next sentence's subject (县府) does not take the quote its own sentence introduced.
        let simplified = "东海县昨天下大雨，果园倒伏成片。果农林大山心碎说，“台风没良心。”县府表示，将启动调查。"
        XCTAssertEqual(attributions(simplified).map(\.speaker), ["林大山"])
        let traditional = AttributionFixture.extract("林秀芬站在田邊。她憂心說：「今年的收成都沒了。」").quotes[0]
        XCTAssertEqual(traditional.speaker?.name, "林秀芬")
        XCTAssertEqual(traditional.cue, "說")
        // A place (門外) is no word of mood: 踏出 before it is a verb, no one who speaks.
        let place = "電梯門打開。\n那個女人反客為主，\n踏出門外道︰\n「這是我們的地方。」\n"
        XCTAssertNotEqual(AttributionFixture.speakers(place).first ?? nil, "踏出")
    }

    func testASubjectInFocusIsThePhraseBetweenOpenerAndCloser() {
        // 连…都, 就连…也, 甚至連…都: even this one said it. 连 is no surname of the speaker here.
        let text = """
            连隔壁修鞋的师傅都夸：“今年的冬天真冷。”
            连张明都说：“今年的冬天真冷。”
            就连老校长也说：“今年的冬天真冷。”
            甚至連李秋芳都說：「今年的冬天真冷。」
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["隔壁修鞋的师傅", "张明", "老校长", "李秋芳"])
        // A name of the surname 连 stays whole where no person is left without it (連峰也說: 峰 is no one).
        XCTAssertEqual(attributions("連峰也說：「今年的冬天真冷。」").map(\.speaker), ["連峰"])
    }

    func testASubjectInFocusMayBeALongDescription() {
        // The opener and the closer bound the description, so it may run past the twelve characters read elsewhere:
        // the person described speaks, not a name of the surname 连 cut out of it.
        XCTAssertEqual(attributions("连青山书店门口修自行车的小伙子都感叹：“平时七点就收摊了。”").map(\.speaker), ["青山书店门口修自行车的小伙子"])
        XCTAssertEqual(attributions("连青山书店门口修自行车的师傅都感叹：“平时七点就收摊了。”").map(\.speaker), ["青山书店门口修自行车的师傅"])
        XCTAssertEqual(attributions("連東海書店門口擺攤賣報的老伯也說：「今天的報紙賣光了。」").map(\.speaker), ["東海書店門口擺攤賣報的老伯"])
    }

    func testAnEmptySubjectCountsWhereItsSentenceNamesIt() {
        // 歌迷会会长李秋芳…，只是淡淡地说，“…”: the cue's empty subject is the person the sentence opens with, written a clause
        // before it, which outweighs a name the report repeats everywhere.
        let text = """
            歌手张明昨日就演唱会取消一事向歌迷道歉。
            张明说：“我辜负了大家。”张明还表示，门票将全额退还。
            张明的经纪公司拒绝透露更多细节。
            歌迷会会长李秋芳读完张明的声明，只是淡淡地说，“下次不会再买票了。”
            张明的经纪人没有回应。
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["张明", "李秋芳"])
    }

    func testAClauseOfTimeAfterTheSubjectsCommaContinuesIt() {
        let quotes = attributions("这位导演王立新，得知获奖的消息后感慨：“这是大家的功劳。”")
        XCTAssertEqual(quotes.map(\.speaker), ["王立新"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.continuation"])
    }

    func testAWordThatEndsWithAClosingCharacterIsNoClauseOfTime() {
        // 最后 and 这时 are words of their own, 赛后 a word of time: the name before them is the subject, whole.
        let text = """
            张明最后说：“好。”
            教练卡斯特罗夫赛后说：“我们尽力了。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["张明", "卡斯特罗夫"])
    }

    func testAVerbOpeningALineBeforeAClauseOfTimeIsNoName() {
        // 深吸一口後道: the narrator's zero subject, not a name 深吸.
        let quotes = attributions("我點燃香煙，\n深吸一口後道︰\n「你先回去。」")
        XCTAssertNotEqual(quotes.first?.speaker, "深吸")
    }

    func testARelativeAloneSpeaksAfterAnotherClause() {
        let text = """
            他正准备掏钱，妈妈轻声说：“这茶不卖。”
            天黑了，母親說：「早點睡吧。」
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["妈妈", "母親"])
    }

    func testATitleAloneIsTheSubjectALaterClauseContinues() {
        let text = """
            教授走过来，连声说：“祝贺。”
            老教授握着他的手，连声说：“辛苦了。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["教授", "老教授"])
    }

    func testTransliterationsWithCharactersOfBothReadings() {
        // 哥 (哥伦布) and 提 (提姆) are read in transliterated names; 哥哥 stays a brother.
        let text = """
            導演哥普拉說：「他是最好的演員。」
            自稱是新演員的史提夫表示：「我是受他影響的。」
            哥哥说：“走吧。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["哥普拉", "史提夫", "哥哥"])
    }

    func testAPartBeforeAMiddleDotMayHoldOneCharacterTheListLacks() {
        // 烈 and 得 are in no list of transliteration; the dot after them marks the whole as one foreign name.
        let text = "作家安德烈·卡拉奇利说：“我们还要写。”\n畫家彼得·杜克說：「我們還要畫。」"
        XCTAssertEqual(attributions(text).map(\.speaker), ["安德烈·卡拉奇利", "彼得·杜克"])
    }

    func testAWorkBeforeAColonGivesItsWordsToNoPersonNearby() {
        // The director speaks with a cue and so is someone the text quotes; the classic's line after him is no one's.
        let text = """
            導演張明，得悉消息後慨嘆﹕「他最討厭熱鬧。」
            又《礼记》孟冬之月：“天子始裘。”
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["張明", nil])
        XCTAssertEqual(quotes.map(\.rule), ["zh.continuation", "zh.work-colon"])
    }

    func testANameWithAnOngoingActionBeforeADescribedNounIsTheSubject() {
        // 林秀芬指著…的遊客: she points at the tourists, who are the object; she speaks.
        XCTAssertEqual(attributions("林秀芬指著店外零星走過的遊客說道：「我們平常會把店開著，可是沒有客人。」").map(\.speaker), ["林秀芬"])
        // A description that opens with the action and no one doing it describes the one who speaks.
        XCTAssertEqual(attributions("一位拉著孩子的婦女說：「我們平常會把店開著。」").map(\.speaker), ["拉著孩子的婦女"])
    }

    func testANameAndAVerbBeforeAPersonNounAreASubjectAndItsObject() {
        // 张明去找医生: 张明 looked for a doctor; the 他 after stands for 张明, not for a doctor described by a clause.
        let text = "张明去找医生。他对大家说：“谢谢你们。”\n王立新下山找医生遇上了雪崩。他后来说：“是他们救了我。”"
        XCTAssertEqual(attributions(text).map(\.speaker), ["张明", "王立新"])
    }

    func testAFrameOpenedBy从IsNoSubject() {
        // 从心底里 stands between the subject and its cue; 从镇政府出来后 is a time, not a name (从镇政).
        XCTAssertEqual(attributions("李大山从心底里喊出了“家乡越来越好”。").map(\.speaker), ["李大山"])
        XCTAssertEqual(attributions("受到幫助的居民從心底裏喊出了「謝謝你們」。").map(\.speaker), ["受到幫助的居民"])
        let text = "从镇政府出来后，我顺路去了他家，想再劝劝他。\n在与他谈了很久后，他点了点头，叹了口气，说道：“那就按你说的办吧。”"
        XCTAssertEqual(attributions(text).map(\.speaker), [nil])
    }

    func testATitledNameAndAVerbBeforeAPersonNounAreASubjectAndItsObject() {
        // 李阿姨看到社区干部: she sees them, and goes on to speak; so after a description of her (3樓的).
        let text = """
            李阿姨看到社区干部来家里查看，高兴地说：“今年屋里暖和多了！”
            從菜市場回來，3樓的王大媽見到工作人員在樓下，高興地說：「電梯終於修好了。」
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["李阿姨", "王大媽"])
    }

    func testTheOneSpokenToAfterAPrepositionAndADescriptionIsNoSpeaker() {
        // 对坐在椅子上的张明说: 张明 is spoken to; the clause's subject, in the clause before, speaks. Without the
        // preposition the described name speaks.
        let text = """
            王立新站在门口抽了两口烟，又对坐在椅子上的张明说：“咱们走吧。”
            坐在椅子上的张明说：“好的。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["王立新", "张明"])
        // So after a pronoun subject and its adverbs (他于是对…的张明说); a preposition before the pronoun belongs to the
        // description of the one who speaks (不曾跟他合作过的张明).
        XCTAssertEqual(attributions("王立新想了想。他于是对正等着他回话的张明说：“这事我定不了。”").map(\.speaker), ["王立新"])
        XCTAssertEqual(attributions("不曾跟他合作过的张明说：“他是好人。”").map(\.speaker), ["张明"])
    }

    func testALongDescriptionOfATitledPersonIsTheSubjectTheNextClauseContinues() {
        // The whole clause before the cue's describes one person, too long for the leading parse: the titled name
        // ending it speaks.
        let text = """
            他就是這樣低調的人，曾讓他再嘗影帝滋味的《遠山》導演張明，得悉其死訊後慨嘆﹕「他最討厭熱鬧。」
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["張明"])
        XCTAssertEqual(attributions(text).map(\.rule), ["zh.continuation"])
    }

    func testAPronounIsNeverTheOneItsOwnClauseSpeaksTo() {
        // 他对李大山说: 他 is not 李大山, though 李大山 opens the report; 其实 opens the clause before its subject.
        let text = "李大山站在院子里，给队长王立新报了案。\n其实王立新一听这事，就知道自己处理不了。\n他对李大山说：\n“你去叫支书！”\n"
        XCTAssertEqual(attributions(text).map(\.speaker), ["王立新"])
    }

    func testWhoeverAPronounHearsSpeakingIsTheSpeaker() {
        // 他又听见李华…说：the one heard speaks, whoever hears, named or not.
        let text = "张明走到窗下。他又听见李华在隔壁小声说：\n“总有办法的……”\n"
        XCTAssertEqual(attributions(text).map(\.speaker), ["李华"])
        XCTAssertEqual(attributions("張明又聽見李華在隔壁小聲說：「總有辦法的。」").map(\.speaker), ["李華"])
    }

    func testAPronounBeforeAFrameOrAModifierIsTheClausesSubject() {
        // The word breaker may join 他 and 在; the frame after the pronoun still opens a word, and 他 is the subject of
        // the quote's clause, the person of the line before.
        let text = """
            王立新二十岁那年离开了青山县。
            他在一座码头开叉车，“每天卸完一船货，天就黑了。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["王立新"])
        XCTAssertEqual(attributions(text).map(\.rule), ["zh.mention"])
    }
}
