@testable import QuoteKit
import XCTest

/// Claims read from a quote's own attribution, folded across scripts, and explained in every verdict
/// (against Fixtures/check/thinkers.jsonl: pre-Qin thinkers, 韩愈, and Tang poems in traditional script).
final class CitationClaimsTests: XCTestCase {
    static let library = try! ReferenceLibrary.load(paths: [CitationFixtures.path("Fixtures/check/thinkers.jsonl")])
    let checker = CitationChecker(library: CitationClaimsTests.library)

    func checked(_ text: String) -> [Quote] {
        CitationFixtures.checkedResult(text, checker: checker).quotes.filter { $0.kind == .quotation }
    }

    func claim(_ quote: Quote?, _ kind: CitationClaim.Kind) -> CitationCheck.Claim? {
        quote?.check?.claims.first { $0.kind == kind }
    }

    // MARK: Script folding

    func testSimplifiedTitleAndAuthorAgreeWithTraditionalRecords() throws {
        let quotes = checked("白居易在《赋得古原草送别》中写道：“离离原上草，一岁一枯荣。”")
        let check = try XCTUnwrap(quotes.first?.check)
        XCTAssertEqual(check.verdict, .normalized)
        XCTAssertEqual(check.source?.work, "賦得古原草送別")
        let work = try XCTUnwrap(claim(quotes.first, .work))
        XCTAssertEqual(work.value, "赋得古原草送别")
        XCTAssertEqual(work.status, .agrees)
        XCTAssertEqual(work.matched, "賦得古原草送別")
        XCTAssertEqual(work.steps, ["traditional-simplified"])
        XCTAssertEqual(claim(quotes.first, .author)?.status, .agrees)
        XCTAssertEqual(claim(quotes.first, .author)?.rule, "zh.before.colon")
    }

    func testAuthorFoldedAcrossScriptsAndTitleAcrossVariants() throws {
        let wangWei = checker.check(text: "愿君多采撷，此物最相思", claims: CitationClaims(authors: ["王维"]))
        XCTAssertEqual(wangWei.verdict, .normalized)
        XCTAssertEqual(wangWei.claims.first?.matched, "王維")
        XCTAssertEqual(wangWei.claims.first?.steps, ["traditional-simplified"])
        // 望岳 and 望嶽 are one title: 嶽 is a variant of 岳 that ICU's Hant-Hans keeps.
        let duFu = checker.check(text: "会当凌绝顶，一览众山小", claims: CitationClaims(works: ["望岳"], authors: ["杜甫"]))
        XCTAssertEqual(duFu.verdict, .normalized)
        XCTAssertEqual(duFu.claims.map(\.status), [.agrees, .agrees])
        XCTAssertEqual(duFu.claims.first?.steps, ["variant-characters"])
        // A traditional claim against a traditional record, in a traditional article.
        let quotes = checked("王維在《相思》中寫道：「願君多采擷，此物最相思。」")
        XCTAssertEqual(quotes.first?.check?.verdict, .exact)
        XCTAssertEqual(quotes.first?.check?.claims.map(\.status), [.agrees, .agrees])
    }

    func testAnAuthorsOtherNamesAreHisToo() {
        let dongpo = checker.check(text: "明月几时有，把酒问青天", claims: CitationClaims(authors: ["苏东坡"]))
        XCTAssertEqual(dongpo.verdict, .normalized)
        XCTAssertEqual(dongpo.claims.first?.status, .agrees)
        XCTAssertEqual(dongpo.claims.first?.matched, "苏轼")
        // 杜工部 is 杜甫, an author of this library who did not write it.
        XCTAssertEqual(checker.check(text: "明月几时有，把酒问青天", claims: CitationClaims(authors: ["杜工部"])).verdict, .misattributed)
    }

    func testTheClaimPicksTheRightOneOfTwoSources() {
        let quotes = checked("王之涣的《登鹳雀楼》写道：“白日依山尽，黄河入海流。”")
        XCTAssertEqual(quotes.first?.check?.verdict, .normalized)
        XCTAssertEqual(quotes.first?.check?.source?.work, "登鸛雀樓")
        XCTAssertEqual(quotes.first?.check?.source?.author, "王之渙")
    }

    // MARK: Thinkers whose book bears their name

    func testAThinkerIsTheAuthorOfTheBookNamedAfterHim() throws {
        // 荀子 is an author in this library (赋篇), but 《荀子》 itself has no author: the book is his.
        let xunzi = try XCTUnwrap(checked("荀子说：“青，取之于蓝，而青于蓝。”").first?.check)
        XCTAssertEqual(xunzi.verdict, .exact)
        XCTAssertEqual(xunzi.claims.first?.status, .agrees)
        XCTAssertEqual(xunzi.claims.first?.matched, "《荀子》")
        // 庄子 against 《莊子》 in traditional script; 韩非子 against 《韩非子》.
        XCTAssertEqual(checked("庄子说：“吾生也有涯，而知也无涯。”").first?.check?.verdict, .normalized)
        XCTAssertEqual(checked("韩非子说：“千丈之堤，以蝼蚁之穴溃。”").first?.check?.verdict, .exact)
        // 老子's book is 《道德经》: the packs' table.
        let laozi = try XCTUnwrap(checked("老子说：“道可道，非常道。”").first?.check)
        XCTAssertEqual(laozi.verdict, .exact)
        XCTAssertEqual(laozi.claims.first?.matched, "《道德经》")
    }

    func testAThinkerCitedForAnotherThinkersWordsIsMisattributed() throws {
        let check = try XCTUnwrap(checked("荀子说：“吾生也有涯，而知也无涯。”").first?.check)
        XCTAssertEqual(check.verdict, .misattributed)
        XCTAssertEqual(check.source?.work, "莊子")
        XCTAssertEqual(check.claims.first?.status, .conflicts)
        XCTAssertTrue(check.message.contains("荀子 (zh.before.colon)"), check.message)
    }

    // MARK: Claims come from the quote's own attribution

    func testASpeakerInTheNextSentenceClaimsNothing() throws {
        let quotes = checked("有人说：“吾生也有涯，而知也无涯。”韩愈写道：“师者，所以传道受业解惑也。”")
        XCTAssertEqual(quotes.count, 2)
        let first = try XCTUnwrap(quotes.first?.check)
        XCTAssertEqual(first.verdict, .normalized)
        XCTAssertEqual(first.claims, [])
        XCTAssertTrue(first.message.contains("no claim read"), first.message)
        XCTAssertEqual(quotes[1].check?.verdict, .exact)
        XCTAssertEqual(quotes[1].check?.claims.first?.value, "韩愈")
        XCTAssertEqual(quotes[1].check?.claims.first?.status, .agrees)
    }

    func testATitleInTheSentenceBeforeClaimsNothing() {
        let quotes = checked("《师说》是名篇。另有一句同样有名：“吾生也有涯，而知也无涯。”")
        XCTAssertEqual(quotes.first?.check?.verdict, .normalized)
        XCTAssertEqual(quotes.first?.check?.claims, [])
    }

    func testASpeakerFoundBySieveOrPronounClaimsNothing() {
        // The reader meets 韩愈 in the paragraph before; a sieve may name him, but he claims nothing here.
        let text = "韩愈写道：“师者，所以传道受业解惑也。”\n\n也有人把另一句记混了：“道可道，非常道。”\n\n他又说：“千丈之堤，以蝼蚁之穴溃。”"
        let quotes = checked(text)
        XCTAssertEqual(quotes.map { $0.check?.verdict }, [.exact, .exact, .exact])
        XCTAssertEqual(quotes[1].check?.claims.filter { $0.kind == .author }, [])
        XCTAssertEqual(quotes[2].check?.claims.filter { $0.kind == .author }, [])
    }

    func testASayingClaimsNoAuthor() throws {
        let check = try XCTUnwrap(checked("古人云：“青，取之于蓝，而青于蓝。”").first?.check)
        XCTAssertEqual(check.verdict, .exact)
        XCTAssertEqual(check.source?.work, "荀子")
        XCTAssertEqual(check.claims, [])
    }

    func testALeadInCitingAWorkIsAClaim() throws {
        // The work stage links the quote to the work its lead-in cites (的话 is one of the pack's workFillers).
        let quote = QuoteExtractor().extract(text: "他还引用《论语》的话说：“己所不欲，勿施于人。”").quotes.first
        XCTAssertEqual(quote?.work?.title, "论语")
        let right = try XCTUnwrap(checked("他还引用《庄子》的话说：“吾生也有涯，而知也无涯。”").first?.check)
        XCTAssertEqual(right.verdict, .normalized)
        let work = try XCTUnwrap(right.claims.first { $0.kind == .work })
        XCTAssertEqual(work.value, "庄子")
        XCTAssertEqual(work.status, .agrees)
        XCTAssertTrue(work.rule == CitationClaim.leadIn || work.rule == CitationClaim.workLink, work.rule)
        let wrong = try XCTUnwrap(checked("他还引用《荀子》的话说：“吾生也有涯，而知也无涯。”").first?.check)
        XCTAssertEqual(wrong.verdict, .misattributed)
        XCTAssertEqual(checked("《荀子》载：“青，取之于蓝，而青于蓝。”").first?.check?.verdict, .exact)
    }

    func testALeadInTitleNeedsACitingPhrase() {
        let reader = ClaimReader(attributor: Attributor())
        for (text, expected) in [("他引用《庄子》的话说：“甲乙丙”", "庄子"), ("据《庄子》记载，“甲乙丙”", "庄子"),
                                 ("《诗经》有云：“甲乙丙”", "诗经"), ("读《庄子》有感：“甲乙丙”", nil), ("《庄子》很有名，他说：“甲乙丙”", nil)] {
            let document = Document(text: text, source: "t")
            let titles = TitleScanner().scan(document).titles
            let open = text.unicodeScalars.firstIndex { $0 == "“" }.map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) }!
            XCTAssertEqual(reader.leadInTitle(open: open, document: document, titles: titles)?.0, expected, text)
        }
    }

    // MARK: English

    func testEnglishClaimsComeFromTheQuotesOwnSentence() throws {
        let text = try String(contentsOfFile: CitationFixtures.path("Fixtures/check/en-claims-article.txt"), encoding: .utf8)
        let quotes = CitationFixtures.checkedResult(text).quotes
        XCTAssertEqual(quotes.map { $0.check?.verdict }, [.normalized, .exact, .misattributed, .exact, .exact, .exact, .exact])
        XCTAssertEqual(quotes.map { $0.check?.source?.work }, ["Pride and Prejudice", "A Tale of Two Cities", "A Tale of Two Cities",
                                                               "Pride and Prejudice", "Emma", "Persuasion", "Persuasion"])
        XCTAssertEqual(quotes[0].check?.claims.map(\.rule), [CitationClaim.sentence])
        XCTAssertEqual(quotes[2].check?.claims.map(\.status), [.conflicts, .conflicts])
        XCTAssertEqual(quotes[5].check?.claims, [])
    }

    // MARK: Verdict order

    func testAClaimedSourceBeyondTheFirstOccurrencesIsFound() {
        // A line in 250 texts, only the last of them by the claimed author: still not misattributed.
        var texts = (0..<249).map { (LibraryRecord(work: "无题\($0)", author: "佚名"), "春风又绿江南岸，明月何时照我还。") }
        texts.append((LibraryRecord(work: "泊船瓜洲", author: "王安石"), "京口瓜洲一水间，钟山只隔数重山。春风又绿江南岸，明月何时照我还。"))
        let checker = CitationChecker(library: ReferenceLibrary(texts: texts))
        let check = checker.check(text: "春风又绿江南岸，明月何时照我还", claims: CitationClaims(authors: ["王安石"]))
        XCTAssertEqual(check.verdict, .exact)
        XCTAssertEqual(check.source?.work, "泊船瓜洲")
        // An author whom the library knows, but who holds none of the 250: misattributed.
        texts.append((LibraryRecord(work: "静夜思", author: "李白"), "床前明月光，疑是地上霜。"))
        let withLiBai = CitationChecker(library: ReferenceLibrary(texts: texts))
        XCTAssertEqual(withLiBai.check(text: "春风又绿江南岸，明月何时照我还", claims: CitationClaims(authors: ["李白"])).verdict, .misattributed)
    }

    func testAClaimThatAgreesKeepsTheMatchAndAVariantStaysAVariant() throws {
        let variant = checker.check(text: "吾生也有涯，而智也无涯", claims: CitationClaims(authors: ["庄子"]))
        XCTAssertEqual(variant.verdict, .variant)
        XCTAssertEqual(variant.claims.first?.status, .agrees)
        XCTAssertEqual(variant.diff?.filter { $0.op != .equal }.map(\.quote), ["智"])
        // An author unknown to the library is no claim: the verdict is about the text, the claim listed as unknown.
        let unknown = checker.check(text: "师者，所以传道受业解惑也", claims: CitationClaims(authors: ["张明"]))
        XCTAssertEqual(unknown.verdict, .exact)
        XCTAssertEqual(unknown.claims.first?.status, .unknown)
        XCTAssertTrue(unknown.message.contains("not in the library"), unknown.message)
    }
}
