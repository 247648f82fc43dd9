import XCTest
@testable import QuoteKit

/// A page of Chinese news holds several reports, each under its headline: a quote with no speaker of its own
/// finds none in the report before the headline. And a name outside the surname list, written after the quote with
/// its cue (“…”，扎西说。), speaks it, where an indefinite one (“…”，有人说。) names nobody. Simplified and traditional
/// script.
final class NewsPageAttributionTests: XCTestCase {
    private func attributions(_ text: String) -> [(speaker: String?, rule: String?)] {
        AttributionFixture.extract(text).quotes.map { ($0.speaker?.name, $0.rule) }
    }

    func testAQuoteUnderAHeadlineTakesNoSpeakerFromTheReportBefore() {
        let report = "市长王立新昨天视察了新区的工地，他说：“工期不能拖。”\n"
        let quote = "“今年一定要把这片荒地变成公园。”\n"
        // In one report, the words that follow are the mayor's, as the sieves read them.
        XCTAssertEqual(attributions(report + quote).map(\.speaker), ["王立新", "王立新"])
        // Under a headline (a short line with no punctuation) they open another report, whose speaker is not named.
        XCTAssertEqual(attributions(report + "新区绿化工程全面启动\n" + quote).map(\.speaker), ["王立新", nil])
        let traditional = "市長林秀雲昨天視察了新區的工地，她說：「工期不能拖。」\n新區綠化工程全面啟動\n「今年一定要把這片荒地變成公園。」\n"
        XCTAssertEqual(attributions(traditional).map(\.speaker), ["林秀雲", nil])
    }

    func testAHeadlineIsAShortLineWithoutPunctuation() throws {
        let engine = try TestSupport.chineseEngine("新区绿化工程全面启动\n他低声说：\n“走吧。”\n")
        XCTAssertEqual(engine.analysis.document.paragraphs.count, 3)
        XCTAssertTrue(engine.context.isHeadline(paragraph: 0))
        // A line of narrative ending with a colon introduces the next line's words; it is no headline.
        XCTAssertFalse(engine.context.isHeadline(paragraph: 1))
        XCTAssertFalse(engine.context.isHeadline(paragraph: 2))
    }

    func testAHeadlineMayHoldAQuotedTermOrASpeakersColon() throws {
        let engine = try TestSupport.chineseEngine("市民盼建“口袋公园”\n李秋芳：公园要向所有人开放\n“走吧。”他说。\n他低声说：\n")
        XCTAssertTrue(engine.context.isHeadline(paragraph: 0))
        XCTAssertTrue(engine.context.isHeadline(paragraph: 1))
        // A line that opens with a quotation mark is dialogue; one whose colon ends it introduces the next line.
        XCTAssertFalse(engine.context.isHeadline(paragraph: 2))
        XCTAssertFalse(engine.context.isHeadline(paragraph: 3))
    }

    func testAHeadlineWithAQuotedTermStillOpensAnotherReport() {
        let text = "市长王立新昨天视察了新区的工地，他说：“工期不能拖。”\n市民盼建“口袋公园”\n“今年一定要把这片荒地变成公园。”\n"
        XCTAssertEqual(attributions(text).map(\.speaker), ["王立新", nil, nil])
    }

    func testAConversationEndsAtAHeadline() throws {
        // Lines of dialogue alternate between the two people talking; a headline opens another story, whose first line
        // of quotation is neither's turn.
        let talk = "“你明天去城里吗？”张明问。\n“我不去。”李华说。\n“为什么不去？”\n“家里有事。”\n"
        let next = "“今年的雨水真多。”\n"
        XCTAssertEqual(attributions(talk + next).map(\.speaker), ["张明", "李华", "张明", "李华", "张明"])
        XCTAssertEqual(attributions(talk + "山村的秋天\n" + next).map(\.speaker), ["张明", "李华", "张明", "李华", nil])
        var engine = try TestSupport.chineseEngine(talk + "山村的秋天\n" + next)
        engine.run()
        XCTAssertNil(engine.applySieve(.alternation, 4).0)
        XCTAssertEqual(engine.applySieve(.alternation, 3).0?.0.name, "李华")
    }

    func testAHeadlineThatNamesASpeakerGivesThePronounUnderIt() {
        // 规划局 is no antecedent of 她; the headline before the report names the one meant.
        let text = "李秋芳：公园要向所有人开放\n规划局昨天公布了绿化方案。规划局认为，绿地的面积还会扩大，但她认为工期“不能太赶”。\n"
        XCTAssertEqual(attributions(text).map(\.speaker), ["李秋芳"])
    }

    func testTheSubjectOfAClauseIsNotAPersonListedInsideItsFrame() {
        let text = """
            王立新昨天在回应张明、李秋芳等居民的来信时，他说：“公园今年一定建成。”
            林秀雲在會見張明、李秋芳時，她說：「公園今年一定建成。」
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["王立新", "林秀雲"])
        // A frame that opens the clause has no subject in it: 在接待来访的老人 is nobody.
        let framed = "街道办把老人的事当作头等大事，在接待来访的老人时，坚持“先倒一杯热茶，再听完每一句话，最后把事情办妥”。\n"
        XCTAssertEqual(attributions(framed).map(\.speaker), [nil])
    }

    func testTheReporterOfABylineSpeaksNone() {
        // Slogans right after the byline stay terms, nobody's: the reporter only reports them.
        AttributionFixture.assertQuotes("本报青山1月5日电记者王立新报道：“一村一景”，“一户一策”……青山县的产业已见成效。\n",
                                       kinds: [.term, .term], speakers: [nil, nil])
        // A quotation there is nobody's either (the dateline rule).
        let words = AttributionFixture.extract("本报青山1月5日电记者王立新报道：“今年的收成很好，大家都很高兴，这是多年来最好的一年。”\n").quotes
        XCTAssertEqual(words.map(\.speaker?.name), [nil])
        XCTAssertEqual(words.first?.rule, "zh.none.dateline")
        // Nor is the reporter the subject of the report's first sentence.
        let report = "本報青山1月5日電記者王立新報道：青山市把果樹種植作為目標，開展以「種好果樹，管好果園」為主要內容的活動。\n"
        XCTAssertEqual(AttributionFixture.extract(report).quotes.map(\.speaker?.name), [nil])
    }

    func testACueOfOneCharacterThatBeginsAnotherWordIsNoCue() {
        // 问 of 问题 is no cue: the subject and cue are 张明 and 认为.
        let quotes = AttributionFixture.extract("张明认为，解决问题的途径“在于对话”。\n").quotes
        XCTAssertEqual(quotes.map(\.speaker?.name), ["张明"])
        XCTAssertEqual(quotes.map(\.cue), ["认为"])
    }

    func testAQuoteParagraphAfterASpeakersQuotationGoesOnWithTheirWords() throws {
        let text = """
            据报道，退休教师张明与妻子发表公开信，感谢各地的志愿者。
            公开信说，去年夏天，村里的小学被冲毁了，五百多名志愿者赶来帮助重建。
            公开信说，作为“老教师”，“孩子们在新教室里读书的样子，让我们想起了自己年轻时站上讲台的那一天。”
            “我们已经退休多年，能为村里做的事不多，这封信就是我们的一点心意。”
            """
        var engine = try TestSupport.chineseEngine(text)
        engine.run()
        // The turns sieve proposes the letter's sender for the paragraph that continues it (the scorer weighs it).
        XCTAssertEqual(engine.applySieve(.alternation, 2).0?.0.name, "张明")
        // A question and its answer start a conversation: the one who asked does not answer.
        var dialogue = try TestSupport.chineseEngine("张明站在门口，问道：\n“你这个星期六回不回家去？”\n“回。”\n")
        dialogue.run()
        XCTAssertNil(dialogue.applySieve(.alternation, 1).0)
    }

    func testANameOutsideTheSurnameListAfterTheQuoteWithItsCue() {
        let text = """
            “我们希望告诉世界，这里的日子越过越好。”，扎西说。
            「今年的收成不錯。」，扎西說。
            “今年的收成不错。”，有人说。
            「今年的收成不錯。」人們說。
            """
        let quotes = attributions(text)
        // 有人 and 人们 are nobody in particular: no speaker, and no name nearby either.
        XCTAssertEqual(quotes.map(\.speaker), ["扎西", "扎西", nil, nil])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.comma", "zh.after.comma", "zh.none.indefinite.after", "zh.none.indefinite.after"])
    }
}

/// A message that speaks (公开信说, 信中说) speaks for its sender, named where the text first mentions the message,
/// paragraphs before, and also in a quote later in the sentence after a term.
final class MessageSenderAttributionTests: XCTestCase {
    func testAnOpenLetterSpeaksForWhoeverPublishedIt() {
        let text = """
            据本地媒体报道，退休教师张明与妻子发表公开信，感谢各地的志愿者。
            公开信说，去年夏天，洪水冲毁了村里的小学。
            今天，孩子们已经回到了新的教室。
            公开信说，作为“老教师”，“我们看到孩子们的笑脸，心里非常感激。”
            公開信又說：「我們會一直記得大家的幫助。」
            """
        let quotes = AttributionFixture.extract(text).quotes.filter { $0.kind == .quotation }
        XCTAssertEqual(quotes.map(\.speaker?.name), ["张明", "张明"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.letter.partial", "zh.letter"])
        XCTAssertEqual(quotes.map(\.cue), ["说", "說"])
    }

    func testAMessageWithNoSenderNamedHasNoSpeaker() {
        let text = "据报道，村里的小学已经重建。\n公开信说：“我们非常感激。”\n"
        let quote = AttributionFixture.extract(text).quotes.first
        XCTAssertNil(quote?.speaker)
        XCTAssertEqual(quote?.cue, "说")
    }
}

/// Subjects that a pronoun does not stand for, and subjects written after a long description.
final class SubjectAgreementTests: XCTestCase {
    func testALongDescriptionEndingInDeBeforeTheName() {
        // More than sixteen characters describe her; the name follows 的.
        XCTAssertEqual(AttributionFixture.speakers("在第十届国际电影节上获得最佳女演员奖的李秋芳说：“这部电影让我很感动。”"), ["李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("在第十屆國際電影節上獲得最佳女演員獎的李秋芳說：「這部電影讓我很感動。」"), ["李秋芳"])
    }

    func testAGroupOrAPlaceIsNoAntecedentOfHe() {
        // 战士们 is many people and 江苏省 a place: 他 is the person named before them.
        XCTAssertEqual(AttributionFixture.speakers("村长王大山走进院子。战士们正在搬运物资。他对大家说：“辛苦了。”"), ["王大山"])
        XCTAssertEqual(AttributionFixture.speakers("村長王大山走進院子。戰士們正在搬運物資。他對大家說：「辛苦了。」"), ["王大山"])
        XCTAssertEqual(AttributionFixture.speakers("张海生在江边住了五十年。江苏省今年投入大笔资金治理江岸，他说：“江水比以前清了。”"), ["张海生"])
    }

    func testAPlaceWithItsLevelIsNoName() throws {
        let engine = try TestSupport.chineseEngine("江苏省今年投入大笔资金治理江岸。")
        let phrase = engine.context.parseChineseLeading(0, 12)
        XCTAssertNotEqual(phrase?.form, .name)
        XCTAssertEqual(engine.context.parseChineseStrict(0, 3)?.form, .organisation)
    }

    func testACountACounterOrAnOwnerIsNoGivenName() throws {
        let engine = try TestSupport.chineseEngine("一切都很安静。这位老人。党的工作。秀云走了。")
        XCTAssertNil(engine.context.parseChineseStrict(0, 2), "一切")
        XCTAssertNil(engine.context.parseChineseStrict(7, 9), "这位")
        XCTAssertNil(engine.context.parseChineseStrict(12, 14), "党的")
        XCTAssertEqual(engine.context.parseChineseStrict(17, 19)?.form, .bare, "秀云")
    }

    func testAVerbWithItsPerfectiveParticleIsNoSubject() {
        // 包含 opens like a surname and a given name, but 了 makes it a verb; 方便了乘客 is an action, not a role.
        XCTAssertEqual(AttributionFixture.speakers("这部小说写成于战后，\n包含了作者多年的思考，\n“人总要有一点精神，才能走得更远，看得更高。”\n"), [nil])
        let action = "新线路开通以后，不仅方便了乘客出行，也缓解了“早高峰”的压力。\n他笑着解释说：“这样大家出门都省心，公交车也能准点到站。”\n"
        XCTAssertEqual(AttributionFixture.speakers(action), [nil, nil])
        // A name followed by a word that opens with 了 (了解) is still a name.
        XCTAssertEqual(AttributionFixture.speakers("王立新了解情况后说：“公园今年一定建成。”"), ["王立新"])
    }

    func testAPronounInTextBrokenAtCommasFindsItsAntecedentLinesBack() {
        // Seven lines of one sentence lie between 林秀雲 and 她: lines that end with a comma continue the sentence.
        let text = """
            規劃局長林秀雲也表示，
            新公園的設計還在修改，
            居民提出了很多意見，
            有人希望多種「樹」少鋪地，
            也有人要求增加停車位，
            局裡會逐一研究，
            不會匆忙定案。
            她透露，
            在上週的說明會上，
            她第一次聽到那麼多聲音，
            心得是，
            「規劃不能只看圖紙，
            要多到現場走走」，
            因為每個社區都不一樣。
            """
        let quotes = AttributionFixture.extract(text).quotes.filter { $0.kind == .quotation }
        XCTAssertEqual(quotes.map(\.speaker?.name), ["林秀雲"])
    }

    func testASubjectOfReportedWordsIsNoAntecedent() {
        // 阿尔卡迪亚 is the subject of what he said, not who 他 is.
        let text = "王立新上午主持了座谈会。他说，阿尔卡迪亚从未打算扩大自己的领土，但在边界问题上立场坚定。他强调，边境的稳定是“头等大事”。"
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新"])
        let traditional = "林秀雲上午主持了座談會。她說，阿爾卡迪亞從未打算擴大自己的領土，但在邊界問題上立場堅定。她強調，邊境的穩定是「頭等大事」。"
        XCTAssertEqual(AttributionFixture.speakers(traditional), ["林秀雲"])
    }

    func testANameThatAnOrganisationsSuffixFollowsIsTheOrganisations() throws {
        let engine = try TestSupport.chineseEngine("王立新大学的教授认为。又向记者挥手。张明部长说。")
        XCTAssertNotEqual(engine.context.parseChineseLeading(0, 10)?.form, .name)
        // An object after a preposition is no role described (又向记者: to the reporters).
        XCTAssertNil(engine.context.parseChineseStrict(11, 15))
        // A title is no organisation's suffix.
        XCTAssertEqual(engine.context.parseChineseLeading(18, 22)?.name, "张明")
    }

    func testATimeWordAfterTheNameIsAModifier() {
        // 一早 is a modifier between the name and the cue; the word breaker would read 新一 otherwise.
        XCTAssertEqual(AttributionFixture.speakers("王立新一早就说：“工地上的活一天也不能停！”"), ["王立新"])
    }

    func testAClauseThatOpensWithAFrameHasNoSubject() {
        // 当记者问起…: the reporter asks inside the frame; 他 is the one named before.
        XCTAssertEqual(AttributionFixture.speakers("王立新来到新区工地。当记者问起工程的进度，他说：“下个月就能全部完工！”"), ["王立新"])
    }

    func testAfterANumberASurnameCharacterIsAClassifier() {
        let text = """
            第（一）项修改为：“公园应当全天向居民开放，节假日不得另收门票。”
            三项修改：“公园应当全天向居民开放，节假日不得另收门票。”
            """
        XCTAssertEqual(AttributionFixture.speakers(text), [nil, nil])
        // A name after a date is a name: the number is the date's.
        XCTAssertEqual(AttributionFixture.speakers("12月3日项明说：“公园应当全天开放。”"), ["项明"])
    }
}

/// Who may be proposed for a quote with no speaker of its own: people named with a speech verb, within the quote's
/// section of the page.
final class NearbyInventoryTests: XCTestCase {
    private func attributions(_ text: String) -> [(speaker: String?, rule: String?, cue: String?)] {
        AttributionFixture.extract(text).quotes.map { ($0.speaker?.name, $0.rule, $0.cue) }
    }

    func testAWordReadAsANameWithoutACueIsProposedForNoOtherQuote() {
        // 项修改 (item, amended) parses as surname and given name before a colon; with no speech verb it stays with its
        // own quote and is nobody nearby. A person who speaks with a verb is.
        let amended = attributions("第（一）项修改为：“军官按照职务分类。”\n“任期制度也将调整。”\n")
        XCTAssertEqual(amended.count, 2)
        XCTAssertNil(amended[1].speaker)
        let spoken = attributions("市长王立新说：“工期不能拖。”\n“明年还要继续。”\n")
        XCTAssertEqual(spoken.map(\.speaker), ["王立新", "王立新"])
    }

    func testABlankLineSeparatesTheStoriesOfAPageWrittenALineAParagraph() {
        let before = String(repeating: "大家听得很认真。\n", count: 10) + "张明在会上发言。\n他说：“我每天都画画。”\n"
        let after = "“明天的比赛很重要。”\n" + String(repeating: "观众陆续进场。\n", count: 10)
        XCTAssertEqual(attributions(before + after).map(\.speaker), ["张明", "张明"])
        // After a blank line, rare in this text, another story starts: its quote is not his.
        XCTAssertEqual(attributions(before + "\n" + after).map(\.speaker), ["张明", nil])
    }

    func testASpeechVerbEndingThePredicateBeforeTheColonIsTheCue() {
        // 视察工地时说： is read as a predicate; its verb is still the cue reported.
        let quote = attributions("市长王立新视察工地时说：“工期不能拖。”\n")[0]
        XCTAssertEqual(quote.speaker, "王立新")
        XCTAssertEqual(quote.cue, "说")
        XCTAssertEqual(attributions("市長王立新視察工地時說：「工期不能拖。」\n")[0].cue, "說")
    }

    func testABylineInBracketsNamesNoSpeaker() {
        let text = "〔記者王立新／東海報導〕「今年的稻子比去年長得好。」青山鄉的稻田今年又是一片金黃。"
        XCTAssertNotEqual(AttributionFixture.only(text)?.speaker?.name, "王立新")
    }

    func testButInOneCharacterOpensTheClauseBeforeItsSubject() {
        let elder = AttributionFixture.only("几天来，社区干部劝了好几回。可老人摇摇头：“这间屋子我住惯了。”")
        AttributionFixture.assertQuote(elder, speaker: "老人", rule: "zh.before.predicate-colon")
    }
}
