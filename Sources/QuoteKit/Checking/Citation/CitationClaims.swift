/// One thing a text says about a quotation's source, and where it was read.
///
/// A claim is a cited work (`论语`, `Pride and Prejudice`) or a cited author
/// (`杜甫`, the speaker of `杜甫写道：“…”`), with the rule that produced it: the
/// attribution rule that named the speaker (`zh.before.colon`), `work-link` for
/// the work the ``WorkLinker`` linked the quote to, `lead-in` for a title in the
/// quote's own lead-in (`引用《论语》的话说：“…”`, `《诗经》载：“…”`), `sentence`
/// for a library title written in the quote's sentence (English has no title
/// marks), or `given` for claims handed to the checker.
public struct CitationClaim: Sendable, Hashable, Codable {
    /// What is claimed.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A work (title, chapter or collection).
        case work
        /// An author.
        case author
    }

    /// Work or author.
    public var kind: Kind
    /// The title or name as written (a speaker's canonical name).
    public var value: String
    /// The rule that produced the claim (see the type's description).
    public var rule: String
    /// The text the claim was read from (`杜甫`, `引用《论语》的话说：`), when there is one.
    public var evidence: String?

    /// Creates a claim.
    /// - Parameters:
    ///   - kind: Work or author.
    ///   - value: The title or name.
    ///   - rule: The rule that produced it.
    ///   - evidence: The text it was read from.
    public init(kind: Kind, value: String, rule: String = CitationClaim.given, evidence: String? = nil) {
        self.kind = kind
        self.value = value
        self.rule = rule
        self.evidence = evidence
    }

    /// The rule of claims handed to the checker directly.
    public static let given = "given"
    /// The rule of a work the work linker linked to the quote.
    public static let workLink = "work-link"
    /// The rule of a title in the quote's own lead-in (`引用《论语》的话说：`).
    public static let leadIn = "lead-in"
    /// The rule of a library title (Latin script) written in the quote's sentence.
    public static let sentence = "sentence"
}

/// What a text says about a quotation's source: the works and authors it cites.
///
/// Claims come only from the quote's own attribution (see ``CitationClaim``):
/// its speaker when an explicit attribution rule named it next to the quote,
/// its linked work, and titles its lead-in cites. A speaker found by a sieve
/// (a person named nearby, the previous speaker) or through a pronoun is no
/// claim. Only claims the library knows count: a speaker who is not an author
/// in the library (a journalist, a character) quotes rather than claims
/// authorship, and a title the library does not hold cannot be checked.
public struct CitationClaims: Sendable, Hashable {
    /// The claims, in the order they were read.
    public var items: [CitationClaim]

    /// Creates claims.
    /// - Parameter items: The claims.
    public init(_ items: [CitationClaim]) {
        self.items = items
    }

    /// Creates claims handed to the checker directly (rule ``CitationClaim/given``).
    /// - Parameters:
    ///   - works: Cited titles (a title may name parts: `论语·述而`).
    ///   - authors: Cited authors.
    public init(works: [String] = [], authors: [String] = []) {
        items = works.map { CitationClaim(kind: .work, value: $0) } + authors.map { CitationClaim(kind: .author, value: $0) }
    }

    /// Cited work titles; setting them replaces the work claims with given ones.
    public var works: [String] {
        get { items.filter { $0.kind == .work }.map(\.value) }
        set { items = items.filter { $0.kind != .work } + newValue.map { CitationClaim(kind: .work, value: $0) } }
    }

    /// Cited authors; setting them replaces the author claims with given ones.
    public var authors: [String] {
        get { items.filter { $0.kind == .author }.map(\.value) }
        set { items = items.filter { $0.kind != .author } + newValue.map { CitationClaim(kind: .author, value: $0) } }
    }

    /// Whether nothing is claimed.
    public var isEmpty: Bool { items.isEmpty }

    /// Adds a claim unless one of the same kind and value is there already.
    mutating func add(_ claim: CitationClaim) {
        if !items.contains(where: { $0.kind == claim.kind && $0.value == claim.value }) { items.append(claim) }
    }
}
