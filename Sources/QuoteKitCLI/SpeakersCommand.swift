import ArgumentParser
import QuoteKit
import QuoteKitCSV

struct SpeakersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "speakers",
        abstract: "List canonical speakers with their mentions, titles and quote ids.",
        discussion: """
        With no FILE, or when FILE is -, reads standard input. Speakers are ordered by number of quotes. \
        Exits 1 when an input cannot be read (the others are still indexed).

        Examples:
          quotekit speakers novel.txt
          quotekit speakers --format csv --aliases aliases.json chapter*.txt > speakers.csv
        """
    )

    @Argument(help: "Input files (UTF-8). Use - for standard input.")
    var files: [String] = []

    @Option(help: "Output format: json, csv or table.")
    var format: SpeakersFormat = .table

    @OptionGroup var options: ExtractorOptions

    @OptionGroup var csvCells: CSVCellOptions

    @OptionGroup var inputFormat: DocumentFormatOption

    mutating func run() throws {
        let extractor = QuoteExtractor(configuration: try options.makeConfiguration())
        var results: [ExtractionResult] = []
        let failed = try DocumentInputs.forEach(files, format: inputFormat.format) { results.append(try extractor.extractWithinLimit($0)) }
        let index = SpeakerIndex(results)
        switch format {
        case .json: StandardOutput.write(index.json)
        case .csv: StandardOutput.write(try CSVExporter.encode(rows: index.csvRows, neutralizingFormulas: csvCells.neutralizesFormulas))
        case .table: StandardOutput.write(index.table)
        }
        if failed { throw ExitCode(1) }
    }
}

enum SpeakersFormat: String, ExpressibleByArgument, CaseIterable {
    case json, csv, table
}
