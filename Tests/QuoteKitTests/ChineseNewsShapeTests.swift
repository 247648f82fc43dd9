import XCTest
@testable import QuoteKit

/// Shapes of real news reports read by the Chinese rules: a subjectless clause asking someone, a cue in a relative
/// clause, a cue line before a quote on its own line, the people of business and the law, and a connective before a
/// subject. Names invented; simplified and traditional script.
final class ChineseNewsShapeTests: XCTestCase {
    private let attributions = AttributionFixture.attributions

    func testASubjectlessClauseAskingSomeoneReportsItsSubjectsWords() {
        let text = """
            张明放下报纸，又问记者“你去过青山吗”？
            林秀雲撇開前提，便問受訪者「你會出門嗎」﹖
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.continuation.cue-object", "zh.continuation.cue-object"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testACausativeVerbBeforeATermReportsNobodysWords() {
        // 让/要 bid or cause, they do not speak: the slogan after them stays a term.
        let text = """
            张明来到青山乡，只要大家坚持“两手抓”，就能成功。
            为了让选举“放轻松”，王立新组织了车队。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.kind), [.term, .term])
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil])
    }

    func testTheOneACausativeVerbMakesSpeakIsTheSpeaker() {
        // 讓她驚呼, 让张明直呼, 令李大山感叹: the one made to exclaim speaks; a causative before a term alone speaks no one.
        let text = """
            林秀芬看到展品，這讓她驚呼「妳怎麼穿我的衣服」，逗笑全場。
            结果出来后，让张明直呼“太好了”。
            这个消息令李大山感叹：“真是没想到。”
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["林秀芬", "张明", "李大山"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.caused", "zh.before.caused", "zh.before.caused"])
    }

    func testTheWordsACueNamesInARelativeClause() {
        // X在…中提出的，要“…”，“…”: the first quote through the relative clause, the second as its series.
        let quotes = attributions("王立新在报告中提出的，要“三年内村村通公路”，“五年内户户用上自来水”这一目标已经实现。")
        XCTAssertEqual(quotes.map(\.speaker), ["王立新", "王立新"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.relative", "zh.series"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testTheSpeakerOfARelativeClauseIsTheObjectOfAVerbOfCarryingOut() {
        // 理解X在…中提出的，要“…”: X is the object of 理解 and the subject of 提出; the frame holds a quoted term.
        let text = "这有助于理解青山市委在关于“十五”规划的建议中提出的，要“努力实现跨越式发展”，“加快社会信息化”这一举措的意义。"
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), [nil, "青山市委", "青山市委"])
        XCTAssertEqual(quotes.map(\.kind), [.term, .quotation, .quotation])
        XCTAssertEqual(quotes.map(\.rule), [nil, "zh.before.relative.object", "zh.series"])
        // A quoted term in a frame between a subject and the cue (在“…”会议上) does not cut the subject off.
        XCTAssertEqual(attributions("王立新在“两手抓”座谈会上说：“我们要坚持下去。”").map(\.speaker), [nil, "王立新"])
    }

    func testACueLineBeforeAQuoteOnItsOwnLine() {
        // Text broken at every comma: the quote on its own line after 警告說：⏎ or 無奈表示，⏎ is the speaker's.
        let text = "張明是位作家。\n他警告說：\n「會有更多人默默受到傷害」。\n對於這場訴訟，\n李秋芳無奈表示，\n「這是意料中事」。\n"
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.map(\.speaker), ["張明", "李秋芳"])
        // A colon alone at a line's end (a heading) does not make a short phrase on the next line somebody's words.
        XCTAssertEqual(attributions("编者按：\n“两手抓”\n").map(\.kind), [.term])
    }

    func testPeopleOfBusinessAndTheLaw() {
        let text = """
            青山銀行高層主管表示：「這將大有可為。」
            一名女童说：“我不怕。”
            被告辩称：“我没有拿钱。”
            校方表示：“会尽快处理。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["青山銀行高層主管", "女童", "被告", "校方"])
    }

    func testAConnectiveOpeningTheClauseIsNoPartOfTheSubject() {
        // 又如 (another example is) opens the clause before its subject, as 例如 does.
        let quotes = attributions("有的企业亏损严重，又如青山公司大股东承认：“盈利能力较差。”")
        XCTAssertEqual(quotes.map(\.speaker), ["青山公司大股东"])
    }

    func testWordsGivenAsAReasonAreTheSpeakers() {
        // 以“…”为由 / 以「…」帶過: the words one gives as a reason, or to put a question off, are one's own.
        let text = """
            张明以“资金不足”为由拒绝了。
            李秋芳都以「不方便談」帶過。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "李秋芳"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.map(\.rule), ["zh.instrument", "zh.instrument"])
    }

    func testASpeechActNamedByAnIdiomOrANounOfSpeech() {
        // 一声令下 ends a clause, not the sentence, after the time that opens it; 发出这样的誓言 right after the quote.
        let text = """
            “出发！”7月1日8时10分，青山县副县长李大山一声令下，90辆车从大桥出发。
            张明讲完了。
            “一定要拿下订单。”
            青山公司發出這樣的誓言，因为这事关荣誉。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["李大山", "青山公司"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.lede", "zh.after.direct"])
    }

    func testAQuoteAColonIntroducesIsNotClaimedByAReportAfterIt() {
        // 叫李秋芳過來：⏎「…」李秋芳說，⏎… : the one who called her over speaks; 李秋芳說， opens a report of her own.
        let text = "林秀雲拍了照，\n叫李秋芳過來：\n「看，\n這是妳老了的樣子。\n」李秋芳說，\n小時候她一直以為這很正常。\n"
        XCTAssertEqual(attributions(text).map(\.speaker), ["林秀雲"])
        // Without the colon, the speaker after the quote is its speaker.
        XCTAssertEqual(attributions("“这件事不能拖。”王立新说，他也同意。").map(\.speaker), ["王立新"])
    }

    func testASeriesRunsOnAcrossALineEndingInItsJoiner() {
        // Text broken at every comma: 「…」，⏎「…」 is one speaker's series; quotes on lines of their own are turns.
        let text = "張明表示：\n「如果合作成功，\n意義重大」，\n他說：\n「我們長於探勘」，\n「這是一種絕佳的組合」。\n"
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["張明", "張明", "張明"])
        XCTAssertEqual(quotes.last?.rule, "zh.series")
        XCTAssertEqual(quotes.last?.kind, .quotation)
        let dialogue = "李秋芳说：\n“你去吗？”\n“我不去。”\n"
        XCTAssertNotEqual(attributions(dialogue).last?.rule, "zh.series")
    }

    func testTheFirstWordOfAnOrganisationIsNoGivenName() {
        // 青山 of 青山公司 opens the line, but it is no one's given name for a subjectless cue after it.
        let quotes = attributions("張明說了很多。\n青山公司撇开前提，便问受访者“你会出门吗”？")
        XCTAssertNotEqual(quotes.last?.speaker, "青山")
    }

    func testWhatSomeonesOpinionIsAreTheirWords() {
        // X的建議是「…」: a noun of what someone said or thinks, a copula, the words.
        let text = "園主張明說，\n蘭花很好養。\n張明的建議是「水分寧少勿勤」，\n給水的情況不一。\n王立新的看法是：“还要再等等。”"
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["張明", "王立新"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.opinion", "zh.before.opinion"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        // A meeting's conclusion is no one's words.
        XCTAssertEqual(attributions("会议的结论是“可行”。").map(\.speaker), [nil])
    }

    func testVerbsOfClaimsAndTheWorkersOfSocialServices() {
        // 聲言 claims; 社工 names who speaks; 有 before them is no part of the name.
        let text = """
            教協會長張明聲言若問題仍未能改善，「每星期都絕食」，不少教師表示支持。
            有社工稱，露宿者日間多到商場避暑，他們早已「練得一身銅皮鐵骨」，徹夜被蚊叮也習以為常。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["張明", "社工"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testAnOrganisationThatOpensTheSentenceOrHasSpokenIsTheSubjectASubjectlessClauseContinues() {
        // 青山協會 spoke with a cue before: a clause it opens later gives the subject of 便問.
        let spoken = "青山協會在回覆查詢時，一再強調「問卷設計客觀」。\n張明說了很多。\n青山協會撇開前設，便問受訪者「你會出門嗎」﹖"
        XCTAssertEqual(attributions(spoken).map(\.speaker), ["青山協會", "青山協會"])
        // One that has not spoken is that subject when it opens the sentence or line, not where a verb takes it as
        // its object (記者走訪了青山協會).
        let opening = "張明說了很多。\n青山協會撇開前設，便問受訪者「你會出門嗎」﹖"
        XCTAssertEqual(attributions(opening).map(\.speaker), ["青山協會"])
        let object = "張明說了很多。\n記者走訪了青山協會，便問受訪者「你會出門嗎」﹖"
        XCTAssertEqual(attributions(object).map(\.speaker), ["記者"])
    }

    func testTheOneTheWordsCameFrom() {
        // “…”，这句话出自X之口 / 豪言发自X: the one named after 出自 or 发自 spoke the words; a work is no speaker.
        let text = """
            “要把灾年变为大干之年”，这股豪气发自县委书记王立新等一班人。
            “宁可少睡觉，也要多干活。”这句话出自一位老人之口。
            “学而时习之。”这句话出自《论语》。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["王立新", "老人", nil])
        XCTAssertEqual(quotes.prefix(2).map(\.rule), ["zh.after.source", "zh.after.source"])
    }

    func testAWorksTitleBeforeARoleSaysWhoThePersonIs() {
        // 《遠山》導演張明，…慨嘆﹕ : the director is the subject the subjectless clause continues, not the film.
        let text = """
            《遠山》導演張明，得悉死訊後慨嘆﹕「他最討厭別人談論他。」
            《青山集》作者王立新写道：“满纸都是山。”
            又《礼记》孟冬之月：“天子始裘。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["張明", "王立新", nil])
    }

    func testAPluralPronounStandsForTheGroupBeforeIt() {
        // 他们 after a group or people joined is that group, named as the guideline names it (the first of them).
        let text = """
            张明与5名随行官员穿上工装。
            他们以旧曲新词唱出：“我们要坚持下去。”
            青山管道局的工人们连夜赶工。
            他们响亮地提出：“苦干三十天！”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["张明", "青山管道局的工人们"])
        // One person is no antecedent of 他们.
        XCTAssertEqual(attributions("张明走进会场。他们说：“我们来晚了。”").map(\.speaker), [nil])
    }

    func testTheFaceTheSpeakerWearsIsAModifier() {
        // 面帶笑容 between subject and cue: the subject speaks with the cue, not through a predicate and a colon.
        let quotes = attributions("張明面帶笑容表示：「這是好事。」")
        XCTAssertEqual(quotes.map(\.speaker), ["張明"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.colon"])
    }

    func testARelativeCountedAsAPersonSpeaks() {
        // 一位年輕媽媽 / 这位母亲: a relative after a count is someone, named without the count.
        let text = """
            一位年輕媽媽說：「我記得以前不是這樣子的。」
            这位母亲说：“孩子很乖。”
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["年輕媽媽", "母亲"])
    }

    func testAPauseInAStoryOpensTheClauseBeforeItsSubject() {
        // 过了一会儿 / 停了一会 before the pronoun: the pronoun is the subject; a duration after a verb (沉吟片刻) is no
        // subject's time word, and the verb is no name.
        let quotes = attributions("张明沉默了。过了一会儿他又说：“这件事不能拖。”")
        XCTAssertEqual(quotes.map(\.speaker), ["张明"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.colon"])
        XCTAssertNotEqual(attributions("王立新走进来。\n沉吟片刻才有些难以启齿地道：“你见过他？”").first?.speaker, "沉吟")
    }

    func testAQuoteLineAfterASentenceOfReportedSpeechWrittenALinePerClause() {
        // The sentence that reports someone's words runs over lines that end with its commas; the quote on the line
        // after it is that speaker's.
        let text = """
            東海市的老街昨天重新開放。
            負責修繕的建築師周明表示，
            老實說，
            大家起初都不看好這個計畫，
            因為經費一直不夠。
            「很多老房子差一點就拆掉了。」
            市府說，
            明年還會再修一條街。
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["周明"])
    }

    func testAnIdiomLinesIntoReportedSpeechIsTheSpeakersWhileAQuotedNameStaysATerm() {
        // Written a line per clause, a four-character idiom lines after X認為， is the speaker's word; a quoted name of
        // two characters there, or a noun after a determiner (一種「…」), names a thing.
        let idiom = """
            青山鎮長林秀雲認為，
            新修的水庫對全鎮來說「功不可沒」，
            明年還要「再接再厲」。
            """
        let quotes = attributions(idiom)
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.map(\.speaker), ["林秀雲", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.partial.reported", "zh.partial.reported"])
        let names = """
            王醫師表示，
            在門診中，
            常見病人擔心「上火」，
            也有人說這是一種「季節過敏症」。
            """
        XCTAssertEqual(attributions(names).map(\.kind), [.term, .term])
        XCTAssertEqual(attributions(names).map(\.speaker), [nil, nil])
    }

    func testATitleAfterAWordForAWorkIsNoSpeakersWords() {
        // 電影「…」 / 连续剧“…” name a work, in reported speech too (the lint's quotedWorkCues).
        let text = """
            王立新說，他最近在看電影「山海之夜」，覺得很好看。
            张明表示，他们正在拍连续剧“青山人家”。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.kind), [.term, .term])
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil])
    }

    func testARelativeAPronounOwnsWithoutAParticleSpeaks() {
        // 其女婿 / 他女儿: a relative after a pronoun, with or without 的, is named by the relation.
        let text = """
            其女婿聲稱，張明「每天都去河邊釣魚」。
            他女儿说：“爸爸出门了。”
            她的嫂子表示：「我們都不知道。」
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["女婿", "女儿", "嫂子"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .quotation])
    }

    func testAShortQuoteOpeningItsClauseIsTheWordsOfTheSpeakerNamedAfterIt() {
        // “…，”X说 / 「…」，X說: words short enough to read as a term are the speaker's when they open their clause and
        // punctuation parts them from the speaker after them.
        let text = """
            昨天下午，青山剧院举行了新片发布会。
            “我会继续努力，”张明说。
            「我會繼續努力」，林秀雲說。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testAFrameOrAWordOfTimeBetweenTheQuoteAndItsSpeaker() {
        let text = """
            大厅里人很多。“这样的平台很好，可以多看看。”接受记者采访时，求职者王立新说。
            展位前排起了长队。「今年的崗位比去年多。」昨天，林秀芬表示。
            """
        let results = attributions(text)
        XCTAssertEqual(results.map(\.speaker), ["王立新", "林秀芬"])
        XCTAssertEqual(results.map(\.rule), ["zh.after.framed", "zh.after.timed"])
    }

    func testATermInsideTheClauseBeforeASpeakerStaysATerm() {
        // Part of the speaker's phrase (「…」創辦人X說), or ending a clause of other words (…异常“锋利”，而X认为), a term is
        // no one's words.
        let text = """
            「山海之家」創辦人林秀雲說，狗兒需要陪伴。
            照片显示边缘异常“锋利”，而此前张明认为，边缘应该很钝。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.kind), [.term, .term])
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil])
    }

    func testAnActOfSpeechThatIsNoSayingVerbNamesTheOpeningQuotesSpeaker() {
        // 求援, 发誓, 训斥: the report's opening quote is the words of whoever the next sentence says did so.
        let text = """
            青山钢厂限电
            “喂！请求给我们延长10分钟电力。”6月6日，钢水还没出炉，车间主任李大山抢着向供电局求援。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["李大山"])
    }

    func testAReportsQuoteParagraphGoesOnWithTheSpeakerNamedBeforeIt() {
        // In a report (most quotations sit in narrative), a paragraph of quotes after one that ends naming the speaker
        // of its quote, or after the line that only names it, goes on with that speaker: no alternation as in dialogue.
        let text = """
            东海大桥今天通车
            本报讯 今天上午，东海大桥正式通车，沿岸几个村的村民赶来看热闹。
            市长张明在通车仪式上说：“这座桥修了整整三年。”他还表示，明年将再修一条公路。
            副市长李秋芳也说：“我们要让每个村都通上公交。”
            “以后去城里卖菜方便多了！”
            家住桥边的菜农王立新高兴地说。
            “过去得绕两个小时的路。”
            “桥修好了，”渔民李大山说。
            “孩子上学也不用坐船了。”
            通车仪式结束后，市民周明说：“我想第一个开车过去。”
            """
        let speakers = attributions(text).map(\.speaker)
        XCTAssertEqual(speakers, ["张明", "李秋芳", "王立新", "王立新", "李大山", "李大山", "周明"])
    }

    func testANewspaperWithoutTitleMarksSpeaksThroughItsComment() {
        // Hong Kong and Taiwan news write papers without 《》: 青山時報評論說 is the paper speaking, 評論說 the cue.
        let text = """
            青山時報評論說：「這是一個危險的信號。」
            远山日报社论指出：“改革不能停。”
            每日遠山郵報說：「她叫得太大聲。」
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["青山時報", "远山日报", "每日遠山郵報"])
    }

    func testTeasingOrScoldingSomeoneIntroducesTheirWords() {
        // 笑她 / 骂他 before a colon: the one who teases or scolds speaks; a smile (笑笑) with a comma after is no such
        // verb, and the clause after it speaks for the same subject.
        let text = """
            林秀雲說拍戲很累，⏎張立功則笑她：⏎「妳想太多了啦。」
            遇上有人给他的儿子说媒，王立新总是矜持地笑笑，说：“这是孩子们的事。”
            """.replacingOccurrences(of: "⏎", with: "\n")
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["張立功", "王立新"])
        XCTAssertEqual(quotes.first?.rule, "zh.before.directive")
    }

    func testBlurtingSighingAndPraisingInFewWordsAreCues() {
        // 直呼, 大讚 and 吐槽 report the words after them, short as they are.
        let text = """
            林大山直呼「太誇張了」，並要求改善。
            李秋芳大讚「這是最好的一年」。
            张明吐槽“排队太久了”。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["林大山", "李秋芳", "张明"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .quotation])
    }

    func testSpeakingOutRecountingAndPostingAreCues() {
        // 明言, 開腔, 憶述 and 發文 report the words after them: a partial quote there is the speaker's, not a term.
        let text = """
            議員林大山則明言新方案將「加重負擔」。
            李秋芳開腔，「我們不會放棄。」
            王立新憶述：「那天雨下得很大。」
            店家昨晚再度發文：「感謝大家，我們會繼續努力。」
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["林大山", "李秋芳", "王立新", "店家"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .quotation, .quotation])
        XCTAssertEqual(quotes.map(\.rule), ["zh.partial.reported", "zh.before.comma", "zh.before.colon", "zh.before.colon"])
    }

    func testASpeakerAfterAQuoteWhoSaysSoTooAnswersTheSubjectBeforeIt() {
        // 也感叹 after a quote whose sentence 林秀芬 opened: the stallholder says so too, of the words after the cue;
        // the quote is hers. Without 也 the one after the quote speaks it, as reports write (“…”志愿者告诉记者，…).
        let text = """
            林秀芬一边收拾摊子一边叹气，神情疲惫，“今年的生意太难做了，我们只能硬撑。”旁边的摊主也感叹，客人少了一半，“从没见过这么冷清的年。”
            书店门口，几位家长正在排队，“听说今天有作者签名。”在门口维持秩序的志愿者告诉记者，签售下午两点开始。
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["林秀芬", "旁边的摊主", "在门口维持秩序的志愿者"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.partial.reported", "zh.after.direct"])
    }

    func testTheyStandsForABareNounOfPeopleButNotForOneCounted() {
        // 山里的孩子 counts no one: 他们 may be they; 一位孩子 is one, and 他们 finds no group.
        let bare = "从前，山里的孩子怕被人笑话穷；如今，他们大大方方地说：“欢迎来我们青山村做客！”"
        XCTAssertEqual(attributions(bare).map(\.speaker), ["山里的孩子"])
        XCTAssertEqual(attributions("一位孩子怕被人笑话穷。他们大大方方地说：“欢迎来我们青山村做客！”").map(\.speaker), [nil])
    }

    func testAPhotographsCreditIsNoSubject() {
        // 林大山 摄 credits the photograph above: the quote after it is no word of his.
        let text = "雨后的梯田。\n山坡上的茶园。林大山 摄\n“这片茶园今年多收了两成。”"
        XCTAssertEqual(AttributionFixture.speakers(text), [nil])
    }
}
