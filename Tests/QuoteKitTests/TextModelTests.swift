import XCTest
@testable import QuoteKit

final class TextModelTests: XCTestCase {
    func testOffsetsAgreeAcrossUnitsWithAstralCharacters() throws {
        let text = try TestSupport.fixtureText("scanner/crlf-astral.txt")
        let document = Document(text: text)
        let scalars = Array(text.unicodeScalars)
        for offset in [0, 1, 5, 17, 18, 21, 24, 25, scalars.count] {
            let position = document.position(offset)
            let prefix = String(String.UnicodeScalarView(scalars[0..<offset]))
            XCTAssertEqual(position.scalar, offset)
            XCTAssertEqual(position.utf16, prefix.utf16.count, "UTF-16 at \(offset)")
            XCTAssertEqual(position.utf8, prefix.utf8.count, "UTF-8 at \(offset)")
        }
    }

    func testQuoteOffsetsSliceTheSameTextInEveryUnit() throws {
        let text = try TestSupport.fixtureText("scanner/crlf-astral.txt")
        let result = TestSupport.extract(text)
        XCTAssertEqual(result.quotes.map(\.text), ["你好。", "𠮷野家", "😀表情"])
        let utf16 = Array(text.utf16)
        let utf8 = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        for quote in result.quotes {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[quote.start..<quote.end])), quote.text)
            XCTAssertEqual(String(decoding: utf16[quote.utf16[0]..<quote.utf16[1]], as: UTF16.self), quote.text)
            XCTAssertEqual(String(decoding: utf8[quote.utf8[0]..<quote.utf8[1]], as: UTF8.self), quote.text)
        }
        // 𠮷 is one scalar but two UTF-16 units and four UTF-8 bytes.
        let kichi = result.quotes[1]
        XCTAssertEqual(kichi.end - kichi.start, 3)
        XCTAssertEqual(kichi.utf16[1] - kichi.utf16[0], 4)
        XCTAssertEqual(kichi.utf8[1] - kichi.utf8[0], 10)
    }

    func testLinesAndColumnsWithCRLF() throws {
        let text = try TestSupport.fixtureText("scanner/crlf-astral.txt")
        let result = TestSupport.extract(text)
        XCTAssertEqual(result.quotes.map(\.line), [1, 2, 2])
        XCTAssertEqual(result.quotes[0].column, 7)
        XCTAssertEqual(result.quotes[1].column, 7)
        XCTAssertEqual(Document(text: text).paragraphs.count, 2)
    }

    func testParagraphStyleDetection() {
        let news = "第一段。\n第二段，很长的一段。\n第三段。\n"
        XCTAssertEqual(Document(text: news).paragraphStyle, .line)
        XCTAssertEqual(Document(text: news).paragraphs.count, 3)
        let wrapped = "It was a bright cold day in April, and the clocks\nwere striking thirteen.\n\nWinston hurried in,\nquickly.\n\nThe hallway smelt.\n"
        let document = Document(text: wrapped)
        XCTAssertEqual(document.paragraphStyle, .blankLine)
        XCTAssertEqual(document.paragraphs.count, 3)
        XCTAssertEqual(document.string(document.paragraphs[1].range), "Winston hurried in,\nquickly.")
    }

    func testParagraphIndexLookup() {
        let document = Document(text: "一\n\n二二\n三", paragraphStyle: .line)
        XCTAssertEqual(document.paragraphIndex(containing: 0), 0)
        XCTAssertEqual(document.paragraphIndex(containing: 3), 1)
        XCTAssertEqual(document.paragraphIndex(containing: 6), 2)
        XCTAssertNil(document.paragraphIndex(containing: 99))
    }

    func testSentenceRangesComeFromICU() {
        let result = TestSupport.extract("第一句。他说：“第二句。”第三句。")
        XCTAssertEqual(result.quotes.count, 1)
        XCTAssertEqual(result.quotes[0].sentence, [4, 13])
    }
}
