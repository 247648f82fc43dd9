import Foundation
import XCTest
@testable import QuoteKit

/// The one-pass decoder behind plain-text documents must accept exactly what the standard library
/// accepts as UTF-8 and give the same scalars and offsets.
final class DecodingTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) -> Result<([Unicode.Scalar], OffsetTable), OffsetTable.DecodeFailure> {
        bytes.withUnsafeBufferPointer { OffsetTable.decodeValidating($0) }
    }

    func testAgreesWithTheStandardLibraryOnRandomBytes() {
        // Bytes drawn mostly from UTF-8 lead and continuation ranges, so that both valid and
        // subtly invalid sequences (overlong, surrogates, truncated, above U+10FFFF) are common.
        let pool: [UInt8] = [0x41, 0x0A, 0x0D, 0x20, 0x7F, 0x80, 0x8F, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
                             0xE0, 0xE4, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xB8, 0xAD, 0x80, 0x80, 0x80]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let length = Int.random(in: 1...12, using: &generator)
            let bytes = (0..<length).map { _ in pool.randomElement(using: &generator)! }
            let expected = String(validating: bytes, as: UTF8.self)
            switch decode(bytes) {
            case .success(let (scalars, _)):
                XCTAssertNotNil(expected, "accepted invalid bytes \(bytes)")
                XCTAssertEqual(scalars.map(\.value), expected.map { $0.unicodeScalars.map(\.value) }, "bytes \(bytes)")
            case .failure(.invalid):
                XCTAssertNil(expected, "refused valid bytes \(bytes)")
            case .failure(.nul):
                XCTFail("no NUL in \(bytes)")
            }
        }
    }

    func testOffsetsMatchTheStringPathOnMixedText() {
        let text = "第一行“引号”😀\r\n第二行\u{2028}English — “quote”, 𠮷野家。\r第三行\n"
        guard case .success(let (scalars, table)) = decode(Array(text.utf8)) else { return XCTFail("refused valid text") }
        let (expectedScalars, expectedTable) = OffsetTable.decode(text)
        XCTAssertEqual(scalars, expectedScalars)
        XCTAssertEqual(table.lineStarts, expectedTable.lineStarts)
        for i in 0...scalars.count {
            XCTAssertEqual(table.position(of: i, in: scalars), expectedTable.position(of: i, in: expectedScalars), "offset \(i)")
        }
    }

    func testMarkOffsetsListEveryQuotationAndTitleMark() throws {
        // Every mark the scanners read, among ideographs, full-width punctuation, ASCII and astral characters,
        // in runs long enough to cross the decoder's checkpoints.
        let marks = "“”‘’「」『』〝〞〟﹁﹂﹃﹄＂＇｢｣\"'«»‹›‚„‛‟〈〉《》"
        let filler = ["中", "文", "，", "。", "、", "a", " ", "\n", "𠀀", "é", "\u{2028}", "—", "…"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            var text = ""
            for _ in 0..<Int.random(in: 1...80, using: &generator) {
                text += Bool.random(using: &generator) ? String(marks.randomElement(using: &generator)!) : filler.randomElement(using: &generator)!
            }
            let scalars = Array(text.unicodeScalars)
            let expected = scalars.indices.filter {
                CharacterClass.isQuotationMark(scalars[$0].value) || CharacterClass.isTitleMark(scalars[$0].value)
            }
            let (decoded, table) = try decode(Array(text.utf8)).get()
            XCTAssertEqual(decoded, scalars)
            XCTAssertEqual(table.markOffsets, expected, text)
            XCTAssertEqual(OffsetTable(scalars: scalars).markOffsets, expected, text)
        }
    }

    func testNULAndInvalidBytesAreReportedWhereTheyAre() {
        guard case .failure(.nul(3)) = decode(Array("abc".utf8) + [0] + Array("d".utf8)) else { return XCTFail("NUL not found") }
        guard case .failure(.invalid(6)) = decode(Array("引号".utf8) + [0xFF]) else { return XCTFail("invalid byte not found") }
        // A NUL anywhere wins over an earlier invalid sequence, as in the strict reader.
        guard case .failure(.nul(3)) = decode([0x41, 0xFF, 0x42, 0x00]) else { return XCTFail("NUL should win") }
    }

    func testDocumentsFromBytesKeepTheirTextLazily() throws {
        let text = "\u{FEFF}张明教授说：“天下没有免费的午餐。”"
        let document = try DocumentReader.document(bytes: Array(text.utf8), source: "t.txt")
        XCTAssertEqual(document.text, String(text.dropFirst()), "the byte-order mark is not part of the text")
        XCTAssertEqual(document.string(7..<16), "天下没有免费的午餐")
        XCTAssertEqual(QuoteExtractor().extract(document).quotes.first?.speaker?.name, "张明")
    }
}
