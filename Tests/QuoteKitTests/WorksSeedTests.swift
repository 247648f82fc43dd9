import Foundation
import XCTest
@testable import QuoteKit

/// The seed page of `../shared` (skipped when it is absent).
final class WorksSeedTests: XCTestCase {
    let shared = WorksFixtures.root.deletingLastPathComponent().appendingPathComponent("shared")

    func testSeedWorksAndLinks() throws {
        let seed = shared.appendingPathComponent("seeds/000_e8d0195590fdfad9.txt").path
        let gold = shared.appendingPathComponent("acceptance/seed-works.jsonl").path
        try XCTSkipUnless(FileManager.default.fileExists(atPath: seed) && FileManager.default.fileExists(atPath: gold), "shared seed page absent")
        let result = QuoteExtractor().extract(try DocumentReader.document(atPath: seed))

        struct Gold: Decodable { var start: Int; var end: Int; var title: String }
        let expected = try String(contentsOfFile: gold, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        XCTAssertEqual(result.works.map(\.title), expected.map(\.title))
        XCTAssertEqual(result.works.map(\.start), expected.map(\.start))
        XCTAssertEqual(result.works.map(\.end), expected.map(\.end))
        XCTAssertEqual(Set(expected.map(\.title)).count, 5)
        XCTAssertEqual(CitedWork.catalog(result).count, 5)

        let collection = result.works[1]
        XCTAssertEqual(collection.volume, "第一卷")
        XCTAssertEqual(result.quotes.filter { $0.work != nil }.count, 5)
        let members = result.works[2...4]
        XCTAssertTrue(members.allSatisfy { $0.container == collection.id && $0.quotes.count == 1 })
        for member in members {
            let quote = try XCTUnwrap(result.quotes.first { $0.id == member.quotes[0] })
            XCTAssertEqual(quote.work?.container, collection.title)
            XCTAssertEqual(quote.work?.title, member.title)
        }
        let last = try XCTUnwrap(result.works.last)
        XCTAssertEqual(last.quotes.count, 2)
    }
}
