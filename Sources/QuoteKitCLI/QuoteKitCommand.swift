import ArgumentParser

@main
struct QuoteKitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotekit",
        abstract: "Find quotations, their speakers and the works they cite; check them for editors.",
        discussion: """
        Examples:
          quotekit extract --format jsonl news.txt > quotes.jsonl
          quotekit lint --fix article.txt > fixed.txt
          quotekit speakers novel.txt
        Exit status: 0 success, 1 an input failed or a problem was found, 2 unusable configuration \
        (lint, check), 64 a usage error. Run 'quotekit help SUBCOMMAND' for the options of each.
        """,
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

    /// Runs the command; a usage error is printed as one line naming what was wrong and where to read more.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode { exit(withError: error) }
            let message = self.message(for: error).split(separator: "\n").first.map(String.init) ?? "unknown error"
            let arguments = CommandLine.arguments.dropFirst()
            let names = configuration.subcommands.compactMap { $0.configuration.commandName }
            let help = arguments.first.flatMap { names.contains($0) ? "quotekit \($0) --help" : nil } ?? "quotekit --help"
            let line = "quotekit: \(message)"
            StandardOutput.error(line.hasSuffix(".") ? "\(line) See '\(help)' for usage." : "\(line); see '\(help)' for usage")
            exit(withError: code)
        }
    }
}
