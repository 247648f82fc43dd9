import XCTest
@testable import QuoteKit

/// Helpers for the attribution tests (kept local so these tests stand alone).
enum AttributionFixture {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ name: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Fixtures/attribution").appendingPathComponent(name), encoding: .utf8)
    }

    static func extract(_ text: String, language: Language = .auto, attributor: Attributor = Attributor()) -> ExtractionResult {
        var configuration = QuoteExtractor.Configuration()
        configuration.language = language
        configuration.attributor = attributor
        return QuoteExtractor(configuration: configuration).extract(text: text, source: "test")
    }

    /// The quotes of a text attributed with a character list (CSV `name,aliases,gender`), or with none.
    static func extract(_ text: String, characterList: String?) throws -> [Quote] {
        guard let characterList else { return extract(text).quotes }
        let aliases = try SpeakerAliases.parse(characterList, source: "people.csv")
        return extract(text, attributor: try Attributor(packs: [], aliases: aliases)).quotes
    }

    /// Each quote's speaker, rule and kind, in text order.
    static func attributions(_ text: String) -> [(speaker: String?, rule: String?, kind: QuoteKind)] {
        extract(text).quotes.map { ($0.speaker?.name, $0.rule, $0.kind) }
    }

    /// Each quote's speaker name, in text order.
    static func speakers(_ text: String) -> [String?] {
        extract(text).quotes.map { $0.speaker?.name }
    }

    /// The one quote of a text (a failure when it holds another number of them).
    static func only(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Quote? {
        let quotes = extract(text).quotes
        XCTAssertEqual(quotes.count, 1, text, file: file, line: line)
        return quotes.first
    }

    /// Asserts the kind and the speaker's name of every quote of a text, in order.
    static func assertQuotes(_ text: String, kinds: [QuoteKind], speakers: [String?], file: StaticString = #filePath, line: UInt = #line) {
        let quotes = extract(text).quotes
        XCTAssertEqual(quotes.map(\.kind), kinds, text, file: file, line: line)
        XCTAssertEqual(quotes.map { $0.speaker?.name }, speakers, text, file: file, line: line)
    }

    /// Asserts a quote's speaker and, where given, the rule that attributed it, its cue, its kind and the speaker's
    /// mention as written.
    static func assertQuote(_ quote: Quote?, speaker: String?, rule: String? = nil, cue: String? = nil, kind: QuoteKind? = nil,
                            mention: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        guard let quote else { return XCTFail("no quote", file: file, line: line) }
        XCTAssertEqual(quote.speaker?.name, speaker, quote.text, file: file, line: line)
        if let mention { XCTAssertEqual(quote.speaker?.mention, mention, quote.text, file: file, line: line) }
        if let rule { XCTAssertEqual(quote.rule, rule, quote.text, file: file, line: line) }
        if let cue { XCTAssertEqual(quote.cue, cue, quote.text, file: file, line: line) }
        if let kind { XCTAssertEqual(quote.kind, kind, quote.text, file: file, line: line) }
    }

    /// Asserts that a text holds one quote, with that speaker and, where given, rule, cue, kind and mention.
    static func assertOnly(_ text: String, speaker: String?, rule: String? = nil, cue: String? = nil, kind: QuoteKind? = nil,
                           mention: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        assertQuote(only(text, file: file, line: line), speaker: speaker, rule: rule, cue: cue, kind: kind, mention: mention,
                    file: file, line: line)
    }

    /// The first quote whose text starts with `prefix`.
    static func quote(_ result: ExtractionResult, _ prefix: String, file: StaticString = #filePath, line: UInt = #line) throws -> Quote {
        try XCTUnwrap(result.quotes.first { $0.text.hasPrefix(prefix) }, "no quote starting with \(prefix)", file: file, line: line)
    }
}

/// Chinese attribution: every pattern of the issue, on fixtures written for these tests.
final class AttributionTests: XCTestCase {
    func assertSpeaker(_ q: Quote, _ name: String?, resolution: Speaker.Resolution? = nil, cue: String?, rule: String,
                       mention: String? = nil, title: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(q.speaker?.name, name, "speaker of \(q.text)", file: file, line: line)
        if let resolution { XCTAssertEqual(q.speaker?.resolution, resolution, "resolution of \(q.text)", file: file, line: line) }
        if let mention { XCTAssertEqual(q.speaker?.mention, mention, file: file, line: line) }
        if let title { XCTAssertEqual(q.speaker?.title, title, file: file, line: line) }
        XCTAssertEqual(q.cue, cue, "cue of \(q.text)", file: file, line: line)
        XCTAssertEqual(q.rule, rule, "rule of \(q.text)", file: file, line: line)
        XCTAssertNotNil(q.confidence, file: file, line: line)
    }

    func testChineseFixtureCoversEveryPattern() throws {
        let result = AttributionFixture.extract(try AttributionFixture.text("zh-speakers.txt"))
        let q = { try AttributionFixture.quote(result, $0) }
        // Name before a title, with a 在…时 frame between speaker and cue.
        assertSpeaker(try q("教育的根本"), "张明", resolution: .explicit, cue: "强调", rule: "zh.before.colon", mention: "张明教授", title: "教授")
        // Title before the name; a later surname + title merges with the earlier full name.
        assertSpeaker(try q("我们要把生态"), "宋法棠", resolution: .explicit, cue: "说", rule: "zh.before.colon", title: "省长")
        assertSpeaker(try q("治理污染"), "宋法棠", resolution: .explicit, cue: "指出", rule: "zh.before.colon", mention: "宋省长")
        // The subject of an earlier clause, then a zero subject after another quote.
        assertSpeaker(try q("兴趣是最好"), "李华", resolution: .continuation, cue: "认为", rule: "zh.continuation")
        assertSpeaker(try q("每堂课"), "李华", resolution: .continuation, cue: "要求", rule: "zh.continuation")
        XCTAssertNil(try q("每堂课").speaker?.start, "zero anaphora has no offsets")
        // Speaker after the quote.
        assertSpeaker(try q("读书要有恒心"), "王老师", resolution: .explicit, cue: "说", rule: "zh.after.direct")
        assertSpeaker(try q("三人行"), "孔子", resolution: .explicit, cue: "说过", rule: "zh.after.this-is")
        // Sayings: no speaker, cue kept.
        assertSpeaker(try q("千里之行"), nil, cue: "正所谓", rule: "zh.none.saying")
        assertSpeaker(try q("一分耕耘"), nil, cue: "俗话说", rule: "zh.none.saying")
        // A work as subject gives no speaker; X在《…》中指出 gives X.
        assertSpeaker(try q("要全面提高"), nil, cue: "指出", rule: "zh.work-subject")
        assertSpeaker(try q("学生是学习"), "张明", resolution: .explicit, cue: "指出", rule: "zh.before.colon")
        // A pronoun resolves to the latest named speaker.
        assertSpeaker(try q("课堂应当"), "张明", resolution: .pronoun, cue: "说", rule: "zh.before.colon", mention: "他")
    }

    func testMentionOffsetsPointAtTheMention() throws {
        let text = "张明教授说：“天下没有免费的午餐。”"
        let q = try AttributionFixture.quote(AttributionFixture.extract(text), "天下")
        let speaker = try XCTUnwrap(q.speaker)
        let scalars = Array(text.unicodeScalars)
        let start = try XCTUnwrap(speaker.start), end = try XCTUnwrap(speaker.end)
        XCTAssertEqual(String(String.UnicodeScalarView(scalars[start..<end])), "张明教授")
    }

    func testTraditionalScriptAndCornerBrackets() throws {
        let result = AttributionFixture.extract(try AttributionFixture.text("zh-traditional.txt"))
        assertSpeaker(try AttributionFixture.quote(result, "科技發展"), "陳小華", resolution: .explicit, cue: "表示", rule: "zh.before.colon", title: "教授")
        assertSpeaker(try AttributionFixture.quote(result, "我們不能"), "陳小華", resolution: .pronoun, cue: "說", rule: "zh.before.colon", mention: "她")
        assertSpeaker(try AttributionFixture.quote(result, "這是一個"), "林志明", resolution: .explicit, cue: "說", rule: "zh.after.direct", title: "市長")
    }

    func testSplitQuoteGivesBothPartsTheSpeaker() throws {
        let result = AttributionFixture.extract(try AttributionFixture.text("zh-split.txt"))
        XCTAssertEqual(result.quotes.count, 2)
        assertSpeaker(result.quotes[0], "赵刚", cue: "说", rule: "zh.split.first")
        XCTAssertEqual(result.quotes[0].kind, .quotation, "a strong split-quote rule upgrades the short first part")
        assertSpeaker(result.quotes[1], "赵刚", cue: "说", rule: "zh.before.comma")
    }

    func testTermsGetNoSpeaker() {
        let result = AttributionFixture.extract("张明教授说，学校提出了“双减”政策，大家称之为“减负”。")
        for q in result.quotes where q.kind == .term { XCTAssertNil(q.speaker, q.text) }
    }

    func testShortTermUpgradedByExplicitSpeech() throws {
        let q = try AttributionFixture.quote(AttributionFixture.extract("李华点点头，张明说：“好。”"), "好")
        XCTAssertEqual(q.kind, .quotation)
        assertSpeaker(q, "张明", cue: "说", rule: "zh.before.colon")
    }

    func testCueWithoutColonAndAdverbial() throws {
        let a = try AttributionFixture.quote(AttributionFixture.extract("研究员赵刚称“这项技术已经成熟”。"), "这项技术")
        assertSpeaker(a, "赵刚", cue: "称", rule: "zh.before.direct", title: "研究员")
        let b = try AttributionFixture.quote(AttributionFixture.extract("李华激动地说：“我们终于成功了！”"), "我们终于")
        assertSpeaker(b, "李华", cue: "说", rule: "zh.before.colon")
        let c = try AttributionFixture.quote(AttributionFixture.extract("“明天一定会更好。”，刘芳笑着说。"), "明天")
        assertSpeaker(c, "刘芳", cue: "说", rule: "zh.after.comma")
    }

    func testThisIsWhatXOftenSaid() throws {
        let q = try AttributionFixture.quote(AttributionFixture.extract("“学而不思则罔”，这是张明同志在学校任教时常说的一句话。"), "学而不思")
        assertSpeaker(q, "张明", resolution: .explicit, cue: "常说", rule: "zh.after.this-is", mention: "张明同志", title: "同志")
    }

    func testNoSpeakerForAnonymousSubjects() {
        let result = AttributionFixture.extract("有人说：“这不可能。”")
        XCTAssertNil(result.quotes.first?.speaker)
    }

    func testSeedPageReachesFullSpeakerAccuracy() throws {
        let root = AttributionFixture.root.deletingLastPathComponent().appendingPathComponent("shared")
        let gold = root.appendingPathComponent("acceptance/seed-quotes.jsonl")
        try XCTSkipUnless(FileManager.default.fileExists(atPath: gold.path), "../shared is not available")
        var expected: [Int: String] = [:]
        var doc = ""
        for line in try String(contentsOf: gold, encoding: .utf8).split(separator: "\n") {
            let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            doc = object["doc"] as? String ?? doc
            if object["kind"] as? String == "quotation", let speaker = object["speaker"] as? String { expected[object["start"] as! Int] = speaker }
        }
        let text = try String(contentsOf: root.appendingPathComponent("seeds").appendingPathComponent(doc), encoding: .utf8)
        let result = AttributionFixture.extract(text)
        var correct = 0
        for q in result.quotes {
            if let want = expected[q.start] {
                if q.speaker?.name == want { correct += 1 }
                XCTAssertNotNil(q.cue, "cue for \(q.text)")
            }
            if q.kind == .term { XCTAssertNil(q.speaker, "term \(q.text) has a speaker") }
        }
        XCTAssertEqual(correct, expected.count)
    }

    func testAttributionIsBoundedOnALongText() {
        // A long paragraph-free run of quotes: attribution must stay linear.
        let unit = "张明教授说：“我们要继续努力，把工作做得更好。”他还强调：“不能松懈。”"
        let text = String(repeating: unit + "\n", count: 2000)
        let start = Date()
        let result = AttributionFixture.extract(text)
        XCTAssertEqual(result.quotes.count, 4000)
        XCTAssertEqual(result.quotes.last?.speaker?.name, "张明")
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }
}
