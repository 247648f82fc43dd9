import Foundation
import XCTest
@testable import QuoteKit

/// The library's Swift-facing conveniences: readers chosen by extension, `URL` forms, offsets as ranges.
final class SwiftAPITests: XCTestCase {
    func testDocumentAtPathPicksTheReaderFromTheExtension() throws {
        for name in ["zh-reading.md", "zh-reading.html", "zh-reading.docx", "en-reading.md"] {
            let path = TestSupport.fixture("input/\(name)").path
            let document = try DocumentReader.document(atPath: path)
            XCTAssertEqual(document.origin?.format, DocumentFormat(path: path), name)
            XCTAssertNotEqual(document.origin?.format, .text, name)
            XCTAssertFalse(document.text.contains("PK\u{3}\u{4}"), name)
        }
        let text = try DocumentReader.document(atPath: TestSupport.fixture("input/zh-reading.txt").path)
        XCTAssertNil(text.origin)
        // Asked for, a format wins over the extension.
        let markdownAsText = try DocumentReader.document(atPath: TestSupport.fixture("input/zh-reading.md").path, format: .text)
        XCTAssertNil(markdownAsText.origin)
    }

    func testURLFormsReadWhatThePathFormsRead() throws {
        let url = TestSupport.fixture("input/zh-reading.docx")
        XCTAssertEqual(try DocumentReader.document(at: url).text, try DocumentReader.document(atPath: url.path).text)
        let aliases = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-aliases-\(UUID().uuidString).csv")
        try "name,aliases,gender\nDr. Ada Lane,Ada|Dr. Lane,female\n".write(to: aliases, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: aliases) }
        XCTAssertEqual(try SpeakerAliases.load(contentsOf: aliases).canonical("Dr. Lane"), "Dr. Ada Lane")
        let titles = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-titles-\(UUID().uuidString).md")
        try "# known titles\n论语\nThe Art of Reading\n".write(to: titles, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: titles) }
        // A titles list is one title a line, whatever its extension (a .md list is not read as Markdown).
        XCTAssertEqual(try WorkLinker.titles(contentsOf: titles), ["论语", "The Art of Reading"])
    }

    func testOffsetsReadAsRanges() throws {
        let result = QuoteExtractor().extract(text: "𝄞张明教授说：“阅读是一种自由。”")
        let quote = try XCTUnwrap(result.quotes.first)
        XCTAssertEqual(quote.scalarRange, quote.start..<quote.end)
        XCTAssertEqual(quote.utf16Range, quote.utf16[0]..<quote.utf16[1])
        XCTAssertEqual(quote.utf8Range, quote.utf8[0]..<quote.utf8[1])
        XCTAssertEqual(quote.sentenceRange, quote.sentence[0]..<quote.sentence[1])
        // The ranges index the text in their own units.
        let text = "𝄞张明教授说：“阅读是一种自由。”"
        let utf16 = Array(text.utf16)[quote.utf16Range]
        XCTAssertEqual(String(decoding: utf16, as: UTF16.self), "阅读是一种自由。")
        let utf8 = Array(text.utf8)[quote.utf8Range]
        XCTAssertEqual(String(decoding: utf8, as: UTF8.self), "阅读是一种自由。")
        var moved = quote
        moved.utf16Range = 1..<3
        XCTAssertEqual(moved.utf16, [1, 3])
    }
}
