/// The weights of a trained linear speaker scorer: what a rule pack's `scorer` section holds.
///
/// A candidate's score is the sum of the weights of its features (``SpeakerFeature``), each
/// multiplied by the feature's value, plus the weight of the rule that proposed it
/// (`rule=<id>`). The candidate with the highest score wins when its score reaches
/// ``threshold``; otherwise the quote is left without a speaker.
///
/// ```yaml
/// scorer:
///   source: scripts/train-scorer.py on shared/dev (zh-news, zh-novel)
///   threshold: -0.5
///   weights: {bias: -2.1, distance: -0.4, rule=zh.before.colon: 3.2, form=pronoun: 0.3}
/// ```
public struct SpeakerModel: Sendable, Hashable, Codable {
    /// Feature name → weight: the names of ``SpeakerFeature`` and `rule=<rule id>`.
    public var weights: [String: Double]
    /// The lowest score for which a speaker is given.
    public var threshold: Double
    /// Where the weights come from (the script and the data it was trained on).
    public var source: String?

    /// Creates a model.
    /// - Parameters:
    ///   - weights: Feature name → weight.
    ///   - threshold: The lowest winning score that gives a speaker.
    ///   - source: Where the weights come from.
    public init(weights: [String: Double], threshold: Double = 0, source: String? = nil) {
        self.weights = weights
        self.threshold = threshold
        self.source = source
    }

    init(value: PackValue, path: String) throws {
        guard value.isMap else { throw PackValue.error(path, "a map with weights and threshold") }
        try value.rejectUnknownKeys(["weights", "threshold", "source"], at: path)
        guard let map = value["weights"], map.isMap else { throw PackValue.error(PackValue.join(path, "weights"), "a map of feature → number") }
        var weights: [String: Double] = [:]
        for key in map.keys {
            let name = PackValue.join(path, "weights.\(key)")
            if !key.hasPrefix("rule="), SpeakerFeature(name: key) == nil {
                throw PackValue.Problem(path: name, message: "unknown feature '\(key)' at \(name); expected rule=<id> or one of \(SpeakerFeature.allCases.map(\.name).joined(separator: ", "))")
            }
            weights[key] = try map[key]!.double(name)
        }
        self.weights = weights
        threshold = try value["threshold"]?.double(PackValue.join(path, "threshold")) ?? 0
        source = try value["source"]?.string(PackValue.join(path, "source"))
    }
}
