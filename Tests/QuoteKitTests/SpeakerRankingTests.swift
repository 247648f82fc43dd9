import XCTest
@testable import QuoteKit
@testable import QuoteKitRules

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

    func testTheTurnBeforeALineNamingItsSpeakerIsThePreviousTurn() throws {
        // “…”⏎青山问妹妹。⏎“…”: the answer alternates with the question the short line attributed, so the alternation
        // proposes the other person (秀云), carried over as the name the text writes, not as a bare word.
        let text = "秀云擦了擦眼睛说：\n“家里来信了……”\n“信上说什么？”\n青山问妹妹。\n“说是奶奶病了。”\n"
        let (result, traces) = explained(text, attributor: Attributor())
        let answer = try XCTUnwrap(result.quotes.last)
        let trace = try XCTUnwrap(traces.first { $0.quote == answer.id })
        let alternation = try XCTUnwrap(trace.candidates.first { $0.rule == "zh.alternation" }, trace.report)
        XCTAssertEqual(alternation.speaker, "秀云")
        XCTAssertEqual(alternation.features["form=name"], 1)
        XCTAssertNil(alternation.features["form=bare"])
        // A long line of who said it and where is a report's: no alternation across it.
        let report = "青山说：\n“家里来信了。”\n“信上说什么？”\n在青山乡召开的村民大会上，年过七旬的村民李大山老人高兴地说。\n“说是奶奶病了。”\n"
        let (reported, reportTraces) = explained(report, attributor: Attributor())
        let last = try XCTUnwrap(reported.quotes.last)
        XCTAssertNil(reportTraces.first { $0.quote == last.id }?.candidates.first { $0.rule == "zh.alternation" && $0.speaker == "青山" })
    }

    func testThePersonTheIntroducingClauseAddressesIsMarkedAddressed() throws {
        // 叫林秀雲過來：「…」 / 张明问李秋芳：“…” / “…”⏎张明问李秋芳。: the one bidden or asked before the colon, or in the
        // clause after the quote, is spoken to, like a name inside the quote; the one who bids or asks is not.
        let texts = ["張明放下筆，\n叫林秀雲過來：\n「來，\n看看這幅畫。\n」\n林秀雲說：「真好。」\n": ("林秀雲", "張明"),
                     "张明放下碗，问李秋芳：“你去过镇上吗？”\n李秋芳说：“没有。”\n": ("李秋芳", "张明"),
                     "李秋芳说：“没有。”\n“你去过镇上吗？”\n张明问李秋芳。\n": ("李秋芳", "张明")]
        for (text, (addressed, speaker)) in texts {
            let (result, traces) = explained(text, attributor: Attributor())
            let quote = try XCTUnwrap(result.quotes.first { $0.text.hasPrefix("來") || $0.text.hasPrefix("你去过") })
            XCTAssertEqual(quote.speaker?.name, speaker, text)
            let candidates = try XCTUnwrap(traces.first { $0.quote == quote.id }).candidates
            let spokenTo = try XCTUnwrap(candidates.first { $0.speaker == addressed }, text)
            XCTAssertEqual(spokenTo.features["addressed-here"], 1, text)
            XCTAssertFalse(candidates.contains { $0.speaker == speaker && $0.features["addressed-here"] != nil }, text)
        }
    }

    func testTurnsAreProposedInDialogueTextOnly() {
        func turnCandidates(_ text: String) -> Int {
            let (_, traces) = explained(text, attributor: Attributor())
            return traces.flatMap(\.candidates).filter { $0.rule == "zh.turns" }.count
        }
        // Lines of quotations: the speakers of the previous turns are candidates.
        XCTAssertGreaterThan(turnCandidates("“你去哪儿？”周文斌问。\n“镇上。”林秀云说。\n“去干什么？”\n“买盐。”"), 0)
        // News, quotes inside narrative paragraphs: the quote before is another person's, not a turn.
        let news = """
            会上，张明教授表示：“今年的工作很扎实，明年要再接再厉。”
            随后发言的王立新主任说：“城市要更宜居，乡村要更美丽。”
            “群众满意是最高标准。”
            记者了解到，会议还审议通过了多项决定，各地将认真贯彻落实会议精神。
            """
        XCTAssertEqual(turnCandidates(news), 0)
    }

    func testNoOneWrittenAfterAQuoteAColonIntroducesIsProposedForIt() throws {
        // 她 opens no clause the rules read (走到门口她…), so the people written nearby decide: 周明, who opens the line
        // after the quote, is the next turn's.
        let text = "李芳把伞递给他，说：\n“拿着，要下雨了。”\n她提起篮子往外走。\n走到门口她又转过身来说：\n“饭在锅里，记得热一热……”\n周明站在屋里，看着李芳走远了。\n"
        let (result, traces) = explained(text, attributor: try Attributor(packs: [], aliases: characterList()))
        let second = try XCTUnwrap(result.quotes.last)
        XCTAssertEqual(second.speaker?.name, "李芳")
        let trace = try XCTUnwrap(traces.first { $0.quote == second.id })
        XCTAssertFalse(trace.candidates.contains { $0.rule == "zh.nearby" && $0.features["after"] == 1 }, trace.report)
    }

    func testAListInOneChineseScriptNamesItsPeopleInTheOther() throws {
        // A simplified list (林秀云, 秀云) on a traditional text (秀雲): reported under the list's name, as written there.
        let list = try SpeakerAliases.parse("name,aliases,gender\n周文斌,文斌,male\n林秀云,秀云,female\n", source: "people.csv")
        let text = "秀雲挑著水桶從井邊回來。\n文斌迎上去。\n「你去哪兒了？」\n文斌問她。\n「井邊。」\n"
        let (result, _) = explained(text, attributor: try Attributor(packs: [], aliases: list))
        XCTAssertEqual(result.quotes.map { $0.speaker?.name }, ["周文斌", "林秀云"])
        XCTAssertEqual(result.quotes.last?.speaker?.mention, "秀雲")
        // Aliases set on an attributor afterwards are read the same way.
        var attributor = Attributor()
        attributor.aliases = list
        XCTAssertEqual(explained(text, attributor: attributor).0.quotes.last?.speaker?.name, "林秀云")
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

    func testAQuoteInsideNarrationTakesNoTurnFromTheOneWhoSpokeBefore() throws {
        // 王立新 asked the first question; the second quote, inside a paragraph of narration, is his again, read where
        // the text names him right after it: he is no other party to a dialogue that alternates.
        let text = "值班的王立新从电话里听出了李秋芳的慌张——“您家里是不是有人受伤了？”\n"
            + "救护车很快开到李秋芳家楼下。李秋芳抱着孩子站在门口，孩子的额头还在流血。“别按伤口，让我来！”王立新快步走上前，接过孩子。\n"
        let (result, traces) = explained(text, attributor: Attributor())
        XCTAssertEqual(result.quotes.first?.speaker?.name, "王立新")
        let second = try XCTUnwrap(result.quotes.last)
        let trace = try XCTUnwrap(traces.first { $0.quote == second.id })
        let named = try XCTUnwrap(trace.candidates.first { $0.rule == "zh.after.subject" }, trace.report)
        XCTAssertEqual(named.speaker, "王立新")
        XCTAssertNil(named.features["previous"], trace.report)
        XCTAssertEqual(second.speaker?.name, "王立新")
    }
}

/// Sieves of one's own, registered by name and named by a pack's rule.
final class RegisteredSieveTests: XCTestCase {
    /// Gives every quote the name of the document's first line (a by-line), where it is written.
    struct ByLine: AttributionSieve {
        let name = "by-line"
        func propose(for quote: Int, in context: SieveContext) -> [SieveProposal] {
            guard let first = context.document.paragraphs.first, context.speakers.count == context.quotes.count else { return [] }
            return [SieveProposal(name: context.document.string(first.range), mention: first.range)]
        }
    }

    func testAPackRuleRunsARegisteredSieve() throws {
        let pack = try RulePack.load(yaml: """
        language: en
        rules: [{id: my.by-line, sieve: by-line, confidence: 0.9}]
        scorer: {threshold: 0, weights: {"rule=my.by-line": 5}}
        """)
        let attributor = try Attributor(packs: [pack], sieves: [ByLine()])
        var configuration = QuoteExtractor.Configuration()
        configuration.attributor = attributor
        let result = QuoteExtractor(configuration: configuration).extract(text: "Ada Lane\n\nThe report was clear: \"We must act now, before the winter.\"\n", source: "t")
        let quote = try XCTUnwrap(result.quotes.first)
        XCTAssertEqual(quote.speaker?.name, "Ada Lane")
        XCTAssertEqual(quote.rule, "my.by-line")
        XCTAssertEqual(quote.speaker?.start, 0)
    }

    func testAnUnknownSieveNameIsAnError() throws {
        let pack = try RulePack.load(yaml: "language: en\nrules: [{id: my.rule, sieve: nowhere}]")
        XCTAssertThrowsError(try Attributor(packs: [pack])) { error in
            XCTAssertTrue("\(error)".contains("unknown sieve 'nowhere'"), "\(error)")
        }
        XCTAssertEqual(RulePack.Sieve(rawValue: "alternation"), .alternation)
    }
}
