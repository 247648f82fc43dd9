import XCTest
@testable import QuoteKit

/// A clause with no subject of its own whose verb speaks to someone before the cue (威胁店主说：, 表扬小明说：): the
/// subject of the clause before speaks, and the verb with its object is no role (not 威胁店主). A demonstrative with a
/// count (那几个, 这几位) opens a phrase of several people as 这些 does, and after a team's or body's name such a word
/// (某, 这几位) leaves the name and the person noun (青山队某球员 → 青山队球员).
final class ChineseVerbObjectSpeakerTests: XCTestCase {
    func testAThreatToSomeoneReportsTheSubjectsWords() {
        let simplified = "那几个小偷临走时把店门反锁，又抢走了收银机里的钱，威胁店主说：“你敢报警就等着瞧。”"
        AttributionFixture.assertOnly(simplified, speaker: "小偷", rule: "zh.continuation.cue-object")
        let traditional = "那幾個小偷臨走時把店門反鎖，又搶走了收銀機裡的錢，威脅店主說：「你敢報警就等著瞧。」"
        AttributionFixture.assertOnly(traditional, speaker: "小偷", rule: "zh.continuation.cue-object")
    }

    func testPraiseForSomeoneReportsTheSubjectsWords() {
        AttributionFixture.assertOnly("王老师看完作业，表扬小明说：“你进步很大。”", speaker: "王老师", rule: "zh.continuation.cue-object")
    }

    func testADemonstrativeWithACountOpensAGroup() {
        AttributionFixture.assertOnly("这几位老人说：“路修好了，出门方便多了。”", speaker: "老人", rule: "zh.before.colon")
    }

    func testATeamBeforeAWordPointingAtSomeoneItDoesNotNameSaysWhoseThePersonIs() {
        AttributionFixture.assertOnly("赛后，青山队某球员对记者说：“这场球输得冤。”", speaker: "青山队球员", rule: "zh.before.colon")
        let quote = AttributionFixture.only("東海隊這幾位球員都說：「下一場一定贏回來。」")
        AttributionFixture.assertQuote(quote, speaker: "東海隊球員", rule: "zh.before.colon")
    }
}
