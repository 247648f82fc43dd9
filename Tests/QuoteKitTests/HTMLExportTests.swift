@testable import QuoteKit
import XCTest

final class HTMLExportTests: XCTestCase {
    func page(_ results: [(ExtractionResult, Document)]) -> String {
        var exporter = HTMLExporter(title: "Review <draft>")
        var bytes = exporter.begin()
        for (result, document) in results { bytes += exporter.write(result, document: document) }
        bytes += exporter.end()
        return String(decoding: bytes, as: UTF8.self)
    }

    func testPageIsSelfContainedAndEscapesEverything() {
        let text = "李华说：“<script>alert('x')</script> & 学而时习之”。所谓“推敲”。"
        let document = Document(text: text, source: "a<b>.txt")
        let html = page([(QuoteExtractor().extract(document), document)])
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.hasSuffix("</html>\n"))
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("http://") || html.contains("https://"), "no network resources")
        XCTAssertFalse(html.contains("<link"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; 学而时习之"))
        XCTAssertTrue(html.contains("<title>Review &lt;draft&gt;</title>"))
        XCTAssertTrue(html.contains("<h2>a&lt;b&gt;.txt</h2>"))
    }

    func testQuotesAreHighlightedByKindAndSpansAreBalanced() {
        let text = "张明说：“他说‘学而时习之’很对。”\n\n所谓“推敲”，要反复琢磨。"
        let document = Document(text: text, source: "t")
        let result = QuoteExtractor().extract(document)
        let html = page([(result, document)])
        let article = html.components(separatedBy: "<article")[1].components(separatedBy: "</article>")[0]
        XCTAssertEqual(article.components(separatedBy: "<span").count, article.components(separatedBy: "</span>").count)
        XCTAssertTrue(article.contains("class=\"q k-quotation v-none\" id=\"d1-q1\""))
        XCTAssertTrue(article.contains("class=\"q k-term v-none\""))
        // The nested quote sits inside its parent.
        let outer = article.range(of: "id=\"d1-q1\"")!, inner = article.range(of: "id=\"d1-q2\"")!
        XCTAssertLessThan(outer.lowerBound, inner.lowerBound)
        // The article keeps the whole text.
        let stripped = article.replacingOccurrences(of: "<sup class=\"tag\">q\\d</sup>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        XCTAssertTrue(stripped.hasSuffix(text.replacingOccurrences(of: "‘", with: "‘")))
        XCTAssertTrue(html.contains("<td>quotes</td>"))
    }

    func testCheckedPageShowsVerdictsDiffsAndSummary() {
        let text = try! String(contentsOfFile: CitationFixtures.path("Fixtures/check/zh-article.txt"), encoding: .utf8)
        let document = Document(text: text, source: "zh-article.txt")
        let result = CitationFixtures.checker.check(QuoteExtractor().extract(document), document: document)
        let html = page([(result, document)])
        for verdict in ["exact", "normalized", "abridged", "variant", "misattributed", "not-found", "unchecked"] {
            XCTAssertTrue(html.contains("class=\"q k-") && html.contains("v-\(verdict)\""), verdict)
            XCTAssertTrue(html.contains("<span class=\"badge v v-\(verdict)\">\(verdict)</span>"), verdict)
        }
        XCTAssertTrue(html.contains("<del>明</del><ins>山</ins>"))
        XCTAssertTrue(html.contains("source: 李白《靜夜思》"))
        // Summary of verdicts: one misattributed quote.
        XCTAssertTrue(html.contains("<th class=\"v-misattributed\">misattributed</th>"))
    }

    func testSeveralDocumentsGetTotals() {
        let a = Document(text: "他说：“好。”", source: "a"), b = Document(text: "她说：“行。”", source: "b")
        let html = page([(QuoteExtractor().extract(a), a), (QuoteExtractor().extract(b), b)])
        XCTAssertTrue(html.contains("id=\"d2-q1\""))
        XCTAssertTrue(html.contains("All documents"))
    }

    func testWithoutTheDocumentOnlyTheListsAreWritten() {
        var exporter = HTMLExporter()
        let result = QuoteExtractor().extract(text: "他说：“好。”")
        let html = String(decoding: exporter.write(result), as: UTF8.self)
        XCTAssertFalse(html.contains("<article"))
        XCTAssertTrue(html.contains("<aside lang=\"zh\">"))
    }

    func testRenderDiff() {
        let diff = [CitationCheck.DiffSegment(op: .equal, quote: "a<", source: "a<"),
                    CitationCheck.DiffSegment(op: .replace, quote: "x", source: "y"),
                    CitationCheck.DiffSegment(op: .insert, quote: "+", source: ""),
                    CitationCheck.DiffSegment(op: .delete, quote: "", source: "-")]
        XCTAssertEqual(HTMLExporter.renderDiff(diff), "a&lt;<del>y</del><ins>x</ins><ins>+</ins><del>-</del>")
    }
}
