import CSV
import Foundation
import XCTest
@testable import QuoteKit
import QuoteKitCSV

/// CSV cells a spreadsheet would run are neutralised; the HTML page has a strict policy and real languages.
final class SafeOutputTests: XCTestCase {
    func cells(_ bytes: [UInt8]) throws -> [[String]] {
        let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self))
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    func testFormulaCellsGetAnApostropheUnlessRaw() throws {
        let text = "=HYPERLINK(\"http://example.invalid\",\"点击\")说：“@SUM(A1:A9)”，又说：“+1”，“-2”，“\tx”。"
        let result = TestSupport.extract(text)
        XCTAssertGreaterThanOrEqual(result.quotes.count, 3)
        var safe = CSVExporter()
        let rows = try cells(safe.begin() + (try safe.write(result)))
        for row in rows.dropFirst() {
            for cell in row { XCTAssertFalse(["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""), "\(cell)") }
        }
        let texts = rows.dropFirst().map { $0[12] }
        XCTAssertTrue(texts.contains("'@SUM(A1:A9)"), "\(texts)")
        XCTAssertTrue(texts.contains("'+1"), "\(texts)")
        var raw = CSVExporter(neutralizesFormulas: false)
        let rawTexts = try cells(raw.begin() + (try raw.write(result))).dropFirst().map { $0[12] }
        XCTAssertTrue(rawTexts.contains("@SUM(A1:A9)"), "\(rawTexts)")
        XCTAssertEqual(neutralized("张明"), "张明")
        XCTAssertEqual(neutralized("-"), "'-")
        XCTAssertEqual(neutralized(""), "")
    }

    func testCheckCSVHasOneSourceColumn() {
        XCTAssertEqual(CitationReport.csvHeader.filter { $0 == "source" }.count, 1)
        XCTAssertTrue(CitationReport.csvHeader.contains("reference"))
    }

    func testHTMLPageHasAPolicyAndTheDocumentsLanguage() throws {
        var exporter = HTMLExporter()
        let document = Document(text: "Dr. Ada Lane said, \"The results are clear.\"", source: "a.txt")
        let result = QuoteExtractor().extract(document)
        let page = String(decoding: exporter.begin() + exporter.write(result, document: document) + exporter.end(), as: UTF8.self)
        XCTAssertTrue(page.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'"), page)
        XCTAssertTrue(page.contains("<html lang=\"en\">"))
        XCTAssertTrue(page.contains("<article class=\"text\" lang=\"en\">"), page)
        let zh = Document(text: "张明教授说：“今天的会议很重要。”", source: "b.txt")
        var other = HTMLExporter()
        let zhPage = String(decoding: other.begin() + other.write(QuoteExtractor().extract(zh), document: zh), as: UTF8.self)
        XCTAssertTrue(zhPage.contains("<article class=\"text\" lang=\"zh\">"))
        XCTAssertFalse(zhPage.contains("<script"))
    }
}
