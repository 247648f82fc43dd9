import Foundation
import XCTest
import QuoteKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lint --in-place` keeps permissions, refuses read-only files and follows symbolic links explicitly.
final class LintInPlaceSafetyTests: XCTestCase {
    var directory: URL!
    let text = "张明说：“今天下雨”。\n"
    let fixedText = "张明说：“今天下雨。”\n"

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: TestSupport.quotekitBinary.path), "quotekit not built")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-inplace-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func file(_ name: String, mode: Int) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(chmod(path, mode_t(mode)), 0)
        return path
    }

    func mode(_ path: String) throws -> Int {
        try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
    }

    func testPermissionsOfTheFileAndItsBackupAreKept() throws {
        let path = try file("private.txt", mode: 0o600)
        let run = try TestSupport.run(["lint", "--in-place", path])
        XCTAssertNotEqual(run.status, 2, run.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), fixedText)
        XCTAssertEqual(try mode(path), 0o600)
        XCTAssertEqual(try mode(path + ".bak"), 0o600)
        XCTAssertEqual(try String(contentsOfFile: path + ".bak", encoding: .utf8), text)
    }

    func testAReadOnlyFileIsRefusedAndLeftAlone() throws {
        let path = try file("readonly.txt", mode: 0o444)
        let run = try TestSupport.run(["lint", "--in-place", path])
        XCTAssertEqual(run.status, 2)
        XCTAssertTrue(run.stderr.contains("\(path): is read-only; not rewritten"), run.stderr)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), text)
        XCTAssertFalse(FileManager.default.fileExists(atPath: path + ".bak"))
    }

    func testASymbolicLinkStaysALinkAndItsTargetIsFixed() throws {
        let target = try file("target.txt", mode: 0o644)
        let link = directory.appendingPathComponent("link.txt").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let run = try TestSupport.run(["lint", "--in-place", link])
        XCTAssertNotEqual(run.status, 2, run.stderr)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target)
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), fixedText)
    }
}

/// The writer behind `--in-place`, in process: a file that changed since it was read is not replaced.
final class InPlaceWriterTests: XCTestCase {
    func testAFileChangedSinceItWasReadIsLeftAlone() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-changed-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path); try? FileManager.default.removeItem(atPath: path + ".bak") }
        let read = Data("张明说：“今天下雨”。\n".utf8)
        // Another program appends a line after the file was read.
        let appended = read + Data("李华说：“明天也下雨。”\n".utf8)
        try appended.write(to: URL(fileURLWithPath: path))
        XCTAssertThrowsError(try InPlaceWriter(path: path).replace(original: read, with: Data("张明说：“今天下雨。”\n".utf8))) { error in
            XCTAssertTrue("\(error)".contains("changed while it was being fixed"), "\(error)")
        }
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), appended)
        // Unchanged, the same call replaces it.
        try InPlaceWriter(path: path).replace(original: appended, with: Data("好。\n".utf8))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "好。\n")
    }
}
