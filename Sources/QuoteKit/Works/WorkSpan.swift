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
    /// Whether English rules apply around the title.
    var latin = false
}

/// Scalar helpers for the work stage; every function looks at a few scalars around a mark.
enum WorkText {
    static let middleDots: Set<UInt32> = [0x00B7, 0x30FB, 0x2022, 0x2027, 0xFF65, 0x2219, 0xFF0E]
    static let numerals: Set<UInt32> = Set("〇零一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾0123456789０１２３４５６７８９".unicodeScalars.map(\.value))

    @inline(__always) static func isHan(_ v: UInt32) -> Bool { CharacterClass.isCJK(v) }

    @inline(__always) static func isLatinLetter(_ v: UInt32) -> Bool {
        (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v < 0x250 && v != 0xD7 && v != 0xF7)
    }

    @inline(__always) static func isWordChar(_ v: UInt32) -> Bool {
        isLatinLetter(v) || (v >= 0x30 && v <= 0x39) || v == 0x27 || v == 0x2019
    }

    static func matches(_ s: [Unicode.Scalar], at i: Int, _ word: String) -> Bool {
        var k = i
        for u in word.unicodeScalars {
            guard k < s.count, s[k] == u else { return false }
            k += 1
        }
        return true
    }

    /// What a 第…X unit after a title names.
    enum UnitKind { case volume, chapter, page }

    /// A volume or chapter written right after a title: 第一卷, 第3章, 上册, 卷二, （第四卷）,
    /// 第六十五条第一款 (one chapter), 第４卷第５０５页 (the page is skipped, not recorded).
    ///
    /// - Returns: The volume and chapter ranges (without brackets) and the offset just past them.
    static func suffix(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> (volume: Range<Int>?, chapter: Range<Int>?, end: Int) {
        var volume: Range<Int>? = nil
        var chapter: Range<Int>? = nil
        var p = start
        var bracketOpen = false
        for _ in 0..<5 {
            guard p < limit else { break }
            var q = p
            if !bracketOpen, s[q].value == 0xFF08 || s[q].value == 0x28 { q += 1 }
            guard let (range, kind) = unit(s, at: q, limit: limit) else { break }
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

    /// One 第…卷 / 第…章 / 第…页 / 上册 / 卷二 unit at `i`.
    static func unit(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> (Range<Int>, UnitKind)? {
        guard i < limit else { return nil }
        let c = s[i].value
        func char(_ k: Int) -> UInt32 { k < limit ? s[k].value : 0 }
        if c == 0x7B2C { // 第
            var q = i + 1
            while q < limit, numerals.contains(s[q].value) { q += 1 }
            guard q > i + 1, q < limit else { return nil }
            switch char(q) {
            case 0x5377, 0x518C, 0x8F91, 0x96C6, 0x7F16, 0x671F, 0x8F2F, 0x7DE8: return (i..<q + 1, .volume) // 卷册辑集编期輯編
            case 0x90E8: return char(q + 1) == 0x5206 ? (i..<q + 2, .chapter) : (i..<q + 1, .volume) // 部 / 部分
            case 0x5206: return char(q + 1) == 0x518C ? (i..<q + 2, .volume) : nil // 分册
            case 0x7AE0, 0x8282, 0x56DE, 0x7BC7, 0x8BFE, 0x5E55, 0x573A, 0x6761, 0x6B3E, 0x6BB5, 0x8BB2, 0x9996, 0x51FA, 0x6298,
                 0x7BC0, 0x8AB2, 0x5834, 0x689D, 0x8B1B, 0x9879, 0x9805:
                return (i..<q + 1, .chapter) // 章节回篇课幕场条款段讲首出折 節課場條講 项項
            case 0x9875, 0x9801: return (i..<q + 1, .page) // 页 頁
            default: return nil
            }
        }
        if c == 0x5377 { // 卷
            var q = i + 1
            if char(q) == 0x4E4B { q += 1 } // 之
            let digits = q
            while q < limit, numerals.contains(s[q].value) { q += 1 }
            if q > digits { return (i..<q, .volume) }
            if char(i + 1) == 0x4E0A || char(i + 1) == 0x4E0B { return (i..<i + 2, .volume) } // 卷上 卷下
            return nil
        }
        if c == 0x4E0A || c == 0x4E2D || c == 0x4E0B { // 上 中 下
            switch char(i + 1) {
            case 0x518C, 0x5377, 0x7F16, 0x7DE8: return (i..<i + 2, .volume) // 册卷编編
            case 0x7BC7: return (i..<i + 2, .chapter) // 篇
            default: return nil
            }
        }
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
            if depth == 0, middleDots.contains(v) {
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

    /// Whether a title is a collection: 文选, 文集, 全集…
    static func isCollection(_ s: [Unicode.Scalar], _ span: WorkSpan) -> Bool {
        WorkLexicons.collectionSuffixes.longestMatch(in: s, endingAt: span.contentEnd, limit: span.contentStart) != nil
    }
}
