import XCTest
@testable import QuoteKit

/// Partial quotes inside Chinese reported speech (X表示，……是“…”): the governing subject is the speaker, in
/// simplified and traditional script; a term that modifies what follows, and a byline, stay terms.
final class ReportedSpeechTests: XCTestCase {
    func testPartialQuotesInReportedSpeechAreTheSubjectsWords() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("zh-reported.txt")).quotes
        XCTAssertEqual(quotes.count, 27)
        let expected: [(speaker: String, cue: String)] = [("张明", "表示"), ("周丽华", "指出"), ("王建国", "认为")]
        for (quote, want) in zip(quotes.prefix(3), expected) {
            XCTAssertEqual(quote.kind, .quotation, quote.text)
            XCTAssertEqual(quote.speaker?.name, want.speaker, quote.text)
            XCTAssertEqual(quote.cue, want.cue, quote.text)
            XCTAssertEqual(quote.rule, "zh.partial.reported", quote.text)
        }
        // Traditional script, the same mechanism.
        XCTAssertEqual(quotes[5].speaker?.name, "林志遠")
        XCTAssertEqual(quotes[5].cue, "強調")
        XCTAssertEqual(quotes[6].speaker?.name, "黃美玲")
        XCTAssertEqual(quotes[6].kind, .quotation)
    }

    func testALetterSpeaksForItsSender() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("zh-reported.txt")).quotes
        // X亲笔复信。信中说：“…”: the one who wrote the letter, the subject of the sentence before.
        XCTAssertEqual(quotes[7].speaker?.name, "张明")
        XCTAssertEqual(quotes[7].speaker?.resolution, .continuation)
        XCTAssertEqual(quotes[7].rule, "zh.letter")
        XCTAssertEqual(quotes[8].speaker?.name, "林志遠")
        XCTAssertEqual(quotes[8].cue, "說")
    }

    func testUnnamedPeopleSpeakAsTheTextNamesThem() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("zh-reported.txt")).quotes
        // “…”一位老人笑着说: the person as written, without the number and measure word.
        XCTAssertEqual(quotes[9].speaker?.name, "老人")
        XCTAssertEqual(quotes[9].speaker?.mention, "一位老人")
        XCTAssertEqual(quotes[9].rule, "zh.after.direct")
        // 在場的同胞齊聲說：「…」: a group, with its attributive.
        XCTAssertEqual(quotes[10].speaker?.name, "在場的同胞")
        XCTAssertEqual(quotes[10].cue, "說")
        // 在場的同胞共同高聲祝願：「…」: a group opening the clause before a non-speech predicate and a colon (no cue).
        XCTAssertEqual(quotes[11].speaker?.name, "在場的同胞")
        XCTAssertEqual(quotes[11].rule, "zh.before.predicate-colon")
        XCTAssertNil(quotes[11].cue)
    }

    func testAPronounAfterAClauseThatDescribesItIsTheSubject() {
        let text = """
            排练结束后，张明坐在台边休息。大家问他累不累。刚刚跑完三场戏、满头大汗的他回答：“一点也不累！”
            林美玲整理著道具。被問到明天的安排，忙了一整天的她笑著說：「明天再說吧。」
            """
        let quotes = AttributionFixture.extract(text).quotes
        // …的他回答：“…”: the clause before 的 describes the pronoun, which is the subject and resolves as one.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["张明", "林美玲"])
        XCTAssertEqual(quotes.map { $0.speaker?.mention }, ["他", "她"])
        XCTAssertEqual(quotes.map { $0.speaker?.resolution }, [.pronoun, .pronoun])
    }

    func testABareTitleStandsForThePersonNamedWithIt() {
        let text = """
            县委书记王立新主持了会议。会上，副县长陈红作了发言。
            会后，县委书记对记者说：“从未有过的大难，从未有过的大变。”
            市長林志遠今天視察工地。工程師張明陪同。臨走時，市長叮囑：「安全第一。」
            """
        let quotes = AttributionFixture.extract(text).quotes
        // 县委书记 alone is the person the text named with that title, not the other official nearby.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["王立新", "林志遠"])
        XCTAssertEqual(quotes.map { $0.speaker?.mention }, ["县委书记", "市長"])
    }

    func testALineAfterAQuoteThatCallsItSomeonesWordsNamesTheSpeaker() {
        let text = """
            重建开始了。
            “不仅苦干，还要巧干。”
            这是全县干部一开始就确立的共识。
            「淹要淹個明白。」
            這也是老站長李秋芳常說的一句話。
            """
        let quotes = AttributionFixture.extract(text).quotes
        // “…”⏎这是X…的共识: the line after the quote names whose words they are.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["全县干部", "李秋芳"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.this-is", "zh.after.this-is"])
    }

    func testAQuoteParagraphAfterReportedSpeechIsThatSpeakersWords() {
        // Two texts: a line right after a quote that opens with a subject and a cue (官兵们形容，…) would name that
        // quote's speaker (“…”⏎她说，…), which is not what this test is about.
        let reported = AttributionFixture.extract("""
            林美玲得知有人錄下她的聲音，只是笑了笑。
            她說，怎麼會有人這樣，不過她無所謂。
            「我從來不在乎別人怎麼看。」
            """).quotes
        let earlier = AttributionFixture.extract("""
            官兵们形容，退潮时便能走到对岸。那此起彼伏的烟花正在表达着一个期盼。
            “同根同祖，和平是同音。”
            """).quotes
        // 她說，……。⏎「…」: the paragraph before reports her speech in its last sentence; the quote goes on with it.
        XCTAssertEqual(reported.first?.speaker?.name, "林美玲")
        XCTAssertEqual(reported.first?.speaker?.mention, "她")
        XCTAssertEqual(reported.first?.rule, "zh.mention")
        // A report in an earlier sentence of that paragraph, with another sentence after it, does not reach the quote.
        XCTAssertEqual(earlier.count, 1)
        XCTAssertNil(earlier.first?.speaker)
    }

    func testAShortQuoteRightAfterASpeakersCueIsTheirWords() {
        let text = """
            张明在工作部署中特别强调“科学规划”，以期走出恶性循环。
            林志遠委員強調「公開透明」，並要求盡快處理。
            张明提出“科学规划”的理念。
            """
        let quotes = AttributionFixture.extract(text).quotes
        // X…强调“…”，: a short quote the cue governs is a quotation of the speaker, in either script.
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .term])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["张明", "林志遠", nil])
        // “…”的理念: a term that modifies what follows stays one.
        XCTAssertNil(quotes[2].rule)
    }

    func testPeopleNamedByWhatTheyAreSpeak() {
        let text = """
            车到站了，售票员大声喊：“终点站到了，请下车！”
            調查員首先問受訪者：「你擔心明天下雨嗎？」
            据一位气象站工作人员称，今年雨季会“比往年提前半个月”。
            张明站了起来，他命令这几个民兵：“马上出发！”
            """
        let quotes = AttributionFixture.extract(text).quotes
        // Person nouns from the pack's generated list (售票员, 調查員 in traditional script, 工作人员), named as written
        // without the counting word; 据 opens the source, not the name.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["售票员", "調查員", "气象站工作人员", "张明"])
        // 他命令这几个民兵：the clause's subject speaks, not the people it commands.
        XCTAssertEqual(quotes[3].speaker?.mention, "他")
    }

    func testTermsThatModifyOrFollowAColonStayTerms() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("zh-reported.txt")).quotes
        // “三多”的特点: a term modifying a noun is nobody's words, even inside reported speech.
        XCTAssertEqual(quotes[3].text, "三多")
        XCTAssertEqual(quotes[3].kind, .term)
        XCTAssertNil(quotes[3].speaker)
        // 记者陈红报道：……设立“…”: the reporter's byline ends at its colon; no gap reaches back over it.
        XCTAssertEqual(quotes[4].text, "农技服务站")
        XCTAssertEqual(quotes[4].kind, .term)
        XCTAssertNil(quotes[4].speaker)
    }

    func testAShortQuoteInTheClausesPredicateIsTheSpeakersWordsWhateverFollows() {
        // A modal verb, a degree adverb or the copula before the quote (应, 将, 是) puts it in the predicate of a clause
        // the speaker governs, though words follow it.
        let text = """
            周明呼吁村民节约用水，他说各级干部也应“带头”把水龙头关紧。
            對於這次停電，工程師李秋芳認為是「線路老化」作怪。
            张明表示，明年将“有计划”地提高票价。
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .quotation])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["周明", "李秋芳", "张明"])
        // A quote that modifies a noun after 的, or that names what the clause is about, stays a term.
        AttributionFixture.assertQuotes("张明说，这家公司的“双优”产品卖得很好，“金牛”的牌子不会倒。", kinds: [.term, .term], speakers: [nil, nil])
    }

    func testTheNameOfWhatIsFoundedOrLaunchedIsATermInReportedSpeech() {
        // 组建, 籌設, 开展: what the verb founds or launches is named, not quoted, though a speaker's cue governs it.
        let text = "渔业局长张明认为，东海县必须组建“渔船互助队”。目前渔船太分散。\n李秋芳指出，\n明年將籌設「東海漁民互助會」，\n吸納更多漁民參與。\n"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map(\.kind), [.term, .term])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, [nil, nil])
        // A clause of the speaker's own stays their words.
        let words = AttributionFixture.extract("张明认为，渔业必须“先算账，再下网”。").quotes
        XCTAssertEqual(words.map { $0.speaker?.name }, ["张明"])
    }

    func testWordsAPersonOwnsBeforeANounOfSpeechAreTheirs() {
        // X主席“…”的要求, X同志“…”的生动比喻: the titled name right before the words owns them, even inside a clause.
        let text = "要认真落实王立新主席“先修渠，再种树”的要求。\n这使我们想起李大山同志“种树要先挖坑”的生动比喻。\n" +
            "兑现了周明主席去年向ABC领导人宣布的“三年内修好码头”的承诺。\n"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .quotation])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["王立新", "李大山", "周明"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.owned-words", "zh.before.owned-words", "zh.before.owned-words"])
        // A slogan that names a thought, and one with no person before it, stay terms.
        let terms = AttributionFixture.extract("全村正在学习周明同志“三个坚持”的重要思想，按照“三个坚持”的要求做好工作。").quotes
        XCTAssertEqual(terms.map(\.kind), [.term, .term])
    }

    func testCapitalInitialsNameABodyNotAPerson() {
        // EBC發言人 is the body's spokesman, a role; EBC alone is no one's name.
        let quotes = AttributionFixture.extract("EBC發言人說：「節目會照常播出。」").quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["EBC發言人"])
    }

    func testHearsayAndLegendNameNoSpeaker() {
        // 传说, 據說: the words are cited, but no one is named for them, not the subject of the next clause.
        let text = "古人重视养生，\n传说“仙人在此骑鹤升天”，\n李大山也因此走遍了名山。\n據說「這口井有三百年了」，村民都來取水。\n"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, [nil, nil])
        XCTAssertEqual(quotes.map(\.rule), ["zh.none.saying", "zh.none.saying"])
    }

    func testNamingWithTheObjectBeforeWeiGivesATerm() {
        // 称它为“…”, 称之为「…」: what people call something is its name, nobody's words.
        AttributionFixture.assertQuotes("当地渔民称它为“银色长廊”，游客则称之为“东海明珠”。", kinds: [.term, .term], speakers: [nil, nil])
    }

    func testAModestClaimAfterAConcessiveOpenerIsTheSubjectsWords() {
        // 谦称 is a cue of its own (not 称 after a name 张明谦); 虽然 and 儘管 open the clause before its subject.
        let text = "虽然队员们谦称这支球队只是“凑数”的，比赛时大家却拼得很凶。\n儘管李秋芳謙稱這只是「玩玩」，大家還是很佩服她。\n"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["队员们", "李秋芳"])
        XCTAssertEqual(quotes.map(\.cue), ["谦称", "謙稱"])
    }

    func testAPetNameIsATerm() {
        // 昵称, 绰号: what follows names someone, it is no one's words.
        let quotes = AttributionFixture.extract("球迷们给这位守门员起了个爱称“铁闸”，说他什么球都能扑住。").quotes
        XCTAssertEqual(quotes.map(\.kind), [.term])
        XCTAssertNil(quotes.first?.speaker)
    }

    func testADateOrAStatementBetweenSpeakerAndCueIsAModifier() throws {
        let quotes = try fixtureQuotes()
        // X31日晚在…发表的新年献辞中指出，……是“…”: the date and the frame both stand between the speaker and the cue.
        AttributionFixture.assertQuote(quotes[12], speaker: "赵海", cue: "指出", kind: .quotation)
        // X30日發表新年賀詞說 (traditional): a date, then 發表…賀詞 as a frame.
        AttributionFixture.assertQuote(quotes[13], speaker: "錢文亮", cue: "說")
        // “…”X1月5日上午对记者说: a date with a time of day after the speaker.
        AttributionFixture.assertQuote(quotes[14], speaker: "孙立民", rule: "zh.after.direct")
    }

    func testWordsUsedToDescribeOrLikenAreTheSpeakers() throws {
        let quotes = try fixtureQuotes()
        // X以“…”、“…”形容…: the first by the instrument rule, the second continues the series.
        AttributionFixture.assertQuote(quotes[15], speaker: "孙立", rule: "zh.instrument", cue: "形容")
        AttributionFixture.assertQuote(quotes[16], speaker: "孙立", rule: "zh.series", kind: .quotation)
        // A given name may end with a character that starts a cue elsewhere (黃志強 before 一再強調).
        AttributionFixture.assertQuote(quotes[17], speaker: "黃志強")
        AttributionFixture.assertQuote(quotes[18], speaker: "黃志強")
        // X将…比喻为“…”, and X只用“…”回应 (the verb right after the quote explains it).
        AttributionFixture.assertQuote(quotes[19], speaker: "周明", rule: "zh.likened")
        AttributionFixture.assertQuote(quotes[20], speaker: "陈红", rule: "zh.instrument")
        // A series of terms with nobody's words before it stays terms.
        XCTAssertEqual(quotes[21].kind, .term)
        XCTAssertEqual(quotes[22].kind, .term)
        XCTAssertNil(quotes[22].speaker)
    }

    func testTitlesBeforeAndAfterNames() throws {
        let quotes = try fixtureQuotes()
        // An organisation, a name, a title after it, then modifiers: “…”江北市人民检察院孙明检察长这样对记者说.
        AttributionFixture.assertQuote(quotes[23], speaker: "孙明")
        XCTAssertEqual(quotes[23].speaker?.title, "检察长")
        // 市长孙立新: the title's 长 is not the first half of the compound surname 长孙.
        AttributionFixture.assertQuote(quotes[24], speaker: "孙立新", rule: "zh.before.colon")
    }

    func testAsTheSpeakerSaid() throws {
        let quotes = try fixtureQuotes()
        // 正如X所说：“…”: the speaker starts after 正如, inside its clause.
        AttributionFixture.assertQuote(quotes[25], speaker: "张明", rule: "zh.as-said", cue: "所说")
        // 像X在…中所指出的那样，……都将是“…”: a partial quote later in the sentence.
        AttributionFixture.assertQuote(quotes[26], speaker: "赵海", rule: "zh.as-said.partial", kind: .quotation)
    }

    func testASpeakerNeverEndsWithOrInsideACue() {
        // 时 is also a surname: neither 时强 (inside 强调) nor 时强调 (ending with the cue) is a name here.
        // A subject and a predicate before a colon (zh.before.predicate-colon, a fallback) is not tried once a rule
        // has named the speaker with its cue: 市卫生局在回复读者 is not an unnamed person.
        let quotes = AttributionFixture.extract("市教委在答复记者时强调：“今年学费不会上涨。”\n市卫生局在回复读者时一再强调：“我们会更正。”").quotes
        AttributionFixture.assertQuote(quotes[0], speaker: "市教委", rule: "zh.before.colon", cue: "强调")
        AttributionFixture.assertQuote(quotes[1], speaker: "市卫生局", rule: "zh.before.colon", cue: "强调")
    }

    func testAnOrganisationsShortNameMayOpenWithACharacterNamesAvoid() {
        // 中 is in notInNames (中 is not part of a person's name here), yet it opens many short names of organisations.
        let quotes = AttributionFixture.extract("中研组一再强调：“要实事求是。”").quotes
        AttributionFixture.assertQuote(quotes[0], speaker: "中研组", rule: "zh.before.colon", cue: "强调")
        // So may its ending, a word of the organisations lexicon (中央, 中心).
        let endings = AttributionFixture.extract("党中央强调：“坚持稳中求进。”\n市场中心表示：“价格保持稳定。”").quotes
        AttributionFixture.assertQuote(endings[0], speaker: "党中央", rule: "zh.before.colon", cue: "强调")
        AttributionFixture.assertQuote(endings[1], speaker: "市场中心", rule: "zh.before.colon", cue: "表示")
    }

    func testAFrameSetOffByACommaIsAModifier() {
        let quotes = AttributionFixture.extract("市教委在回复读者查询时，一再强调：“今年不会涨价。”").quotes
        AttributionFixture.assertQuote(quotes[0], speaker: "市教委", rule: "zh.before.colon", cue: "强调")
    }

    func testABareNameOpensItsSentence() {
        // After a comma a common word stands where a bare name would (…，保证说：): the clause continues its subject.
        let quotes = AttributionFixture.extract("张明把胸脯一挺，保证说：\n“明天一定办好。”").quotes
        AttributionFixture.assertQuote(quotes[0], speaker: "张明")
        XCTAssertNotEqual(quotes[0].rule, "zh.before.colon")
    }

    func testTraditionalTextMatchesLexiconsWrittenInSimplified() {
        // The pack lists 说明道 only; its traditional spellings come from scriptVariants when the pack is compiled.
        let quotes = AttributionFixture.extract("張明說明道：「好。」\n工盟陳小明亦強調，「要聽市民的聲音」，他們不會讓步。").quotes
        AttributionFixture.assertQuote(quotes[0], speaker: "張明", rule: "zh.before.colon", cue: "說明道")
        // An organisation's short name before a name (工盟), and 亦 between the name and the cue.
        AttributionFixture.assertQuote(quotes[1], speaker: "陳小明", rule: "zh.before.comma", cue: "強調")
    }

    func testSpellingsOfALexiconWord() {
        let variants = CompiledPack.scriptVariants(["说說説", "明"])
        XCTAssertEqual(CompiledPack.spellings(of: ["说明", "峯→峰"], variants), ["说明", "峯→峰", "說明", "説明"])
    }

    func testSpellingsKeepOrderCapAndSkipDuplicates() {
        // Five characters of two spellings each: 32 combinations, of which the first 16 in order (the first
        // character varies slowest); a word already listed in its other spelling is not added twice.
        let variants = CompiledPack.scriptVariants(["们們", "说說", "这這", "个個", "为為"])
        let spelled = CompiledPack.spellings(of: ["们说这个为", "说", "說"], variants)
        XCTAssertEqual(spelled.count, 3 + 15)
        XCTAssertEqual(Array(spelled.prefix(3)), ["们说这个为", "说", "說"])
        XCTAssertEqual(spelled[3], "们说这个為")
        XCTAssertEqual(spelled[4], "们说这個为")
        XCTAssertEqual(spelled.last, "们說這個為")
        XCTAssertFalse(spelled.contains("們说这个为"))
        XCTAssertEqual(Set(spelled).count, spelled.count)
    }

    private func fixtureQuotes() throws -> [Quote] {
        AttributionFixture.extract(try AttributionFixture.text("zh-reported.txt")).quotes
    }
}

/// English news reports speech in the present tense and with auxiliaries and time words before the cue
/// (argues, will say, later accused); a short partial quote in such a sentence is the subject's words.
final class EnglishReportedSpeechTests: XCTestCase {
    func testAuxiliariesTimeWordsAndPresentTenseCues() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("en-reported.txt")).quotes
        XCTAssertEqual(quotes.map(\.text), ["reckless spending", "a gamble worth taking", "patient for too long", "reckless", "a gamble"])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane", "Tom Reed", "Nora Quinn", "Ben Hale", "Ben Hale"])
        XCTAssertEqual(quotes.map(\.cue), ["accused", "argues", "say", "described", "described"])
        for quote in quotes {
            XCTAssertEqual(quote.kind, .quotation, quote.text)
            XCTAssertEqual(quote.rule, "en.partial.reported", quote.text)
        }
    }

    func testEveryFormOfAReportingVerbIsACue() {
        // The pack's cue list is generated from lemmas (scripts/gen-english-cues.py): each inflection works.
        let text = """
            "The line opens in spring," explains Dr. Ada Lane.

            "Not before the summer," retorted Tom Reed.

            Nora Quinn pleaded: "Give us one more week."

            "We shall see," Ben Hale mumbled.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane", "Tom Reed", "Nora Quinn", "Ben Hale"])
        XCTAssertEqual(quotes.map(\.cue), ["explains", "retorted", "pleaded", "mumbled"])
    }

    func testUnnamedSourcesSpeakAsTheTextNamesThem() {
        let text = """
            "We are looking into it," a spokeswoman for the Data Protection Office said.

            "It is fine," said a spokesman for the Town Council.

            A Labour spokesman told the Evening Courier: "We expect nothing."

            The company said the plan was "a gamble".

            "Nothing happened," the minister told reporters.

            "Lower prices," said the company's chief executive Ada Lane.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["a spokeswoman for the Data Protection Office", "a spokesman for the Town Council",
                                                         "A Labour spokesman", "The company", "the minister", "Ada Lane"])
        // told X: the one spoken to is not the speaker; the partial quote in reported speech is the company's words.
        XCTAssertEqual(quotes[2].rule, "en.before.speaker-cue-object")
        XCTAssertEqual(quotes[3].kind, .quotation)
    }

    func testADefiniteDescriptionStandsForTheNameItIntroduced() {
        let text = """
            Harbour Secretary Nora Quinn opened the new pier on Monday.

            "It took four years," the secretary said.

            Regional daily Harbour Courier was less kind. "A pier to nowhere," the paper said.

            Tom Reed, the council's deputy leader, joined them. "We will pay for it," the deputy leader said.

            "Nothing happened," the minister told reporters.
            """
        let quotes = AttributionFixture.extract(text).quotes
        // Each description stands for the nearest name introduced with its noun (or a synonym: daily, paper), and its
        // modifiers (deputy); a description with no introduction keeps its own name.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Nora Quinn", "Harbour Courier", "Tom Reed", "the minister"])
        XCTAssertEqual(quotes.map { $0.speaker?.mention }, ["the secretary", "the paper", "the deputy leader", "the minister"])
    }

    func testTheNounOfAnOrganisationStandsForTheOneQuotedLast() {
        let text = """
            Regional daily Harbour Courier called the plan "a pier to nowhere".

            Coastwatch praised the builders for "a job well done". "The finest pier on the coast," the paper says.
            """
        let quotes = AttributionFixture.extract(text).quotes
        // the paper: the organisation a rule quoted since the daily was introduced is the more salient one.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Harbour Courier", "Coastwatch", "Coastwatch"])
    }

    func testAMentionThatIntroducesTheNextQuoteDoesNotSpeakTheOneBefore() {
        let text = """
            "The line opens in spring," said Tom Reed.

            "Our plans are ready." And Ada Lane says: "I doubt it."
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes[2].speaker?.name, "Ada Lane")
        XCTAssertNotEqual(quotes[1].speaker?.name, "Ada Lane")
    }

    func testALowercaseDescriptionBeforeAFullName() {
        let text = """
            "The new line opens in spring," chief executive Ada Lane said.

            "The network is ready," director of engineering Tom Reed said.

            "We are not convinced," the company told reporters.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.prefix(2).map { $0.speaker?.name }, ["Ada Lane", "Tom Reed"])
        // A description that holds a cue (the company told reporters) is no description of a name: the company speaks.
        XCTAssertEqual(quotes[2].speaker?.name, "the company")
        XCTAssertEqual(quotes[0].speaker?.mention, "Ada Lane")
        XCTAssertEqual(quotes[1].cue, "said")
    }

    func testTheSubjectOfTheSentenceSpeaksPastAnAppositionOrAParticiple() {
        let text = """
            Sir Ada Lane, a former adviser to Lord Tom Reed, took a harder line, accusing the council of "reckless spending".

            Mr. Ben Hale, who chairs the board, said the plan was "a gamble".
            """
        let quotes = AttributionFixture.extract(text).quotes
        // The subject that opens the sentence, not the name inside the apposition (Lord Tom Reed).
        XCTAssertEqual(quotes[0].speaker?.name, "Ada Lane")
        XCTAssertEqual(quotes[0].cue, "accusing")
        XCTAssertTrue(["en.partial.participle", "en.partial.apposition"].contains(quotes[0].rule ?? ""), quotes[0].rule ?? "-")
        XCTAssertEqual(quotes[0].kind, .quotation)
        XCTAssertEqual(quotes[1].speaker?.name, "Ben Hale")
        XCTAssertEqual(quotes[1].rule, "en.partial.apposition")
    }

    func testAParticipleGovernsAPartialQuoteAfterAHeadlineOrAConnective() {
        let text = """
            Lane pitches for rural votes

            Ada Lane is to make a pitch for the rural vote urging people who feel "taken for granted" to vote for her.

            But Sir Tom Reed, a former adviser to the council and its longest-serving member, took a harder line, accusing the board of "reckless spending".
            """
        let quotes = AttributionFixture.extract(text).quotes
        // The subject opens its paragraph under a headline without a full stop; the participle needs no comma before it.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane", "Tom Reed"])
        XCTAssertEqual(quotes.map(\.cue), ["urging", "accusing"])
        // A connective before the subject (But) does not stop it opening the sentence, past a long apposition.
        XCTAssertEqual(quotes[1].rule, "en.partial.participle")
    }

    func testAPronounStandsForAnUnnamedSourceNotItsOrganisation() {
        let text = """
            A spokeswoman for the Data Protection Office said it was examining one complaint. "We are investigating one of the complaints," she said.
            """
        let quotes = AttributionFixture.extract(text).quotes
        // she → the spokeswoman who opened the sentence before, not the office named inside her description.
        XCTAssertEqual(quotes[0].speaker?.name, "A spokeswoman for the Data Protection Office")
        XCTAssertEqual(quotes[0].speaker?.mention, "she")
    }
}
