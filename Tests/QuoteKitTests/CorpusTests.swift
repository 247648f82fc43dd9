import Foundation
import XCTest
@testable import QuoteKit

final class CorpusTests: XCTestCase {
    func testFolderIsWalkedRecursivelyInSortedOrderWithGlob() {
        let folder = TestSupport.fixture("corpus/folder").path
        var options = CorpusReader.Options()
        options.glob = "*.txt"
        var reader = CorpusReader(inputs: [folder], options: options)
        var sources: [String] = []
        while let item = reader.next() { sources.append(item.source) }
        XCTAssertEqual(sources.map { ($0 as NSString).lastPathComponent }, ["a.txt", "b.txt"])
        XCTAssertNotNil(reader.totalBytes)
    }

    func testTotalBytesAddsFolderAndFileSizesAndIsUnknownWithStandardInput() throws {
        let folder = TestSupport.fixture("corpus/folder").path
        let file = TestSupport.fixture("example-zh.txt").path
        func size(_ path: String) throws -> Int {
            try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        }
        var options = CorpusReader.Options()
        options.glob = "*.txt"
        var walked = CorpusReader(inputs: [folder], options: options)
        var folderBytes = 0
        while let item = walked.next() { folderBytes += try size(item.source) }
        XCTAssertGreaterThan(folderBytes, 0)
        XCTAssertEqual(CorpusReader(inputs: [folder, file], options: options).totalBytes, folderBytes + (try size(file)))
        XCTAssertNil(CorpusReader(inputs: [file, "-", folder], options: options).totalBytes)
    }

    func testJSONLinesRecordsBecomeDocumentsWithTheirIds() {
        var options = CorpusReader.Options()
        options.format = .jsonl
        var reader = CorpusReader(inputs: [TestSupport.fixture("corpus/records.jsonl").path], options: options)
        let decoder = CorpusDecoder()
        var sources: [String] = []
        var errors: [InputError] = []
        while let item = reader.next() {
            do throws(InputError) {
                sources.append(try decoder.document(for: item).source)
            } catch {
                errors.append(error)
            }
        }
        XCTAssertEqual(sources, ["doc-1", "3", "doc-4"])
        XCTAssertEqual(errors.count, 2)
        XCTAssertTrue(errors[0].description.contains("records.jsonl:2"), errors[0].description)
        XCTAssertTrue(errors[1].description.contains("not valid JSON"), errors[1].description)
    }

    func testLineReaderHandlesChunkBoundariesAndCRLF() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("lines-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = (0..<500).map { "第\($0)行，" + String(repeating: "字", count: $0 % 37) }
        try Data(lines.joined(separator: "\r\n").utf8).write(to: url)
        let reader = LineReader(handle: try FileHandle(forReadingFrom: url), chunkSize: 64)
        var read: [String] = []
        while let line = reader.next() { read.append(String(decoding: line, as: UTF8.self)) }
        XCTAssertEqual(read, lines)
    }

    func testOrderedParallelMapKeepsInputOrder() {
        var items = (0..<500).makeIterator()
        var out: [Int] = []
        OrderedParallelMap(jobs: 4, window: 8).run(&items, transform: { n -> Int in
            if n % 7 == 0 { usleep(200) }
            return n * 2
        }, sink: { out.append($0) })
        XCTAssertEqual(out, (0..<500).map { $0 * 2 })
    }

    func testOrderedParallelMapBatchesByCostAndKeepsOrder() {
        // Costly items travel alone, cheap ones in batches of at most `batchLimit`: every item once, in order.
        final class Counter: @unchecked Sendable {
            let lock = NSLock()
            var calls = 0
            func add() { lock.lock(); calls += 1; lock.unlock() }
        }
        let counter = Counter()
        for jobs in [1, 2, 3] {
            counter.calls = 0
            var items = (0..<1_000).makeIterator()
            var out: [Int] = []
            OrderedParallelMap(jobs: jobs, window: 2, batchCost: 50, batchLimit: 7).run(&items, cost: { $0 % 9 == 0 ? 1_000 : 1 }, transform: { n -> Int in
                counter.add()
                if n % 13 == 0 { usleep(100) }
                return n + 1
            }, sink: { out.append($0) })
            XCTAssertEqual(out, Array(1...1_000), "jobs \(jobs)")
            XCTAssertEqual(counter.calls, 1_000, "jobs \(jobs)")
        }
    }

    func testParallelExtractionEqualsSequential() throws {
        let folder = TestSupport.fixture("scanner").path
        func run(jobs: Int) -> [ExtractionResult] {
            var reader = CorpusReader(inputs: [folder])
            var results: [ExtractionResult] = []
            let extractor = QuoteExtractor()
            let decoder = CorpusDecoder()
            OrderedParallelMap(jobs: jobs).run(&reader, transform: { item -> ExtractionResult? in
                try? extractor.extract(decoder.document(for: item))
            }, sink: { if let r = $0 { results.append(r) } })
            return results
        }
        let sequential = run(jobs: 1)
        XCTAssertGreaterThan(sequential.count, 5)
        XCTAssertEqual(run(jobs: 3), sequential)
    }
}
