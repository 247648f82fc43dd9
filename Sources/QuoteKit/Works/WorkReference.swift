/// The work a quotation cites: a link from a ``Quote`` to a ``WorkMention``.
public struct WorkReference: Sendable, Hashable, Codable {
    /// The title without its marks (贯彻新发展理念，建设现代化经济体系).
    public var title: String
    /// The id of the work mention the quote is linked to (`w3`).
    public var id: String
    /// The title of the collection holding the work (习近平经济文选), if known.
    public var container: String?

    /// Creates a work reference.
    /// - Parameters:
    ///   - title: The title.
    ///   - id: The mention id.
    ///   - container: The containing collection's title.
    public init(title: String, id: String, container: String? = nil) {
        self.title = title
        self.id = id
        self.container = container
    }
}
