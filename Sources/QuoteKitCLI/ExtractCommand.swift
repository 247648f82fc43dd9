import ArgumentParser
import QuoteKit

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract quotations (text, kind, speaker, work) as JSON, JSON Lines, CSV or an HTML review page.",
        discussion: "With no FILE, or when FILE is -, reads standard input. Exits 1 when an input cannot be read or decoded (the other inputs are still processed)."
    )

    @Argument(help: "Input files (UTF-8). Use - for standard input.")
    var files: [String] = []

    @Option(help: "Output format: json, jsonl, csv or html.")
    var format: ExtractFormat = .json

    @OptionGroup var options: ExtractorOptions

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs).")
    var bom = false

    mutating func run() throws {
        let inputs = files.isEmpty ? ["-"] : files
        let extractor = QuoteExtractor(configuration: try options.makeConfiguration())
        var exporter = format.exporter(documents: inputs.count, bom: bom)
        StandardOutput.write(exporter.begin())
        var failed = false
        for path in inputs {
            do {
                let document = try DocumentReader.document(atPath: path)
                let result = extractor.extract(document)
                StandardOutput.write(try exporter.write(result, document: document))
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
    case json, jsonl, csv, html

    func exporter(documents: Int, bom: Bool) -> any ResultExporter {
        switch self {
        case .json: return JSONExporter(array: documents > 1)
        case .jsonl: return JSONLinesExporter()
        case .csv: return CSVExporter(bom: bom)
        case .html: return HTMLExporter()
        }
    }
}
