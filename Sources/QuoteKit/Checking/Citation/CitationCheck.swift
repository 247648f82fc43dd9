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

    /// A claim the text makes about the quotation's source, as read and as judged against the source found.
    public struct Claim: Sendable, Hashable, Codable {
        /// How the claim compares with the source found.
        public enum Status: String, Sendable, Hashable, Codable {
            /// The source is the claimed work or author's (after folding scripts and variants).
            case agrees
            /// The source is another work or author's.
            case conflicts
            /// The library holds no such work or author: the claim cannot be checked and is left out.
            case unknown
            /// Nothing was found to compare the claim with.
            case noSource = "no-source"
        }

        /// Work or author.
        public var kind: CitationClaim.Kind
        /// The title or name as written.
        public var value: String
        /// The rule that produced the claim (an attribution rule id, `work-link`, `lead-in`, `sentence`, `given`).
        public var rule: String
        /// The text the claim was read from.
        public var evidence: String?
        /// How it compares with the source.
        public var status: Status
        /// The source's field it agrees with (its work, chapter, collection or author; the book bearing the author's name).
        public var matched: String?
        /// The folding steps that make the claim equal ``matched`` (`traditional-simplified`, `variant-characters`, …).
        public var steps: [String]

        /// Creates a judged claim.
        /// - Parameters:
        ///   - claim: The claim as read.
        ///   - status: How it compares with the source.
        ///   - matched: The source's field it agrees with.
        ///   - steps: The folding steps.
        public init(_ claim: CitationClaim, status: Status, matched: String? = nil, steps: [String] = []) {
            kind = claim.kind
            value = claim.value
            rule = claim.rule
            evidence = claim.evidence
            self.status = status
            self.matched = matched
            self.steps = steps
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
    /// The claims read from the quote's own attribution, each judged against ``source``; empty when none was read.
    public var claims: [Claim] = []

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

    enum CodingKeys: String, CodingKey { case verdict, steps, source, diff, similarity, message, claims }

    /// Decodes a check; `claims` may be absent (checks written before claims were reported).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try c.decode(Verdict.self, forKey: .verdict)
        steps = try c.decodeIfPresent([String].self, forKey: .steps) ?? []
        source = try c.decodeIfPresent(Source.self, forKey: .source)
        diff = try c.decodeIfPresent([DiffSegment].self, forKey: .diff)
        similarity = try c.decodeIfPresent(Double.self, forKey: .similarity)
        message = try c.decode(String.self, forKey: .message)
        claims = try c.decodeIfPresent([Claim].self, forKey: .claims) ?? []
    }
}
