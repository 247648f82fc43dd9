import XCTest
@testable import QuoteKit

/// The shape of a Chinese speaker's name around it: a two-character name does not take the first character of the
/// word after it, a prepositional phrase (透过律师) is no subject, and a role or an old man's title around a name
/// (村民张明, 李大山老汉) is not part of it. Names and sentences invented; simplified and traditional script.
final class ChineseNameShapeTests: XCTestCase {
    func testATwoCharacterNameDoesNotTakeTheNextWordsFirstCharacter() {
        // 李芳新 could be a name; the text names 李芳 on her own, never 李芳新.
        let traditional = "做事從不急躁的李芳，很早就開始籌畫。李芳新專輯的音樂多元，她自己形容：「沒有什麼風格，好聽就好。」"
        XCTAssertEqual(AttributionFixture.speakers(traditional), ["李芳"])
        let simplified = "做事从不急躁的李芳，\n很早就开始筹划，\n李芳新专辑的音乐多元，\n她自己形容：\n“没有什么风格，\n好听就好。\n”"
        XCTAssertEqual(AttributionFixture.speakers(simplified), ["李芳"])
    }

    func testACharacterWrittenTwiceOnceInTheTextIsNoBareName() {
        // 短短 opens a noun phrase after the quote, and names no one who greets.
        let text = "志工林秀芬每天送餐。送餐時她會陪長輩聊幾句：「阿伯，今天氣色不錯喔」、「阿姨，要記得加件外套。」短短幾句問候，是長輩最期待的聲音。"
        XCTAssertFalse(AttributionFixture.speakers(text).contains("短短"))
        // A pet name so written comes back in the text, and speaks.
        XCTAssertEqual(AttributionFixture.speakers("冬冬今年六岁。“我要去看海。”冬冬说。"), ["冬冬"])
    }

    func testTheFirstCharactersOfAnAdverbAreNoGivenName() {
        // 开玩笑 is a modifier: 开玩 before 笑 is no bare name speaking (笑 would be a cue of its own).
        let text = "李大山走进屋里，看大家都不作声。\n于是又开玩笑地说：\n“都愣着干什么？”\n"
        XCTAssertNotEqual(AttributionFixture.speakers(text).first ?? nil, "开玩")
        XCTAssertEqual(AttributionFixture.speakers(text), ["李大山"])
    }

    func testAConnectiveThatStartsALongerWordIsNotStrippedFromIt() {
        // 也许别人: 也 begins 也许 (perhaps) and is no connective of its own; 许别人 is no name.
        let text = "他不想让人知道这件事。\n也许别人会觉得可笑。\n“那盆花枯了。”\n他对女儿说。\n"
        XCTAssertNotEqual(AttributionFixture.speakers(text).first ?? nil, "许别人")
        XCTAssertNotEqual(AttributionFixture.speakers("也许别人会觉得可笑，他说：“那盆花枯了。”").first ?? nil, "许别人")
    }

    func testAWordOfTimeOpeningAClauseIsNoSurname() {
        // 白天 (in the daytime) opens the clause: 白天抓 is no name, and 他 stands for 李大山.
        let text = "李大山在河边转了一整天，那只羊还是没抓到。\n白天抓不住它，他估计羊是跑进林子里去了。\n他吩咐两个帮手说：\n“天黑前一定要找回来！”\n"
        XCTAssertEqual(AttributionFixture.speakers(text), ["李大山"])
    }

    func testAThreeCharacterNameTheTextUsesWholeStaysWhole() {
        let text = "王立新是本地人。王立新说，他最喜欢春天。王立新新书的内容很丰富，他自己形容：“写得很慢。”"
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新"])
    }

    func testAPrepositionalPhraseIsNoSubject() {
        // The clause after the comma has no subject of its own: 透过律师 is how 张明 spoke, not who.
        XCTAssertEqual(AttributionFixture.speakers("张明在会上发言后，透过律师发表声明：“这些说法并不属实。”"), ["张明"])
        XCTAssertEqual(AttributionFixture.speakers("張明在會後透過律師發表聲明：「這些說法並不屬實。」"), ["張明"])
        XCTAssertEqual(AttributionFixture.speakers("王立新通过秘书转达了意见：“方案还要再改。”"), ["王立新"])
        // Words with a preposition in them before a person noun are a clause (打电话给 the officers), not who they are.
        XCTAssertNotEqual(AttributionFixture.speakers("该名商人还打电话给执行人员表示“自己没有钱”。").first ?? nil, "打电话给执行人员")
    }

    func testARoleBeforeANameAndATitleAfterItAreNotTheName() {
        XCTAssertEqual(AttributionFixture.speakers("村民张明说：“水渠修好了。”"), ["张明"])
        XCTAssertEqual(AttributionFixture.speakers("学生李秋芳表示：“考试不难。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("农民李大山老汉，在听完判决后，心服口服：“输得明明白白！”"), ["李大山"])
        XCTAssertEqual(AttributionFixture.speakers("李大山老漢說：「輸得明明白白！」"), ["李大山"])
        // The titles of a project's command (指挥长, 总指挥).
        XCTAssertEqual(AttributionFixture.speakers("工程副指挥长李大山说：“物资全部备齐了。”"), ["李大山"])
        XCTAssertEqual(AttributionFixture.speakers("總指揮王立新表示：「明天開工。」"), ["王立新"])
    }

    func testAFrameThatDescribesTheSubjectKeepsIt() {
        // 在…的 describes the teacher who spoke; the next paragraph's quote goes on with his words.
        let text = "然而，在天桥底生活多年的退休教师张明称，这里的居民很自律。\n“在这里住了多年，什么都习惯了。”\n"
        XCTAssertEqual(AttributionFixture.speakers(text), ["张明"])
        // After a preposition the noun is the frame's object (给…的学生家长), not its subject.
        let object = "部长昨天写信，\n给全市中小学的学生家长称，\n“请大家放心。”\n"
        XCTAssertNotEqual(AttributionFixture.speakers(object).first ?? nil, "学生家长")
    }

    func testAPronounUnderASubheadingGoesBackToTheReportAbove() {
        // A subheading inside a report: no report opens with 她, so she is the one the report above named.
        let text = "协会总干事李秋芳说，这里的露宿者只有几个人，流动性很大。\n蚊子再多也不怕\n她指这些露宿者白天都在商场避暑，晚上才回来“打地铺”。\n"
        XCTAssertEqual(AttributionFixture.speakers(text), ["李秋芳"])
    }

    func testASurnameAloneRefersBackToTheNameInFull() {
        // Hong Kong and Taiwan news name a person in full once, then by the surname alone.
        let text = "露宿者張明昨日表示，這裡很熱。\n\n張又說：「夏天會到公廁洗澡。」\n\n「不習慣也沒辦法。」張說。\n"
        XCTAssertEqual(AttributionFixture.speakers(text), ["張明", "張明"])
        let simplified = "退休教师王立新告诉记者，这里很安静。\n王说：“我每天都来。”\n"
        XCTAssertEqual(AttributionFixture.speakers(simplified), ["王立新"])
        // Not without a name to refer back to, and not a surname character inside a word (史称, 时常).
        XCTAssertEqual(AttributionFixture.speakers("今天很热。張說：「夏天會到公廁洗澡。」").first ?? nil, nil)
        let history = "这段历史发展很快。其高潮只有一百天，史称“百日维新”。"
        XCTAssertEqual(AttributionFixture.extract(history).quotes.first?.kind, .term)
        XCTAssertEqual(AttributionFixture.speakers(history).first ?? nil, nil)
    }

    func testATimeBetweenTheSpeakerAndTheCue() {
        // 去年, 赛后, 生前 between a name and its cue: the name stays whole and the cue is read.
        let quotes = AttributionFixture.extract("王立新去年说，这是“一次难忘的经历”。").quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["王立新"])
        XCTAssertEqual(quotes.first?.cue, "说")
        XCTAssertEqual(AttributionFixture.speakers("王立新生前曾说：“我只是一个普通演员。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("“我们尽力了。”李秋芳賽後說。"), ["李秋芳"])
    }

    func testADayAndATimeOfDayBetweenTheSpeakerAndTheCue() {
        // 周二晚, 昨天下午: a word of time and a time of day make one date, as 31日晚 does.
        XCTAssertEqual(AttributionFixture.speakers("王立新周二晚表示，东海县将“继续努力”。"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("“東海將繼續努力。”李秋芳昨天下午說。"), ["李秋芳"])
    }

    func testADayOfAnotherWeekOrAStretchOfTimeBetweenTheSpeakerAndTheCue() {
        // 上周三, 上週三(4日), 多年来, 前不久, 本月底: words of time the name stays whole before (not 王立新本).
        for time in ["上周三", "上週三(4日)", "本週五（7日）", "多年来", "近年來", "前不久", "本月底", "去年底"] {
            XCTAssertEqual(AttributionFixture.speakers("局长王立新\(time)表示，东海县将“继续努力”。"), ["王立新"], time)
        }
    }

    func testForeignNamesSpeltWithLessCommonCharactersOfTheTable() {
        // 南, 延, 若 spell names from other languages too (invented names).
        XCTAssertEqual(AttributionFixture.speakers("奥南德斯说：“这项计划很重要。”"), ["奥南德斯"])
        XCTAssertEqual(AttributionFixture.speakers("东海国外长卡里延科表示，谈判将“继续进行”。"), ["卡里延科"])
        XCTAssertEqual(AttributionFixture.speakers("若斯塔總理表示，東海國將「繼續努力」。"), ["若斯塔"])
    }

    func testAGivenNameMayEndInTheCharacterForYear() {
        // 松年, 鶴年: names of the older generations end so; a word of time after a name (去年, 三年前) is no part of it.
        XCTAssertEqual(AttributionFixture.speakers("林松年说：“工期不能拖。”"), ["林松年"])
        XCTAssertEqual(AttributionFixture.speakers("「工期不能拖。」高鶴年對記者說。"), ["高鶴年"])
        XCTAssertEqual(AttributionFixture.speakers("王立新去年说：“工期不能拖。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("李华三年前说：“工期不能拖。”"), ["李华"])
        // Nor is 年 of 年轻 the end of a name in the description before a role.
        XCTAssertEqual(AttributionFixture.speakers("一位带着两个孩子的年轻妈妈游客说：“这里变了。”"), ["游客"])
    }

    func testAGivenNameMayHoldTheVerbOfHavingOrTheWordForMonth() {
        // 有 of 赵有德 and 周长有 is part of the name; after a whole name it is the verb (张明有三个孩子).
        XCTAssertEqual(AttributionFixture.speakers("赵有德说：“工期不能拖。”"), ["赵有德"])
        XCTAssertEqual(AttributionFixture.speakers("「工期不能拖。」周長有說。"), ["周長有"])
        XCTAssertEqual(AttributionFixture.speakers("张明有三个孩子。他说：“工期不能拖。”"), ["张明"])
        // So may 月 (林月芬), but not where a word of time starts (月底, 年初 after a name).
        XCTAssertEqual(AttributionFixture.speakers("林月芬說：「工期不能拖。」"), ["林月芬"])
        XCTAssertEqual(AttributionFixture.speakers("张明年初说：“工期不能拖。”"), ["张明"])
        XCTAssertEqual(AttributionFixture.speakers("陈月底表示：“工期不能拖。”"), [nil])
    }

    func testAGivenNameMayEndInTheCharacterForLike() {
        // 如 of 王秀如 ends the name right before the cue, with or without a title before it.
        XCTAssertEqual(AttributionFixture.speakers("王秀如说：“工期不能拖。”"), ["王秀如"])
        XCTAssertEqual(AttributionFixture.speakers("會後，林美如說：「工期不能拖。」"), ["林美如"])
        // 比如说 and 例如说 still open no name.
        XCTAssertEqual(AttributionFixture.speakers("比如说：“工期不能拖。”"), [nil])
    }

    func testARelativeBeforeANameWithOrWithoutItsOwner() {
        // 妻子李秋芳, 他女兒李秋芳: the relative is the name's role, as after 的; one spoken to stays no speaker.
        XCTAssertEqual(AttributionFixture.speakers("妻子李秋芳说：“饭好了。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("他女兒李秋芳說：「飯好了。」"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("张明的妻子李秋芳说：“饭好了。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("张明对妻子李秋芳说：“饭好了吗？”"), ["张明"])
    }

    func testANameInLatinLetters() {
        XCTAssertEqual(AttributionFixture.speakers("Adalyn說：「我去夏威夷找朋友。」"), ["Adalyn"])
        XCTAssertEqual(AttributionFixture.speakers("歌手Ada Lane表示：「我很開心。」"), ["Ada Lane"])
        XCTAssertEqual(AttributionFixture.speakers("「我很开心。」Ada说。"), ["Ada"])
        // A gloss in brackets after a Chinese name is not a person.
        let gloss = "阿尔卡迪亚冷冻食品公司（Arcadia Inc.）发生枪击。他又听到枪手对餐厅的人说：“你们可以走。”"
        XCTAssertNotEqual(AttributionFixture.speakers(gloss).first ?? nil, "Arcadia Inc")
    }

    func testSurnamesCommonInTaiwanAndHongKong() {
        XCTAssertEqual(AttributionFixture.speakers("協會總幹事賴淑敏說：「這裡的露宿者只有幾個人。」"), ["賴淑敏"])
        XCTAssertEqual(AttributionFixture.speakers("厂长戚立新说：“我们背水一战。”"), ["戚立新"])
    }

    func testATimeOfDayOpeningAClauseIsNoAntecedent() {
        // 白 is a surname, 白天 daytime: the clause it opens has no subject, and the pronoun's antecedent is no 白天.
        let text = "总指挥王立新也是工程的负责人。\n白天，他说：“明天还要再加一班。”\n"
        XCTAssertNotEqual(AttributionFixture.speakers(text).first ?? nil, "白天")
    }

    func testADayOfTheWeekIsNoName() {
        // 周 is a surname, 周五 Friday: the one who spoke is the scientist.
        XCTAssertEqual(AttributionFixture.speakers("阿尔卡迪亚天文台的科学家周五表示，这颗彗星正在“迅速变暗”。"), ["阿尔卡迪亚天文台的科学家"])
        XCTAssertEqual(AttributionFixture.speakers("天文台科學家週五表示：「這顆彗星正在迅速變暗。」"), ["天文台科學家"])
    }

    func testVerbsOfExclaimingAndLamentingAreCues() {
        XCTAssertEqual(AttributionFixture.extract("来访的工程师们惊叹：“这座桥修得真快！”").quotes.first?.cue, "惊叹")
        XCTAssertEqual(AttributionFixture.speakers("王立新悲叹：“十年的心血都白费了。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("林秀雲驚呼：「水漫進來了！」"), ["林秀雲"])
    }

    func testOneCharacterAsSaidOpener() {
        // 如X所言 as 正如X所言: the words are X's.
        XCTAssertEqual(AttributionFixture.speakers("这本书的地图太少，如张明教授所言：“读者只能自己去想象。”"), ["张明"])
        XCTAssertEqual(AttributionFixture.speakers("這本書的地圖太少，以及如張明教授所言「讀者只能自己去想像，這是一大缺憾。」"), ["張明"])
    }

    func testAWordOfTimeOpeningTheClauseBeforeTheSubject() {
        // 今年五月, 昨天下午 open the clause; the subject and its cue come after them.
        let quotes = AttributionFixture.extract("今年五月张明同志作了重要批示：『班子的考核一定要促进改革。』").quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["张明"])
        XCTAssertEqual(quotes.first?.cue, "批示")
        XCTAssertEqual(AttributionFixture.extract("昨天下午王立新说：“水渠修好了。”").quotes.first?.cue, "说")
        XCTAssertEqual(AttributionFixture.speakers("昨天下午林秀雲說：「水渠修好了。」"), ["林秀雲"])
    }

    func testALongOrganisationBeforeATitleAndANameIsNotCutShort() {
        // The subject runs past 14 scalars; the pronoun in the next sentence stands for the whole name.
        let text = "中国兴华宝集团有限公司董事长王立新在药厂工作了五十二年。他认为，过去的中药是“膏丹丸散，神仙难辨”。"
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新"])
    }

    func testAnOldPersonsWordAfterTheNameIsATitle() {
        // 老人 after a name says who the person is, as 老汉 does; it is not part of the name.
        XCTAssertEqual(AttributionFixture.speakers("88岁的李大山老人说：“今年的收成好。”"), ["李大山"])
        XCTAssertEqual(AttributionFixture.speakers("「今年的收成好。」李大山老人高興地說。"), ["李大山"])
        XCTAssertEqual(AttributionFixture.speakers("一位老人说：“今年的收成好。”"), ["老人"])
    }

    func testAWordOfSurpriseOpeningTheClauseBeforeTheSubject() {
        // 谁知 (who would have thought) opens the clause; the subject comes after it.
        XCTAssertEqual(AttributionFixture.speakers("大家劝他休息，谁知王立新在病床上斩钉截铁地说：“讲！”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("大家勸她休息，不料林秀雲堅定地說：「我要去。」"), ["林秀雲"])
    }

    func testAsSaidWithoutSuo() {
        XCTAssertEqual(AttributionFixture.speakers("正如王立新指出的：“技术一旦有需要，就会推动进步。”"), ["王立新"])
    }

    func testADegreeAdverbBeforeAnAdverbialWithDi() {
        // 很 and 十分 belong to the adverbial (很自然地), which stands between the subject and the cue.
        XCTAssertEqual(AttributionFixture.speakers("一些老同志便很自然地说：“等我回家问问儿子。”"), ["老同志"])
        XCTAssertEqual(AttributionFixture.speakers("李大山十分平靜地說：「我們明天再來。」"), ["李大山"])
    }

    func testACommonWordThatOpensWithASurnameIsNoName() {
        // 关 and 施 are surnames; 关键, 关头 and 施工 are words (pack lexicon surnameWords).
        XCTAssertEqual(AttributionFixture.speakers("问题的关键是大家都认识到了。“我们要改革。”"), [nil])
        XCTAssertNotEqual(AttributionFixture.speakers("到了最后关头，队员们都说“一定要坚持”。").first ?? nil, "关头")
        XCTAssertNotEqual(AttributionFixture.speakers("工人们先后参加过大坝的施工，\n“我们不怕累。”\n").first ?? nil, "施工")
        // A word for people that opens with a surname still speaks (游 is a surname).
        XCTAssertEqual(AttributionFixture.speakers("游人纷纷抱怨：“门票太贵了。”"), ["游人"])
        // 曾 before another modifier (长期) is a modifier, not a surname with a given name.
        let longClause = "东山学会高级研究员、曾长期供职东山储备局的经济学家罗伯特．卡拉门博士在接受笔者的电话采访时说，加息决定对他来说“一点也不算是意外”。"
        XCTAssertNotEqual(AttributionFixture.speakers(longClause).first ?? nil, "曾长期")
        XCTAssertNotEqual(AttributionFixture.speakers(longClause.replacingOccurrences(of: "长期", with: "長期")).first ?? nil, "曾長期")
    }

    func testTheLastPartOfAForeignNameWithADotMayEndOutsideTheList() {
        // 齐 is no transliteration character, but the dot makes 安娜·卡拉齐 one name; 有 of 有一次 is no part of one.
        XCTAssertEqual(AttributionFixture.speakers("阿尔卡迪亚外长安娜·卡拉齐今天在这里说：“谈判还要继续。”"), ["安娜·卡拉齐"])
        XCTAssertEqual(AttributionFixture.speakers("阿爾卡迪亞外長安娜·卡拉齊今天在這裡說：「談判還要繼續。」"), ["安娜·卡拉齊"])
        XCTAssertEqual(AttributionFixture.speakers("他的老师安娜·卡拉有一次告诉学生：“多看多画。”"), ["安娜·卡拉"])
    }

    func testAForeignNameWithADotKeepsAPartThatOpensOutsideTheList() {
        // 所 of 所拉斯 is no transliteration character: after the dot it still belongs to the name, whose last character
        // is one; a title after the name (博士) is no part of it.
        XCTAssertEqual(AttributionFixture.speakers("东山学会的经济学家维克多·所拉斯博士说：“加息并不意外。”"), ["维克多·所拉斯"])
        XCTAssertEqual(AttributionFixture.speakers("東山學會的經濟學家維克多．所拉斯博士說：「加息並不意外。」"), ["維克多．所拉斯"])
        // Words after the name are not taken into it (今天, 有一次).
        XCTAssertEqual(AttributionFixture.speakers("阿尔卡迪亚外长安娜·卡拉今天在这里说：“谈判还要继续。”"), ["安娜·卡拉"])
    }

    func testAPersonNounBeforeOrAfterANameIsNotTheName() {
        // A two-character transliteration after a person noun (乐手, 教徒) is a name as after a title.
        XCTAssertEqual(AttributionFixture.speakers("青山乐队的乐手卡森说：“我们明年再来。”"), ["卡森"])
        XCTAssertEqual(AttributionFixture.speakers("住在青山的退休教師、教徒卡森說﹕「今年的收成不錯。」"), ["卡森"])
        XCTAssertEqual(AttributionFixture.speakers("教徒王明说：“今天人很多。”"), ["王明"])
        // A person noun after a name is that person's title (牧师 as 教授 is).
        XCTAssertEqual(AttributionFixture.speakers("李秋芳牧师说：“大家请坐。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("李秋芳牧師說：「大家請坐。」"), ["李秋芳"])
        // Not after a word the breaker reads whole that opens with a surname's character (解放军官兵).
        XCTAssertEqual(AttributionFixture.speakers("解放军官兵说：“保证完成任务。”"), ["解放军官兵"])
    }

    func testAFunctionCharacterEndsANameThatATitleFollows() {
        // 如 and 為 are function characters, but a title right after three characters marks them as a name.
        XCTAssertEqual(AttributionFixture.speakers("李秋如牧师说：“大家请坐。”"), ["李秋如"])
        XCTAssertEqual(AttributionFixture.speakers("林秀為牧師說：「大家請坐。」"), ["林秀為"])
        // So does a title right before them, when the cue follows (区委书记王立才感慨道): the name runs on to the cue.
        XCTAssertEqual(AttributionFixture.speakers("镇党委书记陈德才感叹道：“我知道了。”"), ["陈德才"])
        XCTAssertEqual(AttributionFixture.speakers("鎮黨委書記陳德才感嘆道：「我知道了。」"), ["陳德才"])
        XCTAssertEqual(AttributionFixture.speakers("市长王立才说：“我知道了。”"), ["王立才"])
        // With no title, 才 before the cue is an adverb (only then).
        XCTAssertEqual(AttributionFixture.speakers("张明才说：“我知道了。”"), ["张明"])
        XCTAssertEqual(AttributionFixture.speakers("张明想了很久才说：“我知道了。”"), ["张明"])
        // 和 joins two people, whatever title stands before them.
        XCTAssertNotEqual(AttributionFixture.speakers("小学教师王立和会计李大山跑进来说：“开会了！”").first ?? nil, "王立和")
    }

    func testWordsForTheMatterJustReportedStandBetweenSpeakerAndCue() {
        // 就此 and 为此 are modifiers as 对此 is: the spokesman speaks, not whose spokesman he is.
        XCTAssertEqual(AttributionFixture.speakers("王立新的发言人就此对记者说：“谈判还要继续。”"), ["王立新的发言人"])
        XCTAssertEqual(AttributionFixture.speakers("張明為此表示：「我們會再研究。」"), ["張明"])
    }

    func testANumberCountingPeopleIsNoPartOfTheirName() {
        // The guideline names unnamed people without numerals: 百名鼓手 → 鼓手, 三位老人 → 老人.
        XCTAssertEqual(AttributionFixture.speakers("青山乐团的百名鼓手说：“祝大家新年快乐。”"), ["青山乐团的鼓手"])
        XCTAssertEqual(AttributionFixture.speakers("三位老人说：“日子越过越好。”"), ["老人"])
        XCTAssertEqual(AttributionFixture.speakers("河边的一位农民说：“今年雨水多。”"), ["河边的农民"])
        XCTAssertEqual(AttributionFixture.speakers("兩名市長說：「我們支持這個計畫。」"), ["市長"])
        // The count of an object is not the speaker's (正检查一个工人的作业: 李大山 speaks).
        XCTAssertEqual(AttributionFixture.speakers("李大山正检查一个工人的作业，听到有人叫他，就抬头说：\n“马上来！”"), ["李大山"])
    }

    func testANameThatRunsPastTheLengthOfAClauseStartSubjectIsNotCutShort() {
        // The subject before the name takes 12 of the 14 scalars a clause-start subject is read to: the name runs on
        // past them (王立|新), and a pronoun after it stands for the whole name.
        XCTAssertEqual(AttributionFixture.speakers("曾连获四届全国象棋冠军的王立新，因病退休多年。如他所言：“我很满足。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("曾連獲四屆全國象棋冠軍的艾秀英，因病退休多年。如她所言：「我很滿足。」"), ["艾秀英"])
    }

    func testANameRightBeforeAWorkNounReportsIt() {
        // 张明报告说 is 张明 reporting (no 的): the person speaks; 张明的报告说 and 政府工作报告指出 stay works.
        XCTAssertEqual(AttributionFixture.speakers("张明报告说：“大家都累了。”"), ["张明"])
        XCTAssertEqual(AttributionFixture.speakers("「他們並不是怕丟臉，」屋岚報告說，「而是累了。」").first ?? nil, "屋岚")
        XCTAssertEqual(AttributionFixture.speakers("张明的报告说：“大家都累了。”"), [nil])
        XCTAssertEqual(AttributionFixture.speakers("政府工作报告指出：“大家都累了。”"), [nil])
    }

    func testAnOldMansTitleGivesTheGenderOfThePronoun() throws {
        let engine = try TestSupport.chineseEngine("李大山老汉说：“好。”")
        let phrase = try XCTUnwrap(engine.context.parseChineseStrict(0, 5))
        XCTAssertEqual(phrase.name, "李大山")
        XCTAssertEqual(phrase.gender, .male)
    }

    func testAClassicalOneCharacterCueNeedsPunctuationAfterIt() {
        // 云 ends her name here; it says only before a colon or quotation mark (孔子云：).
        XCTAssertEqual(AttributionFixture.speakers("林秀云作供称“当晚她一直在家”，法官没有再问。"), ["林秀云"])
        XCTAssertEqual(AttributionFixture.speakers("林秀雲作供稱「當晚她一直在家」，法官沒有再問。"), ["林秀雲"])
        XCTAssertEqual(AttributionFixture.speakers("孔子云：“学而时习之。”"), ["孔子"])
    }

    func testTheOneTheReporterMetAfterALongDescription() {
        // A foreign-looking word before an organisation's ending (阿尔卡迪亚集团) does not hide the reporter opening the clause.
        let text = "记者在车间见到了正在检查设备的阿尔卡迪亚集团副总经理王立新。\n他说，“设备都已经检修完毕。”"
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新"])
    }

    func testAHongKongTransliterationInCantoneseReadings() {
        // 東尼 (Tony), 馬田 (Martin): characters of Cantonese readings make the run a foreign name, after a comma too.
        XCTAssertEqual(AttributionFixture.speakers("另外，東尼夏寇在賽前說﹕「今晚一定要贏。」"), ["東尼夏寇"])
        XCTAssertEqual(AttributionFixture.speakers("此外，唐甸列讚賞他﹕「他是最好的鼓手。」"), ["唐甸列"])
        XCTAssertEqual(AttributionFixture.speakers("导演马田高寇说：“非常好。”"), ["马田高寇"])
    }

    func testAForeignNameOpeningWithTheCharacterOfJohn() {
        // 強 opens transliterations (強納斯, Jonas): the subject a later 他 stands for.
        let quotes = AttributionFixture.extract("多年後，強納斯在信中提到故鄉：「那裡的冬天很長，」他寫道，「但我很想念。」").quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["強納斯", "強納斯"])
    }

    func testAGivenNameMayOpenWithTheCharacterOfTime() {
        // 時 first in a given name (林時雄), where no word of time starts; not last (会见张明时说: when he met 张明).
        XCTAssertEqual(AttributionFixture.speakers("林時雄低聲說：「不必了。」"), ["林時雄"])
        XCTAssertEqual(AttributionFixture.speakers("記者問起此事，林時雄只以「以後再說」帶過。"), ["林時雄"])
        XCTAssertEqual(AttributionFixture.speakers("張明時常說：「不必了。」"), ["張明"])
        XCTAssertNotEqual(AttributionFixture.speakers("他在会见张明时说：“不必了。”").first ?? nil, "张明时")
    }

    func testATwoCharacterNameTheTextWritesLongerElsewhere() {
        // 才 of 林建才感慨道 reads as a modifier; the text names 林建才 on his own twice.
        let text = "区委书记林建才在会上发言。\n林建才感慨道：“路修好了。”"
        XCTAssertEqual(AttributionFixture.speakers(text), ["林建才"])
        // Once is not enough: 张明才说 is 张明 saying something only then.
        XCTAssertEqual(AttributionFixture.speakers("张明才说：“路修好了。”"), ["张明"])
    }

    func testAMemberOfASeriesOfPeopleIsNoAntecedentOfAPronoun() {
        // 李秋芳、王立新等人 are the subject together: 他 is the founder named before them.
        XCTAssertEqual(AttributionFixture.speakers("張明的書店昨天開幕，\n李秋芳、王立新等人，\n都來道賀，\n他同時宣布：「下個月再開一家。」"), ["張明"])
        // 设计、施工负责人 is a series of roles of one subject.
        let roles = "项目经理王立新，也是工程的设计、施工负责人。\n白天，他一直在工地上。\n他说：“我们不能放松。”"
        XCTAssertEqual(AttributionFixture.speakers(roles), ["王立新"])
        // Titles joined by the comma are one person's (省委常委、秘书长王立新).
        XCTAssertEqual(AttributionFixture.speakers("省委常委、秘书长王立新每天要开很多会，但是他认为“会要开得短”。"), ["王立新"])
    }

    func testAsSoonAsOneHearsOrSeesTheOneWhoHearsOrSeesSpeaks() {
        // 一听到, 一看到 open a clause of "as soon as": 一 is no end of the name, and the one seen is no speaker.
        XCTAssertEqual(AttributionFixture.speakers("周明一听到这个消息就说：“我马上回去。”"), ["周明"])
        XCTAssertEqual(AttributionFixture.speakers("李大山一看到邻居就高兴地喊道，“今天的菜真新鲜！”"), ["李大山"])
    }
}
