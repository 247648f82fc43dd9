import XCTest
@testable import QuoteKit

final class KindClassifierTests: XCTestCase {
    private func kinds(_ text: String) -> [QuoteKind] { TestSupport.extract(text).quotes.map(\.kind) }

    func testColonAndCueMakeQuotations() {
        XCTAssertEqual(kinds("张明教授指出：“创新是第一动力。”"), [.quotation])
        XCTAssertEqual(kinds("李华认为“读书要有问题意识，才能读出门道”。"), [.quotation])
        XCTAssertEqual(kinds("正所谓“人不率则不从，身不先则不信”。"), [.quotation])
    }

    func testShortNounPhrasesAreTerms() {
        XCTAssertEqual(kinds("推动人工智能从“感知智能”向“认知智能”跨越。"), [.term, .term])
        XCTAssertEqual(kinds("所谓“两条腿”，就是软硬兼施。"), [.term])
        XCTAssertEqual(kinds("实行“白名单”制度。"), [.term])
    }

    func testASayingThatModifiesANounIsATerm() {
        // “…”的老规矩: the words name the rule; 是“…”的。 ends the clause and stays the speaker's words.
        XCTAssertEqual(kinds("村里人都记得“多种一棵树，多留一片荫”的老规矩。"), [.term])
        XCTAssertEqual(kinds("處處可見「少用一度電，多留一片藍天」的標語。"), [.term])
        XCTAssertEqual(kinds("张明说，这个方案是“完全可以接受”的。"), [.quotation])
    }

    func testAShortQuoteEndingInItsOwnCommaIsSomethingSaid() {
        // A term stands without the sentence's comma, which comes after the closing mark; words broken off by the
        // narrative keep theirs inside.
        XCTAssertEqual(kinds("“真没想到，”张明教授望着新落成的礼堂感慨道。"), [.quotation])
        XCTAssertEqual(kinds("「好極了，」李秋芳說。"), [.quotation])
        XCTAssertEqual(kinds("推广“一拖二”，效果不错。"), [.term])
    }

    func testAColonEndingTheLineBeforeIntroducesASentenceOfItsOwn() {
        // Text broken at every clause: the colon ends the line before the quote.
        XCTAssertEqual(kinds("正好應了一句老話：\n「家家有本難念的經」。\n"), [.quotation])
        // A quote that goes on into its sentence after such a colon is still a term.
        XCTAssertEqual(kinds("我們的經驗是：\n「耐心」與「細心」缺一不可。\n"), [.term, .term])
    }

    func testQuoteOpeningParagraphFollowedByAttribution() {
        XCTAssertEqual(kinds("“读万卷书，行万里路”，这是李华老师常说的一句话。"), [.quotation])
    }

    func testEnglishDialogueAndScareQuotes() {
        // A quote governed by the subject's "called it" is her words (the news guideline); after so-called it is a term.
        XCTAssertEqual(kinds("\"Yes.\" She called it a \"revolution\" and so-called \"progress\"."), [.quotation, .quotation, .term])
        XCTAssertEqual(kinds("Dr. Ada Lane said, \"We will meet again tomorrow at noon\""), [.quotation])
    }

    func testEnglishNewsQuotesShortPhrasesAsWords() {
        // English news puts partial quotes in marks however short; a determiner makes a noun phrase, a term.
        XCTAssertEqual(kinds("Dr Ada Lane said the plan was \"reckless\" and warned of \"serious consequences\"."),
                       [.quotation, .quotation])
        XCTAssertEqual(kinds("The \"green corridor\" opened on Monday."), [.term])
        // A determiner is a whole word: "bathe" does not end with one.
        XCTAssertEqual(kinds("Children bathe \"freely\" in the river now, residents say."), [.quotation])
        // Chinese keeps its own weights: a short phrase is a term.
        XCTAssertEqual(kinds("张明介绍，今年将推进“绿色走廊”建设。"), [.term])
    }

    func testEachLanguageHasItsOwnBuiltInRules() {
        let english = KindClassifier.Rules.standard(for: .en)
        let chinese = KindClassifier.Rules.standard(for: .zh)
        XCTAssertEqual(chinese, KindClassifier.Rules.standard)
        XCTAssertNotEqual(english.shortContent, chinese.shortContent)
        // Each language still reads the other's markers (a Chinese text quoting English, and the reverse).
        XCTAssertTrue(english.termMarkersBefore.contains("所谓"))
        XCTAssertTrue(chinese.nounMarkersBefore.contains("the"))
    }

    func testRulesAreData() throws {
        var rules = KindClassifier.Rules.standard
        rules.threshold = 100
        let classifier = KindClassifier(rules: rules)
        let document = Document(text: "他说：“好。”")
        let scanned = QuoteScanner().scan(document).quotes
        XCTAssertEqual(classifier.classify(scanned[0], in: document).kind, .term)
        let data = try JSONEncoder().encode(rules)
        XCTAssertEqual(try JSONDecoder().decode(KindClassifier.Rules.self, from: data), rules)
    }
}
