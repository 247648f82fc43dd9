import ArgumentParser
import QuoteKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract quotations (text, kind, speaker, work) as JSON, JSON Lines or CSV.",
        discussion: "With no FILE, or when FILE is -, reads standard input. Exits 1 when an input cannot be read or decoded (the other inputs are still processed). With --explain, a plain-text report of the attribution rules tried for each quote goes to standard error (one header line per quote, one indented line per rule: fired or failed, and why); standard output is unchanged."
    )

    @Argument(help: "Input files (UTF-8). Use - for standard input.")
    var files: [String] = []

    @Option(help: "Output format: json, jsonl or csv.")
    var format: ExtractFormat = .json

    @OptionGroup var options: ExtractorOptions

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs).")
    var bom = false

    @Flag(help: "Print to standard error, per quote, the attribution rules tried and why each failed or fired.")
    var explain = false

    mutating func run() throws {
        let inputs = files.isEmpty ? ["-"] : files
        let extractor = QuoteExtractor(configuration: try options.makeConfiguration())
        var exporter = format.exporter(documents: inputs.count, bom: bom)
        StandardOutput.write(exporter.begin())
        var failed = false
        for path in inputs {
            do {
                let document = try DocumentReader.document(atPath: path)
                let result: ExtractionResult
                if explain {
                    let explained = extractor.extractExplained(document)
                    StandardOutput.error("== \(document.source)\n" + explained.traces.map(\.report).joined(separator: "\n"))
                    result = explained.result
                } else {
                    result = extractor.extract(document)
                }
                StandardOutput.write(try exporter.write(result))
            } catch let error as InputError {
                StandardOutput.error("quotekit: \(error.description)")
                failed = true
            }
        }
        StandardOutput.write(exporter.end())
        StandardOutput.flush()
        if failed { throw ExitCode(1) }
    }
}

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, csv

    func exporter(documents: Int, bom: Bool) -> any ResultExporter {
        switch self {
        case .json: return JSONExporter(array: documents > 1)
        case .jsonl: return JSONLinesExporter()
        case .csv: return CSVExporter(bom: bom)
        }
    }
}
