/// Works and media as the subjects of Chinese clauses: a newspaper in title marks that speaks as a person does
/// (《周末杂志》), a work that opens a clause (《…》, 书中), and the quick tests that let the parses skip regions with none.
extension AttributionContext {
    /// A newspaper, magazine or broadcaster in title marks (《阿尔卡迪亚时报》, 《周末杂志》): an organisation named by its
    /// title, which speaks as a person does; `nil` for any other work.
    func mediaTitle(_ open: Int, _ close: Int) -> SpeakerPhrase? {
        guard close - open >= 3, mediaEndings.longestMatch(in: s, endingAt: close, limit: open + 1) != nil else { return nil }
        return SpeakerPhrase(form: .organisation, range: open..<close + 1, mention: string(open..<close + 1), name: string(open + 1..<close))
    }

    /// Whether the clause at `a0` may open with a work (《…》, 书中): what ``parseChineseLeading(_:_:)`` reads as one.
    /// `false` is certain; the parse decides `true`.
    func mayOpenWithWork(_ a0: Int, _ b: Int) -> Bool {
        let a = stripLeading(a0, b)
        return a < b && opensWork(at: a, limit: b)
    }

    /// Whether a title mark or a word of `workAnaphors` (书中) starts at `i`.
    func opensWork(at i: Int, limit: Int) -> Bool {
        s[i].value == 0x300A || workAnaphors.longestMatch(in: s, startingAt: i, limit: limit) != nil
    }

    /// Whether ``parseChineseStrict(_:_:)`` may find a work as subject in the region: it must open with a
    /// 《title》 closed inside it or end with a work noun. `false` is certain; the parse decides `true`.
    func mayBeChineseWork(_ a0: Int, _ b0: Int) -> Bool {
        var b = b0
        while b > a0, isSpace(b - 1) { b -= 1 }
        let a = stripLeading(a0, b)
        guard a < b else { return false }
        if s[a].value == 0x300A, let close = titleClose[a], close < b { return true }
        if describedWorkStart(a, b) != nil { return true }
        return b - a <= 12 && workNouns.longestMatch(in: s, endingAt: b, limit: a) != nil
    }

    /// Where the title starts in a described work that ends the region (５年前通过的《…》, 新修订的《…》第三条): after a
    /// description ending in an attributive particle; the title and its suffix end the region.
    func describedWorkStart(_ a: Int, _ b: Int) -> Int? {
        guard let k = (a + 1..<b).last(where: { s[$0].value == 0x300A }), let close = titleClose[k], close < b,
              attributiveParticles.longestMatch(in: s, endingAt: k, limit: a) != nil else { return nil }
        let rest = close + 1
        return rest == b || workSuffixes.longestMatch(in: s, startingAt: rest, limit: b) == b - rest ? k : nil
    }
}
