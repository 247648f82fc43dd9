/// One quotation or quoted term found in a text: the result model every exporter writes.
///
/// Offsets: ``start`` and ``end`` are Unicode scalar offsets of the *content*
/// (marks excluded) from the start of the input; ``utf16`` and ``utf8`` give the
/// same range in UTF-16 code units and UTF-8 bytes; ``line`` and ``column``
/// (1-based, column in scalars) locate ``start``. A multi-paragraph quote spans
/// all its paragraphs; its ``text`` leaves out the reopening marks.
public struct Quote: Sendable, Hashable {
    /// Identifier unique within its source (`q1`, `q2`, … in text order).
    public var id: String
    /// The file path or record id the quote comes from.
    public var source: String
    /// The content without quotation marks.
    public var text: String
    /// Scalar offset of the first content character.
    public var start: Int
    /// Scalar offset just past the content.
    public var end: Int
    /// `[start, end]` in UTF-16 code units (always two offsets).
    public var utf16: [Int] {
        get { utf16Bounds.array }
        set { utf16Bounds = OffsetPair(newValue) }
    }
    /// `[start, end]` in UTF-8 bytes (always two offsets).
    public var utf8: [Int] {
        get { utf8Bounds.array }
        set { utf8Bounds = OffsetPair(newValue) }
    }
    /// 1-based line of ``start``.
    public var line: Int
    /// 1-based column of ``start``, in scalars.
    public var column: Int
    /// The opening mark.
    public var open: String
    /// The closing mark, `nil` when unclosed.
    public var close: String?
    /// Nesting depth: 0 for a top-level quote.
    public var depth: Int
    /// The id of the enclosing quote.
    public var parent: String?
    /// Quotation or term.
    public var kind: QuoteKind
    /// Whether the closing mark is missing (the quote was ended at its paragraph or line end).
    public var unclosed: Bool
    /// `[start, end]` scalar offsets of the ICU sentence holding the quote's opening mark (always two offsets).
    public var sentence: [Int] {
        get { sentenceBounds.array }
        set { sentenceBounds = OffsetPair(newValue) }
    }
    /// 0-based index of the paragraph where the quote opens.
    public var paragraph: Int
    /// Who said it; `nil` when unknown or not a quotation.
    public var speaker: Speaker? {
        get { attributionStorage?.value.speaker }
        set { attribution.speaker = newValue }
    }
    /// The reporting cue (说, 指出, said, 正所谓), when one introduces the quote.
    public var cue: String? {
        get { attributionStorage?.value.cue }
        set { attribution.cue = newValue }
    }
    /// The cited work, when the quote is linked to one.
    public var work: WorkReference? {
        get { workStorage?.value }
        set { workStorage = newValue.map(OutOfLine.init) }
    }
    /// The id of the rule that attributed the speaker or cue.
    public var rule: String? {
        get { attributionStorage?.value.rule }
        set { attribution.rule = newValue }
    }
    /// Confidence in the attribution, 0…1.
    public var confidence: Double? {
        get { attributionStorage?.value.confidence }
        set { attribution.confidence = newValue }
    }
    /// The citation check against a reference library (`quotekit check`), `nil` when not checked.
    public var check: CitationCheck? {
        get { checkStorage?.value }
        set { checkStorage = newValue.map(OutOfLine.init) }
    }
    /// Where the quote lies in the document it was read from (DOCX, HTML, Markdown); `nil` for plain text.
    public var location: SourceLocation? {
        get { locationStorage?.value }
        set { locationStorage = newValue.map(OutOfLine.init) }
    }

    // The attribution (speaker, cue, rule, confidence), the work, the check and the location are large (over
    // 300 bytes together) and set on a few quotes only (most quotes are terms or unattributed): kept out of
    // line, a quote is a third as large to build, copy and hold (a document of millions of bare quotes).
    var attributionStorage: OutOfLine<Attribution>? = nil
    var workStorage: OutOfLine<WorkReference>? = nil
    var checkStorage: OutOfLine<CitationCheck>? = nil
    var locationStorage: OutOfLine<SourceLocation>? = nil

    // The three offset pairs are stored inline: three small arrays per quote cost three allocations.
    var utf16Bounds: OffsetPair
    var utf8Bounds: OffsetPair
    var sentenceBounds: OffsetPair

    /// Creates a quote. Most users get quotes from ``QuoteExtractor`` instead.
    ///
    /// - Precondition: `utf16`, `utf8` and `sentence` hold two offsets each, `[start, end]`.
    public init(id: String, source: String, text: String, start: Int, end: Int, utf16: [Int], utf8: [Int],
                line: Int, column: Int, open: String, close: String?, depth: Int, parent: String?,
                kind: QuoteKind, unclosed: Bool, sentence: [Int], paragraph: Int,
                speaker: Speaker? = nil, cue: String? = nil, work: WorkReference? = nil,
                rule: String? = nil, confidence: Double? = nil, check: CitationCheck? = nil) {
        self.init(id: id, source: source, text: text, start: start, end: end, utf16: OffsetPair(utf16), utf8: OffsetPair(utf8),
                  line: line, column: column, open: open, close: close, depth: depth, parent: parent,
                  kind: kind, unclosed: unclosed, sentence: OffsetPair(sentence), paragraph: paragraph)
        self.attribution = Attribution(speaker: speaker, cue: cue, rule: rule, confidence: confidence)
        self.work = work
        self.check = check
    }

    /// What attribution found for a quote, kept out of line together (``speaker``, ``cue``, ``rule``,
    /// ``confidence``): one box, set at once by the attribution stage.
    struct Attribution: Hashable, Sendable {
        var speaker: Speaker?
        var cue: String?
        var rule: String?
        var confidence: Double?

        var isEmpty: Bool { speaker == nil && cue == nil && rule == nil && confidence == nil }
    }

    /// The attribution fields; an empty one is stored as no box, so quotes compare and hash by value.
    var attribution: Attribution {
        get { attributionStorage?.value ?? Attribution() }
        set { attributionStorage = newValue.isEmpty ? nil : OutOfLine(newValue) }
    }
}

extension Quote {
    /// Creates a quote from its offset pairs (the extractor's path: no arrays to allocate).
    init(id: String, source: String, text: String, start: Int, end: Int, utf16: OffsetPair, utf8: OffsetPair,
         line: Int, column: Int, open: String, close: String?, depth: Int, parent: String?,
         kind: QuoteKind, unclosed: Bool, sentence: OffsetPair, paragraph: Int) {
        self.id = id
        self.source = source
        self.text = text
        self.start = start
        self.end = end
        self.utf16Bounds = utf16
        self.utf8Bounds = utf8
        self.line = line
        self.column = column
        self.open = open
        self.close = close
        self.depth = depth
        self.parent = parent
        self.kind = kind
        self.unclosed = unclosed
        self.sentenceBounds = sentence
        self.paragraph = paragraph
    }

    /// The id of the quote at `index` in text order: `q1`, `q2`, …
    static func identifier(_ index: Int) -> String {
        if index >= 0, index < cachedIdentifiers.count { return cachedIdentifiers[index] }
        return makeIdentifier(index)
    }

    /// `q1` … `q4096`, made once: most documents have fewer quotes, and each id is a small string (stored
    /// inline, so handing one out costs no allocation or reference count).
    private static let cachedIdentifiers: [String] = (0..<4_096).map(makeIdentifier)

    /// An id written digit by digit into a small string (`"q" + String(index + 1)` goes through
    /// `description` and a second string). `index` is an array index, so never negative.
    private static func makeIdentifier(_ index: Int) -> String {
        var n = index + 1
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { buffer in
            var at = 21
            repeat {
                at -= 1
                buffer[at] = UInt8(truncatingIfNeeded: 0x30 + n % 10)
                n /= 10
            } while n > 0
            at -= 1
            buffer[at] = 0x71 // q
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[at...]), as: UTF8.self)
        }
    }
}

/// Two offsets, `[lower, upper]`, stored inline (the JSON model writes them as a two-element array).
struct OffsetPair: Hashable, Sendable {
    var lower: Int
    var upper: Int

    init(_ lower: Int, _ upper: Int) {
        self.lower = lower
        self.upper = upper
    }

    /// - Precondition: `array` holds exactly two offsets.
    init(_ array: [Int]) {
        precondition(array.count == 2, "a quote's offset pair holds two offsets, [start, end]; got \(array.count)")
        self.init(array[0], array[1])
    }

    var array: [Int] { [lower, upper] }
}

/// An immutable value kept in a shared box, compared and hashed by value: for a struct's rarely set,
/// large fields (a change replaces the box, so the struct keeps value semantics).
final class OutOfLine<Value: Hashable & Sendable>: Hashable, Sendable {
    let value: Value

    init(_ value: Value) {
        self.value = value
    }

    static func == (lhs: OutOfLine, rhs: OutOfLine) -> Bool { lhs.value == rhs.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}
