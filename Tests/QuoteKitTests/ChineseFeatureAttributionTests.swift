import XCTest
@testable import QuoteKit

/// Chinese features, which describe a person in a sentence of narrative and then give their words as a sentence of its
/// own, with no cue. Simplified and traditional script.
final class ChineseFeatureAttributionTests: XCTestCase {
    private func attributions(_ text: String) -> [(speaker: String?, rule: String?, kind: QuoteKind)] {
        AttributionFixture.attributions(text)
    }

    func testAQuoteAfterASentenceDescribingANamedPersonIsTheirs() {
        let quotes = attributions("""
            2014年夏天，伴着烈日和蝉鸣，李大山蹬着单车一路北上，往返六百多公里，走了十天。“我从县城出发，一路就盯着河道看。”路上他拍了许多照片。
            六十四歲的林秀芬前幾年被診斷患有關節炎，這兩年心臟也經常難受。「我到鄉裡和縣裡都看過了。」
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["李大山", "林秀芬"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.mention", "zh.mention"])
    }

    func testATermInTheSentenceBeforeLeavesItsSubjectTheSpeaker() {
        // “镜面” is a term, nobody's words: the sentence still describes 李大山, whose words the quote after it gives.
        let quotes = attributions("后来，李大山眼睁睁看着河水变了颜色，昔日的“镜面”渐渐蒙了尘。“我希望能回到小时候的样子。”")
        XCTAssertEqual(quotes.map(\.kind), [.term, .quotation])
        XCTAssertEqual(quotes.map(\.speaker), [nil, "李大山"])
    }

    func testTheSentenceBeforeMustNameAPersonNotTheReporter() {
        let quotes = attributions("""
            本报记者 王立新 在东海县采访时，看到河边堆满了垃圾。“那会儿的河水清得能直接喝。”
            工作人员把材料整理好，送到了会议室。“这些材料明天就要用。”
            """)
        // The reporter of a byline and an unnamed role are not the ones a feature quotes without a cue.
        XCTAssertEqual(quotes.map(\.speaker), [nil, nil])
    }

    func testADescribedNameOpeningTheSentenceAfterAQuoteSpeaksIt() {
        // No cue: the person the sentence after the quote opens with, described or titled, whole (李正宏, not 李正).
        let quotes = attributions("""
            “今天练传球，记住眼睛要看人。”退休教师林大山站在球场边，吹响了哨子。
            “村里虽然球队多，谁打得好大家都知道。”成家后的李正宏减少了出县城打球的次数。
            """)
        XCTAssertEqual(quotes.map(\.speaker), ["林大山", "李正宏"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.after.subject", "zh.after.subject"])
    }
}
