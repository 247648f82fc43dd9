import Foundation
import XCTest
@testable import QuoteKit

/// Paths and helpers shared by the works tests.
enum WorksFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ name: String) -> String {
        root.appendingPathComponent("Fixtures/works/\(name)").path
    }

    static func extract(_ name: String, titles: [String] = []) throws -> ExtractionResult {
        var configuration = QuoteExtractor.Configuration()
        configuration.workLinker = WorkLinker(knownTitles: titles)
        return QuoteExtractor(configuration: configuration).extract(try DocumentReader.document(atPath: path(name)))
    }

    static func extract(text: String, titles: [String] = []) -> ExtractionResult {
        var configuration = QuoteExtractor.Configuration()
        configuration.workLinker = WorkLinker(knownTitles: titles)
        return QuoteExtractor(configuration: configuration).extract(text: text)
    }
}

extension ExtractionResult {
    /// The quote whose text starts with `prefix`.
    func quote(_ prefix: String) -> Quote? { quotes.first { $0.text.hasPrefix(prefix) } }
    /// The first work mention titled `title`.
    func work(_ title: String) -> WorkMention? { works.first { $0.title == title } }
}

final class WorksTests: XCTestCase {
    // MARK: Structure

    func testNestedTitlesPartsVolumesAndChapters() throws {
        let result = try WorksFixtures.extract("structure-zh.txt")
        XCTAssertEqual(result.works.prefix(3).map(\.title), ["驳〈驳《某》〉", "驳《某》", "某"])
        XCTAssertEqual(result.works.prefix(3).map(\.depth), [0, 1, 2])
        XCTAssertEqual(result.works.map(\.id), (1...result.works.count).map { "w\($0)" })
        XCTAssertEqual(result.work("论语·学而")?.parts, ["论语", "学而"])
        XCTAssertEqual(result.work("史记・项羽本纪")?.parts, ["史记", "项羽本纪"])
        let collection = try XCTUnwrap(result.work("张明文集"))
        XCTAssertEqual(collection.volume, "第3卷")
        XCTAssertEqual(collection.chapter, "第二章")
        XCTAssertEqual(result.work("青溪旧事")?.volume, "上册")
        XCTAssertEqual(result.work("山居笔记")?.volume, "卷二")
        XCTAssertNil(result.work("论语·学而")?.volume)
    }

    func testTaiwanAngleTitlesAndUnclosedTitle() throws {
        let result = try WorksFixtures.extract("structure-zh.txt")
        let article = try XCTUnwrap(result.work("读书札记"))
        XCTAssertEqual(article.open, "〈")
        XCTAssertEqual(article.depth, 0)
        XCTAssertEqual(result.work("城南诗稿")?.open, "《")
        let unclosed = try XCTUnwrap(result.works.last)
        XCTAssertTrue(unclosed.unclosed)
        XCTAssertTrue(unclosed.title.hasPrefix("未完的书没有合上"))
        XCTAssertTrue(result.diagnostics.contains { $0.rule == "title.unclosed" && $0.line == unclosed.line })
    }

    func testUnclosedTitleRecoversBeforeAQuote() {
        let result = WorksFixtures.extract(text: "他在《读书的方法中写道：“读书要有恒心，不可间断。”")
        XCTAssertEqual(result.works.first?.title, "读书的方法中写道")
        XCTAssertEqual(result.works.first?.unclosed, true)
        XCTAssertEqual(result.quotes.map(\.text), ["读书要有恒心，不可间断。"])
    }

    func testVolumeForms() {
        let cases: [(String, String?, String?)] = [
            ("《某书》第一卷中说。", "第一卷", nil),
            ("《某书》（第四卷）出版了。", "第四卷", nil),
            ("《某书》下册很厚。", "下册", nil),
            ("《某书》卷之三有载。", "卷之三", nil),
            ("《某书》第十回写得好。", nil, "第十回"),
            ("《某法》第六十五条第一款规定。", nil, "第六十五条第一款"),
            ("《某选集》第４卷第５０５页。", "第４卷", nil),
            ("《某书》第一次出版。", nil, nil),
        ]
        for (text, volume, chapter) in cases {
            let work = WorksFixtures.extract(text: text).works.first
            XCTAssertEqual(work?.volume, volume, text)
            XCTAssertEqual(work?.chapter, chapter, text)
        }
    }

    // MARK: Links

    func testAClauseReferringBackToTheBookLinksItsQuote() {
        // 书中 / 開卷 open a clause about the work named just before; a quote with no such word stays unlinked.
        let result = WorksFixtures.extract(text: "《江村笔记》是一部清代的笔记。\n书中第一卷就写道：“江水自东来。”\n《山居集》也不例外，開卷便以「山中無甲子，寒盡不知年」自況。\n后来他说：“天要下雨了。”")
        XCTAssertEqual(result.quote("江水自东来。")?.work?.title, "江村笔记")
        XCTAssertEqual(result.quote("山中無甲子，寒盡不知年")?.work?.title, "山居集")
        XCTAssertNil(result.quote("天要下雨了。")?.work)
    }

    func testAClauseAboutTheBookReferredBackCitesItsWords() {
        // 以《…》为例，书中提倡…是“…”，最终目的是“…”: short quotes in a clause about the book's contents are its words
        // (quotations, no person speaks), also on the lines of clause-per-line text; a clause about the title itself
        // describes it (《…》是一部「…」 stays a term), and a person named later in the sentence speaks for themselves.
        let result = WorksFixtures.extract(text: """
            以《江村医话》为例，书中提倡养生的最高境界是“顺应四时”，最终目的是“身心俱安”。
            以《山居醫話》為例，
            書中提倡的境界是「順應四時」，
            最終目的是「身心俱安，
            延年益壽。
            」
            《山居集》是一部「奇書」。
            《江村笔记》很有名，书中提到“江水东流”，但张明教授认为“这不符合事实”。
            """)
        for prefix in ["顺应四时", "身心俱安"] {
            XCTAssertEqual(result.quote(prefix)?.work?.title, "江村医话", prefix)
            XCTAssertEqual(result.quote(prefix)?.kind, .quotation, prefix)
            XCTAssertNil(result.quote(prefix)?.speaker, prefix)
        }
        XCTAssertEqual(result.quote("順應四時")?.work?.title, "山居醫話")
        XCTAssertEqual(result.quote("身心俱安，")?.work?.title, "山居醫話")
        XCTAssertEqual(result.quote("順應四時")?.rule, "zh.work-anaphor")
        XCTAssertEqual(result.quote("奇書")?.kind, .term)
        XCTAssertEqual(result.quote("江水东流")?.work?.title, "江村笔记")
        let person = result.quote("这不符合事实")
        XCTAssertEqual(person?.speaker?.name, "张明")
        XCTAssertNil(person?.work)
    }

    func testWordsCitedAsAWorksAreItsQuotation() {
        // 正如《…》所规定的，…“…”: the partial quote is the work's words (a quotation, no person speaks), also past a
        // description of the work (５年前通过的《…》); with a colon the whole quote is.
        let result = WorksFixtures.extract(text: """
            正如《海岸保护条例》所规定的，沿岸各县负有“共同但有区别的责任”，不得推诿。
            正如三年前通过的《海岸保护条例》所指出的：“保护海岸是每个县的责任。”
            张明说，这份条例是“一张空头支票”。
            """)
        let partial = result.quote("共同但有区别的责任")
        XCTAssertEqual(partial?.kind, .quotation)
        XCTAssertEqual(partial?.work?.title, "海岸保护条例")
        XCTAssertNil(partial?.speaker)
        XCTAssertEqual(partial?.rule, "zh.as-said.work.partial")
        let whole = result.quote("保护海岸是每个县的责任。")
        XCTAssertEqual(whole?.work?.title, "海岸保护条例")
        XCTAssertNil(whole?.speaker)
        // A person's partial quote after the work was named is not the work's.
        XCTAssertNil(result.quote("一张空头支票")?.work)
    }

    func testAQuoteBeforeATitlePerformedOrRecitedIsItsWords() {
        // “…”…用一曲《…》, “…”…朗诵完《…》: the lyrics or lines that open the sentence belong to the title after them.
        let result = WorksFixtures.extract(text: """
            “海风轻轻吹，吹过小渔村。”守岛的战士们用一曲《渔村晚歌》，迎接新年的到来。
            “山高水长，情深意重。”刚刚朗诵完《山水谣》的学生们又唱起歌来。
            “明天见。”张明走出门，手里拿着《山水谣》。
            """)
        XCTAssertEqual(result.quote("海风轻轻吹")?.work?.title, "渔村晚歌")
        XCTAssertEqual(result.quote("山高水长")?.work?.title, "山水谣")
        // A title later in the sentence with no performing word is not the quote's source.
        XCTAssertNil(result.quote("明天见。")?.work)
    }

    func testReportingFramesLinkQuotes() throws {
        let result = try WorksFixtures.extract("frames-zh.txt")
        XCTAssertEqual(result.quote("读书要先求甚解")?.work?.title, "读书的方法")
        XCTAssertEqual(result.quote("此地旧有石桥")?.work?.title, "青溪县志")
        XCTAssertEqual(result.quote("会当凌绝顶")?.work?.title, "望岳")
        XCTAssertEqual(result.quote("学而时习之")?.work?.title, "论语·学而")
        XCTAssertEqual(result.quote("石桥的修复")?.work?.title, "青溪日报")
        let first = try XCTUnwrap(result.quote("读书要先求甚解"))
        XCTAssertEqual(first.work?.id, result.work("读书的方法")?.id)
        XCTAssertEqual(result.work("读书的方法")?.quotes, [first.id])
    }

    func testInWorkFrameReachesLaterQuotesOfTheSentence() throws {
        let result = try WorksFixtures.extract("frames-zh.txt")
        let a = try XCTUnwrap(result.quote("城市要给河流"))
        let b = try XCTUnwrap(result.quote("规划先行"))
        XCTAssertEqual(a.work?.title, "城市与河流")
        XCTAssertEqual(b.work?.id, a.work?.id)
        XCTAssertEqual(result.work("城市与河流")?.quotes, [a.id, b.id])
    }

    func testNearbyTitleWithoutFrameIsNotLinked() throws {
        let result = try WorksFixtures.extract("frames-zh.txt")
        XCTAssertNil(result.quote("这本书值得反复阅读")?.work)
        XCTAssertNil(result.quote("这本书让我重新认识")?.work)
        // The second mention of 城市与河流 gets no quote.
        XCTAssertEqual(result.works.filter { $0.title == "城市与河流" }.map(\.quotes.count), [2, 0])
    }

    func testChainLinksEachQuoteToItsOwnTitle() {
        let text = "《甲篇》指出：“第一句话要说清楚”；《乙篇》指出：“第二句话也要说清楚”；《丙篇》强调“第三句话同样重要”。"
        let result = WorksFixtures.extract(text: text)
        XCTAssertEqual(result.quotes.map { $0.work?.title }, ["甲篇", "乙篇", "丙篇"])
        XCTAssertTrue(result.quotes.allSatisfy { $0.speaker == nil })
    }

    func testWorkAsSpeakerForms() {
        let cases: [(String, String?)] = [
            ("《乡村札记》一文写道：“田埂上的草又绿了一茬。”", "乡村札记"),
            ("《乡村札记》强调“保护耕地就是保护未来”。", "乡村札记"),
            ("李华《乡村札记》：“田埂上的草又绿了一茬。”", "乡村札记"),
            ("《乡村札记》中有这样一段话：“田埂上的草又绿了一茬。”", "乡村札记"),
            ("李华读完《乡村札记》后感慨：“田埂上的草又绿了一茬。”", nil),
            ("《乡村札记》，李华说：“田埂上的草又绿了一茬。”", nil),
        ]
        for (text, title) in cases {
            XCTAssertEqual(WorksFixtures.extract(text: text).quotes.first?.work?.title, title, text)
        }
    }

    func testContinuationInTheSameSentence() {
        let result = WorksFixtures.extract(text: "《乡村札记》指出：“河水要清澈见底”，并强调“土地要用心养护”。")
        XCTAssertEqual(result.quotes.map { $0.work?.title }, ["乡村札记", "乡村札记"])
    }

    func testQuotesOnTheNextLineAfterACitationFrame() {
        let text = "李华在《山居笔记》一书中有如下的描述：\n「山中的清晨总是来得很慢，雾气久久不散。」\n又《礼记·月令》孟冬之月：\n「天气上升，地气下降，万物都在收藏之中。」"
        let result = WorksFixtures.extract(text: text)
        XCTAssertEqual(result.quotes.map { $0.work?.title }, ["山居笔记", "礼记·月令"])
    }

    func testTrailingCitationInBrackets() {
        let text = "“知之者不如好之者，好之者不如乐之者。”（《论语·雍也》）这句话流传很广。"
        let result = WorksFixtures.extract(text: text)
        XCTAssertEqual(result.quotes.first?.work?.title, "论语·雍也")
    }

    func testPersonQuotingInAWorkIsItsAuthor() throws {
        let result = try WorksFixtures.extract("frames-zh.txt")
        XCTAssertEqual(result.work("读书的方法")?.author, "李华")
        XCTAssertEqual(result.work("城市与河流")?.author, "张明")
        XCTAssertEqual(result.work("望岳")?.author, "杜甫")
        XCTAssertNil(result.work("论语")?.author)
        XCTAssertNil(result.work("青溪县志")?.author)
    }

    func testAuthorBeforeTitle() {
        let cases: [(String, String?)] = [
            ("唐代诗人杜甫《春望》写于长安。", "杜甫"),
            ("张明的《论读书》很有名。", "张明"),
            ("李华所著的《山居笔记》再版了。", "李华"),
            ("欧阳修《醉翁亭记》是名篇。", "欧阳修"),
            ("关于《某某条例》的说明。", nil),
            ("认真学习《某某决定》的精神。", nil),
            ("江西省《某某规划》公布了。", nil),
        ]
        for (text, author) in cases {
            XCTAssertEqual(WorksFixtures.extract(text: text).works.first?.author, author, text)
        }
    }

    // MARK: Containers

    func testCollectionContainerAndInheritedAuthor() throws {
        let result = try WorksFixtures.extract("collection-zh.txt")
        let collection = try XCTUnwrap(result.work("张明文集"))
        XCTAssertEqual(collection.volume, "第二卷")
        XCTAssertEqual(collection.author, "张明")
        for title in ["论读书", "谈写作", "说学问"] {
            let member = try XCTUnwrap(result.work(title))
            XCTAssertEqual(member.container, collection.id, title)
            XCTAssertEqual(member.author, "张明", title)
        }
        XCTAssertEqual(result.quotes.map { $0.work?.title }, ["论读书", "谈写作", "说学问"])
        XCTAssertTrue(result.quotes.allSatisfy { $0.work?.container == "张明文集" })
        // A later paragraph is not part of the list.
        XCTAssertNil(result.work("回忆录")?.container)
    }

    func testContainedInFrames() throws {
        let result = try WorksFixtures.extract("structure-zh.txt")
        let collection = try XCTUnwrap(result.work("李华散文集"))
        XCTAssertEqual(collection.author, "李华")
        XCTAssertEqual(result.work("河边的早晨")?.container, collection.id)
        XCTAssertEqual(result.work("河边的早晨")?.author, "李华")

        let listed = WorksFixtures.extract(text: "《青溪文丛》收录了《石桥》、《古渡》和《山路》三篇文章。《晚风》选自《李华诗选》。")
        let container = try XCTUnwrap(listed.work("青溪文丛"))
        XCTAssertEqual(["石桥", "古渡", "山路"].map { listed.work($0)?.container }, Array(repeating: container.id, count: 3))
        XCTAssertEqual(listed.work("晚风")?.container, listed.work("李华诗选")?.id)
        XCTAssertEqual(listed.work("晚风")?.author, "李华")
    }

    func testCollectionWithoutListingHasNoMembers() {
        let result = WorksFixtures.extract(text: "《张明文集》出版后，《青溪日报》刊发了书评。")
        XCTAssertNil(result.work("青溪日报")?.container)
    }

    // MARK: Known titles

    func testKnownTitlesFoundInPlainText() throws {
        let titles = try WorkLinker.titles(fromFile: WorksFixtures.path("titles.txt"))
        XCTAssertEqual(titles, ["Northern Tides", "青溪旧事"])
        let result = WorksFixtures.extract(text: "我在读青溪旧事。I liked Northern Tides, not Northern Tidesman. 《青溪旧事》上册。", titles: titles)
        XCTAssertEqual(result.works.map(\.title), ["青溪旧事", "Northern Tides", "青溪旧事"])
        XCTAssertEqual(result.works.map(\.open), ["", "", "《"])
        XCTAssertEqual(result.works.last?.volume, "上册")
    }

    func testMissingTitlesFileIsAnInputError() {
        XCTAssertThrowsError(try WorkLinker.titles(fromFile: "/nonexistent/titles.txt")) { error in
            XCTAssertTrue(error is InputError)
        }
    }

    func testTextWithoutTitlesHasNoWorks() {
        let result = WorksFixtures.extract(text: "他说：“今天天气很好。”")
        XCTAssertTrue(result.works.isEmpty)
        XCTAssertNil(result.quotes.first?.work)
    }
}
