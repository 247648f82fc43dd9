import Foundation
import XCTest
@testable import QuoteKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Folder walks report what they cannot read instead of dropping it.
final class FolderWalkTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-walk-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try "张明教授说：“今天的会议很重要。”".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    }

    override func tearDownWithError() throws {
        if let directory {
            chmod(directory.appendingPathComponent("locked").path, 0o755)
            try? FileManager.default.removeItem(at: directory)
        }
    }

    /// Creates a file whose name is the GBK bytes of 张明.txt (not UTF-8), with `open(2)` and raw bytes.
    func makeGBKNamedFile() throws {
        let name: [UInt8] = [0xD5, 0xC5, 0xC3, 0xF7] + Array(".txt".utf8)
        let path = Array(directory.path.utf8) + [UInt8(ascii: "/")] + name + [0]
        let fd = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_CREAT | O_WRONLY, 0o644) }
        try XCTSkipIf(fd < 0, "this file system refuses names that are not UTF-8")
        close(fd)
    }

    func items() -> [(source: String, failure: InputError?)] {
        var reader = CorpusReader(inputs: [directory.path])
        var out: [(String, InputError?)] = []
        while let item = reader.next() {
            if case .failure(let error) = item.payload { out.append((item.source, error)) } else { out.append((item.source, nil)) }
        }
        return out
    }

    func testANameThatIsNotUTF8IsReportedWithItsBytes() throws {
        try makeGBKNamedFile()
        let found = items()
        XCTAssertEqual(found.count, 2)
        let bad = try XCTUnwrap(found.first { $0.failure != nil })
        XCTAssertTrue(bad.source.hasSuffix("/\\xD5\\xC5\\xC3\\xF7.txt"), bad.source)
        XCTAssertTrue(bad.failure!.description.contains("not UTF-8"), bad.failure!.description)
        // A glob that the raw name does not match leaves it out, as for any other file.
        var options = CorpusReader.Options()
        options.glob = "*.md"
        var reader = CorpusReader(inputs: [directory.path], options: options)
        XCTAssertNil(reader.next())
    }

    func testAnUnreadableSubfolderIsReported() throws {
        try XCTSkipIf(getuid() == 0, "root reads every folder")
        let locked = directory.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        let bad = try XCTUnwrap(items().first { $0.failure != nil })
        XCTAssertEqual(bad.source, locked.path)
        XCTAssertTrue(bad.failure!.description.contains("cannot read the folder"))
    }

    func testTheCommandExitsOneAndStillProcessesTheOtherFiles() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: TestSupport.quotekitBinary.path), "quotekit not built")
        try makeGBKNamedFile()
        let run = try TestSupport.run(["extract", "--format", "jsonl", directory.path])
        XCTAssertEqual(run.status, 1)
        XCTAssertEqual(String(decoding: run.stdout, as: UTF8.self).split(separator: "\n").count, 1)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1, run.stderr)
        XCTAssertTrue(run.stderr.contains("\\xD5\\xC5\\xC3\\xF7.txt: cannot read input: the file name is not UTF-8"), run.stderr)
    }
}

/// One document above the size limit is refused with a clear reason, whatever carries it.
final class DocumentSizeLimitTests: XCTestCase {
    func testAFileOrRecordOverTheLimitIsRefused() throws {
        let limit = DocumentReader.maxDocumentBytes
        XCTAssertThrowsError(try DocumentReader.document(data: Data(count: limit + 1), source: "huge.txt", format: .text)) { error in
            XCTAssertEqual((error as? InputError)?.reason, .tooLarge(bytes: limit + 1, limit: limit))
            XCTAssertTrue("\(error)".contains("split it"), "\(error)")
        }
        var record = Data(#"{"id": "big", "text": ""#.utf8)
        record.append(Data(repeating: 0x61, count: limit))
        record.append(Data(#""}"#.utf8))
        let item = CorpusItem(source: "c.jsonl:1", payload: .record(record, line: 1), size: record.count)
        XCTAssertThrowsError(try CorpusDecoder().document(for: item)) { error in
            XCTAssertEqual((error as? InputError)?.source, "c.jsonl:1")
        }
        XCTAssertNoThrow(try DocumentReader.document(data: Data("张明说：“好。”".utf8), source: "small.txt", format: .text))
    }
}
