import XCTest
@testable import QuoteKit

final class DocumentReaderTests: XCTestCase {
    func testInvalidUTF8IsRejectedWithItsOffset() {
        let bytes: [UInt8] = Array("好的".utf8) + [0xFF, 0x41]
        XCTAssertThrowsError(try DocumentReader.document(bytes: bytes, source: "bad.txt")) { error in
            let inputError = error as? InputError
            XCTAssertEqual(inputError?.reason, .invalidUTF8(byteOffset: 6))
            XCTAssertTrue(inputError?.description.contains("bad.txt") == true)
        }
    }

    func testEmptyAndBOMOnlyInputAreRejected() {
        XCTAssertThrowsError(try DocumentReader.document(bytes: [UInt8](), source: "e")) {
            XCTAssertEqual(($0 as? InputError)?.reason, .empty)
        }
        XCTAssertThrowsError(try DocumentReader.document(bytes: [0xEF, 0xBB, 0xBF], source: "e")) {
            XCTAssertEqual(($0 as? InputError)?.reason, .empty)
        }
    }

    func testUTF16AndBinaryInputAreRejected() {
        XCTAssertThrowsError(try DocumentReader.document(bytes: [0xFF, 0xFE, 0x41, 0x00], source: "u16")) {
            XCTAssertEqual(($0 as? InputError)?.reason, .notUTF8(encoding: "UTF-16"))
        }
        XCTAssertThrowsError(try DocumentReader.document(bytes: [0x41, 0x00, 0x42], source: "bin")) {
            XCTAssertEqual(($0 as? InputError)?.reason, .binary(byteOffset: 1))
        }
    }

    func testByteOrderMarkIsRemoved() throws {
        let document = try DocumentReader.document(bytes: [0xEF, 0xBB, 0xBF] + Array("“好”".utf8), source: "bom")
        XCTAssertEqual(document.text, "“好”")
        XCTAssertEqual(QuoteExtractor().extract(document).quotes.first?.start, 1)
    }

    func testMissingFileAndDirectoryAreUnreadable() {
        XCTAssertThrowsError(try DocumentReader.document(atPath: "/no/such/file.txt")) {
            guard case .unreadable = ($0 as? InputError)?.reason else { return XCTFail("\($0)") }
        }
        XCTAssertThrowsError(try DocumentReader.document(atPath: NSTemporaryDirectory())) {
            guard case .unreadable = ($0 as? InputError)?.reason else { return XCTFail("\($0)") }
        }
    }
}
