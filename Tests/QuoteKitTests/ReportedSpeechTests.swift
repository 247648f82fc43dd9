import XCTest
@testable import QuoteKit

/// Partial quotes inside Chinese reported speech (X表示，……是“…”): the governing subject is the speaker, in
/// simplified and traditional script; a term that modifies what follows, and a byline, stay terms.
final class ReportedSpeechTests: XCTestCase {
    func testPartialQuotesInReportedSpeechAreTheSubjectsWords() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("zh-reported.txt")).quotes
        XCTAssertEqual(quotes.count, 12)
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
}

/// English news reports speech in the present tense and with auxiliaries and time words before the cue
/// (argues, will say, later accused); a short partial quote in such a sentence is the subject's words.
final class EnglishReportedSpeechTests: XCTestCase {
    func testAuxiliariesTimeWordsAndPresentTenseCues() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("en-reported.txt")).quotes
        XCTAssertEqual(quotes.map(\.text), ["reckless spending", "a gamble worth taking", "patient for too long"])
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane", "Tom Reed", "Nora Quinn"])
        XCTAssertEqual(quotes.map(\.cue), ["accused", "argues", "say"])
        for quote in quotes {
            XCTAssertEqual(quote.kind, .quotation, quote.text)
            XCTAssertEqual(quote.rule, "en.partial.reported", quote.text)
        }
    }
}
