import Foundation

/// Ranks the speaker candidates of a quote: the higher the score, the likelier the candidate said it.
///
/// The engine asks for one score per candidate and gives the quote the best candidate whose score
/// reaches ``threshold``. Two scorers ship: ``LinearSpeakerScorer`` (trained weights from a pack's
/// `scorer` section, the default for the built-in packs) and ``RuleConfidenceScorer`` (the rules'
/// own confidences, used when no pack has weights).
protocol SpeakerScorer: Sendable {
    /// The lowest score that gives a speaker.
    var threshold: Double { get }
    /// The score of one candidate.
    /// - Parameters:
    ///   - values: The candidate's feature values, indexed by ``SpeakerFeature/rawValue``.
    ///   - rule: The index of the proposing rule in the compiled pack.
    func score(_ values: [Double], rule: Int) -> Double
    /// The confidence (0…1) recorded for a winner with this score.
    func confidence(_ score: Double, rule: RulePack.Rule) -> Double
}

/// Scores by the proposing rule's confidence, preferring rules with a cue and candidates several rules agree on.
struct RuleConfidenceScorer: SpeakerScorer {
    var threshold: Double { 0.3 }

    func score(_ values: [Double], rule: Int) -> Double {
        values[SpeakerFeature.confidence.rawValue] + values[SpeakerFeature.pattern.rawValue]
            + 0.05 * values[SpeakerFeature.agreement.rawValue]
    }

    func confidence(_ score: Double, rule: RulePack.Rule) -> Double { rule.confidence }
}

/// A linear model: the sum of feature values times their weights, plus the proposing rule's weight.
/// A few multiply-adds per candidate.
struct LinearSpeakerScorer: SpeakerScorer {
    let weights: [Double]
    let ruleWeights: [Double]
    let threshold: Double

    /// Compiles a pack's model against the merged rules (a weight for a rule id the packs lack is ignored).
    init(_ model: SpeakerModel, rules: [RulePack.Rule]) {
        weights = SpeakerFeature.allCases.map { model.weights[$0.name] ?? 0 }
        ruleWeights = rules.map { model.weights["rule=" + $0.id] ?? 0 }
        threshold = model.threshold
    }

    func score(_ values: [Double], rule: Int) -> Double {
        var total = rule >= 0 && rule < ruleWeights.count ? ruleWeights[rule] : 0
        for k in 0..<weights.count { total += weights[k] * values[k] }
        return total
    }

    /// The model's probability that the winner is right.
    func confidence(_ score: Double, rule: RulePack.Rule) -> Double { 1 / (1 + exp(-score)) }
}
