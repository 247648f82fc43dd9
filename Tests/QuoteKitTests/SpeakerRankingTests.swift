import XCTest
@testable import QuoteKit

/// The ranking phase: candidates from every rule, character lists, the scorer and its pack section.
final class SpeakerRankingTests: XCTestCase {
    /// Two people of a character list, one of each gender.
    func characterList() throws -> SpeakerAliases {
        try SpeakerAliases.parse("name,aliases,gender\n周明,小周|周老师,male\n李芳,,female\n", source: "people.csv")
    }

    /// A pack whose only content is a scorer with the given weights (it replaces the built-in scorer).
    func scorer(_ weights: [String: Double], threshold: Double = 0) -> RulePack {
        RulePack(id: "test-scorer", language: .zh, scorer: SpeakerModel(weights: weights, threshold: threshold))
    }

    func explained(_ text: String, attributor: Attributor) -> (ExtractionResult, [AttributionTrace]) {
        var configuration = QuoteExtractor.Configuration()
        configuration.attributor = attributor
        let document = Document(text: text, source: "test")
        return QuoteExtractor(configuration: configuration).extractExplained(document)
    }

    func testCharacterListGivesNamesAliasesAndGenders() throws {
        let list = try characterList()
        XCTAssertEqual(list.canonical("小周"), "周明")
        XCTAssertEqual(list.canonical("周老师"), "周明")
        XCTAssertEqual(list.gender(of: "小周"), .male)
        XCTAssertEqual(list.gender(of: "李芳"), .female)
        XCTAssertNil(list.canonical("male"), "the gender column is not an alias")
        XCTAssertEqual(Set(list.surfaceForms.map(\.form)), ["周明", "小周", "周老师", "李芳"])
        XCTAssertThrowsError(try SpeakerAliases.parse("name,aliases,gender\n周明,,unknown\n", source: "bad.csv")) { error in
            XCTAssertTrue("\(error)".contains("bad.csv"), "\(error)")
        }
        // The older two-column form still reads as name,alias.
        let plain = try SpeakerAliases.parse("name,alias\nElizabeth Bennet,Lizzy\n")
        XCTAssertEqual(plain.canonical("lizzy"), "Elizabeth Bennet")
        XCTAssertTrue(plain.genders.isEmpty)
    }

    func testNearbyCandidateWithACueWinsAndEveryCandidateIsExplained() throws {
        let attributor = try Attributor(packs: [scorer(["rule=zh.nearby": 1, "cue-next": 5, "distance": -1])], aliases: characterList())
        let (result, traces) = explained("周明和李芳坐在院子里。李芳低声说：\n“明天还去镇上吗？”\n", attributor: attributor)
        let quote = try XCTUnwrap(result.quotes.first)
        XCTAssertEqual(quote.speaker?.name, "李芳")
        let trace = try XCTUnwrap(traces.first { $0.quote == quote.id })
        XCTAssertEqual(trace.candidates.filter(\.chosen).count, 1)
        XCTAssertEqual(trace.candidates.first(where: \.chosen)?.speaker, "李芳")
        let other = try XCTUnwrap(trace.candidates.first { $0.speaker == "周明" }, "the other person nearby is a candidate")
        XCTAssertEqual(other.rule, "zh.nearby")
        XCTAssertEqual(other.features["listed"], 1)
        XCTAssertNil(other.features["cue-next"])
        XCTAssertTrue(trace.report.contains("chosen"), trace.report)
        XCTAssertEqual(trace.start, quote.start)
    }

    func testPronounGenderFromTheCharacterListPicksTheRightPerson() throws {
        let weights = ["rule=zh.nearby": 1.0, "gender-match": 3, "gender-mismatch": -3, "distance": -0.5]
        let attributor = try Attributor(packs: [scorer(weights)], aliases: characterList())
        let (result, _) = explained("李芳看见周明进来。他笑着说：“我回来了。”\n", attributor: attributor)
        XCTAssertEqual(result.quotes.first?.speaker?.name, "周明")
        XCTAssertEqual(result.quotes.first?.cue, "说", "the pronoun's cue is kept when the pronoun resolves to the winner")
    }

    func testThresholdLeavesWeakQuotesWithoutSpeaker() throws {
        let attributor = try Attributor(packs: [scorer(["bias": 1], threshold: 5)], aliases: characterList())
        let (result, _) = explained("周明和李芳坐在院子里。\n“明天还去镇上吗？”\n", attributor: attributor)
        XCTAssertNil(result.quotes.first?.speaker)
    }

    func testScorerSectionIsReadAndCheckedInPacks() throws {
        let pack = try RulePack.load(yaml: """
        language: en
        scorer:
          threshold: -1
          weights: {bias: 0.5, "rule=en.nearby": 1.5, cue-next: 2}
        """)
        XCTAssertEqual(pack.scorer?.threshold, -1)
        XCTAssertEqual(pack.scorer?.weights["cue-next"], 2)
        XCTAssertThrowsError(try RulePack.load(yaml: "language: en\nscorer: {weights: {loudness: 1}}", source: "x.yaml")) { error in
            XCTAssertTrue("\(error)".contains("unknown feature 'loudness'"), "\(error)")
        }
    }

    func testBuiltInPacksShipTrainedWeightsForKnownFeaturesAndRules() throws {
        for language in [Language.zh, .en] {
            let pack = try RulePack.builtIn(language: language)
            let model = try XCTUnwrap(pack.scorer, "\(language) ships a scorer")
            XCTAssertTrue(model.source?.contains("train-scorer") == true)
            let ids = Set(pack.rules.map(\.id))
            for name in model.weights.keys where name.hasPrefix("rule=") {
                XCTAssertTrue(ids.contains(String(name.dropFirst(5))), "\(name) names a rule of the \(language) pack")
            }
            XCTAssertTrue(pack.rules.contains { $0.sieve == .nearby })
            XCTAssertTrue(pack.rules.contains { $0.sieve == .turns })
        }
    }
}
