import Foundation
import CSV
import XCTest
@testable import QuoteKit
import QuoteKitCSV

final class ExportTests: XCTestCase {
    private func sampleResult() throws -> ExtractionResult {
        TestSupport.extract(try TestSupport.fixtureText("scanner/multi-paragraph-en.txt") + "\nShe said \"a, \"\"b\"\" c\" and \"x\".\n")
    }

    func testJSONLinesDecodesBackToTheSameQuotes() throws {
        let result = TestSupport.extract(try TestSupport.fixtureText("example-zh.txt"))
        XCTAssertFalse(result.quotes.isEmpty)
        var exporter = JSONLinesExporter()
        let bytes = exporter.write(result)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, result.quotes.count)
        let decoded = try lines.map { try JSONDecoder().decode(Quote.self, from: Data($0.utf8)) }
        XCTAssertEqual(decoded, result.quotes)
    }

    func testJSONLinesSlicesJoinToTheWholeDocument() throws {
        let result = TestSupport.extract(try TestSupport.fixtureText("example-zh.txt"))
        XCTAssertGreaterThan(result.quotes.count, 3)
        var exporter = JSONLinesExporter()
        let whole = exporter.write(result)
        let n = result.quotes.count
        let slices = [0..<2, 2..<2, 2..<(n - 1), (n - 1)..<n].flatMap { exporter.write(result, quotes: $0) }
        XCTAssertEqual(slices, whole)
        var csv = CSVExporter(bom: false)
        XCTAssertEqual(try [0..<2, 2..<n].flatMap { try csv.write(result, quotes: $0) }, try csv.write(result), "the default: a copy per slice")
        let lines = String(decoding: exporter.write(result, quotes: 1..<3), as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(try lines.map { try JSONDecoder().decode(Quote.self, from: Data($0.utf8)) }, Array(result.quotes[1..<3]))
    }

    func testJSONFieldOrderAndNulls() throws {
        let result = TestSupport.extract("他说：“好。”")
        var exporter = JSONLinesExporter()
        let line = String(decoding: exporter.write(result), as: UTF8.self)
        XCTAssertTrue(line.hasPrefix(#"{"id":"q1","source":"test","text":"好。","start":4,"end":6,"utf16":[4,6],"utf8":[12,18],"line":1,"column":5,"open":"“","close":"”","depth":0,"parent":null,"kind":"quotation""#), line)
        for key in ["speaker", "cue", "work", "rule", "confidence", "sentence", "paragraph", "unclosed"] {
            XCTAssertTrue(line.contains("\"\(key)\":"), key)
        }
    }

    func testJSONDocumentObjectAndArray() throws {
        let result = TestSupport.extract("他说：“好。”")
        var single = JSONExporter(array: false)
        let one = single.begin() + single.write(result) + single.end()
        let object = try JSONSerialization.jsonObject(with: Data(one)) as? [String: Any]
        XCTAssertEqual((object?["quotes"] as? [Any])?.count, 1)
        XCTAssertNotNil(object?["diagnostics"])
        XCTAssertNotNil(object?["works"])
        var many = JSONExporter(array: true)
        let two = many.begin() + many.write(result) + many.write(result) + many.end()
        let array = try JSONSerialization.jsonObject(with: Data(two)) as? [[String: Any]]
        XCTAssertEqual(array?.count, 2)
        XCTAssertEqual(try JSONDecoder().decode([ExtractionResult].self, from: Data(two)), [result, result])
    }

    func testJSONEscapesControlCharacters() throws {
        var writer = JSONWriter()
        writer.value("a\"b\\c\nd\u{01}e")
        XCTAssertEqual(writer.string, #""a\"b\\c\nd\u0001e""#)
        XCTAssertEqual(try JSONDecoder().decode(String.self, from: Data(writer.bytes)), "a\"b\\c\nd\u{01}e")
    }

    func testQuoteStringsAndNumbersSurviveEveryEscapeAndLength() throws {
        // The quote writer copies eight bytes at a time until one needs an escape: put quotes,
        // backslashes and control characters at every position of strings of every length.
        let pieces = ["中", "a", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1F}", " ", "é", "😀", "\u{7F}", "/"]
        let numbers = [0, 1, 9, 10, 99, 100, 101, 9_999, 10_000, 12_345_678, 99_999_999, 100_000_000, 1 << 40,
                       Int.max, Int.min, -1, -10, -100_000_007]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<500 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += pieces.randomElement(using: &generator)! }
            // Integers of every length, the extremes and negatives among them.
            let n = { numbers.randomElement(using: &generator)! }
            let quote = Quote(id: "q1", source: text, text: text, start: n(), end: n(), utf16: [n(), n()], utf8: [n(), n()],
                              line: n(), column: n(), open: "“", close: "”", depth: n(), parent: text, kind: .quotation,
                              unclosed: false, sentence: [n(), n()], paragraph: n())
            var writer = JSONWriter()
            quote.write(to: &writer)
            let decoded = try JSONDecoder().decode(Quote.self, from: Data(writer.bytes))
            XCTAssertEqual(decoded, quote)
        }
    }

    func testCSVHasOneRowPerQuoteAndKeepsNewlines() throws {
        let result = try sampleResult()
        var exporter = CSVExporter()
        let bytes = exporter.begin() + (try exporter.write(result)) + exporter.end()
        let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self), hasHeaderRow: true)
        XCTAssertEqual(reader.headerRow, CSVExporter.header)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertEqual(rows.count, result.quotes.count)
        XCTAssertEqual(rows.map { $0.last! }, result.quotes.map(\.text))
        XCTAssertTrue(rows[0].last!.contains("\n"))
    }

    func testCSVByteOrderMark() {
        var exporter = CSVExporter(bom: true)
        XCTAssertEqual(Array(exporter.begin().prefix(3)), [0xEF, 0xBB, 0xBF])
        var plain = CSVExporter()
        XCTAssertEqual(plain.begin().first, UInt8(ascii: "s"))
    }
}
