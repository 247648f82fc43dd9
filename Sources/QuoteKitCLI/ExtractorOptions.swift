import ArgumentParser
import QuoteKit

/// Options shared by every command that runs the extraction pipeline
/// (`extract`, `speakers`, `works`, `check`): they only build a
/// ``QuoteExtractor/Configuration``.
struct ExtractorOptions: ParsableArguments {
    @Option(help: "Language of the input: auto, zh or en.")
    var lang: Language = .auto

    /// The pipeline configuration these options describe.
    func makeConfiguration() throws -> QuoteExtractor.Configuration {
        var configuration = QuoteExtractor.Configuration()
        configuration.language = lang
        return configuration
    }
}

extension Language: ExpressibleByArgument {}
