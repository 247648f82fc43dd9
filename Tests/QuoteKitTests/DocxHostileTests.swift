import Foundation
import XCTest
import ZIPFoundation
@testable import QuoteKit

/// Damaged and hostile Word archives: each is refused with one clear error, never a crash,
/// a hang or a memory blow-up, and a long but honest document is still read.
final class DocxHostileTests: XCTestCase {
    let quote = "<w:p><w:r><w:t>张明教授说：“今天的会议很重要。”</w:t></w:r></w:p>"

    func malformedReason(_ data: Data) -> String? {
        do {
            _ = try DocumentReader.document(data: data, source: "t.docx")
            return nil
        } catch {
            guard case .malformed(let why) = error.reason else { return "unexpected \(error)" }
            return why
        }
    }

    func testTruncatedCentralDirectoryIsRefused() throws {
        let good = try DocxReaderTests.docx(body: quote)
        // The end record alone, pointing at a central directory that is not there (a SIGILL in ZIPFoundation before).
        let reason = try XCTUnwrap(malformedReason(good.suffix(22)))
        XCTAssertTrue(reason.contains("central directory"), reason)
        XCTAssertNotNil(malformedReason(good.prefix(good.count - 30)))
    }

    func testRandomMutationsNeverCrash() throws {
        let good = try DocxReaderTests.docx(body: quote)
        var generator = SplitMix64(seed: 21)
        var read = 0, refused = 0
        for _ in 0..<1500 {
            var bytes = [UInt8](good)
            for _ in 0..<Int.random(in: 1...4, using: &generator) {
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            }
            // Reaching the next line at all is the test: a damaged archive used to end the process or loop forever.
            if (try? DocumentReader.document(data: Data(bytes), source: "m.docx")) != nil { read += 1 } else { refused += 1 }
        }
        XCTAssertEqual(read + refused, 1500)
        XCTAssertGreaterThan(refused, 100)
    }

    /// An archive whose headers state a small size for a large `word/document.xml`.
    func lyingArchive(inflated: Int, stated: UInt32) throws -> Data {
        let text = "<w:p><w:r><w:t>" + String(repeating: "a", count: inflated) + "</w:t></w:r></w:p>"
        var bytes = [UInt8](try DocxReaderTests.docx(body: text))
        let name = Array("word/document.xml".utf8)
        // Patch the uncompressed size in the local header (offset 22) and the central header (offset 24).
        for (signature, field) in [([0x50, 0x4B, 0x03, 0x04] as [UInt8], 22), ([0x50, 0x4B, 0x01, 0x02], 24)] {
            let nameOffset = signature == [0x50, 0x4B, 0x03, 0x04] ? 30 : 46
            for at in 0..<(bytes.count - nameOffset - name.count)
            where Array(bytes[at..<at + 4]) == signature && Array(bytes[(at + nameOffset)..<(at + nameOffset + name.count)]) == name {
                withUnsafeBytes(of: stated.littleEndian) { bytes.replaceSubrange((at + field)..<(at + field + 4), with: $0) }
            }
        }
        return Data(bytes)
    }

    func testInflatedBytesAreCountedNotTrustedFromTheHeader() throws {
        let data = try lyingArchive(inflated: 3 << 20, stated: 1000)
        XCTAssertThrowsError(try DocxReader.documentXML(data, source: "bomb.docx", limit: 1 << 20)) { error in
            XCTAssertTrue("\(error)".contains("inflates to more than 1 MiB"), "\(error)")
        }
        // Under the limit the same archive reads (its CRC is right; only the stated size lied).
        XCTAssertEqual(try DocxReader.documentXML(data, source: "bomb.docx", limit: 4 << 20).count > 3 << 20, true)
    }

    func testDocumentTypeDeclarationsAreRefused() throws {
        let xml = #"<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">]><w:document \#(DocxReaderTests.namespaces)><w:body>"#
            + "<w:p><w:r><w:t>&a;&a;张明说：“好。”</w:t></w:r></w:p></w:body></w:document>"
        XCTAssertThrowsError(try DocxReader.parse(xml: Data(xml.utf8), source: "dtd.docx")) { error in
            XCTAssertTrue("\(error)".contains("DTD"), "\(error)")
        }
    }

    func testDocumentXMLOverTenMegabytesIsRead() throws {
        // libxml2 refuses a single push of more than 10 MB; the reader streams the XML in chunks.
        let paragraphs = String(repeating: "<w:p><w:r><w:t>甲乙丙丁</w:t></w:r></w:p>", count: 300_000) + quote
        let xml = #"<?xml version="1.0"?><w:document \#(DocxReaderTests.namespaces)><w:body>\#(paragraphs)</w:body></w:document>"#
        XCTAssertGreaterThan(xml.utf8.count, 10_500_000)
        let text = try DocxReader.parse(xml: Data(xml.utf8), source: "long.docx").text
        XCTAssertTrue(text.hasSuffix("张明教授说：“今天的会议很重要。”"))
    }
}
