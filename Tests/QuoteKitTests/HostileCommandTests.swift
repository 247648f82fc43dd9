import Foundation
import XCTest
@testable import QuoteKit

/// Hostile input through the `quotekit` executable: exit statuses, one-line error messages
/// that name the input and say what to do, and help with examples for every subcommand.
final class HostileCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: TestSupport.quotekitBinary.path), "quotekit not built")
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    func lines(_ text: String) -> [Substring] { text.split(separator: "\n") }

    func testMaxQuotesRefusesADocumentWithMoreAndIsItselfChecked() throws {
        let path = try file("three.txt", Array("张明说：“一。”李华说：“二。”王芳说：“三。”".utf8))
        let refused = try TestSupport.run(["extract", "--max-quotes", "2", "--format", "jsonl", path])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stdout.isEmpty)
        XCTAssertEqual(lines(refused.stderr).count, 1, refused.stderr)
        XCTAssertTrue(refused.stderr.hasPrefix("quotekit: \(path): the document holds more than 2 quotations"), refused.stderr)
        XCTAssertTrue(refused.stderr.contains("--max-quotes"), refused.stderr)
        let allowed = try TestSupport.run(["extract", "--max-quotes", "3", "--format", "jsonl", path])
        XCTAssertEqual(allowed.status, 0, allowed.stderr)
        XCTAssertEqual(lines(String(decoding: allowed.stdout, as: UTF8.self)).count, 3)
        for bad in ["0", "-1", "1000001", "many"] {
            let run = try TestSupport.run(["speakers", "--max-quotes", bad, path])
            XCTAssertEqual(run.status, 64, "--max-quotes \(bad): \(run.stderr)")
            XCTAssertTrue(run.stderr.contains("--max-quotes"), run.stderr)
        }
    }

    func testMissingPathsFolderAndBadInputsGiveOneLineNamingTheInput() throws {
        let missing = directory.appendingPathComponent("missing.txt").path
        let folder = directory.appendingPathComponent("a-folder").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let empty = try file("empty.txt", [])
        let binary = try file("binary.bin", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01] + Array(repeating: 0, count: 40))
        let cases: [([String], String, Int32, String)] = [
            (["extract", missing], missing, 1, "check the path"),
            (["speakers", missing], missing, 1, "check the path"),
            (["works", folder], folder, 1, "give a file"),
            (["speakers", folder], folder, 1, "give a file"),
            (["lint", missing], missing, 2, "check the path"),
            (["lint", folder], folder, 2, "give a file"),
            (["extract", empty], empty, 1, "give a file that holds text"),
            (["extract", binary], binary, 1, "give a UTF-8 text file"),
            (["check", "--library", TestSupport.fixture("library/txt").path, missing], missing, 1, "check the path"),
        ]
        for (arguments, input, status, advice) in cases {
            let run = try TestSupport.run(arguments)
            XCTAssertEqual(run.status, status, "\(arguments): \(run.stderr)")
            XCTAssertEqual(lines(run.stderr).count, 1, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("quotekit: \(input): "), run.stderr)
            XCTAssertTrue(run.stderr.contains(advice), "\(arguments): \(run.stderr)")
        }
    }

    func testRepairedInputIsProcessedWithOneWarningLine() throws {
        var bytes: [UInt8] = []
        for _ in 0..<20 { bytes += Array("李华说：“今天的会议很重要。”".utf8) + [0xFF, 0x0A] }
        let path = try file("repaired.txt", bytes)
        let run = try TestSupport.run(["extract", "--format", "jsonl", path])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(lines(String(decoding: run.stdout, as: UTF8.self)).count, 20)
        XCTAssertEqual(lines(run.stderr).count, 1, run.stderr)
        XCTAssertTrue(run.stderr.hasPrefix("quotekit: \(path): warning: 20 invalid UTF-8 sequences"), run.stderr)
        XCTAssertTrue(run.stderr.contains("at byte 45"), run.stderr)
        // lint reports the repairs; --fix refuses to write U+FFFD over the original bytes.
        let lint = try TestSupport.run(["lint", path])
        XCTAssertTrue(String(decoding: lint.stdout, as: UTF8.self).contains("[input.invalid-utf8]"))
        let fix = try TestSupport.run(["lint", "--fix", path])
        XCTAssertEqual(fix.status, 2)
        XCTAssertTrue(fix.stderr.contains("repair the encoding first"), fix.stderr)
        XCTAssertTrue(fix.stdout.isEmpty)
    }

    func testNULBytesAndCRLineEndsThroughTheCLI() throws {
        let path = try file("nul-cr.txt", Array("李华说：“你\u{0}好。”\r他说：“走。”\r\n".utf8))
        let run = try TestSupport.run(["extract", "--format", "jsonl", path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let quotes = try lines(String(decoding: run.stdout, as: UTF8.self)).map { try JSONDecoder().decode(Quote.self, from: Data($0.utf8)) }
        XCTAssertEqual(quotes.map(\.text), ["你\u{0}好。", "走。"])
        XCTAssertEqual(quotes.map(\.line), [1, 2])
        XCTAssertTrue(run.stderr.contains("1 NUL byte"), run.stderr)
    }

    func testUsageErrorsAreOneLinePointingToHelp() throws {
        for (arguments, words) in [(["extract", "--format", "yaml"], "yaml"), (["extract", "--jobs", "0"], "--jobs"),
                                   (["check", "x.txt"], "--library"), (["lint", "--bogus"], "--bogus"),
                                   (["extract", "--rules", "/no/such/pack.yml"], "/no/such/pack.yml")] {
            let run = try TestSupport.run(arguments)
            XCTAssertEqual(run.status, 64, "\(arguments): \(run.stderr)")
            XCTAssertEqual(lines(run.stderr).count, 1, "\(arguments): \(run.stderr)")
            XCTAssertTrue(run.stderr.hasPrefix("quotekit: "), run.stderr)
            XCTAssertTrue(run.stderr.contains(words), run.stderr)
            XCTAssertTrue(run.stderr.contains("quotekit \(arguments[0]) --help"), run.stderr)
        }
    }

    func testEverySubcommandHelpShowsExamples() throws {
        for subcommand in ["extract", "lint", "works", "check", "rules", "speakers"] {
            let run = try TestSupport.run([subcommand, "--help"])
            XCTAssertEqual(run.status, 0)
            let help = String(decoding: run.stdout, as: UTF8.self)
            XCTAssertTrue(help.contains("Examples:"), subcommand)
            XCTAssertTrue(help.contains("quotekit \(subcommand) "), subcommand)
        }
        let top = try TestSupport.run(["--help"])
        XCTAssertTrue(String(decoding: top.stdout, as: UTF8.self).contains("Exit status"))
    }
}

extension HostileCommandTests {
    /// A document with more quotes than one output slice: JSON Lines and CSV written in slices
    /// still hold every quote once, in order.
    func testHugeDocumentIsWrittenInSlicesWithoutLosingAQuote() throws {
        let count = 25_000
        let path = try file("many.txt", Array(String(repeating: "“好”，", count: count).utf8))
        let jsonl = try TestSupport.run(["extract", "--format", "jsonl", path])
        XCTAssertEqual(jsonl.status, 0, jsonl.stderr)
        let rows = lines(String(decoding: jsonl.stdout, as: UTF8.self))
        XCTAssertEqual(rows.count, count)
        XCTAssertTrue(rows.first?.contains("\"id\":\"q1\"") == true)
        XCTAssertTrue(rows[20_000].contains("\"id\":\"q20001\""), String(rows[20_000]))
        XCTAssertTrue(rows.last?.contains("\"id\":\"q\(count)\"") == true)
        let csv = try TestSupport.run(["extract", "--format", "csv", path])
        XCTAssertEqual(String(decoding: csv.stdout, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }.count, count + 1)
    }
}

extension HostileCommandTests {
    /// A pipe given as a path (`<(…)`, /dev/stdin) is read; a device is refused, not read forever.
    func testPipesAreReadAndDevicesRefused() throws {
        let pipe = try TestSupport.run(["extract", "--format", "jsonl", "/dev/stdin"], stdin: Data("他说：“好。”".utf8))
        XCTAssertEqual(pipe.status, 0, pipe.stderr)
        XCTAssertEqual(lines(String(decoding: pipe.stdout, as: UTF8.self)).count, 1)
        let device = try TestSupport.run(["extract", "/dev/zero"])
        XCTAssertEqual(device.status, 1)
        XCTAssertEqual(device.stderr, "quotekit: /dev/zero: cannot read input: is a device, not a file; give a text file\n")
    }
}
