import XCTest
@testable import QuoteKit

/// HTML input: text extraction, quotes from `<q>`/`<blockquote>`, `<cite>` works, offsets back into the source, lint fixes in the markup.
final class HTMLReaderTests: XCTestCase {
    func read(_ html: String) -> ExtractedText { HTMLReader.read(html) }

    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testBlocksWhitespaceAndEntities() {
        let html = "<html><head><title>“标题”</title><style>p{}</style></head><body>\n<h1>A  title</h1>\n"
            + "<p>one\n   two &amp; three&#x21; &#8220;x&#8221; &nbsp;end</p><!-- “hidden” --><div>next<br>line</div>"
            + "<script>var a = \"“no”\" < 3;</script><p>中文\n换行，“好”\n。</p></body></html>"
        let extracted = read(html)
        XCTAssertEqual(extracted.text, "A title\none two & three! “x” \u{A0}end\nnext\nline\n中文换行，“好”。")
    }

    func testEveryCopiedScalarMapsToItsSourceScalar() {
        let html = "<p>Dr. <b>Ada</b> Lane said &ldquo;hello&rdquo;.</p>\n<p>第二段</p>"
        let extracted = read(html)
        let text = scalars(extracted.text)
        let source = scalars(html)
        for t in text.indices where extracted.map.piece(at: t) == .copied {
            XCTAssertEqual(source[extracted.map.sourceStart(of: t)], text[t], "offset \(t)")
        }
        // The decoded “ spans its whole entity.
        let open = text.firstIndex(of: "\u{201C}")!
        let span = extracted.map.sourceRange(open..<(open + 1))
        XCTAssertEqual(String(String.UnicodeScalarView(source[span])), "&ldquo;")
    }

    func testQAndBlockquoteBecomeQuotations() {
        let html = "<p>张明说：<q>他常说<q>慢慢来</q>。</q></p><blockquote><p>第一段。</p><p>第二段。</p></blockquote>"
            + "<blockquote>“已经有引号。”</blockquote>"
        let extracted = read(html)
        XCTAssertEqual(extracted.text, "张明说：“他常说‘慢慢来’。”\n“第一段。\n“第二段。”\n“已经有引号。”")
        let document = try! DocumentReader.document(data: Data(html.utf8), source: "t.html")
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.quotes.map(\.text), ["他常说‘慢慢来’。", "慢慢来", "第一段。\n第二段。", "已经有引号。"])
        XCTAssertEqual(result.quotes.first?.speaker?.name, "张明")
        // The inserted “ of <q> maps to the <q> tag itself.
        let location = result.quotes[1].location!
        XCTAssertEqual(String(html.unicodeScalars.dropFirst(location.start!).prefix(3)), "慢慢来")
    }

    func testCiteAndItalicAreWorkEvidence() throws {
        let html = "<p>She quoted <cite>Mansfield Park</cite> and <i>Persuasion</i>, <em>not</em> <b>Emma</b>: "
            + "<q>Ah, well.</q></p><p>Another paragraph about reading, with enough English words to be English.</p>"
        let document = try DocumentReader.document(data: Data(html.utf8), source: "t.html")
        XCTAssertEqual(document.origin?.markup.map(\.kind), [.citation, .emphasis, .emphasis])
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.works.map(\.title), ["Mansfield Park", "Persuasion"], "a stressed 'not' and bold text are no titles")
        XCTAssertEqual(result.works.map(\.open), ["<cite>", "<i>"])
        let park = try XCTUnwrap(result.works.first?.location)
        XCTAssertEqual(String(html.unicodeScalars.dropFirst(park.start!).prefix(park.end! - park.start!)), "Mansfield Park")
    }

    func testBrokenMarkupDoesNotCrash() {
        for html in ["<", "<p", "<p>a<", "&", "&#;", "&#x110000;", "<!--", "<script>", "a</q></blockquote></em>", "<q><q><q>x",
                     "<p title='>'>x</p>", "&unknown; &amp"] {
            let extracted = read(html)
            XCTAssertEqual(extracted.map.textCount, extracted.text.unicodeScalars.count, html)
        }
        XCTAssertEqual(read("<p title='a>b'>x</p>").text, "x")
        XCTAssertEqual(read("a < b &unknown; &amp c").text, "a < b &unknown; &amp c")
        XCTAssertEqual(read("&#x110000;&#0;").text, "\u{FFFD}\u{FFFD}")
    }

    func testFixtureGivesTheQuotesOfItsPlainText() throws {
        try assertSameQuotes("input/zh-reading.html", "input/zh-reading.txt")
        try assertSameQuotes("input/en-reading.html", "input/en-reading.txt")
    }

    func testLintFixesAreWrittenIntoTheMarkup() throws {
        let html = "<p>他说：“今天下雨”。</p>\n<p>她问：&quot;明天呢？&quot;</p>\n<p>张明说：<q>好</q>。</p>\n"
        let result = try Linter().fix(source: html, format: .html, name: "t.html")
        XCTAssertEqual(result.text, "<p>他说：“今天下雨。”</p>\n<p>她问：“明天呢？”</p>\n<p>张明说：<q>好</q>。</p>\n")
        XCTAssertGreaterThanOrEqual(result.applied, 2)
        // Markup the linter does not touch stays byte for byte; what is left is located in the source.
        for diagnostic in result.remaining {
            let location = try XCTUnwrap(diagnostic.location)
            XCTAssertEqual(location.line, 3)
        }
    }

    func testFixedHTMLEscapesMarkupCharacters() {
        let extracted = read("<p>a&lt;b</p>")
        let applied = Linter.apply([Diagnostic.Fix(start: 1, end: 2, replacement: "<&>")], to: "<p>a&lt;b</p>", map: extracted.map, escapeHTML: true)
        XCTAssertEqual(applied.text, "<p>a&lt;&amp;&gt;b</p>")
    }
}

extension XCTestCase {
    /// Quotes of a marked-up fixture and of its plain-text version agree, and every location points at the quote in the source.
    func assertSameQuotes(_ marked: String, _ plain: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let extractor = QuoteExtractor()
        let url = TestSupport.fixture(marked)
        let document = try DocumentReader.document(atPath: url.path, format: nil)
        let result = extractor.extract(document)
        let reference = extractor.extract(text: try TestSupport.fixtureText(plain))
        XCTAssertFalse(reference.quotes.isEmpty, file: file, line: line)
        func summary(_ q: Quote) -> [String] { [q.text, q.kind.rawValue, q.speaker?.name ?? "-", String(q.unclosed), String(q.depth)] }
        XCTAssertEqual(result.quotes.map(summary), reference.quotes.map(summary), file: file, line: line)
        let source = Array(try TestSupport.fixtureText(marked).unicodeScalars)
        var exact = 0
        for quote in result.quotes {
            let location = try XCTUnwrap(quote.location, file: file, line: line)
            let slice = String(String.UnicodeScalarView(source[location.start!..<location.end!]))
            // Extracting the slice again gives the quote's text (entities decoded, nested tags turned into marks).
            let again = marked.hasSuffix(".html") ? HTMLReader.read(slice).text : MarkdownReader.read(slice).text
            // (A nested <q> read alone is a top-level one, so single and double marks are not told apart.)
            func normal(_ s: String) -> String {
                s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "‘", with: "“").replacingOccurrences(of: "’", with: "”")
            }
            XCTAssertEqual(normal(again), normal(quote.text), file: file, line: line)
            if slice == quote.text { exact += 1 }
            // Line and column point at the same place as the offset.
            let before = source[..<location.start!]
            XCTAssertEqual(location.line, before.filter { $0 == "\n" }.count + 1, file: file, line: line)
        }
        XCTAssertGreaterThan(exact, 0, "most quotes are plain text in the source", file: file, line: line)
    }
}
