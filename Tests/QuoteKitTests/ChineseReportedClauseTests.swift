import XCTest
@testable import QuoteKit

/// Chinese reported clauses whose subject stands earlier in the sentence or right before the cue of a relative clause:
/// a partial quote after a subjectless cue of claiming (…，并指责这些报道是“…”), an organisation opening the sentence as
/// that subject, a titled name before 讲的“…”, and words that end with a cue but report nobody (据说, 可以说).
final class ChineseReportedClauseTests: XCTestCase {
    func testAPartialQuoteAfterASubjectlessCueOfClaimingIsTheEarlierSubjectsWords() {
        // The subject of the sentence's first clause asserts the clause after 并指责 / 只是強調, quote and all.
        let company = AttributionFixture.only("青山公司否认这些传闻，并指责这些报道是“恶意的捏造”。")
        AttributionFixture.assertQuote(company, speaker: "青山公司", rule: "zh.continuation.reported", cue: "指责", kind: .quotation)
        XCTAssertEqual(company?.speaker?.resolution, .continuation)
        AttributionFixture.assertOnly("李秋芳的律師沒有多談，只是強調李秋芳「從未收過任何款項」。", speaker: "李秋芳的律師", cue: "強調", kind: .quotation)
    }

    func testTheTwoSidesOfAnArgumentAreNoSubjectAndAPlaceWithItsLevelIsNoName() {
        // 一方面 … 另一方面 are connectives; 青山 of 青山市政府 is the start of the government's name, not a person.
        AttributionFixture.assertOnly("青山市政府一方面否认这些传闻，另一方面表示这些传闻纯属“凭空捏造”。", speaker: "青山市政府", rule: "zh.continuation.reported")
        // After a connective alone that opens the sentence (对此，), the organisation still opens it.
        let afterConnective = AttributionFixture.only("对此，青山市政府否认这些传闻，称这是“毫无根据的猜测”。")
        XCTAssertEqual(afterConnective?.speaker?.name, "青山市政府")
        AttributionFixture.assertOnly("青山市政府否认这些传闻，并称：“这是毫无根据的猜测。”", speaker: "青山市政府", rule: "zh.continuation")
    }

    func testWordsThatEndWithACueButReportNobodyLeaveATerm() {
        // 据说 is hearsay and 可以说 "one may say": neither makes the short quote after it the subject's words.
        for text in ["张明开了一家小店，据说生意特别“红火”。", "这几件样品，都可以说是“迷你”版。"] {
            AttributionFixture.assertOnly(text, speaker: nil, kind: .term)
        }
    }

    func testATitledNameBeforeTheCueOfARelativeClauseSpeaksWhateverSubjectOpensIt() {
        let quotes = AttributionFixture.extract("会上大家又谈起张明同志讲的“实事求是”，还有李秋芳同志讲的“面向未来”。").quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["张明", "李秋芳"])
        XCTAssertEqual(quotes.map(\.speaker?.mention), ["张明同志", "李秋芳同志"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.relative.titled", "zh.before.relative.titled"])
        XCTAssertEqual(quotes.map(\.cue), ["讲", "讲"])
    }

    func testAnOrganisationBeforeACountedPersonSaysWhoseThePersonIs() {
        // 青山市政府一位官员: the organisation stays in the name, the count does not; a word of time may follow.
        let official = AttributionFixture.only("青山市政府一位官员昨天表示：“我们会尽快处理。”")
        XCTAssertEqual(official?.speaker?.name, "青山市政府官员")
        XCTAssertEqual(official?.speaker?.mention, "青山市政府一位官员")
        XCTAssertEqual(AttributionFixture.only("东海国总统府一位官员说：“我们会尽快处理。”")?.speaker?.name, "东海国总统府官员")
    }

    func testTheWordsAfterASeriesOfQuotesSayWhatAllOfThemAre() {
        // “A”或“B”； ends its clause: both are the speaker's words, not the first a modifier of 或.
        AttributionFixture.assertQuotes("调查中，多数家长表示对新校舍“非常满意”或“基本满意”；也有家长表示“不太满意”。",
                                       kinds: [.quotation, .quotation, .quotation], speakers: ["多数家长", "多数家长", "家长"])
        // “A”、“B”两个品牌: the words after the series make both names.
        AttributionFixture.assertQuotes("张明介绍了“海鸥”、“飞燕”两个品牌。", kinds: [.term, .term], speakers: [nil, nil])
    }

    func testAQuoteBeforeANounOfWordsSpokenIsThoseWords() {
        // 说的“…”那番话, 说了一句“…”的话: the noun names the quote as words, it does not make it a modifier.
        AttributionFixture.assertOnly("周明昨天说的“我们一定能赢”那番话，让队员们很受鼓舞。", speaker: "周明", kind: .quotation)
        AttributionFixture.assertOnly("李秋芳当时说了一句“谁也别想走”的话，大家都愣住了。", speaker: "李秋芳", kind: .quotation)
    }

    func testSoCalledWithItsParticleMarksATermAndTheQuoteBeforeItModifiesNothing() {
        // 所谓的“…” is a term whatever cue governs the clause; the quote before it is a verb whose object 所谓的 opens.
        AttributionFixture.assertQuotes("张明指出，各方应当“一律拒绝”所谓的“两难论”，冷静看待发展。",
                                       kinds: [.quotation, .term], speakers: ["张明", nil])
    }

    func testATeamWhoseNameEndsInOneCharacterOpensTheSentenceItContinues() {
        // 青山|队 opens the sentence; 要求 after a comma asserts what the team demands.
        AttributionFixture.assertOnly("青山队坚持原来的方案，要求“马上开工”。", speaker: "青山队", rule: "zh.continuation.reported", kind: .quotation)
    }

    func testRoyalTitlesChambersOfCommerceAndMeetings() {
        let queen = AttributionFixture.only("艾琳娜王后说：“谢谢大家。”")
        XCTAssertEqual(queen?.speaker?.name, "艾琳娜")
        XCTAssertEqual(queen?.speaker?.title, "王后")
        XCTAssertEqual(AttributionFixture.only("东海商会说：“我们欢迎这项决定。”")?.speaker?.name, "东海商会")
        XCTAssertEqual(AttributionFixture.only("青山商贸促进会呼吁，“尽快恢复谈判”。")?.speaker?.name, "青山商贸促进会")
        // A meeting named by who holds it speaks as a body; 会议 alone names nobody.
        XCTAssertEqual(AttributionFixture.only("青山县委常委会议指出，要“加快修好进山的公路”。")?.speaker?.name, "青山县委常委会议")
        XCTAssertNil(AttributionFixture.only("会议强调：“要进一步加强基础设施建设。”")?.speaker)
    }

    func testAQuoteOpeningTheSentenceAfterAReportGoesOnWithTheReportersWords() {
        // 告诉记者 reports to the press; the quote that opens the next sentence, with no speaker of its own, is his.
        let text = "店主吴先生告诉记者，他每天清晨五点就开门，一直忙到天黑。“生意好了，累一点也值得。”"
        let parent = AttributionFixture.only(text)
        XCTAssertEqual(parent?.rule, "zh.before.reported-sentence")
        XCTAssertEqual(parent?.cue, "告诉")
        XCTAssertTrue(parent?.speaker?.name.hasSuffix("吴先生") == true, parent?.speaker?.name ?? "no speaker")
        // A speaker named after the quote still speaks it, and 说 (fiction's cue before the other's turn) reports nothing
        // into the next sentence.
        XCTAssertEqual(AttributionFixture.speakers("张明告诉记者，工程已经完工。“我们提前了一个月。”王立新补充说。"), ["王立新"])
        XCTAssertNotEqual(AttributionFixture.only("青山说着便拿起了电话。“你先回去吧！”")?.rule, "zh.before.reported-sentence")
    }

    func testAShoutWithNoSubjectOfItsOwnIsTheEarlierSubjects() {
        // The words shouted right after the verb are the shouter's, the subject of the clause before.
        AttributionFixture.assertOnly("李秋芳在院子里听见动静，一直高喊“谁在那儿”，但没人应声。", speaker: "李秋芳",
                                      rule: "zh.continuation.reported", kind: .quotation)
        AttributionFixture.assertOnly("王海生跑到門口，大聲呼喊「有人嗎」，沒有人回答。", speaker: "王海生", kind: .quotation)
        // A slogan shouted as the name of a slogan stays a term.
        AttributionFixture.assertOnly("村民们喊出了“要致富找支部”的口号。", speaker: nil, kind: .term)
    }

    func testADenialIsACueOfItsOwnClause() {
        // The second clause's subject denies, and what follows its comma is that subject's, not the first clause's.
        XCTAssertEqual(AttributionFixture.speakers("林秀芬称赞王立新是“最好的厨师”，王立新则连忙否认，“做菜还行，最好谈不上。”"),
                       ["林秀芬", "王立新"])
        XCTAssertEqual(AttributionFixture.speakers("林秀芬稱讚王立新是「最好的廚師」，王立新則連忙否認，「做菜還可以，最好就唔係喇。」"),
                       ["林秀芬", "王立新"])
    }

    func testTheFirstOfTwoSidesStandsBetweenTheSubjectAndItsCue() {
        // 一方面 is no part of the body's name: the body speaks.
        AttributionFixture.assertOnly("青山县水务局一方面断然否认水质超标，一方面指责有关帖子“以偏概全”。", speaker: "青山县水务局", kind: .quotation)
    }
}
