/// Extracts the text of a Markdown document, line by line, in one linear pass.
///
/// Every source line gives one line of extracted text, so line numbers agree
/// between the two. Per line:
/// - fenced (```` ``` ````, `~~~`) and indented code blocks become empty lines:
///   code is never scanned for quotes;
/// - heading, list and blockquote markers, thematic breaks and setext
///   underlines are dropped;
/// - a blockquote (`>`) whose text does not already open with a quotation
///   mark is quoted “…”, each of its paragraphs reopening with “;
/// - inline: backslash escapes are decoded, a code span becomes one U+FFFC
///   (OBJECT REPLACEMENT CHARACTER) standing for it, `[text](url)` and
///   `![alt](url)` keep only their text, and `*`/`_` emphasis delimiters are
///   removed. Single emphasis (`*Emma*`, `_Emma_`) is recorded as a
///   ``MarkupSpan`` (work-title evidence); strong emphasis is not. Emphasis
///   is matched within one line.
enum MarkdownReader {
    /// Reads a Markdown document.
    ///
    /// - Parameter markdown: The Markdown source.
    /// - Returns: The text, its map and its emphasis spans.
    /// - Complexity: O(*n*).
    static func read(_ markdown: String) -> ExtractedText {
        Reader.read(markdown)
    }

    enum Token {
        case char(Unicode.Scalar, SourceMap.Piece, Range<Int>)
        case delimiter(Delimiter)
        case skip
    }

    struct Delimiter {
        var mark: Unicode.Scalar
        var start: Int
        var count: Int
        var canOpen: Bool
        var canClose: Bool
        var usedAsCloser = 0
        var usedAsOpener = 0
        /// Matches this run closes / opens (indices into the match list).
        var closes: [Int] = []
        var opens: [Int] = []
    }

    struct Reader: MarkupTextReader {
        let s: [Unicode.Scalar]
        var out: SourceMap.Builder
        var markup: [MarkupSpan] = []
        /// Source offsets of line feeds not yet written.
        var pendingBreaks: [Int] = []
        var fence: (mark: Unicode.Scalar, count: Int)? = nil
        var inBlockquote = false
        var quote = HTMLReader.Blockquote()
        var quoteParagraphOpen = false
        var paragraphStart = false
        var previousBlank = true
        var previousCode = false

        init(source: [Unicode.Scalar]) {
            s = source
            out = SourceMap.Builder(source: source)
        }

        mutating func run() {
            var lineStart = 0
            let n = s.count
            while lineStart <= n {
                var lineEnd = lineStart
                while lineEnd < n, s[lineEnd].value != 0x0A { lineEnd += 1 }
                var contentEnd = lineEnd
                if contentEnd > lineStart, s[contentEnd - 1].value == 0x0D { contentEnd -= 1 }
                line(lineStart, contentEnd)
                if lineEnd < n { pendingBreaks.append(lineEnd) }
                lineStart = lineEnd + 1
            }
            closeBlockquote()
            flushBreaks()
        }

        mutating func flushBreaks() {
            for b in pendingBreaks { out.copy(s[b], at: b) }
            pendingBreaks.removeAll(keepingCapacity: true)
        }

        mutating func closeBlockquote() {
            if inBlockquote, quote.opened {
                let at = pendingBreaks.first ?? s.count
                out.insert("\u{201D}", for: at..<at)
            }
            inBlockquote = false
            quoteParagraphOpen = false
        }

        func isBlank(_ a: Int, _ b: Int) -> Bool {
            var i = a
            while i < b { if s[i].value != 0x20 && s[i].value != 0x09 { return false }; i += 1 }
            return true
        }

        mutating func line(_ start: Int, _ end: Int) {
            if let open = fence {
                if closesFence(open, start, end) {
                    fence = nil
                    // No paragraph is open after a fence: an indented line that follows is code.
                    previousBlank = true
                }
                return
            }
            var i = start
            var indent = 0
            while i < end, s[i] == " ", indent < 3 { i += 1; indent += 1 }
            // Blockquote markers.
            var quoted = false
            while i < end, s[i] == ">" {
                quoted = true
                i += 1
                if i < end, s[i] == " " { i += 1 }
                var extra = 0
                while i < end, s[i] == " ", extra < 3 { i += 1; extra += 1 }
            }
            if quoted != inBlockquote {
                if inBlockquote { closeBlockquote() } else {
                    inBlockquote = true
                    quote = HTMLReader.Blockquote()
                    quoteParagraphOpen = false
                }
            }
            if isBlank(i, end) {
                previousBlank = true
                previousCode = false
                quoteParagraphOpen = false
                return
            }
            // Indented code: four spaces (or a tab) after a blank line, or continuing a code block.
            if !quoted, (previousBlank || previousCode), i < end, s[i] == " " || s[i] == "\t", indent == 3 || s[i] == "\t" {
                previousCode = true
                previousBlank = false
                return
            }
            let wasBlank = previousBlank
            previousBlank = false
            previousCode = false
            if let open = opensFence(i, end) {
                fence = open
                return
            }
            if isThematicBreak(i, end) || isSetextUnderline(i, end) { return }
            // ATX heading.
            var contentEnd = end
            var hashes = 0
            while i + hashes < end, s[i + hashes] == "#", hashes < 7 { hashes += 1 }
            if hashes >= 1, hashes <= 6, i + hashes == end || s[i + hashes] == " " || s[i + hashes] == "\t" {
                i += hashes
                while i < end, s[i] == " " || s[i] == "\t" { i += 1 }
                var k = contentEnd
                while k > i, s[k - 1] == " " { k -= 1 }
                var h = k
                while h > i, s[h - 1] == "#" { h -= 1 }
                if h < k, h == i || s[h - 1] == " " { k = h }
                while k > i, s[k - 1] == " " { k -= 1 }
                contentEnd = k
            } else {
                // List item marker.
                if i + 1 < end, s[i] == "-" || s[i] == "*" || s[i] == "+", s[i + 1] == " " {
                    i += 2
                } else {
                    var d = i
                    while d < end, d - i < 9, s[d].value >= 0x30, s[d].value <= 0x39 { d += 1 }
                    if d > i, d + 1 < end, s[d] == "." || s[d] == ")", s[d + 1] == " " { i = d + 2 }
                }
                // Task list box.
                if i + 3 < end, s[i] == "[", s[i + 1] == " " || s[i + 1] == "x" || s[i + 1] == "X", s[i + 2] == "]", s[i + 3] == " " {
                    i += 4
                }
            }
            if quoted, !quoteParagraphOpen || wasBlank {
                paragraphStart = true
                quoteParagraphOpen = true
            }
            inline(i, contentEnd)
        }

        /// Writes one content scalar, after pending line feeds and a blockquote's opening mark.
        mutating func emit(_ c: Unicode.Scalar, _ piece: SourceMap.Piece, _ span: Range<Int>) {
            flushBreaks()
            if paragraphStart {
                paragraphStart = false
                if !quote.decided {
                    quote.decided = true
                    quote.wrap = !isOpeningQuoteMark(c.value)
                }
                if quote.wrap {
                    out.insert("\u{201C}", for: span.lowerBound..<span.lowerBound)
                    quote.opened = true
                }
            }
            switch piece {
            case .copied: out.copy(c, at: span.lowerBound)
            case .decoded: out.decoded(c, from: span)
            case .inserted: out.insert(String(Character(c)), for: span)
            }
        }

        // MARK: Blocks

        func opensFence(_ i: Int, _ end: Int) -> (mark: Unicode.Scalar, count: Int)? {
            guard i < end, s[i] == "`" || s[i] == "~" else { return nil }
            var k = i
            while k < end, s[k] == s[i] { k += 1 }
            guard k - i >= 3 else { return nil }
            if s[i] == "`" { var j = k; while j < end { if s[j] == "`" { return nil }; j += 1 } }
            return (s[i], k - i)
        }

        func closesFence(_ open: (mark: Unicode.Scalar, count: Int), _ start: Int, _ end: Int) -> Bool {
            var i = start
            while i < end, s[i] == " " || s[i] == ">", i - start < 8 { i += 1 }
            var k = i
            while k < end, s[k] == open.mark { k += 1 }
            return k - i >= open.count && isBlank(k, end)
        }

        func isThematicBreak(_ i: Int, _ end: Int) -> Bool {
            guard i < end, s[i] == "*" || s[i] == "-" || s[i] == "_" else { return false }
            var count = 0
            var k = i
            while k < end {
                if s[k] == s[i] { count += 1 } else if s[k] != " " && s[k] != "\t" { return false }
                k += 1
            }
            return count >= 3
        }

        func isSetextUnderline(_ i: Int, _ end: Int) -> Bool {
            guard i < end, s[i] == "=" else { return false }
            var k = i
            while k < end, s[k] == "=" { k += 1 }
            return isBlank(k, end)
        }

        // MARK: Inlines

        mutating func inline(_ a: Int, _ b: Int) {
            // Matching brackets and parentheses for links, in one pass.
            var closeOf: [Int: Int] = [:]
            var brackets: [Int] = []
            var parens: [Int] = []
            var k = a
            while k < b {
                switch s[k] {
                case "\\": k += 1
                case "[": brackets.append(k)
                case "]": if let o = brackets.popLast() { closeOf[o] = k }
                case "(": parens.append(k)
                case ")": if let o = parens.popLast() { closeOf[o] = k }
                default: break
                }
                k += 1
            }
            // Backtick runs by length, for finding a code span's closing run without rescanning the line.
            var runsByLength: [Int: [Int]] = [:]
            var nextRun: [Int: Int] = [:]
            k = a
            while k < b {
                guard s[k] == "`" else { k += 1; continue }
                var r = k
                while r < b, s[r] == "`" { r += 1 }
                runsByLength[r - k, default: []].append(k)
                k = r
            }
            var tokens: [Token] = []
            tokens.reserveCapacity(b - a)
            var jumps: [Int: Int] = [:] // `]` of a link → just past its `)`
            var i = a
            while i < b {
                let c = s[i]
                if jumps[i] != nil {
                    let to = jumps.removeValue(forKey: i)!
                    i = to
                    continue
                }
                if c == "\\", i + 1 < b, isASCIIPunctuation(s[i + 1].value) {
                    tokens.append(.char(s[i + 1], .decoded, i..<(i + 2)))
                    i += 2
                    continue
                }
                if c == "`" {
                    var run = i
                    while run < b, s[run] == "`" { run += 1 }
                    let length = run - i
                    // The first run of the same length after this one. Openers only move right, so each
                    // length's cursor only moves forward: linear in the line, however many runs it has.
                    var close: Int? = nil
                    if let starts = runsByLength[length] {
                        var c = nextRun[length] ?? 0
                        while c < starts.count, starts[c] < run { c += 1 }
                        nextRun[length] = c
                        if c < starts.count { close = starts[c] }
                    }
                    if let close {
                        tokens.append(.char("\u{FFFC}", .inserted, i..<(close + length)))
                        i = close + length
                    } else {
                        for p in i..<run { tokens.append(.char(s[p], .copied, p..<(p + 1))) }
                        i = run
                    }
                    continue
                }
                if c == "[" || (c == "!" && i + 1 < b && s[i + 1] == "[") {
                    let open = c == "!" ? i + 1 : i
                    if s[open] == "[", let close = closeOf[open], close + 1 < b, s[close + 1] == "(", let paren = closeOf[close + 1] {
                        jumps[close] = paren + 1
                        tokens.append(.skip)
                        i = open + 1
                        continue
                    }
                }
                if c == "*" || c == "_" {
                    var run = i
                    while run < b, s[run] == c { run += 1 }
                    let before = i > a ? s[i - 1].value : 0x20
                    let after = run < b ? s[run].value : 0x20
                    let beforeSpace = isWhitespace(before)
                    let afterSpace = isWhitespace(after)
                    let beforePunct = isPunctuation(before)
                    let afterPunct = isPunctuation(after)
                    let left = !afterSpace && (!afterPunct || beforeSpace || beforePunct)
                    let right = !beforeSpace && (!beforePunct || afterSpace || afterPunct)
                    let canOpen = c == "*" ? left : left && (!right || beforePunct)
                    let canClose = c == "*" ? right : right && (!left || afterPunct)
                    tokens.append(.delimiter(Delimiter(mark: c, start: i, count: run - i, canOpen: canOpen, canClose: canClose)))
                    i = run
                    continue
                }
                tokens.append(.char(c, .copied, i..<(i + 1)))
                i += 1
            }
            let matches = matchEmphasis(&tokens)
            var starts = [Int](repeating: 0, count: matches.count)
            for token in tokens {
                switch token {
                case .skip:
                    break
                case .char(let c, let piece, let span):
                    emit(c, piece, span)
                case .delimiter(let d):
                    for m in d.closes {
                        if matches[m] == 1, out.count > starts[m] {
                            markup.append(MarkupSpan(kind: .emphasis, range: starts[m]..<out.count, mark: String(Character(d.mark))))
                        }
                    }
                    let from = d.start + d.usedAsCloser
                    let to = d.start + d.count - d.usedAsOpener
                    if from < to { for p in from..<to { emit(s[p], .copied, p..<(p + 1)) } }
                    for m in d.opens { starts[m] = out.count }
                }
            }
        }

        /// Pairs emphasis delimiters (CommonMark's rules, simplified); returns each match's width (1 emphasis, 2 strong).
        ///
        /// Linear, as CommonMark's own algorithm: each mark has its own opener stack, so a `_` closer never walks
        /// past `*` openers, and a closer that finds no opener records how far down it looked (per mark, rule-of-three
        /// class and whether it can open), so the next closer of its kind does not look there again.
        func matchEmphasis(_ tokens: inout [Token]) -> [Int] {
            var matches: [Int] = []
            var stacks: [[Int]] = [[], []] // token indices of openers of `*` and `_`
            // bottoms[mark][closer.count % 3 + (canOpen ? 3 : 0)]: openers below this were already tried in vain.
            var bottoms = [[Int]](repeating: [Int](repeating: 0, count: 6), count: 2)
            func truncate(_ m: Int, to size: Int) {
                stacks[m].removeSubrange(size...)
                for k in 0..<6 where bottoms[m][k] > size { bottoms[m][k] = size }
            }
            for t in tokens.indices {
                guard case .delimiter(var closer) = tokens[t] else { continue }
                let m = closer.mark == "*" ? 0 : 1
                if closer.canClose {
                    let key = closer.count % 3 + (closer.canOpen ? 3 : 0)
                    var o = stacks[m].count - 1
                    while o >= bottoms[m][key], closer.count - closer.usedAsCloser > 0 {
                        guard case .delimiter(var opener) = tokens[stacks[m][o]] else { o -= 1; continue }
                        let openLeft = opener.count - opener.usedAsOpener
                        let closeLeft = closer.count - closer.usedAsCloser
                        // The rule of three: a run that can both open and close pairs only if the lengths allow it.
                        if (opener.canClose || closer.canOpen), (opener.count + closer.count) % 3 == 0,
                           opener.count % 3 != 0 || closer.count % 3 != 0 { o -= 1; continue }
                        let use = openLeft >= 2 && closeLeft >= 2 ? 2 : 1
                        opener.usedAsOpener += use
                        closer.usedAsCloser += use
                        opener.opens.append(matches.count)
                        closer.closes.append(matches.count)
                        matches.append(use)
                        let openerToken = stacks[m][o]
                        tokens[openerToken] = .delimiter(opener)
                        // Openers between the pair (of either mark) can no longer match.
                        let other = 1 - m
                        var keep = stacks[other].count
                        while keep > 0, stacks[other][keep - 1] > openerToken { keep -= 1 }
                        truncate(other, to: keep)
                        if opener.count - opener.usedAsOpener == 0 {
                            truncate(m, to: o)
                            o = stacks[m].count - 1
                        } else {
                            truncate(m, to: o + 1)
                        }
                    }
                    tokens[t] = .delimiter(closer)
                    // What is left of the closer found nothing down to here: the next closer of its kind stops here too.
                    if closer.count - closer.usedAsCloser > 0 { bottoms[m][key] = stacks[m].count }
                }
                if closer.canOpen, closer.count - closer.usedAsCloser > 0 { stacks[m].append(t) }
            }
            return matches
        }
    }
}

@inline(__always) func isASCIIPunctuation(_ v: UInt32) -> Bool {
    (v >= 0x21 && v <= 0x2F) || (v >= 0x3A && v <= 0x40) || (v >= 0x5B && v <= 0x60) || (v >= 0x7B && v <= 0x7E)
}

@inline(__always) private func isWhitespace(_ v: UInt32) -> Bool { CharacterClass.isSpace(v) }

private func isPunctuation(_ v: UInt32) -> Bool {
    if v < 0x80 { return isASCIIPunctuation(v) }
    guard let scalar = Unicode.Scalar(v) else { return false }
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
         .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
        return true
    default:
        return false
    }
}
