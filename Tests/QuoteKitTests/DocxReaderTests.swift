import Foundation
import XCTest
import ZIPFoundation
@testable import QuoteKit

/// DOCX input: archives built here with ZIPFoundation and read back, and one made by LibreOffice.
final class DocxReaderTests: XCTestCase {
    static let namespaces = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" "#
        + #"xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#

    /// A minimal Word archive around a `w:body`.
    static func docx(body: String, includeDocument: Bool = true) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        func add(_ path: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate,
                                 provider: { position, size in data.subdata(in: Int(position)..<(Int(position) + size)) })
        }
        try add("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#)
        if includeDocument {
            try add("word/document.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document \#(namespaces)><w:body>\#(body)</w:body></w:document>"#)
        }
        return try XCTUnwrap(archive.data)
    }

    /// A paragraph of runs; `*text*` runs are italic.
    static func paragraph(_ runs: [String]) -> String {
        var xml = "<w:p><w:pPr><w:rPr><w:i/></w:rPr></w:pPr>"
        for run in runs {
            if run.hasPrefix("*"), run.hasSuffix("*"), run.count > 2 {
                xml += #"<w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">\#(run.dropFirst().dropLast())</w:t></w:r>"#
            } else {
                xml += #"<w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t xml:space="preserve">\#(run)</w:t></w:r>"#
            }
        }
        return xml + "</w:p>"
    }

    func read(_ data: Data) throws -> Document { try DocumentReader.document(data: data, source: "t.docx") }

    func testParagraphsRunsTabsAndBreaks() throws {
        let body = Self.paragraph(["张明教授说：", "“阅读&amp;写作", "都重要。”"])
            + "<w:p/>"
            + #"<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t></w:r></w:p>"#
            + #"<w:tbl><w:tr><w:tc><w:p><w:r><w:t>表格</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"#
        let document = try read(try Self.docx(body: body))
        XCTAssertEqual(document.text, "张明教授说：“阅读&写作都重要。”\n\na\tb\nc\n表格")
        XCTAssertEqual(document.origin?.format, .docx)
        let result = QuoteExtractor().extract(document)
        let quote = try XCTUnwrap(result.quotes.first)
        XCTAssertEqual(quote.text, "阅读&写作都重要。")
        XCTAssertEqual(quote.speaker?.name, "张明")
        XCTAssertEqual(quote.location, SourceLocation(paragraph: 0, offset: 7))
        // Offsets count inside the Word paragraph, the tab and the line break counting one each.
        XCTAssertEqual(document.origin?.map.location(of: 23), SourceLocation(paragraph: 2, offset: 4))
        XCTAssertEqual(document.origin?.map.location(of: 25), SourceLocation(paragraph: 3, offset: 0))
    }

    func testSkippedContentAndNotes() throws {
        let body = #"<w:p><w:r><w:t>kept</w:t></w:r><w:del><w:r><w:delText>deleted</w:delText></w:r></w:del>"#
            + #"<w:ins><w:r><w:t> inserted</w:t></w:r></w:ins><w:r><w:footnoteReference w:id="1"/></w:r>"#
            + #"<w:r><w:commentReference w:id="0"/></w:r>"#
            + #"<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:t> choice</w:t></w:r></mc:Choice>"#
            + #"<mc:Fallback><w:r><w:t> fallback</w:t></w:r></mc:Fallback></mc:AlternateContent></w:p>"#
        let document = try read(try Self.docx(body: body))
        XCTAssertEqual(document.text, "kept inserted choice")
        XCTAssertEqual(document.origin?.notes, ["1 footnote or endnote reference(s) skipped", "1 comment reference(s) skipped"])
    }

    func testItalicRunsAreWorkTitles() throws {
        let body = Self.paragraph(["Dr. Ada Lane said that ", "*Sense and Sensibility*", " was her favourite. ",
                                   "\"It rewards patience,\" she said."])
            + Self.paragraph(["She ", "*never*", " reads in a hurry, and she says so to everyone she meets."])
        let document = try read(try Self.docx(body: body))
        XCTAssertEqual(document.origin?.markup.count, 2)
        let result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.language, .en)
        XCTAssertEqual(result.works.map(\.title), ["Sense and Sensibility"], "an italic stressed word is not a title")
        XCTAssertEqual(result.works.first?.location, SourceLocation(paragraph: 0, offset: 23))
        XCTAssertEqual(result.quotes.first?.speaker?.name, "Ada Lane")
        XCTAssertEqual(result.quotes.first?.location, SourceLocation(paragraph: 0, offset: 65))
    }

    func testBadArchivesGiveClearErrors() throws {
        func reason(_ data: Data) -> InputError.Reason? {
            do { _ = try read(data); return nil } catch { return (error as? InputError)?.reason }
        }
        guard case .malformed(let notZip) = reason(Data("plain text, not a zip".utf8)) else { return XCTFail("not a zip") }
        XCTAssertTrue(notZip.contains("ZIP"), notZip)
        guard case .malformed(let missing) = reason(try Self.docx(body: "", includeDocument: false)) else { return XCTFail("no document") }
        XCTAssertTrue(missing.contains("word/document.xml"), missing)
        guard case .malformed(let badXML) = reason(try Self.docx(body: "<w:p><w:r><w:t>x</w:p>")) else { return XCTFail("bad xml") }
        XCTAssertTrue(badXML.contains("not well-formed"), badXML)
        XCTAssertEqual(reason(Data()), .empty)
        XCTAssertEqual(reason(try Self.docx(body: "<w:p/><w:p/>")), .noText, "markup only: not called empty")
    }

    func testLibreOfficeDocxGivesTheQuotesOfThePlainText() throws {
        let extractor = QuoteExtractor()
        let docx = try DocumentReader.document(atPath: TestSupport.fixture("input/zh-reading.docx").path, format: nil)
        let plain = try TestSupport.fixtureText("input/zh-reading.txt")
        XCTAssertEqual(docx.text + "\n", plain, "LibreOffice keeps one paragraph per line")
        let fromDocx = extractor.extract(docx)
        let fromText = extractor.extract(text: plain, source: docx.source)
        XCTAssertEqual(fromDocx.quotes.count, 6)
        XCTAssertEqual(fromDocx.quotes.map { q -> Quote in var q = q; q.location = nil; return q }, fromText.quotes)
        // Paragraph and offset name the same place as the line and column (one paragraph per line here).
        for quote in fromDocx.quotes {
            XCTAssertEqual(quote.location?.paragraph, quote.line - 1)
            XCTAssertEqual(quote.location?.offset, quote.column - 1)
        }
        XCTAssertEqual(fromDocx.works.map(\.title), ["论语", "城市晚报"])
    }

    func testLintCommandReportsButRefusesToRewriteDocx() throws {
        let binary = TestSupport.quotekitBinary
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "quotekit executable not built")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("quotekit-docx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a.docx").path
        let data = try Self.docx(body: Self.paragraph(["他说：“今天下雨”。"]))
        try data.write(to: URL(fileURLWithPath: path))
        let report = try TestSupport.run(["lint", "--format", "jsonl", path])
        XCTAssertEqual(report.status, 0)
        let diagnostic = try XCTUnwrap(JSONSerialization.jsonObject(with: report.stdout) as? [String: Any])
        XCTAssertEqual(diagnostic["rule"] as? String, "punctuation.end-mark-inside")
        XCTAssertEqual(diagnostic["location"] as? [String: Int], ["paragraph": 0, "offset": 8])
        let refused = try TestSupport.run(["lint", "--in-place", path])
        XCTAssertEqual(refused.status, 2)
        XCTAssertTrue(refused.stderr.contains("--in-place cannot rewrite a .docx file"), refused.stderr)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: path)), data, "the file is left alone")
        let extracted = try TestSupport.run(["extract", "--format", "jsonl", path])
        let quote = try XCTUnwrap(JSONSerialization.jsonObject(with: extracted.stdout) as? [String: Any])
        XCTAssertEqual(quote["location"] as? [String: Int], ["paragraph": 0, "offset": 4])
    }
}
