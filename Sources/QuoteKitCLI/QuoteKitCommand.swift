import ArgumentParser

@main
struct QuoteKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotekit",
        abstract: "Find quotations, their speakers and the works they cite; check them for editors.",
        version: "0.1.0",
        subcommands: [
            ExtractCommand.self,
            LintCommand.self,
            WorksCommand.self,
            CheckCommand.self,
            RulesCommand.self,
            SpeakersCommand.self,
        ]
    )
}
