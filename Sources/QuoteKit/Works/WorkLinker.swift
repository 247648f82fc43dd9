/// The work stage: builds ``WorkMention`` values from titles and links quotes to the works they cite.
///
/// The stage runs after attribution and, in one pass over the titles and one
/// over the quotes:
///
/// 1. turns every 《…》 / 〈…〉 title (nested ones included), every Markdown
///    emphasis title (`*Emma*`), every quoted English title after a work noun
///    (the poem "Ozymandias") and every occurrence of a known title into a
///    mention, with its parts (《论语·学而》), volume (第一卷, 上册, 卷二) and
///    chapter (第3章);
/// 2. finds authors: a name right before the title (杜甫《望岳》), the speaker
///    of an in-work frame (张明在《…》中), or the author of a container;
/// 3. finds containers: 收入/选自/载于 frames and collections whose members are
///    listed after them (《某某文选》第一卷中不少著作……比如，《A》指出……);
/// 4. links quotations to works: the work as speaker (《…》指出：“…”,
///    据《…》记载，“…”), a person quoting in a work (X在《…》中指出：“…”,
///    X《…》：“…”), later quotes of the same sentence, and chains
///    (《A》指出：“…”；《B》指出：“…”). A title that merely stands near a quote
///    without such a frame is not linked.
///
/// It never changes a quote's speaker. Linking looks only at the quote's
/// sentence and, when the quote opens its sentence, the one or two before.
///
/// - Complexity: O(*n*) in the document length plus O(*q* log *t*) for *q* quotes and *t* titles.
public struct WorkLinker: Sendable {
    /// Titles to find in plain text, without marks (`--titles FILE`).
    package let knownTitles: Lexicon
    /// The work lexicons of the Chinese and English packs: the built-in ones, or those of the
    /// extractor's attributor, which include the packs added with `--rules` (see ``reading(_:)``).
    private(set) var zh: WorkLexicons
    private(set) var en: WorkLexicons

    /// Creates the work stage.
    ///
    /// - Parameter knownTitles: Titles to recognise in plain text, one per element
    ///   (empty strings are ignored). Matching is exact and case-sensitive, on whole
    ///   words for Latin-script titles.
    public init<S: Sequence>(knownTitles: S) where S.Element == String {
        self.knownTitles = Lexicon(knownTitles.map { $0.trimmingSpaces() }.filter { !$0.isEmpty })
        (zh, en) = Self.builtInLexicons
    }

    /// Creates the work stage with no known titles: only marked titles are found.
    public init() { self.init(knownTitles: [String]()) }

    /// The built-in packs' work lexicons, compiled once with the standard attributor.
    static var builtInLexicons: (WorkLexicons, WorkLexicons) { lexicons(of: Attributor.standard) }

    static func lexicons(of attributor: Attributor) -> (WorkLexicons, WorkLexicons) {
        let empty = WorkLexicons([:])
        return (attributor.compiled[.zh]?.works ?? empty, attributor.compiled[.en]?.works ?? empty)
    }

    /// The same stage reading the work lexicons of `attributor`'s packs (built-in and added), so that a
    /// pack given with `--rules` extends them as it extends the attribution lexicons.
    func reading(_ attributor: Attributor) -> WorkLinker {
        var linker = self
        (linker.zh, linker.en) = Self.lexicons(of: attributor)
        return linker
    }

    /// Reads a list of known titles: one per line, blank lines and lines starting with `#` skipped.
    ///
    /// - Parameter path: The file path (`-` for standard input).
    /// - Returns: The titles in file order.
    /// - Throws: ``InputError`` when the file cannot be read or is not UTF-8 text (an empty file gives no titles).
    public static func titles(fromFile path: String) throws(InputError) -> [String] {
        let document: Document
        do {
            // One title a line, whatever the file's extension.
            document = try DocumentReader.document(atPath: path, format: .text)
        } catch where error.reason == .empty {
            return []
        }
        var titles: [String] = []
        for line in document.text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let title = String(line).trimmingSpaces()
            if title.isEmpty || title.hasPrefix("#") { continue }
            titles.append(title)
        }
        return titles
    }

    /// Builds work mentions and links quotes in place.
    ///
    /// Fills `analysis.works` (ids `w1`, `w2`, … in text order) and the
    /// `work` field of linked quotations.
    ///
    /// - Parameter analysis: The pipeline state.
    public func link(_ analysis: inout Analysis) {
        let spans = makeSpans(analysis)
        guard !spans.isEmpty else { return }
        let document = analysis.document
        let s = document.scalars
        var works: [WorkMention] = []
        works.reserveCapacity(spans.count)
        for (k, span) in spans.enumerated() {
            let position = document.position(span.contentStart)
            let range = span.contentStart..<span.contentEnd
            works.append(WorkMention(id: "w\(k + 1)", title: String(scalars: s, range),
                                     parts: span.style == .marks ? WorkText.parts(s, range) : [String(scalars: s, range)],
                                     volume: span.volume.map { String(scalars: s, $0) },
                                     chapter: span.chapter.map { String(scalars: s, $0) },
                                     start: span.contentStart, end: span.contentEnd, line: position.line, column: position.column,
                                     open: span.open, depth: span.depth, unclosed: span.unclosed))
        }
        var names = knownNames(analysis)
        assignAuthors(spans, &works, s, names: names)
        for work in works { if let author = work.author { names.insert(author) } }
        assignContainers(spans, &works, analysis, names: names)
        linkQuotes(spans, &works, &analysis)
        analysis.works = works
    }

    /// Explicit speaker names found by the attribution stage.
    func knownNames(_ analysis: Analysis) -> Lexicon {
        var names = Lexicon()
        for quote in analysis.quotes {
            if let speaker = quote.speaker, speaker.resolution == .explicit, speaker.name.unicodeScalars.count >= 2 {
                names.insert(speaker.name)
            }
        }
        return names
    }
}
