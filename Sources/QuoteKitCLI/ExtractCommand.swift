import ArgumentParser
import Foundation
import QuoteKit
import QuoteKitCSV

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract quotations (text, kind, speaker, work) as JSON, JSON Lines, CSV or an HTML review page.",
        discussion: """
        Inputs are files, folders (searched recursively; see --glob) or - for standard input (the default). \
        With --input jsonl every line of every input is a JSON object holding one document. \
        Documents are processed on --jobs threads and written in input order, one at a time. \
        An input that cannot be read or decoded is reported on standard error and the exit status is 1; \
        the other inputs are still processed. \
        With --explain, a plain-text report of the attribution rules tried for each quote goes to standard error \
        (a header line per quote, then one indented line per rule: fired or failed, and why); standard output is unchanged.

        Examples:
          quotekit extract article.txt
          quotekit extract --format csv --bom --glob '*.txt' corpus/ > quotes.csv
          quotekit extract --input jsonl --text-field body -j 2 news.jsonl > quotes.jsonl
        """
    )

    @Argument(help: "Input files or folders (UTF-8). Use - for standard input.")
    var inputs: [String] = []

    @Option(help: "Output format: json, jsonl, csv or html.")
    var format: ExtractFormat = .json

    @OptionGroup var options: ExtractorOptions

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Start CSV output with a UTF-8 byte-order mark (for spreadsheet programs).")
    var bom = false

    @OptionGroup var csvCells: CSVCellOptions

    @Flag(help: "Print to standard error, per quote, the attribution rules tried and why each failed or fired, and every speaker candidate with its features and score.")
    var explain = false

    @Option(help: ArgumentHelp("Write every speaker candidate of every quote, with its features and score, to this file as JSON Lines (for training the scorer: scripts/train-scorer.py).", valueName: "file"))
    var candidates: String?

    /// Quotes per slice when a JSON Lines or CSV document is written in slices.
    static let chunk = 20_000

    mutating func run() throws {
        let inputs = self.inputs.isEmpty ? ["-"] : self.inputs
        var configuration = try options.makeConfiguration()
        // Two windows at most: each one in flight holds about 90 MB (50,000 quotes and their context), and two keep a
        // line of a million quotes under the hostile battery's 1 GB on a machine of any number of cores.
        configuration.windowJobs = min(corpus.jobs, 2)
        let extractor = QuoteExtractor(configuration: configuration)
        var reader = corpus.reader(for: inputs)
        let several = inputs.count > 1 || corpus.input == .jsonl || inputs.contains { corpus.isFolder($0) }
        var exporter = format.exporter(documents: several ? 2 : 1, bom: bom, neutralizesFormulas: csvCells.neutralizesFormulas)
        let decoder = corpus.decoder
        let progress = ProgressLine(enabled: corpus.progress, totalBytes: reader.totalBytes)
        StandardOutput.write(exporter.begin())
        var failed = false
        var candidatesFailed = false
        // Only the HTML page shows the text, so only it keeps documents past extraction.
        let keepDocument = format == .html
        let explain = self.explain
        let candidateFile: FileHandle?
        if let path = candidates {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write the candidates file \(path)")
            }
            candidateFile = handle
        } else {
            candidateFile = nil
        }
        let traced = explain || candidateFile != nil
        let rowPerQuote = format == .jsonl || format == .csv
        // JSON Lines rows depend on their document only: the workers write them, the output thread just copies.
        let rowsInWorkers = format == .jsonl
        OrderedParallelMap(jobs: corpus.jobs).run(&reader, cost: { $0.size }, transform: { item -> (Result<Extracted, InputError>, Int) in
            do throws(InputError) {
                let document = try decoder.document(for: item)
                let kept = keepDocument ? document : nil
                let warning = InputWarnings.line(for: document)
                var extracted: Extracted
                if traced {
                    let explained = extractor.extractExplained(document)
                    if let refusal = extractor.refusal(of: explained.result) { throw refusal }
                    let report = explain ? "== \(document.source)\n" + explained.traces.map(\.report).joined(separator: "\n") : nil
                    extracted = Extracted(result: explained.result, document: kept, report: [warning, report].compactMap { $0 }.joined(separator: "\n"))
                    if candidateFile != nil { extracted.candidateRows = CandidateRows.lines(explained.traces, source: document.source) }
                } else {
                    extracted = Extracted(result: try extractor.extractWithinLimit(document), document: kept, report: warning)
                }
                if rowsInWorkers, extracted.result.quotes.count <= Self.chunk {
                    var rows = JSONLinesExporter()
                    extracted.rows = rows.write(extracted.result)
                    // Free the quotes here, on the thread that made them, not on the output thread.
                    extracted.result.quotes = []
                }
                return (.success(extracted), item.size)
            } catch {
                return (.failure(error), item.size)
            }
        }, sink: { outcome in
            switch outcome.0 {
            case .success(let extracted):
                let (result, document) = (extracted.result, extracted.document)
                if let report = extracted.report, !report.isEmpty { StandardOutput.error(report) }
                if let rows = extracted.candidateRows, let file = candidateFile, !candidatesFailed {
                    do {
                        try file.write(contentsOf: rows)
                    } catch {
                        StandardOutput.error("quotekit: \(candidates ?? ""): cannot write the candidates file: \(error.localizedDescription)")
                        candidatesFailed = true
                        failed = true
                    }
                }
                do {
                    if let rows = extracted.rows {
                        StandardOutput.write(rows)
                    } else if let document {
                        StandardOutput.write(try exporter.write(result, document: document))
                    } else if rowsInWorkers, result.quotes.count > Self.chunk {
                        // A huge document (a million quotes on one line): its JSON Lines rows in slices, so that the
                        // output never sits in memory whole; a slice's rows depend on its quotes alone, so two are
                        // written at once.
                        for start in stride(from: 0, to: result.quotes.count, by: 2 * Self.chunk) {
                            for rows in Self.jsonLines(result, slicesFrom: start) { StandardOutput.write(rows) }
                        }
                    } else if rowPerQuote, result.quotes.count > Self.chunk {
                        // The same, one slice at a time, for CSV (whose exporter writes its header once).
                        for start in stride(from: 0, to: result.quotes.count, by: Self.chunk) {
                            StandardOutput.write(try exporter.write(result, quotes: start..<min(start + Self.chunk, result.quotes.count)))
                        }
                    } else {
                        StandardOutput.write(try exporter.write(result))
                    }
                } catch {
                    StandardOutput.error("quotekit: \(result.source): cannot write output: \(error)")
                    failed = true
                }
            case .failure(let error):
                StandardOutput.error("quotekit: \(error.description)")
                failed = true
            }
            progress.advance(bytes: outcome.1)
        })
        progress.finish()
        StandardOutput.write(exporter.end())
        do {
            try candidateFile?.synchronize()
            try candidateFile?.close()
        } catch {
            if !candidatesFailed { StandardOutput.error("quotekit: \(candidates ?? ""): cannot write the candidates file: \(error.localizedDescription)") }
            failed = true
        }
        if failed { throw ExitCode(1) }
    }
}

extension ExtractCommand {
    /// The JSON Lines rows of the two slices of ``chunk`` quotes from `start` (one when fewer quotes are left), written
    /// on two threads.
    static func jsonLines(_ result: ExtractionResult, slicesFrom start: Int) -> [[UInt8]] {
        let ranges = stride(from: start, to: min(start + 2 * chunk, result.quotes.count), by: chunk).map {
            $0..<min($0 + chunk, result.quotes.count)
        }
        let slices = LockedSlots<[UInt8]>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { k in
            var exporter = JSONLinesExporter()
            slices.set(k, exporter.write(result, quotes: ranges[k]))
        }
        return slices.takeAll().map { $0 ?? [] }
    }
}

/// One document's extraction as it travels from a worker to the output thread.
struct Extracted {
    var result: ExtractionResult
    /// The document, kept only for the HTML page.
    var document: Document?
    /// Warnings and the `--explain` trace, for standard error.
    var report: String?
    /// The JSON Lines rows, when the worker wrote them.
    var rows: [UInt8]? = nil
    /// The `--candidates` rows of the document.
    var candidateRows: Data? = nil
}

/// The `--candidates` file: one JSON object per quote with candidates, `{"source", "start", "end", "quote", "candidates": [...]}`.
enum CandidateRows {
    static func lines(_ traces: [AttributionTrace], source: String) -> Data {
        var data = Data()
        for trace in traces where !trace.candidates.isEmpty {
            let candidates: [[String: Any]] = trace.candidates.map { candidate in
                ["speaker": candidate.speaker ?? NSNull(), "mention": candidate.mention ?? NSNull(), "rule": candidate.rule,
                 "score": candidate.score, "chosen": candidate.chosen, "features": candidate.features]
            }
            let object: [String: Any] = ["source": source, "quote": trace.quote, "start": trace.start, "end": trace.end, "candidates": candidates]
            if let line = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]) {
                data.append(line)
                data.append(0x0A)
            }
        }
        return data
    }
}

enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, jsonl, csv, html

    func exporter(documents: Int, bom: Bool, neutralizesFormulas: Bool = true) -> any ResultExporter {
        switch self {
        case .json: return JSONExporter(array: documents > 1)
        case .jsonl: return JSONLinesExporter()
        case .csv: return CSVExporter(bom: bom, neutralizesFormulas: neutralizesFormulas)
        case .html: return HTMLExporter()
        }
    }
}
