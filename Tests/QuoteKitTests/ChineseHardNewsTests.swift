import XCTest
@testable import QuoteKit

/// Chinese hard news: datelines and their credits, dates in brackets, the reporter's clause, names in Latin letters,
/// roles that speak, histories' writers, headlines with a speaker and a colon, long sentences of reported speech and
/// the pronoun of a feature. Invented names and sentences.
final class ChineseHardNewsTests: XCTestCase {
    private func speakers(_ text: String) -> [String?] { AttributionFixture.speakers(text) }

    func testTheReportersADatelineNamesInBracketsAreNoSpeakers() {
        // The quote that opens the report is the words of the one the sentence after it describes.
        XCTAssertEqual(speakers("新华社青山7月31日电（记者王立新、陈明）“新校舍建好了，孩子们不用再走山路。”31日上午，站在操场边的村民李大山笑了。"),
                       ["李大山"])
        // With no one described, nobody: not the reporter in the brackets.
        XCTAssertEqual(speakers("本报讯（记者林秀芬）“今年的桃子卖得特别好。”"), [nil])
    }

    func testADateInBracketsStandsBetweenTheSpeakerAndTheCue() {
        AttributionFixture.assertOnly("區議員王立新（11日）表示，船票加價後，島上居民只能「咬緊牙關」。", speaker: "王立新",
                                      rule: "zh.partial.reported", kind: .quotation)
        AttributionFixture.assertOnly("「方案還要再談。」區議員王立新（11日）表示。", speaker: "王立新", rule: "zh.after.direct")
        // And before the place where the speaker spoke, which is no speaker of its own.
        AttributionFixture.assertOnly("区议员王立新今早（11日）在电台节目表示，船票加价后，岛上居民只能“咬紧牙关”。", speaker: "王立新",
                                      rule: "zh.partial.reported", kind: .quotation)
    }

    func testTheReportersClauseWithATitleInItNamesNoOne() {
        // 委员 is whom the reporter went to see, not a person the clause describes: 她 has no antecedent here.
        AttributionFixture.assertOnly("记者来到委员家中，书架上摆满了标本。她说：“下个月就能出版。”", speaker: nil, rule: "zh.before.colon")
    }

    func testALatinWordIsNotCutOutOfALongerName() {
        // Blue of Blue-sky is no name: the body's name goes on past it.
        let quote = AttributionFixture.only("展台前人头攒动。“我们的茶叶今年第一次出口。”青山茶叶企业Blue-sky首席执行官卡尔森在接受采访时表示，下一站是欧洲。")
        XCTAssertNotEqual(quote?.speaker?.name, "Blue")
        // A name in Latin letters that ends where its word does still speaks.
        AttributionFixture.assertOnly("歌手Ada Lane表示：“这首歌写给家乡。”", speaker: "Ada Lane")
    }

    func testALatinNameSpacedFromItsTitleIsWholeAfterIt() {
        // Mainland news spaces Latin words from the ideographs around them: the name is both words, not the first.
        AttributionFixture.assertOnly("首席执行官 Tim Brown表示：“订单排到了明年。”", speaker: "Tim Brown")
        AttributionFixture.assertOnly("“订单排到了明年。”首席执行官 Tim Brown 说。", speaker: "Tim Brown")
    }

    func testARoleThatHasSpokenIsTheAntecedentOfAPronoun() {
        // 原告 has spoken already: the 她 after the sentence it opens is the plaintiff, not the last one who spoke.
        XCTAssertEqual(speakers("原告认为：“合同早就到期了。”被告承认：“他签了字。”原告认为，口头约定不能代替合同。她说，账目上有多笔转账，“不能说每一笔都是借款。”"),
                       ["原告", "被告", "原告"])
    }

    func testAFeaturesQuoteAfterASentenceOpenedByAPronounIsTheOnesItStandsFor() {
        XCTAssertEqual(speakers("傍晚六点，李大山已经在田边转了一圈。他蹲在田埂上，一株株查看刚插下的秧苗。“再过半个月就能分蘖了。”天色渐渐暗了下来。"),
                       ["李大山"])
        XCTAssertEqual(speakers("清晨六點，林秀芬已經在市場擺好攤位。她一邊整理菜葉，一邊招呼熟客。「今年雨水多，菜價漲了不少。」"), ["林秀芬"])
    }

    func testAReportersCreditInBracketsAfterTheWordsIsNoSpeaker() {
        XCTAssertEqual(speakers("“明年还要扩大种植。”（记者王立新）"), [nil])
        // A source's name in brackets still signs the words.
        AttributionFixture.assertOnly("“学而不思则罔。”（孔子）", speaker: "孔子", rule: "zh.after.bracket")
    }

    func testAnAgeOfHistoryBeforeAWriterIsNoPartOfTheName() {
        AttributionFixture.assertOnly("唐代杜甫在《春望》中写道：“国破山河在，城春草木深。”", speaker: "杜甫")
        AttributionFixture.assertOnly("宋代苏轼在《题西林壁》中写道“不识庐山真面目，只缘身在此山中”，说明了立足点的重要。", speaker: "苏轼")
    }

    func testALineOpenedByASpeakerAndAColonGivesThemAPartialQuoteAfterIt() {
        // A headline: the short quote after the colon is the words of the one named before it.
        let quotes = AttributionFixture.attributions("青山市長王立新：改革方案「三年見效」\n\n青山市長王立新今（13日）表示，改革會按計畫推進。")
        XCTAssertEqual(quotes.map(\.speaker), ["王立新"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation])
        XCTAssertEqual(quotes.map(\.rule), ["zh.headline.colon"])
        // A label and its colon name no one.
        XCTAssertEqual(AttributionFixture.attributions("地址：青山路「綠園」大廈三樓").map(\.kind), [.term])
    }

    func testAQuoteEndingALongSentenceOfReportedSpeechIsItsSubjectsWords() {
        // More than eighty characters between the cue and the quote, which is a clause of its own.
        let text = "局長王立新強調，今年的工作除了修好三座水庫、清理河道，也要把山區的自來水管線全部換新，並完成青山計畫的五項任務，"
            + "特別感謝局裡同仁連續加班，以及各鄉鎮的配合，讓工程能在雨季前完成大部分，「明年夏天大家就有乾淨的水」。"
        AttributionFixture.assertOnly(text, speaker: "王立新", kind: .quotation)
    }

    func testAWordOfAFamiliarPrefixAndASurnamesCharacterIsNoFamiliarName() {
        // 小麦 is wheat, not Little Mai: the feature's quote is the words of the one it describes.
        XCTAssertEqual(speakers("李大山蹲在田边，一粒粒数着刚割下的小麦穗。“今年每亩能多收一百斤。”"), ["李大山"])
        // 小王 still calls the person by the surname.
        XCTAssertEqual(speakers("李大山等了半小时，终于见到了小王。小王说：“路上堵车了。”"), ["小王"])
    }

    func testAnActionGoingOnAsTheSpeakerTalksStandsBetweenThemAndTheCue() {
        // 拉著她的手 is what the village head does as he speaks: the words are his, not those of the one reporting them.
        AttributionFixture.assertOnly("村民林秀芬說，村長王立新還拉著她的手說「這件事包在我身上」。", speaker: "王立新", rule: "zh.before.direct", cue: "說")
        AttributionFixture.assertOnly("王立新指着地图说“这里要修一座桥”，大家都笑了。", speaker: "王立新", cue: "说")
    }

    func testAVicePresidentsShortTitleIsATitle() {
        // 副總 (and 協理), as Taiwan business news writes them, name the one after them as titles do.
        AttributionFixture.assertOnly("青山紡織首席副總王立新說：「訂單排到了年底。」", speaker: "王立新", rule: "zh.before.colon")
        AttributionFixture.assertOnly("協理林秀芬強調「品質不能打折」。", speaker: "林秀芬", kind: .quotation)
    }
}
