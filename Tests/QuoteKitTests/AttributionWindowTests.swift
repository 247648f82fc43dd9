import XCTest
@testable import QuoteKit

/// A document with very many quotes is attributed in windows of its quotes (issue 21, item 14).
final class AttributionWindowTests: XCTestCase {
    /// Paragraphs of one speaker each, some with a quote nested in the quote.
    let text = (0..<40).map { k in
        let name = ["张明", "李华", "王芳", "赵强"][k % 4]
        return k % 5 == 0 ? "\(name)说：“老师说过“读书要用心”，我记着。”" : "\(name)指出：“第\(k)件事很重要。”"
    }.joined(separator: "\n")

    func testWindowsStartAtTopLevelQuotesAndCoverEveryQuoteOnce() {
        let quotes = QuoteExtractor().prepare(Document(text: text)).quotes
        XCTAssertGreaterThan(quotes.count, 40)
        let windows = AttributionWindows.windows(quotes, size: 7)
        XCTAssertEqual(windows.count, 6)
        XCTAssertEqual(windows.map(\.owned.lowerBound).first, 0)
        XCTAssertEqual(windows.last?.owned.upperBound, quotes.count)
        for (window, next) in zip(windows, windows.dropFirst()) {
            XCTAssertEqual(window.owned.upperBound, next.owned.lowerBound)
        }
        for window in windows {
            XCTAssertEqual(quotes[window.owned.lowerBound].depth, 0)
            XCTAssertEqual(quotes[window.context.lowerBound].depth, 0)
            XCTAssertTrue(window.context.lowerBound <= window.owned.lowerBound && window.owned.upperBound <= window.context.upperBound)
            // A nested quote is never the first quote after the context: its parent is inside.
            if window.context.upperBound < quotes.count { XCTAssertEqual(quotes[window.context.upperBound].depth, 0) }
        }
    }

    func testFewQuotesMakeOneWindow() {
        let quotes = QuoteExtractor().prepare(Document(text: text)).quotes
        XCTAssertEqual(AttributionWindows.windows(quotes), [.init(owned: 0..<quotes.count, context: 0..<quotes.count)])
    }

    func testWindowedAttributionNamesTheSameSpeakers() {
        let extractor = QuoteExtractor()
        var whole = extractor.prepare(Document(text: text))
        var windowed = whole
        let wholeTraces = extractor.attribute(&whole, explain: true)
        let windowedTraces = extractor.attribute(&windowed, explain: true, windowSize: 3)
        XCTAssertEqual(whole.quotes.map { $0.speaker?.name }, windowed.quotes.map { $0.speaker?.name })
        XCTAssertEqual(whole.quotes.map(\.rule), windowed.quotes.map(\.rule))
        XCTAssertEqual(whole.quotes.map(\.cue), windowed.quotes.map(\.cue))
        // Forty speakers of the paragraphs, and 老师 for each of the eight nested quotes.
        XCTAssertEqual(whole.quotes.compactMap { $0.speaker?.name }.count, 48)
        XCTAssertEqual(whole.quotes.filter { $0.depth == 1 }.map { $0.speaker?.name }, Array(repeating: "老师", count: 8))
        // The same traces, in text order, either way.
        XCTAssertEqual(wholeTraces.map(\.quote), windowedTraces.map(\.quote))
    }

    /// Windows attributed several at a time (the CLI's `--jobs`) give exactly the quotes of windows attributed in turn.
    func testWindowsAttributedAtOnceGiveTheSameQuotes() {
        var configuration = QuoteExtractor.Configuration()
        configuration.windowJobs = 3
        let concurrent = QuoteExtractor(configuration: configuration)
        let sequential = QuoteExtractor()
        var one = sequential.prepare(Document(text: text))
        var several = one
        _ = sequential.attribute(&one, explain: false, windowSize: 3)
        _ = concurrent.attribute(&several, explain: false, windowSize: 3)
        XCTAssertEqual(one.quotes, several.quotes)
        XCTAssertEqual(several.quotes.compactMap { $0.speaker?.name }.count, 48)
    }

    /// Far into a long document a window's quotes start well after the document's first: a nested quote finds the quote
    /// around it among the window's own (the scanner's parent index counts the whole document's quotes).
    func testNestedQuotesFarIntoALongDocumentAreAttributedInTheirWindow() {
        let long = (0..<400).map { k in
            k % 5 == 0 ? "张明说：“老师说过“读书要用心”，我记着。”" : "李华指出：“第\(k)件事很重要。”"
        }.joined(separator: "\n")
        let extractor = QuoteExtractor()
        var whole = extractor.prepare(Document(text: long))
        var windowed = whole
        _ = extractor.attribute(&whole, explain: false)
        _ = extractor.attribute(&windowed, explain: false, windowSize: 50)
        XCTAssertEqual(windowed.quotes.map { $0.speaker?.name }, whole.quotes.map { $0.speaker?.name })
        XCTAssertEqual(windowed.quotes.filter { $0.depth == 1 }.map { $0.speaker?.name }, Array(repeating: "老师", count: 80))
    }
}
