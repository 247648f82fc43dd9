import Foundation
import XCTest
@testable import QuoteKit

/// The linter on real text in `../shared` (skipped when absent): no error on the
/// seed page, none on clean news, and on the corpora only the faults reviewed by
/// hand (text cut by sentence shuffling, ”…” and ’…’ used as openers, 〈…）).
final class LintCorpusTests: XCTestCase {
    static let shared = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared")

    func errors(in path: String) throws -> [Diagnostic] {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: path), "\(path) not present")
        let document = try DocumentReader.document(atPath: path)
        return Linter().lint(document).filter { $0.severity == .error }
    }

    func testSeedPageHasNoError() throws {
        let seeds = Self.shared.appendingPathComponent("seeds")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: seeds.path), "no seeds")
        let files = try FileManager.default.contentsOfDirectory(atPath: seeds.path).filter { $0.hasSuffix(".txt") }
        XCTAssertFalse(files.isEmpty)
        for name in files {
            let found = try errors(in: seeds.appendingPathComponent(name).path)
            XCTAssertEqual(found.map { "\($0.line):\($0.column) \($0.rule)" }, [], name)
        }
    }

    /// Error lines reviewed by hand; each is a fault in the text as given.
    static let reviewed: [String: Set<Int>] = [
        "peoples-daily-2001.txt": [],
        "msr-news.txt": [],
        "hongkong-cityu.txt": [],
        "peoples-daily-sentences-a.txt": [967, 1910, 2158, 2455, 3551, 3647, 4019, 4549],
        "peoples-daily-sentences-b.txt": [8, 395, 947, 1651],
        "taiwan-as.txt": [3975, 4610, 10666, 10732, 10757, 13624, 14140],
    ]

    func testCorpusErrorsAreOnlyTheReviewedFaults() throws {
        for (name, lines) in Self.reviewed.sorted(by: { $0.key < $1.key }) {
            let found = try errors(in: Self.shared.appendingPathComponent("corpus/\(name)").path)
            let unexpected = found.filter { !lines.contains($0.line) }
            XCTAssertEqual(unexpected.map { "\($0.line):\($0.column) \($0.rule) \($0.message)" }, [], name)
        }
    }
}
