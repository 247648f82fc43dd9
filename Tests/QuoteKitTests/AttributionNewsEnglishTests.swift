import XCTest
@testable import QuoteKit

/// English news: how reports name their speakers (descriptions before names, organisations and their roles) and
/// what a pronoun opening a sentence stands for, and the source "according to" names.
final class AttributionNewsEnglishTests: XCTestCase {
    func testADescriptionBeforeANameIsNoPartOfIt() {
        let text = """
            Lawyer Louise Mercer said: "We will appeal."

            Liberal Democrat Sarah Hale said the plan was "a gamble".
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Louise Mercer", "Sarah Hale"])
        // The mention stays as written; the description is kept as the title.
        XCTAssertEqual(quotes[0].speaker?.mention, "Lawyer Louise Mercer")
        XCTAssertEqual(quotes[0].speaker?.title, "Lawyer")
    }

    func testADescriptionOpeningTheSentenceBeforeAName() {
        let text = """
            Transport analysts Railwise welcomed the move, saying the council had "given a lot of ground".
            """
        let quotes = AttributionFixture.extract(text).quotes
        // The name the description introduces speaks, not the description (no determiner: it describes the name).
        XCTAssertEqual(quotes[0].speaker?.name, "Railwise")
        XCTAssertEqual(quotes[0].kind, .quotation)
    }

    func testAnOrganisationAndARoleBeforeANameAfterTheCue() {
        let text = """
            "We will win," said Harbour Council press officer Tom Reed.

            "We will not," said Green Party leader Ada Lane.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Tom Reed", "Ada Lane"])
        XCTAssertEqual(quotes[0].speaker?.mention, "Harbour Council press officer Tom Reed")
    }

    func testAPronounStandsForTheSubjectThatOpenedTheSentenceBefore() {
        let text = """
            Sir Tom Reed said the talks had failed. "We tried everything," he said.

            Omar Quill, father of Sami, thanked his lawyers and the British people for their support. He added: "If they did wrong, they should be punished."

            Lawyer Louise Mercer, who represents Mr Abbot and Mr Kettle, said the government should have acted sooner. She said: "They should have spoken out at the outset."
            """
        let quotes = AttributionFixture.extract(text).quotes
        // He → Omar Quill, who opens the sentence before, though Sir Tom Reed is a man named earlier; she → Louise
        // Mercer, never "the government", which is no "she".
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Sir Tom Reed", "Omar Quill", "Louise Mercer"])
        XCTAssertEqual(quotes[1].speaker?.resolution, .pronoun)
        XCTAssertEqual(quotes[2].speaker?.mention, "She")
    }

    func testASourceNamedAtTheEndOfTheSentenceOrAfterAHeadlineDash() {
        let text = """
            Pier tolls 'unjustified' - Lane

            Traders face "crippling" tolls, a new survey shows.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Lane", "a new survey"])
        XCTAssertEqual(quotes.map(\.rule), ["en.after.dash", "en.partial.trailing"])
        XCTAssertEqual(quotes[1].cue, "shows")
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testInstitutionsAreNoHeOrShe() {
        let text = """
            The council said the pier would close. "It is unsafe," she said.
            """
        let quotes = AttributionFixture.extract(text).quotes
        XCTAssertNotEqual(quotes[0].speaker?.name, "The council")
    }

    func testAPartialQuoteMidSentenceIsTheWordsOfTheSpeakerAtItsEnd() {
        // The speaker after the sentence's last comma, not in the clause right after the quote: the short quote is theirs.
        let text = "Tom Fenwick should \"stick to the plan\" and not resign over the report, councillor Ada Lane has insisted.\n"
        let quote = AttributionFixture.extract(text).quotes.first
        XCTAssertEqual(quote?.kind, .quotation)
        XCTAssertEqual(quote?.speaker?.name, "Ada Lane")
    }

    func testTheSourceAccordingToNamesSpeaks() {
        let direct = AttributionFixture.only("According to Dr. Ada Lane, \"the numbers speak for themselves\".")
        AttributionFixture.assertQuote(direct, speaker: "Ada Lane", rule: "en.according", kind: .quotation)
        let partial = AttributionFixture.only("According to the Data Office, the plan was \"a success\".")
        AttributionFixture.assertQuote(partial, speaker: "Data Office", rule: "en.according.partial", kind: .quotation)
    }
}
