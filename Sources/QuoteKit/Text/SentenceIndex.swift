import QuoteKitICU

/// ICU sentence boundaries, computed per paragraph on demand and cached.
///
/// ICU's sentence iterator is the slowest step in the pipeline, so the
/// extractor segments only the paragraphs that hold quotes. Not thread-safe:
/// one index per document being processed.
package final class SentenceIndex {
    let document: Document
    private let breaker: TextBreaker?
    /// The sentences of the paragraphs segmented so far, one after another; `slots[p]` says where paragraph
    /// `p`'s run starts in `storage` (`-1`: not segmented yet) and how long it is. Both arrays hold plain
    /// integers, so a document with hundreds of thousands of paragraphs costs nothing to release.
    /// (One document's index is used by one thread at a time and no access overlaps another: the run-time
    /// exclusivity checks, two calls per look-up, are left out.)
    @exclusivity(unchecked) private var storage: [Range<Int>] = []
    @exclusivity(unchecked) private var slots: [(start: Int, count: Int)]

    /// Creates an index over a document.
    /// - Parameter document: The document.
    package init(document: Document) {
        self.document = document
        self.breaker = BreakerPool.shared.checkOut(.sentence)
        self.slots = Array(repeating: (-1, 0), count: document.paragraphs.count)
    }

    deinit {
        if let breaker { BreakerPool.shared.checkIn(breaker) }
    }

    /// The sentences of paragraph `index`, as scalar ranges.
    ///
    /// - Parameter index: A paragraph index.
    /// - Returns: Sentence ranges covering the paragraph, in order.
    package func sentences(inParagraph index: Int) -> [Range<Int>] {
        let slot = segmented(index)
        return Array(storage[slot.start..<slot.start + slot.count])
    }

    /// Segments paragraph `index` unless that is done, and returns where its sentences are in `storage`.
    private func segmented(_ index: Int) -> (start: Int, count: Int) {
        let slot = slots[index]
        if slot.start >= 0 { return slot }
        let start = storage.count
        Self.segment(document.scalars, document.paragraphs[index].range, breaker: breaker, into: &storage)
        let new = (start: start, count: storage.count - start)
        slots[index] = new
        return new
    }

    /// The sentence holding a scalar offset (or the nearest one in its paragraph).
    ///
    /// - Parameter offset: A scalar offset.
    /// - Returns: The sentence range; an empty range at `offset` when it lies outside every paragraph.
    package func sentence(containing offset: Int) -> Range<Int> {
        sentence(containing: offset, inParagraph: document.paragraphIndex(containing: offset))
    }

    /// The sentence holding a scalar offset whose paragraph index (``Document/paragraphIndex(containing:)``) is known.
    func sentence(containing offset: Int, inParagraph paragraph: Int?) -> Range<Int> {
        guard let p = paragraph, document.paragraphs[p].start <= offset else {
            return offset..<offset
        }
        let slot = segmented(p)
        guard slot.count > 0 else { return offset..<offset }
        // Binary search: the first sentence ending after `offset`.
        var low = slot.start
        var high = slot.start + slot.count
        while low < high {
            let mid = (low + high) / 2
            if storage[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return storage[min(low, slot.start + slot.count - 1)]
    }

    /// All sentences of the document (segments every paragraph).
    package func allSentences() -> [Range<Int>] {
        document.paragraphs.indices.flatMap { sentences(inParagraph: $0) }
    }

    /// Segments `range` of `scalars` into sentences and appends them to `result`: by the rules when the
    /// range allows, else with ICU.
    static func segment(_ scalars: [Unicode.Scalar], _ range: Range<Int>, breaker: TextBreaker?, into result: inout [Range<Int>]) {
        guard !range.isEmpty else { return }
        if breaker != nil, segmentByRules(scalars, range, into: &result) { return }
        result.append(contentsOf: segmentWithICU(scalars, range, breaker: breaker))
    }

    /// ``segmentByRules(_:_:into:)`` into a new array; `nil` for a stretch that holds a separator.
    static func segmentByRules(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> [Range<Int>]? {
        var result: [Range<Int>] = []
        return segmentByRules(scalars, range, into: &result) ? result : nil
    }

    /// Appends the sentences of a stretch with no line or paragraph separator, by the UAX #29 sentence rules,
    /// to `result`, and returns `true`; returns `false`, appending nothing, for a stretch that holds a
    /// separator (CR, LF, NEL, U+2028, U+2029).
    ///
    /// Without separators the rules are few: combining marks and format characters belong to the
    /// character before them (SB5); a full stop (ATerm) does not end a sentence before a digit (SB6),
    /// between letters and an uppercase letter (SB7), or when a lowercase letter follows after closing
    /// marks, spaces and other non-letters (SB8); no terminator ends a sentence before a comma-like mark
    /// or another terminator (SB8a); otherwise a sentence ends after the terminator (`。！？.`) and the
    /// closing marks and spaces that follow it (SB9–SB11). Paragraphs are nearly always of this kind, and
    /// the break iterator (the costliest step of building quotes) is then not needed. ICU's own
    /// Sentence_Break values classify the characters, and a test checks the two agree on real news text.
    static func segmentByRules(_ scalars: [Unicode.Scalar], _ range: Range<Int>, into result: inout [Range<Int>]) -> Bool {
        let end = range.upperBound
        let first = result.count
        let table = SentenceBreakProperty.bmpTable
        @inline(__always) func sb(_ i: Int) -> SentenceBreakProperty {
            let v = scalars[i].value
            if v < 0x10000 { return SentenceBreakProperty(rawValue: table[Int(v)]) ?? .other }
            return SentenceBreakProperty.value(of: v)
        }
        @inline(__always) func skipExtend(_ i: Int) -> Int {
            var j = i
            while j < end, sb(j) == .extend || sb(j) == .format { j += 1 }
            return j
        }
        /// The character before `i` that extend and format characters attach to (SB5), if any.
        func base(before i: Int) -> SentenceBreakProperty? {
            var k = i - 1
            while k >= range.lowerBound {
                let p = sb(k)
                if p != .extend, p != .format { return p }
                k -= 1
            }
            return nil
        }
        /// SB8: whether a lowercase letter follows `j` before any other letter, separator or terminator.
        func lowercaseFollows(_ j: Int) -> Bool {
            var k = j
            while k < end {
                switch sb(k) {
                case .lower: return true
                case .oLetter, .upper, .sep, .cr, .lf, .sTerm, .aTerm: return false
                default: k += 1
                }
            }
            return false
        }
        var start = range.lowerBound
        var i = range.lowerBound
        while i < end {
            // CJK ideographs (OLetter) are most of a Chinese paragraph: no table look-up for them.
            if scalars[i].value &- 0x4E00 < 0xA000 - 0x4E00 { i += 1; continue }
            let property = sb(i)
            switch property {
            case .sep, .cr, .lf:
                result.removeSubrange(first...)
                return false
            case .sTerm, .aTerm:
                var j = skipExtend(i + 1)
                if property == .aTerm, j < end {
                    let next = sb(j)
                    if next == .numeric { i = j; continue } // SB6
                    if next == .upper, let before = base(before: i), before == .upper || before == .lower { i = j; continue } // SB7
                }
                while j < end, sb(j) == .close { j = skipExtend(j + 1) }
                while j < end, sb(j) == .sp { j = skipExtend(j + 1) }
                if j >= end { i = end; continue }
                if property == .aTerm, lowercaseFollows(j) { i = j; continue } // SB8
                switch sb(j) {
                case .sContinue, .sTerm, .aTerm:
                    i = j // SB8a: no break
                default:
                    result.append(start..<j) // SB11
                    start = j
                    i = j
                }
            default:
                i += 1
            }
        }
        if start < end { result.append(start..<end) }
        return true
    }

    /// Segments `range` of `scalars` into sentences with ICU's break iterator.
    static func segmentWithICU(_ scalars: [Unicode.Scalar], _ range: Range<Int>, breaker: TextBreaker?) -> [Range<Int>] {
        guard !range.isEmpty else { return [] }
        var units: [UInt16] = []
        units.reserveCapacity(range.count + 8)
        // Map UTF-16 offsets back to scalar offsets.
        var scalarAtUnit: [Int32] = []
        scalarAtUnit.reserveCapacity(range.count + 8)
        for i in range {
            let v = scalars[i].value
            if v > 0xFFFF {
                let x = v - 0x10000
                units.append(UInt16(0xD800 + (x >> 10)))
                units.append(UInt16(0xDC00 + (x & 0x3FF)))
                scalarAtUnit.append(Int32(i))
                scalarAtUnit.append(Int32(i))
            } else {
                units.append(UInt16(v))
                scalarAtUnit.append(Int32(i))
            }
        }
        scalarAtUnit.append(Int32(range.upperBound))
        guard let breaker, let bounds = try? breaker.boundaries(in: units), bounds.count > 1 else { return [range] }
        var result: [Range<Int>] = []
        result.reserveCapacity(bounds.count)
        for k in 1..<bounds.count {
            let lo = Int(scalarAtUnit[bounds[k - 1]])
            let hi = Int(scalarAtUnit[bounds[k]])
            if hi > lo { result.append(lo..<hi) }
        }
        return result
    }
}
