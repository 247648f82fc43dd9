@testable import QuoteKit
import XCTest

/// Every verdict, in Chinese and English, against the fixture library (Fixtures/library).
final class CitationCheckerTests: XCTestCase {
    let checker = CitationFixtures.checker

    // MARK: Chinese

    func testChineseExact() {
        let check = checker.check(text: "学而时习之，不亦说乎")
        XCTAssertEqual(check.verdict, .exact)
        XCTAssertEqual(check.source?.work, "论语")
        XCTAssertEqual(check.source?.chapter, "学而篇")
        XCTAssertEqual(check.source?.line, 1)
        XCTAssertEqual(check.source?.offset, 4) // after 子曰：“
        XCTAssertEqual(check.steps, [])
    }

    func testChineseNormalizedTraditionalAndVariantCharacters() {
        let check = checker.check(text: "别裁伪体亲风雅，转益多师是汝师")
        XCTAssertEqual(check.verdict, .normalized)
        XCTAssertEqual(check.steps, ["traditional-simplified"])
        XCTAssertEqual(check.source?.work, "戲爲六絕句 六")
        XCTAssertEqual(check.source?.author, "杜甫")
        XCTAssertEqual(check.source?.line, 2)
    }

    func testChineseNormalizedPunctuation() {
        let check = checker.check(text: "三人行，必有我师焉；择其善者而从之，其不善者而改之")
        XCTAssertEqual(check.verdict, .normalized)
        XCTAssertEqual(check.steps, ["punctuation"])
        XCTAssertEqual(check.source?.chapter, "述而篇")
    }

    func testChineseAbridged() {
        let check = checker.check(text: "学而时习之……有朋自远方来，不亦乐乎")
        XCTAssertEqual(check.verdict, .abridged)
        XCTAssertEqual(check.source?.chapter, "学而篇")
        let diff = try? XCTUnwrap(check.diff)
        XCTAssertEqual(diff?.first?.op, .equal)
        XCTAssertEqual(diff?[1].op, .replace)
        XCTAssertEqual(diff?[1].quote, "……")
        XCTAssertEqual(diff?[1].source, "，不亦说乎？")
    }

    func testChineseVariantReportsDiffAndSimilarity() throws {
        let check = checker.check(text: "床前明月光，疑是地上霜。举头望山月，低头思故乡。")
        XCTAssertEqual(check.verdict, .variant)
        XCTAssertEqual(check.source?.author, "李白")
        let diff = try XCTUnwrap(check.diff)
        let changes = diff.filter { $0.op != .equal }
        XCTAssertEqual(changes.count, 1)
        XCTAssertEqual(changes.first?.op, .replace)
        XCTAssertEqual(changes.first?.quote, "山")
        XCTAssertEqual(changes.first?.source, "明")
        let similarity = try XCTUnwrap(check.similarity)
        XCTAssertGreaterThan(similarity, 0.9)
        XCTAssertLessThan(similarity, 1)
        XCTAssertTrue(check.verdict.isProblem)
    }

    func testChineseMisattributedByCitedTitle() {
        let check = checker.check(text: "白日依山尽，黄河入海流", claims: CitationClaims(works: ["论语"]))
        XCTAssertEqual(check.verdict, .misattributed)
        XCTAssertEqual(check.source?.author, "王之渙")
        XCTAssertTrue(check.message.contains("《论语》"))
    }

    func testChineseMisattributedBySpeakerWhoIsALibraryAuthor() {
        let check = checker.check(text: "床前明月光，疑是地上霜", claims: CitationClaims(authors: ["杜甫"]))
        XCTAssertEqual(check.verdict, .misattributed)
        XCTAssertEqual(check.source?.author, "李白")
        XCTAssertEqual(checker.check(text: "床前明月光，疑是地上霜", claims: CitationClaims(authors: ["李白"])).verdict, .exact)
    }

    func testConfuciusMatchesTheAnalectsThoughItsRecordsHaveNoAuthor() {
        XCTAssertEqual(checker.check(text: "学而时习之，不亦说乎", claims: CitationClaims(authors: ["孔子"])).verdict, .exact)
        XCTAssertEqual(checker.check(text: "学而时习之，不亦说乎", claims: CitationClaims(authors: ["杜甫"])).verdict, .misattributed)
    }

    func testSpeakerWhoIsNotALibraryAuthorQuotesRatherThanClaims() {
        // 张明 is not an author in the library: he is quoting, not claiming authorship.
        XCTAssertEqual(checker.check(text: "学而时习之，不亦说乎", claims: CitationClaims(authors: ["张明"])).verdict, .exact)
        // A title the library does not hold cannot be checked either.
        XCTAssertEqual(checker.check(text: "学而时习之，不亦说乎", claims: CitationClaims(works: ["人民日报"])).verdict, .exact)
    }

    func testCitedChapterAndNumberedPoemTitlesMatch() {
        XCTAssertEqual(checker.check(text: "三人行，必有我师焉", claims: CitationClaims(works: ["论语·述而"])).verdict, .exact)
        XCTAssertEqual(checker.check(text: "别裁伪体亲风雅", claims: CitationClaims(works: ["戏为六绝句"], authors: ["杜甫"])).verdict, .normalized)
    }

    func testChineseNotFound() {
        let check = checker.check(text: "好文章要经得起反复推敲，引文更要逐字核对。")
        XCTAssertEqual(check.verdict, .notFound)
        XCTAssertNil(check.source)
        XCTAssertTrue(check.verdict.isProblem)
    }

    func testInsertionNextToARecordBoundaryStillFindsTheVariant() throws {
        // The votes after the inserted 某 point one unit before record c, at the separator ending record b.
        let library = ReferenceLibrary(texts: [(LibraryRecord(work: "a"), "天地玄黄，寒来暑往"), (LibraryRecord(work: "b"), "天地玄黄，秋收冬藏"),
                                               (LibraryRecord(work: "c"), "天地玄黄，日月盈昃辰宿列张")])
        let check = CitationChecker(library: library).check(text: "天地玄黄某日月盈昃辰宿列张")
        XCTAssertEqual(check.verdict, .variant)
        XCTAssertEqual(check.source?.work, "c")
        XCTAssertEqual(check.diff?.filter { $0.op != .equal }, [CitationCheck.DiffSegment(op: .insert, quote: "某", source: "")])
    }

    func testAbridgedWithOneCharacterFragmentAtTheEndOfAText() {
        let check = checker.check(text: "國破山河在……渾欲不勝簪")
        XCTAssertEqual(check.verdict, .abridged)
        let short = checker.check(text: "白頭搔更短，……簪")
        XCTAssertEqual(short.verdict, .abridged)
        XCTAssertEqual(short.source?.work, "春望")
    }

    func testAVerbatimOccurrenceIsPreferredOverANormalizedOne() {
        let library = ReferenceLibrary(texts: [(LibraryRecord(work: "甲本"), "南陌采桑出，谁知妾姓秦。"), (LibraryRecord(work: "乙本"), "南陌採桑出，誰知妾姓秦。")])
        let checker = CitationChecker(library: library)
        XCTAssertEqual(checker.check(text: "南陌採桑出，誰知妾姓秦").source?.work, "乙本")
        XCTAssertEqual(checker.check(text: "南陌採桑出，誰知妾姓秦").verdict, .exact)
        XCTAssertEqual(checker.check(text: "南陌采桑出，谁知妾姓秦").source?.work, "甲本")
    }

    func testTooShortIsUnchecked() {
        XCTAssertEqual(checker.check(text: "仁").verdict, .unchecked)
        XCTAssertEqual(checker.check(text: "……").verdict, .unchecked)
    }

    // MARK: English

    func testEnglishExact() {
        let check = checker.check(text: "I could easily forgive his pride, if he had not mortified mine.")
        XCTAssertEqual(check.verdict, .exact)
        XCTAssertEqual(check.source?.work, "Pride and Prejudice")
        XCTAssertEqual(check.source?.chapter, "Chapter 5")
    }

    func testEnglishNormalizedHardLineBreakCaseAndMarkup() {
        let wrapped = checker.check(text: "a single man in possession of a good fortune")
        XCTAssertEqual(wrapped.verdict, .normalized)
        XCTAssertEqual(wrapped.steps, ["whitespace"])
        let styled = checker.check(text: "it is a truth _universally_ acknowledged")
        XCTAssertEqual(styled.verdict, .normalized)
        XCTAssertEqual(styled.steps, ["case", "markup"])
        let curly = checker.check(text: "That is very true,’ replied Elizabeth")
        XCTAssertEqual(curly.verdict, .normalized)
        XCTAssertEqual(curly.steps, ["punctuation"])
    }

    func testEnglishAbridgedWithSpacedDots() {
        let check = checker.check(text: "It was the best of times . . . it was the age of foolishness")
        XCTAssertEqual(check.verdict, .abridged)
        XCTAssertEqual(check.source?.author, "Charles Dickens")
        XCTAssertEqual(checker.check(text: "It was the best of times... it was the spring of hope").verdict, .abridged)
    }

    func testEnglishVariantDiffIsByWord() throws {
        let check = checker.check(text: "I could easily forgive his pride, if he had not wounded mine.")
        XCTAssertEqual(check.verdict, .variant)
        let change = try XCTUnwrap(check.diff?.first { $0.op != .equal })
        XCTAssertEqual(change.op, .replace)
        XCTAssertEqual(change.quote.trimmingCharacters(in: .whitespaces), "wounded")
        XCTAssertEqual(change.source.trimmingCharacters(in: .whitespaces), "mortified")
    }

    func testEnglishMisattributedByTitleAndByAuthor() {
        let byTitle = checker.check(text: "It was the best of times, it was the worst of times",
                                    claims: CitationClaims(works: ["Pride and Prejudice"]))
        XCTAssertEqual(byTitle.verdict, .misattributed)
        XCTAssertEqual(byTitle.source?.work, "A Tale of Two Cities")
        let byAuthor = checker.check(text: "It was the best of times, it was the worst of times", claims: CitationClaims(authors: ["Austen"]))
        XCTAssertEqual(byAuthor.verdict, .misattributed)
        let right = checker.check(text: "It was the best of times, it was the worst of times", claims: CitationClaims(authors: ["Dickens"]))
        XCTAssertEqual(right.verdict, .exact)
    }

    func testEnglishNotFound() {
        XCTAssertEqual(checker.check(text: "Always check a quotation against the book before you print it.").verdict, .notFound)
    }

    func testPlainTextFilesAreTitledByFileName() {
        let check = checker.check(text: "the natural sequel of an unnatural beginning")
        XCTAssertEqual(check.verdict, .exact)
        XCTAssertEqual(check.source?.work, "Persuasion")
        XCTAssertNil(check.source?.author)
    }

    // MARK: Documents

    func testChineseArticleGetsEveryVerdict() throws {
        // 有人把两句连起来引用：“…” gets 杜甫 from the paragraph before through a sieve: no claim, so it is abridged.
        let text = try String(contentsOfFile: CitationFixtures.path("Fixtures/check/zh-article.txt"), encoding: .utf8)
        let result = CitationFixtures.checkedResult(text)
        let verdicts = result.quotes.map { $0.check?.verdict }
        XCTAssertEqual(verdicts, [.exact, .normalized, .normalized, .abridged, .variant, .misattributed, .notFound, .unchecked])
        XCTAssertEqual(result.quotes.last?.kind, .term)
    }

    func testEnglishArticleGetsEveryVerdict() {
        let text = try! String(contentsOfFile: CitationFixtures.path("Fixtures/check/en-article.txt"), encoding: .utf8)
        let result = CitationFixtures.checkedResult(text)
        let verdicts = result.quotes.map { $0.check?.verdict }
        XCTAssertEqual(verdicts, [.normalized, .normalized, .abridged, .variant, .misattributed, .notFound])
        // The title named before the first quote matches its source, so it is not misattributed.
        XCTAssertEqual(result.quotes.first?.check?.source?.work, "Pride and Prejudice")
    }

    func testSpeakerOnTheQuoteIsAClaim() {
        let document = Document(text: "杜甫写道：“床前明月光，疑是地上霜。”", source: "t")
        var result = QuoteExtractor().extract(document)
        XCTAssertEqual(result.quotes.count, 1)
        result.quotes[0].speaker = Speaker(name: "杜甫", mention: "杜甫", start: 0, end: 2)
        let checked = checker.check(result, document: document)
        XCTAssertEqual(checked.quotes[0].check?.verdict, .misattributed)
        result.quotes[0].speaker = Speaker(name: "李白", mention: "李白", start: 0, end: 2)
        XCTAssertEqual(checker.check(result, document: document).quotes[0].check?.verdict, .exact)
    }

    func testLinkedWorkIsAClaim() {
        let document = Document(text: "书中写道：“国破山河在，城春草木深。”", source: "t")
        var result = QuoteExtractor().extract(document)
        result.quotes[0].work = WorkReference(title: "静夜思", id: "w1")
        XCTAssertEqual(checker.check(result, document: document).quotes[0].check?.verdict, .misattributed)
        result.quotes[0].work = WorkReference(title: "春望", id: "w1")
        XCTAssertEqual(checker.check(result, document: document).quotes[0].check?.verdict, .normalized)
    }

    func testTitleInsideTheQuoteOrInAnotherParagraphIsNotAClaim() {
        let text = "《论语》是经典。\n\n有人写道：“白日依山尽，黄河入海流”。"
        let result = CitationFixtures.checkedResult(text)
        XCTAssertEqual(result.quotes.first?.check?.verdict, .normalized)
    }

    func testTermsAreUncheckedUnlessAll() {
        var options = CitationChecker.Options()
        options.checkTerms = true
        let all = CitationChecker(library: CitationFixtures.library, options: options)
        let quote = Quote(id: "q1", source: "t", text: "学而时习之", start: 0, end: 5, utf16: [0, 5], utf8: [0, 15], line: 1, column: 1,
                          open: "“", close: "”", depth: 0, parent: nil, kind: .term, unclosed: false, sentence: [0, 5], paragraph: 0)
        XCTAssertEqual(checker.check(quote, claims: CitationClaims()).verdict, .unchecked)
        XCTAssertEqual(all.check(quote, claims: CitationClaims()).verdict, .exact)
    }

    func testCheckIsWrittenAfterConfidenceAndRoundTrips() throws {
        let result = CitationFixtures.checkedResult("李华说：“床前明月光，疑是地上霜。举头望山月，低头思故乡。”")
        var writer = JSONWriter()
        result.quotes[0].write(to: &writer)
        let json = writer.string
        let confidence = try XCTUnwrap(json.range(of: "\"confidence\""))
        let check = try XCTUnwrap(json.range(of: "\"check\""))
        XCTAssertLessThan(confidence.lowerBound, check.lowerBound)
        let decoded = try JSONDecoder().decode(Quote.self, from: Data(json.utf8))
        XCTAssertEqual(decoded, result.quotes[0])
        XCTAssertEqual(decoded.check?.verdict, .variant)
    }
}
