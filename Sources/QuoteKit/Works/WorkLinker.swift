/// The work stage: builds ``WorkMention`` values from titles and links quotes to the works they cite.
///
/// (Work linking lands with the works issue; until then this stage lists no works.)
public struct WorkLinker: Sendable {
    /// Creates the work stage.
    public init() {}

    /// Builds work mentions and links quotes in place.
    /// - Parameter analysis: The pipeline state.
    public func link(_ analysis: inout Analysis) {}
}
