import ArgumentParser
import Foundation
import QuoteKit

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
        version: QuoteKit.version,
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
        preloadRulePacks(for: CommandLine.arguments.dropFirst().first)
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

    /// The subcommands that run the extractor, and so load the built-in rule packs.
    static let extracting: [any ParsableCommand.Type] = [ExtractCommand.self, SpeakersCommand.self, WorksCommand.self, CheckCommand.self]

    /// Loads the built-in rule packs on another thread while the arguments are parsed.
    ///
    /// Compiling the packs (their tries and patterns) and parsing the arguments are the two largest parts
    /// of start-up; with a spare core they overlap. The packs are loaded once, so the command's own use
    /// waits for this load or finds it done. Nothing else is shared and nothing changes in the output.
    static func preloadRulePacks(for subcommand: String?) {
        guard let subcommand, extracting.contains(where: { $0.configuration.commandName == subcommand }),
              ProcessInfo.processInfo.activeProcessorCount > 1 else { return }
        Thread.detachNewThread { _ = QuoteExtractor.Configuration() }
    }
}
