@testable import QuoteKit
import XCTest

/// The seed page against the real classics library (../shared/library); skipped when it is absent.
final class CitationClassicsTests: XCTestCase {
    func checker() throws -> CitationChecker {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: CitationFixtures.classics), "../shared/library/classics.jsonl is absent")
        return try XCTUnwrap(CitationFixtures.classicsChecker)
    }

    func testSeedPageClassicsAreVerified() throws {
        let checker = try checker()
        try XCTSkipUnless(FileManager.default.fileExists(atPath: CitationFixtures.seed), "seed page is absent")
        let document = try DocumentReader.document(atPath: CitationFixtures.seed)
        let result = checker.check(QuoteExtractor().extract(document), document: document)
        let confucius = try XCTUnwrap(result.quotes.first { $0.text == "三人行，必有我师焉；择其善者而从之，其不善者而改之" })
        XCTAssertTrue([.exact, .normalized].contains(confucius.check?.verdict))
        XCTAssertEqual(confucius.check?.source?.work, "论语")
        XCTAssertEqual(confucius.check?.source?.chapter, "述而篇")
        let duFu = try XCTUnwrap(result.quotes.first { $0.text == "别裁伪体亲风雅，转益多师是汝师" })
        XCTAssertEqual(duFu.check?.verdict, .normalized)
        XCTAssertEqual(duFu.check?.steps, ["traditional-simplified"])
        XCTAssertEqual(duFu.check?.source?.author, "杜甫")
        XCTAssertTrue(duFu.check?.source?.work.hasPrefix("戲爲六絕句") ?? false)
    }

    /// The articles of classical quotations in both scripts (Fixtures/check/classics-article*.txt): every verdict and
    /// source as their gold files say (right and wrong claims, thinkers, sayings, neighbouring speakers, lead-ins).
    func testClassicsArticlesVerdictsAndSourcesMatchTheGoldFiles() throws {
        let checker = try checker()
        for name in ["classics-article", "classics-article-2"] {
            try checkArticle(name, checker)
        }
    }

    func checkArticle(_ name: String, _ checker: CitationChecker) throws {
        let document = try DocumentReader.document(atPath: CitationFixtures.path("Fixtures/check/\(name).txt"))
        let quotes = checker.check(QuoteExtractor().extract(document), document: document).quotes.filter { $0.check?.verdict != .unchecked }
        let gold = try String(contentsOfFile: CitationFixtures.path("Fixtures/check/\(name).gold.tsv"), encoding: .utf8)
            .split(separator: "\n").filter { !$0.hasPrefix("#") }.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        XCTAssertEqual(quotes.count, gold.count)
        var right = 0
        for (quote, expected) in zip(quotes, gold) {
            XCTAssertTrue((quote.text + (quote.close ?? "")).hasPrefix(expected[0]), "\(quote.id): \(quote.text)")
            let work = quote.check?.source.map { String($0.work.split(separator: " ").first ?? "") }
            let works = expected[2] == "-" ? [] : expected[2].split(separator: "|").map(String.init)
            let ok = quote.check?.verdict.rawValue == expected[1] && (works.isEmpty ? work == nil : works.contains(work ?? ""))
            XCTAssertTrue(ok, "\(quote.id) \(expected[0]): \(quote.check?.verdict.rawValue ?? "-") \(work ?? "-"), expected \(expected[1]) \(expected[2])")
            if ok { right += 1 }
        }
        print("\(name): \(right)/\(gold.count) verdicts and sources right")
    }

    func testSpeakersAsAttributionWillSetThem() throws {
        let checker = try checker()
        XCTAssertEqual(checker.check(text: "三人行，必有我师焉", claims: CitationClaims(authors: ["孔子"])).verdict, .exact)
        XCTAssertEqual(checker.check(text: "别裁伪体亲风雅，转益多师是汝师", claims: CitationClaims(authors: ["杜甫"])).verdict, .normalized)
        XCTAssertEqual(checker.check(text: "别裁伪体亲风雅，转益多师是汝师", claims: CitationClaims(authors: ["李白"])).verdict, .misattributed)
    }

    func testAThousandQuotationsAreChecked() throws {
        let checker = try checker()
        // 1,000 quotations: lines taken from the library (half altered by one character) and modern sentences.
        var quotes: [String] = []
        let library = checker.library
        var r = 0
        while quotes.count < 800 {
            let text = library.text(ofRecord: (r * 7919) % library.records.count)
            r += 1
            guard let line = text.split(separator: "\n").first, line.count >= 8 else { continue }
            var s = String(line.prefix(24))
            if quotes.count % 2 == 1 { s = String(s.prefix(3)) + "某" + String(s.dropFirst(4)) }
            quotes.append(s)
        }
        while quotes.count < 1000 { quotes.append("第\(quotes.count)条现代新闻引语要推动高质量发展") }
        let clock = ContinuousClock()
        let start = clock.now
        var verdicts: [CitationCheck.Verdict: Int] = [:]
        for q in quotes { verdicts[checker.check(text: q).verdict, default: 0] += 1 }
        let elapsed = clock.now - start
        print("checked 1000 quotations in \(elapsed): \(verdicts)")
        XCTAssertGreaterThanOrEqual((verdicts[.exact] ?? 0) + (verdicts[.normalized] ?? 0), 380)
        XCTAssertGreaterThanOrEqual(verdicts[.variant] ?? 0, 300)
        XCTAssertGreaterThanOrEqual(verdicts[.notFound] ?? 0, 190)
        #if DEBUG
        XCTAssertLessThan(elapsed, .seconds(10)) // unoptimised build; release must stay under 2 s
        #else
        XCTAssertLessThan(elapsed, .seconds(2))
        #endif
    }
}
