import ArgumentParser
import QuoteKit

/// The input loop shared by `speakers`, `works` and `check`: each file (or `-` for standard
/// input) read one at a time, unreadable inputs reported on standard error and skipped.
enum DocumentInputs {
    /// The inputs to read: the files given, or standard input.
    static func paths(_ files: [String]) -> [String] { files.isEmpty ? ["-"] : files }

    /// Calls `body` with the document of each input in order.
    ///
    /// - Returns: Whether an input could not be read or decoded (the caller exits 1).
    /// - Throws: What `body` throws.
    static func forEach(_ files: [String], format: DocumentFormat? = nil, _ body: (Document) throws -> Void) throws -> Bool {
        var failed = false
        for path in paths(files) {
            let document: Document
            do {
                document = try DocumentReader.document(atPath: path, format: format)
            } catch {
                StandardOutput.error("quotekit: \(error.description)")
                failed = true
                continue
            }
            if let warning = InputWarnings.line(for: document) { StandardOutput.error(warning) }
            try body(document)
        }
        return failed
    }
}

/// `--input` for the commands that read one document per file: the format, or `auto` to go by extension.
struct DocumentFormatOption: ParsableArguments {
    @Option(help: "Input format: auto (by extension: .md, .html, .docx, else text), text, md, html or docx.")
    var input: CorpusReader.InputFormat = .auto

    var format: DocumentFormat? { input.documentFormat }

    func validate() throws {
        if input == .jsonl { throw ValidationError("--input jsonl is only for extract; use text, md, html, docx or auto") }
    }
}
