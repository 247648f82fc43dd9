/// A resolver of your own that proposes speakers for quotations, registered by name and used by
/// the packs' rules that name it (`sieve: my-sieve`).
///
/// A sieve runs, in the order of its rule among the pack's sieves, on every top-level quotation
/// no pattern rule attributed. What it proposes joins the candidates of the other rules, and the
/// scorer weighs it with the rule's id (`rule=<id>` in a pack's `scorer` weights).
///
/// ```swift
/// struct ByLine: AttributionSieve {
///     let name = "by-line"
///     func propose(for quote: Int, in context: SieveContext) -> [SieveProposal] {
///         [SieveProposal(name: "Editorial board")]
///     }
/// }
/// let pack = try RulePack.load(yaml: "language: en\nrules: [{id: my.by-line, sieve: by-line, confidence: 0.3}]")
/// let attributor = try Attributor(packs: [pack], sieves: [ByLine()])
/// ```
public protocol AttributionSieve: Sendable {
    /// The name packs use for it.
    var name: String { get }
    /// The speakers it proposes for one quote.
    /// - Parameters:
    ///   - quote: The quote's index in ``SieveContext/quotes``.
    ///   - context: The document, its quotes and the speakers given so far.
    /// - Returns: The proposals, best first (empty when it has none).
    func propose(for quote: Int, in context: SieveContext) -> [SieveProposal]
}

/// What a sieve sees: the document, its quotes, and who the quotes before have been given to so far.
public struct SieveContext: Sendable {
    /// The document.
    public let document: Document
    /// Every quote of the document, in text order (speakers not filled in yet).
    public let quotes: [Quote]
    /// The speaker given so far to each quote (the first rule's; the scorer may still change it), by index.
    public let speakers: [String?]
}

/// A speaker a sieve proposes.
public struct SieveProposal: Sendable, Hashable {
    /// The speaker's name.
    public var name: String
    /// Scalar offsets of the mention in the text, if the speaker is written there.
    public var mention: Range<Int>?
    /// How the sieve reached the speaker.
    public var resolution: Speaker.Resolution

    /// Creates a proposal.
    /// - Parameters:
    ///   - name: The speaker's name.
    ///   - mention: Where the text names them, if it does.
    ///   - resolution: How the sieve reached them (default: explicit).
    public init(name: String, mention: Range<Int>? = nil, resolution: Speaker.Resolution = .explicit) {
        self.name = name
        self.mention = mention
        self.resolution = resolution
    }
}
