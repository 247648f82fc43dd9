/// Finds book-title marks: 《…》 and 〈…〉, nested to any depth.
///
/// 《 and 〈 open, 》 and 〉 close the innermost matching title. Nesting
/// alternates in mainland usage (《驳〈驳《某》〉》) and a 〈…〉 on its own marks
/// an article title in Taiwan usage; both are kept, with their depth. A title
/// still open at its paragraph end is ended there (`unclosed`) with a
/// diagnostic, so it never runs into the next paragraph — except in
/// line-per-paragraph text broken at commas (taiwan-as style: `《回憶！` /
/// `人生哲學》中，`), where a title whose closing mark starts the very next
/// line continues onto it. A closing mark of the other kind with no matching
/// opener (《书名〉) closes the innermost title with a `title.mismatched`
/// diagnostic and a fix.
///
/// - Complexity: O(*n*), one pass with an explicit stack.
public struct TitleScanner: Sendable {
    /// A title span in scalar offsets.
    public struct Title: Sendable, Hashable {
        /// Offset of the opening mark.
        public var openIndex: Int
        /// Offset of the first content scalar.
        public var contentStart: Int
        /// Offset just past the content.
        public var contentEnd: Int
        /// Offset of the closing mark, `nil` when unclosed.
        public var closeIndex: Int?
        /// The opening mark: 《 or 〈 (or the ASCII/half-width look-alikes ﹽ ﹾ are not accepted).
        public var openMark: Unicode.Scalar
        /// 0 for an outermost title.
        public var depth: Int
        /// Index of the enclosing title in the result.
        public var parent: Int?

        /// Offset just past the closing mark (or the content end when unclosed).
        public var outerEnd: Int { closeIndex.map { $0 + 1 } ?? contentEnd }
        /// Whether the closing mark is missing.
        public var unclosed: Bool { closeIndex == nil }
    }

    /// Creates a title scanner.
    public init() {}

    /// The deepest title nesting followed; title marks nested deeper are read as plain text
    /// (with their closing marks) and reported once per paragraph as `title.too-deep`.
    public var maxDepth: Int = 32
    /// Whether the scan reports unclosed, stray and mismatched marks. The linter's fix rounds need only the
    /// titles (as ``QuoteScanner``'s do only the quotes).
    var collectsDiagnostics = true

    static let double: (open: UInt32, close: UInt32) = (0x300A, 0x300B) // 《 》
    static let single: (open: UInt32, close: UInt32) = (0x3008, 0x3009) // 〈 〉

    /// Scans a document for titles.
    ///
    /// - Parameter document: The document.
    /// - Returns: Titles sorted by opening offset, and diagnostics for unclosed and stray marks.
    public func scan(_ document: Document) -> Result {
        let s = document.scalars
        var titles: [Title] = []
        var diagnostics: [RawDiagnostic] = []
        var messages = MarkMessages()
        var stack: [Int] = [] // offsets of open marks
        func finish(_ open: Int, close: Int?, end: Int) {
            titles.append(Title(openIndex: open, contentStart: open + 1, contentEnd: end, closeIndex: close,
                                openMark: s[open], depth: 0, parent: nil))
        }
        let paragraphs = document.paragraphs
        var marks = MarkCursor(document.offsets.markOffsets)
        var carried = false
        var overflow = [0, 0] // 《 and 〈 ignored beyond maxDepth
        var reportedTooDeep = false
        for (k, paragraph) in paragraphs.enumerated() {
            if stack.isEmpty {
                // Nothing open and no mark in this paragraph: nothing to do.
                guard let next = marks.seek(paragraph.start), next < paragraph.end else { continue }
            }
            overflow[0] = 0
            overflow[1] = 0
            reportedTooDeep = false
            var i = paragraph.start
            while i < paragraph.end {
                i = marks.next(from: i, before: paragraph.end) { CharacterClass.isTitleMark(s[$0].value) } ?? paragraph.end
                guard i < paragraph.end else { break }
                let v = s[i].value
                if v == Self.double.open || v == Self.single.open {
                    if stack.count < maxDepth {
                        stack.append(i)
                    } else {
                        overflow[v == Self.double.open ? 0 : 1] += 1
                        if !reportedTooDeep, collectsDiagnostics {
                            reportedTooDeep = true
                            diagnostics.append(RawDiagnostic(start: i, end: i + 1, rule: "title.too-deep", severity: .warning,
                                                             message: "book-title marks nested deeper than \(maxDepth) levels are read as plain text"))
                        }
                    }
                } else if (v == Self.double.close && overflow[0] > 0) || (v == Self.single.close && overflow[1] > 0) {
                    overflow[v == Self.double.close ? 0 : 1] -= 1
                } else if v == Self.double.close || v == Self.single.close {
                    let want = v == Self.double.close ? Self.double.open : Self.single.open
                    if let top = stack.last, s[top].value != want, !stack.contains(where: { s[$0].value == want }) {
                        // 《书名〉: the wrong closing mark for the innermost open title.
                        let open = stack.removeLast()
                        finish(open, close: i, end: i)
                        if collectsDiagnostics {
                            let right = String(Character(Unicode.Scalar(s[open].value == Self.double.open ? Self.double.close : Self.single.close)!))
                            diagnostics.append(RawDiagnostic(start: i, end: i + 1, rule: "title.mismatched", severity: .error,
                                                             message: "\(String(Character(s[i]))): closes a title opened with \(String(Character(s[open])))",
                                                             fix: Diagnostic.Fix(start: i, end: i + 1, replacement: right)))
                        }
                    } else if let j = stack.lastIndex(where: { s[$0].value == want }) {
                        while stack.count > j + 1 {
                            let inner = stack.removeLast()
                            finish(inner, close: nil, end: i)
                            guard collectsDiagnostics else { continue }
                            diagnostics.append(RawDiagnostic(start: inner, end: inner + 1, rule: "title.unclosed", severity: .error,
                                                             message: messages(s[inner], "book-title mark not closed")))
                        }
                        let open = stack.removeLast()
                        finish(open, close: i, end: i)
                    } else if collectsDiagnostics {
                        diagnostics.append(RawDiagnostic(start: i, end: i + 1, rule: "title.stray-close", severity: .error,
                                                         message: messages(s[i], "closing book-title mark without an opening mark")))
                    }
                }
                i += 1
            }
            if !stack.isEmpty, !carried, k + 1 < paragraphs.count,
               continuesOnNextLine(open: stack.last!, after: paragraph, next: paragraphs[k + 1], in: document) {
                carried = true
                continue
            }
            carried = false
            while let open = stack.popLast() {
                var end = paragraph.end
                while end > open + 1, CharacterClass.isSpace(s[end - 1].value) { end -= 1 }
                finish(open, close: nil, end: end)
                guard collectsDiagnostics else { continue }
                diagnostics.append(RawDiagnostic(start: open, end: open + 1, rule: "title.unclosed", severity: .error,
                                                 message: messages(s[open], "book-title mark not closed before the paragraph ends")))
            }
        }
        titles.sort { $0.openIndex < $1.openIndex }
        var open: [Int] = []
        for k in titles.indices {
            while let top = open.last, titles[top].outerEnd <= titles[k].openIndex { open.removeLast() }
            titles[k].depth = open.count
            titles[k].parent = open.last
            open.append(k)
        }
        return Result(titles: titles, diagnostics: diagnostics)
    }

    /// Whether a title open at the end of a line closes early on the next line of line-per-paragraph text:
    /// the next line follows directly and its first title mark (within 64 scalars) closes `open`.
    func continuesOnNextLine(open: Int, after paragraph: Paragraph, next: Paragraph, in document: Document) -> Bool {
        guard document.paragraphStyle == .line,
              document.lineIndex(of: next.start) - document.lineIndex(of: paragraph.end) == 1 else { return false }
        let s = document.scalars
        let want = s[open].value == Self.double.open ? Self.double.close : Self.single.close
        var i = next.start
        while i < min(next.end, next.start + 64) {
            let v = s[i].value
            if v == want { return true }
            if v == Self.double.open || v == Self.single.open || v == Self.double.close || v == Self.single.close { return false }
            i += 1
        }
        return false
    }

    /// The titles of a document and the diagnostics for its unclosed or stray marks.
    public struct Result: Sendable {
        /// Titles sorted by opening offset, with depth and parent set.
        public var titles: [Title]
        var diagnostics: [RawDiagnostic]
    }
}
