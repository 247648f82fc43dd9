import XCTest
@testable import QuoteKit

/// Each lint rule on a planted fault and on the clean look-alikes that must stay quiet.
final class LintRuleTests: XCTestCase {
    func rules(_ text: String, language: Language = .auto) -> [String] {
        Linter(configuration: LintConfiguration(language: language)).lint(text: text).map(\.rule)
    }

    func testMultiParagraphQuotationIsNotUnclosed() {
        let text = "她在信中写道：“第一件事是读书。\n\n“第二件事是写字。\n\n“第三件事是休息。”\n"
        XCTAssertEqual(rules(text), [])
        let lines = "她在信中写道：“第一件事是读书。\n“第二件事是写字。\n“第三件事是休息。”\n"
        XCTAssertEqual(rules(lines), [])
    }

    func testUnclosedStrayAndMismatched() {
        XCTAssertEqual(rules("李华问：“明天还上课吗？\n\n他走了。\n"), ["quote.unclosed"])
        XCTAssertEqual(rules("他走了。”\n"), ["quote.stray-close"])
        XCTAssertEqual(rules("赵强说：“大家辛苦了’。\n"), ["quote.mismatched"])
        XCTAssertEqual(rules("林老師說：「明天見”。\n"), ["quote.mismatched"])
    }

    func testReversedOpeningMarkIsOneMismatch() {
        let diagnostics = Linter().lint(text: "5月5日，”磁谱仪”进入轨道。")
        XCTAssertEqual(diagnostics.map(\.rule), ["quote.mismatched"])
        XCTAssertEqual(diagnostics.first?.fix?.replacement, "“")
    }

    func testRunInParagraphsReopenTheQuote() {
        XCTAssertEqual(rules("章程写道：“会员的义务：“（一）遵守章程；“（二）缴纳会费。”\n"), [])
        // A real nested quote with the same mark is still a nesting fault.
        XCTAssertEqual(rules("他说：“我听见她说：“走吧。”然后她走了。”\n"), ["quote.nesting"])
    }

    func testSameLevelNestingSuggestsTheInnerMark() {
        let mainland = Linter().lint(text: "陈芳说：“老师说过“读书要用心”，我记着。”")
        XCTAssertEqual(mainland.map(\.rule), ["quote.nesting"])
        XCTAssertEqual(mainland.first?.fix?.replacement, "‘读书要用心’")
        let taiwan = Linter().lint(text: "林老師說：「作業是「讀書心得」，下週交。」")
        XCTAssertEqual(taiwan.first?.fix?.replacement, "『讀書心得』")
        XCTAssertEqual(rules("陈芳说：“老师说过‘读书要用心’，我记着。”"), [])
        XCTAssertEqual(rules("林老師說：「作業是『讀書心得』，下週交。」"), [])
    }

    func testStraightQuotesInChinese() {
        let diagnostics = Linter().lint(text: "公告里写着\"本周五停课\"，请留意。")
        XCTAssertEqual(diagnostics.map(\.rule), ["quote.straight"])
        XCTAssertEqual(diagnostics.first?.fix?.replacement, "“本周五停课”")
        XCTAssertEqual(diagnostics.first?.severity, .warning)
        // Nested inside “”, a straight pair becomes ‘’.
        let nested = Linter().lint(text: "他说：“公告写着'停课'。”")
        XCTAssertEqual(nested.first?.fix?.replacement, "‘停课’")
        // English words with apostrophes inside Chinese text are not quotes.
        XCTAssertEqual(rules("李华说 don't worry, it's fine，大家笑了。"), [])
        // Grave accent and apostrophe as quotation marks (old encodings): paired by the linter itself.
        XCTAssertEqual(Linter().fix(Document(text: "公司用这笔｀小钱＇办成了｀大事＇，很不容易。")).text,
                       "公司用这笔“小钱”办成了“大事”，很不容易。")
        XCTAssertEqual(Linter().fix(Document(text: "他说：“这叫｀土办法＇。”")).text, "他说：“这叫‘土办法’。”")
        XCTAssertEqual(rules("输入 `ls` 就能列出文件，输入 it's 也无妨。"), [])
        // Straight quotes in English text are not this rule's business.
        XCTAssertEqual(rules("\"Fine,\" he said.", language: .en), [])
    }

    func testStyleMixFlagsTheMinorityStyle() {
        let text = "他說：「好。」\n她說：「走。」\n牆上寫著“安靜”。\n"
        let diagnostics = Linter().lint(text: text)
        XCTAssertEqual(diagnostics.map(\.rule), ["quote.style-mix"])
        XCTAssertEqual(diagnostics.first?.line, 3)
        XCTAssertEqual(rules("他說：「好。」\n她說：「走，『快』。」\n"), [])
    }

    func testEnglishApostrophesAndMixedStyles() {
        XCTAssertEqual(rules("'Tis the season; the students' books and rock 'n' roll don't mind. \"Yes,\" she said.\n"), [])
        XCTAssertEqual(rules("“Yes,” she said. “No,” he said. \"Maybe,\" I said.\n"), ["quote.straight-curly-mix"])
        let fix = Linter().lint(text: "“Yes,” she said. “No,” he said. \"Maybe,\" I said.\n").first?.fix
        XCTAssertEqual(fix?.replacement, "“Maybe,”")
        XCTAssertEqual(rules("She whispered, \"Come back soon.\n\nHe left.\n"), ["quote.unclosed"])
    }

    func testTitleRules() {
        XCTAssertEqual(rules("他写了一篇《读〈论语〉有感》。"), [])
        let nested = Linter().lint(text: "他写了一篇《读《论语》有感》。")
        XCTAssertEqual(nested.map(\.rule), ["title.nesting"])
        XCTAssertEqual(nested.first?.fix?.replacement, "〈论语〉")
        XCTAssertEqual(rules("这本《论语译注很好。\n"), ["title.unclosed"])
        XCTAssertEqual(rules("论语》是经典。\n"), ["title.stray-close"])
        XCTAssertEqual(rules("老师推荐大家读“《论语》”。"), ["title.in-quotes"])
        XCTAssertEqual(rules("第二条修改为：“《学生手册》”。"), [])
        XCTAssertEqual(rules("他每天阅读“论语”。"), ["title.quoted-name"])
        XCTAssertEqual(rules("这部小说“火”了。他喜欢阅读，常说“开卷有益”。"), [])
    }

    func testTitleContinuesOnTheNextLineInLineText() {
        XCTAssertEqual(rules("他的新書《回憶！\n人生哲學》很受歡迎，\n大家都讀了。\n"), [])
        XCTAssertEqual(rules("這本《散文選\n收錄了五十篇文章，\n每篇都很短。\n"), ["title.unclosed"])
    }

    func testEndMarkInsideForACompleteSentence() {
        let diagnostics = Linter().lint(text: "他说：“今天下雨”。")
        XCTAssertEqual(diagnostics.map(\.rule), ["punctuation.end-mark-inside"])
        XCTAssertEqual(diagnostics.first?.fix, Diagnostic.Fix(start: 8, end: 10, replacement: "。”"))
        // Correct, or not a complete sentence: slogans, inscriptions, excerpts after 指出.
        XCTAssertEqual(rules("他说：“今天下雨。”"), [])
        XCTAssertEqual(rules("校长题词：“勤学好问，自强不息”。"), [])
        XCTAssertEqual(rules("报告指出：“要推动产业深度融合”。"), [])
        XCTAssertEqual(rules("他说：“今天下雨……”。"), [])
        XCTAssertEqual(rules("他说：“今天下雨”，然后走了。"), [])
    }

    func testEndMarkOutsideForAQuotedTerm() {
        let diagnostics = Linter().lint(text: "这就是所谓“两条腿走路。”")
        XCTAssertEqual(diagnostics.map(\.rule), ["punctuation.end-mark-outside"])
        XCTAssertEqual(diagnostics.first?.fix?.replacement, "”。")
        let midSentence = Linter().lint(text: "这种所谓“两条腿走路。”的办法很好。")
        XCTAssertEqual(midSentence.first?.fix?.replacement, "”")
        XCTAssertEqual(rules("这就是所谓“两条腿走路”。"), [])
        XCTAssertEqual(rules("他说“今天下雨。”"), [])
        XCTAssertEqual(rules("这就是所谓“走路。跑步。”"), [])
    }

    func testLanguageSelectsRules() {
        // Chinese-only rules do not run on English, and the reverse.
        XCTAssertEqual(rules("他说：“今天下雨”。", language: .en), [])
        XCTAssertEqual(rules("“Yes,” she said. \"No,\" he said. “Maybe,” I said.", language: .zh), [])
    }

    func testEmptyAndMarkFreeTexts() {
        XCTAssertEqual(rules(""), [])
        XCTAssertEqual(rules("今天天气很好。\n\n明天也很好。"), [])
    }
}
