import XCTest
@testable import QuoteKit

final class QuoteScannerTests: XCTestCase {
    private func quotes(_ text: String) -> [Quote] { TestSupport.extract(text).quotes }

    func testEveryDirectionalPairStyle() {
        let pairs: [(String, String)] = [("“", "”"), ("‘", "’"), ("「", "」"), ("『", "』"), ("﹁", "﹂"), ("﹃", "﹄"),
                                         ("«", "»"), ("‹", "›"), ("„", "“"), ("„", "”"), ("‚", "‘"), ("‚", "’"), ("＂", "＂"), ("＇", "＇"), ("｀", "＇")]
        for (open, close) in pairs {
            let found = quotes("他说：\(open)你好\(close)。")
            XCTAssertEqual(found.map(\.text), ["你好"], "\(open)…\(close)")
            XCTAssertEqual(found.first?.open, open)
            XCTAssertEqual(found.first?.close, close)
        }
    }

    func testAFullWidthGraveAccentOpensWhatTheFullWidthApostropheCloses() {
        // Old Chinese encodings (MSR news) quote inside a quote with ｀…＇: each is a span of its own.
        let found = quotes("张明说：“我们既要｀敢想＇，也要｀敢干＇，更要｀会干＇。”")
        XCTAssertEqual(found.map(\.text), ["我们既要｀敢想＇，也要｀敢干＇，更要｀会干＇。", "敢想", "敢干", "会干"])
        XCTAssertEqual(found.map(\.open), ["“", "｀", "｀", "｀"])
        XCTAssertEqual(found.map(\.close), ["”", "＇", "＇", "＇"])
        XCTAssertEqual(found.map(\.depth), [0, 1, 1, 1])
    }

    func testSimplifiedChineseNesting() throws {
        let found = quotes(try TestSupport.fixtureText("scanner/zh-hans.txt"))
        XCTAssertEqual(found.map(\.text), ["做学问要‘坐得住冷板凳’，更要‘耐得住寂寞’。", "坐得住冷板凳", "耐得住寂寞", "两条腿走路", "硬件", "软件"])
        XCTAssertEqual(found.map(\.depth), [0, 1, 1, 0, 0, 0])
        XCTAssertEqual(found[1].parent, found[0].id)
        XCTAssertEqual(found.map(\.kind), [.quotation, .term, .term, .term, .term, .term])
    }

    func testTraditionalChineseCornerBrackets() throws {
        let found = quotes(try TestSupport.fixtureText("scanner/zh-hant.txt"))
        XCTAssertEqual(found.map(\.text), ["教育是『點燃火焰』，不是『灌滿水桶』。", "點燃火焰", "灌滿水桶", "閱讀一小時"])
        XCTAssertEqual(found.map(\.open), ["「", "『", "『", "「"])
        XCTAssertEqual(found[0].kind, .quotation)
        XCTAssertEqual(found[3].kind, .term)
    }

    func testEnglishStraightQuotesAndApostrophes() throws {
        let found = quotes(try TestSupport.fixtureText("scanner/en.txt"))
        XCTAssertEqual(found.map(\.text), ["I don't think so,", "The students' books aren't here, and 'tis late.",
                                           "quiet revolution", "Come along,", "we'll miss the train."])
        // "She called it a "quiet revolution"": her words, governed by called (a quotation, as news gold has it).
        XCTAssertEqual(found.map(\.kind), [.quotation, .quotation, .quotation, .quotation, .quotation])
        XCTAssertTrue(found.allSatisfy { !$0.unclosed })
    }

    func testApostrophesNeverOpenQuotes() {
        XCTAssertEqual(quotes("Rock 'n' roll in the '90s, don't you think? The boys' room and 'em.").count, 0)
        XCTAssertEqual(quotes("Rock ’n’ roll, don’t, the boys’ room, ’tis.").count, 0)
        XCTAssertTrue(TestSupport.extract("It's the students' turn.").diagnostics.isEmpty)
    }

    func testCurlySingleQuotesWithApostrophesInside() {
        let found = quotes("‘I don’t know,’ she said, ‘it’s late.’")
        XCTAssertEqual(found.map(\.text), ["I don’t know,", "it’s late."])
    }

    func testGermanFrenchAndJapaneseMarks() throws {
        XCTAssertEqual(quotes(try TestSupport.fixtureText("scanner/de.txt")).map(\.text),
                       ["Wir lesen heute ‚Die Verwandlung‘ zu Ende.", "Die Verwandlung", "Pause!"])
        XCTAssertEqual(quotes(try TestSupport.fixtureText("scanner/fr.txt")).map(\.text),
                       ["Lisez le chapitre ‹ trois › avant lundi.", "trois"])
        let ja = quotes(try TestSupport.fixtureText("scanner/ja.txt"))
        XCTAssertEqual(ja.map(\.text), ["明日は『こころ』を読みます", "こころ"])
        XCTAssertEqual(ja[0].kind, .quotation)
    }

    func testStraightQuotesInChineseText() {
        let found = quotes("他说:\"今天开会。\"然后走了，留下\"白名单\"三个字。")
        XCTAssertEqual(found.map(\.text), ["今天开会。", "白名单"])
    }

    func testMultiParagraphQuotationInEnglish() throws {
        let text = try TestSupport.fixtureText("scanner/multi-paragraph-en.txt")
        let found = quotes(text)
        XCTAssertEqual(found.count, 1)
        let quote = try XCTUnwrap(found.first)
        XCTAssertFalse(quote.unclosed)
        XCTAssertEqual(quote.text, "This is the first paragraph of a long speech,\nand it goes on for a while.\n\nThis is the second paragraph of it.\n\nAnd this is the end,")
        XCTAssertTrue(TestSupport.extract(text).diagnostics.isEmpty)
    }

    func testMultiParagraphQuotationInChinese() throws {
        let result = TestSupport.extract(try TestSupport.fixtureText("scanner/multi-paragraph-zh.txt"))
        XCTAssertEqual(result.quotes.map(\.text), ["第一，要多读书。\n第二，要多思考。\n第三，要多实践。"])
        XCTAssertTrue(result.diagnostics.isEmpty)
    }

    func testMultiParagraphQuotationWithLostParagraphBreaks() throws {
        // News feeds often join a speech's paragraphs into one line: each paragraph still reopens with
        // a mark and only the last one closes.
        let result = TestSupport.extract("Dr. Ada Lane said: \"We will go. \"The plan stands. \"Nothing changes.\" Then she left. He replied \"no \"way\" later.")
        XCTAssertEqual(result.quotes.map(\.text), ["We will go. The plan stands. Nothing changes.", "no", "way"])
        XCTAssertEqual(result.quotes.first?.unclosed, false)
        XCTAssertEqual(result.quotes.first?.speaker?.name, "Ada Lane")
    }

    func testUnclosedQuoteEndsAtItsParagraph() throws {
        let result = TestSupport.extract(try TestSupport.fixtureText("scanner/unclosed.txt"))
        XCTAssertEqual(result.quotes.map(\.text), ["明天考试，大家早点休息。", "这里"])
        XCTAssertEqual(result.quotes.map(\.unclosed), [true, false])
        XCTAssertNil(result.quotes[0].close)
        XCTAssertEqual(result.diagnostics.map(\.rule), ["quote.unclosed"])
        XCTAssertEqual(result.diagnostics.first?.line, 1)
    }

    func testRunOnQuoteInLinePerParagraphTextIsBounded() {
        // Sentence-split text: a quote may continue on the next line…
        let split = "他说：「我知道。\n」大家笑了。"
        XCTAssertEqual(quotes(split).map(\.text), ["我知道。\n"])
        // …but one that never closes ends at its own line, and later quotes are found.
        var lines = ["他说：「没有结束的引号，"]
        lines += (0..<60).map { "第\($0)行没有引号，" }
        lines.append("最后「一个词」。")
        let found = quotes(lines.joined(separator: "\n"))
        XCTAssertEqual(found.map(\.text), ["没有结束的引号，", "一个词"])
        XCTAssertEqual(found.map(\.unclosed), [true, false])
    }

    func testRunOnQuoteInWrappedProseIsBounded() {
        var text = "\"This quote never closes,\n"
        text += (0..<80).map { _ in "and the paragraph goes on and on\n" }.joined()
        text += "until a \"real\" one.\n"
        text += (0..<8).map { "\nShort paragraph \($0),\nwrapped.\n" }.joined()
        let document = Document(text: text)
        XCTAssertEqual(document.paragraphStyle, .blankLine)
        let found = QuoteExtractor().extract(document).quotes
        XCTAssertEqual(found.map(\.text), ["This quote never closes,", "real"])
    }

    func testStrayAndMismatchedMarksAreReported() throws {
        let result = TestSupport.extract(try TestSupport.fixtureText("scanner/stray.txt"))
        XCTAssertEqual(result.quotes.map(\.text), ["正常引号", "好的"])
        XCTAssertEqual(result.diagnostics.map(\.rule), ["quote.stray-close", "quote.mismatched"])
        XCTAssertEqual(result.diagnostics[1].fix?.replacement, "”")
    }

    func testClosingMarkOfOuterQuoteClosesInnerToo() {
        let result = TestSupport.extract("他说：“我读了‘论语。”然后走了。")
        XCTAssertEqual(result.quotes.map(\.text), ["我读了‘论语。", "论语。"])
        XCTAssertEqual(result.quotes.map(\.unclosed), [false, true])
        XCTAssertEqual(result.diagnostics.map(\.rule), ["quote.mismatched"])
    }

    func testDeepNestingIsCappedAndReported() {
        let depth = 100_000
        let text = String(repeating: "“", count: depth) + "核心" + String(repeating: "”", count: depth) + "之后“正常”。"
        let result = TestSupport.extract(text)
        let limit = QuoteScanner().maxDepth
        // The outer `limit` levels are quotes; the marks nested deeper are plain text with their closers.
        XCTAssertEqual(result.quotes.count, limit + 1)
        XCTAssertEqual(result.quotes.map(\.depth).max(), limit - 1)
        XCTAssertEqual(result.quotes.last?.text, "正常")
        XCTAssertTrue(result.quotes.allSatisfy { !$0.unclosed })
        XCTAssertEqual(result.diagnostics.map(\.rule), ["quote.too-deep"])
    }

    func testDeepTitleNestingIsCappedAndReported() {
        let text = String(repeating: "《", count: 50_000) + "书" + String(repeating: "》", count: 50_000)
        let titles = TitleScanner().scan(Document(text: text))
        XCTAssertEqual(titles.titles.count, TitleScanner().maxDepth)
        XCTAssertEqual(titles.diagnostics.map(\.rule), ["title.too-deep"])
    }

    func testHugeLineIsScannedLinearly() {
        let unit = "他说：“好。”然后“词”出现。"
        let text = String(repeating: unit, count: 20_000)
        let found = quotes(text)
        XCTAssertEqual(found.count, 40_000)
    }

    func testEmptyStraightQuotesAreIgnored() {
        XCTAssertEqual(quotes("He wrote \"\" and left.").count, 0)
    }

    func testTitlesAreNotQuotes() {
        XCTAssertEqual(quotes("我读过《论语》和〈学而〉。").count, 0)
    }

    func testNovelDialogueStraightAndCurlyGiveTheSameSpans() throws {
        let straight = TestSupport.extract(try TestSupport.fixtureText("novel/hartfield-straight.txt"))
        let curly = TestSupport.extract(try TestSupport.fixtureText("novel/hartfield-curly.txt"))
        XCTAssertEqual(straight.quotes.count, 11)
        XCTAssertEqual(straight.quotes.map(\.start), curly.quotes.map(\.start))
        XCTAssertEqual(straight.quotes.map(\.end), curly.quotes.map(\.end))
        XCTAssertTrue(straight.diagnostics.isEmpty && curly.diagnostics.isEmpty)
        // The apostrophes ('tis, I'm, the Pikes' cook) open nothing; the nested 'the prettiest spot…' is one quote.
        XCTAssertEqual(straight.quotes[9].text, "the prettiest spot in the county.")
        XCTAssertEqual(straight.quotes[9].depth, 1)
        // The letter is one quotation over four paragraphs, each reopened with a mark.
        XCTAssertEqual(straight.quotes[10].text, "Dear Sir,\n\nI write to settle the matter of the lease, which has been\ntoo long delayed.\n\nI remain, dear Sir, your servant,\n\nTHOMAS ASHBY.")
        XCTAssertTrue(straight.quotes.allSatisfy { $0.kind == .quotation })
    }

    /// Quotes arrive in the order they close; nesting sorts them by opening mark and sets depth and parent,
    /// whatever the arrival order (the full sort behind the insertion sort's budget included).
    func testNestingSortsAnyArrivalOrder() {
        func quote(_ open: Int, _ close: Int) -> ScannedQuote {
            ScannedQuote(openIndex: open, contentStart: open + 1, contentEnd: close, closeIndex: close,
                         openMark: "“", closeMark: "”")
        }
        // As the scanner reports them: the inner quotes first, then the one around them.
        let nested = QuoteScanner.nest([quote(2, 5), quote(7, 9), quote(0, 10), quote(12, 14)])
        XCTAssertEqual(nested.map(\.openIndex), [0, 2, 7, 12])
        XCTAssertEqual(nested.map(\.depth), [0, 1, 1, 0])
        XCTAssertEqual(nested.map(\.parent), [nil, 0, 0, nil])
        // Far out of order (more moves than the insertion sort's budget): the same result as sorting first.
        let reversed = (0..<400).reversed().map { quote($0 * 4, $0 * 4 + 2) }
        let sorted = QuoteScanner.nest(reversed)
        XCTAssertEqual(sorted.map(\.openIndex), (0..<400).map { $0 * 4 })
        XCTAssertTrue(sorted.allSatisfy { $0.depth == 0 && $0.parent == nil })
        XCTAssertEqual(QuoteScanner.nest(reversed.shuffled()), sorted)
    }
}
