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
            do {
                try body(document)
            } catch let error as InputError {
                // A document refused after it was read (too many quotes): reported like an unreadable one.
                StandardOutput.error("quotekit: \(error.description)")
                failed = true
            }
        }
        return failed
    }
}

/// `--input` for the commands that read one document per file: the format, or `auto` to go by extension.
/// Its values leave out `jsonl` (only `extract` reads JSON Lines), so help lists only what is accepted.
struct DocumentFormatOption: ParsableArguments {
    @Option(help: "Input format: auto (by extension: .md, .html, .docx, else text), text, md, html or docx.")
    var input: DocumentInputFormat = .auto

    var format: DocumentFormat? { input.corpusFormat.documentFormat }
}

/// The values of ``DocumentFormatOption/input``.
enum DocumentInputFormat: String, ExpressibleByArgument, CaseIterable {
    case auto, text, md, html, docx

    var corpusFormat: CorpusReader.InputFormat {
        switch self {
        case .auto: return .auto
        case .text: return .text
        case .md: return .md
        case .html: return .html
        case .docx: return .docx
        }
    }
}
