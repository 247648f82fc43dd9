/// The attribution stage: fills `speaker`, `cue`, `rule` and `confidence` on quotations.
///
/// (Rule-engine attribution lands with the attribution issue; until then this stage leaves the fields empty.)
public struct Attributor: Sendable {
    /// Creates the attribution stage.
    public init() {}

    /// Attributes the quotations of an analysis in place.
    /// - Parameter analysis: The pipeline state.
    public func attribute(_ analysis: inout Analysis) {}
}
