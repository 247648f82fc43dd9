import XCTest
@testable import QuoteKit

final class WorksEnglishTests: XCTestCase {
    func testEmphasisAndQuotedTitlesAreMentions() throws {
        let result = try WorksFixtures.extract("english.md", titles: ["Northern Tides"])
        XCTAssertEqual(result.works.map(\.title),
                       ["The Lantern Keeper", "Salt and Iron", "On Quiet Rooms", "Harbour Lights", "Northern Tides", "On Quiet Rooms"])
        XCTAssertEqual(result.works.map(\.open), ["*", "\"", "\"", "_", "", "\""])
        // *really* is stress, not a title.
        XCTAssertNil(result.work("really"))
    }

    func testEnglishFramesLinkQuotes() throws {
        let result = try WorksFixtures.extract("english.md")
        XCTAssertEqual(result.quote("Every lamp")?.work?.title, "The Lantern Keeper")
        XCTAssertEqual(result.quote("The boats came home")?.work?.title, "Harbour Lights")
        XCTAssertEqual(result.quote("A quiet room")?.work?.title, "On Quiet Rooms")
        XCTAssertEqual(result.quote("A quiet room")?.work?.id, result.works.last?.id)
        // The quoted titles themselves are not linked to anything.
        XCTAssertNil(result.quote("Salt and Iron")?.work)
    }

    func testEnglishBylineAuthor() throws {
        let result = try WorksFixtures.extract("english.md")
        XCTAssertEqual(result.work("Harbour Lights")?.author, "Ada Lane")
        let possessive = WorksFixtures.extract(text: "We read Jane Austen's *Emma* last spring.")
        XCTAssertEqual(possessive.work("Emma")?.author, "Jane Austen")
    }

    func testEmphasisRules() {
        let text = "Use **bold** here, a_b_c in code, 2*3*4 in maths, and * bullets *; but _Persuasion_ and *Emma* are books."
        XCTAssertEqual(WorksFixtures.extract(text: text).works.map(\.title), ["Persuasion", "Emma"])
    }

    func testWorkNounsBeforeQuotedTitles() {
        let text = "She sang the song \"Blue Water\" and read the article, \"Tides of Change.\" He said \"Hello there\" twice."
        XCTAssertEqual(WorksFixtures.extract(text: text).works.map(\.title), ["Blue Water", "Tides of Change"])
    }

    func testTitleNearAQuoteWithoutFrameIsNotLinked() {
        let text = "She put *Emma* down. Then Tom said, \"Let us go for a walk.\""
        let result = WorksFixtures.extract(text: text)
        XCTAssertEqual(result.works.map(\.title), ["Emma"])
        XCTAssertNil(result.quotes.first?.work)
    }

    func testKnownTitlesMatchWholeWordsOnly() {
        let result = WorksFixtures.extract(text: "Emmanuel liked Emma; EMMA is not matched.", titles: ["Emma"])
        XCTAssertEqual(result.works.map(\.start), [15])
    }
}
