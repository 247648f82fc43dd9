import ArgumentParser
import QuoteKit
import QuoteKitRules

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the attribution rules in use: id, language, confidence and description, in the order they are tried.",
        discussion: """
        Lists the built-in rule packs plus any given with --rules. Pattern rules are tried first, in order; \
        sieves (marked 'sieve') run afterwards on the quotes still without a speaker.

        Examples:
          quotekit rules --lang zh
          quotekit rules --rules my-pack.yml
        """
    )

    @Option(help: "Only the rules of this language: zh or en.")
    var lang: Language?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A YAML rule pack to add (repeatable).", valueName: "file"))
    var rulePacks: [String] = []

    mutating func run() throws {
        let attributor: Attributor
        do {
            attributor = try Attributor(packs: try rulePacks.map { try RulePack.load(contentsOf: $0) })
        } catch let error as RulePackError {
            throw ValidationError(error.description)
        }
        var lines: [String] = []
        for language in [Language.zh, .en] where lang == nil || lang == language || lang == .auto {
            for rule in attributor.rules(for: language) {
                let confidence = String(format: "%.2f", rule.confidence)
                let kind = rule.sieve.map { "sieve:\($0.rawValue)" } ?? "pattern"
                lines.append([rule.id, language.rawValue, confidence, kind, rule.description ?? ""].joined(separator: "\t"))
            }
        }
        StandardOutput.write(lines.joined(separator: "\n") + "\n")
    }
}
