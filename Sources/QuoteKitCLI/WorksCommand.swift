import ArgumentParser
import QuoteKit
import QuoteKitCSV

struct WorksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "works",
        abstract: "List the works a text cites (《书名》, 〈篇名〉, *Title*): each distinct work once, with its mentions and linked quotes.",
        discussion: """
        With no FILE, or when FILE is -, reads standard input. Exits 1 when an input cannot be read or decoded \
        (the other inputs are still processed).

        Examples:
          quotekit works essay.txt
          quotekit works --format csv --bom *.txt > works.csv
        """
    )

    @Argument(help: "Input files (UTF-8). Use - for standard input.")
    var files: [String] = []

    @Option(help: "Output format: json, jsonl or csv.")
    var format: WorksFormat = .json

    @OptionGroup var options: ExtractorOptions

    @OptionGroup var inputFormat: DocumentFormatOption

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs).")
    var bom = false

    @OptionGroup var csvCells: CSVCellOptions

    mutating func run() throws {
        let extractor = QuoteExtractor(configuration: try options.makeConfiguration())
        var exporter = format.exporter(documents: DocumentInputs.paths(files).count, bom: bom, neutralizesFormulas: csvCells.neutralizesFormulas)
        StandardOutput.write(exporter.begin())
        let failed = try DocumentInputs.forEach(files, format: inputFormat.format) { document in
            StandardOutput.write(try exporter.write(try extractor.extractWithinLimit(document)))
        }
        StandardOutput.write(exporter.end())
        if failed { throw ExitCode(1) }
    }
}

enum WorksFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, csv

    func exporter(documents: Int, bom: Bool, neutralizesFormulas: Bool = true) -> any ResultExporter {
        switch self {
        case .json: return WorksJSONExporter(array: documents > 1)
        case .jsonl: return WorksJSONLinesExporter()
        case .csv: return WorksCSVExporter(bom: bom, neutralizesFormulas: neutralizesFormulas)
        }
    }
}
