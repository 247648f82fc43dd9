import ArgumentParser
import QuoteKit

/// Options shared by every command that runs the extraction pipeline
/// (`extract`, `speakers`, `works`, `check`): they only build a
/// ``QuoteExtractor/Configuration``.
struct ExtractorOptions: ParsableArguments {
    @Option(help: "Language of the input: auto, zh or en.")
    var lang: Language = .auto

    @Option(help: ArgumentHelp("A file of known work titles, one per line, to find in plain text without 《》 marks.", valueName: "file"))
    var titles: String?

    /// The pipeline configuration these options describe.
    func makeConfiguration() throws -> QuoteExtractor.Configuration {
        var configuration = QuoteExtractor.Configuration()
        configuration.language = lang
        if let titles {
            do {
                configuration.workLinker = WorkLinker(knownTitles: try WorkLinker.titles(fromFile: titles))
            } catch {
                throw ValidationError("--titles: \(error.description)")
            }
        }
        return configuration
    }
}

extension Language: ExpressibleByArgument {}
