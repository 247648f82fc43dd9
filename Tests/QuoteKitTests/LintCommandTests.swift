import Foundation
import XCTest

/// `quotekit lint` end to end: output formats, exit status, `--fix`, `--in-place`, `--config`.
/// Skips when the `quotekit` executable has not been built next to the tests.
final class LintCommandTests: XCTestCase {
    var executable: URL!
    var directory: URL!

    override func setUpWithError() throws {
        let candidates = [Bundle.main.bundleURL, Bundle(for: Self.self).bundleURL.deletingLastPathComponent(),
                          Bundle.main.bundleURL.deletingLastPathComponent()]
            .map { $0.appendingPathComponent("quotekit") }
        let found = candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
        try XCTSkipUnless(found != nil, "quotekit executable not built")
        executable = found
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-lint-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let directory { try? FileManager.default.removeItem(at: directory) }
    }

    func file(_ name: String, _ contents: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    func run(_ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["lint"] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    func testTextFormatAndExitStatus() throws {
        let clean = try file("clean.txt", "他说：“今天下雨。”\n")
        XCTAssertEqual(try run([clean]).status, 0)
        XCTAssertEqual(try run([clean]).out, "")

        let warning = try file("warning.txt", "他说：“今天下雨”。\n")
        let warned = try run([warning])
        XCTAssertEqual(warned.status, 0)
        XCTAssertEqual(warned.out, "\(warning):1:9: warning: a complete sentence quoted after a colon keeps its end mark inside: 。”, not ”。 [punctuation.end-mark-inside]\n")

        let error = try file("error.txt", "第一行。\n李华问：“明天还上课吗？\n")
        let failed = try run([error, clean])
        XCTAssertEqual(failed.status, 1)
        XCTAssertTrue(failed.out.hasPrefix("\(error):2:5: error: "), failed.out)
        XCTAssertTrue(failed.out.hasSuffix("[quote.unclosed]\n"), failed.out)
    }

    func testJSONAndJSONLines() throws {
        let path = try file("a.txt", "他说：“今天下雨”。\n")
        let json = try run(["--format", "json", path])
        let array = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [[String: Any]]
        XCTAssertEqual(array?.count, 1)
        let diagnostic = try XCTUnwrap(array?.first)
        XCTAssertEqual(diagnostic["source"] as? String, path)
        XCTAssertEqual(diagnostic["line"] as? Int, 1)
        XCTAssertEqual(diagnostic["column"] as? Int, 9)
        XCTAssertEqual(diagnostic["start"] as? Int, 8)
        XCTAssertEqual(diagnostic["end"] as? Int, 10)
        XCTAssertEqual(diagnostic["rule"] as? String, "punctuation.end-mark-inside")
        XCTAssertEqual(diagnostic["severity"] as? String, "warning")
        let fix = try XCTUnwrap(diagnostic["fix"] as? [String: Any])
        XCTAssertEqual(fix["replacement"] as? String, "。”")

        let unclosed = try file("b.txt", "李华问：“明天还上课吗？\n")
        let lines = try run(["--format", "jsonl", path, unclosed])
        XCTAssertEqual(lines.status, 1)
        let records = lines.out.split(separator: "\n").map { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        XCTAssertEqual(records.count, 2)
        XCTAssertTrue(records[1]?["fix"] is NSNull)

        let emptyJSON = try run(["--format", "json", try file("c.txt", "今天很好。\n")])
        XCTAssertEqual(emptyJSON.out.trimmingCharacters(in: .whitespacesAndNewlines), "[]")

        // Written as the diagnostics come, JSON is still one array over every input, in input order.
        let both = try run(["--format", "json", path, unclosed])
        XCTAssertEqual(both.status, 1)
        let elements = try JSONSerialization.jsonObject(with: Data(both.out.utf8)) as? [[String: Any]]
        XCTAssertEqual(elements?.map { $0["source"] as? String }, [path, unclosed])
        XCTAssertTrue(both.out.hasPrefix("[{") && both.out.hasSuffix("}]\n"), both.out)
    }

    func testUnusableInputExitsTwo() throws {
        let missing = try run([directory.appendingPathComponent("missing.txt").path])
        XCTAssertEqual(missing.status, 2)
        XCTAssertTrue(missing.err.contains("cannot read input"), missing.err)
        let empty = try file("empty.txt", "")
        XCTAssertEqual(try run([empty]).status, 2)
        let invalid = directory.appendingPathComponent("invalid.txt")
        try Data([0xE4, 0xBD, 0x0A, 0xFF]).write(to: invalid)
        let bad = try run([invalid.path, try file("ok.txt", "好。\n")])
        XCTAssertEqual(bad.status, 2)
        XCTAssertTrue(bad.err.contains("not valid UTF-8"), bad.err)
        let config = try file("bad.yml", "rules:\n  no.such-rule: off\n")
        let badConfig = try run(["--config", config, try file("ok2.txt", "好。\n")])
        XCTAssertEqual(badConfig.status, 2)
        XCTAssertTrue(badConfig.err.contains("unknown lint rule"), badConfig.err)
    }

    func testFixPrintsTheCorrectedText() throws {
        let path = try file("fix.txt", "他说：“今天下雨”。\n李华问：“明天还上课吗？\n")
        let result = try run(["--fix", path])
        XCTAssertEqual(result.out, "他说：“今天下雨。”\n李华问：“明天还上课吗？\n")
        XCTAssertTrue(result.err.contains("[quote.unclosed]"), result.err)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "他说：“今天下雨”。\n李华问：“明天还上课吗？\n")
    }

    func testInPlaceWritesABackupFirst() throws {
        let original = "\u{FEFF}这就是所谓“两条腿走路。”\n"
        let path = try file("inplace.txt", original)
        let result = try run(["--in-place", path])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")), Data(original.utf8))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), Data("\u{FEFF}这就是所谓“两条腿走路”。\n".utf8))
        // Nothing to fix: the file is left alone and no backup is made.
        let clean = try file("clean.txt", "好。\n")
        XCTAssertEqual(try run(["--in-place", clean]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: clean + ".bak"))
    }

    func testConfigAndLanguageOptions() throws {
        let config = try file("lint.yml", "rules:\n  punctuation: off\n  quote.unclosed: warning\n")
        let path = try file("x.txt", "他说：“今天下雨”。\n李华问：“明天还上课吗？\n")
        let result = try run(["--config", config, path])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.out.contains("warning: “: quotation mark not closed"), result.out)
        XCTAssertFalse(result.out.contains("punctuation"), result.out)
        XCTAssertEqual(try run(["--lang", "en", try file("y.txt", "他说：“今天下雨”。\n")]).out, "")
    }
}
