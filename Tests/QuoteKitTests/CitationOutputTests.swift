import CSV
@testable import QuoteKit
import XCTest

/// What `quotekit check` writes about each verdict: the claim and the rule that read it, the source,
/// the folding steps and the diff, in JSON, CSV, text and the HTML review page.
final class CitationOutputTests: XCTestCase {
    static let article = "王维在《相思》中写道：“红豆生南国，春来发几枝。”\n\n荀子说：“吾生也有涯，而知也无涯。”\n\n古人云：“青，取之于蓝，而青于蓝。”\n"
    var temporary: URL!

    override func setUpWithError() throws {
        temporary = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-check-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        try Self.article.write(to: temporary.appendingPathComponent("article.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temporary)
    }

    func check(_ format: String) throws -> (status: Int32, output: String) {
        let run = try TestSupport.run(["check", "--format", format, "--library", TestSupport.fixture("check/thinkers.jsonl").path,
                                       temporary.appendingPathComponent("article.txt").path])
        return (run.status, String(decoding: run.stdout, as: UTF8.self))
    }

    func testJSONCarriesTheClaimsWithTheirRulesStatusesAndSteps() throws {
        let (status, output) = try check("json")
        XCTAssertEqual(status, 1) // a variant and a misattributed quote to review
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let quotes = try XCTUnwrap(object["quotes"] as? [[String: Any]])
        let checks = quotes.compactMap { $0["check"] as? [String: Any] }
        XCTAssertEqual(checks.map { $0["verdict"] as? String }, ["variant", "misattributed", "exact"])
        let wangWei = try XCTUnwrap(checks[0]["claims"] as? [[String: Any]])
        let author = try XCTUnwrap(wangWei.first { $0["kind"] as? String == "author" })
        XCTAssertEqual(author["value"] as? String, "王维")
        XCTAssertEqual(author["rule"] as? String, "zh.before.colon")
        XCTAssertEqual(author["status"] as? String, "agrees")
        XCTAssertEqual(author["matched"] as? String, "王維")
        XCTAssertEqual(author["steps"] as? [String], ["traditional-simplified"])
        XCTAssertNotNil(checks[0]["diff"] as? [[String: Any]])
        XCTAssertEqual((checks[1]["claims"] as? [[String: Any]])?.first?["status"] as? String, "conflicts")
        XCTAssertEqual((checks[2]["claims"] as? [[String: Any]])?.count, 0)
        XCTAssertTrue((checks[2]["message"] as? String)?.contains("no claim read") ?? false)
    }

    func testCSVHasClaimsAndDiffColumns() throws {
        let (_, output) = try check("csv")
        let reader = try CSVReader(string: output, hasHeaderRow: true)
        XCTAssertEqual(reader.headerRow, CitationReport.csvHeader)
        XCTAssertEqual(Array(CitationReport.csvHeader.suffix(2)), ["claims", "diff"])
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertEqual(rows.count, 3)
        XCTAssertTrue(rows[0][rows[0].count - 2].contains("author 王维 (zh.before.colon): agrees as 王維 after traditional-simplified"),
                      rows[0][rows[0].count - 2])
        XCTAssertEqual(rows[0].last, "红豆生南国，[-秋-]{+春+}来发[-故-]{+几+}枝")
        XCTAssertTrue(rows[1][rows[1].count - 2].contains("conflicts"))
        XCTAssertEqual(rows[2][rows[2].count - 2], "")
    }

    func testTextReportListsEachClaim() throws {
        let (_, output) = try check("text")
        XCTAssertTrue(output.contains("claim: author 荀子 (zh.before.colon): conflicts"), output)
        XCTAssertTrue(output.contains("claim: work 相思 (work-link, read from “《相思》中写道：”): agrees"), output)
    }

    func testHTMLShowsTheClaimAndWhyEscaped() throws {
        let (_, output) = try check("html")
        XCTAssertTrue(output.contains("<ul class=\"claims\">"))
        XCTAssertTrue(output.contains("claim: author <b>王维</b> <span class=\"rule\">zh.before.colon</span>"), output)
        XCTAssertTrue(output.contains("<span class=\"badge c c-agrees\">agrees</span> as 王維 after traditional-simplified"))
        XCTAssertTrue(output.contains("<span class=\"badge c c-conflicts\">conflicts</span>"))
        XCTAssertTrue(output.contains("<div class=\"msg\">why: "))
        // A claim's text is escaped like everything else on the page.
        let hostile = CitationCheck.Claim(CitationClaim(kind: .work, value: "<script>x</script>", rule: "r&d", evidence: "\"《a》\""),
                                          status: .unknown)
        let html = HTMLExporter.claimList([hostile])
        XCTAssertFalse(html.contains("<script>"))
        XCTAssertTrue(html.contains("&lt;script&gt;x&lt;/script&gt;"))
        XCTAssertTrue(html.contains("r&amp;d"))
    }

    func testChecksWithoutClaimsStillDecode() throws {
        let json = #"{"verdict":"exact","steps":[],"source":null,"diff":null,"similarity":1,"message":"found"}"#
        let check = try JSONDecoder().decode(CitationCheck.self, from: Data(json.utf8))
        XCTAssertEqual(check.claims, [])
        XCTAssertEqual(check.verdict, .exact)
    }
}
