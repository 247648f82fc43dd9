import XCTest
@testable import QuoteKit

/// A line of dialogue right after the sentence that named the previous quote's speaker (“…？”⏎周文斌问她。⏎“…”) is a
/// reply: the one who just asked is no guess for it (``SpeakerFeature/spokeJustBefore``). A report that goes on with
/// its speaker after words that asked nothing is none.
final class ReplyTurnTests: XCTestCase {
    private let people = "name,aliases,gender\n周文斌,文斌,male\n林秀云,秀云,female\n"

    private func extract(_ text: String, list: String? = nil) throws -> [Quote] {
        try AttributionFixture.extract(text, characterList: list)
    }

    func testTheOneAskedAnswersOnTheNextLine() throws {
        let text = "秀云挑着水桶从井边回来。\n文斌迎上去。\n“你去哪儿了？”\n文斌问她。\n“井边。”\n"
        let quotes = try extract(text, list: people)
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["周文斌", "林秀云"])
        let traditional = "秀雲挑著水桶從井邊回來。\n文斌迎上去。\n「你去哪兒了？」\n文斌問她。\n「井邊。」\n"
        let listed = "name,aliases,gender\n周文斌,文斌,male\n林秀雲,秀雲,female\n"
        XCTAssertEqual(try extract(traditional, list: listed).map { $0.speaker?.name }, ["周文斌", "林秀雲"])
    }

    func testTheOneWhoseLineEndsWithTheQuestionDoesNotAnswerIt() throws {
        // The sentence that opens the line names the asker and ends with the quote; the next line is the answer.
        let text = "秀云推门进来，说：\n“信送到了！”\n“哦？”\n文斌放下手里的书，“谁收的？”\n“他表哥收的。”\n"
        let quotes = try extract(text, list: people)
        XCTAssertEqual(quotes[2].speaker?.name, "周文斌")
        XCTAssertEqual(quotes[3].speaker?.name, "林秀云")
    }

    func testAPronounThatIntroducesTheAnswerIsNotTheAsker() throws {
        // 他含糊地说 after 文斌问: 他 is the one who answers, and the dialogue alternates from there.
        let list = "name,aliases,gender\n周文斌,文斌,male\n李大山,大山,male\n"
        let text = "大山走进文斌的铺子。\n文斌抬头看了他一眼。\n“你买什么？”\n文斌问。\n“随便看看。”\n他含糊地说。\n“要不要茶？”\n“不用。”\n"
        XCTAssertEqual(try extract(text, list: list).map { $0.speaker?.name }, ["周文斌", "李大山", "周文斌", "李大山"])
    }

    func testTheAskerIsNoGuessWithoutACharacterList() throws {
        let quotes = try extract("林秀云挑着水桶从井边回来。\n周文斌迎上去。\n“你去哪儿了？”\n周文斌问她。\n“井边。”\n")
        XCTAssertEqual(quotes.first?.speaker?.name, "周文斌")
        XCTAssertNotEqual(quotes.last?.speaker?.name, "周文斌")
    }

    func testTheExplanationShowsTheAskerExcluded() throws {
        let text = "林秀云挑着水桶从井边回来。\n周文斌迎上去。\n“你去哪儿了？”\n周文斌问她。\n“井边。”\n"
        let (result, traces) = QuoteExtractor().extractExplained(Document(text: text, source: "story"))
        let reply = try XCTUnwrap(traces.first { $0.quote == result.quotes.last?.id })
        let asker = try XCTUnwrap(reply.candidates.first { $0.speaker == "周文斌" })
        XCTAssertEqual(asker.features["spoke-just-before"], 1)
        XCTAssertFalse(asker.chosen)
    }

    func testNewsGoesOnWithTheSpeakerAfterASentenceTheCueInterrupts() throws {
        let text = "本报讯 张明教授昨天在会上介绍了研究进展。\n“我们会继续研究，”张明教授说。\n“明年还会有新的试验。”\n另据了解，该项目已获批准。\n"
        XCTAssertEqual(try extract(text).map { $0.speaker?.name }, ["张明", "张明"])
    }

    func testAReportGoesOnWithItsSpeakerAfterAsciiCommasAndStatements() throws {
        // Web copies write the comma the cue interrupts in ASCII (“…修好,”王立新告诉记者), and 他说 after words that
        // asked nothing goes on with the one who said them: neither is a reply.
        let text = """
            “我们修的是老城的下水管,一段一段地换。”王立新说。
            “今年要把这条街的管子全部修好,”王立新告诉记者,施工队白天封路时要留出人行道。
            “居民看到的只是几块挡板,但底下的管子比人还老。”他说。
            “再过两个月就完工了。到时候下雨天这里不会再积水。”他说。
            """
        XCTAssertEqual(try extract(text).map { $0.speaker?.name }, ["王立新", "王立新", "王立新", "王立新"])
    }

    func testACueSentenceThatIntroducesTheQuoteStillNamesItsSpeaker() throws {
        let text = "“你去哪儿了？”\n文斌问她。\n“井边。”\n秀云放下水桶。\n文斌想了想，又说：\n“明天我去挑吧。”\n"
        XCTAssertEqual(try extract(text, list: people).last?.speaker?.name, "周文斌")
    }

    func testAHardWrappedLineGoesOnInTheSameParagraph() throws {
        let text = "Nora Vale sat by the fire. Tom Hale came in.\n\n\"I will keep the secret,\" promised Tom Hale.\n\"Who would I tell anyway?\"\n\nNora laughed.\n"
        XCTAssertEqual(try extract(text).map { $0.speaker?.name }, ["Tom Hale", "Tom Hale"])
    }

    func testAnEnglishReplyIsNotTheAsker() throws {
        let text = "Nora Vale came in from the garden.\n\n\"Where have you been?\" asked Tom Hale.\n\n\"Out.\"\n\n\"And now?\"\n\n\"In.\"\n"
        let list = "name,aliases,gender\nTom Hale,Tom,male\nNora Vale,Nora,female\n"
        let quotes = try extract(text, list: list)
        XCTAssertEqual(quotes.first?.speaker?.name, "Tom Hale")
        XCTAssertNotEqual(quotes[1].speaker?.name, "Tom Hale")
    }
}
