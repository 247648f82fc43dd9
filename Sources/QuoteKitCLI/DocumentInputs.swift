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
    static func forEach(_ files: [String], _ body: (Document) throws -> Void) throws -> Bool {
        var failed = false
        for path in paths(files) {
            let document: Document
            do {
                document = try DocumentReader.document(atPath: path)
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
