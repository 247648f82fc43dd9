import ArgumentParser
import Foundation
import QuoteKit
import QuoteKitCSV

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check quotations against reference texts (exact, normalized, abridged, variant, misattributed, not-found).",
        discussion: """
        The library is one or more .txt files (title = file name), JSON Lines files of \
        {"work", "author", "collection", "chapter", "text"} records, or folders of them. \
        Exits 1 when any quotation is variant, misattributed or not-found (or an input cannot be read), 2 when the library cannot be loaded, 0 otherwise.

        A quote's claims (the work or author it is cited as) come from its own attribution only: \
        its speaker when an explicit rule named it, its linked work, a title its lead-in cites \
        (引用《论语》的话说). Every verdict lists them with the rule that read them, whether the \
        source agrees (after folding scripts and variants), and why.

        Examples:
          quotekit check --library classics/ article.txt
          quotekit check --library lunyu.txt --index lunyu.idx --format html article.txt > report.html
        """
    )

    @Argument(help: "Input files (UTF-8). Use - for standard input.")
    var files: [String] = []

    @Option(name: .long, help: "Reference texts: a .txt or .jsonl file or a folder (repeatable).")
    var library: [String] = []

    @Option(help: "Output format: text, json, jsonl, csv or html.")
    var format: CheckFormat = .text

    @Flag(help: "Check terms too, not only quotations.")
    var all = false

    @Option(help: "Index cache file: read when it matches the library, otherwise built and written.")
    var index: String?

    @Flag(help: "Report the library's index build time and size on standard error.")
    var verbose = false

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs).")
    var bom = false

    @OptionGroup var csvCells: CSVCellOptions

    @OptionGroup var options: ExtractorOptions

    @OptionGroup var inputFormat: DocumentFormatOption

    func validate() throws {
        if library.isEmpty { throw ValidationError("give at least one --library PATH") }
    }

    mutating func run() throws {
        let clock = ContinuousClock()
        let reference: ReferenceLibrary
        do {
            reference = try ReferenceLibrary.load(paths: library, cache: index)
        } catch {
            StandardOutput.error("quotekit: \(error.description)")
            throw ExitCode(2)
        }
        for note in reference.statistics.cacheNotes { StandardOutput.error("quotekit: warning: \(note)") }
        var checkerOptions = CitationChecker.Options()
        checkerOptions.checkTerms = all
        let foldStart = clock.now
        _ = Normalizer().normalize("x")
        let foldSeconds = (clock.now - foldStart).seconds
        let checkerStart = clock.now
        let configuration = try options.makeConfiguration()
        // The checker reads speakers as claims only from the pattern rules of the attributor in use.
        let checker = CitationChecker(library: reference, options: checkerOptions, attributor: configuration.attributor)
        let checkerSeconds = (clock.now - checkerStart).seconds
        if verbose {
            let s = reference.statistics
            StandardOutput.error("quotekit: library \(s.records) texts, \(s.scalars) characters, \(s.units) units, \(s.words) words; "
                + "index \(String(format: "%.1f", Double(s.indexBytes) / 1_048_576)) MiB; "
                + (s.fromCache ? "read from cache in \(String(format: "%.3f", s.loadSeconds)) s" :
                    "parsed in \(String(format: "%.3f", s.loadSeconds)) s, built in \(String(format: "%.3f", s.buildSeconds)) s")
                + "; folding tables in \(String(format: "%.3f", foldSeconds)) s; checker ready in \(String(format: "%.3f", checkerSeconds)) s")
        }
        let extractor = QuoteExtractor(configuration: configuration)
        var exporter = format.exporter(documents: DocumentInputs.paths(files).count, bom: bom, neutralizesFormulas: csvCells.neutralizesFormulas)
        StandardOutput.write(exporter.begin())
        var problems = 0
        var checked = 0
        let started = clock.now
        let failed = try DocumentInputs.forEach(files, format: inputFormat.format) { document in
            let result = checker.check(try extractor.extractWithinLimit(document), document: document)
            for quote in result.quotes { if let c = quote.check, c.verdict != .unchecked { checked += 1; if c.verdict.isProblem { problems += 1 } } }
            StandardOutput.write(try exporter.write(result, document: document))
        }
        StandardOutput.write(exporter.end())
        if verbose {
            StandardOutput.error("quotekit: checked \(checked) quotations in \(String(format: "%.3f", (clock.now - started).seconds)) s; \(problems) to review")
        }
        if failed || problems > 0 { throw ExitCode(1) }
    }
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl, csv, html

    func exporter(documents: Int, bom: Bool, neutralizesFormulas: Bool = true) -> any ResultExporter {
        switch self {
        case .text: return CheckTextExporter()
        case .json: return JSONExporter(array: documents > 1)
        case .jsonl: return JSONLinesExporter()
        case .csv: return CitationCSVExporter(bom: bom, neutralizesFormulas: neutralizesFormulas)
        case .html: return HTMLExporter(title: "QuoteKit citation check")
        }
    }
}

/// The readable report of `check --format text`.
struct CheckTextExporter: ResultExporter {
    mutating func begin() -> [UInt8] { [] }
    mutating func write(_ result: ExtractionResult) -> [UInt8] { Array(CitationReport.text(result).utf8) }
    mutating func end() -> [UInt8] { [] }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
