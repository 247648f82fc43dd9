/// Where one work mention sits in the text, with what the linker learned
/// around it. Parallel to `Analysis.works` while the work stage runs.
struct WorkSpan: Sendable, Hashable {
    /// How the title was written.
    enum Style: Sendable, Hashable {
        /// 《…》 or 〈…〉.
        case marks
        /// Markdown emphasis: `*Emma*`, `_Emma_`.
        case emphasis
        /// An English title in quotes after a work noun: the poem "Ozymandias".
        case quoted
        /// A known title (`--titles`) written without marks.
        case known
    }

    var style: Style
    /// First title scalar.
    var contentStart: Int
    /// Just past the title.
    var contentEnd: Int
    /// The opening mark (or ``contentStart`` for plain titles).
    var outerStart: Int
    /// Just past the closing mark.
    var outerEnd: Int
    /// Just past the volume, chapter and any parenthetical after the title.
    var tailEnd: Int
    var open: String
    var depth: Int
    var unclosed: Bool
    var volume: Range<Int>?
    var chapter: Range<Int>?
    /// The title is the place a person speaks in: 在《…》中, in *Emma*.
    var inWork = false
    /// The title is the source the sentence cites its words from: 正如《…》所规定的.
    var asSaid = false
    /// Whether English rules apply around the title.
    var latin = false
}

/// Scalar helpers for the work stage; every function looks at a few scalars around a mark.
enum WorkText {
    @inline(__always) static func isHan(_ v: UInt32) -> Bool { CharacterClass.isCJK(v) }

    @inline(__always) static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v < 0x250 && v != 0xD7 && v != 0xF7)
    }

    @inline(__always) static func isWordChar(_ v: UInt32) -> Bool {
        isLatinLetter(v) || (v >= 0x30 && v <= 0x39) || v == 0x27 || v == 0x2019
    }

    /// What a 第…X unit after a title names.
    enum UnitKind { case volume, chapter, page }

    /// A volume or chapter written right after a title: 第一卷, 第3章, 上册, 卷二, （第四卷）,
    /// 第六十五条第一款 (one chapter), 第４卷第５０５页 (the page is skipped, not recorded).
    ///
    /// - Parameter words: The Chinese pack's work lexicons (the numerals and units).
    /// - Returns: The volume and chapter ranges (without brackets) and the offset just past them.
    static func suffix(_ s: [Unicode.Scalar], from start: Int, limit: Int,
                       _ words: WorkLexicons) -> (volume: Range<Int>?, chapter: Range<Int>?, end: Int) {
        var volume: Range<Int>? = nil
        var chapter: Range<Int>? = nil
        var p = start
        var bracketOpen = false
        for _ in 0..<5 {
            guard p < limit else { break }
            var q = p
            if !bracketOpen, s[q].value == 0xFF08 || s[q].value == 0x28 { q += 1 }
            guard let (range, kind) = unit(s, at: q, limit: limit, words) else { break }
            if q > p { bracketOpen = true }
            switch kind {
            case .volume:
                guard volume == nil, chapter == nil else { return (volume, chapter, p) }
                volume = range
            case .chapter:
                if let c = chapter {
                    guard c.upperBound == range.lowerBound else { return (volume, chapter, p) }
                    chapter = c.lowerBound..<range.upperBound
                } else {
                    chapter = range
                }
            case .page:
                break
            }
            p = range.upperBound
            if bracketOpen, p < limit, s[p].value == 0xFF09 || s[p].value == 0x29 {
                p += 1
                bracketOpen = false
            }
        }
        return (volume, chapter, p)
    }

    /// One 第…卷 / 第…章 / 第…页 / 上册 / 卷二 unit at `i`: an ordinal prefix, a number and a unit; a volume
    /// head and a number; or a volume or chapter named without a number.
    static func unit(_ s: [Unicode.Scalar], at i: Int, limit: Int, _ words: WorkLexicons) -> (Range<Int>, UnitKind)? {
        guard i < limit else { return nil }
        func numberEnd(from start: Int) -> Int {
            var q = start
            while q < limit, words.numerals.contains(s[q]) { q += 1 }
            return q
        }
        if let n = words.ordinalPrefixes.longestMatch(in: s, startingAt: i, limit: limit) {
            let q = numberEnd(from: i + n)
            guard q > i + n, q < limit else { return nil }
            // The longest unit wins: 第二部分 is a chapter, 第二部 a volume.
            let volume = words.volumeUnits.longestMatch(in: s, startingAt: q, limit: limit) ?? 0
            let chapter = words.chapterUnits.longestMatch(in: s, startingAt: q, limit: limit) ?? 0
            let page = words.pageUnits.longestMatch(in: s, startingAt: q, limit: limit) ?? 0
            let length = max(volume, chapter, page)
            guard length > 0 else { return nil }
            return (i..<q + length, length == volume ? .volume : length == chapter ? .chapter : .page)
        }
        var head = words.volumeHeads.matches(in: s, startingAt: i, limit: limit)
        while let n = head.popLast() {
            let q = numberEnd(from: i + n)
            if q > i + n { return (i..<q, .volume) }
        }
        if let n = words.namedVolumes.longestMatch(in: s, startingAt: i, limit: limit) { return (i..<i + n, .volume) }
        if let n = words.namedChapters.longestMatch(in: s, startingAt: i, limit: limit) { return (i..<i + n, .chapter) }
        return nil
    }

    /// A parenthetical right after a title (a date or a source), at most 40 scalars.
    static func parenthetical(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        guard i < limit, s[i].value == 0xFF08 || s[i].value == 0x28 else { return nil }
        let close: UInt32 = s[i].value == 0xFF08 ? 0xFF09 : 0x29
        var q = i + 1
        while q < limit, q < i + 40 {
            let v = s[q].value
            if v == close { return q + 1 }
            if v == 0x0A || CharacterClass.isSentenceFinal(v) || v == 0xFF08 || v == 0x28 { return nil }
            q += 1
        }
        return nil
    }

    /// The title split at middle dots outside nested marks: 《论语·学而》 → 论语, 学而.
    static func parts(_ s: [Unicode.Scalar], _ range: Range<Int>) -> [String] {
        var parts: [String] = []
        var depth = 0
        var from = range.lowerBound
        for i in range {
            let v = s[i].value
            if v == 0x300A || v == 0x3008 { depth += 1 } else if v == 0x300B || v == 0x3009 { depth = max(0, depth - 1) }
            if depth == 0, CharacterClass.isMiddleDot(v) {
                parts.append(trimmed(s, from..<i))
                from = i + 1
            }
        }
        guard !parts.isEmpty else { return [String(scalars: s, range)] }
        parts.append(trimmed(s, from..<range.upperBound))
        parts.removeAll { $0.isEmpty }
        return parts.isEmpty ? [String(scalars: s, range)] : parts
    }

    static func trimmed(_ s: [Unicode.Scalar], _ range: Range<Int>) -> String {
        var lo = range.lowerBound
        var hi = range.upperBound
        while lo < hi, CharacterClass.isSpace(s[lo].value) { lo += 1 }
        while hi > lo, CharacterClass.isSpace(s[hi - 1].value) { hi -= 1 }
        return String(scalars: s, lo..<hi)
    }

    /// The end of an unclosed title: the first sentence end, quote mark, colon or line break, else `end`.
    static func recoveredEnd(_ s: [Unicode.Scalar], from start: Int, to end: Int) -> Int {
        var i = start
        while i < end {
            switch s[i].value {
            case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0xFF1B, 0x3B, 0xFF1A, 0x0A, 0x0D,
                 0x201C, 0x201D, 0x300C, 0x300E, 0x22:
                return i
            default:
                i += 1
            }
        }
        return end
    }
}
