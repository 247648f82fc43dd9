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
        // The quote's sentence goes on with no subject (a time, a change, a drought): it is still about 林大山 and
        // 王秀英, whom the sentence before names.
        let quotes = attributions("""
            林大山捏了捏茶叶，一捏就碎。前几年改种了新茶，原本今年该丰收，没想到遇上大旱，“新茶好种，可今年干成这样，只能重种。”
            王秀英把渔网摊在码头上。今年入秋以后，鱼越来越少，「以前一網就滿，現在一天都撈不到十斤。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林大山", "王秀英"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.mention"])
    }

    func testASentenceWithASubjectOfItsOwnKeepsTheTopicFromGoingOn() {
        // The quote's sentence names its own subject, 王立新: he, not 林大山 of the sentence before, is the one meant.
        let quotes = attributions("林大山捏了捏茶叶。前几年，邻居王立新改种了新茶，“新茶好种，可今年只能重种。”")
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
            回乡前的一夜
            他提着行李箱从楼里走出来，拦下一辆出租车：“前天发了工资，也过一把瘾。”他笑着说。
            他叫王立新，今年二十六岁。
            """
        XCTAssertEqual(AttributionFixture.speakers(text), ["王立新"])
        // With no name given after it, the pronoun stays unresolved.
        XCTAssertEqual(AttributionFixture.speakers("她拖着箱子走进车站：“车票是女儿帮我抢的。”她说。她今年六十岁。"), [nil])
    }
}
