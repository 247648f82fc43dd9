/// Straight marks (`"` `'` ＂ ＇): whether one opens or closes is read from its neighbours, and an
/// apostrophe (don't, 'tis, students') never opens a quote.
extension QuoteScanner.State {
    static let elisions: [[UInt32]] = ["tis", "twas", "twere", "twill", "em", "n", "cause", "til", "till", "bout", "round", "ere", "neath", "nother", "s"].map { $0.unicodeScalars.map(\.value) }

    func isElision(at i: Int) -> Bool {
        // 'tis, 'em, 'n', '90s: a leading apostrophe.
        let range = 0..<s.count
        guard let first = value(i + 1, in: range) else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        outer: for word in Self.elisions {
            for (k, c) in word.enumerated() {
                guard let x = value(i + 1 + k, in: range), x | 0x20 == c else { continue outer }
            }
            let after = value(i + 1 + word.count, in: range)
            if after == nil || !CharacterClass.isAlphanumeric(after!) { return true }
        }
        return false
    }

    mutating func straight(_ v: UInt32, at i: Int, prev: UInt32?, next: UInt32?) {
        // ＇ closes the quote a full-width grave accent opened (要｀敢想＇), whatever its neighbours.
        if let top = stack.last, !top.straight, top.closers.contains(v) {
            close(stackIndex: stack.count - 1, at: i)
            return
        }
        let single = QuoteMarks.isStraightSingle(v)
        // Only a single mark can be an apostrophe: the letters around a double one are not looked up.
        if single, prev.map(CharacterClass.isAlphanumeric) == true, next.map(CharacterClass.isAlphanumeric) == true { return } // don't, rock'n'roll
        let prevSpace = prev.map(CharacterClass.isSpace) ?? true
        let nextSpace = next.map(CharacterClass.isSpace) ?? true
        let opensLikely = !nextSpace && (prev.map(CharacterClass.isOpeningContext) ?? true || prev.map(CharacterClass.isCJK) == true
                                         || prev.map(CharacterClass.isQuotationMark) == true)
        let closesLikely = !prevSpace && (nextSpace || next.map { CharacterClass.isCJK($0) || CharacterClass.isPunctuation($0) } == true)
        // The innermost open straight quote of the same kind.
        var found: Int? = nil
        var j = stack.count - 1
        while j >= max(0, stack.count - 64) {
            if stack[j].mark == v { found = j; break }
            j -= 1
        }
        if let j = found {
            if closesLikely || !opensLikely {
                close(stackIndex: j, at: i)
                return
            }
            if j == stack.count - 1, prevSpace, !single, let mark = previousNonSpace(before: i, after: stack[j].index),
               CharacterClass.isSentenceFinal(mark) {
                // `"One. "Two."`: a multi-paragraph quote whose paragraph breaks were lost; each
                // paragraph reopens with the mark and only the last one closes.
                stack[j].reopenings.append(i)
                return
            }
            if j == stack.count - 1, prevSpace, !single {
                // `"a "b`: the earlier quote was never closed.
                closeAll(above: j - 1, at: i, reason: "quote.unclosed", message: "quotation mark not closed before the next one opens")
            } else if single {
                close(stackIndex: j, at: i)
                return
            }
        }
        if opensLikely {
            if single, isElision(at: i) { return }
            push(QuoteScanner.Open(index: i, mark: v, closers: QuoteMarks.closedOnly(by: v), straight: true, candidate: single))
            return
        }
        if single || !scanner.collectsDiagnostics { return } // a trailing apostrophe (the students' books)
        // A double mark that neither opens nor closes: after text, or standing alone between spaces.
        let alone = prevSpace && nextSpace && !closesLikely
        diagnostics.append(RawDiagnostic(start: i, end: i + 1, rule: "quote.stray-close", severity: .error,
                                         message: messages(s[i], alone ? "quotation mark between spaces opens and closes nothing"
                                             : "closing quotation mark without an opening mark")))
    }
}
