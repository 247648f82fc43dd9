import XCTest
@testable import QuoteKit

/// Unnamed and titled speakers in Chinese news: a role no lexicon lists before a name (场长王立新), a number or a
/// demonstrative with the organisation it points back to (该厂一位工程师), words that describe the person (有关专家),
/// a transliterated name in Hong Kong spelling, a name that only says whose relative speaks (张明的妻子), and a role no
/// lexicon lists after the body it belongs to (东山水厂化验工王立新).
/// Names and sentences invented; simplified and traditional script.
final class ChineseRolePhraseTests: XCTestCase {
    func testAnUnlistedRoleBeforeANameLeavesTheName() {
        XCTAssertEqual(AttributionFixture.speakers("场长王立新说：“今年的收成不错。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("村醫李大山說：「藥已經送到了。」"), ["李大山"])
        // The name may also end before a preposition or a frame: 对他说, 在会上说.
        XCTAssertEqual(AttributionFixture.speakers("菇场场长王立新对他说：“你今年还要盖新房。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("养殖户李大山在会上说：“鸭子卖了好价钱。”"), ["李大山"])
    }

    func testAnUnlistedRoleUpgradesTheShortQuoteItReports() {
        // 蕉農 and 菇农 are in no list of roles but end as roles end: their short words after a cue and a comma are theirs.
        let text = "颱風昨天登陸東海縣。蕉農心碎說，「颱風沒良心」。縣府表示，將啟動調查。\n大雨过后，菇农无奈地说，“全泡汤了”。"
        let quotes = AttributionFixture.attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["蕉農", "菇农"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testAFamiliarNameAfterARoleIsTheName() {
        // 老王 and 小李 after a role name the person by the surname, as a full name does.
        XCTAssertEqual(AttributionFixture.speakers("村民老王说：“今年的收成不错。”"), ["老王"])
        XCTAssertEqual(AttributionFixture.speakers("司機小李說：「路已經修好了。」"), ["小李"])
    }

    func testPlacesBeforeTheFieldOfARoleBeforeAName() {
        // 东海市青山区庆丰地区 are places; 回迁 is the field of 居民, and 李秋芳 the name after it.
        XCTAssertEqual(AttributionFixture.speakers("东海市青山区庆丰地区回迁居民李秋芳说：“我都七十岁了。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("東海市青山區回遷居民李秋芳大娘激動地說：「我都七十歲了。」"), ["李秋芳"])
    }

    func testATwoCharacterRoleBeforeANameThatAVerbFollows() {
        // The subject of a clause whose cue comes later: the role before the name leaves the name (not 村民 alone).
        XCTAssertEqual(AttributionFixture.speakers("村民王立新站起来说：“今年的收成不错。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("青山村农民李大山拿起锄头，笑着说：“今年的收成不错。”"), ["李大山"])
        // Not a common word that opens with a surname's character (观众|陆续进场).
        XCTAssertEqual(AttributionFixture.speakers("观众陆续进场，主持人王立新笑着说：“今年的收成不错。”"), ["王立新"])
    }

    func testACousinOrAGodparentBeforeANameLeavesTheName() {
        XCTAssertEqual(AttributionFixture.speakers("表妹李秋芳说：“我明天就回去。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("被告張明不認罪，乾妹李秋芳則聲稱「有去阻止」但無效。"), ["李秋芳"])
        // Alone after a pronoun's 的, the relation is the one who speaks.
        XCTAssertEqual(AttributionFixture.speakers("他的堂哥說：「路已經修好了。」"), ["堂哥"])
    }

    func testANameOrARoleRightBeforeARelativeOwnsIt() {
        // 李大山妻子 is his wife, with no 的: no verb stands between, so the name is no subject of its own.
        XCTAssertEqual(AttributionFixture.speakers("李大山妻子说：“他一夜没睡。”"), ["李大山妻子"])
        XCTAssertEqual(AttributionFixture.speakers("林男父親得知判決後，情緒激動地表示「這個結果我們不能接受。」"), ["林男父親"])
        XCTAssertEqual(AttributionFixture.speakers("死者父亲说：“他一夜没睡。”"), ["死者父亲"])
        // A surname alone before an adverb of how often (林數度要求) is the person named before, not a name of three.
        let text = "律師林大山發言時，主席多次打斷，林數度要求主席「讓我把話說完」。"
        XCTAssertEqual(AttributionFixture.speakers(text), ["林大山"])
    }

    func testANameAndItsPronounOwnARelativeAsTheParticleDoes() {
        // 李大山他母亲 is 李大山的母亲 in northern speech: the mother speaks, not 李大山.
        XCTAssertEqual(AttributionFixture.speakers("李大山他母亲说：“快吃饭吧。”"), ["李大山他母亲"])
        XCTAssertEqual(AttributionFixture.speakers("周秀云她父亲笑着说：“快吃饭吧。”"), ["周秀云她父亲"])
        XCTAssertEqual(AttributionFixture.speakers("李大山的母亲说：“快吃饭吧。”"), ["李大山的母亲"])
        // A name and its pronoun before anything else are the name (李大山他一边走一边说).
        XCTAssertEqual(AttributionFixture.speakers("李大山他一边走一边说：“快吃饭吧。”"), ["李大山"])
    }

    func testAnOrganisationBeforeANameAndItsTitle() {
        XCTAssertEqual(AttributionFixture.speakers("东山中学王立新老师说：“学生可以先来试一试。”"), ["王立新"])
        // A numbered organisation, and one whose short name opens with a character names avoid (中).
        XCTAssertEqual(AttributionFixture.speakers("第九中学王立新校长说：“学生可以先来试一试。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("中國科學院李秋芳院士說：「這項研究還要繼續。」"), ["李秋芳"])
    }

    func testAnUnlistedRoleAfterTheBodyItBelongsTo() {
        // 化验工, 拣茶工 and 机修工 are in no lexicon: the body before them says they are the name's role.
        XCTAssertEqual(AttributionFixture.speakers("東山水廠化驗工王立新表示：「今天的水樣都合格。」"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("青山茶廠揀茶工李秋芳：「這批茶葉明天就能裝箱。」"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("东山公司机修工周明说：“这台车修好了。”"), ["周明"])
        // A short role alone before the name is as before (警员, 局员), with no body to read.
        XCTAssertEqual(AttributionFixture.speakers("警员王立新说：“请出示证件。”"), ["王立新"])
    }

    func testACoupleCountedAsAPairSpeaksAsOneGroup() {
        // 一对 counts a pair, as 一位 counts one: the couple is the speaker, several people no 他 or 她 stands for.
        XCTAssertEqual(AttributionFixture.speakers("一對夫婦感嘆：「這條老街越來越熱鬧了。」"), ["夫婦"])
        XCTAssertEqual(AttributionFixture.speakers("一对老夫妻说：“孩子们都在外地。”"), ["老夫妻"])
    }

    func testAHeavyIndustryFirmIsAnOrganisation() {
        // 重工 ends a firm's name as 公司 does: the firm swears, not the place its name opens with.
        XCTAssertEqual(AttributionFixture.speakers("“今年一定要按时交船。”\n东海重工在动员会上发出这样的誓言。"), ["东海重工"])
    }

    func testALongChainOfBodiesAndATitleBeforeAName() {
        // The whole name of the organisation, a year inside it, and the title make one phrase of more than 16 scalars.
        XCTAssertEqual(AttributionFixture.speakers("东海市渔业协会２０１５年度评审委员会副主任周明说：“渔船该更新了。”"), ["周明"])
        XCTAssertEqual(AttributionFixture.speakers("東海市漁業協會2015年度評審委員會副主任周明說：「漁船該更新了。」"), ["周明"])
        // It governs a partial quote later in the sentence, as a short one does.
        AttributionFixture.assertQuotes("东海市渔业协会2015年度评审委员会副主任周明说，渔船若再不更新，明年就会出现“船荒”。",
                                       kinds: [.quotation], speakers: ["周明"])
        // Words that describe the person before the organisation (负责这次普查的…).
        XCTAssertEqual(AttributionFixture.speakers("负责这次普查的东海市统计局人口调查处处长李秋芳指出：“数据还要复核。”"), ["李秋芳"])
    }

    func testARoleEndingInTheAgentSuffixBeforeAName() {
        // A word for whoever does something (合演者, 研究者) stands before a name as a role does, alone or after 的.
        XCTAssertEqual(AttributionFixture.speakers("合演者罗伯特说：“他影响了很多人。”"), ["罗伯特"])
        XCTAssertEqual(AttributionFixture.speakers("正如他的合演者羅伯特所說：「他影響了很多人。」"), ["羅伯特"])
        XCTAssertEqual(AttributionFixture.speakers("课题的研究者李秋芳表示：“数据还要再核对一遍。”"), ["李秋芳"])
    }

    func testADescriptionWithADefiniteDeterminerIsThePersonNamedWithItsNoun() {
        // 该负责人 / 这位老人: the one the text wrote with that noun, beside the name or after a copula.
        XCTAssertEqual(AttributionFixture.speakers("青山公司负责人王立新介绍了情况。该负责人表示：“产量还会增加。”"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("今年七十歲的李大山是青山村的老人。談起村裏的變化，這位老人說：「日子越過越好了。」"), ["李大山"])
        XCTAssertEqual(AttributionFixture.speakers("张明是一位朴实的农学家。这位朴实的农学家说：“数据还要核对。”"), ["张明"])
        // Named with no such noun, the description stays as written.
        XCTAssertEqual(AttributionFixture.speakers("一位老人走了过来。这位老人说：“日子越过越好了。”"), ["老人"])
    }

    func testATitleAfterADemonstrativeOpensAClauseALaterCueContinues() {
        // 这位教授拍了拍…，笑着说：the subject of the first clause speaks, as 一位教授 and 这位老人 do.
        XCTAssertEqual(AttributionFixture.speakers("这位教授拍了拍他的肩膀，笑着说：“干得好。”"), ["教授"])
        XCTAssertEqual(AttributionFixture.speakers("這位母親拉著孩子的手，輕聲說：「別怕。」"), ["母親"])
    }

    func testACollectiveNounIsAGroupThatNoSingularPronounStandsFor() {
        // 官兵 names the officers and men together: 他 is not one of them, nor is 武 of 武警官兵 a surname before a title.
        let text = "驻地武警官兵冒着风雪把产妇送到了医院。他对官兵们说：“谢谢你们。”"
        XCTAssertNotEqual(AttributionFixture.speakers(text).first ?? nil, "武警官兵")
        XCTAssertNotEqual(AttributionFixture.speakers(text).first ?? nil, "武警官")
        XCTAssertEqual(AttributionFixture.speakers("师生们说：“谢谢你们。”"), ["师生们"])
        XCTAssertEqual(AttributionFixture.speakers("张警官说：“谢谢你们。”"), ["张警官"])
    }

    func testPeopleFromSomewhereCountedOrDeterminedAreARole() {
        // 人 after a place or country names whoever comes from it, as 者 names whoever does something.
        XCTAssertEqual(AttributionFixture.speakers("一位美国人说：“这里的冬天很冷。”"), ["美国人"])
        XCTAssertEqual(AttributionFixture.speakers("许多中国人认为：“这里的冬天很冷。”"), ["中国人"])
        XCTAssertEqual(AttributionFixture.speakers("五个青山人劝她：“先回家吧。”"), ["青山人"])
        XCTAssertEqual(AttributionFixture.speakers("一位中國人說：「這裡的冬天很冷。」"), ["中國人"])
        // Not the indefinite 有人, which names nobody.
        XCTAssertEqual(AttributionFixture.speakers("有人说：“这里的冬天很冷。”"), [nil])
    }

    func testWhoeverDoesSomethingAfterANumberIsARole() {
        XCTAssertEqual(AttributionFixture.speakers("一位挖沙者说：“这一带到处是挖沙的。”"), ["挖沙者"])
        XCTAssertEqual(AttributionFixture.speakers("幾位賣菜者說：「今年的菜價不錯。」"), ["賣菜者"])
        // Without a number or demonstrative before it, 者 is no person (或者 means "or").
        XCTAssertEqual(AttributionFixture.speakers("或者说：“这一带到处是挖沙的。”"), [nil])
    }

    func testStarsOfEntertainmentNewsBeforeTheirNames() {
        XCTAssertEqual(AttributionFixture.speakers("女星李秋芳说：“这部戏拍得很辛苦。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("男星王立新說：「這部戲拍得很辛苦。」"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("一位球星说：“这场比赛很难打。”"), ["球星"])
    }

    func testAnOfficerOfAnOrganisationWhoseNameHoldsACue() {
        // 介绍 is a cue, and 中 a character names avoid; both belong to the organisation here.
        XCTAssertEqual(AttributionFixture.speakers("东城职业介绍中心负责人说：“律师为求职人员提供帮助。”"), ["东城职业介绍中心负责人"])
    }

    func testAnUnlistedRoleIsNoPrefixOfWordsThatAreNoName() {
        // 观众 is listed; 陆续进 is no name whatever comes before it.
        XCTAssertEqual(AttributionFixture.speakers("场长陆续进场，大家说：“开始吧。”").first ?? nil, nil)
    }

    func testANumberOrDemonstrativeIsNotPartOfTheName() {
        XCTAssertEqual(AttributionFixture.speakers("一位副总工程师说：“系统运行平稳。”"), ["副总工程师"])
        XCTAssertEqual(AttributionFixture.speakers("该厂副总工程师说：“系统运行平稳。”"), ["副总工程师"])
        XCTAssertEqual(AttributionFixture.speakers("该厂一位工程师说：“系统运行平稳。”"), ["工程师"])
        XCTAssertEqual(AttributionFixture.speakers("一位负责项目的工程师说：“系统运行平稳。”"), ["负责项目的工程师"])
        XCTAssertEqual(AttributionFixture.speakers("該廠副總工程師說：「系統運行平穩。」"), ["副總工程師"])
    }

    func testWordsThatDescribeThePersonOpeningWithACountingCharacter() {
        // 有 of 有关 is no counting word here: the experts are "the experts concerned".
        XCTAssertEqual(AttributionFixture.speakers("有关专家说：“这种病可以预防。”"), ["有关专家"])
        XCTAssertEqual(AttributionFixture.speakers("有关部门负责人表示：“道路下月通车。”"), ["有关部门负责人"])
        XCTAssertEqual(AttributionFixture.speakers("有關專家說：「這種病可以預防。」"), ["有關專家"])
    }

    func testATransliteratedNameInHongKongSpelling() {
        XCTAssertEqual(AttributionFixture.speakers("接過冠軍獎盃的碧拿寶娃表示﹕「很感謝大家。」"), ["碧拿寶娃"])
    }

    func testPeopleByOccupationInTwoCharactersEndingInRen() {
        XCTAssertEqual(AttributionFixture.speakers("一位工人对记者说：“我们有信心按时完工。”"), ["工人"])
        XCTAssertEqual(AttributionFixture.speakers("一位病人說：「醫生很耐心。」"), ["病人"])
    }

    func testPeopleInGeneralAreNotTheEndOfANounForPeople() {
        // 人们 (people in general: nobody's words) ends 工人们 (the workers, who speak).
        XCTAssertEqual(AttributionFixture.speakers("工人们纷纷表示：“一定按时完工！”"), ["工人们"])
        XCTAssertEqual(AttributionFixture.speakers("人们纷纷表示：“一定按时完工！”"), [nil])
    }

    func testWordsWithAnAdverbOfTheirOwnDoNotDescribeThePerson() {
        // The patients are what the doctor hears (仍不时会听到), not who is described.
        let text = "主任张明指出，在接触病人的过程中，仍不时会听到病人谈及“吃什么补什么”的说法。"
        XCTAssertNotEqual(AttributionFixture.speakers(text).first ?? nil, "仍不时会听到病人")
    }

    func testAWordForPeopleOpeningWithAPrepositionIsNoFrame() {
        // 同 of 同行 is no preposition (同记者说), so the Swiss colleagues speak, not Switzerland.
        XCTAssertEqual(AttributionFixture.speakers("瑞士同行说：“这台机床很好。”"), ["瑞士同行"])
        XCTAssertEqual(AttributionFixture.speakers("瑞士同行在展览会上惊叹：“这台机床很好。”"), ["瑞士同行"])
        XCTAssertEqual(AttributionFixture.speakers("张明同记者在会上说：“这台机床很好。”"), ["张明"])
    }

    func testAFrameBeforeARoleIsNoDescription() {
        // 当 opens a clause of time (when the doctor told him), not words describing the doctor.
        let text = "今年春天，當主刀醫生告訴他手術結果後，他開始整理舊書，原因是「書留著總得有人看，我自己也看不完了」。"
        XCTAssertNotEqual(AttributionFixture.speakers(text).first ?? nil, "當主刀醫生")
        let simplified = "今年春天，当主治医生告诉他手术结果后，他开始整理旧书，原因是“书留着总得有人看，我自己也看不完了”。"
        XCTAssertNotEqual(AttributionFixture.speakers(simplified).first ?? nil, "当主治医生")
    }

    func testATitleWithASurnameIsThePersonNamedWithSeveralTitles() {
        // 董书记 is the 党委书记 named earlier, with another title of theirs between title and name (、原镇长).
        let text = "青山县三阳镇党委书记、原镇长董立宏下乡检查工作，来到了村民李大山的房前。\n“李大伯，您不生我的气吗？”董书记劈头就问。\n"
        XCTAssertEqual(AttributionFixture.speakers(text), ["董立宏"])
        let traditional = "青山縣三陽鎮黨委書記、原鎮長董立宏下鄉檢查工作。\n「李大伯，您不生我的氣嗎？」董書記劈頭就問。\n"
        XCTAssertEqual(AttributionFixture.speakers(traditional), ["董立宏"])
    }

    func testAQuoteOpeningAReportAfterItsDatelineIsNobodys() {
        // The reporter of the byline reports the slogans; nobody in particular says them, nor the next one in the series.
        let text = "本报青山５月３日电记者王立新报道：“修好一条路，富了一方人”、“路通百业兴”，这是当地流行的新说法。"
        XCTAssertEqual(AttributionFixture.speakers(text), [nil, nil])
    }

    func testASubjectNoParserReadsLeavesTheQuoteWithoutASpeaker() {
        // 屋岚 is no name the parsers know; 王立新, named and quoted before, did not say the second quote.
        let text = "影星王立新昨日病逝，享年八十岁。王立新曾说：“我只是一个普通演员。”\n从未合作过的屋岚也说：“任何银幕上最震撼的演出，我们都会先想到这位演员。”\n"
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新", nil])
        // After a role (名导, a famous director) the same name is read.
        XCTAssertEqual(AttributionFixture.speakers(text.replacingOccurrences(of: "从未合作过的", with: "名导")), ["王立新", "屋岚"])
    }

    func testANameWhoseRelativeSpeaksIsNotTheSpeaker() {
        // 张明 is named often before; 张明的妻子 speaks, and 张明 inside her phrase is no candidate of its own.
        let text = "市长张明视察了新区。张明说，新区还要扩大。张明还看望了工人。\n今天天气很好。张明的妻子说：“这件事很重要。”\n"
        XCTAssertEqual(AttributionFixture.speakers(text).last ?? nil, "张明的妻子")
        let colleague = "市长张明视察了新区。张明说，新区还要扩大。\n今天天气很好。张明的同事李华说：“这件事很重要。”\n"
        XCTAssertEqual(AttributionFixture.speakers(colleague).last ?? nil, "李华")
    }

    func testANameNoListReadsAfterARole() {
        // 屋 is no surname and no transliteration character; the word breaker leaves 屋岚 one character to a word, as it
        // does an unfamiliar name, and the role before it says a person is named.
        XCTAssertEqual(AttributionFixture.speakers("教練屋嵐經常向球員說：「比賽時不要怕。」"), ["屋嵐"])
        XCTAssertEqual(AttributionFixture.speakers("记者屋岚拔说：“这里的水很深。”"), ["屋岚拔"])
        // So after a role with words that qualify it (大学学生).
        XCTAssertEqual(AttributionFixture.speakers("阿尔卡迪亚大学学生屋岚代表全体毕业生发言：“我们不会忘记母校。”"), ["屋岚"])
        // A word of the dictionary is no name (表现), nor is an adverb after a surname and its title (喜滋 of 喜滋滋).
        XCTAssertEqual(AttributionFixture.speakers("球员表现说：“很好。”"), ["球员"])
        XCTAssertEqual(AttributionFixture.speakers("“今天的菜真便宜！”王先生喜滋滋地说。"), ["王先生"])
        XCTAssertEqual(AttributionFixture.speakers("“您还记得我吗？”吴书记劈头就问。"), ["吴书记"])
    }

    func testWhatTheSubjectDidBetweenItAndTheCueBeforeAComma() {
        // zh.before.predicate-comma: a few words of what the subject did, a speech verb, a comma, the quote.
        let first = AttributionFixture.extract("青年农民回乡后意味深长地说，“城里的变化真大。”").quotes.first
        XCTAssertEqual(first?.speaker?.name, "青年农民")
        XCTAssertEqual(first?.cue, "说")
        XCTAssertEqual(AttributionFixture.speakers("張明看完演出後說，「這個方案很好。」"), ["張明"])
        // The subject stands in the verb's own clause: not one a comma puts before it.
        XCTAssertEqual(AttributionFixture.speakers("王立新与每一位队员握手，李秋芳则笑着说，“我们明年再来。”"), ["李秋芳"])
    }

    func testANewspaperSpeaksAsAnOrganisation() {
        // A newspaper's title as subject names it (pack lexicon mediaEndings); another work's words have no speaker.
        XCTAssertEqual(AttributionFixture.speakers("《阿尔卡迪亚时报》就此发表文章认为，“这一决定来得太晚”。"), ["阿尔卡迪亚时报"])
        XCTAssertEqual(AttributionFixture.speakers("《孟子》开篇即说：“仁者爱人。”"), [nil])
        // It speaks through what it prints too.
        XCTAssertEqual(AttributionFixture.speakers("《阿尔卡迪亚日报》的一篇文章指出，“新规定将改变市场”。"), ["阿尔卡迪亚日报"])
        XCTAssertEqual(AttributionFixture.speakers("德國報刊驚呼：「這項計劃代價太高！」"), ["德國報刊"])
        // What a newspaper reports leaves a term in it a term.
        let reported = AttributionFixture.extract("据《阿尔卡迪亚邮报》报道，这对兄弟去年发起了“绿色屋顶计划”，要让城里多一些花草。").quotes
        XCTAssertEqual(reported.map(\.kind), [.term])
    }

    func testForHimIsNoCue() {
        // 来说 of 对他来说 ends with 说 but reports nobody's words (pack lexicon cueLookalikes); the name's dot is a
        // full-width stop (．), as some texts write it.
        let text = "学会的经济学家安娜．卡拉博士在接受笔者的电话采访时说，这次调整对她来说“并不意外”。"
        let quote = AttributionFixture.extract(text).quotes.first
        XCTAssertEqual(quote?.speaker?.name, "安娜．卡拉")
        XCTAssertEqual(quote?.rule, "zh.partial.reported")
        XCTAssertNil(AttributionFixture.extract("这次调整对她来说“并不意外”。").quotes.first?.cue)
    }

    func testALongDescriptionAfterANumberNamesTheRole() {
        // After 一位 the whole is one noun phrase, however long its description (up to 20 characters); something counted
        // inside it (该工程) is not the person.
        XCTAssertEqual(AttributionFixture.speakers("一位来自山区年过六旬的老人来到服务台前，激动地说：“这条路修得好啊。”"), ["来自山区年过六旬的老人"])
        XCTAssertEqual(AttributionFixture.speakers("当时该厂一位负责该工程的副总工程师说：“设备都调试好了。”"), ["负责该工程的副总工程师"])
        XCTAssertEqual(AttributionFixture.speakers("一位負責該工程的工程師說：「設備都調試好了。」"), ["負責該工程的工程師"])
        // With a preposition, the one counted is its object: the one who speaks is the subject before it.
        XCTAssertEqual(AttributionFixture.speakers("张明指着王立新对旁边一位看书的姑娘说：“请你帮他找一本书。”"), ["张明"])
    }

    func testSeveralPeopleCountedAreNoHeOrShe() throws {
        // 几个 counts a group (pack lexicon pluralCounters): 他 is someone else.
        let engine = try TestSupport.chineseEngine("几个高兴得跳起来的年轻人说：“好。”")
        let phrase = try XCTUnwrap(engine.context.parseChineseStrict(0, 12))
        XCTAssertEqual(phrase.gender, .plural)
        XCTAssertEqual(phrase.name, "高兴得跳起来的年轻人")
    }

    func testThePersonTheReporterMetIsWhomAPronounStandsFor() {
        // 他 after the reporter's clause is the one met (pack lexicon reporterNouns), never the reporter.
        XCTAssertEqual(AttributionFixture.speakers("记者碰到正在巡查的副指挥长李大山。他兴奋地告诉记者：“物资全部备齐。”"), ["李大山"])
        let frame = "记者碰到正在巡查的副指挥长李大山。\n他告诉记者，物资全部备齐。当记者问及此刻的心情，他说，“大家都很激动。”\n"
        XCTAssertEqual(AttributionFixture.speakers(frame), ["李大山"])
        // A name inside another word is no one met (关 of 有关人士).
        XCTAssertNotEqual(AttributionFixture.speakers("记者采访了有关人士。他说：“情况正在好转。”").first ?? nil, "关人士")
    }

    func testAPasserByNamedBySexAndAge() {
        XCTAssertEqual(AttributionFixture.speakers("一位中年男子感慨地说：“日子越过越好了。”"), ["中年男子"])
        XCTAssertEqual(AttributionFixture.speakers("一位中年男子笑了笑：「日子越過越好了。」"), ["中年男子"])
        XCTAssertEqual(AttributionFixture.speakers("一名女子说：“车已经开走了。”"), ["女子"])
        XCTAssertEqual(AttributionFixture.speakers("一位大婶说：“菜价又涨了。”"), ["大婶"])
        XCTAssertEqual(AttributionFixture.speakers("一位旅客抱怨说：“车又晚点了。”"), ["旅客"])
        XCTAssertEqual(AttributionFixture.speakers("嘉賓林秀雲說：「這是我第一次來。」"), ["林秀雲"])
    }

    func testOrganisationsThatCallAndPartyCommittees() {
        XCTAssertEqual(AttributionFixture.speakers("北方的慈善机构昨天疾呼：“冬天来了，请捐出旧衣。”"), ["北方的慈善机构"])
        XCTAssertEqual(AttributionFixture.speakers("青山地委提出：“要把荒山变成果园。”"), ["青山地委"])
    }

    func testOrganisationsThatSpeakTogetherAreOneSpeaker() {
        XCTAssertEqual(AttributionFixture.speakers("青山市委、市政府提出：“要把荒山变成果园。”"), ["青山市委、市政府"])
        XCTAssertEqual(AttributionFixture.speakers("難得的是青山市委、市政府早就認識到，「路要先修好」。"), ["青山市委、市政府"])
        // An enumeration comma right after another mark joins nothing (and reads nothing before the text's start).
        XCTAssertEqual(AttributionFixture.speakers("张明，、外交部说：“好。”"), ["外交部"])
        XCTAssertEqual(AttributionFixture.speakers("。、、外交部说：“好。”"), ["外交部"])
        // People in a series stay as they were: the last of them.
        XCTAssertEqual(AttributionFixture.speakers("张明、李秋芳说：“要把荒山变成果园。”"), ["李秋芳"])
    }

    func testTheSpeakerRightAfterTheQuoteWhoFinishesSpeaking() {
        XCTAssertEqual(AttributionFixture.speakers("“明天见！”女孩说完便跑开了。"), ["女孩"])
        XCTAssertEqual(AttributionFixture.speakers("「你先看看這封信。」李秋芳說著把信遞了過來。"), ["李秋芳"])
    }

    func testProducersTycoonsAndRelativesAfterATimeWord() {
        XCTAssertEqual(AttributionFixture.speakers("製作人王立新說：「節目還要再調整。」"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("但製作人王立新則面帶笑容說：「節目還要再調整。」"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("该名大亨表示“明年还要再开两家店”。"), ["大亨"])
        // 这时 opens the clause before its subject, as a date does.
        XCTAssertEqual(AttributionFixture.speakers("這時有一位親戚說：「先吃飯吧。」"), ["親戚"])
        XCTAssertEqual(AttributionFixture.speakers("这时一位老人说：“天快黑了。”"), ["老人"])
    }

    func testAConclusionReportsWords() {
        XCTAssertEqual(AttributionFixture.speakers("张明领导的调查组却下结论说，这座桥“完全可以通车”。"), ["张明领导的调查组"])
        XCTAssertEqual(AttributionFixture.speakers("調查小組得出結論：「事故是人為造成的。」"), ["調查小組"])
    }

    func testAnOrganisationWhoseNameHoldsACharacterNamesAvoid() {
        // 共 is no character of a name, but 中共中央 is an organisation's own name.
        XCTAssertEqual(AttributionFixture.speakers("中共中央提出，要“加快社会信息化”。"), ["中共中央"])
        XCTAssertEqual(AttributionFixture.speakers("中共中央说：“要加快社会信息化。”"), ["中共中央"])
    }

    func testTheOneAnExistentialVerbPresentsSpeaks() {
        // 有 presents the subject after a place, a time or an adverb (会上有代表提出：): the one presented speaks.
        XCTAssertEqual(AttributionFixture.speakers("会上有代表提出：“应该先修路。”"), ["代表"])
        XCTAssertEqual(AttributionFixture.speakers("讲座上常有家长提出同样的问题：“孩子每天都读书，为什么成绩还不好？”"), ["家长"])
        XCTAssertEqual(AttributionFixture.speakers("現場還有一位老漁民感慨地說：「這樣的變化，過去想都不敢想。」"), ["老漁民"])
        // Not 有 inside a name, nor the 有 of a longer word, nor an indefinite source (有人说).
        XCTAssertEqual(AttributionFixture.speakers("赵有德说：“这座桥该修了。”"), ["赵有德"])
        XCTAssertEqual(AttributionFixture.speakers("王有才书记说：“这座桥该修了。”"), ["王有才"])
        XCTAssertEqual(AttributionFixture.speakers("有关部门负责人说：“这座桥该修了。”"), ["有关部门负责人"])
        XCTAssertEqual(AttributionFixture.speakers("有人说：“这座桥该修了。”"), [nil])
        // A second question the same people ask, joined by 或是, is theirs too.
        XCTAssertEqual(AttributionFixture.speakers("讲座上常有家长提出同样的问题：“孩子每天都读书，为什么成绩还不好？”或是“孩子睡得很早，为什么还没精神？”"),
                       ["家长", "家长"])
    }

    func testOneCharacterDescribesAPersonRightAfterACount() {
        // 老 and 女 describe the person counted (一位老党员, 一个女职工), as longer descriptions do (一位退休教师).
        XCTAssertEqual(AttributionFixture.speakers("一位老党员说：“过去想都不敢想。”"), ["老党员"])
        XCTAssertEqual(AttributionFixture.speakers("一个女職工說：「過去想都不敢想。」"), ["女職工"])
        XCTAssertEqual(AttributionFixture.speakers("一位退休教师说：“过去想都不敢想。”"), ["退休教师"])
    }

    func testTitlesOfDeputyMinistersAdvisersAndEnvoysBeforeAName() {
        // Each title marks where the name starts; the clauses that follow continue its subject.
        for title in ["次長", "次长", "顧問", "顾问", "參事", "领事", "督察", "講師", "里長", "球評", "大臣", "外相"] {
            let text = "會上，\(title)林秀芬隨後補充說明，提到明年的計畫，並強調「工程必須如期完成」。"
            XCTAssertEqual(AttributionFixture.speakers(text), ["林秀芬"], title)
        }
    }

    func testADepartmentBeforeANameIsABody() {
        // 系 ends a body's name (中文系, 化學系), as 局 and 处 do: the name after it speaks.
        XCTAssertEqual(AttributionFixture.speakers("中文系王立新说：“这门课很受欢迎。”"), ["王立新"])
        AttributionFixture.assertOnly("此外，化學系林秀芬也補充，為了安全，「實驗室晚上不開放。」", speaker: "林秀芬", rule: "zh.partial.reported")
    }

    func testAPseudonymInBracketsAfterANameIsAGloss() {
        // (化名) says how the name was written: the name before it speaks, not the one who spoke before.
        let text = "王立新看完后说：“不错。”李秋芳（化名）也提出看法，“还可以更好。”"
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新", "李秋芳"])
        AttributionFixture.assertOnly("就讀東山大學的李秋芳（化名）說：「這很好。」", speaker: "李秋芳", rule: "zh.before.colon")
    }

    func testThePartiesOfACaseAndNeighboursSpeakAndBothPartiesAreNoOne() {
        // 上诉人 and 投訴人 name a party as court and consumer news do; 双方当事人 are both of them, no one turn's speaker.
        let text = """
            在一起租赁纠纷案件中，双方当事人开庭时都很激动。
            “这钱我一分都不会少要。”上诉人拍着桌子说。
            “你凭什么这么说？”
            """
        XCTAssertEqual(AttributionFixture.speakers(text), ["上诉人", nil])
        XCTAssertEqual(AttributionFixture.speakers("投訴人說：「我不同意調解。」"), ["投訴人"])
        // A neighbour is someone as a passer-by is, whoever's neighbour they are (隔壁鄰居).
        XCTAssertEqual(AttributionFixture.speakers("隔壁鄰居也表示，那晚雨下得很大，「我們家也進水了。」"), ["隔壁鄰居"])
        // 回忆到, as 回忆道 is often written, is a cue.
        AttributionFixture.assertOnly("老所长周德明回忆到：“那年冬天，实验室连暖气都没有。”", speaker: "周德明", rule: "zh.before.colon")
    }

    func testABodyBeforeARelativeOrColleagueOwnsThemAndTheNameAfterSpeaks() {
        // 协会秘书 is the association's secretary, as 协会的秘书 would be: the name after the colleague speaks.
        XCTAssertEqual(AttributionFixture.speakers("青山协会秘书林秀芬表示：“报名下周截止。”"), ["林秀芬"])
        XCTAssertEqual(AttributionFixture.speakers("東海公司同事王立新說：「他做事很認真。」"), ["王立新"])
        XCTAssertEqual(AttributionFixture.speakers("东海公司同事说：“他做事很认真。”"), ["东海公司同事"])
    }

    func testAMemberOfACouncilIsATitleBeforeAName() {
        XCTAssertEqual(AttributionFixture.speakers("东海协会理事林大山表示：“大家都很辛苦。”"), ["林大山"])
        XCTAssertEqual(AttributionFixture.speakers("該會理事林大山指，油價已漲了兩成。他指「生意比去年差」，同行都吃不消。"), ["林大山"])
    }

    func testAShortRoleBeforeASurnameAndATitleLeavesTheTitledName() {
        // 住戶 before 林女士, as before a full name: the title closes the name.
        XCTAssertEqual(AttributionFixture.speakers("住戶林女士說：「水管又壞了。」"), ["林女士"])
        XCTAssertEqual(AttributionFixture.speakers("「水管又壞了？」住戶林女士打開門後嘆了口氣，只好再打電話找師傅。"), ["林女士"])
    }

    func testThePoliceByTheirBranchAreRoles() {
        AttributionFixture.assertOnly("民警王立新说：“我们马上出发。”", speaker: "王立新", rule: "zh.before.colon")
        AttributionFixture.assertOnly("一名交警表示：“路口的信号灯坏了。”", speaker: "交警", rule: "zh.before.colon")
        AttributionFixture.assertOnly("刑警李大山說：「嫌犯已經落網。」", speaker: "李大山", rule: "zh.before.colon")
    }
}
