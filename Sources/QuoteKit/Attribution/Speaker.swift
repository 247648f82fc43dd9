/// Who said a quotation.
public struct Speaker: Sendable, Hashable, Codable {
    /// How the speaker was found.
    public enum Resolution: String, Sendable, Codable {
        /// Named next to the quote.
        case explicit
        /// A pronoun (他, she) resolved to an earlier named speaker.
        case pronoun
        /// A clause with no subject (……，并要求“…”) continuing an earlier speaker.
        case continuation
        /// A conversation turn with no cue, alternating between the last two speakers.
        case alternation
    }

    /// The canonical name: titles and honorifics stripped, aliases merged (习近平, Elizabeth Bennet).
    public var name: String
    /// The surface text as written (习近平总书记, 他, Lizzy).
    public var mention: String
    /// A title or role written with the name (总书记, Dr.), if any.
    public var title: String?
    /// Scalar offset of the mention; `nil` for zero anaphora.
    public var start: Int?
    /// Scalar offset just past the mention; `nil` for zero anaphora.
    public var end: Int?
    /// How the speaker was resolved.
    public var resolution: Resolution

    /// Creates a speaker.
    /// - Parameters:
    ///   - name: Canonical name.
    ///   - mention: Surface text.
    ///   - title: Title or role, if any.
    ///   - start: Mention start offset.
    ///   - end: Mention end offset.
    ///   - resolution: How it was found.
    public init(name: String, mention: String, title: String? = nil, start: Int? = nil, end: Int? = nil, resolution: Resolution = .explicit) {
        self.name = name
        self.mention = mention
        self.title = title
        self.start = start
        self.end = end
        self.resolution = resolution
    }
}
