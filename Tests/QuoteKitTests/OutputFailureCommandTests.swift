import Foundation
import XCTest
@testable import QuoteKit

/// Output that cannot be written is never reported as success, and absurd options are usage errors.
final class OutputFailureCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: TestSupport.quotekitBinary.path), "quotekit not built")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "no /dev/full")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    /// Runs `quotekit` with standard output or standard error going to `/dev/full` (always "no space left").
    func run(_ arguments: [String], fullStdout: Bool = false, fullStderr: Bool = false) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = TestSupport.quotekitBinary
        process.arguments = arguments
        let err = Pipe()
        process.standardOutput = fullStdout ? FileHandle(forWritingAtPath: "/dev/full") : FileHandle.nullDevice
        process.standardError = fullStderr ? FileHandle(forWritingAtPath: "/dev/full") : err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = fullStderr ? Data() : err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: errData, as: UTF8.self))
    }

    func article() throws -> String {
        let path = directory.appendingPathComponent("article.txt").path
        try "张明教授说：“今天的会议很重要”。\n".write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testAFullDiskFailsEveryCommandWithAMessage() throws {
        let path = try article()
        let library = TestSupport.fixture("library/txt").path
        for arguments in [["extract", path], ["extract", "--format", "csv", path], ["speakers", path], ["works", path],
                          ["lint", path], ["lint", "--fix", path], ["check", "--library", library, path], ["rules"]] {
            let run = try run(arguments, fullStdout: true)
            XCTAssertNotEqual(run.status, 0, "\(arguments)")
            XCTAssertTrue(run.stderr.contains("cannot write standard output"), "\(arguments): \(run.stderr)")
        }
    }

    func testAnUnwritableStandardErrorIsNotSuccess() throws {
        let missing = directory.appendingPathComponent("missing.txt").path
        XCTAssertEqual(try run(["extract", missing], fullStderr: true).status, 1)
        // lint --fix writes its remaining diagnostics to standard error.
        let unclosed = directory.appendingPathComponent("unclosed.txt").path
        try "李华问：“明天还上课吗？\n".write(toFile: unclosed, atomically: true, encoding: .utf8)
        XCTAssertEqual(try run(["lint", "--fix", unclosed], fullStderr: true).status, 1)
    }

    func testHugeJobsIsAUsageError() throws {
        let run = try run(["extract", "--jobs", "4611686018427387904", try article()])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertTrue(run.stderr.contains("--jobs must be at most"), run.stderr)
        XCTAssertEqual(run.stderr.split(separator: "\n").count, 1)
    }

    func testAJSONArrayAliasFileIsNamedAsJSONNotCSV() throws {
        let aliases = directory.appendingPathComponent("aliases.json").path
        try #"[{"name": "张明", "aliases": ["张教授"]}]"#.write(toFile: aliases, atomically: true, encoding: .utf8)
        let run = try run(["extract", "--aliases", aliases, try article()])
        XCTAssertEqual(run.status, 64, run.stderr)
        XCTAssertTrue(run.stderr.contains("a JSON array is not an alias file"), run.stderr)
        XCTAssertFalse(run.stderr.contains("CSV:"), run.stderr)
    }
}
