import XCTest
@testable import QuoteKit

/// The cheap tests that let attribution skip work must never reject what the full matcher or parser
/// would accept: each is checked here against the full computation on the Chinese fixtures.
final class AttributionPrefilterTests: XCTestCase {

    private let fixtures = ["attribution/zh-speakers.txt", "attribution/zh-split.txt", "attribution/zh-novel.txt",
                            "attribution/zh-traditional.txt", "example-zh.txt"]

    func testScalarFilterKeepsEveryValueAndBothCasesOfLetters() {
        var filter = ScalarFilter()
        let values: [UInt32] = [0x3A, 0xFF1A, 0x8BF4, 0x201C, 0x41, 0x7A, 0x1F600]
        for v in values { filter.insert(v) }
        for v in values { XCTAssertTrue(filter.mayContain(v)) }
        XCTAssertTrue(filter.mayContain(0x61), "a, the other case of A")
        XCTAssertTrue(filter.mayContain(0x5A), "Z, the other case of z")
        XCTAssertFalse(ScalarFilter().mayContain(0x8BF4))
        let text = Array("甲乙丙说：“".unicodeScalars)
        XCTAssertEqual(filter.firstCandidate(in: text, from: 0, to: text.count), 3)
        XCTAssertEqual(filter.lastCandidateEnd(in: text, from: text.count, downTo: 0), 6)
        XCTAssertNil(filter.firstCandidate(in: text, from: 0, to: 3))
    }

    func testMarkJumpsAgreeWithADictionary() {
        let scalars = Array(String(repeating: "“甲”《乙》", count: 300).unicodeScalars)
        var jumps = MarkJumps(capacity: 4)
        var reference: [Int: Int] = [:]
        for offset in stride(from: 0, to: scalars.count, by: 3) {
            jumps.add(offset, scalars[offset], to: offset + 7)
            reference[offset] = offset + 7
        }
        // A later jump from the same mark replaces the earlier one.
        jumps.add(0, scalars[0], to: 99)
        reference[0] = 99
        for offset in scalars.indices {
            XCTAssertEqual(jumps.target(at: offset, in: scalars), reference[offset], "offset \(offset)")
        }
    }

    func testLexiconAnyMatchWalksTheSameMatches() {
        let lexicon = Lexicon(["说", "说道", "表示", "表", "在", "在场", "Said"], caseInsensitive: true)
        let text = Array("他说道：在场的人表示said SAID".unicodeScalars)
        for i in 0...text.count {
            var forward: [Int] = []
            _ = lexicon.anyMatch(in: text, startingAt: i, limit: text.count) { forward.append($0); return false }
            XCTAssertEqual(forward, lexicon.matches(in: text, startingAt: i, limit: text.count))
            var backward: [Int] = []
            _ = lexicon.anyMatch(in: text, endingAt: i, limit: 0) { backward.append($0); return false }
            XCTAssertEqual(backward, lexicon.matches(in: text, endingAt: i, limit: 0))
        }
        XCTAssertTrue(lexicon.anyMatch(in: text, startingAt: 1, limit: text.count) { $0 == 2 })
    }

    func testNameAndWorkPrechecksNeverRejectAParse() throws {
        let pack = try XCTUnwrap(Attributor.standard.compiled[.zh])
        var names = 0, works = 0
        for name in fixtures {
            let analysis = try TestSupport.chineseAnalysis(fixture: name)
            let context = AttributionContext(analysis: analysis, pack: pack)
            let limit = min(context.s.count, 4_000)
            for a in 0..<limit {
                for b in a + 1...min(limit, a + 16) {
                    guard let phrase = context.parseChineseStrict(a, b) else { continue }
                    if phrase.form == .name {
                        names += 1
                        XCTAssertTrue(context.mayBeChineseName(a, b), "\(name): name \(phrase.mention) at \(a)..<\(b)")
                    }
                    if phrase.form == .work {
                        works += 1
                        XCTAssertTrue(context.mayBeChineseWork(a, b), "\(name): work \(phrase.mention) at \(a)..<\(b)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(names, 0)
        XCTAssertGreaterThan(works, 0)
    }

    func testNeighbourFilterOnlySkipsRulesTheMatcherRejects() throws {
        let pack = try XCTUnwrap(Attributor.standard.compiled[.zh])
        var skipped = 0
        for name in fixtures {
            let analysis = try TestSupport.chineseAnalysis(fixture: name)
            let engine = AttributionEngine(analysis: analysis, pack: pack, explain: false)
            let c = engine.context
            for i in analysis.quotes.indices where analysis.quotes[i].depth == 0 {
                let frame = engine.frame(i)
                let before = c.skipSpaceBack(frame.open, frame.lower)
                let after = c.skipSpaceForward(frame.outerEnd, frame.upper)
                for r in pack.patternRules {
                    let value: UInt32?
                    switch pack.neighbourSides[r] {
                    case .unfiltered: continue
                    case .before: value = before > frame.lower ? c.s[before - 1].value : nil
                    case .after: value = after < frame.upper ? c.s[after].value : nil
                    }
                    guard value.map({ !pack.neighbours[r].mayContain($0) }) ?? true else { continue }
                    skipped += 1
                    let pattern = try XCTUnwrap(pack.patterns[r])
                    XCTAssertFalse(engine.matcher.mayMatch(pattern, frame), "\(name): \(pack.rules[r].id) skipped on quote \(i)")
                }
            }
        }
        XCTAssertGreaterThan(skipped, 0)
    }

    func testTheGapBoundOnLiteralsOnlySkipsRulesTheMatcherRejects() throws {
        // A literal beyond a gap (…所说 {gap} “…”) ends after the last sentence end or colon before the quote: a dense line
        // of quotes has the previous sentence in the window, and a cue there is out of the gap's reach.
        let pack = try XCTUnwrap(Attributor.standard.compiled[.zh])
        var configuration = QuoteExtractor.Configuration()
        configuration.language = .zh
        let dense = String(repeating: "正如张明所说的那样。“今天的会议很重要。”", count: 3)
            + "正如张明所说，今天的会议“很重要”。正如張明所說：「今天的會議很重要。」"
        var analyses = try fixtures.map { try TestSupport.chineseAnalysis(fixture: $0) }
        analyses.append(QuoteExtractor(configuration: configuration).prepare(Document(text: dense, source: "dense")))
        var bounded = 0, rejected = 0, fired = 0
        for analysis in analyses {
            let engine = AttributionEngine(analysis: analysis, pack: pack, explain: false)
            for i in analysis.quotes.indices where analysis.quotes[i].depth == 0 {
                let frame = engine.frame(i)
                for r in pack.patternRules {
                    let pattern = try XCTUnwrap(pack.patterns[r])
                    guard pattern.literalAfterGap else { continue }
                    bounded += 1
                    let matched = engine.matcher.match(pattern, frame, explain: true).0 != nil
                    if matched { fired += 1 }
                    if !engine.matcher.literalsMayMatch(pattern, frame) {
                        rejected += 1
                        XCTAssertFalse(matched, "\(analysis.document.source): \(pack.rules[r].id) rejected on quote \(i)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(bounded, 0)
        XCTAssertGreaterThan(rejected, 0)
        XCTAssertGreaterThan(fired, 0, "the partial quote after 所说，is the as-said rule's")
    }
}
