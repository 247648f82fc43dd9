/// Splits a quotation at ellipses (…… … ⋯ ... . . .) into the fragments it quotes.
enum Ellipsis {
    struct Split {
        /// Scalar ranges of the fragments between ellipses (empty fragments dropped).
        var fragments: [Range<Int>]
        /// Scalar ranges of the ellipses themselves.
        var marks: [Range<Int>]
        /// Whether an ellipsis starts or ends the quotation.
        var hasEdgeEllipsis: Bool
    }

    static func split(_ s: [UInt32]) -> Split {
        var marks: [Range<Int>] = []
        var i = 0
        while i < s.count {
            if s[i] == 0x2026 || s[i] == 0x22EF || s[i] == 0xFE19 {
                var j = i
                while j < s.count, s[j] == 0x2026 || s[j] == 0x22EF || s[j] == 0xFE19 { j += 1 }
                marks.append(i..<j)
                i = j
                continue
            }
            if s[i] == 0x2E {
                // Three or more dots, optionally spaced: ... or . . .
                var j = i, dots = 0, last = i
                while j < s.count, s[j] == 0x2E || (s[j] == 0x20 && j + 1 < s.count && s[j + 1] == 0x2E) {
                    if s[j] == 0x2E { dots += 1; last = j }
                    j += 1
                }
                if dots >= 3 { marks.append(i..<(last + 1)); i = last + 1; continue }
                i = j
                continue
            }
            i += 1
        }
        var fragments: [Range<Int>] = []
        var from = 0
        var edge = false
        let hasContent: (Range<Int>) -> Bool = { r in
            r.contains { Normalizer.classify(s[$0]) != .separator || CharacterClass.isCJK(s[$0]) }
        }
        for (k, mark) in marks.enumerated() {
            let piece = from..<mark.lowerBound
            if hasContent(piece) { fragments.append(piece) } else if k == 0 { edge = true }
            from = mark.upperBound
        }
        let tail = from..<s.count
        if hasContent(tail) { fragments.append(tail) } else if !marks.isEmpty { edge = true }
        return Split(fragments: fragments, marks: marks, hasEdgeEllipsis: edge)
    }
}
