@testable import QuoteKit
import XCTest

/// Damaged, tampered, stale, foreign and unwritable index caches: each is detected, never trusted,
/// never a crash, and never a reason to overwrite a file that is not a cache.
final class CitationCacheHostileTests: XCTestCase {
    var temporary: URL!

    override func setUpWithError() throws {
        temporary = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: temporary)
    }

    func path(_ name: String) -> String { temporary.appendingPathComponent(name).path }

    /// A small library and its freshly written cache.
    func libraryAndCache() throws -> (library: String, cache: String) {
        let library = path("论语.txt")
        try "学而时习之，不亦说乎？有朋自远方来，不亦乐乎？".write(toFile: library, atomically: true, encoding: .utf8)
        let cache = path("lunyu.qkidx")
        let built = try ReferenceLibrary.load(paths: [library], cache: cache)
        XCTAssertFalse(built.statistics.fromCache)
        XCTAssertTrue(try ReferenceLibrary.load(paths: [library], cache: cache).statistics.fromCache)
        return (library, cache)
    }

    func testEveryFlippedByteIsCaughtAndTheCacheRebuilt() throws {
        let (library, cache) = try libraryAndCache()
        let good = try Data(contentsOf: URL(fileURLWithPath: cache))
        // Past the magic and the fingerprint, every byte is covered by the checksum.
        for offset in stride(from: 16, to: good.count, by: max(1, good.count / 31)) {
            var bytes = [UInt8](good)
            bytes[offset] ^= 0x5A
            try Data(bytes).write(to: URL(fileURLWithPath: cache))
            XCTAssertThrowsError(try ReferenceLibrary.readIndex(from: cache, fingerprint: nil), "byte \(offset)")
            let rebuilt = try ReferenceLibrary.load(paths: [library], cache: cache)
            XCTAssertFalse(rebuilt.statistics.fromCache)
            XCTAssertEqual(rebuilt.statistics.cacheNotes.count, 1, "byte \(offset)")
            XCTAssertTrue(rebuilt.statistics.cacheNotes[0].contains("rebuilding"), rebuilt.statistics.cacheNotes[0])
        }
    }

    /// Rewrites the checksum so that only the structural checks stand between a tampered cache and a look-up.
    func resealed(_ bytes: [UInt8]) -> Data {
        var bytes = bytes
        let checksum = bytes.withUnsafeBytes { IndexChecksum.of(UnsafeRawBufferPointer(rebasing: $0[24...])) }
        withUnsafeBytes(of: checksum.littleEndian) { bytes.replaceSubrange(16..<24, with: $0) }
        return Data(bytes)
    }

    func testTamperedCountsAndPositionsAreRefusedEvenWithAGoodChecksum() throws {
        let (_, cache) = try libraryAndCache()
        let good = [UInt8](try Data(contentsOf: URL(fileURLWithPath: cache)))
        // The records count set to 2^46 (the "failed to allocate 70368744177632 bytes" crash before).
        var huge = good
        withUnsafeBytes(of: (UInt64(1) << 46).littleEndian) { huge.replaceSubrange(24..<32, with: $0) }
        try resealed(huge).write(to: URL(fileURLWithPath: cache))
        XCTAssertThrowsError(try ReferenceLibrary.readIndex(from: cache, fingerprint: nil)) { error in
            XCTAssertTrue("\(error)".contains("damaged"), "\(error)")
        }
        // The last posting pointed past the units: a look-up would have trapped.
        let postingsCount = Int(good[24 + 3 * 8]) | Int(good[24 + 3 * 8 + 1]) << 8
        XCTAssertGreaterThan(postingsCount, 0)
        var wild = good
        let bucketsCount = Int(UInt64(littleEndian: good.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 24 + 4 * 8, as: UInt64.self) }))
        let lastPosting = good.count - bucketsCount * 4 - 4
        wild.replaceSubrange(lastPosting..<lastPosting + 4, with: [0xFF, 0xFF, 0xFF, 0x00])
        try resealed(wild).write(to: URL(fileURLWithPath: cache))
        XCTAssertThrowsError(try ReferenceLibrary.readIndex(from: cache, fingerprint: nil)) { error in
            XCTAssertTrue("\(error)".contains("postings"), "\(error)")
        }
    }

    func testSameSizeEditWithTheOldModificationTimeMissesTheCache() throws {
        let (library, cache) = try libraryAndCache()
        let modified = try FileManager.default.attributesOfItem(atPath: library)[.modificationDate] as? Date
        try "学而时习之，不亦悦乎？有朋自远方来，不亦乐乎？".write(toFile: library, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: try XCTUnwrap(modified)], ofItemAtPath: library)
        let reloaded = try ReferenceLibrary.load(paths: [library], cache: cache)
        XCTAssertFalse(reloaded.statistics.fromCache)
        XCTAssertTrue(reloaded.text(ofRecord: 0).contains("不亦悦乎"))
        XCTAssertEqual(reloaded.statistics.cacheNotes, [], "a stale cache is an ordinary miss")
    }

    func testAFileThatIsNotACacheIsNeverOverwritten() throws {
        let (library, _) = try libraryAndCache()
        let article = path("article.txt")
        try "张明教授说：“学而时习之。”".write(toFile: article, atomically: true, encoding: .utf8)
        for target in [article, library] {
            let before = try Data(contentsOf: URL(fileURLWithPath: target))
            XCTAssertThrowsError(try ReferenceLibrary.load(paths: [library], cache: target)) { error in
                XCTAssertTrue("\(error)".contains("not a QuoteKit index cache"), "\(error)")
            }
            XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: target)), before)
        }
    }

    func testAnUnwritableCacheIsANoteNotAFailure() throws {
        let (library, _) = try libraryAndCache()
        let cache = path("no-such-folder/lunyu.qkidx")
        let loaded = try ReferenceLibrary.load(paths: [library], cache: cache)
        XCTAssertEqual(loaded.records.count, 1)
        XCTAssertEqual(loaded.statistics.cacheNotes.count, 1)
        XCTAssertTrue(loaded.statistics.cacheNotes[0].contains("going on without it"), loaded.statistics.cacheNotes[0])
    }
}
