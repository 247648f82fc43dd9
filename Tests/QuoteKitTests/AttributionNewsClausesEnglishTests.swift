import XCTest
@testable import QuoteKit

/// English news: whose words a partial quote is when clauses nest (a reporter's clause around an act, a passive
/// clause with its agent, a participle after the object of a verb), when a name after a finished quote opens a new
/// sentence, and when a name before a colon is the object of a preposition.
final class AttributionNewsClausesEnglishTests: XCTestCase {
    func testAPartialQuoteInAClauseSomeoneReportsIsTheReporters() {
        let text = """
            Dr Ada Lane said the board had agreed to close the pier after "long and painful talks" with the council.
            """
        let quotes = AttributionFixture.extract(text).quotes
        // "agreed" reports the board's act; the words are Lane's, who reports it.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane"])
        XCTAssertEqual(quotes[0].cue, "said")
    }

    func testAPartialQuoteAfterASpeechCueInTheClauseStaysWithItsSubject() {
        let text = """
            Tom Reed said the minister had described the plan as "reckless".
            """
        let quotes = AttributionFixture.extract(text).quotes
        // "described" reports the minister's own words: the nearest subject keeps them.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["the minister"])
        XCTAssertEqual(quotes[0].cue, "described")
    }

    func testAPassiveClauseEndingWithTheQuoteGivesItsAgent() {
        let text = """
            Tom Reed criticised the referee and was fined £2,000 and "severely censured" by the Harbour League.

            Tom Reed said the new stand was branded "a disgrace" by Dr Ada Lane.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Harbour League", "Ada Lane"])
    }

    func testAnActiveVerbBeforeByNamesNoAgent() {
        let text = """
            Tom Reed called the cuts "an attack" by the Harbour Council on the poor.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Tom Reed"])
    }

    func testAParticipleCueAfterTheObjectIsTheObjectsWords() {
        let text = """
            Green Party leader Ada Lane criticised Tom Reed for claiming the Tories were the "natural party" of the coast.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Tom Reed"])
    }

    func testAQuoteRightAfterTheLinkStaysTheSubjects() {
        let text = """
            Dr Ada Lane took a harder line, accusing the council of "playing games" with the pier.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane"])
    }

    func testANameAfterAFinishedQuoteThatGoesOnToAnObjectOpensANewSentence() {
        let text = """
            "It's best to rest for a month after a big race," said Dr Ada Lane, a runner herself. "But that is only a rule of thumb." Tom Reed also points out that the course in Boston is flat.
            """
        let quotes = AttributionFixture.extract(text).quotes
        // Reed's sentence is about the course, not an attribution of the quote before it.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Ada Lane", "Ada Lane"])
    }

    func testANameAndCueEndingTheSentenceAfterAFinishedQuoteAttributeIt() {
        let text = """
            "We will appeal." Tom Reed said quietly.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Tom Reed"])
    }

    func testANameBeforeAColonAfterAPrepositionIsNoSpeaker() {
        let text = """
            Tom Reed does not mention the stand, simply adding in a PS: "I have not forgotten the pier."
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertNotEqual(quotes.first?.speaker?.name, "PS")
    }
}
