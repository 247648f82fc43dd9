import QuoteKitICU

/// ICU sentence boundaries, computed per paragraph on demand and cached.
///
/// ICU's sentence iterator is the slowest step in the pipeline, so the
/// extractor segments only the paragraphs that hold quotes. Not thread-safe:
/// one index per document being processed.
public final class SentenceIndex {
    let document: Document
    private let breaker: TextBreaker?
    private var cache: [Int: [Range<Int>]] = [:]

    /// Creates an index over a document.
    /// - Parameter document: The document.
    public init(document: Document) {
        self.document = document
        self.breaker = try? TextBreaker(.sentence)
    }

    /// The sentences of paragraph `index`, as scalar ranges.
    ///
    /// - Parameter index: A paragraph index.
    /// - Returns: Sentence ranges covering the paragraph, in order.
    public func sentences(inParagraph index: Int) -> [Range<Int>] {
        if let cached = cache[index] { return cached }
        let paragraph = document.paragraphs[index]
        let result = Self.segment(document.scalars, paragraph.range, breaker: breaker)
        cache[index] = result
        return result
    }

    /// The sentence holding a scalar offset (or the nearest one in its paragraph).
    ///
    /// - Parameter offset: A scalar offset.
    /// - Returns: The sentence range; an empty range at `offset` when it lies outside every paragraph.
    public func sentence(containing offset: Int) -> Range<Int> {
        guard let p = document.paragraphIndex(containing: offset) else { return offset..<offset }
        return sentence(containing: offset, inParagraph: p)
    }

    /// The sentence holding a scalar offset of paragraph `p` (or the nearest one in it).
    func sentence(containing offset: Int, inParagraph p: Int) -> Range<Int> {
        guard p < document.paragraphs.count, document.paragraphs[p].start <= offset else { return offset..<offset }
        let list = sentences(inParagraph: p)
        // Binary search: the first sentence ending after `offset`.
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < list.count ? list[low] : (list.last ?? offset..<offset)
    }

    /// All sentences of the document (segments every paragraph).
    public func allSentences() -> [Range<Int>] {
        document.paragraphs.indices.flatMap { sentences(inParagraph: $0) }
    }

    /// Segments `range` of `scalars` into sentences with ICU.
    static func segment(_ scalars: [Unicode.Scalar], _ range: Range<Int>, breaker: TextBreaker?) -> [Range<Int>] {
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
