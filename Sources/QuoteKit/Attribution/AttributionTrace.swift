/// Why a quote got (or did not get) its speaker: every rule tried, in order, and what happened.
///
/// Produced by ``Attributor/explain(_:)`` and printed by `quotekit extract --explain`.
public struct AttributionTrace: Sendable, Hashable {
    /// One rule tried on the quote.
    public struct Step: Sendable, Hashable {
        /// The rule id.
        public var rule: String
        /// Whether the rule fired (the last step of a trace, when any fired).
        public var fired: Bool
        /// What matched, or which slot failed and where.
        public var detail: String
    }

    /// The quote's id (`q3`).
    public var quote: String
    /// The quote's text, shortened.
    public var text: String
    /// 1-based line of the quote.
    public var line: Int
    /// The rules tried, in order.
    public var steps: [Step]

    /// A plain-text report: a header line per quote, one indented line per rule tried.
    public var report: String {
        var lines = ["\(quote) line \(line) “\(text)”"]
        for step in steps { lines.append("  \(step.fired ? "fired " : "failed") \(step.rule): \(step.detail)") }
        if steps.isEmpty { lines.append("  (no rule tried)") }
        return lines.joined(separator: "\n")
    }
}
