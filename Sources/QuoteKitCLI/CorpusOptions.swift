import ArgumentParser
import Foundation
import QuoteKit

/// Options for reading corpora and running on several cores.
struct CorpusOptions: ParsableArguments {
    @Option(help: "Input format: auto (by extension: .md, .html, .docx, else text), text, md, html, docx (one document per file) or jsonl (one JSON document per line).")
    var input: CorpusReader.InputFormat = .auto

    @Option(help: "Shell pattern for file names inside folders, e.g. '*.txt'.")
    var glob: String?

    @Option(help: "JSON Lines field holding the text.")
    var textField = "text"

    @Option(help: "JSON Lines field holding the document id (reported as source).")
    var idField = "id"

    @Option(name: .shortAndLong, help: "Documents processed at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(inversion: .prefixedNo, help: "Show a progress line on standard error (default: only on a terminal).")
    var progress: Bool?

    func reader(for inputs: [String]) -> CorpusReader {
        var options = CorpusReader.Options()
        options.format = input
        options.glob = glob
        return CorpusReader(inputs: inputs, options: options)
    }

    var decoder: CorpusDecoder {
        var decoder = CorpusDecoder(textField: textField, idField: idField)
        decoder.format = input.documentFormat
        return decoder
    }

    func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func validate() throws {
        if jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if jobs > OrderedParallelMap.maxJobs { throw ValidationError("--jobs must be at most \(OrderedParallelMap.maxJobs)") }
    }
}

extension CorpusReader.InputFormat: ExpressibleByArgument {}
