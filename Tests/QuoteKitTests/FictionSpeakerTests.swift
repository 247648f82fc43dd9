import XCTest
@testable import QuoteKit

/// Fiction: the narrator of a story told in the first person ("I said", 我说) and pronouns deep in a dialogue.
final class FictionSpeakerTests: XCTestCase {
    private let story = """
    "Where did you leave the lantern?" I asked.

    "By the gate," said Nora Vale.

    "Thank you," I said. "That saves me a walk."

    I turned to the window and waited.

    "Is anyone out there?"

    """

    private func extract(_ text: String, list: String?) throws -> [Quote] {
        try AttributionFixture.extract(text, characterList: list)
    }

    func testIntroducedByIAreTheListedNarratorsWords() throws {
        let list = "name,aliases,gender\nTom Fenwick,Tom|narrator,male\nNora Vale,Nora,female\n"
        let quotes = try extract(story, list: list)
        XCTAssertEqual(quotes.prefix(4).map { $0.speaker?.name }, ["Tom Fenwick", "Nora Vale", "Tom Fenwick", "Tom Fenwick"])
        XCTAssertEqual(quotes[0].speaker?.mention, "I")
        XCTAssertEqual(quotes[0].speaker?.resolution, .pronoun)
        XCTAssertEqual(quotes[2].cue, "said")
    }

    func testANarratorAliasIsReadByItsLettersAndByI() throws {
        for alias in ["_narr", "Narrator", "I"] {
            let list = "name,aliases,gender\nTom Fenwick,\(alias),male\nNora Vale,Nora,female\n"
            XCTAssertEqual(try extract(story, list: list).first?.speaker?.name, "Tom Fenwick", alias)
            XCTAssertEqual(try extract(story, list: list)[1].speaker?.name, "Nora Vale", alias)
        }
    }

    func testWithoutANarratorTheQuoteHasNoSpeakerRatherThanSomeoneNearby() throws {
        let quotes = try extract(story, list: nil)
        XCTAssertNil(quotes[0].speaker, "not Nora Vale, named in the next paragraph")
        XCTAssertEqual(quotes[1].speaker?.name, "Nora Vale")
        XCTAssertNil(quotes[2].speaker)
    }

    func testAnIInsideAnEarlierQuoteIsNoNarrator() throws {
        let list = "name,aliases,gender\n王林,我,male\n赵云芳,云芳,female\n"
        // 我 inside the first quote is the words' own subject, not a narrator's cue before the second quote.
        let quotes = try extract("赵云芳望着窗外，说：\n“我估计明天还会下雨……”\n“真的？”\n", list: list)
        XCTAssertEqual(quotes.first?.speaker?.name, "赵云芳")
        XCTAssertNotEqual(quotes.last?.speaker?.name, "王林")
    }

    func testASurnameWithATitleIsTheOneListedPersonOfThatSurname() throws {
        let list = "name,aliases,gender\n徐立功,立功,male\n赵云芳,云芳,female\n赵大山,大山,male\n"
        let text = "徐主任扭过头问：\n“你们村的水渠修好了没？”\n赵主任说：\n“还差一段。”\n"
        let quotes = try extract(text, list: list)
        XCTAssertEqual(quotes.first?.speaker?.name, "徐立功", "the list's only 徐")
        // Two people of the list share 赵: the titled surname stays as written.
        XCTAssertEqual(quotes.last?.speaker?.name, "赵主任")
        XCTAssertEqual(try extract(text, list: nil).first?.speaker?.name, "徐主任")
    }

    func testAPronounNoEarlierSpeakerAnswersIsTheListedPersonWrittenMostAroundIt() throws {
        let list = "name,aliases,gender\n周大山,大山,male\n林秀英,秀英,female\n王立新,立新,male\n"
        // Ten lines of narrative part the pronoun from the man who spoke last: no turn and no nearby name answers it.
        let narrative = String(repeating: "远处的山上起了雾，院子里的狗叫了几声，风把门吹得吱吱作响，屋里的灯一闪一闪。\n", count: 10)
        let text = "大山停下筷子，想了半天，说：\n“这件事我好象听说过。”\n" + narrative
            + "他躺倒在床上，顾不得和秀英打个招呼。\n他只来得及在心里对老伴说：\n“我没发烧……”\n"
        XCTAssertEqual(try extract(text, list: list).last?.speaker?.name, "周大山", "the man written most around it")
        // Without a list, a Chinese given name has no gender to go by.
        XCTAssertNil(try extract(text, list: nil).last?.speaker)
    }

    func testChineseNarrator() throws {
        let list = "name,aliases,gender\n王林,我|叙述者,male\n赵云芳,云芳,female\n"
        let quotes = try extract("我放下书，说：“明天见。”\n赵云芳点点头：“好。”\n我说：“一路小心。”\n", list: list)
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["王林", "赵云芳", "王林"])
        XCTAssertNil(try extract("赵云芳点点头：“好。”\n我说：“一路小心。”\n", list: nil).last?.speaker)
    }

    func testAListedGivenNameAfterADescriptionSpeaks() throws {
        // 秀云 has no surname the parser knows: after a description (穿着新衣服的) it is read as a name only when the
        // character list names it, as a bare word after 的 would otherwise make every X的Y说 a speaker Y.
        let text = "秀云笑了。\n穿着新衣服的秀云说：“我要回家了。”\n"
        let list = "name,aliases,gender\n李秀云,秀云,female\n"
        let listed = try XCTUnwrap(try extract(text, list: list).first)
        XCTAssertEqual(listed.speaker?.name, "李秀云")
        XCTAssertEqual(listed.rule, "zh.before.colon")
        XCTAssertNotEqual(try extract(text, list: nil).first?.rule, "zh.before.colon")
    }

    /// Asserts the speaker and rule of the first quote of `text` read with the character list `list`.
    private func assertFirstQuote(_ text: String, list: String, speaker: String, rule: String,
                                  file: StaticString = #filePath, line: UInt = #line) throws {
        let quote = try XCTUnwrap(try extract(text, list: list).first, file: file, line: line)
        XCTAssertEqual(quote.speaker?.name, speaker, file: file, line: line)
        XCTAssertEqual(quote.rule, rule, file: file, line: line)
    }

    func testTheOneTheNextSentenceHeardSpeakIsTheSpeaker() throws {
        let list = "name,aliases,gender\n李大山,大山,male\n王秀梅,秀梅,female\n周立新,立新,male\n"
        // 听X这么一说 / 听X说完: X spoke the quote; the listener who opens the sentence did not (这么一说 is no cue of theirs).
        try assertFirstQuote("“你先回去，我晚些再来。”\n秀梅听大山这么一说，只好点了点头。\n", list: list, speaker: "李大山", rule: "zh.after.heard")
        try assertFirstQuote("“明天一早就动身。”\n立新听大山说完，半天没吭声。\n", list: list, speaker: "李大山", rule: "zh.after.heard")
        // 听完X的话: X's words, heard to the end; 听X的话 alone is obeying, and names no speaker.
        try assertFirstQuote("“明天一早就动身。”\n秀梅和立新默默地听完大山的话，都笑了。\n", list: list, speaker: "李大山", rule: "zh.after.heard-words")
        XCTAssertNotEqual(try extract("“明天一早就动身。”\n立新听秀梅的话，把门关上了。\n", list: list).first?.rule, "zh.after.heard-words")
        try assertFirstQuote("「你先回去，我晚些再來。」\n秀梅聽大山這麼一說，只好點了點頭。\n", list: list, speaker: "李大山", rule: "zh.after.heard")
    }

    func testAVerbOfUrgingOrComfortingSpeaksToTheOneAfterIt() throws {
        // 劝她： like 问她：, the words that follow are the subject's, said to her, and 劝 is the cue.
        let list = "name,aliases,gender\n李大山,大山,male\n王秀梅,秀梅,female\n"
        let quote = try XCTUnwrap(try extract("秀梅坐在门槛上抹眼泪。\n大山见她哭个不停，就一遍遍地劝她：\n“别哭了，车明早就到。”\n", list: list).first)
        XCTAssertEqual(quote.speaker?.name, "李大山")
        XCTAssertEqual(quote.cue, "劝")
        let traditional = try XCTUnwrap(try extract("秀梅坐在門檻上抹眼淚。\n大山見她哭個不停，就一遍遍地勸她：\n「別哭了，車明早就到。」\n", list: list).first)
        XCTAssertEqual(traditional.speaker?.name, "李大山")
        XCTAssertEqual(traditional.cue, "勸")
    }

    func testAGivenNameTheListGivesIsTheSubjectALaterClauseContinues() throws {
        // 秀云又站起来，说：the listed given name opens the clause before, though no surname marks it; the 他 of the
        // sentence's first clause is someone else's subject and vetoes no woman.
        try assertFirstQuote("大山坐下了。\n他刚开始吃饭，秀云又站起来，说：\n“我忘了买酒！”\n",
                             list: "name,aliases,gender\n李大山,大山,male\n李秀云,秀云,female\n", speaker: "李秀云", rule: "zh.continuation")
    }

    func testAListedGivenNameCalledWithAWordOfKinshipIsTheListedPerson() throws {
        // 倒是秀云姐走上前来，…说：the connective opens the clause, and 秀云姐 is 秀云, the listed 李秀云.
        try assertFirstQuote("大山愣住了。\n倒是秀云姐走上前来，笑着说：\n“你怎么不来呢？”\n",
                             list: "name,aliases,gender\n李大山,大山,male\n李秀云,秀云,female\n", speaker: "李秀云", rule: "zh.continuation")
    }

    func testThreeCharactersWhoseFirstTwoTheListGivesAreThatNameAndTheWordAfter() throws {
        // 大山手在她头上拍了拍: 大山's hand, not a person 大山手.
        try assertFirstQuote("秀英哭了。\n大山手在她头上拍了拍，说：\n“别哭了！”\n",
                             list: "name,aliases,gender\n李大山,大山,male\n王秀英,秀英,female\n", speaker: "李大山", rule: "zh.continuation")
    }

    func testAPersonTheListGivesTheOtherGenderIsNeverTheSpeakerOfHerCue() throws {
        // 她…说 with only a man named nearby: nobody, not him; with a woman named, she.
        let list = "name,aliases,gender\n李大山,大山,male\n王秀英,秀英,female\n"
        let alone = "大山看着窗外。\n她突然红着脸说：\n“明天你还来吗？”\n"
        XCTAssertNil(try extract(alone, list: list).first?.speaker)
        let both = "秀英走进来。大山看着窗外。\n她突然红着脸说：\n“明天你还来吗？”\n"
        XCTAssertEqual(try extract(both, list: list).first?.speaker?.name, "王秀英")
    }

    func testABareGivenNameAfterAFrameOfTimeOrPlaceSpeaks() throws {
        // 半路上，/ 在回家的路上，frame the clause after them, whose given name speaks; a clause with a subject of its own
        // ending in 上 (他站在台阶上，) is no frame, and the verb after it (开口说) is no name.
        let text = "半路上，秀云笑着对同伴说：\n“前面就是镇子了！”\n在去县城的路上，青山高兴地对她说：\n“今年收成不错！”\n"
        XCTAssertEqual(try extract(text, list: nil).map { $0.speaker?.name }, ["秀云", "青山"])
        let predicate = try extract("他一个人站在台阶上，开口说：\n“天快黑了。”\n", list: nil)
        XCTAssertNotEqual(predicate.first?.speaker?.name, "开口")
    }

    func testABareGivenNameAsksThePersonItAddresses() throws {
        // 秀云赶紧问她：/ 青山问师傅：a given name opening its line, a word of haste, a verb of asking and the one asked.
        let text = "秀云赶紧问她：\n“车票买到了吗？”\n青山问师傅：\n“这把锄头多少钱？”\n"
        let quotes = try extract(text, list: nil)
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["秀云", "青山"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.directive", "zh.before.cue-object"])
    }

    func testARelativeAndTheVerbAfterItAreNoBareName() throws {
        // 父亲低下头 / 儿子站在: the relative is the subject; the verb's first character is no part of a name.
        let text = "父亲低下头想了很久，说：\n“你出去也好。”\n儿子站在门口，看了看天，说：\n“那我走了。”\n"
        XCTAssertEqual(try extract(text, list: nil).map { $0.speaker?.name }, ["父亲", "儿子"])
    }

    func testTheLineAfterAQuoteNamesItsSpeakerByAGivenName() throws {
        // “…”⏎青山对秀云说。: a given name opening the line after the quote, what the person did, the cue.
        let quotes = try extract("秀云看着他。\n“别急，慢慢说。”\n青山对秀云说。\n", list: nil)
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["青山"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.action"])
    }

    func testTheLineAfterAQuoteNamesWhoWasSpeakingAsTheyGoOnActing() throws {
        // 秋芳说着，把一碗汤推到他面前: the one who was saying the words opens the next line.
        try assertFirstQuote("张明端起碗。\n“尝尝这个！”\n秋芳说着，把一碗汤推到他面前。\n", list: "name,aliases,gender\n李秋芳,秋芳,female\n张明,,male\n",
                             speaker: "李秋芳", rule: "zh.after.said-done.subject")
    }

    func testAGivenNameTheTextWritesOftenIsNotLengthenedByTheVerbAfterIt() throws {
        // 秀云 is written three times, 秀云红 once: 秀云红着脸说 is 秀云; a name and a role ending (青山人) stays whole.
        let text = "秀云说：“青山，你来。”秀云又说：“青山，快来。”\n“我不去。”\n秀云红着脸说。\n"
        XCTAssertEqual(try extract(text, list: nil).last?.speaker?.name, "秀云")
        let people = "青山的水好。青山的山好。青山的路好。\n青山人自豪地说：“我们的日子好了。”\n"
        XCTAssertEqual(try extract(people, list: nil).last?.speaker?.name, "青山人")
    }

    func testAHeTheRulesCouldNotResolveIsTheLastManWhoSpoke() throws {
        // Seven paragraphs of narrative with no name: "he" has no antecedent near it, but the dialogue's man spoke last.
        let narrative = ["The wind rose.", "The fire burned low.", "A clock struck nine upstairs.", "The rain went on.",
                         "Nobody moved for a while.", "The kettle began to sing.", "Outside, a gate banged twice."]
        let text = (["\"You are late,\" said Ada Lane.", "\"The road was flooded,\" said Tom Reed."] + narrative
                    + ["\"Not yet,\" he said."]).joined(separator: "\n\n") + "\n"
        let last = try XCTUnwrap(try extract(text, list: nil).last)
        XCTAssertEqual(last.speaker?.name, "Tom Reed")
        XCTAssertEqual(last.speaker?.mention, "he")
        XCTAssertEqual(last.speaker?.resolution, .pronoun)
        XCTAssertEqual(last.cue, "said")
    }

    func testAPersonTheListNamesByADescriptionIsFoundWhateverTheCase() throws {
        let list = "name,aliases,gender\nThe Ferryman,,male\nNora Vale,Nora,female\n"
        let text = "\"Cold tonight,\" said the ferryman.\n\n\"Colder on the water,\" said Nora.\n\n\"Indeed!\" the ferryman said.\n"
        let quotes = try extract(text, list: list)
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["The Ferryman", "Nora Vale", "The Ferryman"])
        XCTAssertEqual(quotes[0].speaker?.mention, "the ferryman")
        XCTAssertEqual(quotes[0].cue, "said")
        // Without the list the description itself is the speaker, after a cue where only a speaker may stand.
        XCTAssertEqual(try extract(text, list: nil).map { $0.speaker?.name }, ["the ferryman", "Nora", "the ferryman"])
        XCTAssertNil(try extract("\"Cold tonight,\" said the ferryman to the stars.\n", list: nil).first?.speaker,
                     "a description must end at a punctuation mark or a cue")
    }

    func testADashInterruptionAndANestedQuoteKeepTheirSpansAndSpeakers() throws {
        let text = "\"Well,\" replied Clara slowly--\"so kind a note deserves an answer.\"\n\n"
            + "\"I said to him, 'Not tonight,' and he went away,\" said Tom Reed.\n"
        let quotes = try extract(text, list: nil)
        XCTAssertEqual(quotes.map(\.text), ["Well,", "so kind a note deserves an answer.",
                                            "I said to him, 'Not tonight,' and he went away,", "Not tonight,"])
        // The nested quote is what "I" said inside Tom Reed's words: his own.
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["Clara", "Clara", "Tom Reed", "Tom Reed"])
        XCTAssertEqual(quotes.map(\.depth), [0, 0, 0, 1])
    }
}
