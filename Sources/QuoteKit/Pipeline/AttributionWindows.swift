import Dispatch
import Foundation

/// Attribution of a document with very many quotes, in windows of its quotes.
///
/// The attribution stage keeps, per quote, its candidates, their phrases and its result (about 1.4 KB a
/// quote): a line of a million quotes took over a gigabyte in it alone. A document with more than
/// ``size`` top-level quotes is therefore attributed a window at a time. Each window is given the quotes
/// around it as context (the turns, neighbours and paragraphs the rules look back and ahead at), and only
/// its own quotes' results are kept. What the rules gather over the whole document (the people named as
/// speakers anywhere, the full names that partial names stand for, how often each person is named near
/// quotations) is then gathered over the window and its context, so a confidence can differ slightly from
/// a whole-document run (on a line of a million quotes of one speaker, in the fifth decimal). Documents
/// with at most ``size`` top-level quotes, which is every real text, are attributed whole, exactly as before.
struct AttributionWindows {
    /// The most top-level quotes attributed together.
    static let size = 50_000
    /// Quotes before a window given to it as context, at least: the sieves look back up to 200 quotes.
    static let contextBefore = 256
    /// Paragraphs before a window whose quotes are given to it as context (the sieves look back up to 60),
    /// as long as they are at most ``contextLimit`` quotes.
    static let paragraphsBefore = 64
    /// Quotes after a window given to it as context: the ranking and the nearby sieve look a little ahead.
    static let contextAfter = 64
    /// The most quotes of context on each side.
    static let contextLimit = 4_096

    /// One window: the quotes whose results it keeps, and the quotes it is attributed with.
    struct Window: Equatable {
        var owned: Range<Int>
        var context: Range<Int>
    }

    /// The windows of an analysis's quotes, in order; one window holding every quote when there are at most
    /// `size` top-level ones. Windows start and end at top-level quotes, so a nested quote is always in the
    /// window of the quote around it.
    static func windows(_ quotes: [Quote], size: Int = size) -> [Window] {
        let all = 0..<quotes.count
        var starts: [Int] = []
        var topLevel = 0
        for i in quotes.indices where quotes[i].depth == 0 {
            if topLevel % size == 0 { starts.append(i) }
            topLevel += 1
        }
        guard starts.count > 1 else { return [Window(owned: all, context: all)] }
        starts[0] = 0
        var windows: [Window] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1] : quotes.count
            windows.append(Window(owned: start..<end, context: contextRange(around: start..<end, in: quotes)))
        }
        return windows
    }

    /// The quotes a window is attributed with: its own, and the context on each side, widened to top-level quotes.
    static func contextRange(around owned: Range<Int>, in quotes: [Quote]) -> Range<Int> {
        var lower = max(0, owned.lowerBound - contextBefore)
        let farthest = max(0, owned.lowerBound - contextLimit)
        let firstParagraph = owned.isEmpty ? 0 : quotes[owned.lowerBound].paragraph - paragraphsBefore
        while lower > farthest, quotes[lower - 1].paragraph >= firstParagraph { lower -= 1 }
        while lower > 0, quotes[lower].depth > 0 { lower -= 1 }
        var upper = min(quotes.count, owned.upperBound + contextAfter)
        while upper < quotes.count, quotes[upper].depth > 0 { upper += 1 }
        return lower..<upper
    }
}

extension QuoteExtractor {
    /// Attributes the quotes of an analysis, in windows of `windowSize` top-level quotes when it has more
    /// (``AttributionWindows``); with `explain`, returns the traces of every top-level quote, in text order.
    func attribute(_ analysis: inout Analysis, explain: Bool, windowSize: Int = AttributionWindows.size) -> [AttributionTrace] {
        let attributor = configuration.attributor
        let windows = AttributionWindows.windows(analysis.quotes, size: windowSize)
        guard windows.count > 1 else {
            if explain { return attributor.explain(&analysis) }
            attributor.attribute(&analysis)
            return []
        }
        if !explain, configuration.windowJobs > 1 {
            attributeConcurrently(&analysis, windows, jobs: configuration.windowJobs)
            return []
        }
        var traces: [AttributionTrace] = []
        for window in windows {
            var part = Analysis(document: analysis.document, language: analysis.language,
                                scanned: Array(analysis.scanned[window.context]), titles: analysis.titles,
                                quotes: Array(analysis.quotes[window.context]), diagnostics: [], sentences: analysis.sentences)
            let partTraces = explain ? attributor.explain(&part) : { attributor.attribute(&part); return [] }()
            for i in window.owned { analysis.quotes[i] = part.quotes[i - window.context.lowerBound] }
            if explain {
                let owned = Set(window.owned.map { analysis.quotes[$0].id })
                traces += partTraces.filter { owned.contains($0.quote) }
            }
        }
        return traces
    }
}

extension QuoteExtractor {
    /// Attributes the windows `jobs` at a time. A window depends on nothing but the quotes of its own context, so the
    /// results are those of attributing the windows one after the other; only the owned quotes of the windows in
    /// flight are held besides the analysis.
    func attributeConcurrently(_ analysis: inout Analysis, _ windows: [AttributionWindows.Window], jobs: Int) {
        var next = 0
        while next < windows.count {
            let batch = Array(windows[next..<min(windows.count, next + jobs)])
            // Read from the analysis in a function of its own, so that no copy of it is left when it is written to.
            let owned = ownedQuotes(of: batch, in: analysis)
            for (k, window) in batch.enumerated() { analysis.quotes.replaceSubrange(window.owned, with: owned[k]) }
            next += batch.count
        }
    }

    /// The attributed owned quotes of each window of `batch`, attributed on as many threads.
    private func ownedQuotes(of batch: [AttributionWindows.Window], in analysis: Analysis) -> [[Quote]] {
        let attributor = configuration.attributor
        let results = LockedSlots<[Quote]>(count: batch.count)
        let shared = SharedAnalysis(analysis: analysis)
        DispatchQueue.concurrentPerform(iterations: batch.count) { k in
            let window = batch[k]
            let analysis = shared.analysis
            var part = Analysis(document: analysis.document, language: analysis.language,
                                scanned: Array(analysis.scanned[window.context]), titles: analysis.titles,
                                quotes: Array(analysis.quotes[window.context]), diagnostics: [], sentences: analysis.sentences)
            attributor.attribute(&part)
            let offset = window.context.lowerBound
            results.set(k, Array(part.quotes[window.owned.lowerBound - offset..<window.owned.upperBound - offset]))
        }
        return results.takeAll().map { $0 ?? [] }
    }
}

/// The analysis the windows of a batch read, shared by the worker threads. They only read it, and the attribution stage
/// never touches its one part that is not thread-safe: the sentence index, which fills itself on demand and is passed along
/// to each window's analysis untouched.
private struct SharedAnalysis: @unchecked Sendable {
    let analysis: Analysis
}
