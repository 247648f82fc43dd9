import XCTest
import QuoteKit

/// One version for the library and the command-line tool.
final class VersionTests: XCTestCase {
    func testTheLibraryHasASemanticVersion() {
        let parts = QuoteKit.version.split(separator: ".")
        XCTAssertEqual(parts.count, 3, QuoteKit.version)
        XCTAssertTrue(parts.allSatisfy { Int($0) != nil }, QuoteKit.version)
    }

    func testTheCommandPrintsTheLibrarysVersion() throws {
        let (status, stdout, _) = try TestSupport.run(["--version"])
        XCTAssertEqual(status, 0)
        XCTAssertEqual(String(decoding: stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), QuoteKit.version)
    }
}
