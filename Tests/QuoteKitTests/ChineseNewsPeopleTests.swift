import XCTest
@testable import QuoteKit

/// People in news sentences whose phrase the parse used to misread: a day with its date in brackets after the name
/// (周明今（20）日表示), a surname alone for a full name the report writes again and again, a count after a short place
/// (巷口一位卖菜的大婶), an adverb that is a surname too before a verb (曾劝), children and those who offend as person
/// nouns, a likeness that names no speaker, the press and the police as bodies that open a clause, the idiom 有话可说,
/// one seen while the subject frets, who speaks no words, seasons and the moment of leaving between a name and its
/// cue, accusations and threats as cues, a body speaking through the statement it issues, 道 ending a noun, and the
/// person in a frame of time around the words quoted (当周明强调“…”时), a word of contrast after a quote, and the
/// words after a statement someone issues, a source's name in brackets after a quote, and words summed up or foretold
/// as someone did (正如周明总结的那样), the action a demand quotes, no speaker across a semicolon after a quote, the
/// full name a familiar prefix calls (阿山, 老王), and credit lines (记者：王立新), which name no antecedent; leaders and
/// occupations as roles, a byline that ends its line, an age word before a description (高龄), and an officer named after
/// a described body, people of weddings and housing estates, the reporter's clause before a noun, a relative a pronoun
/// stands for, and the subject of an aside in parentheses.
final class ChineseNewsPeopleTests: XCTestCase {
    func testADayWithItsDateInBracketsStandsBetweenTheNameAndTheCue() {
        AttributionFixture.assertOnly("周明今(20)日表示：「政府會全力配合。」", speaker: "周明", rule: "zh.before.colon")
        AttributionFixture.assertOnly("東海市長周明今（廿二）日在記者會上說：「不會再參選。」", speaker: "周明", rule: "zh.before.colon")
        AttributionFixture.assertOnly("周明昨（六）日晚間表示，「會盡快處理。」", speaker: "周明", rule: "zh.before.comma")
    }

    func testASurnameAloneRefersToAFullNameTheReportWritesAgain() {
        // 黄立新 is written twice with no cue after it; the surname alone before the cue is that person, not the
        // subject of the clause before.
        let text = "东海市的工程都要经过黄立新审批。许多人都知道黄立新爱喝茶。李秋芳再次提出调动工作的要求，黄说：“你放心。”"
        AttributionFixture.assertOnly(text, speaker: "黄立新", rule: "zh.before.colon")
    }

    func testACountAfterAShortPlaceLeavesThePlaceOutOfTheName() {
        AttributionFixture.assertOnly("巷口一位卖菜的大婶说：“你又来啦？”", speaker: "卖菜的大婶", rule: "zh.before.colon")
        AttributionFixture.assertOnly("巷口一位賣菜的大嬸說：「你又來啦？」", speaker: "賣菜的大嬸")
        AttributionFixture.assertOnly("现场一名居民说：“这里的水很干净。”", speaker: "居民", rule: "zh.before.colon")
    }

    func testAnAdverbThatIsASurnameMakesNoNameWithTheVerbAfterIt() {
        // 曾劝 is "once urged", whose subject opens the sentence.
        let text = "几位同事都为我着急，曾劝我早点回去，还说：“你这是何苦呢？”"
        AttributionFixture.assertOnly(text, speaker: "同事", rule: "zh.continuation")
    }

    func testChildrenAndThoseWhoOffendArePersonNouns() {
        AttributionFixture.assertOnly("孩子一进门，就大声喊：“妈妈！”", speaker: "孩子", rule: "zh.continuation")
        AttributionFixture.assertOnly("孩子說：「我也要去。」", speaker: "孩子", rule: "zh.before.colon")
        AttributionFixture.assertOnly("歹徒们抢走了店里的现金，临走时威胁店员说：“不许报警。”", speaker: "歹徒们")
    }

    func testALikenessNamesNoSpeaker() {
        // The child is whom he is likened to talking to; with no one named before, no one speaks.
        AttributionFixture.assertOnly("他拍了拍她的肩膀，像兄长对第一次离家的孩子那样叮咛：“路上小心。”", speaker: nil)
        AttributionFixture.assertOnly("他放下手里的报纸，像老人对不懂事的孩子那样教训她：“别乱跑。”", speaker: nil)
    }

    func testThePressAndThePoliceSpeakAsBodies() {
        AttributionFixture.assertOnly("当地媒体评论说：“这是一场公平的比赛。”", speaker: "当地媒体", rule: "zh.before.colon")
        // Before a predicate and a colon too, where the subject opens the clause.
        AttributionFixture.assertOnly("警方则不以为然：「沒有證據顯示與此案有關。」", speaker: "警方", rule: "zh.before.predicate-colon")
    }

    func testHavingSomethingToSayIsNoCue() {
        // 说 of 有话可说 is no cue after a name 话可; the subject before the idiom speaks.
        AttributionFixture.assertOnly("周明则有话可说：“今晚只谈青山队。”", speaker: "周明", rule: "zh.before.predicate-colon")
        AttributionFixture.assertOnly("东海的媒体则有话可说：“今晚只谈青山队。”", speaker: "东海的媒体", rule: "zh.before.predicate-colon")
    }

    func testOneSeenWithoutACueSpeaksNoWords() {
        let text = "青山镇的居民看到市水务局的工作人员非常着急：“水什么时候能来？”"
        AttributionFixture.assertOnly(text, speaker: "青山镇的居民", rule: "zh.before.predicate-colon")
        // One seen speaking with a cue still speaks.
        AttributionFixture.assertOnly("周明看到一名球员对着教练说，「我不想打了。」", speaker: "球员")
    }

    func testSeasonsAndTheMomentOfLeavingAreWordsOfTime() {
        AttributionFixture.assertOnly("2010年春天周立新在座谈会上说：“我们会回来的。”", speaker: "周立新", rule: "zh.before.colon")
        AttributionFixture.assertOnly("去年夏天周立新说：“我们会回来的。”", speaker: "周立新", rule: "zh.before.colon")
        AttributionFixture.assertOnly("周明临走前说：“我不干了。”", speaker: "周明", rule: "zh.before.colon")
    }

    func testAccusationsAndThreatsGovernTheWordsTheyCharge() {
        AttributionFixture.assertOnly("周明指控李大山“多次违反协议”。", speaker: "周明", rule: "zh.partial.reported")
        AttributionFixture.assertOnly("周明威胁说要“让对方付出代价”。", speaker: "周明", rule: "zh.partial.reported")
    }

    func testABodySpeaksThroughTheStatementItIssues() {
        AttributionFixture.assertOnly("东海市外事办公室声明说：“本市对此表示强烈不满。”", speaker: "东海市外事办公室", rule: "zh.before.colon")
        AttributionFixture.assertOnly("东海市政府的声明指出：“此事与本市无关。”", speaker: "东海市政府", rule: "zh.before.colon")
    }

    func testDaoEndingANounIsNoCue() {
        // 道 of 报道 is no cue after a speaker 青山晚报的报; the body whose statement governs the clause speaks.
        AttributionFixture.assertOnly("东海市政府声明指出，青山晚报的报道“与事实不符”。", speaker: "东海市政府", rule: "zh.partial.reported")
    }

    func testThePersonInAFrameOfTimeSpeaksTheWordsQuotedInIt() {
        AttributionFixture.assertOnly("当周明反复强调“规则必须遵守”时，会场一片安静。", speaker: "周明", rule: "zh.before.direct")
        AttributionFixture.assertOnly("當周明說「我不幹了」時，大家都愣住了。", speaker: "周明", rule: "zh.before.direct")
        // A name before 时 with no cue before it stays a term.
        let name = AttributionFixture.only("东海集团宣布合并为“青山汽车公司”时，人们很吃惊。")
        XCTAssertEqual(name?.kind, .term)
    }

    func testAWordOfContrastAfterAQuoteEndsItsClause() {
        // The quote modifies nothing after it: a speaker's words, not a term.
        AttributionFixture.assertOnly("陳女則堅稱「沒有參與」但無人相信。", speaker: "陳女", rule: "zh.before.direct")
        AttributionFixture.assertOnly("周明声称“已经尽力”却没有人相信。", speaker: "周明", rule: "zh.before.direct")
    }

    func testTheWordsAfterAStatementSomeoneIssuesAreTheirs() {
        let rule = "zh.before.published.statement"
        AttributionFixture.assertOnly("青山公司发表声明：“此事与本公司无关。”", speaker: "青山公司", rule: rule)
        AttributionFixture.assertOnly("東海市政府發表聲明，「此事與本市無關。」", speaker: "東海市政府", rule: rule)
    }

    func testASourcesNameInBracketsAfterAQuoteSpeaksIt() {
        AttributionFixture.assertOnly("「學而不思則罔，思而不學則殆。」（孔子）", speaker: "孔子", rule: "zh.after.bracket")
        AttributionFixture.assertOnly("“做人要踏实，做事要认真。”（周明语）", speaker: "周明", rule: "zh.after.bracket")
        // A photo credit in brackets names no speaker.
        AttributionFixture.assertOnly("“我们会回来的。”（记者周明摄）", speaker: nil)
    }

    func testWordsSummedUpOrForetoldAsSomeoneDidAreTheirs() {
        AttributionFixture.assertOnly("正如周明总结的那样：“没有比这更重要的事了。”", speaker: "周明", rule: "zh.as-said")
        AttributionFixture.assertOnly("正如李大山所预言的那样，“房价还会上涨”。", speaker: "李大山", rule: "zh.as-said.partial")
    }

    func testTheActionADemandQuotesIsTheDemandersWords() {
        AttributionFixture.assertOnly("东海市长周明也要求“全面整顿”市场秩序。", speaker: "周明", rule: "zh.before.direct")
        AttributionFixture.assertOnly("周明呼吁“立即停止”这种做法。", speaker: "周明", rule: "zh.before.direct")
    }

    func testNoSpeakerIsTakenAcrossASemicolonAfterTheQuote() {
        // The body that proposed the first words names no one the parse reads; the man after the semicolon speaks only
        // his own.
        let quotes = AttributionFixture.extract("青山市的两个委员会联合提出，要“做好春耕准备，保证种子供应”；此外，东海市农业局长李大山也要求“加快进度”。").quotes
        XCTAssertEqual(quotes.count, 2)
        XCTAssertNil(quotes.first?.speaker)
        XCTAssertEqual(quotes.last?.speaker?.name, "李大山")
    }

    func testAGivenNamesLastCharacterAndAWordOfAddressCallTheFullName() {
        // 芬姐 calls 林秀芬 by the end of her given name; 依然 is a modifier between the subject and the cue.
        let text = "街坊林秀芬在街口賣了三十年報紙。芬姐依然每天五點開檔：「有人買就繼續賣。」芬姐依然笑著說：「明天見。」"
        XCTAssertEqual(AttributionFixture.speakers(text), ["林秀芬", "林秀芬"])
        // With no full name before it, the word stays as written.
        XCTAssertEqual(AttributionFixture.speakers("王姐说：“菜很新鲜。”"), ["王姐"])
    }

    func testAFamiliarPrefixAndOneCharacterCallTheFullNameWrittenBefore() {
        // 阿山 by the end of the given name, 阿陳 and 老王 by the surname: the person the report named in full.
        let text = "木匠江大山修了四十年舊家具。年輕時的阿山趕上了家具廠最忙的年頭，「那時候木料一車一車地運來。」"
        XCTAssertEqual(AttributionFixture.speakers(text), ["江大山"])
        XCTAssertEqual(AttributionFixture.speakers("舊書店老闆陳大山每天七點開門。阿陳笑說：「熟客都知道。」"), ["陳大山"])
        XCTAssertEqual(AttributionFixture.speakers("王立新是村里的老支书。老王说：“今年收成好。”"), ["王立新"])
        // With no full name before it, the word stays as written.
        XCTAssertEqual(AttributionFixture.speakers("老王说：“今年收成好。”"), ["老王"])
    }

    func testACreditLineNamesNoOneAPronounMayStandFor() {
        // The reporter's and the photographer's credits stand between the person described and 他: neither names him,
        // nor is either a headline that would end the report.
        let text = """
            陳大山退休後在公園教太極。
            記者：徐大明
            攝影：林大山
            問他累不累，他笑說：「越練越精神。」
            """
        AttributionFixture.assertOnly(text, speaker: "陳大山", rule: "zh.before.colon")
    }

    func testLeadersAndOccupationsAreRoles() {
        AttributionFixture.assertOnly("会上，乡镇领导提出：“这条路明年一定修好。”", speaker: "乡镇领导", rule: "zh.before.colon")
        AttributionFixture.assertOnly("查房时，护理师回答“今天的药已经换好了”。", speaker: "护理师", rule: "zh.before.direct")
        AttributionFixture.assertOnly("查房時，護理師回答「今天的藥已經換好了」。", speaker: "護理師", rule: "zh.before.direct")
    }

    func testABylineEndingItsLineReportsTheQuoteBelowIt() {
        // 报道 ends the byline's line: the reporter only reports the words that open the report.
        let text = "本报5月10日青山讯，特约记者王秀英报道\n“今年的樱桃比去年早熟了一周。”\n青山县的果农这几天都在忙着采摘。"
        XCTAssertEqual(AttributionFixture.attributions(text).map(\.speaker), [nil])
        let traditional = "本報5月10日青山訊,特約記者王秀英報導\n「今年的櫻桃比去年早熟了一週。」\n青山縣的果農這幾天都在忙著採摘。"
        XCTAssertEqual(AttributionFixture.attributions(traditional).map(\.speaker), [nil])
    }

    func testAnAgeWordOpeningADescriptionIsNoNameNorIsANameCutShort() {
        // 高龄 opens with a surname's character; the description runs past the rule's reach, which must not cut 陈秀英.
        let quotes = AttributionFixture.attributions("“每天来这里下棋，比在家看电视强。”高龄81岁的棋友陈秀英说自2005年起就天天来。")
        XCTAssertEqual(quotes.map(\.speaker), ["陈秀英"])
    }

    func testATitledNameAfterADescribedBodyIsTheSubject() {
        // 果农 is a person noun, but 协会 makes it part of a body's name, whose officer 王立新 speaks.
        let quotes = AttributionFixture.attributions("参加过展销的青山果农协会副会长王立新，批评有关部门“只听不做”。")
        XCTAssertEqual(quotes.map(\.speaker), ["王立新"])
    }

    func testPeopleOfAWeddingAndAHousingEstateAreRoles() {
        AttributionFixture.assertOnly("现场一片热闹。来自青山县的新郎王立新说：“今天的仪式很热闹。”", speaker: "王立新", rule: "zh.before.colon")
        AttributionFixture.assertOnly("记者来到工地门口。保安王立新告诉记者：“现在基本上不用盯着了。”", speaker: "王立新", rule: "zh.before.colon")
    }

    func testANounAfterTheReportersClauseIsNoDescribedPerson() {
        // 记者发现 opens a clause whose object the worker is: not a person described as 记者发现工地的工人.
        let quotes = AttributionFixture.attributions("记者发现工地的工人说：“好。”")
        XCTAssertNotEqual(quotes.first?.speaker, "记者发现工地的工人")
    }

    func testAPronounStandsForARelativeOfItsGender() {
        // 母亲 says a woman: 她 stands for 王秀英的母亲, whom no count or title names.
        let quotes = AttributionFixture.attributions("家长们都等在门外。王秀英的母亲也来送考，她告诉记者：“孩子这次准备得很充分。”")
        XCTAssertEqual(quotes.map(\.speaker), ["王秀英的母亲"])
    }

    func testTheSubjectOfAnAsideInParenthesesIsNoAntecedent() {
        // 单程票 opens a clause of the aside (and reads as a name): 他 stands for no one the aside names.
        let quotes = AttributionFixture.attributions("""
            新票价涨了两成（其中学生票涨一成，单程票涨两成）。

            他认为这样的涨法“太急了”。
            """)
        XCTAssertEqual(quotes.map(\.speaker), [nil])
    }

    func testAPagesCreditsNameNoOneWhoSpeaks() {
        // 转自：, 编辑： label a page's credits: the lede quote is the words of the illustrator the report describes.
        let reposted = "小书店的告别\n\n转自：王立新\n\n“上一次来是两年前了。”青山路上的书店，9月6日上午，插画师林秀芬在书架前驻足。"
        XCTAssertEqual(AttributionFixture.attributions(reposted).map(\.speaker), ["林秀芬"])
        let edited = "书店的告别\n来源：青山日报　编辑：王立新\n“上一次来是两年前了。”青山路上的书店，9月6日上午，插画师林秀芬在书架前驻足。"
        XCTAssertEqual(AttributionFixture.attributions(edited).map(\.speaker), ["林秀芬"])
    }
}
