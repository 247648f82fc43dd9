import Foundation
import ArgumentParser
import QuoteKit
import QuoteKitRules

/// Options shared by every command that runs the extraction pipeline
/// (`extract`, `speakers`, `works`, `check`): they only build a
/// ``QuoteExtractor/Configuration``.
struct ExtractorOptions: ParsableArguments {
    @Option(help: "Language of the input: auto, zh or en.")
    var lang: Language = .auto

    @Option(help: ArgumentHelp("A file of known work titles, one per line, to find in plain text without 《》 marks.", valueName: "file"))
    var titles: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A YAML rule pack to add to the built-in attribution rules (repeatable).", valueName: "file"))
    var rulePacks: [String] = []

    @Option(help: ArgumentHelp("Speaker aliases: JSON {\"name\": [\"alias\", …]}, CSV rows name,alias, or a character list (CSV name,aliases,gender; aliases separated by |).", valueName: "file"))
    var aliases: String?

    @Option(help: ArgumentHelp("The most quotes one document (a file or a JSON Lines record) may hold; one with more is refused. At most \(Self.maxQuotesCeiling); each quote takes about 1 KB and 25 µs at the limit.", valueName: "count"))
    var maxQuotes: Int = QuoteExtractor.defaultMaxQuotes

    /// The highest `--max-quotes`: a document of a million quotes peaks near 1 GB.
    static let maxQuotesCeiling = 1_000_000

    /// The pipeline configuration these options describe.
    func makeConfiguration() throws -> QuoteExtractor.Configuration {
        var configuration = QuoteExtractor.Configuration()
        configuration.language = lang
        guard (1...Self.maxQuotesCeiling).contains(maxQuotes) else {
            throw ValidationError("--max-quotes must be between 1 and \(Self.maxQuotesCeiling), not \(maxQuotes)")
        }
        configuration.maxQuotes = maxQuotes
        // A document of very many quotes is attributed in windows, two at a time where there are two cores (each window in
        // flight holds about 90 MB); `extract` gives its --jobs instead.
        configuration.windowJobs = min(ProcessInfo.processInfo.activeProcessorCount, 2)
        if let titles {
            do {
                configuration.workLinker = WorkLinker(knownTitles: try WorkLinker.titles(fromFile: titles))
            } catch {
                throw ValidationError("--titles: \(error.description)")
            }
        }
        if !rulePacks.isEmpty || aliases != nil {
            do {
                let packs = try rulePacks.map { try RulePack.load(contentsOf: $0) }
                if let aliases { try Self.refuseJSONArray(aliases) }
                let table = try aliases.map { try SpeakerAliases.load(contentsOf: $0) } ?? SpeakerAliases()
                configuration.attributor = try Attributor(packs: packs, aliases: table)
                if packs.contains(where: { $0.kind != nil }), let kind = configuration.attributor.kindRules {
                    configuration.kindRules = kind
                }
            } catch let error as RulePackError {
                throw ValidationError(error.description)
            } catch let error as SpeakerAliasesError {
                throw ValidationError(error.description)
            }
        }
        return configuration
    }
}

extension ExtractorOptions {
    /// A JSON array is JSON, but not an alias table; the alias reader would take it for CSV and report a CSV error.
    static func refuseJSONArray(_ path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        if first == UInt8(ascii: "[") {
            throw ValidationError("\(path): a JSON array is not an alias file; give a JSON object {\"name\": [\"alias\", …]} or CSV rows name,alias")
        }
    }
}

extension Language: ExpressibleByArgument {}
