import XCTest
@testable import QuoteKit

/// Quotes inside quotes: the words a speaker quotes someone as saying. The person is read inside the outer words (a
/// name, a role, 我 for the outer speaker, 他 for someone else), and a cue there makes a short inner quote a quotation.
/// Names and sentences invented.
final class NestedQuoteAttributionTests: XCTestCase {
    func testANameInsideTheOuterWordsSpeaksTheInnerQuote() {
        let text = "王立新厂长上月来到车间。工人张明说：“王厂长对我们说‘机器要按时保养’，大家都记着。”"
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["张明", "王立新"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
        XCTAssertEqual(quotes.last?.cue, "说")
        XCTAssertEqual(quotes.last?.speaker?.mention, "王厂长")
    }

    func testTheFirstPersonInsideTheOuterWordsIsTheOuterSpeaker() {
        XCTAssertEqual(AttributionFixture.speakers("李秋芳笑着说：“我心里想‘这块地还能种’。”"), ["李秋芳", "李秋芳"])
        XCTAssertEqual(AttributionFixture.speakers("林秀芬說：「我跟自己說『再撐一下』。」"), ["林秀芬", "林秀芬"])
    }

    func testAPronounInsideTheOuterWordsIsSomeoneElseThanTheOuterSpeaker() {
        let text = "王立新在河边种了三十年菜。李大山回忆：“那年发大水，他说‘菜园子明年还要种’。”"
        XCTAssertEqual(AttributionFixture.speakers(text), ["李大山", "王立新"])
    }

    func testWithoutAnOuterSpeakerAPronounNamesNoOne() {
        let quotes = AttributionFixture.extract("“他说‘明天再来’。”").quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, [nil, nil])
    }

    func testACueInsideTheOuterWordsMakesAShortInnerQuoteAQuotation() {
        let quotes = AttributionFixture.extract("李大山说：“厂方经常说‘安全第一’，可工人没有时间培训。”").quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["李大山", "厂方"])
        XCTAssertEqual(quotes.last?.kind, .quotation)
    }

    func testTheNearestCueInsideEnglishWordsIntroducesTheInnerQuote() {
        // "I said to him" introduces the first inner quote (the outer speaker); "he said" the second, who is not she.
        let text = "\"I said to him, 'The bridge is closed,' and he said, 'Then we will swim,'\" Dr. Ada Lane recalled."
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane", "Ada Lane", nil])
    }

    func testAnExplanationNamesTheRuleThatFiredInsideTheOuterQuote() throws {
        let (_, traces) = QuoteExtractor().extractExplained(Document(text: "林秀芬說：「我跟自己說『再撐一下』。」", source: "test"))
        let inner = try XCTUnwrap(traces.first { $0.quote == "q2" })
        XCTAssertTrue(inner.steps.contains { $0.fired && $0.detail.contains("inside the outer quote") })
    }

    func testTheCandidatesOfQuotesAfterANestedOneAreTheirOwn() throws {
        // The nested phase adds a trace for the inner quote after ranking: the traces after it must still show their
        // own quote's candidates, each chosen one the speaker the quote was given.
        let text = """
            李大山说：“厂长常说‘安全第一’，我们都记着。”
            “今年的订单多了一倍。”王立新说。
            林秀芬摇摇头：“人手还是不够。”
            """
        let (result, traces) = QuoteExtractor().extractExplained(Document(text: text, source: "test"))
        let attributed = result.quotes.filter { $0.depth == 0 && $0.speaker != nil }
        XCTAssertEqual(attributed.map { $0.speaker?.name }, ["李大山", "王立新", "林秀芬"])
        for quote in attributed {
            let trace = try XCTUnwrap(traces.first { $0.quote == quote.id })
            XCTAssertEqual(trace.candidates.first { $0.chosen }?.speaker, quote.speaker?.name, quote.id)
        }
    }
}
