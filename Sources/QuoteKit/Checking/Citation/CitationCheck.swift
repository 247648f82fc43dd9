/// The outcome of checking one quotation against a ``ReferenceLibrary``: the `check` object of a ``Quote``.
public struct CitationCheck: Sendable, Hashable, Codable {
    /// What the check found.
    public enum Verdict: String, Sendable, Hashable, Codable, CaseIterable {
        /// The quotation occurs verbatim in the source (leading and trailing punctuation aside).
        case exact
        /// It occurs after normalisation; ``CitationCheck/steps`` says which steps were needed.
        case normalized
        /// Its fragments, joined by an ellipsis (…… … ... . . .), occur in order in one passage.
        case abridged
        /// A close match: ``CitationCheck/diff`` shows the differences, ``CitationCheck/similarity`` how close.
        case variant
        /// Found, but in another work or author than the text cites.
        case misattributed
        /// Not in the library.
        case notFound = "not-found"
        /// Not checked: a term (unless every quote is checked), or too short to check.
        case unchecked

        /// Whether the verdict should fail an editorial check (variant, misattributed, not-found).
        public var isProblem: Bool { self == .variant || self == .misattributed || self == .notFound }
    }

    /// Where in the library the quotation was found.
    public struct Source: Sendable, Hashable, Codable {
        /// The work's title.
        public var work: String
        /// The author, when the library knows it.
        public var author: String?
        /// The collection, when known.
        public var collection: String?
        /// The chapter, when known.
        public var chapter: String?
        /// Scalar offset of the match in the record's text.
        public var offset: Int
        /// 1-based line of the match in the record's text.
        public var line: Int

        /// Creates a source.
        /// - Parameters:
        ///   - work: Title.
        ///   - author: Author.
        ///   - collection: Collection.
        ///   - chapter: Chapter.
        ///   - offset: Scalar offset in the record.
        ///   - line: 1-based line in the record.
        public init(work: String, author: String?, collection: String?, chapter: String?, offset: Int, line: Int) {
            self.work = work
            self.author = author
            self.collection = collection
            self.chapter = chapter
            self.offset = offset
            self.line = line
        }

        /// `author《work·chapter》` (Chinese) or `author, work, chapter`.
        public var citation: String {
            let cjk = work.unicodeScalars.contains { CharacterClass.isCJK($0.value) }
            if cjk {
                var title = work
                if let chapter, !chapter.isEmpty { title += "·" + chapter }
                return (author ?? "") + "《" + title + "》"
            }
            return [author, work, chapter].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
        }
    }

    /// One segment of a diff between the quotation and its source.
    public struct DiffSegment: Sendable, Hashable, Codable {
        /// How the quotation differs from the source in this segment.
        public enum Operation: String, Sendable, Hashable, Codable {
            /// Same in both (after normalisation).
            case equal
            /// The quotation has ``DiffSegment/quote`` where the source has ``DiffSegment/source``.
            case replace
            /// Text in the quotation that the source lacks.
            case insert
            /// Text of the source that the quotation leaves out.
            case delete
        }

        /// The operation.
        public var op: Operation
        /// The quotation's text in this segment (empty for ``Operation/delete``).
        public var quote: String
        /// The source's text in this segment (empty for ``Operation/insert``).
        public var source: String

        /// Creates a segment.
        /// - Parameters:
        ///   - op: The operation.
        ///   - quote: Quotation text.
        ///   - source: Source text.
        public init(op: Operation, quote: String, source: String) {
            self.op = op
            self.quote = quote
            self.source = source
        }
    }

    /// The verdict.
    public var verdict: Verdict
    /// Normalisation steps needed for the match (``NormalizationStep`` raw values), in order.
    public var steps: [String]
    /// Where it was found (the best match), `nil` when not found or unchecked.
    public var source: Source?
    /// The differences from the source (for `variant`, and for `misattributed` when the match is not exact).
    public var diff: [DiffSegment]?
    /// Similarity to the source, 0…1 (1 for exact and normalised matches).
    public var similarity: Double?
    /// A one-line explanation for editors.
    public var message: String

    /// Creates a check result.
    /// - Parameters:
    ///   - verdict: The verdict.
    ///   - steps: Normalisation steps needed.
    ///   - source: Where it was found.
    ///   - diff: Differences from the source.
    ///   - similarity: Similarity, 0…1.
    ///   - message: Explanation.
    public init(verdict: Verdict, steps: [String] = [], source: Source? = nil, diff: [DiffSegment]? = nil,
                similarity: Double? = nil, message: String) {
        self.verdict = verdict
        self.steps = steps
        self.source = source
        self.diff = diff
        self.similarity = similarity
        self.message = message
    }
}
