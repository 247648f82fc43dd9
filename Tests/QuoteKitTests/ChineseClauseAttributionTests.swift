import XCTest
@testable import QuoteKit

/// Chinese subjects separated from their words by more than a cue: a finished action between subject and cue,
/// a bidding verb and the one addressed, an empty subject before 以/用“…”回应, and a sentence written a line per
/// clause. Simplified and traditional script.
final class ChineseClauseAttributionTests: XCTestCase {
    private func attributions(_ text: String) -> [(speaker: String?, rule: String?, kind: QuoteKind)] {
        AttributionFixture.extract(text).quotes.map { ($0.speaker?.name, $0.rule, $0.kind) }
    }

    func testAFinishedActionBetweenTheSubjectAndTheCue() {
        let text = """
            李小明见了这张照片曾说“我好像站在法庭上”。
            林秀雲看了這張照片說：「我很高興。」
            """
        let quotes = attributions(text)
        // 见了这张照片 is what the subject did before speaking, not part of a name (李小明见).
        XCTAssertEqual(quotes.map(\.speaker), ["李小明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.direct", "zh.before.colon"])
    }

    func testTheOneWhoBidsSomeoneSpeaksTheWordsThatFollow() {
        let text = """
            王建国表示，教练张明要他“好好准备，不要有压力。”
            林秀雲叮囑她們：「路上小心，早點回家。」
            """
        let quotes = attributions(text)
        // The nearer subject that bids him, not the one whose reported speech the sentence opens with.
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.directive", "zh.before.directive"])
    }

    func testAnEmptySubjectBeforeInstrumentWordsIsTheEarlierSubject() {
        let text = """
            林秀雲得知有人批評她，只用「無聊」回應。
            张明听说了这件事，只用“荒唐”来形容。
            """
        let quotes = attributions(text)
        // The one-word answer is the subject's words, a quotation, though it reads like a term.
        XCTAssertEqual(quotes.map(\.speaker), ["林秀雲", "张明"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.instrument.continuation", "zh.instrument.continuation"])
        XCTAssertEqual(quotes.map(\.kind), [.quotation, .quotation])
    }

    func testASentenceWrittenALinePerClauseKeepsItsSubject() {
        let simplified = """
            张明教授说，
            那天晚上，
            大家都很累，
            “但是我们还是把工作做完了。”
            """
        let traditional = """
            林秀雲說，
            那天晚上，
            大家都很累，
            「但是我們還是把工作做完了。」
            """
        // Lines that end with a comma go on in the next: the quote is in the sentence its speaker opened lines above.
        let quotes = attributions(simplified) + attributions(traditional)
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.partial.reported", "zh.partial.reported"])
    }

    func testACueWithTheOneSpokenToBeforeAColon() {
        let text = """
            张明问村民：“今年收成怎么样？”
            林秀雲反問記者們：「你們去過那裡嗎？」
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["张明", "林秀雲"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.cue-object", "zh.before.cue-object"])
    }

    func testASpeechVerbBeforeAPersonNounIsNoPartOfTheSpeaker() {
        // 问受访者 asks the interviewee: the subject is the one asking, never a role named "便问受访者".
        let quotes = AttributionFixture.extract("""
            调查员首先问受访者：“你住在这里多久了？”
            村委会撇开前提，便问受访者：“你同意这个方案吗？”
            """).quotes
        XCTAssertEqual(quotes.first?.speaker?.name, "调查员")
        for quote in quotes { XCTAssertFalse(quote.speaker?.name.contains("受访者") ?? false, quote.text) }
    }

    func testAGroupWrittenWithAPluralSuffixIsOneSpeaker() {
        let text = """
            战士们说：“我们准备好了。”
            村民們說：「這是好事。」
            """
        let quotes = attributions(text)
        XCTAssertEqual(quotes.map(\.speaker), ["战士们", "村民們"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.before.colon", "zh.before.colon"])
    }

    func testTheLinesAGroupPerformsAreTheirs() {
        // “…”守岛的官兵，用一曲《…》迎接新年: the lyrics that open the sentence are sung by the group named after them.
        let quotes = AttributionFixture.extract("""
            “海风轻轻吹，吹过小渔村。”守岛的官兵，用一曲《渔村晚歌》迎接新年的到来。
            “山高水長，情深意重。”守島的戰士們演唱《山水謠》，迎接新年。
            """).quotes
        XCTAssertEqual(quotes.map { $0.speaker?.name }, ["守岛的官兵", "守島的戰士們"])
        XCTAssertEqual(quotes.map(\.rule), ["zh.performed.after", "zh.performed.after"])
        XCTAssertEqual(quotes.map { $0.work?.title }, ["渔村晚歌", "山水謠"])
    }
}
