import XCTest
@testable import QuoteKit

/// Chinese subjects separated from their words by more than a cue: a finished action between subject and cue,
/// a bidding verb and the one addressed, an empty subject before 以/用“…”回应, and a sentence written a line per
/// clause. Simplified and traditional script.
final class ChineseClauseAttributionTests: XCTestCase {
    private func attributions(_ text: String) -> [(speaker: String?, rule: String?, kind: QuoteKind)] {
        AttributionFixture.attributions(text)
    }

    func testAFinishedActionBetweenTheSubjectAndTheCue() {
        let text = """
            李小明见了这张照片曾说“我好像站在法庭上”。
            林秀雲看了這張照片說：「我很高興。」
            """
        let quotes = attributions(text)
        // 见了这张照片 is what the subject did before speaking, not part of a name (李小明见).
        XCTAssertEqual(quotes.map(\.speaker), ["李小明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.direct", "zh.before.colon"])
    }

    func testTheOneWhoBidsSomeoneSpeaksTheWordsThatFollow() {
        let text = """
            王建国表示，教练张明要他“好好准备，不要有压力。”
            林秀雲叮囑她們：「路上小心，早點回家。」
            """
        let quotes = attributions(text)
        // The nearer subject that bids him, not the one whose reported speech the sentence opens with.
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.directive", "zh.before.directive"])
    }

    func testAnEmptySubjectBeforeInstrumentWordsIsTheEarlierSubject() {
        let text = """
            林秀雲得知有人批評她，只用「無聊」回應。
            张明听说了这件事，只用“荒唐”来形容。
            """
        let quotes = attributions(text)
        // The one-word answer is the subject's words, a quotation, though it reads like a term.
        XCTAssertEqual(quotes.map(\.speaker), ["林秀雲", "张明"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.instrument.continuation", "zh.instrument.continuation"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testASentenceWrittenALinePerClauseKeepsItsSubject() {
        let simplified = """
            张明教授说，
            那天晚上，
            大家都很累，
            “但是我们还是把工作做完了。”
            """
        let traditional = """
            林秀雲說，
            那天晚上，
            大家都很累，
            「但是我們還是把工作做完了。」
            """
        // Lines that end with a comma go on in the next: the quote is in the sentence its speaker opened lines above.
        let quotes = attributions(simplified) + attributions(traditional)
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.partial.reported", "zh.partial.reported"])
    }

    func testAPronounInTextWrittenALinePerClauseGoesBackThroughTheSamePronoun() {
        // 他 stands for the 他 before it, which stands for the teacher named lines above; 他們 (a group) is passed over.
        let text = """
            指導老師王立新說，
            他們每星期四都有聚會。
            剛開始時有十五人參加，
            現在卻只餘四人。
            他說，
            他與學生組讀書會，
            是因為老師之間很少彼此討論，
            很少交換意見。
            帶有濃厚口音的他說：
            「反正，
            講話也是我的興趣呀！
            」
            """
        XCTAssertEqual(attributions(text).map(\.speaker), ["王立新"])
    }

    func testACueWithTheOneSpokenToBeforeAColon() {
        let text = """
            张明问村民：“今年收成怎么样？”
            林秀雲反問記者們：「你們去過那裡嗎？」
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.cue-object", "zh.before.cue-object"])
    }

    func testACueNeverBeginsTheTitleAfterAName() {
        // 教 (teach) is a verb of bidding, but in 张明教授说 it begins the title 教授: no rule may read it as the cue
        // (a second rule proposing the same person would count as agreement, and name the wrong cue in --explain).
        for text in ["张明教授说：“今天的会议很重要。”", "林秀雲教授說：「我們必須前進。」"] {
            let extractor = QuoteExtractor()
            var analysis = extractor.prepare(Document(text: text))
            let traces = extractor.attribute(&analysis, explain: true)
            XCTAssertEqual(traces.first?.steps.filter(\.fired).map(\.rule), ["zh.before.colon"], text)
            XCTAssertEqual(analysis.quotes.first?.cue, text.contains("说") ? "说" : "說")
        }
    }

    func testANearerSpeakerWithACueGovernsAQuoteAFartherReportReachesThroughAGap() {
        // 王建国表示，……，教练张明要他“…”: the coach bids him; the report the sentence opens with reaches the quote only
        // through a gap over the coach's own clause, so it proposes nobody, however often 王建国 is named before.
        let texts = [
            "王建国今年第一次入选国家队。王建国说，这是他最开心的一天。王建国的父母也很高兴。王建国表示，被选上之后很高兴，教练张明要他“好好准备，不要有压力。”",
            "林秀英今年第一次入選國家隊。林秀英說，這是她最開心的一天。林秀英的父母也很高興。林秀英表示，被選上之後很高興，教練張明要她「好好準備，不要有壓力。」",
        ]
        for text in texts {
            let extractor = QuoteExtractor()
            var analysis = extractor.prepare(Document(text: text))
            let trace = extractor.attribute(&analysis, explain: true).first
            XCTAssertEqual(analysis.quotes.first?.rule, "zh.before.directive", text)
            // The coach, named with a cue, settles the pattern phase (a later rule is not tried, or yields when it is).
            XCTAssertFalse(trace?.steps.contains { $0.rule == "zh.partial.reported" && $0.fired } ?? true)
            XCTAssertFalse(trace?.candidates.contains { $0.rule == "zh.partial.reported" } ?? true)
        }
        XCTAssertEqual(attributions(texts.joined(separator: "\n")).map(\.speaker), ["张明", "張明"])
    }

    func testAPersonBeforeDeOwnsTheSubjectAndIsNotTheSpeaker() {
        // 队员的状态能够恢复: the clause is about the players' form; the one hoping for it opens the sentence.
        let quotes = attributions("""
            林秀英不知道答案，只希望隊友的火力能夠連貫，多得一些分數，「這樣就夠了！」
            王建国没有多说，只盼着队员的状态能够恢复，多赢几场，“这样就够了！”
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林秀英", "王建国"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.mention"])
    }

    func testAPronounSubjectOfTheQuotesSentenceStandsForThePersonNamedBefore() {
        // No cue: the quote's own sentence opens with 她 or 他, whom the sentence before names.
        let quotes = attributions("""
            林秀芬是东海市的退休工人。她已经炒了十来年股了，“原来在工厂上班，入市就是为了赚钱。”
            李大山是果農。他很高興，「今年的收成不錯。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林秀芬", "李大山"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.mention"])
    }

    func testAQuotedBodyAndARoleBeforeTheNameAreNoPartOfTheSpeaker() {
        // 「…協會」召集人林秀英: the officer of a body named in quotes, reported under the name; the event the public took
        // part in (參加「…」) is a name, a term, not words of the letter.
        let quotes = attributions("""
            「青年志願者協會」召集人林秀英與丈夫發表公開信，形容市民參加「清潔海灘日」，大家的行動「令我們感動」。
            “青年志愿者协会”创始人王建国发表公开信，形容市民参加“清洁海滩日”，大家的行动“令我们感动”。
            """)
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil, "林秀英", nil, nil, "王建国"])
        XCTAssertEqual(quotes.map(\.kind), [.term, .term, .quotation, .term, .term, .quotation])
        XCTAssertEqual(quotes.last?.rule, "zh.partial.reported")
    }

    func testAViewpointFrameNamesTheOneWhoseWordsFollow() {
        // 在X看来 / 用X的话说 frame the speaker: without a rule for them the nearest name on another line was taken.
        let quotes = attributions("""
            在陈刚看来，“创新是发展的第一动力。”
            刘洋认为，这是“一次难得的机遇”。
            用周敏的话说，“只要肯干，就没有过不去的坎。”
            在林秀英看來，這是一次「難得的機會」。
            國務院新聞辦公室發表白皮書指出，「我們始終堅持和平發展道路。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["陈刚", "刘洋", "周敏", "林秀英", "國務院新聞辦公室"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.viewpoint", "zh.partial.reported", "zh.viewpoint", "zh.viewpoint.partial", "zh.before.published"])
    }

    func testAsFarAsSomeoneIsConcernedFramesTheirWords() {
        // 就X而言 frames a view as 在X看来 does; a two-character foreign given name (瑪莎) is read there too.
        let quotes = attributions("""
            就李秋芳而言，张明就是老师，“与一般人的老师没什么不同”。
            但是，就瑪莎而言，林大山就是爸爸，「與一般人的父親沒什麼不同」。
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["李秋芳", "瑪莎"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.viewpoint.partial", "zh.viewpoint.partial"])
    }

    func testARoleAsOwnerOfTheRelativeAndAnAdverbWrittenWithDe() {
        // The relative of someone named by a role speaks (受害人的父亲), not the owner; Taiwan and Hong Kong news write
        // an adverb with 的 for 地 (冷冷的说, 大聲的說), and 只是 is a modifier.
        let quotes = attributions("""
            受害人的父亲只是冷冷的说：“他不过在演戏吧！”
            張明大聲的說：「我們明天再來。」
            「沒有問題。」林秀雲淡淡的說。
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["受害人的父亲", "張明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.colon", "zh.before.colon", "zh.after.direct"])
        // Such a relative opens a clause as its subject, for an empty subject after it.
        XCTAssertEqual(attributions("受害人的父親對於張明的歉意，只是冷冷的說，「他不過在演戲吧﹗」").map(\.speaker), ["受害人的父親"])
        // The attributive 的 of a noun phrase before a colon is no adverb (过去的说法：).
        XCTAssertEqual(attributions("过去的说法：“先做再说。”").map(\.speaker), [nil])
    }

    func testAPronounStandsForANameNoListReadsThatActsAsASpeaker() {
        // 屋岚 is read by no list; with a cue right after it, 他 may stand for it. A one-character cue that begins
        // another word (指 of 指着) is no such cue.
        let traditional = attributions("屋岚告訴李秋芳，他感覺得到周遭的變化。「你想不到我有多蠢，」他說，「真的。」")
        XCTAssertEqual(traditional.map(\.speaker), ["屋岚", "屋岚"])
        let simplified = attributions("屋岚告诉李秋芳，他感觉得到变化。“你想不到，”他说，“真的。”")
        XCTAssertEqual(simplified.map(\.speaker), ["屋岚", "屋岚"])
        // So may one after a connective that opens the sentence (此外，).
        let afterConnective = attributions("此外，屋岚發言時經常引用教友認同的語句。被記者問到他會否諮詢其父時，他更答道﹕「我還求助於天父。」")
        XCTAssertEqual(afterConnective.map(\.speaker), ["屋岚"])
        XCTAssertEqual(attributions("秀云指着前面的草坡，大声喊叫起来。\n大山停住脚步。\n他什么也没看见。\n他奇怪地问：\n“什么？”\n").map(\.speaker), [nil])
    }

    func testWhoeverIsHeardSpeakingIsTheSpeaker() {
        // After a verb of hearing (pack lexicon hearingVerbs) the one heard speaks, not the one who hears, where a colon
        // introduces the words; one heard talking about something (谈及“…”) speaks no quote.
        let quotes = attributions("""
            他又聽到張明對眾人說﹕「你們可以走。」
            临走时，只听见售票员尖叫了一声，喊叫说：“啊呀！”
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["張明", "售票员"])
        let term = attributions("我常常听到病人谈及“肾亏”。")
        XCTAssertEqual(term.map(\.speaker), [nil])
        XCTAssertEqual(term.map(\.kind), [.term])
    }

    func testASpeakerAfterTheQuoteDoesSomethingBeforeTheCue() {
        // “…”黄伟站起来大声说: what the speaker did stands between the name and the cue.
        let quotes = attributions("""
            孙强看着大家。
            “我不同意！”黄伟站起来大声说。
            「你們先吃吧。」林秀英放下碗筷說。
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["黄伟", "林秀英"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.action", "zh.after.action"])
        // Before the gap the name ends a word: 李华 understood (明白), not a 李华明 who did something.
        let understood = attributions("“好的。”李华明白后说。\n「好的。」林英明白後說。")
        XCTAssertEqual(understood.map(\.speaker), ["李华", "林英"])
    }

    func testARelativeOrColleagueIsNamedByWhoseTheyAre() {
        // 他的妻子 speaks, not the 王建国 named before; a name after the relation (的女儿王小红) is the speaker's.
        let quotes = AttributionFixture.extract("""
            王建国今年七十岁了。他的妻子说：“他身体一直很好。”
            王建国的女儿王小红说：“爸爸总是很忙。”
            張志明的同事李華告訴記者：「他工作很認真。」
            """).quotes
        XCTAssertEqual(quotes.map(\.speaker?.name), ["妻子", "王小红", "李華"])
        XCTAssertEqual(quotes.map(\.speaker?.mention), ["他的妻子", "王建国的女儿王小红", "張志明的同事李華"])
    }

    func testHongKongReportingWords() {
        // 受訪時 between the subject and the cue, 續說 (went on to say), and 指 (said) after a source.
        let quotes = attributions("""
            立法會議員林秀英昨日受訪時表示﹕「政府必須交代。」
            她續說，市民的不滿「是可以理解的」。
            消息人士指，有關計劃「最快下月公布」。
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林秀英", "林秀英", "消息人士"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .quotation])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.colon", "zh.partial.reported", "zh.partial.reported"])
    }

    func testASpeechVerbBeforeAPersonNounIsNoPartOfTheSpeaker() {
        // 问受访者 asks the interviewee: the subject is the one asking, never a role named "便问受访者".
        let quotes = AttributionFixture.extract("""
            调查员首先问受访者：“你住在这里多久了？”
            村委会撇开前提，便问受访者：“你同意这个方案吗？”
            """).quotes
        XCTAssertEqual(quotes.first?.speaker?.name, "调查员")
        for quote in quotes { XCTAssertFalse(quote.speaker?.name.contains("受访者") ?? false, quote.text) }
    }

    func testAGroupWrittenWithAPluralSuffixIsOneSpeaker() {
        let text = """
            战士们说：“我们准备好了。”
            村民們說：「這是好事。」
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["战士们", "村民們"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.colon", "zh.before.colon"])
    }

    func testTheLinesAGroupPerformsAreTheirs() {
        // “…”守岛的官兵，用一曲《…》迎接新年: the lyrics that open the sentence are sung by the group named after them.
        let quotes = AttributionFixture.extract("""
            “海风轻轻吹，吹过小渔村。”守岛的官兵，用一曲《渔村晚歌》迎接新年的到来。
            “山高水長，情深意重。”守島的戰士們演唱《山水謠》，迎接新年。
            """).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["守岛的官兵", "守島的戰士們"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.performed.after", "zh.performed.after"])
        XCTAssertEqual(quotes.map { $0.work?.title }, ["渔村晚歌", "山水謠"])
    }

    func testAnIndefiniteSourceHasNoSpeaker() {
        // 有人说 / 人们常说: nobody in particular; a person named nearby must not take the words.
        let quotes = attributions("""
            张明教授认为，这项研究很重要。有人说：“这件事情不简单。”
            林秀雲點點頭。人們常說：「好事多磨。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil])
        XCTAssertEqual(quotes.map(\.rule), ["zh.none.indefinite", "zh.none.indefinite"])
    }

    func testATitleAfterADemonstrativeIsARole() {
        // 该负责人 / 這位市長: the title alone names the speaker (and may stand for the person named with it).
        let quotes = attributions("""
            “我们会尽快处理，”该负责人说，“请大家放心。”
            「問題已經解決了。」這位市長說。
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["负责人", "负责人", "市長"])
    }

    func testATransliteratedNameWithoutADot() {
        let quotes = attributions("""
            卡特琳娜布朗则感伤地说：“这是我最后一次来这里。”
            維克多雨果說：「我們必須前進。」
            移民卡米拉说：“他在我的国家是一名英雄。”
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["卡特琳娜布朗", "維克多雨果", "卡米拉"])
    }

    func testAGivenNameOpeningTheLineBeforeACueOnItsOwnIsTheSpeaker() {
        // 秀云停下手里的活，低声说：⏎“…”: the empty subject of 低声说 is the given name that opens the line, not the
        // person who spoke last.
        let quotes = attributions("""
            记者问班长何大川对比赛有什么看法。他想了想回答：“我们还要继续努力。”
            秀云停下手里的活，低声说：
            “你先回去吧。”
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["何大川", "秀云"])
        XCTAssertEqual(quotes.last?.rule, "zh.continuation")
    }

    func testALineEndingWithACueAndACommaOpensANewReport() {
        // “…”⏎林委員批評，⏎…: written a line per clause, the report goes on below; it does not name the quote above.
        let quotes = AttributionFixture.extract("""
            秀云说：“你先回去吧。”
            “那你在这里等着。”
            林委員批評，
            這個方案根本沒有經過討論。
            """).quotes
        XCTAssertEqual(quotes.count, 2)
        XCTAssertNotEqual(quotes.last?.rule, "zh.after.direct")
        XCTAssertNotEqual(quotes.last?.cue, "批評")
    }

    func testASayingIsAQuotationOfNobodyAndASoCalledNameATerm() {
        // 俗话说：⏎「…」 cites a saying (a quotation, no speaker), also with the quote on the next line; 所谓的「…」
        // names something (a term).
        let quotes = attributions("""
            張明教授點點頭。俗話說：
            「一分耕耘，
            一分收穫」，
            所謂的「速成班」並不可靠。
            """)
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .term])
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil])
        XCTAssertEqual(quotes.first?.rule, "zh.none.saying")
    }

    func testASurnameWithATitleIsNotALaterNameOfThatSurname() {
        // 王教授 before any full name of 王: not the 王立新 named later, who may be anyone of the commonest surname.
        let quotes = attributions("""
            王教授说，这次会议“非常成功”。
            在谈到这个问题时，王立新说：“我们必须加快改革。”
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["王教授", "王立新"])
    }

    func testTheOneWhoFinishedSpeakingAndTheOwnerOfTheWords() {
        let quotes = attributions("""
            “我先走了。”说完，周文斌转身离开了。
            “群众满意不满意，是我们工作的标准。”县委书记陈志远的话掷地有声。
            「我明天再來。」說罷，林秀雲關上了門。
            “你们先吃吧。”说着李秋芳转身走了。
            """)
        // With no comma after 说着 too: the subject right after the words opens the clause.
        XCTAssertEqual(quotes.map(\.speaker), ["周文斌", "陈志远", "林秀雲", "李秋芳"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.said-done", "zh.after.possessive", "zh.after.said-done", "zh.after.said-done"])
    }

    func testTheIssuerOfAStatementSpeaksThroughIt() {
        // X发表声明说: the statement is no speaker of its own (《…》指出 would be); its issuer is.
        let quotes = attributions("""
            海岸县政府发表声明说，“我们对此表示关切”。
            該公司發布公告稱：「我們將全力配合調查。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["海岸县政府", "該公司"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.published", "zh.before.published"])
    }

    func testAClauseOfTheSpeakersOnALineOfItsOwnIsAQuotation() {
        // A text written a line per clause: a quoted clause lines after 林美說，is hers, and a quotation, while a short
        // quoted name in the same place stays a term.
        let texts = [
            "林美說，\n有些晚上全家人一起，\n祖母彈鋼琴，\n爸爸就唱歌，\n「但是他唱得不好」。",
            "周丽说，\n有些晚上全家人一起，\n奶奶弹钢琴，\n爸爸就唱歌，\n“但是他唱得不好”。",
        ]
        for text in texts {
            let quotes = attributions(text)
            XCTAssertEqual(quotes.map(\.kind), [.quotation], text)
            XCTAssertEqual(quotes.map(\.rule), ["zh.partial.reported"], text)
        }
        XCTAssertEqual(attributions(texts.joined(separator: "\n")).map(\.speaker), ["林美", "周丽"])
        let term = attributions("王醫師說，\n這種病，\n在當時常被看作一種「神經衰弱」。")
        XCTAssertEqual(term.map(\.kind), [.term])
        XCTAssertEqual(term.map(\.speaker), [nil])
    }

    func testATwoCharacterForeignNameUpgradesAQuotedClause() {
        // 瑪雅 is parsed bare (two characters, no surname), but every character is a transliteration one: a foreign name.
        // A common word opening the clause (一种…主张) upgrades nothing.
        let texts = [
            "瑪雅說，\n有些晚上全家人一起，\n祖母彈鋼琴，\n爸爸就唱歌，\n「但是他唱得不好」。",
            "玛雅说，\n有些晚上全家人一起，\n奶奶弹钢琴，\n爸爸就唱歌，\n“但是他唱得不好”。",
        ]
        XCTAssertEqual(attributions(texts.joined(separator: "\n")).map(\.speaker), ["瑪雅", "玛雅"])
        let common = attributions("一种主张，这些地方应当“关外期”。")
        XCTAssertEqual(common.map(\.kind), [.term])
        XCTAssertEqual(common.map(\.speaker), [nil])
    }

    func testASpeakerNamedWithACueSettlesThePatternPhase() {
        // 张明教授说：names the speaker with a cue; no later rule is tried for a second opinion (a bare given name, which
        // is a guess, still gets one).
        let text = "张明教授说：“今天的会议很重要。”张明教授说：“明天再谈。”"
        let extractor = QuoteExtractor()
        var analysis = extractor.prepare(Document(text: text))
        let traces = extractor.attribute(&analysis, explain: true)
        XCTAssertEqual(traces.count, 2)
        for trace in traces {
            XCTAssertEqual(trace.steps.last?.rule, "zh.before.colon")
            XCTAssertEqual(trace.steps.last?.fired, true)
            XCTAssertEqual(trace.steps.filter(\.fired).count, 1)
        }
        XCTAssertEqual(analysis.quotes.map { $0.speaker?.name }, ["张明", "张明"])
        XCTAssertTrue(AttributionEngine.settles(SpeakerCandidate(rule: 0, phrase: nil, mention: SpeakerPhrase(form: .pronoun, range: 0..<1,
                                                                                                              mention: "他", name: "他"),
                                                                 key: nil, cue: "说", resolution: .explicit)))
        XCTAssertFalse(AttributionEngine.settles(SpeakerCandidate(rule: 0, phrase: nil, mention: SpeakerPhrase(form: .bare, range: 0..<2,
                                                                                                               mention: "青山", name: "青山"),
                                                                  key: nil, cue: "说", resolution: .explicit)))
    }

    func testANewspaperOrStationIsAnOrganisationThatSpeaks() {
        // Newspapers end in 日报, 时报, 晚报… whose 日 and 时 a person's name never holds; a report may say 报道说.
        let text = """
            晨光日报说：“这是一个好开端。”
            北方時報指出：「這是一個好開端。」
            美联社报道说：“这是一个好开端。”
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["晨光日报", "北方時報", "美联社"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation, .quotation])
        // A cue and 称 or 说 after it are one cue (回应称, 報導說): the speaker ends before both.
        let cues = AttributionFixture.extract("对此，发言人陈刚回应称：“立场是一贯的。”北方時報報導說：「這是好開端。」赵教授在论坛上发言：“创新是关键。”").quotes
        XCTAssertEqual(cues.map { $0.speaker?.name }, ["陈刚", "北方時報", "赵教授"])
        XCTAssertEqual(cues.map(\.cue), ["回应称", "報導說", "发言"])
    }

    func testAGroupOrRoleNounAloneIsTheSpeaker() {
        // 专家, 网友, 医生, 母亲: common nouns that are never names, but people; 会上 and 对此 stay nobody.
        let text = """
            专家认为，“这一政策将带动消费增长”。
            網友說：「這裡很美。」
            医生说：“要多休息。”
            会上说：“要多休息。”
            母親說：「快吃飯吧。」
            有网友评论：“这才是真正的服务。”
            多位专家表示，“改革已进入深水区”。
            有位學者說：「這很重要。」
            """
        // Named without the words that count them (有, 多位: 一位老人 is 老人).
        XCTAssertEqual(attributions(text).map(\.speaker), ["专家", "網友", "医生", nil, "母親", "网友", "专家", "學者"])
    }

    func testACueWithAColonAfterAQuoteIntroducesTheNextOne() {
        // “你好。”青山说：“我也好。”: 青山 says the second quote (a bare given name after a quotation that ends its
        // sentence opens a new one), not the first, which no rule reaches over the colon.
        let texts = ["少华走进来。\n“你好。”青山说：“我也好。”", "少华走進來。\n「你好。」青山說：「我也好。」"]
        for text in texts {
            let quotes = attributions(text)
            XCTAssertEqual(quotes.map(\.speaker), [nil, "青山"], text)
            XCTAssertEqual(quotes.last?.rule, "zh.before.colon", text)
        }
    }

    func testASentenceWithACopulaNamesItsSubjectForALaterPronoun() {
        // 王芳是村里的妇女主任 says something of 王芳; it describes no person 王芳是村里的妇女.
        let text = "王芳是村里的妇女主任。她告诉记者：“现在大家的日子越过越好。”\n林秀是鎮上的老師。她說：「孩子們都很用功。」"
        XCTAssertEqual(attributions(text).map(\.speaker), ["王芳", "林秀"])
    }

    func testASurnameWithAnotherTitleIsNotTheFullNameBefore() {
        // 王教授 is the 王立新教授 named before; 李教授 is not the mayor 李建华.
        let text = "王立新教授出席了会议。王教授说：“这项研究很重要。”\n市长李建华出席了开幕式。正如李教授所言：“教育是国家的根本。”"
        XCTAssertEqual(attributions(text).map(\.speaker), ["王立新", "李教授"])
    }
}
