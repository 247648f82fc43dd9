@testable import QuoteKit
import XCTest

final class CitationLibraryTests: XCTestCase {
    var temporary: URL!

    override func setUpWithError() throws {
        temporary = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-citation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temporary)
    }

    func write(_ name: String, _ text: String) -> String {
        let url = temporary.appendingPathComponent(name)
        try! text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    func testLoadsFoldersOfTextAndJSONLines() throws {
        let library = try ReferenceLibrary.load(paths: [CitationFixtures.allLibrary])
        XCTAssertEqual(library.records.count, 12)
        XCTAssertTrue(library.records.contains { $0.work == "Emma" && $0.author == nil })
        XCTAssertTrue(library.records.contains { $0.work == "论语" && $0.chapter == "述而篇" && $0.collection == "四书五经" })
        XCTAssertGreaterThan(library.statistics.units, 300)
        XCTAssertGreaterThan(library.statistics.indexBytes, 0)
        XCTAssertFalse(library.statistics.fromCache)
    }

    func testPlainTextAuthorHeaderIsRead() throws {
        let path = write("Sense and Sensibility.txt", "Title: Sense and Sensibility\nAuthor: Jane Austen\n\nThe family of Dashwood had long been settled in Sussex.\n")
        let library = try ReferenceLibrary.load(paths: [path])
        XCTAssertEqual(library.records, [LibraryRecord(work: "Sense and Sensibility", author: "Jane Austen")])
        let checker = CitationChecker(library: library)
        XCTAssertEqual(checker.check(text: "The family of Dashwood had long been settled in Sussex.", claims: CitationClaims(authors: ["Austen"])).verdict, .exact)
    }

    func testJSONLinesEscapesAndExtraFields() throws {
        let path = write("escapes.jsonl", #"{"work": "T\u00e9st", "author": "A", "n": 3, "tags": ["x", {"y": null}], "ok": true, "text": "line one\nsaid \"hi\" \ud83d\ude00 done"}"# + "\n\n")
        let library = try ReferenceLibrary.load(paths: [path])
        XCTAssertEqual(library.records, [LibraryRecord(work: "Tést", author: "A")])
        XCTAssertEqual(library.text(ofRecord: 0), "line one\nsaid \"hi\" 😀 done")
    }

    func testMalformedJSONLineIsAnErrorWithItsLine() {
        let path = write("bad.jsonl", "{\"work\": \"a\", \"text\": \"x\"}\n{\"work\": \"b\", \"text\": \"y\n")
        XCTAssertThrowsError(try ReferenceLibrary.load(paths: [path])) { error in
            let error = error as? LibraryError
            XCTAssertEqual(error?.line, 2)
            XCTAssertTrue(error?.description.contains("bad.jsonl:2") ?? false)
        }
        let noText = write("notext.jsonl", "{\"work\": \"a\"}\n")
        XCTAssertThrowsError(try ReferenceLibrary.load(paths: [noText])) { error in
            XCTAssertTrue((error as? LibraryError)?.reason.contains("text") ?? false)
        }
    }

    func testMissingPathsAndEmptyFoldersAreErrors() {
        XCTAssertThrowsError(try ReferenceLibrary.load(paths: [temporary.appendingPathComponent("nope.jsonl").path]))
        let empty = temporary.appendingPathComponent("empty")
        try? FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        XCTAssertThrowsError(try ReferenceLibrary.load(paths: [empty.path])) { error in
            XCTAssertTrue((error as? LibraryError)?.reason.contains("no .txt") ?? false)
        }
        let latin1 = temporary.appendingPathComponent("latin1.txt")
        try? Data([0x63, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x75, 0x20, 0x6C, 0x61, 0x69, 0x74]).write(to: latin1)
        XCTAssertThrowsError(try ReferenceLibrary.load(paths: [latin1.path])) { error in
            XCTAssertTrue((error as? LibraryError)?.reason.contains("UTF-8") ?? false)
        }
    }

    func testIndexCacheRoundTripsAndIsRebuiltForOtherInputs() throws {
        let cache = temporary.appendingPathComponent("fixtures.qkidx").path
        let built = try ReferenceLibrary.load(paths: [CitationFixtures.allLibrary], cache: cache)
        XCTAssertFalse(built.statistics.fromCache)
        XCTAssertTrue(FileManager.default.fileExists(atPath: cache))
        let cached = try ReferenceLibrary.load(paths: [CitationFixtures.allLibrary], cache: cache)
        XCTAssertTrue(cached.statistics.fromCache)
        XCTAssertEqual(cached.records, built.records)
        XCTAssertEqual(cached.units, built.units)
        XCTAssertEqual(cached.postings, built.postings)
        XCTAssertEqual(cached.buckets, built.buckets)
        XCTAssertEqual(cached.vocabulary, built.vocabulary)
        let a = CitationChecker(library: built), b = CitationChecker(library: cached)
        for text in ["别裁伪体亲风雅，转益多师是汝师", "I could easily forgive his pride, if he had not wounded mine.", "学而时习之……有朋自远方来"] {
            XCTAssertEqual(a.check(text: text), b.check(text: text))
        }
        // Other inputs: the cache is not used, and is replaced.
        let other = try ReferenceLibrary.load(paths: [CitationFixtures.zhLibrary], cache: cache)
        XCTAssertFalse(other.statistics.fromCache)
        XCTAssertEqual(other.records.count, 7)
    }

    func testDamagedCacheIsRejected() throws {
        let cache = write("damaged.qkidx", "QKIDX001 but not really")
        XCTAssertThrowsError(try ReferenceLibrary.readIndex(from: cache, fingerprint: nil))
        let notCache = write("other.qkidx", "hello")
        XCTAssertThrowsError(try ReferenceLibrary.readIndex(from: notCache, fingerprint: nil)) { error in
            XCTAssertTrue((error as? LibraryError)?.reason.contains("not a QuoteKit index") ?? false)
        }
        // load() falls back to building when the cache is unusable.
        let library = try ReferenceLibrary.load(paths: [CitationFixtures.zhLibrary], cache: cache)
        XCTAssertEqual(library.records.count, 7)
    }

    func testPostingsFindEveryOccurrenceOfABigram() {
        let library = ReferenceLibrary(texts: [(LibraryRecord(work: "a"), "天下天下，天下"), (LibraryRecord(work: "b"), "下天天下")])
        let tian = "天".unicodeScalars.first!.value
        let xia = "下".unicodeScalars.first!.value
        let range = library.postingRange(tian, xia)
        let positions = range.map { Int(library.postings[$0]) }.sorted()
        XCTAssertEqual(positions.count, 4)
        XCTAssertTrue(positions.allSatisfy { library.units[$0] == tian && library.units[$0 + 1] == xia })
        // "下下" never occurs, and no bigram crosses the two records (a ends with 下, b starts with 下).
        XCTAssertEqual(library.postingRange(xia, xia).count, 0)
    }
}
