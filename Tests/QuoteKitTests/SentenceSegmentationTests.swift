import Foundation
import QuoteKitICU
import XCTest
@testable import QuoteKit

/// The sentence fast path (the UAX #29 rules applied directly, no break iterator) must give ICU's sentences exactly.
final class SentenceSegmentationTests: XCTestCase {
    private func assertAgrees(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
        let document = Document(text: text)
        let breaker = try? TextBreaker(.sentence)
        XCTAssertNotNil(breaker)
        for paragraph in document.paragraphs {
            guard let fast = SentenceIndex.segmentByRules(document.scalars, paragraph.range) else { continue }
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

    func testFullStopsAbbreviationsAndNumbers() {
        assertAgrees("""
        Mr. Lane said so. Then he left. The price rose 3.5 percent. U.S. officials agreed.
        He said "no." and left. e.g. this one. Dr. Ada Lane arrived.She spoke. (See p. 4.) Next.
        气温升至39.1度。据报道，A.B.C.公司称：“好。”然后 ... 呢. 他说. 好
        "Stop." "Go." 'Wait.'  so. Done.\u{0301} Again.\u{00AD}x end. ok.) Fine.. .5 and ?. and .?
        """)
    }

    func testFastPathRefusesSeparators() {
        let wrapped = Array("第一行\n第二行。".unicodeScalars)
        XCTAssertNil(SentenceIndex.segmentByRules(wrapped, 0..<wrapped.count))
        let separated = Array("First.\u{2029}Second.".unicodeScalars)
        XCTAssertNil(SentenceIndex.segmentByRules(separated, 0..<separated.count))
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
