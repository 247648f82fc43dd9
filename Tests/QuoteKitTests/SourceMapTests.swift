import XCTest
@testable import QuoteKit

/// The extracted-text → source map: copied runs, decoded entities, inserted breaks, DOCX paragraphs.
final class SourceMapTests: XCTestCase {
    /// Source `a&amp;b</p><p>c` → text `a&b\nc`.
    func makeMap() -> (String, SourceMap) {
        let source = Array("a&amp;b</p><p>c".unicodeScalars)
        var builder = SourceMap.Builder(source: source)
        builder.copy("a", at: 0)
        builder.decoded("&", from: 1..<6)
        builder.copy("b", at: 6)
        builder.insert("\n", for: 7..<14)
        builder.copy("c", at: 14)
        return builder.finish()
    }

    func testOffsetsOfEachPiece() {
        let (text, map) = makeMap()
        XCTAssertEqual(text, "a&b\nc")
        XCTAssertEqual(map.textCount, 5)
        XCTAssertEqual(map.sourceCount, 15)
        XCTAssertEqual(map.sourceStart(of: 0), 0)
        XCTAssertEqual(map.sourceStart(of: 1), 1)
        XCTAssertEqual(map.sourceEnd(of: 1), 6, "a decoded scalar spans its whole entity")
        XCTAssertEqual(map.sourceStart(of: 2), 6)
        XCTAssertEqual(map.sourceStart(of: 3), 7)
        XCTAssertEqual(map.sourceEnd(of: 3), 14)
        XCTAssertEqual(map.sourceStart(of: 4), 14)
        XCTAssertEqual(map.sourceStart(of: 5), 15, "the end of the text maps to the end of the source")
        XCTAssertEqual(map.sourceRange(0..<3), 0..<7)
        XCTAssertEqual(map.sourceRange(4..<5), 14..<15)
    }

    func testInsertionPointsAndEditability() {
        let (_, map) = makeMap()
        // After "b" (a copied scalar): right after it, before </p>.
        XCTAssertEqual(map.sourceRange(3..<3), 7..<7)
        // After the inserted break: before "c", inside the second <p>.
        XCTAssertEqual(map.sourceRange(4..<4), 14..<14)
        XCTAssertTrue(map.isEditable(0..<3))
        XCTAssertTrue(map.isEditable(1..<2), "an entity can be replaced")
        XCTAssertFalse(map.isEditable(2..<4), "a made-up break cannot")
        XCTAssertTrue(map.isEditable(4..<4))
        XCTAssertFalse(map.isEditable(0..<9), "out of range")
    }

    func testCopiedRunsMerge() {
        let source = Array("hello world".unicodeScalars)
        var builder = SourceMap.Builder(source: source)
        for (i, c) in source.enumerated() { builder.copy(c, at: i) }
        let (_, map) = builder.finish()
        XCTAssertEqual(map.textStarts.count, 1, "one segment for a plain copy")
        XCTAssertEqual(map.sourceRange(6..<11), 6..<11)
    }

    func testLineAndColumnInTheSource() {
        let source = Array("ab\ncd\nef".unicodeScalars)
        var builder = SourceMap.Builder(source: source)
        builder.copy("c", at: 3)
        builder.copy("f", at: 7)
        let (_, map) = builder.finish()
        let first = map.location(of: 0..<1)
        XCTAssertEqual(first, SourceLocation(start: 3, end: 4, line: 2, column: 1))
        let second = map.location(of: 1)
        XCTAssertEqual(second.line, 3)
        XCTAssertEqual(second.column, 2)
        XCTAssertNil(second.paragraph)
    }

    func testParagraphLocations() {
        var builder = SourceMap.Builder()
        for (k, paragraph) in ["第一段", "", "第三段：“好”"].enumerated() {
            if k > 0 { builder.scalars.append("\n") }
            builder.beginParagraph()
            builder.scalars.append(contentsOf: paragraph.unicodeScalars)
        }
        let (text, map) = builder.finish()
        XCTAssertEqual(text, "第一段\n\n第三段：“好”")
        XCTAssertFalse(map.hasSourceOffsets)
        XCTAssertEqual(map.location(of: 2), SourceLocation(paragraph: 0, offset: 2))
        XCTAssertEqual(map.location(of: 4), SourceLocation(paragraph: 1, offset: 0))
        XCTAssertEqual(map.location(of: 10..<11), SourceLocation(paragraph: 2, offset: 5))
        XCTAssertFalse(map.isEditable(0..<1), "DOCX text is never rewritten")
    }

    func testLookupIsLogarithmicOverManySegments() {
        // 20,000 alternating copied and decoded pieces; every lookup must agree with a linear walk.
        var source: [Unicode.Scalar] = []
        var expected: [Int] = []
        var builder = SourceMap.Builder()
        for k in 0..<20_000 {
            if k % 2 == 0 {
                expected.append(source.count)
                builder.copy("x", at: source.count)
                source.append("x")
            } else {
                expected.append(source.count)
                builder.decoded("&", from: source.count..<(source.count + 5))
                source.append(contentsOf: "&amp;".unicodeScalars)
            }
        }
        let (_, map) = builder.finish()
        for t in stride(from: 0, to: 20_000, by: 7) { XCTAssertEqual(map.sourceStart(of: t), expected[t]) }
    }

    func testLocationJSONHasOnlyThePresentFields() {
        var writer = JSONWriter()
        writer.value(SourceLocation(paragraph: 3, offset: 7))
        XCTAssertEqual(writer.string, #"{"paragraph":3,"offset":7}"#)
        writer.reset()
        writer.value(SourceLocation(start: 1, end: 4, line: 1, column: 2))
        XCTAssertEqual(writer.string, #"{"start":1,"end":4,"line":1,"column":2}"#)
    }

    func testPlainTextQuotesHaveNoLocation() throws {
        let result = QuoteExtractor().extract(text: "他说：“好。”")
        XCTAssertNil(result.quotes.first?.location)
        var writer = JSONWriter()
        writer.value(result.quotes[0])
        XCTAssertFalse(writer.string.contains("location"), "plain-text output is unchanged")
        let decoded = try JSONDecoder().decode(Quote.self, from: Data(writer.bytes))
        XCTAssertEqual(decoded, result.quotes[0])
    }

    func testFormatFromExtension() {
        XCTAssertEqual(DocumentFormat(path: "a/b.MD"), .markdown)
        XCTAssertEqual(DocumentFormat(path: "page.htm"), .html)
        XCTAssertEqual(DocumentFormat(path: "report.docx"), .docx)
        XCTAssertEqual(DocumentFormat(path: "notes.txt"), .text)
        XCTAssertEqual(DocumentFormat(path: "dir.md/README"), .text)
        XCTAssertEqual(DocumentFormat(path: "-"), .text)
        XCTAssertEqual(DocumentFormat(path: "Notes.MarkDown"), .markdown)
        XCTAssertEqual(DocumentFormat(path: "新闻/第一版.XHTML"), .html)
        XCTAssertEqual(DocumentFormat(path: "page.html.bak"), .text)
        XCTAssertEqual(DocumentFormat(path: "wide.ｍｄ"), .text) // full-width letters are not an extension
        XCTAssertEqual(DocumentFormat(path: "trailing."), .text)
    }

    /// Random markup never crashes a reader, and every map stays monotone and inside the source.
    func testReadersKeepTheMapConsistentOnRandomMarkup() {
        let alphabet = Array("<>/&;#x1a pqPQ!-*_`[]()\\>\n\r\t“”‘’\"'中文。，：：em i cite blockquote script amp ldquo".unicodeScalars)
        var seed: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        for _ in 0..<1500 {
            var view = String.UnicodeScalarView()
            for _ in 0..<(next() % 120) { view.append(alphabet[next() % alphabet.count]) }
            let source = String(view)
            for extracted in [HTMLReader.read(source), MarkdownReader.read(source)] {
                let map = extracted.map
                XCTAssertEqual(map.textCount, extracted.text.unicodeScalars.count, source)
                var previous = 0
                for t in 0..<map.textCount {
                    let range = map.sourceRange(t..<(t + 1))
                    XCTAssertLessThanOrEqual(previous, range.lowerBound, source)
                    XCTAssertLessThanOrEqual(range.upperBound, view.count, source)
                    previous = range.lowerBound
                }
                for span in extracted.markup {
                    XCTAssertLessThanOrEqual(span.range.upperBound, map.textCount, source)
                }
            }
        }
    }
}
