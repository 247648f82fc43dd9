/// Days named by a word with their date in brackets (周明今（20）日表示, 昨（六）日, 前(5)日), as Taiwan and Hong Kong
/// news writes the day of a statement: the word (the pack's `bracketedDayWords`), numerals in parentheses and a date
/// unit make one date, which stands between a speaker and the cue like any other.
extension AttributionContext {
    /// The end of such a date that starts at `start`, if one does, never past `upper`.
    func bracketedDayEnd(startingAt start: Int, _ upper: Int) -> Int? {
        guard let word = bracketedDayWords.longestMatch(in: s, startingAt: start, limit: upper) else { return nil }
        var i = start + word
        guard i < upper, CharacterClass.isOpeningParenthesis(s[i].value) else { return nil }
        i += 1
        let digits = i
        while i < upper, numerals.contains(s[i]) { i += 1 }
        guard i > digits, i < upper, CharacterClass.isClosingParenthesis(s[i].value),
              let unit = dateUnits.longestMatch(in: s, startingAt: i + 1, limit: upper) else { return nil }
        return i + 1 + unit
    }

    /// The start of such a date that ends at `end`, if one does, never before `lower`.
    func bracketedDayStart(endingAt end: Int, _ lower: Int) -> Int? {
        guard let unit = dateUnits.longestMatch(in: s, endingAt: end, limit: lower) else { return nil }
        var i = end - unit
        guard i > lower, CharacterClass.isClosingParenthesis(s[i - 1].value) else { return nil }
        i -= 1
        let digits = i
        while i > lower, numerals.contains(s[i - 1]) { i -= 1 }
        guard i < digits, i > lower, CharacterClass.isOpeningParenthesis(s[i - 1].value),
              let word = bracketedDayWords.longestMatch(in: s, endingAt: i - 1, limit: lower) else { return nil }
        return i - 1 - word
    }

    /// The end of a date in brackets after a day named by a word (上週四(2日), 周三（5日）): from `start`, where the
    /// bracket opens, to past its closing bracket; nil when no numerals and a date unit fill the brackets.
    func bracketedDateEnd(startingAt start: Int, _ upper: Int) -> Int? {
        guard start < upper, CharacterClass.isOpeningParenthesis(s[start].value) else { return nil }
        var i = start + 1
        let digits = i
        while i < upper, numerals.contains(s[i]) { i += 1 }
        guard i > digits, let unit = dateUnits.longestMatch(in: s, startingAt: i, limit: upper) else { return nil }
        i += unit
        return i < upper && CharacterClass.isClosingParenthesis(s[i].value) ? i + 1 : nil
    }

    /// The start of such a bracketed date that ends at `end`, at its opening bracket.
    func bracketedDateStart(endingAt end: Int, _ lower: Int) -> Int? {
        guard end - 1 > lower, CharacterClass.isClosingParenthesis(s[end - 1].value),
              let unit = dateUnits.longestMatch(in: s, endingAt: end - 1, limit: lower) else { return nil }
        var i = end - 1 - unit
        let digits = i
        while i > lower, numerals.contains(s[i - 1]) { i -= 1 }
        guard i < digits, i > lower, CharacterClass.isOpeningParenthesis(s[i - 1].value) else { return nil }
        return i - 1
    }
}
