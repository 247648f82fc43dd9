import XCTest
@testable import QuoteKit

/// The most quotes one document may yield (issue 21: a document of only bare quotes under the 64 MiB input
/// limit peaked at 1.28 GB), and the attribution fields kept out of line to make each quote smaller.
final class QuoteLimitTests: XCTestCase {
    func extractor(maxQuotes: Int) -> QuoteExtractor {
        var configuration = QuoteExtractor.Configuration()
        configuration.maxQuotes = maxQuotes
        return QuoteExtractor(configuration: configuration)
    }

    func testADocumentAtTheLimitIsExtracted() throws {
        let document = Document(text: String(repeating: "“好。”", count: 10), source: "ten.txt")
        let result = try extractor(maxQuotes: 10).extractWithinLimit(document)
        XCTAssertEqual(result.quotes.count, 10)
        XCTAssertFalse(result.diagnostics.contains { $0.rule == QuoteExtractor.tooManyQuotesRule })
    }

    func testADocumentOverTheLimitYieldsNoQuotesAndAnError() {
        let document = Document(text: "张明说：" + String(repeating: "“好。”\n", count: 11), source: "eleven.txt")
        let limited = extractor(maxQuotes: 10)
        let result = limited.extract(document)
        XCTAssertTrue(result.quotes.isEmpty)
        XCTAssertTrue(result.works.isEmpty)
        let refusal = result.diagnostics.filter { $0.rule == QuoteExtractor.tooManyQuotesRule }
        XCTAssertEqual(refusal.count, 1)
        XCTAssertEqual(refusal.first?.severity, .error)
        XCTAssertThrowsError(try limited.extractWithinLimit(document)) { error in
            let inputError = error as? InputError
            XCTAssertEqual(inputError?.reason, .tooManyQuotes(limit: 10))
            XCTAssertEqual(inputError?.description,
                           "eleven.txt: the document holds more than 10 quotations; one document may hold at most 10 "
                           + "(time and memory grow with its quotes); split it into several files or JSON Lines records, "
                           + "or raise the limit (the CLI's --max-quotes)")
        }
    }

    func testTheScannerStopsSoonAfterItsLimit() {
        var scanner = QuoteScanner()
        scanner.maxQuotes = 100
        let result = scanner.scan(Document(text: String(repeating: "“好。”", count: 100_000)))
        XCTAssertTrue(result.exceededQuoteLimit)
        XCTAssertLessThanOrEqual(result.quotes.count, 101)
        XCTAssertFalse(QuoteScanner().scan(Document(text: String(repeating: "“好。”", count: 1_000))).exceededQuoteLimit)
    }

    func testTheDefaultLimitIsTwoHundredThousandQuotes() {
        XCTAssertEqual(QuoteExtractor.Configuration().maxQuotes, 200_000)
        XCTAssertEqual(QuoteScanner().maxQuotes, .max) // the linter's scans are not limited
    }

    func testAttributionFieldsSetAndClearedCompareByValue() throws {
        let result = QuoteExtractor().extract(text: "张明教授说：“今天的会议很重要。”")
        var quote = try XCTUnwrap(result.quotes.first)
        XCTAssertEqual(quote.speaker?.name, "张明")
        XCTAssertNotNil(quote.rule)
        var cleared = quote
        cleared.speaker = nil
        cleared.cue = nil
        cleared.rule = nil
        cleared.confidence = nil
        XCTAssertNil(cleared.attributionStorage)
        var bare = quote
        bare.attribution = Quote.Attribution()
        XCTAssertEqual(cleared, bare)
        XCTAssertEqual(cleared.hashValue, bare.hashValue)
        // One field set alone keeps the others.
        quote.cue = "道"
        XCTAssertEqual(quote.cue, "道")
        XCTAssertEqual(quote.speaker?.name, "张明")
        let decoded = try JSONDecoder().decode(Quote.self, from: JSONEncoder().encode(quote))
        XCTAssertEqual(decoded, quote)
    }
}
