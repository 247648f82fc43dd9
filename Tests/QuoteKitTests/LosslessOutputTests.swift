import CSV
import Foundation
import XCTest
@testable import QuoteKit
import QuoteKitCSV

/// Property tests over random "mark soups" (every quotation mark QuoteKit knows, CJK and
/// Latin text, astral characters, every line end): the three export formats carry the same
/// quotes with the same fields, every quote's text is the input sliced at its offsets in
/// every unit, and every quotation mark is accounted for.
final class LosslessOutputTests: XCTestCase {
    /// Pieces a soup is made of, with marks over-represented.
    static let pieces: [String] = {
        let marks = ["“", "”", "‘", "’", "「", "」", "『", "』", "﹁", "﹂", "﹃", "﹄", "｢", "｣", "〝", "〞", "〟",
                     "«", "»", "‹", "›", "„", "‚", "\"", "'", "＂", "＇"]
        let text = ["张明", "说", "：", "，", "。", "！", "？", "；", "的", "书", "《", "》", "〈", "〉",
                    "a", "b", "don", "t", "Ada", " said", ",", ".", "!", " ", " ", "  ",
                    "😀", "𠀀", "e\u{301}", "\u{FFFD}", "\t", "\u{0}", "\u{FEFF}", "\u{85}"]
        let breaks = ["\n", "\n", "\r\n", "\r", "\n\n", "\u{2028}"]
        return marks + marks + text + text + breaks
    }()

    static func soup(_ generator: inout SplitMix64, length: Int) -> String {
        var result = ""
        for _ in 0..<length { result += pieces[Int(generator.next() % UInt64(pieces.count))] }
        return result
    }

    /// Runs `body` on many soups; the seed of a failing soup is in the message.
    func forEachSoup(count: Int = 300, maxLength: Int = 120, _ body: (String, String) throws -> Void) rethrows {
        for seed in 1...UInt64(count) {
            var generator = SplitMix64(seed: seed)
            let length = 1 + Int(generator.next() % UInt64(maxLength))
            try body(Self.soup(&generator, length: length), "seed \(seed)")
        }
    }

    func testTextEqualsTheInputSlicedAtItsOffsetsInEveryUnit() {
        let extractor = QuoteExtractor()
        forEachSoup { text, label in
            let document = Document(text: text, source: "soup")
            let analysis = extractor.analyze(document)
            let utf16 = Array(text.utf16)
            let utf8 = Array(text.utf8)
            for (quote, scanned) in zip(analysis.quotes, analysis.scanned) {
                let scalars = String(String.UnicodeScalarView(document.scalars[quote.start..<quote.end]))
                XCTAssertEqual(String(decoding: utf16[quote.utf16[0]..<quote.utf16[1]], as: UTF16.self), scalars, "UTF-16, \(label)")
                XCTAssertEqual(String(decoding: utf8[quote.utf8[0]..<quote.utf8[1]], as: UTF8.self), scalars, "UTF-8, \(label)")
                // A multi-paragraph quote leaves out only the marks that reopen it.
                var expected = String.UnicodeScalarView()
                for i in quote.start..<quote.end where !scanned.reopenings.contains(i) { expected.append(document.scalars[i]) }
                XCTAssertEqual(quote.text, String(expected), "text of \(quote.id), \(label)")
                let position = document.position(quote.start)
                XCTAssertEqual([position.line, position.column], [quote.line, quote.column], label)
            }
        }
    }

    func testJSONJSONLinesAndCSVCarryTheSameQuotes() throws {
        let extractor = QuoteExtractor()
        try forEachSoup(count: 150) { text, label in
            let result = extractor.extract(Document(text: text, source: "soup, \"odd\" name"))
            // JSON: the whole result decodes back equal.
            var json = JSONExporter(array: false)
            let jsonBytes = json.begin() + (try json.write(result)) + json.end()
            let decoded = try JSONDecoder().decode(ExtractionResult.self, from: Data(jsonBytes))
            XCTAssertEqual(decoded.quotes, result.quotes, "JSON, \(label)")
            XCTAssertEqual(decoded.diagnostics, result.diagnostics, "JSON diagnostics, \(label)")
            // JSON Lines: one line per quote, each equal.
            var lines = JSONLinesExporter()
            let lineBytes = try lines.write(result)
            let rows = lineBytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
            XCTAssertEqual(rows.count, result.quotes.count, label)
            for (row, quote) in zip(rows, result.quotes) {
                XCTAssertEqual(try JSONDecoder().decode(Quote.self, from: Data(row)), quote, "JSON Lines, \(label)")
            }
            // CSV, read back with CSV.swift: the same fields in the same order.
            var csv = CSVExporter(neutralizesFormulas: false) // lossless: the raw cells, as a program reads them
            let csvBytes = csv.begin() + (try csv.write(result)) + csv.end()
            let reader = try CSVReader(stream: InputStream(data: Data(csvBytes)), hasHeaderRow: true)
            XCTAssertEqual(reader.headerRow ?? [], CSVExporter.header)
            var parsed: [[String]] = []
            while let row = reader.next() { parsed.append(row) }
            XCTAssertEqual(parsed.count, result.quotes.count, "CSV rows, \(label)")
            for (row, quote) in zip(parsed, result.quotes) {
                XCTAssertEqual(row, CSVExporter.row(quote), "CSV row of \(quote.id), \(label)")
                XCTAssertEqual(row.last, quote.text, "CSV text of \(quote.id), \(label)")
                XCTAssertEqual([row[2], row[3], row[4], row[5]], [quote.start, quote.end, quote.line, quote.column].map(String.init), label)
            }
        }
    }

    /// Every quotation mark is an opening, closing or reopening mark of a quote, the subject of
    /// a diagnostic (unclosed, stray, mismatched; marks past `quote.too-deep` in its paragraph),
    /// half of an empty pair (`""`), or an apostrophe: a ’ touching a letter or digit, or a
    /// straight single mark (' ＇) that closes no quote, which the scanner reads as an apostrophe
    /// or prime (`'90s`, `6'`).
    func testEveryQuotationMarkIsAccountedFor() {
        var unaccounted: [String] = []
        forEachSoup(count: 400) { text, label in
            let document = Document(text: text, source: "soup")
            let scan = QuoteScanner().scan(document)
            let s = document.scalars
            var used = Set<Int>()
            for quote in scan.quotes {
                used.insert(quote.openIndex)
                if let close = quote.closeIndex { used.insert(close) }
                used.formUnion(quote.reopenings)
            }
            for diagnostic in scan.diagnostics where diagnostic.rule != "quote.too-deep" { used.insert(diagnostic.start) }
            let deepParagraphs = Dictionary(scan.diagnostics.filter { $0.rule == "quote.too-deep" }
                .compactMap { d in document.paragraphIndex(containing: d.start).map { ($0, d.start) } }, uniquingKeysWith: min)
            for i in s.indices where CharacterClass.isQuotationMark(s[i].value) && !used.contains(i) {
                if let p = document.paragraphIndex(containing: i), let from = deepParagraphs[p], i >= from { continue }
                let v = s[i].value
                // "" with nothing inside: a pair that is not a quotation.
                if QuoteMarks.isStraightDouble(v), (i + 1 < s.count && s[i + 1].value == v) || (i > 0 && s[i - 1].value == v) { continue }
                if v == 0x27 || v == 0xFF07 { continue }
                let single = v == QuoteMarks.rightSingle
                let touchesLetter = (i > 0 && CharacterClass.isAlphanumeric(s[i - 1].value))
                    || (i + 1 < s.count && CharacterClass.isAlphanumeric(s[i + 1].value))
                if single, touchesLetter { continue }
                let context = String(String.UnicodeScalarView(s[max(0, i - 6)..<min(s.count, i + 7)]))
                unaccounted.append("\(label), offset \(i) \(String(s[i])): \(context.debugDescription)")
            }
        }
        XCTAssertTrue(unaccounted.isEmpty, "\(unaccounted.count) marks unaccounted:\n" + unaccounted.prefix(30).joined(separator: "\n"))
    }

    func testAStraightDoubleMarkStandingAloneIsReported() {
        let scan = QuoteScanner().scan(Document(text: "He is six \" tall, and \"\" is empty.\n"))
        XCTAssertTrue(scan.quotes.isEmpty)
        XCTAssertEqual(scan.diagnostics.map(\.rule), ["quote.stray-close"])
        XCTAssertEqual(scan.diagnostics.first?.start, 10)
        XCTAssertTrue(scan.diagnostics.first?.message.contains("between spaces") == true)
    }
}
