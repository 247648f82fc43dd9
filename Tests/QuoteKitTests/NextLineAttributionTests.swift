import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

/// Chinese fiction often writes a quote as its own line and says who spoke on the next one (“…”⏎她低声问。);
/// a next line that introduces words of its own (秀云说：⏎“…”) says nothing about the quote before it.
final class NextLineAttributionTests: XCTestCase {
    func testTheLineAfterAQuoteSaysWhoSpoke() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("zh-next-line.txt")).quotes
        XCTAssertEqual(quotes.count, 4)
        // “去。”⏎周明扭头回答她。: a name, an action before the cue, and the one answered.
        XCTAssertEqual(quotes[1].speaker?.name, "周明")
        XCTAssertEqual(quotes[1].cue, "回答")
        XCTAssertEqual(quotes[1].rule, "zh.after.cue-object")
        // “…”⏎秀云说：⏎“…”: the colon line belongs to the quote after it.
        XCTAssertNotEqual(quotes[2].rule, "zh.after.direct")
        XCTAssertNil(quotes[2].cue)
        XCTAssertEqual(quotes[3].speaker?.name, "秀云")
        XCTAssertEqual(quotes[3].cue, "说")
    }

    func testAQuoteOpeningAReportIsSpokenByTheSubjectOfTheNextSentence() {
        let simplified = "“这里吃得好，住得好。”\n近日，坐在养老院里，88岁的李大山老人高兴地对记者说。\n"
        let traditional = "「這裏吃得好，住得好。」\n近日，坐在養老院裏，88歲的艾秀英老人高興地對記者說。\n"
        let quotes = AttributionFixture.extract(simplified).quotes + AttributionFixture.extract(traditional).quotes
        XCTAssertEqual(quotes.map(\.speaker?.name), ["李大山", "艾秀英"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.lede", "zh.after.lede"])
        // The subject opens its clause: 房间 in 坐在房间里 is no one, and a clause of its own goes to its own cue.
        let place = "“这里吃得好。”\n近日，坐在公寓明亮整洁的房间里，88岁的李大山老人高兴地对记者说。\n"
        XCTAssertEqual(AttributionFixture.extract(place).quotes.map(\.speaker?.name), ["李大山"])
        // Only a quote that opens its line opens a report (the rule is marked `opensLine`).
        let inside = "大家都记得那句“这里吃得好。”\n近日，坐在养老院里，88岁的李大山老人高兴地对记者说。\n"
        XCTAssertNotEqual(AttributionFixture.extract(inside).quotes.first?.rule, "zh.after.lede")
        let lede = try? RulePack.builtIn(language: .zh).rules.first { $0.id == "zh.after.lede" }
        XCTAssertEqual(lede?.opensLine, true)
        // A cue denied (一句话也没说) reports no words.
        let denied = "“我今天才领教了！”\n王立新只是微笑着，一句话也没说。\n"
        XCTAssertNotEqual(AttributionFixture.extract(denied).quotes.first?.rule, "zh.after.lede")
    }

    func testTheNextSentencesSubjectMayBeDescribedAtLengthAndActFirst() {
        // A long description before the role and name (年过七旬的青山乡农民李大山), an adverbial with 地 between name and
        // cue, and a frame clause (在…仪式上) before the subject, which opens no subject itself.
        let described = "水渠修好了。\n“新渠通水了，真好！”\n5月3日上午，年过七旬的青山乡农民李大山眉开眼笑地说。\n"
        XCTAssertEqual(AttributionFixture.extract(described).quotes.map(\.speaker?.name), ["李大山"])
        // The cue in a later clause of the subject's sentence: the clauses before it share its subject.
        let chained = "水渠修好了。\n“新渠通水了，真好！”\n5月3日上午，在乡里举行的通水仪式上，年过七旬的青山乡农民李大山手里拿着证书，眉开眼笑地说。\n"
        let chainedQuote = AttributionFixture.extract(chained).quotes.first
        XCTAssertEqual(chainedQuote?.speaker?.name, "李大山")
        XCTAssertEqual(chainedQuote?.rule, "zh.after.lede.chain")
        let traditional = "水渠修好了。\n「新渠通水了，真好！」\n5月3日上午，在鄉裏舉行的通水儀式上，年過七旬的青山鄉農民艾秀英手裏拿著證書，眉開眼笑地說。\n"
        XCTAssertEqual(AttributionFixture.extract(traditional).quotes.map(\.speaker?.name), ["艾秀英"])
        // A clause with a subject of its own between them keeps the cue to that subject.
        let another = "水渠修好了。\n“新渠通水了，真好！”\n昨天，张明来到村里，村民李大山高兴地说。\n"
        XCTAssertEqual(AttributionFixture.extract(another).quotes.map(\.speaker?.name), ["李大山"])
        // The one spoken to after a description is no speaker (张明对…李大山说).
        XCTAssertEqual(AttributionFixture.extract("张明对年过七旬的青山乡农民李大山说：“好。”").quotes.map(\.speaker?.name), ["张明"])
    }

    func testThePersonAskedAnswersWithAPronounOfTheirGender() {
        // 母亲 is asked; 她 in the answer is she, not 张明 who asked (whose gender the text does not tell).
        let mother = AttributionFixture.extract("张明问母亲：\n“那时候一个月多少钱？”\n她说：\n“两万元。”\n").quotes
        XCTAssertEqual(mother.map(\.speaker?.name), ["张明", "母亲"])
        let titled = AttributionFixture.extract("張明問李秋芳女士：「妳明天去嗎？」她說：「去。」").quotes
        XCTAssertEqual(titled.map(\.speaker?.name), ["張明", "李秋芳"])
        // An asker of the pronoun's gender may be answering himself: the pronoun keeps its antecedent.
        let asker = AttributionFixture.extract("王立新先生问张明：“你明天去吗？”他说：“我也去。”").quotes
        XCTAssertEqual(asker.map(\.speaker?.name), ["王立新", "王立新"])
    }

    func testOnlyRulesMarkedNextLineReadIt() throws {
        // The same text with a rule pack whose after-quote rule may not read the next line: no cue is found there.
        let pack = try RulePack.load(yaml: """
            id: same-line
            language: zh
            rules:
              - id: zh.after.cue-object
                confidence: 0.75
                pattern: [quote, speaker, modifiers, cue, {gap: 6}, {punct: "。！？"}]
            """, source: "same-line.yaml")
        var configuration = QuoteExtractor.Configuration()
        configuration.attributor = try Attributor(packs: [pack])
        let quotes = QuoteExtractor(configuration: configuration).extract(text: try AttributionFixture.text("zh-next-line.txt")).quotes
        XCTAssertNotEqual(quotes[1].rule, "zh.after.cue-object")
    }

    func testAPronounBeforeAnyoneHasSpokenIsTheLastNamedSubject() {
        // No quote before this one has a speaker: 他 is the subject the narrative last named, three sentences back.
        let text = "王建国局长为这个项目付出了很多心血。工地上的条件很艰苦。冬天特别冷。\n他常常教导我们：“做事要踏实。”\n"
        let quote = AttributionFixture.extract(text).quotes[0]
        XCTAssertEqual(quote.speaker?.name, "王建国")
        XCTAssertEqual(quote.speaker?.mention, "他")
        XCTAssertEqual(quote.speaker?.resolution, .pronoun)
    }
}

/// In dialogue text the people talking are mostly written as the subjects of the narrative lines around the lines of
/// quotations (“…”⏎周文斌蹲在地头…), even where no rule names them as speakers; in news, where a line of quotations is
/// rare, those subjects are not taken.
final class LineSubjectTests: XCTestCase {
    func testSubjectsOfTheLinesAroundDialogueAreCandidates() throws {
        let text = """
            傍晚的风有些凉。
            “今年的麦子长得真好。”
            周文斌蹲在地头，抓起一把土看了又看。
            “就怕过几天下雨。”
            “下雨也不怕，咱们早点收。”
            林秀雲提著籃子從坡上走下來。
            「你明天還去鎮上嗎？」
            「去。」
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.count, 5)
        // No rule fires anywhere: the subject of the line after the first quote, and of the line before the fourth.
        XCTAssertEqual(quotes[0].speaker?.name, "周文斌")
        XCTAssertEqual(quotes[0].rule, "zh.nearby")
        XCTAssertEqual(quotes[3].speaker?.name, "林秀雲")
        XCTAssertTrue(quotes.allSatisfy { $0.cue == nil })
    }

    func testBareGivenNamesThatOpenSeveralLinesAreCandidates() {
        // 秀梅 and 少华 have no surname and no rule names them; each opens two lines of narrative around the dialogue.
        let text = """
            秀梅端着一碗水走进来。
            “喝口水再走吧！”
            少华摇摇头，把碗推了回去。
            “不了，天快黑了。”
            秀梅没有再劝。
            “那你路上小心。”
            少华重新系好鞋带，对她说：
            “我明天还来。”
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["秀梅", "少华", "秀梅", "少华"])
        XCTAssertEqual(quotes[3].cue, "说")
        // A word that opens one line only (天黑了) is no one.
        let once = AttributionFixture.extract("天黑了，路上没有人。\n“快走吧。”\n“好。”").quotes
        XCTAssertTrue(once.allSatisfy { $0.speaker == nil })
    }

    func testAnEmptySubjectIsThePersonWhoOpensItsLine() {
        // …，对她说：has no subject; its line opens with 少华, a bare name the text writes again: not the speaker of the
        // quote before, further back.
        let text = """
            林秀云叹了口气，说：
            “今年的雨水太少了。”
            少华放下锄头，对她说：
            “过两天就会下的。”
            少华心里其实也没底。
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["林秀云", "少华"])
        XCTAssertEqual(quotes[1].rule, "zh.continuation")
        XCTAssertEqual(quotes[1].cue, "说")
    }

    func testNewsParagraphsLendNoLineSubjects() {
        // Most quotations sit inside narrative paragraphs: the line after the one quotation alone on its line (a new
        // topic in news) lends no speaker. The same lines as dialogue, every quotation alone, do.
        let news = "会议认为，“城市要更宜居，乡村要更美丽。”\n与会代表普遍表示，“各项指标都要落到实处。”\n“城市要更宜居。”\n王立新主任随后介绍了明年的工作安排。"
        let newsQuotes = AttributionFixture.extract(news).quotes
        XCTAssertEqual(newsQuotes.count, 3)
        XCTAssertNil(newsQuotes[2].speaker)
        let dialogue = "“城市要更宜居，乡村要更美丽。”\n“各项指标都要落到实处。”\n“城市要更宜居。”\n王立新主任随后介绍了明年的工作安排。"
        XCTAssertEqual(AttributionFixture.extract(dialogue).quotes.last?.speaker?.name, "王立新")
    }

    func testAQuoteOfItsOwnBeforeTheLineThatIntroducesItsSpeakersNextWords() {
        // News may open with someone's words and name the speaker on the next line, which goes on with more of them.
        let report = "东海县遭了台风，县长李秋芳说：“损失比去年重。”\n“我在海边长大，知道渔民的难处。”\n" +
            "县委书记王立新动情地说：“这几天我们都睡不好。”\n县里随后拨出专款帮渔民修船。\n"
        let quotes = AttributionFixture.extract(report).quotes
        XCTAssertEqual(quotes.map(\.speaker?.name), ["李秋芳", "王立新", "王立新"])
        XCTAssertEqual(quotes[1].rule, "zh.after.lede.introduced")
        let traditional = "東海縣遭了颱風，縣長李秋芳說：「損失比去年重。」\n「我在海邊長大，知道漁民的難處。」\n" +
            "縣委書記王立新提出了他的看法，「修船要快。」\n"
        XCTAssertEqual(AttributionFixture.extract(traditional).quotes.map(\.speaker?.name), ["李秋芳", "王立新", "王立新"])
        // Not a quote that the line before introduces, with a colon or with a cue and a full stop.
        let introduced = "东海县遭了台风，县长李秋芳说：“损失比去年重。”\n老船工周明看着码头，说：\n“今年的船全坏了。”\n" +
            "县委书记王立新动情地说：“这几天我们都睡不好。”\n"
        XCTAssertEqual(AttributionFixture.extract(introduced).quotes.map(\.speaker?.name), ["李秋芳", "周明", "王立新"])
        let stop = "东海县遭了台风，县长李秋芳说：“损失比去年重。”\n老船工周明看着码头，叹着气说。\n“今年的船全坏了。”\n" +
            "县委书记王立新动情地说：“这几天我们都睡不好。”\n"
        XCTAssertNotEqual(AttributionFixture.extract(stop).quotes[1].speaker?.name, "王立新")
    }

    func testTheOneWhoseMessageTheNextLineNamesWroteTheQuote() {
        let text = "画展闭幕了。\n“下次还要带孩子来。”\n一位老人的留言写满了一整页。\n"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map(\.speaker?.name), ["老人"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.possessive"])
    }

    func testTheNextParagraphsPeopleSpeakAQuoteOnItsOwnLineNotOneEndingAParagraphOfNarrative() {
        // The first quote ends 吴先生's paragraph: 郑女士, named in the next one with words of her own, did not say it.
        let text = "店主吴先生告诉记者，他每天清晨五点就开门，一直忙到天黑。“生意好了，累一点也值得。”\n"
            + "记者看到，隔壁一位姓郑的店主正在搬货。“今天进了两车水果。”郑女士告诉记者。"
        XCTAssertNotEqual(AttributionFixture.speakers(text).first, "郑女士")
        XCTAssertEqual(AttributionFixture.speakers(text).last, "郑女士")
        // A quote on its own line is still the words of whoever the next line names.
        XCTAssertEqual(AttributionFixture.speakers("“这次考试我们准备了很久。”\n周明想了想，又补充了一句。"), ["周明"])
    }

    func testANamedPersonOpeningTheSentenceAfterTheQuoteSpeaksItWithoutACue() {
        AttributionFixture.assertOnly("“这点小事不用谢。”李秋芳放下水桶，转身又去帮邻居。", speaker: "李秋芳", rule: "zh.after.subject", cue: nil)
        // A place that owns what follows it (江南的山水) is no subject, though 江 is a surname.
        XCTAssertNil(AttributionFixture.only("“这里的茶最香。”江南的山水，养出了好茶叶。")?.speaker)
        // A name of three characters owns what it found (李明轩的发现): the quote is his. A place ending in 州 owns nothing so.
        let found = "小记者走上前去仔细阅读。“招聘岗位不同，条件也不一样。”小记者李明轩的发现，得到了大家的认可。"
        XCTAssertEqual(AttributionFixture.speakers(found), ["李明轩"])
        XCTAssertNil(AttributionFixture.only("「我們家鄉的女孩都是這樣的！」杭州的湖光山色，養出了她的好氣色。")?.speaker)
    }

    func testAnAdverbOfRepetitionMayStandBeforeTheCue() {
        AttributionFixture.assertOnly("記者再追問「經費從哪裡來」？", speaker: "記者", rule: "zh.before.direct", cue: "追問")
    }
}
