/// Extracts the text of an HTML document, in one linear pass over its scalars.
///
/// - Block elements (`p`, `div`, `li`, `h1`…, `blockquote`, `td`, `br`…) end
///   the current line: every block is one paragraph of the extracted text.
/// - Whitespace collapses as a browser renders it; a line break between two
///   CJK characters disappears (no space is invented inside Chinese text).
/// - `<q>` becomes “…” (‘…’ when nested); a `<blockquote>` whose text does
///   not already open with a quotation mark is quoted “…”, each of its
///   paragraphs reopening with “ (the multi-paragraph convention).
/// - `<em>`, `<i>` are emphasis and `<cite>` a citation (``MarkupSpan``).
/// - Character references are decoded (the common named set and numeric ones).
/// - `script`, `style`, `template`, `noscript`, `title` and `textarea` content,
///   comments, doctypes and processing instructions are skipped.
///
/// Every extracted scalar maps back to the source through the ``SourceMap``.
enum HTMLReader {
    static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "option", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    ]
    static let rawTags: Set<String> = ["script", "style", "template", "noscript", "title", "textarea"]

    /// Reads an HTML document.
    ///
    /// - Parameter html: The HTML source.
    /// - Returns: The text, its map and its emphasis and citations.
    /// - Complexity: O(*n*).
    static func read(_ html: String) -> ExtractedText {
        Reader.read(html)
    }

    struct Blockquote {
        var decided = false
        var wrap = false
        var opened = false
    }

    struct Reader: MarkupTextReader {
        let s: [Unicode.Scalar]
        var out: SourceMap.Builder
        var markup: [MarkupSpan] = []
        /// Source offset of the first scalar of a pending whitespace run.
        var pendingSpace: Int? = nil
        var pendingSpaceHasNewline = false
        /// Markup span of a line break not yet written (written before the next content).
        var pendingBreak: Range<Int>? = nil
        /// No content since the last line break.
        var lineStart = true
        var quoteDepth = 0
        var pre = 0
        var inline: [(tag: String, start: Int)] = []
        /// How many of each tag `inline` holds: a closing tag with no opener returns at once instead of
        /// searching the whole stack (100,000 `<em>` closed by `</i>` took 40 s).
        var inlineCounts: [String: Int] = [:]
        var blockquotes: [Blockquote] = []

        init(source: [Unicode.Scalar]) {
            s = source
            out = SourceMap.Builder(source: source)
        }

        mutating func run() {
            var i = 0
            let n = s.count
            while i < n {
                let v = s[i].value
                if v == 0x3C, let end = tag(at: i) {
                    i = end
                    continue
                }
                if v == 0x26, let (c, end) = HTMLEntities.decode(s, at: i) {
                    emit(c, .decoded, i..<end)
                    i = end
                    continue
                }
                if v == 0x20 || v == 0x09 || v == 0x0A || v == 0x0C || v == 0x0D {
                    if pre > 0 {
                        if v == 0x0A {
                            flushBreak()
                            out.copy(s[i], at: i)
                            lineStart = true
                        } else if v != 0x0D {
                            emit(s[i], .copied, i..<(i + 1))
                        }
                    } else if !lineStart {
                        if pendingSpace == nil { pendingSpace = i }
                        if v == 0x0A || v == 0x0D { pendingSpaceHasNewline = true }
                    }
                    i += 1
                    continue
                }
                emit(s[i], .copied, i..<(i + 1))
                i += 1
            }
        }

        mutating func flushBreak() {
            if let span = pendingBreak {
                out.insert("\n", for: span)
                pendingBreak = nil
            }
        }

        /// Writes one content scalar, after any pending line break or space.
        mutating func emit(_ c: Unicode.Scalar, _ piece: SourceMap.Piece, _ span: Range<Int>) {
            flushBreak()
            if lineStart {
                lineStart = false
                if !blockquotes.isEmpty {
                    var quote = blockquotes[blockquotes.count - 1]
                    if !quote.decided {
                        quote.decided = true
                        quote.wrap = !isOpeningQuoteMark(c.value)
                    }
                    if quote.wrap {
                        out.insert("\u{201C}", for: span.lowerBound..<span.lowerBound)
                        quote.opened = true
                    }
                    blockquotes[blockquotes.count - 1] = quote
                }
            } else if let space = pendingSpace {
                let previous = out.last?.value ?? 0x20
                if !(pendingSpaceHasNewline && joinsWithoutSpace(previous, c.value)) {
                    if s[space].value == 0x20 { out.copy(" ", at: space) } else { out.decoded(" ", from: space..<(space + 1)) }
                }
            }
            pendingSpace = nil
            pendingSpaceHasNewline = false
            switch piece {
            case .copied: out.copy(c, at: span.lowerBound)
            case .decoded: out.decoded(c, from: span)
            case .inserted: out.insert(String(Character(c)), for: span)
            }
        }

        /// Ends the current line (block boundary).
        mutating func endLine(_ span: Range<Int>) {
            pendingSpace = nil
            pendingSpaceHasNewline = false
            if !lineStart {
                if pendingBreak == nil { pendingBreak = span }
                lineStart = true
            }
        }

        /// Handles markup starting at `s[i] == "<"`; returns the offset past it, or `nil` when `<` is text.
        mutating func tag(at i: Int) -> Int? {
            let n = s.count
            guard i + 1 < n else { return nil }
            let next = s[i + 1].value
            if next == 0x21 { // <!-- comment -->, <!DOCTYPE …>, <![CDATA[…]]>
                if i + 3 < n, s[i + 2] == "-", s[i + 3] == "-" {
                    return find("-->", from: i + 4).map { $0 + 3 } ?? n
                }
                return find(">", from: i + 2).map { $0 + 1 } ?? n
            }
            if next == 0x3F { return find(">", from: i + 2).map { $0 + 1 } ?? n } // <?…?>
            var j = i + 1
            let closing = next == 0x2F
            if closing { j += 1 }
            guard j < n, isASCIILetter(s[j].value) else { return nil }
            var name = ""
            while j < n, isASCIIAlphanumeric(s[j].value) || s[j] == "-" || s[j] == ":" {
                name.unicodeScalars.append(Unicode.Scalar(s[j].value | (isASCIILetter(s[j].value) ? 0x20 : 0))!)
                j += 1
            }
            // Attributes, quoted values may hold '>'.
            var quote: UInt32 = 0
            var selfClosing = false
            while j < n {
                let v = s[j].value
                if quote != 0 {
                    if v == quote { quote = 0 }
                } else if v == 0x22 || v == 0x27 {
                    quote = v
                } else if v == 0x3E {
                    selfClosing = j > i && s[j - 1] == "/"
                    break
                }
                j += 1
            }
            let end = min(n, j + 1)
            let span = i..<end
            if closing { close(name, span) } else { open(name, span, selfClosing: selfClosing) }
            if !closing, !selfClosing, HTMLReader.rawTags.contains(name) {
                // Skip to the matching end tag.
                var k = end
                while let lt = find("</", from: k) {
                    if matchesName(name, at: lt + 2) {
                        return find(">", from: lt + 2).map { $0 + 1 } ?? n
                    }
                    k = lt + 2
                }
                return n
            }
            return end
        }

        mutating func open(_ name: String, _ span: Range<Int>, selfClosing: Bool) {
            if HTMLReader.blockTags.contains(name) {
                endLine(span)
                if name == "blockquote", !selfClosing { blockquotes.append(Blockquote()) }
                if name == "pre" { pre += 1 }
                return
            }
            switch name {
            case "q":
                emit(quoteDepth % 2 == 0 ? "\u{201C}" : "\u{2018}", .inserted, span)
                quoteDepth += 1
            case "em", "i", "cite":
                if !selfClosing {
                    inline.append((name, out.count))
                    inlineCounts[name, default: 0] += 1
                }
            default:
                break
            }
        }

        mutating func close(_ name: String, _ span: Range<Int>) {
            if HTMLReader.blockTags.contains(name) {
                if name == "blockquote", let quote = blockquotes.popLast(), quote.opened {
                    out.insert("\u{201D}", for: span.lowerBound..<span.lowerBound)
                }
                if name == "pre" { pre = max(0, pre - 1) }
                endLine(span)
                return
            }
            switch name {
            case "q":
                guard quoteDepth > 0 else { return }
                quoteDepth -= 1
                emit(quoteDepth % 2 == 0 ? "\u{201D}" : "\u{2019}", .inserted, span)
            case "em", "i", "cite":
                guard inlineCounts[name, default: 0] > 0, let k = inline.lastIndex(where: { $0.tag == name }) else { return }
                let start = inline[k].start
                for removed in inline[k...] { inlineCounts[removed.tag, default: 1] -= 1 }
                inline.removeSubrange(k...)
                guard out.count > start else { return }
                markup.append(MarkupSpan(kind: name == "cite" ? .citation : .emphasis, range: start..<out.count, mark: "<\(name)>"))
            default:
                break
            }
        }

        func find(_ needle: String, from start: Int) -> Int? {
            let pattern = Array(needle.unicodeScalars)
            var i = max(0, start)
            while i + pattern.count <= s.count {
                if s[i] == pattern[0] {
                    var k = 1
                    while k < pattern.count, s[i + k] == pattern[k] { k += 1 }
                    if k == pattern.count { return i }
                }
                i += 1
            }
            return nil
        }

        func matchesName(_ name: String, at i: Int) -> Bool {
            var k = i
            for c in name.unicodeScalars {
                guard k < s.count, s[k].value | 0x20 == c.value else { return false }
                k += 1
            }
            return k >= s.count || !isASCIIAlphanumeric(s[k].value)
        }
    }
}

@inline(__always) func isASCIILetter(_ v: UInt32) -> Bool { (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }

/// Whether a line break between two scalars vanishes (CSS segment-break rules for East Asian text):
/// both wide, or a curly quotation mark or dash next to a wide character.
@inline(__always) func joinsWithoutSpace(_ a: UInt32, _ b: UInt32) -> Bool {
    func wide(_ v: UInt32) -> Bool {
        CharacterClass.isCJK(v) || (v >= 0x3000 && v <= 0x303F) || (v >= 0xFF00 && v <= 0xFF60) || (v >= 0xFFE0 && v <= 0xFFE6)
    }
    func neutral(_ v: UInt32) -> Bool { (v >= 0x2018 && v <= 0x201D) || v == 0x2026 || v == 0x2014 || v == 0xB7 }
    return (wide(a) && (wide(b) || neutral(b))) || (neutral(a) && wide(b))
}
