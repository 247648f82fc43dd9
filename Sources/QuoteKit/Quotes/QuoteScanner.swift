/// Finds quotation spans in a document: every mark style, nesting, multi-paragraph quotes, recovery.
///
/// The scanner makes one pass over the scalars with an explicit stack (no
/// recursion, no regular expressions). It pairs directional marks by table and
/// decides straight marks (`"` `'` ＂ ＇) from their neighbours: a straight mark
/// after a space, the start of a paragraph or opening punctuation opens, one
/// before a space, punctuation or the end closes. An apostrophe between letters
/// (`don't`), a leading elision (`'tis`, `'n'`, `'90s`) or a trailing one with
/// no open single quote (`students'`) never opens a quote.
///
/// Paragraph ends (see ``Document``) drive recovery:
/// - A quote still open at a paragraph end continues when the next paragraph
///   opens with the same mark (the multi-paragraph convention); the reopening
///   mark is recorded in ``ScannedQuote/reopenings``.
/// - In line-per-paragraph text (where sentence-split corpora break quotes
///   across lines) an open quote may run on for up to ``maxContinuationLines``
///   lines; if it does not close by then, before a blank line, or before a new
///   quote with the same mark, the scanner rolls back and ends it, `unclosed`,
///   at the end of the line where it opened, then rescans what follows.
/// - Otherwise the quote ends, `unclosed`, at the paragraph end. Nothing after
///   a paragraph is ever swallowed.
///
/// Run-in paragraphs: when paragraph breaks were lost (`…毕业；“（二）接收…；“（三）…`),
/// an opening mark equal to the innermost open quote's, right after ；：。！？,
/// reopens that quote (recorded in ``ScannedQuote/reopenings``) instead of
/// nesting, unless its own closing mark comes before the next such mark (then
/// it is a nested quote with the wrong mark, which the linter reports). The same
/// holds for a straight double mark that opens after a sentence end while one is
/// open (`"One. "Two."`).
///
/// A closing mark used as an opening one (`”阿尔法磁谱仪”`, `’金’`) opens a
/// quote, with a `quote.mismatched` diagnostic, when the same mark closes it
/// shortly after on the same paragraph.
///
/// Stray closing marks and mismatched closers are reported as diagnostics.
///
/// - Complexity: O(*n*) in the document length; a rolled-back region (at most
///   ``maxContinuationLines`` lines) is scanned at most twice.
public struct QuoteScanner: Sendable {
    /// How many further lines an open quote may span in line-per-paragraph text.
    public var maxContinuationLines: Int = 40
    /// How many scalars an open quote may span in line-per-paragraph text before it is ended.
    public var maxContinuationScalars: Int = 6000
    /// The deepest nesting the scanner follows. Marks nested deeper are reported once per
    /// paragraph (`quote.too-deep`) and read as plain text, with their closing marks, so that
    /// pathological input stays linear in time and memory.
    public var maxDepth: Int = 32
    /// The most quotes a scan collects. A scan that finds more stops there and sets
    /// ``Result/exceededQuoteLimit``, so that memory stays bounded (the extractor's limit:
    /// ``QuoteExtractor/Configuration/maxQuotes``); no limit by default.
    public var maxQuotes: Int = .max
    /// Whether the scan reports unclosed, stray and mismatched marks. The linter's fix rounds need only the
    /// quotes: on a soup of marks the messages of those findings were a third of the scan's time.
    var collectsDiagnostics = true

    /// Creates a scanner with default limits.
    public init() {}

    /// The result of a scan: quotes sorted by position, and diagnostics.
    public struct Result: Sendable {
        /// Quotes in order of their opening marks, with depth and parent set.
        public var quotes: [ScannedQuote]
        /// Unclosed, stray and mismatched marks.
        var diagnostics: [RawDiagnostic]
        /// Whether the scan stopped after ``QuoteScanner/maxQuotes`` quotes: ``quotes`` then holds only
        /// those found before it stopped.
        public var exceededQuoteLimit = false
    }

    struct Open {
        var index: Int
        var mark: UInt32
        var closers: [UInt32]
        var straight: Bool
        /// A straight single mark that may turn out to be an apostrophe.
        var candidate: Bool
        var reopenings: [Int] = []
    }

    struct Tentative {
        var at: Int
        var resumeParagraph: Int
        var stack: [Open]
        var resultCount: Int
        var diagnosticCount: Int
        var linesCrossed: Int
    }

    /// Scans a document.
    ///
    /// - Parameter document: The document.
    /// - Returns: The quotes (sorted, nested) and the scanner's diagnostics.
    public func scan(_ document: Document) -> Result {
        var state = State(document: document, scanner: self)
        state.run()
        // Sorted in place: a copy of the scanner's quotes doubled its memory on a soup of marks.
        QuoteScanner.nest(&state.results)
        // The last quotes of a paragraph are counted when the next one is scanned: the last paragraph's here.
        let exceeded = state.exceededQuoteLimit || state.results.count > maxQuotes
        return Result(quotes: state.results, diagnostics: state.diagnostics, exceededQuoteLimit: exceeded)
    }

    /// Sorts quotes and sets `depth` and `parent` from their extents.
    static func nest(_ quotes: [ScannedQuote]) -> [ScannedQuote] {
        var sorted = quotes
        nest(&sorted)
        return sorted
    }

    /// Sorts quotes and sets `depth` and `parent` from their extents, in place.
    static func nest(_ sorted: inout [ScannedQuote]) {
        // Quotes are recorded as they close, so an outer quote comes right after the quotes inside it and
        // the rest is in order: an insertion sort moves each outer quote back past its inner ones (a few
        // moves each, with nesting capped at maxDepth). Past a budget, a full sort takes over.
        var budget = 64 * sorted.count + 1_024
        var k = 1
        while k < sorted.count {
            if sorted[k - 1].openIndex > sorted[k].openIndex {
                let item = sorted[k]
                var j = k
                while j > 0, sorted[j - 1].openIndex > item.openIndex {
                    sorted[j] = sorted[j - 1]
                    j -= 1
                    budget -= 1
                }
                sorted[j] = item
                if budget < 0 {
                    sorted.sort { $0.openIndex < $1.openIndex }
                    break
                }
            }
            k += 1
        }
        var stack: [Int] = []
        for i in sorted.indices {
            while let top = stack.last, sorted[top].outerEnd <= sorted[i].openIndex { stack.removeLast() }
            sorted[i].depth = stack.count
            sorted[i].parent = stack.last
            stack.append(i)
        }
    }
}

extension QuoteScanner {
    struct State {
        let document: Document
        let s: [Unicode.Scalar]
        let scanner: QuoteScanner
        var stack: [Open] = []
        var results: [ScannedQuote] = []
        var diagnostics: [RawDiagnostic] = []
        var messages = MarkMessages()
        var tentative: Tentative?
        /// Openers ignored beyond ``QuoteScanner/maxDepth``, by the closer that will end them.
        var overflow: [UInt32: Int] = [:]
        var reportedTooDeep = false
        /// Set when more than ``QuoteScanner/maxQuotes`` quotes were found: the scan stops.
        var exceededQuoteLimit = false
        /// End of the region being scanned (the current paragraph's end).
        var regionEnd = 0
        /// The document's quotation and title marks, the next one to visit first.
        var marks: MarkCursor

        init(document: Document, scanner: QuoteScanner) {
            self.document = document
            self.s = document.scalars
            self.scanner = scanner
            self.marks = MarkCursor(document.offsets.markOffsets)
            // Every quote opens with a mark, and in practice at most one in two marks opens one: room for that many,
            // so that the quotes are never copied to a larger buffer as they come (on a soup of marks, those copies
            // and the fresh pages they filled were a tenth of lint --fix's time). Untouched room costs no memory.
            results.reserveCapacity(min(document.offsets.markOffsets.count / 2, scanner.maxQuotes, 1 << 22) + 1)
        }

        mutating func run() {
            let paragraphs = document.paragraphs
            var k = 0
            var from = paragraphs.first?.start ?? 0
            func resume(at offset: Int) -> Bool {
                guard offset < s.count, let p = document.paragraphIndex(containing: offset) else { return false }
                k = p
                from = max(offset, paragraphs[p].start)
                return true
            }
            while k < paragraphs.count {
                if from == paragraphs[k].start, stack.isEmpty, tentative == nil, overflow.isEmpty {
                    // Nothing is open at a paragraph start: paragraphs before the next mark change nothing.
                    guard let next = marks.seek(from) else { return } // no mark left
                    if next >= paragraphs[k].end {
                        if let p = document.paragraphIndex(containing: next), p > k {
                            k = p
                            from = paragraphs[p].start
                        }
                    }
                }
                let paragraph = paragraphs[k]
                if let offset = scan(from: from, to: paragraph.end) {
                    if resume(at: offset) { continue }
                    return
                }
                // Paragraph boundary.
                let next = k + 1 < paragraphs.count ? paragraphs[k + 1] : nil
                switch boundary(after: paragraph, next: next) {
                case .advance:
                    k += 1
                    from = next?.start ?? 0
                case .continueAt(let offset):
                    k += 1
                    from = offset
                case .rollback(let offset):
                    if !resume(at: offset) { return }
                }
            }
        }

        enum BoundaryAction { case advance, continueAt(Int), rollback(Int) }

        mutating func boundary(after paragraph: Paragraph, next: Paragraph?) -> BoundaryAction {
            overflow.removeAll(keepingCapacity: true)
            reportedTooDeep = false
            dropCandidates()
            if stack.isEmpty { tentative = nil; return .advance }
            let end = paragraph.end
            if let next {
                // Multi-paragraph convention: the next paragraph reopens with the same mark.
                var f = next.start
                while f < next.end, CharacterClass.isSpace(s[f].value) { f += 1 }
                if f < next.end, s[f].value == stack[0].mark {
                    closeAll(above: 0, at: end, reason: "quote.unclosed", message: "quotation mark not closed before the paragraph ends")
                    stack[0].reopenings.append(f)
                    return .continueAt(f + 1)
                }
                let blankBetween = document.lineIndex(of: next.start) - document.lineIndex(of: paragraph.end) > 1
                if document.paragraphStyle == .line, !blankBetween {
                    if var t = tentative {
                        t.linesCrossed += 1
                        if t.linesCrossed <= scanner.maxContinuationLines, next.end - t.at <= scanner.maxContinuationScalars {
                            tentative = t
                            return .advance
                        }
                        return .rollback(rollBack())
                    }
                    tentative = Tentative(at: end, resumeParagraph: paragraph.index + 1, stack: stack,
                                          resultCount: results.count, diagnosticCount: diagnostics.count, linesCrossed: 1)
                    return .advance
                }
            }
            if tentative != nil { return .rollback(rollBack()) }
            closeAll(above: -1, at: end, reason: "quote.unclosed", message: "quotation mark not closed before the paragraph ends")
            return .advance
        }

        /// Ends the quotes open at the tentative point there, discards what was
        /// found after it, and returns the offset to rescan from.
        mutating func rollBack() -> Int {
            guard let t = tentative else { return Int.max }
            results.removeSubrange(t.resultCount...)
            diagnostics.removeSubrange(t.diagnosticCount...)
            stack = t.stack.filter { !$0.candidate }
            tentative = nil
            closeAll(above: -1, at: t.at, reason: "quote.unclosed", message: "quotation mark not closed before the line ends")
            let paragraphs = document.paragraphs
            return t.resumeParagraph < paragraphs.count ? paragraphs[t.resumeParagraph].start : Int.max
        }

        /// In wrapped prose, ends a quote that has run on for too many lines at
        /// the end of its first line, discards what was found after that, and
        /// returns the offset to rescan from.
        mutating func cutAtOpeningLine() -> Int {
            let bottom = stack[0]
            let line = document.lineIndex(of: bottom.index)
            let lineStarts = document.offsets.lineStarts
            let nextLine = line + 1 < lineStarts.count ? lineStarts[line + 1] : s.count
            var cut = nextLine
            while cut > bottom.index + 1, cut > 0, s[cut - 1].value == 0x0A || s[cut - 1].value == 0x0D { cut -= 1 }
            results.removeAll { $0.openIndex >= cut }
            for r in results.indices where results[r].outerEnd > cut {
                results[r].contentEnd = cut
                results[r].closeIndex = nil
                results[r].closeMark = nil
            }
            diagnostics.removeAll { $0.start >= cut }
            stack.removeAll { $0.index >= cut }
            tentative = nil
            closeAll(above: -1, at: cut, reason: "quote.unclosed", message: "quotation mark not closed before the line ends")
            return nextLine
        }

        mutating func dropCandidates() {
            if stack.contains(where: { $0.candidate }) { stack.removeAll { $0.candidate } }
        }

        /// Closes every open quote above stack index `level` as unclosed, ending at `at`.
        mutating func closeAll(above level: Int, at: Int, reason: String, message: String) {
            while stack.count > level + 1 {
                let open = stack.removeLast()
                if open.candidate { continue }
                var end = at
                while end > open.index + 1, CharacterClass.isSpace(s[end - 1].value) { end -= 1 }
                var quote = ScannedQuote(openIndex: open.index, contentStart: open.index + 1, contentEnd: max(end, open.index + 1),
                                         closeIndex: nil, openMark: s[open.index], closeMark: nil)
                quote.reopenings = open.reopenings
                results.append(quote)
                guard scanner.collectsDiagnostics else { continue }
                diagnostics.append(RawDiagnostic(start: open.index, end: open.index + 1, rule: reason, severity: .error,
                                                 message: messages(s[open.index], message)))
            }
        }

        mutating func close(stackIndex: Int, at i: Int) {
            closeAll(above: stackIndex, at: i, reason: "quote.mismatched", message: "quotation mark closed by an outer quote's closing mark")
            let open = stack.removeLast()
            var contentStart = open.index + 1
            var contentEnd = i
            if QuoteMarks.isSpacedInside(open.mark) {
                // French « … »: the spaces inside the marks are typography, not content.
                while contentStart < contentEnd, CharacterClass.isSpace(s[contentStart].value) { contentStart += 1 }
                while contentEnd > contentStart, CharacterClass.isSpace(s[contentEnd - 1].value) { contentEnd -= 1 }
            }
            var quote = ScannedQuote(openIndex: open.index, contentStart: contentStart, contentEnd: contentEnd,
                                     closeIndex: i, openMark: s[open.index], closeMark: s[i])
            quote.reopenings = open.reopenings
            if open.straight, i == open.index + 1 {
                // "" or '' with nothing inside: not a quotation.
            } else {
                results.append(quote)
            }
            if stack.isEmpty { tentative = nil }
        }

        @inline(__always) func value(_ i: Int, in range: Range<Int>) -> UInt32? {
            range.contains(i) ? s[i].value : nil
        }

        /// Pushes an opener, unless the stack is at ``QuoteScanner/maxDepth``: then the mark is
        /// counted as overflow (its closer will be skipped too) and reported once per paragraph.
        mutating func push(_ open: Open) {
            guard stack.count >= scanner.maxDepth else {
                stack.append(open)
                return
            }
            if let closer = open.closers.first, !open.straight { overflow[closer, default: 0] += 1 }
            if !reportedTooDeep, scanner.collectsDiagnostics {
                reportedTooDeep = true
                diagnostics.append(RawDiagnostic(start: open.index, end: open.index + 1, rule: "quote.too-deep", severity: .warning,
                                                 message: "quotation marks nested deeper than \(scanner.maxDepth) levels are read as plain text"))
            }
        }

        /// Scans `from..<to`; returns the offset to rescan from when a rollback requires it.
        mutating func scan(from: Int, to: Int) -> Int? {
            let wrapped = document.paragraphStyle == .blankLine
            let range = document.paragraphs.isEmpty ? 0..<0 : from..<to
            regionEnd = to
            var i = from
            while i < to {
                if results.count > scanner.maxQuotes {
                    // Past the limit the scan ends (resuming at the document's end stops the run).
                    exceededQuoteLimit = true
                    return s.count
                }
                i = nextCandidate(from: i, to: to, newlines: wrapped && !stack.isEmpty)
                guard i < to else { break }
                let v = s[i].value
                if !CharacterClass.isQuotationMark(v) {
                    if v == 0x0A, wrapped, !stack.isEmpty, document.lineIndex(of: i) - document.lineIndex(of: stack[0].index) >= scanner.maxContinuationLines {
                        return cutAtOpeningLine()
                    }
                    i += 1
                    continue
                }
                let prev = i > 0 ? s[i - 1].value : nil
                let next = value(i + 1, in: range)
                if QuoteMarks.isStraightDouble(v) || QuoteMarks.isStraightSingle(v) {
                    straight(v, at: i, prev: prev, next: next)
                } else if let resume = directional(v, at: i, prev: prev, next: next) {
                    return resume
                }
                i += 1
            }
            return nil
        }

        /// The first offset in `from..<to` that holds a quotation-mark candidate (or, with `newlines`, a
        /// line feed), else `to`: from the document's mark offsets, or scalar by scalar when line feeds count.
        mutating func nextCandidate(from: Int, to: Int, newlines: Bool) -> Int {
            if newlines { return Self.nextCandidate(in: s, from: from, to: to, newlines: true) }
            let s = self.s
            return marks.next(from: from, before: to) { CharacterClass.isQuotationMark(s[$0].value) } ?? to
        }

        /// The first offset in `from..<to` that holds a quotation-mark candidate (or, with `newlines`, a
        /// line feed), else `to`, scalar by scalar.
        ///
        /// - Complexity: O(*n*), a handful of instructions per scalar: CJK ideographs, kana and hangul
        ///   (most of a Chinese text) are passed over with one comparison.
        static func nextCandidate(in s: [Unicode.Scalar], from: Int, to: Int, newlines: Bool) -> Int {
            s.withUnsafeBufferPointer { buffer in
                precondition(to <= buffer.count)
                let p = buffer.baseAddress!
                var i = from
                while i < to {
                    let v = p[i].value
                    if v &- 0x3020 >= 0xFE41 - 0x3020, CharacterClass.isQuotationMark(v) || (newlines && v == 0x0A) { return i }
                    i &+= 1
                }
                return to
            }
        }

        /// The deepest-first stack index whose closers accept `v`, searching at most 64 levels.
        func openIndex(accepting v: UInt32) -> Int? {
            var j = stack.count - 1
            let limit = max(0, stack.count - 64)
            while j >= limit {
                if stack[j].closers.contains(v) { return j }
                j -= 1
            }
            return nil
        }

        mutating func directional(_ v: UInt32, at i: Int, prev: UInt32?, next: UInt32?) -> Int? {
            // Whether letters or digits are on either side, looked up only where it matters: most marks open a
            // quote or close one before (a property look-up for every mark was a twentieth of a soup's scan).
            var prevAlnum: Bool { prev.map(CharacterClass.isAlphanumeric) ?? false }
            var nextAlnum: Bool { next.map(CharacterClass.isAlphanumeric) ?? false }
            // A right single quotation mark between letters is an apostrophe (don’t, O’Neil).
            if v == QuoteMarks.rightSingle, prevAlnum, nextAlnum { return nil }
            if !overflow.isEmpty, let pending = overflow[v], pending > 0 {
                overflow[v] = pending - 1
                return nil
            }
            if let top = stack.last, top.closers.contains(v) {
                close(stackIndex: stack.count - 1, at: i)
                return nil
            }
            if let j = openIndex(accepting: v) {
                close(stackIndex: j, at: i)
                return nil
            }
            if let closers = QuoteMarks.closers(for: v) {
                // A second quote with the outer mark after a line the outer
                // quote ran on across: the outer one was never closed.
                if let tentative, v == stack.first?.mark, i > tentative.at {
                    return rollBack()
                }
                if let top = stack.last, top.mark == v, !top.straight, let mark = previousNonSpace(before: i, after: top.index),
                   Self.isRunInPrecedent(mark), !closesFirst(v, closers: closers, from: i + 1, prev: mark) {
                    // A run-in paragraph reopening the quote (…毕业；“（二）…).
                    stack[stack.count - 1].reopenings.append(i)
                    return nil
                }
                push(Open(index: i, mark: v, closers: closers, straight: false, candidate: false))
                return nil
            }
            // » « used the other way round (German and Danish »…«).
            if v == QuoteMarks.guillemetRight || v == QuoteMarks.singleGuillemetRight {
                let opening = (prev.map(CharacterClass.isOpeningContext) ?? true) && next.map { !CharacterClass.isSpace($0) } == true
                if opening {
                    let closer = v == QuoteMarks.guillemetRight ? QuoteMarks.guillemetLeft : QuoteMarks.singleGuillemetLeft
                    push(Open(index: i, mark: v, closers: QuoteMarks.closedOnly(by: closer), straight: false, candidate: false))
                    return nil
                }
            }
            // A closer that matches nothing open.
            if v == QuoteMarks.rightSingle, prevAlnum || nextAlnum { return nil } // students’, ’tis
            if let opener = reversedOpener(v, at: i, prevAlnum: prevAlnum, next: next) {
                // ”阿尔法磁谱仪”: a closing mark used to open.
                if scanner.collectsDiagnostics {
                    let want = String(Character(Unicode.Scalar(opener)!))
                    let message = messages("opens a quotation closed by", s[i], Unicode.Scalar(opener)!) {
                        let got = String(Character(s[i]))
                        return "\(got) opens a quotation closed by \(got); expected \(want)"
                    }
                    diagnostics.append(RawDiagnostic(start: i, end: i + 1, rule: "quote.mismatched", severity: .error,
                                                     message: message, fix: Diagnostic.Fix(start: i, end: i + 1, replacement: want)))
                }
                push(Open(index: i, mark: v, closers: QuoteMarks.closedOnly(by: v), straight: false, candidate: false))
                return nil
            }
            if let top = stack.last, !top.straight, !prevAlnum {
                // “…’ or 「…”: a wrong closing mark ends the innermost quote.
                if scanner.collectsDiagnostics {
                    let wanted = top.closers.first.flatMap(Unicode.Scalar.init)
                    let want = wanted.map { String(Character($0)) } ?? "?"
                    let message = messages("closes a quote opened with", s[i], s[top.index], wanted ?? "?") {
                        "\(String(Character(s[i]))) closes a quote opened with \(String(Character(s[top.index]))); expected \(want)"
                    }
                    diagnostics.append(RawDiagnostic(start: i, end: i + 1, rule: "quote.mismatched", severity: .error,
                                                     message: message, fix: Diagnostic.Fix(start: i, end: i + 1, replacement: want)))
                }
                close(stackIndex: stack.count - 1, at: i)
                return nil
            }
            if v == QuoteMarks.guillemetLeft || v == QuoteMarks.singleGuillemetLeft || !scanner.collectsDiagnostics { return nil }
            diagnostics.append(RawDiagnostic(start: i, end: i + 1, rule: "quote.stray-close", severity: .error,
                                             message: messages(s[i], "closing quotation mark without an opening mark")))
            return nil
        }

        /// Punctuation after which a run-in paragraph may start: ；：。！？
        static func isRunInPrecedent(_ v: UInt32) -> Bool {
            v == 0xFF1B || v == 0xFF1A || v == 0x3002 || v == 0xFF01 || v == 0xFF1F
        }

        /// The last non-space scalar before `i` (at most 8 back, not before `limit`).
        func previousNonSpace(before i: Int, after limit: Int) -> UInt32? {
            var j = i - 1
            while j > limit, i - j <= 8 {
                let v = s[j].value
                if !CharacterClass.isSpace(v) { return v }
                j -= 1
            }
            return nil
        }

        /// Whether an opening `mark` at `start - 1`, equal to the innermost open quote's and after `prev`,
        /// starts a nested quote rather than a run-in paragraph: its closer comes before the next such
        /// mark and, after a colon or when a further closer follows, that closer ends only the inner quote.
        func closesFirst(_ mark: UInt32, closers: [UInt32], from start: Int, prev: UInt32) -> Bool {
            var j = start
            let end = min(regionEnd, start + 2000)
            while j < end {
                let v = s[j].value
                if v == mark { return false }
                if closers.contains(v) { break }
                j += 1
            }
            if j >= end { return false }
            if prev == 0xFF1A { return true }
            j += 1
            while j < end {
                let v = s[j].value
                if v == mark { return false }
                if closers.contains(v) { return true }
                j += 1
            }
            return false
        }

        /// The opener a closing mark at `i` stands for, when it is used as an
        /// opening mark: text follows it and the same mark recurs within 60
        /// scalars of the paragraph with no sentence end, opener or other
        /// closer of its kind between.
        func reversedOpener(_ v: UInt32, at i: Int, prevAlnum: Bool, next: UInt32?) -> UInt32? {
            guard v == QuoteMarks.rightDouble || v == QuoteMarks.rightSingle, !prevAlnum, let next,
                  CharacterClass.isCJK(next) || CharacterClass.isAlphanumeric(next) else { return nil }
            let opener = v == QuoteMarks.rightDouble ? QuoteMarks.leftDouble : QuoteMarks.leftSingle
            let expected = stack.last?.closers ?? []
            var j = i + 1
            let end = min(regionEnd, i + 61)
            while j < end {
                let w = s[j].value
                if w == v {
                    // Not an apostrophe between letters, and not right after the opener.
                    let before = s[j - 1].value
                    let after = j + 1 < s.count ? s[j + 1].value : 0x20
                    if v == QuoteMarks.rightSingle, CharacterClass.isAlphanumeric(before), CharacterClass.isAlphanumeric(after) {
                        j += 1; continue
                    }
                    return j > i + 1 ? opener : nil
                }
                if w == opener || expected.contains(w) || CharacterClass.isSentenceFinal(w) { return nil }
                j += 1
            }
            return nil
        }
    }
}
