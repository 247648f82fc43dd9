import XCTest
import Foundation
@testable import QuoteKit

final class DocumentReaderTests: XCTestCase {
    func testSparseInvalidUTF8IsReplacedAndReportedWithItsByteOffset() throws {
        let bytes: [UInt8] = Array("好的".utf8) + [0xFF, 0x41] + Array("，我们明天见。".utf8)
        let document = try DocumentReader.document(bytes: bytes, source: "bad.txt")
        XCTAssertEqual(document.text, "好的\u{FFFD}A，我们明天见。")
        XCTAssertEqual(document.inputDiagnostics.map(\.rule), ["input.invalid-utf8"])
        XCTAssertEqual(document.inputDiagnostics.first?.start, 2)
        XCTAssertTrue(document.inputDiagnostics.first?.message.contains("at byte 6") == true)
    }

    func testDenseInvalidUTF8IsRejectedWithItsOffset() {
        XCTAssertThrowsError(try DocumentReader.document(bytes: Array("好的".utf8) + [0xFF, 0x41], source: "short.txt")) { error in
            XCTAssertEqual((error as? InputError)?.reason, .invalidUTF8(byteOffset: 6), "one bad byte in eight is too many")
        }
        // GB18030 bytes for 你好世界: not UTF-8 at all.
        let bytes: [UInt8] = [0x41, 0xC4, 0xE3, 0xBA, 0xC3, 0xCA, 0xC0, 0xBD, 0xE7]
        XCTAssertThrowsError(try DocumentReader.document(bytes: bytes, source: "gb.txt")) { error in
            let inputError = error as? InputError
            XCTAssertEqual(inputError?.reason, .invalidUTF8(byteOffset: 1))
            XCTAssertTrue(inputError?.description.contains("gb.txt") == true)
            XCTAssertTrue(inputError?.description.contains("iconv") == true)
        }
    }

    func testStrictDecodeRejectsAnyInvalidUTF8() {
        let bytes: [UInt8] = Array("好的".utf8) + [0xFF, 0x41]
        XCTAssertThrowsError(try DocumentReader.decode(bytes: bytes, source: "bad.txt")) { error in
            XCTAssertEqual((error as? InputError)?.reason, .invalidUTF8(byteOffset: 6))
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

    /// Regular files are read whole, whatever their size (a read of the size from stat, then one more to see the end).
    func testReadBytesReturnsEveryByteOfARegularFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for size in [1, 2, 4_095, 4_096, 65_536, 65_537, 1_000_003] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let path = folder.appendingPathComponent("f\(size).txt").path
            XCTAssertTrue(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            XCTAssertEqual(try DocumentReader.readBytes(atPath: path), Data(bytes), "size \(size)")
        }
        XCTAssertThrowsError(try DocumentReader.readBytes(atPath: folder.appendingPathComponent("missing.txt").path))
    }
}
