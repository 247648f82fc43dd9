/// Organisations in Chinese speaker phrases: where an organisation's name ends (东方|公司, 第九|中学), the bodies that
/// speak together (省委、省政府), a title after an organisation's whole name (东海市渔业协会2015年度评审委员会副主任周明), and
/// documents that speak as bodies do (声明说, 该报告指出).
extension AttributionContext {
    /// Whether an organisation's suffix of two characters or more (大学, 公司; not 所 of 所做的) starts at `e`, where a
    /// name ends, or after the rest of a place written by sound (马来|西亚政府), and no title as long (部长).
    func namesOrganisation(_ e: Int, _ limit: Int) -> Bool {
        // The name may be the first sounds of a place written by sound (马来|西亚政府): the run goes on to the suffix.
        var end = e
        while end < min(limit, e + 3), isCJK(end), isTransliterated(end), organisations.longestMatch(in: s, startingAt: end, limit: limit) == nil {
            end += 1
        }
        guard let suffix = organisations.longestMatch(in: s, startingAt: end, limit: limit), suffix >= 2 else { return false }
        return (titles.longestMatch(in: s, startingAt: end, limit: limit) ?? 0) < suffix
    }

    /// The title that ends a long prefix naming the person's organisation in full, perhaps after words describing them
    /// (东海市渔业协会2015年度评审委员会副主任周明, 负责这次普查的东海市统计局人口调查处处长李秋芳): the chain of bodies and title is one noun
    /// phrase, however long. Nil for any other long prefix.
    func titleAfterOrganisation(_ a: Int, _ start: Int) -> (title: String?, Void)? {
        guard start - a <= 24, let t = titles.longestMatch(in: s, endingAt: start, limit: a) else { return nil }
        let body = start - t
        let opening = (a..<body).last(where: { attributiveParticles.contains(s[$0]) }).map { $0 + 1 } ?? a
        guard body - opening >= 2, endsOrganisationName(at: body, from: opening),
              opening == a || !describesOneSpokenTo(from: a, name: start) else { return nil }
        return (string(body..<start), ())
    }

    /// Whether an organisation's name runs from `a` to `e`: one of its endings (公司, 中学; of `minimumEnding` scalars or
    /// more), after characters that may name it (``mayNameOrganisation(_:_:)``).
    func endsOrganisationName(at e: Int, from a: Int, minimumEnding: Int = 1) -> Bool {
        guard let suffix = organisations.longestMatch(in: s, endingAt: e, limit: a), suffix >= minimumEnding else { return false }
        // A paper's name before a media ending of two or more may hold a word of days (每日郵報, 星期日泰晤士報), which
        // names of other bodies do not.
        if suffix >= 2, e - suffix - a >= 2, e - suffix - a <= 6, mediaEndings.longestMatch(in: s, endingAt: e, limit: e - suffix) != nil,
           (a..<e - suffix).allSatisfy({ isCJK($0) }),
           (a + 1..<e - suffix).allSatisfy({ !notInNames.contains(s[$0]) || dateUnits.contains(s[$0]) }) {
            return true
        }
        return mayNameOrganisation(a, e - suffix)
    }

    /// Whether the characters from `a` to `b` may name an organisation before its ending (东方|公司, 中国科学|院,
    /// 第九|中学): no function character after the first (中 of 中联办 opens many short names), save the number of a
    /// numbered one (第九中学, 621所).
    /// An organisation's own name of two characters or more may stand inside (中共中央|委员会, 国务院|新闻办).
    func mayNameOrganisation(_ a: Int, _ b: Int) -> Bool {
        var i = a + max(1, organisationWord(at: a, limit: b))
        while i < b {
            if let n = ordinalPrefixes.longestMatch(in: s, startingAt: i, limit: b) ?? numerals.longestMatch(in: s, startingAt: i, limit: b) {
                i += n
                continue
            }
            if case let n = organisationWord(at: i, limit: b), n > 0 {
                i += n
                continue
            }
            // A country or city written by sound may hold a character names avoid (委内瑞拉政府, 孟加拉外交部): inside a
            // run of transliterated characters, in a name of three characters or more, it is a sound, not a word.
            if containsFunctionCharacter(i, i + 1), b - a < 3 || !inTransliteratedRun(i, from: a, to: b) { return false }
            i += 1
        }
        return true
    }

    /// Whether `i` lies inside a run of two or more transliterated characters between `a` and `b`.
    private func inTransliteratedRun(_ i: Int, from a: Int, to b: Int) -> Bool {
        guard isTransliterated(i) else { return false }
        var start = i, end = i + 1
        while start > a, isTransliterated(start - 1) { start -= 1 }
        while end < b, isTransliterated(end) { end += 1 }
        return end - start >= 2
    }

    /// An organisation with those named before it in a series joined by enumeration commas (青山市委、市政府, 外交部、商务部):
    /// they speak together, and the series is the speaker as the text names it. `phrase` unchanged when none precedes it.
    func joiningOrganisations(before phrase: SpeakerPhrase, limit: Int) -> SpeakerPhrase {
        guard phrase.form == .organisation else { return phrase }
        var start = phrase.range.lowerBound
        while start - 1 > limit, CharacterClass.isEnumerationComma(s[start - 1].value) {
            let end = start - 1
            var clause = end
            while clause > max(limit, end - 12), !isClauseBoundary(s[clause - 1].value) { clause -= 1 }
            // The longest organisation that ends at the comma, whatever opens its clause (难得的是青山市委、市政府…),
            // without the copula before it.
            guard clause < end - 1, let first = (clause..<end - 1).first(where: { candidate in
                guard !copulas.contains(s[candidate]), let before = parseChineseStrict(candidate, end) else { return false }
                return before.form == .organisation && before.range.lowerBound == candidate
            }) else { break }
            start = first
        }
        guard start < phrase.range.lowerBound else { return phrase }
        let text = string(start..<phrase.range.upperBound)
        return SpeakerPhrase(form: .organisation, range: start..<phrase.range.upperBound, mention: text, name: text)
    }

    /// The length of a word of `organisations` of two characters or more at `i` (中共中央, 国务院), or 0.
    func organisationWord(at i: Int, limit: Int) -> Int {
        guard let n = organisations.longestMatch(in: s, startingAt: i, limit: limit), n >= 2 else { return 0 }
        return n
    }

    /// A document that speaks as the subject (`documentVoices`: 声明说, 该报告指出, 这篇文章认为): the region is the noun
    /// `noun` scalars long at its end, alone or after one of `documentDeterminers`. It stands as a body named by the
    /// noun, so that rules taking an organisation read it and the clauses after it continue it; the engine looks for
    /// the one who issued it (``AttributionEngine/issuerOfDocument(_:quote:)``).
    func speakingDocument(_ a: Int, _ b: Int, noun: Int) -> SpeakerPhrase? {
        let start = b - noun
        guard documentVoices.longestMatch(in: s, endingAt: b, limit: start) == noun,
              start == a || documentDeterminers.longestMatch(in: s, startingAt: a, limit: start) == start - a else { return nil }
        return SpeakerPhrase(form: .organisation, range: a..<b, mention: string(a..<b), name: string(start..<b), gender: .neuter)
    }
}
