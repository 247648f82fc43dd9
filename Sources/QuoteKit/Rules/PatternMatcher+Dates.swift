/// Dates and times as modifiers between a Chinese speaker and the cue: news writes the day of the
/// statement there (赵明31日晚在会上指出, 钱亮1月5日说), and a rule's speaker slot must reach past it.
///
/// A date is one or more runs of numerals each followed by a date unit (1月5日), optionally followed by a
/// time of day (晚, 上午), or a word of time with a time of day (周二晚, 昨天下午); the numerals, units, times and
/// words are the pack's `numerals`, `dateUnits`, `timesOfDay` and `timeWords` lexicons. A day with its date in brackets
/// (今（20）日晚) is one too (``AttributionContext/bracketedDayEnd(startingAt:_:)``), and so is a date in brackets, alone
/// (王立新（11日）表示) or after a word of time (上週四(2日): ``AttributionContext/bracketedDateEnd(startingAt:_:)``).
extension PatternMatcher {
    /// The start of a date that ends at `end`, if one does, never before `lower`.
    func dateStart(endingAt end: Int, _ lower: Int) -> Int? {
        let c = context
        var i = end
        if let time = c.timesOfDay.longestMatch(in: c.s, endingAt: i, limit: lower) {
            i -= time
            // A word of time before the time of day (周二晚, 昨天下午) makes one date with it.
            if let word = c.timeWords.longestMatch(in: c.s, endingAt: i, limit: lower) { return i - word }
        }
        if let day = c.bracketedDayStart(endingAt: i, lower) { return day }
        // A date in brackets (王立新（11日）表示), after a word of time or not (上週四(2日)).
        if let bracket = c.bracketedDateStart(endingAt: i, lower) {
            return bracket - (c.timeWords.longestMatch(in: c.s, endingAt: bracket, limit: lower) ?? 0)
        }
        var start: Int? = nil
        while i > lower, let unit = c.dateUnits.longestMatch(in: c.s, endingAt: i, limit: lower) {
            var j = i - unit
            while j > lower, c.numerals.contains(c.s[j - 1]) { j -= 1 }
            guard j < i - unit else { break }
            start = j
            i = j
        }
        return start
    }

    /// The end of a date that starts at `start`, if one does, never past `upper`.
    func dateEnd(startingAt start: Int, _ upper: Int) -> Int? {
        let c = context
        var i = start
        var end: Int? = nil
        if let word = c.timeWords.longestMatch(in: c.s, startingAt: i, limit: upper) {
            if let time = c.timesOfDay.longestMatch(in: c.s, startingAt: i + word, limit: upper) { return i + word + time }
            // A word of time with its date in brackets after it (上週四(2日)).
            if let bracket = c.bracketedDateEnd(startingAt: i + word, upper) { return bracket }
        }
        if let bracket = c.bracketedDateEnd(startingAt: i, upper) { return bracket }
        if let day = c.bracketedDayEnd(startingAt: i, upper) {
            return day + (c.timesOfDay.longestMatch(in: c.s, startingAt: day, limit: upper) ?? 0)
        }
        while i < upper {
            var j = i
            while j < upper, c.numerals.contains(c.s[j]) { j += 1 }
            guard j > i, let unit = c.dateUnits.longestMatch(in: c.s, startingAt: j, limit: upper) else { break }
            i = j + unit
            end = i
        }
        guard let found = end else { return nil }
        return found + (c.timesOfDay.longestMatch(in: c.s, startingAt: found, limit: upper) ?? 0)
    }
}
