import XCTest
@testable import QuoteKit

/// Chinese features, which describe a person in a sentence of narrative and then give their words as a sentence of its
/// own, with no cue. Simplified and traditional script.
final class ChineseFeatureAttributionTests: XCTestCase {
    private func attributions(_ text: String) -> [(speaker: String?, rule: String?, kind: QuoteKind)] {
        AttributionFixture.attributions(text)
    }

    func testAQuoteAfterASentenceDescribingANamedPersonIsTheirs() {
        let quotes = attributions("""
            去年秋天，李大山背着画板走遍了青山县的村子，画了三百多张速写。“每到一个村子，我先找老房子画。”后来他办了一次画展。
            七十歲的林秀芬退休後學起了書法，每天清晨都在公園練字。「寫字讓我心裡安靜。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["李大山", "林秀芬"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.mention"])
    }

    func testATermInTheSentenceBeforeLeavesItsSubjectTheSpeaker() {
        // “银带子” is a term, nobody's words: the sentence still describes 李大山, whose words the quote after it gives.
        let quotes = attributions("后来，李大山发现家门口的小河越来越浑，当年的“银带子”早已不见。“我想让孩子们再看到清水。”")
        XCTAssertEqual(quotes.map(\.kind), [.term, .quotation])
        XCTAssertEqual(quotes.map(\.speaker), [nil, "李大山"])
    }

    func testTheSentenceBeforeMustNameAPersonNotTheReporter() {
        let quotes = attributions("""
            本报记者 王立新 在东海县采访时，看到路边种满了桃树。“这些树是十年前种的。”
            工作人员把材料整理好，送到了会议室。“这些材料明天就要用。”
            """)
        // The reporter of a byline and an unnamed role are not the ones a feature quotes without a cue.
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil])
    }

    func testAQuoteEndingASentenceWithNoSubjectOfItsOwnIsTheTopicsOfTheSentenceBefore() {
        // The quote's sentence goes on with no subject (a time, a change, a frost): it is still about 林大山 and
        // 王秀英, whom the sentence before names.
        let quotes = attributions("""
            林大山蹲在菜地边翻看白菜叶。去年秋天换了新菜种，本想多卖些钱，谁知入冬就来了霜冻，“菜苗冻坏了一半，开春还得补种。”
            王秀英把竹篮挂在屋檐下。搬進新樓以後，很少再下樓走動，「以前一開門就有人喊我，現在整天都靜悄悄的。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林大山", "王秀英"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.mention"])
    }

    func testASentenceWithASubjectOfItsOwnKeepsTheTopicFromGoingOn() {
        // The quote's sentence names its own subject, 王立新: he, not 林大山 of the sentence before, is the one meant.
        let quotes = attributions("林大山蹲在菜地边。去年秋天，邻居王立新换了新菜种，“新菜种好卖，可开春只能补种。”")
        XCTAssertEqual(quotes.map(\.speaker), ["王立新"])
    }

    func testADescribedNameOpeningTheSentenceAfterAQuoteSpeaksIt() {
        // No cue: the person the sentence after the quote opens with, described or titled, whole (王志远, not 王志).
        let quotes = attributions("""
            “先跑三圈，再练投篮。”退休教师林大山站在操场边，拍了拍手。
            “镇上的棋摊多，谁下得好大家都知道。”退休后的王志远每天都去河边下棋。
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林大山", "王志远"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.subject", "zh.after.subject"])
    }

    func testAFeatureOpeningOnAPronounNamesItsPersonAfterwards() {
        // No one is named before 他: the pronoun is the person the next paragraph names with 叫.
        let text = """
            码头上的清晨
            他背着渔具走下台阶，把小船推进水里：“今天风小，能走远一点。”他回头说。
            他叫王立新，在这片海上打了十年鱼。
            """
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新"])
        // With no name given after it, the pronoun stays unresolved.
        XCTAssertEqual(AttributionFixture.speakers("她提着菜篮走进院子：“今天的豆腐是新做的。”她说。她今年六十岁。"), [nil])
    }

    func testALedeQuoteIsThePersonAnEarlyClauseOfTheNextSentenceNames() {
        // A feature opens on someone's words, then sets the scene: a time, a clause or two, and the person, described.
        // A sound that opens a scene names no one.
        let market = attributions("“这批菜今天早上刚摘，保证新鲜。”周六上午，集市开张不到十分钟，卖了二十年菜的王立新已经忙得满头大汗。")
        XCTAssertEqual(market.map(\.speaker), ["王立新"])
        XCTAssertEqual(market.map(\.rule), ["zh.mention"])
        let lake = attributions("「今年的荷花開得特別早。」清晨五點，公園湖邊已經有人架起相機，拍了十年荷花的林秀芬也早早到了。")
        XCTAssertEqual(lake.map(\.speaker), ["林秀芬"])
        XCTAssertEqual(attributions("“铃、铃……”闹钟划破了清晨的安静。").map(\.speaker), [nil])
    }

    func testAPersonAFeatureQuotesWithoutACueIsProposedForItsLaterQuotes() {
        // 林秀芬 speaks the first quote with no cue (the mention sieve's full name): the later quote, with no subject near
        // it, is weighed for her as for a person named with a cue.
        let simplified = """
            兽医林秀芬每天开车跑遍镇上的养殖场。林秀芬蹲下来看了看一只小羊，“这只羊有点发烧，要先隔离。”
            台风过后，很多鸡舍都停了电，只能靠发电机维持。“停电几天，鸡就容易生病。”
            """
        XCTAssertEqual(attributions(simplified).map(\.speaker), ["林秀芬", "林秀芬"])
        let traditional = """
            獸醫林秀芬每天開車跑遍鎮上的養殖場。林秀芬蹲下來看了看一隻小羊，「這隻羊有點發燒，要先隔離。」
            颱風過後，很多雞舍都停了電，只能靠發電機維持。「停電幾天，雞就容易生病。」
            """
        XCTAssertEqual(attributions(traditional).map(\.speaker), ["林秀芬", "林秀芬"])
    }

    func testASentenceWithNoSubjectCarriesTheTopicOnToTheQuoteAfterIt() {
        // The sentence between names nobody (the rain, the work): the quote is still the words of the one before it.
        let quotes = attributions("""
            林大山翻开账本。今年雨水多，草莓减产了三成。“今年只能少赚点了。”
            林秀芬原先在城裡上班，後來回鄉種茶。每天清晨上山採茶，傍晚再炒茶。「做茶比上班累，可是心裡踏實。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林大山", "林秀芬"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.mention"])
    }

    func testAQuoteWhoseSentenceNamesANewSubjectIsNotTheEarlierSpeakers() {
        // 林大山则说 opens the quote's sentence: the words after its colon are his, not 王立新's of the quote before.
        let quotes = attributions("王立新说：“今年的比赛办得很好。”林大山则说，每次看到孩子们进步，就是最大的收获：“教球已经是我的习惯了。”")
        XCTAssertEqual(quotes.map(\.speaker), ["王立新", "林大山"])
    }

    func testAnExclamationMarkOutsideTheQuoteStillLeadsToTheSpeakerAfterIt() {
        let quotes = attributions("林秀芬跟着父亲学了十年木工。“木工太难学”！她说，那几年手上全是伤。“这是真的吗”？王立新问道。")
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.map(\.speaker), ["林秀芬", "王立新"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.direct.exclaimed", "zh.after.direct.exclaimed"])
    }
}
