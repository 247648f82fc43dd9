import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

/// The work stage and the lint rules read their word lists from the rule packs, so a pack added
/// by the user extends them like any attribution lexicon.
final class PackLexiconTests: XCTestCase {
    func testAddedPackExtendsTheWorkLexicons() throws {
        let pack = try RulePack.load(yaml: "id: t\nlanguage: zh\nlexicons:\n  collectionSuffixes: [诗钞]\n")
        let text = "《张明诗钞》很好。"
        XCTAssertNil(QuoteExtractor().extract(text: text).work("张明诗钞")?.author)
        var configuration = QuoteExtractor.Configuration()
        configuration.attributor = try Attributor(packs: [pack])
        XCTAssertEqual(QuoteExtractor(configuration: configuration).extract(text: text).work("张明诗钞")?.author, "张明")
    }

    func testAddedPackExtendsTheLintLexicons() throws {
        let pack = try RulePack.load(yaml: "id: t\nlanguage: zh\nlexicons:\n  wholeSentenceCues: [题词]\n")
        let text = "他题词：“今天下雨”。"
        XCTAssertFalse(Linter().lint(text: text).contains { $0.rule == LintRule.punctuationEndMarkInside.rawValue })
        XCTAssertTrue(try Linter(packs: [pack]).lint(text: text).contains { $0.rule == LintRule.punctuationEndMarkInside.rawValue })
    }

    func testBuiltInPacksHoldTheTables() {
        let lexicons = CitationLexicons.builtIn
        XCTAssertTrue(lexicons.variantCharacters.contains { $0.variant == "峯" && $0.standard == "峰" })
        XCTAssertEqual(lexicons.speakersForWorks["曾子"], ["大学", "论语"])
        XCTAssertEqual(CitationLexicons.pairs(["a→b", "no arrow", "→c"]).map { "\($0.0)\($0.1)" }, ["ab"])
    }
}
