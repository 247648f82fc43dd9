/// Days named by a word with their date in brackets (周明今（20）日表示, 昨（六）日, 前(5)日), as Taiwan and Hong Kong
/// news writes the day of a statement: the word (the pack's `bracketedDayWords`), numerals in parentheses and a date
/// unit make one date, which stands between a speaker and the cue like any other; so does a word of time with a date
/// in brackets after it (上週四(2日)).
extension AttributionContext {
    /// The end of such a date that starts at `start`, if one does, never past `upper`.
    func bracketedDayEnd(startingAt start: Int, _ upper: Int) -> Int? {
        guard let word = bracketedDayWords.longestMatch(in: s, startingAt: start, limit: upper),
              let close = numeralsInBracket(openingAt: start + word, upper), close < upper, CharacterClass.isClosingParenthesis(s[close].value),
              let unit = dateUnits.longestMatch(in: s, startingAt: close + 1, limit: upper) else { return nil }
        return close + 1 + unit
    }

    /// The start of such a date that ends at `end`, if one does, never before `lower`.
    func bracketedDayStart(endingAt end: Int, _ lower: Int) -> Int? {
        guard let unit = dateUnits.longestMatch(in: s, endingAt: end, limit: lower), end - unit > lower,
              CharacterClass.isClosingParenthesis(s[end - unit - 1].value),
              let open = numeralsInBracket(closingAt: end - unit - 1, lower),
              let word = bracketedDayWords.longestMatch(in: s, endingAt: open, limit: lower) else { return nil }
        return open - word
    }

    /// The end of a date in brackets after a day named by a word (上週四(2日), 周三（5日）): from `start`, where the
    /// bracket opens, to past its closing bracket; nil when no numerals and a date unit fill the brackets.
    func bracketedDateEnd(startingAt start: Int, _ upper: Int) -> Int? {
        guard let digits = numeralsInBracket(openingAt: start, upper),
              let unit = dateUnits.longestMatch(in: s, startingAt: digits, limit: upper) else { return nil }
        let close = digits + unit
        return close < upper && CharacterClass.isClosingParenthesis(s[close].value) ? close + 1 : nil
    }

    /// The start of such a bracketed date that ends at `end`, at its opening bracket.
    func bracketedDateStart(endingAt end: Int, _ lower: Int) -> Int? {
        guard end - 1 > lower, CharacterClass.isClosingParenthesis(s[end - 1].value),
              let unit = dateUnits.longestMatch(in: s, endingAt: end - 1, limit: lower) else { return nil }
        return numeralsInBracket(closingAt: end - 1 - unit, lower)
    }

    /// Where the numerals after an opening bracket at `open` end (the （20 of 今（20）日); nil when no bracket opens there
    /// or no numeral follows it.
    private func numeralsInBracket(openingAt open: Int, _ upper: Int) -> Int? {
        guard open < upper, CharacterClass.isOpeningParenthesis(s[open].value) else { return nil }
        var i = open + 1
        while i < upper, numerals.contains(s[i]) { i += 1 }
        return i > open + 1 ? i : nil
    }

    /// Where the opening bracket stands before the numerals that end at `end`; nil when no numeral ends there or no
    /// bracket opens before them.
    private func numeralsInBracket(closingAt end: Int, _ lower: Int) -> Int? {
        var i = end
        while i > lower, numerals.contains(s[i - 1]) { i -= 1 }
        guard i < end, i > lower, CharacterClass.isOpeningParenthesis(s[i - 1].value) else { return nil }
        return i - 1
    }
}
