/// Names a Chinese speaker phrase spells in other ways than a surname and a given name: in Latin letters (Makiyo, Mary
/// Lane), in transliteration characters with or without a middle dot (乔治·布什, 拉姆斯菲尔德), and names no list reads
/// after a role (導演哥普拉).
extension AttributionContext {
    /// Where a name in Latin letters ending at `e` starts (Makiyo, S.H.E, Mary Lane): letters, with dots, hyphens,
    /// apostrophes and single spaces inside, two letters at least, opening at `a` or after an ideograph, not in
    /// brackets, and ending where its word does; `nil` otherwise.
    func latinNameStart(endingAt e: Int, from a: Int) -> Int? {
        guard let start = latinRunStart(endingAt: e, from: a) else { return nil }
        // Not a cut through a longer word (Blue of Blue-sky董事长, a body's name).
        if e < s.count, isLetter(e) || Self.joinsNameLetters(s[e].value) && e + 1 < s.count && isLetter(e + 1) {
            return nil
        }
        // Not a gloss in brackets after a Chinese name (康纳格拉公司（ConAgra Inc.）): the Chinese name is the one.
        let before = skipSpaceBack(start, 0)
        if before > 0, CharacterClass.isOpeningParenthesis(s[before - 1].value) { return nil }
        return start
    }

    /// Where a run of Latin letters ending at `e` starts, as ``latinNameStart(endingAt:from:)`` reads one, wherever it
    /// stands.
    func latinRunStart(endingAt e: Int, from a: Int) -> Int? {
        guard e > a, isNameLetter(e - 1) else { return nil }
        var start = e
        var letters = 0
        while start > a {
            let v = s[start - 1].value
            if isNameLetter(start - 1) {
                letters += 1
            } else if isLetter(start - 1) {
                // a digit inside (S.H.E 2, B2B)
            } else if Self.joinsNameLetters(v) || v == 0x20, start - 1 > a, isLetter(start - 2) {
                // inside the name only
            } else {
                break
            }
            start -= 1
        }
        // After an ideograph, or a space after one (首席财务官 Ada Lane表示: mainland news spaces Latin words so).
        guard letters >= 2, isNameLetter(start),
              start == a || isCJK(start - 1) || isSpace(start - 1) && !CharacterClass.isLineBreak(s[start - 1].value) && (start - 1 == a || isCJK(start - 2)) else { return nil }
        return start
    }

    /// Whether `v` may stand between the letters of one Latin name or word: a dot, a hyphen or an apostrophe (S.H.E,
    /// Blue-sky, O'Neil).
    static func joinsNameLetters(_ v: UInt32) -> Bool { v == 0x2E || v == 0x2D || v == 0x27 }

    /// Whether the scalar at `i` is a letter of an alphabetic script (not a digit, not CJK).
    func isNameLetter(_ i: Int) -> Bool {
        isLetter(i) && !CharacterClass.isDigit(s[i].value)
    }

    /// A character of a transliterated foreign name (or the dot between its parts).
    func isTransliterated(_ i: Int) -> Bool {
        CharacterClass.isMiddleDot(s[i].value) || transliteration.contains(s[i])
    }

    /// Where a name no list reads starts when it ends at `e` after a role (導演哥普拉, 記者羅拔杜華, 导演屋岚), and the role:
    /// two to five ideographs that the word breaker leaves one to a word, as it leaves the syllables of a transliteration
    /// and the characters of an unfamiliar name, never a word of its dictionary (导演拍摄, 球员表现); `nil` otherwise, and
    /// without a word breaker.
    func unlistedNameStart(endingAt e: Int, from a: Int) -> (start: Int, title: String)? {
        guard breaksWords, e - a >= 4, isCJK(e - 1), !notInNames.contains(s[e - 1]), nameMayEnd(at: e),
              // not before a number: a verb and its measure (王立新担一担水), not a date (张明31日说), follows such a run
              numerals.longestMatch(in: s, startingAt: e) == nil else { return nil }
        // A title or person noun must end where the name may start (the cheap test first), and not after a surname: a
        // surname and a title are a name already (吴书记劈头就问, 王先生喜滋滋地说).
        let roleEnds = (max(a + 2, e - 5)...(e - 2)).filter { end in
            guard let role = titles.longestMatch(in: s, endingAt: end, limit: a) ?? personNouns.longestMatch(in: s, endingAt: end, limit: a) else {
                return false
            }
            return end - role == a || !surnames.contains(s[end - role - 1])
        }
        guard let earliest = roleEnds.first else { return nil }
        segment(max(0, a - 2)..<min(s.count, e + 4))
        guard isWordBoundary(e) else { return nil }
        var start = e
        while start > earliest, isCJK(start - 1), !notInNames.contains(s[start - 1]), isWordBoundary(start - 1) { start -= 1 }
        for candidate in roleEnds where candidate >= start && e - candidate >= 2 {
            if let prefix = prefixAcceptable(a, candidate), let title = prefix.title { return (candidate, title) }
            // A role with words that qualify it (大学学生, 福音派教徒), with no function character among them.
            if !containsFunctionCharacter(a, candidate) { return (candidate, string(a..<candidate)) }
        }
        return nil
    }

    /// Where a name no list reads starts when a title follows it at `e` (德吉央宗委员): two to four
    /// ideographs that the word breaker leaves one to a word, as it leaves the syllables of a name in the readings of
    /// another people, with a word ending before them and what stands before them one that may precede a name; `nil`
    /// otherwise, and without a word breaker. A word of its dictionary (青山委员会, 大会主席) is no such run.
    func unlistedNameStart(beforeTitleAt e: Int, from a: Int) -> Int? {
        guard breaksWords, e - a >= 2, e < s.count, isCJK(e - 1), !notInNames.contains(s[e - 1]) else { return nil }
        segment(max(0, a - 2)..<min(s.count, e + 4))
        guard isWordBoundary(e), isWordBoundary(e - 1) else { return nil }
        var start = e - 1
        while start > max(a, e - 4), isCJK(start - 1), !notInNames.contains(s[start - 1]), isWordBoundary(start - 1) { start -= 1 }
        // The longest run whose prefix is acceptable, of two characters at least: one alone is a surname's place. It
        // opens with no word of a frame, a connective or a modifier (當|主|刀|醫生告訴他…: when the doctor told him), and
        // where it opens the phrase, something bounds it before: the clause's start, or a word of time or a connective
        // the phrase was stripped of (not 又谈|起张明同志, the end of a verb).
        let bounded = a == 0 || !isCJK(a - 1) || timeWords.longestMatch(in: s, endingAt: a, limit: max(0, a - 6)) != nil
            || connectives.longestMatch(in: s, endingAt: a, limit: max(0, a - 4)) != nil
        while e - start >= 2 {
            if start > a || bounded, prefixAcceptable(a, start) != nil, !notNames.contains(s, start..<e), !opensClauseWord(at: start, limit: e) {
                return start
            }
            start += 1
        }
        return nil
    }

    /// Whether a frame's opener, a connective or a modifier starts at `i` before `limit` (當, 并, 一再): words that open a
    /// clause's predicate or frame, never a name.
    private func opensClauseWord(at i: Int, limit: Int) -> Bool {
        frameOpeners.longestMatch(in: s, startingAt: i, limit: limit) != nil || connectives.longestMatch(in: s, startingAt: i, limit: limit) != nil
            || modifiers.longestMatch(in: s, startingAt: i, limit: limit) != nil
    }

    /// Whether the run of transliteration characters ending at `e` holds a middle dot with a character after it.
    func hasMiddleDot(inRunEndingAt e: Int, from a: Int) -> Bool {
        var i = e
        while i > a, isTransliterated(i - 1) {
            if i < e, !isCJK(i - 1) { return true }
            i -= 1
        }
        return false
    }

    /// The start of a run of transliteration characters (and middle dots) ending at `e`: at least three, or two after a title.
    /// With `shortRole`, a role of two characters may stand before it as before a Chinese name (移民卡米拉说).
    func foreignNameStart(endingAt e: Int, from a: Int, shortRole: Bool = false) -> Int? {
        // A name ends with a character of its own, never its middle dot (艾琳娜· of 艾琳娜·卡特 cut short).
        guard !transliteration.isEmpty, e > a, !CharacterClass.isMiddleDot(s[e - 1].value) else { return nil }
        var i = e
        // The last part of a name with a middle dot may hold a character the list lacks (安娜·卡拉齐, 维克多·所拉斯): the
        // dot, after a transliterated run, already marks the whole as one foreign name.
        if e - a >= 4, let dot = (max(a + 2, e - 8)..<(e - 1)).last(where: { CharacterClass.isMiddleDot(s[$0].value) }),
           (dot + 1..<e).allSatisfy({ isCJK($0) }), (dot + 1..<e).filter({ !isTransliterated($0) }).count == 1, isTransliterated(e - 1),
           isTransliterated(dot - 1), isTransliterated(dot - 2), isCJK(dot - 1) {
            i = dot
        } else if i - 2 > a, isCJK(i - 1), !isTransliterated(i - 1), !notInNames.contains(s[i - 1]), isTransliterated(i - 2),
           hasMiddleDot(inRunEndingAt: i - 1, from: a) {
            i -= 1
        }
        // A part before a middle dot may also hold one character the list lacks (安德烈·, 彼得·), after a character of
        // the run: the dot already marks a foreign name. Right before the dot it may even be one names avoid (得).
        var passedDot = i < e && CharacterClass.isMiddleDot(s[i].value), lacking = false
        while i > a {
            if isTransliterated(i - 1) {
                if CharacterClass.isMiddleDot(s[i - 1].value) { passedDot = true; lacking = false }
                i -= 1
            } else if passedDot, !lacking, i - 2 >= a, isCJK(i - 1), isTransliterated(i - 2),
                      !notInNames.contains(s[i - 1]) || CharacterClass.isMiddleDot(s[i].value),
                      !CharacterClass.isMiddleDot(s[i - 2].value) {
                lacking = true
                i -= 1
            } else {
                break
            }
        }
        // Prefer the longest run whose prefix is acceptable.
        var start = i
        while e - start >= 2 {
            // Two characters are enough after a title or a person noun (导演卡森, 乐手卡森).
            let enough = e - start >= 3 || start > a && (titles.longestMatch(in: s, endingAt: start, limit: a) != nil
                || (personNouns.longestMatch(in: s, endingAt: start, limit: a) ?? 0) >= 2)
            if enough, !CharacterClass.isMiddleDot(s[start].value), !isRepeatedSound(start, e),
               prefixAcceptable(a, start, shortRole: shortRole) != nil { return start }
            start += 1
        }
        return nil
    }
}
