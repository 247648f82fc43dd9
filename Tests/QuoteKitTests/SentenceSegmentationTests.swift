import Foundation
import QuoteKitICU
import XCTest
@testable import QuoteKit

/// The sentence fast path (text without full stops, no break iterator) must give ICU's sentences exactly.
final class SentenceSegmentationTests: XCTestCase {
    private func assertAgrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let document = Document(text: text)
        let breaker = try? TextBreaker(.sentence)
        XCTAssertNotNil(breaker)
        for paragraph in document.paragraphs {
            guard let fast = SentenceIndex.segmentWithoutFullStops(document.scalars, paragraph.range) else { continue }
            let icu = SentenceIndex.segmentWithICU(document.scalars, paragraph.range, breaker: breaker)
            XCTAssertEqual(fast, icu, "paragraph: \(document.string(paragraph.range).prefix(80))", file: file, line: line)
        }
    }

    func testTerminatorsClosersSpacesAndContinuations() {
        assertAgrees("""
        张明说：“天下没有免费的午餐。”他又补充道：“真的吗？！”大家笑了。
        “好！”，他说。这是什么？  那是一本书！
        你好！！他说……真的吗？」她問。『是的。』
        他问：为什么？，没有回答
        Why? Because! Really?! "Yes!" she said. no
        結尾沒有句號
        一句话。 
        \u{FF01}\u{301D}测试\u{301E}，再测\u{3002}\u{0301}下一句
        """)
    }

    func testFastPathRefusesFullStopsAndSeparators() {
        let document = Document(text: "Mr. Lane said so. Then he left.")
        XCTAssertNil(SentenceIndex.segmentWithoutFullStops(document.scalars, document.paragraphs[0].range))
        let wrapped = Array("第一行\n第二行。".unicodeScalars)
        XCTAssertNil(SentenceIndex.segmentWithoutFullStops(wrapped, 0..<wrapped.count))
    }

    func testFixturesAgreeWithICU() throws {
        let root = TestSupport.packageRoot.appendingPathComponent("Fixtures")
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" } ?? []
        XCTAssertFalse(files.isEmpty)
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8), !text.isEmpty else { continue }
            assertAgrees(text)
        }
    }

    func testNewsCorpusAgreesWithICU() throws {
        guard let shared = TestSupport.shared else { throw XCTSkip("../shared is not beside the checkout") }
        let corpus = shared.appendingPathComponent("corpus")
        let files = (try? FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)) ?? []
        let texts = files.filter { $0.pathExtension == "txt" }
        try XCTSkipIf(texts.isEmpty, "no corpus texts")
        for file in texts {
            assertAgrees(try String(contentsOf: file, encoding: .utf8))
        }
    }
}
