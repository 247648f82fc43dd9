import XCTest
@testable import QuoteKit

/// `lint --fix` checks a large document in parts, on threads of their own (issue 21: a 20 MB soup of marks).
/// The parts must give the findings, and the fixes the text, of checking the whole document at once.
final class LintPartsTests: XCTestCase {
    /// Random text from `alphabet`, the same on every run, with a line feed after every `lineLength` characters
    /// and a blank line after every `paragraphLines` lines.
    func text(seed: UInt64, alphabet: String, count: Int, lineLength: Int, paragraphLines: Int) -> String {
        let characters = Array(alphabet)
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        var text = ""
        for k in 1...count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            text.append(characters[Int(state >> 33) % characters.count])
            if k % lineLength == 0 { text.append(k % (lineLength * paragraphLines) == 0 ? "\n\n" : "\n") }
        }
        return text
    }

    /// Soups of every mark in one paragraph per line and in blank-line paragraphs of short lines, and prose whose
    /// quotes run on over paragraphs (each reopening with the mark) and lines.
    func documents() -> [String] {
        let marks = "“”‘’「」『』《》〈〉\"'«»‹›＂＇﹁﹂甲乙丙：，。 a"
        let prose = ["他说：“今天下雨”。", "所谓“两条腿走路。”", "公告里写着\"本周五停课\"。", "“外“内”外”", "《读《论语》有感》",
                     "“第一段没有结束", "“第二段接着说。”", "阅读“红楼梦”。", "他说：", "“好”"]
        var documents = (1...4).map { text(seed: $0, alphabet: marks, count: 30_000, lineLength: 40 + Int($0) * 7, paragraphLines: 3) }
        documents += (5...6).map { text(seed: $0, alphabet: marks, count: 30_000, lineLength: 30, paragraphLines: 8) }
        var state: UInt64 = 7
        var lines: [String] = []
        for k in 0..<3_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            lines.append(prose[Int(state >> 33) % prose.count] + prose[k % prose.count])
            if k % 5 == 4 { lines.append("") }
        }
        documents.append(lines.joined(separator: "\n"))
        documents.append(lines.joined(separator: "\n\n"))
        return documents
    }

    func testPartsGiveTheFindingsOfTheWholeDocument() {
        var linter = Linter()
        linter.jobs = 3
        for text in documents() {
            let document = Document(text: text)
            let language = linter.configuration.language.resolved(for: document)
            let parts = Linter.parts(of: document, count: 3, minimumLength: 2_000)
            XCTAssertEqual(parts.count, 3)
            XCTAssertEqual(parts.first?.lowerBound, 0)
            XCTAssertEqual(parts.last?.upperBound, document.paragraphs.count)
            let whole = Array(linter.findings(document, onlySafeFixes: true, language: language))
            let inParts = linter.safeFixFindings(document, in: parts, language: language).map { Array($0) }
            XCTAssertEqual(inParts, whole)
            XCTAssertFalse(whole.isEmpty)
        }
    }

    func testFixInPartsGivesTheTextAndFindingsOfTheWholeDocument() {
        let whole = Linter()
        var inParts = Linter()
        inParts.jobs = 3
        inParts.minimumPartLength = 2_000
        for text in documents() {
            let expected = whole.fix(Document(text: text))
            let result = inParts.fix(Document(text: text))
            XCTAssertEqual(result.text, expected.text)
            XCTAssertEqual(result.applied, expected.applied)
            XCTAssertEqual(result.remaining, expected.remaining)
            XCTAssertGreaterThan(result.applied, 0)
        }
    }

    func testPartsGiveAllTheFindingsOfTheWholeDocument() {
        var linter = Linter()
        linter.jobs = 3
        linter.minimumPartLength = 2_000
        // English with straight and curly quotes: the minority style is weighed over the whole document.
        let english = (0..<900).map { k in
            k % 3 == 0 ? "He said, “Yes,” and left.\n\nShe said \"no\" twice." : "They said \"maybe\" again.\n"
        }.joined(separator: "\n")
        for text in documents() + [english] {
            let document = Document(text: text)
            let language = linter.configuration.language.resolved(for: document)
            XCTAssertGreaterThan(Linter.parts(of: document, count: 3, minimumLength: 2_000).count, 1)
            XCTAssertEqual(Array(linter.allFindings(document, language: language)), Array(linter.findings(document, language: language)))
        }
    }

    func testNoPartsWhereQuotesRunOnOrTheDocumentIsShort() {
        // Every paragraph opens with a quotation mark: a quote open at the end of one may reopen in the next.
        let reopening = Document(text: Array(repeating: "“第一段没有结束。", count: 2_000).joined(separator: "\n\n"))
        XCTAssertEqual(Linter.parts(of: reopening, count: 2, minimumLength: 1_000), [])
        // One paragraph per line with no blank line between: a quote may run on to the next line.
        let lines = Document(text: Array(repeating: "他说：“好。”", count: 2_000).joined(separator: "\n"))
        XCTAssertEqual(Linter.parts(of: lines, count: 2, minimumLength: 1_000), [])
        XCTAssertEqual(Linter.parts(of: Document(text: "他说：“好。”\n\n他说：“好。”"), count: 2, minimumLength: 1_000), [])
    }
}
