import XCTest
@testable import QuoteKit

/// Markdown input: markers dropped, code not scanned, emphasis as work evidence, offsets and lint fixes in the source.
final class MarkdownReaderTests: XCTestCase {
    func read(_ markdown: String) -> ExtractedText { MarkdownReader.read(markdown) }

    func testBlockMarkersAreDroppedLineByLine() {
        let markdown = "# Title #\n\n- item one\n2. item two\n* [x] done\n\n> quoted\n\n---\nSetext\n===\n"
        XCTAssertEqual(read(markdown).text, "Title\n\nitem one\nitem two\ndone\n\n“quoted”\n\n\nSetext\n\n")
    }

    func testCodeIsNotScanned() throws {
        let markdown = "他说：“好。”见 `“代码”` 一节。\n\n```swift\nlet s = \"“不扫描”\"\n```\n\n    \"indented code\"\n\n后记。\n"
        let extracted = read(markdown)
        XCTAssertEqual(extracted.text, "他说：“好。”见 \u{FFFC} 一节。\n\n\n\n\n\n\n\n后记。\n")
        let document = try DocumentReader.document(data: Data(markdown.utf8), source: "t.md")
        XCTAssertEqual(QuoteExtractor().extract(document).quotes.map(\.text), ["好。"])
        // The placeholder stands for the whole code span.
        let t = Array(extracted.text.unicodeScalars).firstIndex(of: "\u{FFFC}")!
        let span = extracted.map.sourceRange(t..<(t + 1))
        XCTAssertEqual(String(String.UnicodeScalarView(Array(markdown.unicodeScalars)[span])), "`“代码”`")
    }

    func testInlineMarkup() {
        XCTAssertEqual(read("See [the *guide*](http://example.com/a_(b)) and ![a map](m.png).").text, "See the guide and a map.")
        XCTAssertEqual(read(#"Not \*emphasis\* and snake_case_name, 2 * 3 * 4"#).text, "Not *emphasis* and snake_case_name, 2 * 3 * 4")
        XCTAssertEqual(read("**bold** and *it* and ***both*** and __b__ _i_").text, "bold and it and both and b i")
        XCTAssertEqual(read("unmatched *star and _under").text, "unmatched *star and _under")
        XCTAssertEqual(read("``code with ` inside`` ok").text, "\u{FFFC} ok")
    }

    func testEmphasisSpans() {
        let extracted = read("She read *Pride and Prejudice* and **Emma** and _Persuasion_.")
        XCTAssertEqual(extracted.text, "She read Pride and Prejudice and Emma and Persuasion.")
        let spans = extracted.markup.map { String(extracted.text.unicodeScalars.dropFirst($0.range.lowerBound).prefix($0.range.count)) }
        XCTAssertEqual(spans, ["Pride and Prejudice", "Persuasion"], "strong emphasis is not a title")
        XCTAssertEqual(extracted.markup.map(\.mark), ["*", "_"])
    }

    func testEmphasisBecomesWorks() throws {
        let markdown = "Dr. Ada Lane reread *Northanger Abbey* last winter. \"It is funnier than I remembered,\" she said.\n"
        let document = try DocumentReader.document(data: Data(markdown.utf8), source: "t.md")
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.works.map(\.title), ["Northanger Abbey"])
        let location = try XCTUnwrap(result.works.first?.location)
        XCTAssertEqual(location.start, 21)
        XCTAssertEqual(location.column, 22)
        XCTAssertEqual(result.quotes.first?.speaker?.name, "Ada Lane")
    }

    func testLinesAgreeWithTheSource() throws {
        let url = TestSupport.fixture("input/zh-reading.md")
        let document = try DocumentReader.document(atPath: url.path, format: nil)
        let source = try TestSupport.fixtureText("input/zh-reading.md")
        XCTAssertEqual(document.text.split(separator: "\n", omittingEmptySubsequences: false).count,
                       source.split(separator: "\n", omittingEmptySubsequences: false).count)
        for quote in QuoteExtractor().extract(document).quotes {
            XCTAssertEqual(quote.location?.line, quote.line)
        }
    }

    func testFixtureGivesTheQuotesOfItsPlainText() throws {
        try assertSameQuotes("input/zh-reading.md", "input/zh-reading.txt")
        try assertSameQuotes("input/en-reading.md", "input/en-reading.txt")
        let english = QuoteExtractor().extract(try DocumentReader.document(atPath: TestSupport.fixture("input/en-reading.md").path, format: nil))
        XCTAssertEqual(Set(english.works.map(\.title)), ["Pride and Prejudice", "On Slow Reading", "Emma"])
    }

    func testLintFixesAreWrittenIntoTheMarkdown() throws {
        let markdown = "# 标题\n\n他说：“今天*下雨*”。\n\n她问：\"明天呢？\"\n\n> 张明说：\"好。\"\n\n`\"代码\"` 不改。\n"
        let result = try Linter().fix(source: markdown, format: .markdown, name: "t.md")
        // A blockquote is a quotation, so quotes inside it are nested ones: ‘…’.
        XCTAssertEqual(result.text, "# 标题\n\n他说：“今天*下雨*。”\n\n她问：“明天呢？”\n\n> 张明说：‘好。’\n\n`\"代码\"` 不改。\n")
        XCTAssertEqual(result.applied, 3)
        XCTAssertThrowsError(try Linter().fix(source: "x", format: .docx, name: "a.docx")) { error in
            XCTAssertTrue((error as? InputError)?.description.contains("cannot be rewritten") == true)
        }
    }

    func testLintCommandRewritesMarkdownInPlace() throws {
        let binary = TestSupport.quotekitBinary
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "quotekit executable not built")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-md-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.md").path
        try Data("## 新闻\n\n他说：“今天**下雨**”。\n".utf8).write(to: URL(fileURLWithPath: path))
        let report = try TestSupport.run(["lint", path])
        XCTAssertEqual(String(decoding: report.stdout, as: UTF8.self),
                       "\(path):3:13: warning: a complete sentence quoted after a colon keeps its end mark inside: 。”, not ”。 [punctuation.end-mark-inside]\n")
        let fixed = try TestSupport.run(["lint", "--in-place", path])
        XCTAssertEqual(fixed.status, 0, fixed.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "## 新闻\n\n他说：“今天**下雨**。”\n")
        XCTAssertEqual(try String(contentsOfFile: path + ".bak", encoding: .utf8), "## 新闻\n\n他说：“今天**下雨**”。\n")
    }

    func testInputOptionChoosesTheReader() throws {
        let binary = TestSupport.quotekitBinary
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "quotekit executable not built")
        let path = TestSupport.fixture("input/en-reading.md").path
        func quotes(_ arguments: [String]) throws -> [[String: Any]] {
            let run = try TestSupport.run(arguments)
            XCTAssertEqual(run.status, 0, run.stderr)
            return String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").compactMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
        }
        let byExtension = try quotes(["extract", "--format", "jsonl", path])
        XCTAssertEqual(byExtension.count, 6, "the indented code block is not scanned")
        XCTAssertNotNil(byExtension.first?["location"])
        let asText = try quotes(["extract", "--format", "jsonl", "--input", "text", path])
        XCTAssertEqual(asText.count, 7, "read as plain text, the code block's quote counts too")
        XCTAssertNil(asText.first?["location"])
        let works = try TestSupport.run(["works", "--format", "jsonl", "--input", "md", "-"], stdin: try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertTrue(String(decoding: works.stdout, as: UTF8.self).contains("Pride and Prejudice"))
        let refused = try TestSupport.run(["speakers", "--input", "jsonl", path])
        XCTAssertNotEqual(refused.status, 0)
    }
}
