// Not `internal import`: clients of this module would still load CICU, whose ICU headers clash with
// Foundation's own (_FoundationICU) in QuoteKit. `@_implementationOnly` keeps CICU out of them (all files here import it so).
@_implementationOnly import CICU

/// Sentence or word boundaries from an ICU break iterator.
///
/// A `TextBreaker` owns one ICU break iterator and can be reused for many
/// texts, which avoids the cost of opening an iterator per call. It is not
/// thread-safe: give each task its own instance.
///
/// Offsets are in UTF-16 code units of the text passed to ``boundaries(in:)``.
public final class TextBreaker {
    /// The unit a ``TextBreaker`` segments into.
    public enum Unit: Sendable {
        /// Sentences (UAX #29 sentence boundaries, ICU's `UBRK_SENTENCE`).
        case sentence
        /// Words (ICU's dictionary-based `UBRK_WORD`, which segments Chinese and Japanese).
        case word
    }

    private let iterator: OpaquePointer
    /// The unit this breaker segments into.
    public let unit: Unit

    /// Opens an ICU break iterator.
    ///
    /// - Parameters:
    ///   - unit: Sentences or words.
    ///   - locale: An ICU locale identifier such as `"zh"` or `"en_US"`; empty for the root locale.
    /// - Throws: ``ICUError`` when ICU cannot open the iterator (for example missing data).
    public init(_ unit: Unit, locale: String = "") throws(ICUError) {
        var status = U_ZERO_ERROR
        let type: UBreakIteratorType = unit == .sentence ? UBRK_SENTENCE : UBRK_WORD
        let opened = locale.withCString { qk_ubrk_open(type, $0, nil, 0, &status) }
        try ICUError.check(status, "ubrk_open")
        guard let opened else { throw ICUError(U_INTERNAL_PROGRAM_ERROR, operation: "ubrk_open") }
        self.iterator = opened
        self.unit = unit
    }

    deinit { qk_ubrk_close(iterator) }

    /// The boundaries of `text`, including `0` and `text.count`.
    ///
    /// - Parameter text: UTF-16 code units.
    /// - Returns: Ascending boundary offsets in UTF-16 code units.
    /// - Throws: ``ICUError`` when ICU rejects the text.
    /// - Complexity: O(*n*) in the length of `text`.
    public func boundaries(in text: [UInt16]) throws(ICUError) -> [Int] {
        var result: [Int] = [0]
        try forEachSegment(in: text) { _, end, _ in result.append(end) }
        if text.isEmpty { return [0] }
        return result
    }

    /// Calls `body` with the start, end and ICU rule status of every segment.
    ///
    /// For words the rule status tells letters (`200..<300`), kana (`300..<400`)
    /// and ideographs (`400..<500`) from punctuation and spaces (`0..<100`).
    ///
    /// - Parameters:
    ///   - text: UTF-16 code units.
    ///   - body: Receives `(start, end, ruleStatus)` for each segment in order.
    /// - Throws: ``ICUError`` when ICU rejects the text.
    public func forEachSegment(in text: [UInt16], _ body: (Int, Int, Int32) -> Void) throws(ICUError) {
        guard !text.isEmpty else { return }
        var status = U_ZERO_ERROR
        text.withUnsafeBufferPointer { buffer in
            qk_ubrk_set_text(iterator, buffer.baseAddress, Int32(buffer.count), &status)
            guard qk_failure(status) == 0 else { return }
            let done = qk_ubrk_done()
            var start = qk_ubrk_first(iterator)
            var end = qk_ubrk_next(iterator)
            while end != done {
                body(Int(start), Int(end), qk_ubrk_rule_status(iterator))
                start = end
                end = qk_ubrk_next(iterator)
            }
            // Detach the iterator from the buffer before it goes away.
            var detach = U_ZERO_ERROR
            qk_ubrk_set_text(iterator, nil, 0, &detach)
        }
        try ICUError.check(status, "ubrk_setText")
    }
}
