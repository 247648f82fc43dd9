import XCTest
import QuoteKitICU

/// Keeps the ICU test target non-empty (SwiftPM refuses an empty target) and checks sentence breaks.
final class TextBreakerSentenceTests: XCTestCase {
    func testChineseSentenceBoundaries() throws {
        let text = Array("今天下雨。明天晴。".utf16)
        let breaker = try TextBreaker(.sentence, locale: "zh")
        XCTAssertEqual(try breaker.boundaries(in: text), [0, 5, 9])
    }
}
