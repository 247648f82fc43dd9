/// The language of a text, which selects rule packs and lint conventions.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// Detect from the text: Chinese when CJK characters outnumber letters.
    case auto
    /// Chinese, simplified or traditional.
    case zh
    /// English (and, for the scanner, other alphabetic languages).
    case en

    /// Detects the language of a document from its first 20,000 scalars.
    ///
    /// - Parameter document: The document.
    /// - Returns: ``zh`` or ``en``.
    public static func detect(_ document: Document) -> Language {
        dominant(in: document.scalars, 0..<min(document.count, 20_000)) ?? .en
    }

    /// ``zh`` when CJK characters are at least half as many as Latin letters and digits in `range`,
    /// ``en`` when letters outnumber them more, `nil` when the range has neither.
    ///
    /// - Complexity: O(length of the range), often less: it stops as soon as Chinese cannot lose.
    static func dominant(in scalars: [Unicode.Scalar], _ range: Range<Int>) -> Language? {
        let end = range.upperBound
        return scalars.withUnsafeBufferPointer { buffer -> Language? in
            precondition(range.lowerBound >= 0 && end <= buffer.count)
            var cjk = 0
            var letters = 0
            var i = range.lowerBound
            while i < end {
                let v = buffer[i].value
                // The common ideographs first (one test), then the other CJK ranges.
                if v &- 0x4E00 < 0xA000 - 0x4E00 || v >= 0x3040 && CharacterClass.isCJK(v) {
                    cjk &+= 1
                } else if v < 0x250, CharacterClass.isAlphanumeric(v) {
                    letters &+= 1
                }
                i &+= 1
                // Settled: Chinese wins even if every remaining character were a letter. Asked every 16
                // characters, not at each: the answer is the same, found at most 15 characters later.
                if i & 15 == 0, cjk &* 2 >= letters &+ (end &- i) { return .zh }
            }
            if cjk == 0 && letters == 0 { return nil }
            return cjk * 2 >= letters ? .zh : .en
        }
    }

    /// This language, or the detected one for ``auto``.
    public func resolved(for document: Document) -> Language {
        self == .auto ? Language.detect(document) : self
    }
}
