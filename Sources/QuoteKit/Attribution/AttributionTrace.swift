import Foundation

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

    /// A speaker proposed for the quote, with what the scorer saw and gave it.
    public struct Candidate: Sendable, Hashable {
        /// Who (the canonical name before aliases and partial names are merged); `nil` for "no speaker" (a saying).
        public var speaker: String?
        /// The mention in the text (a pronoun, a name), if any.
        public var mention: String?
        /// The rule that proposed it.
        public var rule: String
        /// The scorer's score.
        public var score: Double
        /// Whether it won.
        public var chosen: Bool
        /// The non-zero features, by name (as in a pack's `scorer` weights).
        public var features: [String: Double]
    }

    /// The quote's id (`q3`).
    public var quote: String
    /// The quote's text, shortened.
    public var text: String
    /// 1-based line of the quote.
    public var line: Int
    /// The rules tried, in order.
    public var steps: [Step]
    /// Scalar offset of the quote's content.
    public var start: Int = 0
    /// Scalar offset just past the quote's content.
    public var end: Int = 0
    /// Every speaker candidate, as ranked (empty when none was proposed).
    public var candidates: [Candidate] = []

    /// A plain-text report: a header line per quote, one indented line per rule tried.
    public var report: String {
        var lines = ["\(quote) line \(line) “\(text)”"]
        for step in steps { lines.append("  \(step.fired ? "fired " : "failed") \(step.rule): \(step.detail)") }
        if steps.isEmpty { lines.append("  (no rule tried)") }
        for candidate in candidates.sorted(by: { $0.score > $1.score }) {
            let features = candidate.features.sorted { $0.key < $1.key }.map { "\($0.key)=\(Self.short($0.value))" }.joined(separator: " ")
            lines.append("  \(candidate.chosen ? "chosen   " : "candidate") \(candidate.speaker ?? "(no speaker)") score \(Self.short(candidate.score)) by \(candidate.rule): \(features)")
        }
        return lines.joined(separator: "\n")
    }

    /// The number of the quote's id (3 for `q3`): traces sort by it into text order.
    var quoteNumber: Int { Int(quote.dropFirst()) ?? 0 }

    static func short(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e6 ? String(Int(value)) : String(format: "%.2f", value)
    }
}
