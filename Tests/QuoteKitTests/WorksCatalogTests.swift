import CSV
import Foundation
import XCTest
@testable import QuoteKit
import QuoteKitCSV

final class WorksCatalogTests: XCTestCase {
    func sample() -> ExtractionResult {
        WorksFixtures.extract(text: "《论语·学而》开篇写道：“学而时习之，不亦说乎？”后来他又读《论语・学而》，并在《山居笔记》第二卷中找到了《论语·学而》的注释。")
    }

    func testCatalogGroupsMentionsByNormalisedTitleAndParts() throws {
        let result = sample()
        let catalog = CitedWork.catalog(result)
        XCTAssertEqual(catalog.map(\.title), ["论语·学而", "山居笔记"])
        let analects = catalog[0]
        XCTAssertEqual(analects.parts, ["论语", "学而"])
        XCTAssertEqual(analects.mentions.map(\.id), ["w1", "w2", "w4"])
        XCTAssertEqual(analects.quotes, [result.quotes[0].id])
        XCTAssertEqual(catalog[1].volume, "第二卷")
        XCTAssertEqual(catalog[1].mentions.count, 1)
    }

    func testWorksJSONRoundTripsThroughJSONDecoder() throws {
        var exporter = WorksJSONExporter(array: false)
        let bytes = exporter.begin() + exporter.write(sample()) + exporter.end()
        struct Output: Decodable { var source: String; var works: [CitedWork] }
        let output = try JSONDecoder().decode(Output.self, from: Data(bytes))
        XCTAssertEqual(output.works, CitedWork.catalog(sample()))
    }

    func testWorksJSONLinesHasOneWorkPerLine() throws {
        var exporter = WorksJSONLinesExporter()
        let text = String(decoding: exporter.write(sample()), as: UTF8.self)
        let lines = text.split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try JSONDecoder().decode(CitedWork.self, from: Data(lines[0].utf8))
        XCTAssertEqual(first.title, "论语·学而")
    }

    func testWorksCSVReadsBackWithTheCSVLibrary() throws {
        var exporter = WorksCSVExporter()
        let bytes = exporter.begin() + (try exporter.write(sample())) + exporter.end()
        let reader = try CSVReader(string: String(decoding: bytes, as: UTF8.self), hasHeaderRow: true)
        XCTAssertEqual(reader.headerRow, WorksCSVExporter.header)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertEqual(rows.count, 2)
        XCTAssertEqual(rows[0][2], "论语·学而")
        XCTAssertEqual(rows[0][3], "论语·学而")
        XCTAssertEqual(rows[0][8], "w1 w2 w4")
        XCTAssertEqual(rows[1][4], "第二卷")
    }

    func testExtractJSONCarriesWorksAndQuoteLinks() throws {
        let result = sample()
        var exporter = JSONExporter(array: false)
        let bytes = exporter.write(result)
        let decoded = try JSONDecoder().decode(ExtractionResult.self, from: Data(bytes))
        XCTAssertEqual(decoded.works, result.works)
        XCTAssertEqual(decoded.quotes.first?.work, WorkReference(title: "论语·学而", id: "w1", container: nil))
        XCTAssertEqual(decoded.works.first?.quotes, ["q1"])
    }
}
