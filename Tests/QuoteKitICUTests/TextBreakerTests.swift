import QuoteKitICU
import XCTest

final class TextBreakerTests: XCTestCase {
    func testChineseSentencesKeepClosingQuoteWithTheirSentence() throws {
        let text = "他说：“今天下雨。”我们回家吧。你呢？"
        let breaker = try TextBreaker(.sentence)
        let bounds = try breaker.boundaries(in: Array(text.utf16))
        let pieces = zip(bounds, bounds.dropFirst()).map { String(decoding: Array(text.utf16)[$0..<$1], as: UTF16.self) }
        XCTAssertEqual(pieces, ["他说：“今天下雨。”", "我们回家吧。", "你呢？"])
    }

    func testEnglishSentences() throws {
        let text = "Ada Lane smiled. \"Not yet,\" she said. Then she left."
        let breaker = try TextBreaker(.sentence, locale: "en")
        let bounds = try breaker.boundaries(in: Array(text.utf16))
        XCTAssertEqual(bounds.first, 0)
        XCTAssertEqual(bounds.last, text.utf16.count)
        XCTAssertEqual(bounds.count, 4, "three sentences")
    }

    func testWordsSegmentChineseWithDictionary() throws {
        let text = "人工智能发展"
        let breaker = try TextBreaker(.word, locale: "zh")
        var words: [String] = []
        let units = Array(text.utf16)
        try breaker.forEachSegment(in: units) { start, end, _ in
            words.append(String(decoding: units[start..<end], as: UTF16.self))
        }
        XCTAssertGreaterThan(words.count, 1)
        XCTAssertEqual(words.joined(), text)
    }

    func testEmptyTextHasOnlyTheStartBoundary() throws {
        XCTAssertEqual(try TextBreaker(.sentence).boundaries(in: []), [0])
    }

    func testBreakerIsReusable() throws {
        let breaker = try TextBreaker(.sentence)
        for _ in 0..<3 {
            XCTAssertEqual(try breaker.boundaries(in: Array("一。二。".utf16)), [0, 2, 4])
        }
    }
}
