import XCTest
@testable import QuoteKit

/// Work the attribution engine skips or shares must give the answers of the plain computation: each
/// shortcut is checked here against the way it was computed before.
final class AttributionShortcutTests: XCTestCase {

    /// A word boundary depends only on the windows recorded before the question, not on the questions asked
    /// before it: so a question whose answer is already known may leave the pending windows unbroken.
    func testAskingEarlyDoesNotChangeLaterWordBoundaries() throws {
        let pack = try XCTUnwrap(Attributor.standard.compiled[.zh])
        var asked = 0
        for name in ["attribution/zh-speakers.txt", "attribution/zh-novel.txt", "example-zh.txt"] {
            let analysis = try TestSupport.chineseAnalysis(fixture: name)
            let quiet = AttributionContext(analysis: analysis, pack: pack)
            let eager = AttributionContext(analysis: analysis, pack: pack)
            let count = quiet.s.count
            for quote in analysis.scanned.prefix(80) {
                let o = quote.openIndex
                for (before, after) in [(14, 2), (6, 10), (20, 0), (3, 24)] {
                    let range = max(0, o - before)..<min(count, o + after)
                    guard !range.isEmpty else { continue }
                    quiet.segment(range)
                    eager.segment(range)
                    // The eager context breaks the window at once by asking about every position in it.
                    for i in range { _ = eager.isWordBoundary(i) }
                    for i in stride(from: range.lowerBound, through: range.upperBound, by: 2) {
                        XCTAssertEqual(quiet.isWordBoundary(i), eager.isWordBoundary(i), "\(name): offset \(i)")
                        asked += 1
                    }
                }
            }
        }
        XCTAssertGreaterThan(asked, 500)
    }

    /// The agreement feature counted per quote with one pass over the keys equals the count per candidate
    /// over the whole list (how it was computed before).
    func testSupportingRulesMatchesCountingPerCandidate() {
        func reference(_ list: [AttributionEngine.CandidateFacts]) -> [Int] {
            list.map { candidate in
                guard let key = candidate.key else { return 1 }
                var rules: [Int] = []
                for other in list where other.phraseForm != nil && other.key == key && !rules.contains(other.rule) {
                    rules.append(other.rule)
                }
                return max(1, rules.count)
            }
        }
        let keys: [String?] = [nil, "张明", "李华", "王芳", "Elizabeth Bennet"]
        var seed: UInt64 = 0x9E37_79B9
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let list = (0..<next(12)).map { _ in
                let key = keys[next(keys.count)]
                return AttributionEngine.CandidateFacts(rule: next(4), hasCue: false, key: key, mention: nil, mentionForm: nil,
                                                        phraseForm: key == nil && next(2) == 0 ? nil : .name, phraseGender: .unknown)
            }
            let expected = reference(list)
            let counted = AttributionEngine.supportingRules(list)
            for k in list.indices where list[k].key != nil && list[k].phraseForm != nil {
                XCTAssertEqual(counted[k], expected[k], "candidate \(k) of \(list)")
            }
        }
    }
}
