import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

/// Rule packs: loading, validation, merging, kind rules from the packs, explain traces, aliases.
final class RulePackTests: XCTestCase {
    func testBuiltInPacksLoad() throws {
        let zh = try RulePack.builtIn(language: .zh)
        let en = try RulePack.builtIn(language: .en)
        XCTAssertEqual(zh.language, .zh)
        XCTAssertEqual(en.language, .en)
        XCTAssertTrue(zh.rules.contains { $0.id == "zh.before.colon" })
        XCTAssertTrue(en.rules.contains { $0.sieve == .alternation })
        XCTAssertTrue(zh.lexicons["cues"]?.contains("說") == true, "traditional cues are in the Chinese pack")
        XCTAssertNotNil(zh.kind)
    }

    func testBuiltInPacksAreTheYAMLFiles() throws {
        // scripts/pack-rules.sh parses the YAML files and compiles the trees in (BuiltInPackTrees.swift);
        // the packs read back from them must be the packs the files give. After editing a pack, run the script.
        let folder = TestSupport.packageRoot.appendingPathComponent("Sources/QuoteKit/Resources/RulePacks")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .map { String($0.dropLast(5)) }
        XCTAssertEqual(Set(names), Set(BuiltInPackTrees.packed.keys))
        let stale = "BuiltInPackTrees.swift differs from the YAML: run scripts/pack-rules.sh"
        XCTAssertEqual(try RulePack.builtIn(language: .zh), try RulePack.load(contentsOf: folder.appendingPathComponent("zh.yaml").path), stale)
        XCTAssertEqual(try RulePack.builtIn(language: .en), try RulePack.load(contentsOf: folder.appendingPathComponent("en.yaml").path), stale)
    }

    func testPackedTreeReadsBackAndRejectsDamage() throws {
        let packed = Array("M2:S4:listL3:S1:aS3:字M0:S3:keyS0:".utf8)
        guard case .map(let pairs)? = PackValue(packedTree: packed) else { return XCTFail("not read") }
        XCTAssertEqual(pairs.map(\.key), ["list", "key"])
        XCTAssertEqual(pairs[0].value.items?.prefix(2).compactMap(\.text), ["a", "字"])
        XCTAssertEqual(pairs[0].value.items?.last?.isMap, true)
        XCTAssertEqual(pairs[1].value.text, "")
        var repacked: [UInt8] = []
        PackValue.map(pairs).pack(into: &repacked)
        XCTAssertEqual(repacked, packed, "pack(into:) writes what init(packedTree:) reads")
        for damaged in ["M2:S4:list", "S9:abc", "L1:X0:", "S3:abc trailing", "", "S99999999999999999999:", "M1:L0:S0:"] {
            XCTAssertNil(PackValue(packedTree: Array(damaged.utf8)), damaged)
        }
    }

    func testKindRulesComeFromThePacks() throws {
        let standard = KindClassifier.Rules.standard
        XCTAssertTrue(standard.cues.contains("指出"))
        XCTAssertTrue(standard.cues.contains("said"))
        XCTAssertTrue(standard.termMarkersBefore.contains("所谓"))
        XCTAssertEqual(standard.threshold, 2.0)
    }

    func testUserPackAddsARuleInOrder() throws {
        let yaml = """
        id: test
        language: zh
        lexicons:
          cues: [感叹道]
        rules:
          - id: test.exclaim
            description: X感叹道：“…”
            order: 1
            confidence: 0.42
            pattern: [speaker, cue, colon, quote]
        """
        let pack = try RulePack.load(yaml: yaml)
        let attributor = try Attributor(packs: [pack])
        XCTAssertEqual(attributor.rules(for: .zh).first?.id, "test.exclaim")
        let q = AttributionFixture.extract("李华感叹道：“时间过得真快啊！”", attributor: attributor).quotes[0]
        XCTAssertEqual(q.speaker?.name, "李华")
        XCTAssertEqual(q.rule, "test.exclaim", "the first rule in order that proposed the winner is credited")
        // The confidence is the built-in scorer's probability for the winner, not the rule's own figure.
        XCTAssertGreaterThan(q.confidence ?? 0, 0.5)
        XCTAssertLessThan(q.confidence ?? 1, 1)
        XCTAssertEqual(q.cue, "感叹道")
    }

    func testInvalidPacksGiveClearErrors() {
        func message(_ yaml: String) -> String {
            do { _ = try RulePack.load(yaml: yaml, source: "bad.yaml"); return "" } catch { return "\(error)" }
        }
        XCTAssertTrue(message("language: zh\nrules:\n  - id: a\n    pattern: [speaker, cue]\n").contains("exactly one quote slot"))
        XCTAssertTrue(message("language: zh\nrules:\n  - id: a\n    pattern: [speaker, bogus, quote]\n").contains("unknown slot 'bogus'"))
        XCTAssertTrue(message("language: zh\nrules:\n  - id: a\n    confidence: 2\n    pattern: [cue, quote]\n").contains("outside 0…1"))
        XCTAssertTrue(message("language: zh\nrules:\n  - id: a\n    pattern: [{cue: nope}, quote]\n").contains("unknown lexicon 'nope'"))
        XCTAssertTrue(message("language: zh\nrules:\n  - id: a\n    pattern: [quote]\n  - id: a\n    pattern: [quote]\n").contains("duplicate id"))
        XCTAssertTrue(message("rules: [").hasPrefix("bad.yaml:"))
        XCTAssertTrue(message("id: x\n").contains("language"))
        XCTAssertThrowsError(try RulePack.load(contentsOf: "/nonexistent/pack.yaml"))
    }

    func testSlotSyntax() throws {
        let pack = try RulePack.load(yaml: """
        language: en
        rules:
          - id: s
            pattern: [{speaker: {allow: [name]}}, {punct: ":;"}, {words: [hello, hi], optional: true}, {gap: 5}, quote]
        """)
        let pattern = try XCTUnwrap(pack.rules.first?.pattern)
        XCTAssertEqual(pattern.map(\.kind), [.speaker, .punct, .words, .gap, .quote])
        XCTAssertEqual(pattern[0].allow, [.name])
        XCTAssertEqual(pattern[1].words, [":", ";"])
        XCTAssertEqual(pattern[2].words, ["hello", "hi"])
        XCTAssertTrue(pattern[2].optional)
        XCTAssertEqual(pattern[3].max, 5)
    }

    func testExplainListsRulesTriedAndWhy() throws {
        let extractor = QuoteExtractor()
        let (result, traces) = extractor.extractExplained(Document(text: "孔子说：“三人行，必有我师焉。”"))
        XCTAssertEqual(result.quotes.first?.speaker?.name, "孔子")
        let trace = try XCTUnwrap(traces.first)
        XCTAssertEqual(trace.quote, "q1")
        // Every rule is tried: the first that fires is zh.before.colon, those before it failed and say why.
        let firstFired = try XCTUnwrap(trace.steps.firstIndex(where: \.fired))
        XCTAssertEqual(trace.steps[firstFired].rule, "zh.before.colon")
        XCTAssertTrue(trace.steps[..<firstFired].allSatisfy { !$0.fired && !$0.detail.isEmpty })
        XCTAssertTrue(trace.report.contains("fired  zh.before.colon"))
        // The candidates it and later rules proposed, scored; the winner is marked.
        let chosen = try XCTUnwrap(trace.candidates.first(where: \.chosen))
        XCTAssertEqual(chosen.speaker, "孔子")
        XCTAssertEqual(chosen.features["pattern"], 1)
        XCTAssertTrue(trace.report.contains("chosen"))
    }

    func testAliasFiles() throws {
        let json = try SpeakerAliases.parse(#"{"Elizabeth Bennet": ["Lizzy", "Eliza"]}"#)
        XCTAssertEqual(json.canonical("lizzy"), "Elizabeth Bennet")
        XCTAssertEqual(json.canonical("Eliza "), "Elizabeth Bennet")
        let csv = try SpeakerAliases.parse("name,alias\n宋法棠,宋省长\n")
        XCTAssertEqual(csv.canonical("宋省长"), "宋法棠")
        XCTAssertThrowsError(try SpeakerAliases.parse(#"{"x": 3}"#))
        XCTAssertThrowsError(try SpeakerAliases.parse("onlyname\n"))
    }

    func testSpeakerIndex() throws {
        let result = AttributionFixture.extract(try AttributionFixture.text("zh-speakers.txt"))
        let index = SpeakerIndex([result])
        let first = try XCTUnwrap(index.entries.first)
        XCTAssertEqual(first.name, "张明")
        XCTAssertEqual(first.mentions, ["张明教授", "张明", "他"])
        XCTAssertEqual(first.titles, ["教授"])
        XCTAssertEqual(first.quotes.count, 3)
        XCTAssertTrue(index.json.hasPrefix(#"{"speakers":[{"name":"张明""#))
        XCTAssertEqual(index.csvRows.first, ["name", "mentions", "titles", "quotes"])
        XCTAssertTrue(index.table.contains("宋法棠"))
    }
}
