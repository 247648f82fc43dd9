import Foundation
import XCTest
@testable import QuoteKit

/// Hostile input at the library level: broken encodings, odd line ends, binary data,
/// pathological nesting and sizes. Inputs are generated here; the full-size battery
/// (27 MB lines, 300,000 marks) runs against the release CLI in scripts/hostile.sh.
final class HostileInputTests: XCTestCase {
    let zh = "张明教授说：“今天的会议很重要。”"

    func document(_ bytes: [UInt8]) throws -> Document {
        try DocumentReader.document(bytes: bytes, source: "hostile.txt")
    }

    /// Every quote's text equals the input sliced at its offsets in all three units.
    func assertSlicesAgree(_ result: ExtractionResult, _ document: Document, file: StaticString = #filePath, line: UInt = #line) {
        let utf16 = Array(document.text.utf16)
        let utf8 = Array(document.text.utf8)
        for quote in result.quotes {
            let scalars = String(String.UnicodeScalarView(document.scalars[quote.start..<quote.end]))
            XCTAssertEqual(quote.text, scalars, "scalars of \(quote.id)", file: file, line: line)
            XCTAssertEqual(String(decoding: utf16[quote.utf16[0]..<quote.utf16[1]], as: UTF16.self), scalars, "UTF-16 of \(quote.id)", file: file, line: line)
            XCTAssertEqual(String(decoding: utf8[quote.utf8[0]..<quote.utf8[1]], as: UTF8.self), scalars, "UTF-8 of \(quote.id)", file: file, line: line)
        }
    }

    // MARK: Encodings

    func testInvalidUTF8IsReplacedReportedAndLosesNoQuote() throws {
        var bytes: [UInt8] = []
        for _ in 0..<200 { bytes += Array(zh.utf8) + [0xFF, 0xC3, 0x0A] }
        let document = try document(bytes)
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.quotes.count, 200)
        XCTAssertTrue(result.quotes.allSatisfy { $0.text == "今天的会议很重要。" })
        assertSlicesAgree(result, document)
        let repairs = result.diagnostics.filter { $0.rule == "input.invalid-utf8" }
        // 400 bad sequences: 100 listed one by one, then one that counts the rest.
        XCTAssertEqual(repairs.count, 101)
        let lineLength = zh.utf8.count + 3
        XCTAssertTrue(repairs[0].message.contains("at byte \(zh.utf8.count)"), repairs[0].message)
        XCTAssertTrue(repairs[2].message.contains("at byte \(lineLength + zh.utf8.count)"), repairs[2].message)
        XCTAssertTrue(repairs[100].message.contains("300 more"), repairs[100].message)
        XCTAssertEqual(document.scalars[repairs[0].start], "\u{FFFD}")
        XCTAssertEqual(repairs[0].line, 1)
        XCTAssertEqual(repairs[2].line, 2)
    }

    func testInvalidUTF8InsideAQuoteKeepsOffsetsConsistent() throws {
        let bytes = Array("李华说：“你".utf8) + [0xE4, 0xB8] + Array("好。”她笑了，然后说：“再见。”\n".utf8)
        let document = try document(bytes)
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.quotes.map(\.text), ["你\u{FFFD}好。", "再见。"])
        assertSlicesAgree(result, document)
        // The truncated sequence (2 bytes) became one U+FFFD (3 bytes): later UTF-8 offsets count the repaired text.
        XCTAssertEqual(result.quotes[0].utf8, [Array("李华说：“".utf8).count, Array("李华说：“你\u{FFFD}好。".utf8).count])
        XCTAssertEqual(document.inputDiagnostics.first?.message, "invalid UTF-8 (2 bytes at byte 18) replaced with U+FFFD")
    }

    func testTruncatedSequenceAtTheEndAndOverlongForms() throws {
        let truncated = try document(Array(zh.utf8) + [0xE4, 0xB8])
        XCTAssertEqual(QuoteExtractor().extract(truncated).quotes.count, 1)
        XCTAssertEqual(truncated.text.unicodeScalars.last, "\u{FFFD}")
        // Overlong "/" and an encoded surrogate: invalid, replaced, never decoded as characters.
        let overlong = try document(Array(zh.utf8) + [0xC0, 0xAF, 0xED, 0xA0, 0x80] + Array(zh.utf8) + Array(zh.utf8))
        XCTAssertFalse(overlong.text.contains("/"))
        XCTAssertEqual(QuoteExtractor().extract(overlong).quotes.count, 3)
        XCTAssertFalse(overlong.inputDiagnostics.isEmpty)
    }

    func testALastLineOfOneCharacterAfterAQuote() throws {
        // The subject of the last line was sought within two scalars of the text's end (found by the fuzzer).
        for tail in ["]", "李", "张"] {
            let text = try document(Array((zh + "\n" + tail).utf8))
            let result = QuoteExtractor().extract(text)
            XCTAssertEqual(result.quotes.count, 1, tail)
            XCTAssertEqual(result.quotes.first?.speaker?.name, "张明", tail)
        }
    }

    func testAPronounBeforeTheQuestionItWouldAnswer() throws {
        // The one asked answers (她问侄女：“…”): a pronoun that stands before the question, read for a later quote,
        // made the search between question and pronoun a backwards range (found on a novel).
        let text = "她又扭过头问侄女：\n“你跑到这儿……”\n秀英赶忙说：\n“我想坐一会。”\n"
        let result = QuoteExtractor().extract(try document(Array(text.utf8)))
        XCTAssertEqual(result.quotes.map(\.text), ["你跑到这儿……", "我想坐一会。"])
    }

    func testNULBytesAreKeptWithExactOffsets() throws {
        var bytes: [UInt8] = []
        for _ in 0..<50 { bytes += Array("李华说：“你\u{0}好。”\n".utf8) }
        let document = try document(bytes)
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.quotes.count, 50)
        XCTAssertEqual(result.quotes[0].text, "你\u{0}好。")
        assertSlicesAgree(result, document)
        XCTAssertEqual(result.diagnostics.filter { $0.rule == "input.nul" }.count, 50)
        // JSON escapes the NUL.
        var writer = JSONWriter()
        result.quotes[0].write(to: &writer)
        XCTAssertTrue(writer.string.contains("\\u0000"), writer.string)
        XCTAssertFalse(writer.bytes.contains(0))
    }

    func testByteOrderMarkIsDroppedAndOffsetsCountFromAfterIt() throws {
        let document = try document([0xEF, 0xBB, 0xBF] + Array(String(repeating: zh, count: 3).utf8))
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.quotes.count, 3)
        XCTAssertEqual(result.quotes[0].start, 7)
        XCTAssertEqual(result.quotes[0].utf8[0], 21)
        XCTAssertTrue(result.diagnostics.isEmpty, "\(result.diagnostics)")
        assertSlicesAgree(result, document)
    }

    func testCRLFAndLoneCRLineEnds() throws {
        for separator in ["\r\n", "\r", "\n", "\u{2028}"] {
            let text = Array(repeating: zh, count: 5).joined(separator: separator) + separator
            let document = try document(Array(text.utf8))
            let result = QuoteExtractor().extract(document)
            XCTAssertEqual(result.quotes.count, 5, "separator \(separator.unicodeScalars.map(\.value))")
            XCTAssertEqual(result.quotes.map(\.line), [1, 2, 3, 4, 5])
            XCTAssertEqual(result.quotes.map(\.column), Array(repeating: 8, count: 5))
            XCTAssertEqual(document.paragraphs.count, 5)
            XCTAssertTrue(result.quotes.allSatisfy { $0.text == "今天的会议很重要。" && !$0.unclosed })
            assertSlicesAgree(result, document)
        }
    }

    func testMixedLineEndsAndAQuoteCutByCR() throws {
        let text = "她说：“第一段\r第二段。”\r\n他问：“好吗？”\n"
        let document = try document(Array(text.utf8))
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.quotes.count, 2)
        XCTAssertEqual(result.quotes[1].line, 3)
        assertSlicesAgree(result, document)
    }

    func testEmptyBinaryAndForeignEncodingsAreRefusedClearly() {
        func reason(_ bytes: [UInt8]) -> InputError.Reason? {
            do {
                _ = try DocumentReader.document(bytes: bytes, source: "x")
                return nil
            } catch {
                return error.reason
            }
        }
        XCTAssertEqual(reason([]), .empty)
        XCTAssertEqual(reason([0xEF, 0xBB, 0xBF]), .empty)
        var generator = SplitMix64(seed: 8)
        let random = (0..<100_000).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        guard case .binary = reason(random) else { return XCTFail("random bytes are binary") }
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + Array(repeating: 0, count: 9) + Array(random.prefix(5000))
        XCTAssertEqual(reason(elf), .binary(byteOffset: 7))
        XCTAssertEqual(reason(Array("“你好”".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }.reduce(into: [0xFF, 0xFE]) { $0.append($1) }),
                       .notUTF8(encoding: "UTF-16"))
        // Latin-1 prose: every accented letter is an invalid byte; too many to be a few bad bytes.
        let latin1: [UInt8] = Array("caf".utf8) + [0xE9] + Array(" na".utf8) + [0xEF] + Array("ve ".utf8) + [0xE0, 0xE8, 0xEC]
        XCTAssertEqual(reason(latin1), .invalidUTF8(byteOffset: 3))
        for bytes in [random, elf, latin1] {
            do {
                _ = try DocumentReader.document(bytes: bytes, source: "named.bin")
            } catch {
                XCTAssertTrue(error.description.hasPrefix("named.bin: "), error.description)
                XCTAssertFalse(error.description.contains("\n"))
            }
        }
    }

    func testFolderAndMissingPathsAreNamedWithAdvice() {
        for path in [NSTemporaryDirectory(), "/no/such/dir/file.txt"] {
            XCTAssertThrowsError(try DocumentReader.document(atPath: path)) { error in
                let message = (error as? InputError)?.description ?? ""
                XCTAssertTrue(message.hasPrefix(path + ": cannot read input: "), message)
                XCTAssertTrue(message.contains("folder") || message.contains("check the path"), message)
            }
        }
    }

    // MARK: Pathological structure

    func testHundredThousandNestedQuotesAreCappedLinearly() {
        for (open, close) in [("“", "”"), ("‘", "’"), ("「", "」")] {
            let text = String(repeating: open, count: 100_000) + "话" + String(repeating: close, count: 100_000)
            let scan = QuoteScanner().scan(Document(text: text))
            XCTAssertEqual(scan.quotes.count, 32, open)
            XCTAssertEqual(scan.quotes.map(\.depth), Array(0..<32))
            XCTAssertTrue(scan.quotes.allSatisfy { !$0.unclosed })
            // The 32 reported quotes are the outermost: closed by the last 32 closers.
            XCTAssertEqual(scan.quotes[0].closeIndex, 200_000)
            XCTAssertEqual(scan.diagnostics.map(\.rule), ["quote.too-deep"])
        }
    }

    func testThreeHundredThousandUnclosedOpeningMarksInOneParagraph() {
        let text = "他说：" + String(repeating: "“甲乙", count: 300_000)
        let scan = QuoteScanner().scan(Document(text: text))
        XCTAssertEqual(scan.quotes.count, 32)
        XCTAssertTrue(scan.quotes.allSatisfy(\.unclosed))
        XCTAssertEqual(scan.diagnostics.filter { $0.rule == "quote.unclosed" }.count, 32)
        XCTAssertEqual(scan.diagnostics.filter { $0.rule == "quote.too-deep" }.count, 1)
    }

    func testManyUnclosedStraightQuotesEachEndAtTheNext() {
        let text = String(repeating: " \"a", count: 50_000)
        let scan = QuoteScanner().scan(Document(text: text))
        XCTAssertEqual(scan.quotes.count, 50_000)
        XCTAssertTrue(scan.quotes.allSatisfy { $0.depth == 0 && $0.unclosed })
    }

    func testStrayClosersAreAllReported() {
        let scan = QuoteScanner().scan(Document(text: String(repeating: "”", count: 10_000)))
        XCTAssertTrue(scan.quotes.isEmpty)
        XCTAssertEqual(scan.diagnostics.filter { $0.rule == "quote.stray-close" }.count, 10_000)
    }

    /// A single line of many quotes, in several shapes (with and without speakers, back to
    /// back): all reported, and 4× the input takes well under 16× the time (a per-quote scan
    /// of the whole paragraph would be quadratic; `“好。”“好。”…` once was).
    func testOneLineOfManyQuotesIsLinear() {
        let extractor = QuoteExtractor()
        for shape in [zh, "“好。”", "「好。」", "\"Yes.\" ", "\"Yes,\" she said. ", "“好”，"] {
            func run(_ count: Int) -> (Int, TimeInterval) {
                let document = Document(text: String(repeating: shape, count: count))
                let start = Date()
                let result = extractor.extract(document)
                return (result.quotes.count, Date().timeIntervalSince(start))
            }
            _ = run(100)
            let (small, smallTime) = run(1_000)
            let (large, largeTime) = run(4_000)
            XCTAssertEqual(small, 1_000, shape)
            XCTAssertEqual(large, 4_000, shape)
            XCTAssertLessThan(largeTime, max(smallTime, 0.02) * 8, "\(shape): 4× the input took \(largeTime / smallTime)× the time")
        }
    }

    func testExtremelyLongSpeakerContexts() {
        let extractor = QuoteExtractor()
        let zhText = "张明教授" + String(repeating: "非常", count: 100_000) + "认真地说：“你好。”"
        let zhResult = extractor.extract(text: zhText)
        XCTAssertEqual(zhResult.quotes.map(\.text), ["你好。"])
        let enText = "Dr. Ada Lane " + String(repeating: "very ", count: 50_000) + "said, \"Hello there.\""
        let enResult = extractor.extract(text: enText)
        XCTAssertEqual(enResult.quotes.map(\.text), ["Hello there."])
        let longTitle = "《" + String(repeating: "书", count: 200_000) + "》中写道：“学而时习之。”"
        XCTAssertEqual(extractor.extract(text: longTitle).quotes.map(\.text), ["学而时习之。"])
    }

    func testLongQuoteAndLongUnclosedQuoteInLinePerParagraphText() {
        let long = "他说：“" + String(repeating: "很", count: 300_000) + "。”"
        let result = QuoteExtractor().extract(text: long)
        XCTAssertEqual(result.quotes.count, 1)
        XCTAssertEqual(result.quotes[0].text.count, 300_001)
        let lines = (0..<5_000).map { "李华说：“第\($0)句" }.joined(separator: "\n")
        let scan = QuoteScanner().scan(Document(text: lines))
        XCTAssertEqual(scan.quotes.count, 5_000, "each unclosed quote ends at its own line")
        XCTAssertTrue(scan.quotes.allSatisfy { $0.unclosed && $0.depth == 0 })
    }
}

/// A small deterministic generator for reproducible random inputs.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
