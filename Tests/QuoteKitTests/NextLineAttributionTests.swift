import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

/// Chinese fiction often writes a quote as its own line and says who spoke on the next one (“…”⏎她低声问。);
/// a next line that introduces words of its own (秀云说：⏎“…”) says nothing about the quote before it.
final class NextLineAttributionTests: XCTestCase {
    func testTheLineAfterAQuoteSaysWhoSpoke() throws {
        let quotes = AttributionFixture.extract(try AttributionFixture.text("zh-next-line.txt")).quotes
        XCTAssertEqual(quotes.count, 4)
        // “去。”⏎周明扭头回答她。: a name, an action before the cue, and the one answered.
        XCTAssertEqual(quotes[1].speaker?.name, "周明")
        XCTAssertEqual(quotes[1].cue, "回答")
        XCTAssertEqual(quotes[1].rule, "zh.after.cue-object")
        // “…”⏎秀云说：⏎“…”: the colon line belongs to the quote after it.
        XCTAssertNotEqual(quotes[2].rule, "zh.after.direct")
        XCTAssertNil(quotes[2].cue)
        XCTAssertEqual(quotes[3].speaker?.name, "秀云")
        XCTAssertEqual(quotes[3].cue, "说")
    }

    func testOnlyRulesMarkedNextLineReadIt() throws {
        // The same text with a rule pack whose after-quote rule may not read the next line: no cue is found there.
        let pack = try RulePack.load(yaml: """
            id: same-line
            language: zh
            rules:
              - id: zh.after.cue-object
                confidence: 0.75
                pattern: [quote, speaker, modifiers, cue, {gap: 6}, {punct: "。！？"}]
            """, source: "same-line.yaml")
        var configuration = QuoteExtractor.Configuration()
        configuration.attributor = try Attributor(packs: [pack])
        let quotes = QuoteExtractor(configuration: configuration).extract(text: try AttributionFixture.text("zh-next-line.txt")).quotes
        XCTAssertNotEqual(quotes[1].rule, "zh.after.cue-object")
    }

    func testAPronounBeforeAnyoneHasSpokenIsTheLastNamedSubject() {
        // No quote before this one has a speaker: 他 is the subject the narrative last named, three sentences back.
        let text = "王建国局长为这个项目付出了很多心血。工地上的条件很艰苦。冬天特别冷。\n他常常教导我们：“做事要踏实。”\n"
        let quote = AttributionFixture.extract(text).quotes[0]
        XCTAssertEqual(quote.speaker?.name, "王建国")
        XCTAssertEqual(quote.speaker?.mention, "他")
        XCTAssertEqual(quote.speaker?.resolution, .pronoun)
    }
}
