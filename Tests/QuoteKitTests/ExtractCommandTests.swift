import XCTest
@testable import QuoteKit

final class ExtractCommandTests: XCTestCase {
    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: TestSupport.quotekitBinary.path), "quotekit not built")
    }

    func testJSONLinesFromStandardInput() throws {
        let run = try TestSupport.run(["extract", "--format", "jsonl"], stdin: Data("他说：“好。”又说“走”。".utf8))
        XCTAssertEqual(run.status, 0, run.stderr)
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let quote = try JSONDecoder().decode(Quote.self, from: Data(lines[0].utf8))
        XCTAssertEqual(quote.text, "好。")
        XCTAssertEqual(quote.source, "-")
    }

    func testSeveralFilesGiveAJSONArray() throws {
        let file = TestSupport.fixture("scanner/zh-hans.txt").path
        let run = try TestSupport.run(["extract", file, file])
        XCTAssertEqual(run.status, 0, run.stderr)
        let results = try JSONDecoder().decode([ExtractionResult].self, from: run.stdout)
        XCTAssertEqual(results.count, 2)
        XCTAssertEqual(results[0].source, file)
    }

    func testCSVRowsMatchJSONLines() throws {
        let file = TestSupport.fixture("example-zh.txt").path
        let jsonl = try TestSupport.run(["extract", "--format", "jsonl", file])
        let csv = try TestSupport.run(["extract", "--format", "csv", "--bom", file])
        XCTAssertEqual(csv.status, 0)
        XCTAssertEqual(Array(csv.stdout.prefix(3)), [0xEF, 0xBB, 0xBF])
        let quoteCount = String(decoding: jsonl.stdout, as: UTF8.self).split(separator: "\n").count
        let text = String(decoding: csv.stdout.dropFirst(3), as: UTF8.self)
        XCTAssertEqual(text.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, quoteCount + 1)
    }

    func testBadInputFailsWithAMessageNamingTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.txt")
        try Data([0x41, 0xC3, 0x28]).write(to: bad)
        let empty = dir.appendingPathComponent("empty.txt")
        try Data().write(to: empty)
        for (path, words) in [(bad.path, "not valid UTF-8"), (empty.path, "empty"), (dir.appendingPathComponent("missing.txt").path, "no such file")] {
            let run = try TestSupport.run(["extract", "--format", "jsonl", path])
            XCTAssertEqual(run.status, 1)
            XCTAssertTrue(run.stderr.contains(path), run.stderr)
            XCTAssertTrue(run.stderr.contains(words), run.stderr)
        }
    }

    func testJSONLinesCorpusCarriesRecordIdsAndReportsBadRecords() throws {
        let run = try TestSupport.run(["extract", "--input", "jsonl", "--format", "jsonl", "--jobs", "2",
                                       TestSupport.fixture("corpus/records.jsonl").path])
        XCTAssertEqual(run.status, 1, "bad records make the run fail")
        let quotes = try String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(Quote.self, from: Data($0.utf8))
        }
        XCTAssertEqual(quotes.map(\.source), ["doc-1", "3", "doc-4", "doc-4"])
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 2, run.stderr)
    }

    func testFolderInputWithGlobInSortedOrder() throws {
        let run = try TestSupport.run(["extract", "--format", "jsonl", "--glob", "*.txt", "--no-progress",
                                       TestSupport.fixture("corpus/folder").path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let texts = try String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(Quote.self, from: Data($0.utf8)).text
        }
        XCTAssertEqual(texts, ["第一篇。", "第二篇，在子目录里。"])
        XCTAssertTrue(run.stderr.isEmpty, "no progress line when asked not to")
    }
}
