import QuoteKit

/// The one-line standard-error warning for an input that was read with repairs
/// (invalid UTF-8 replaced with U+FFFD) or that holds NUL bytes.
enum InputWarnings {
    /// The warning for a document, or `nil` when its bytes were clean.
    static func line(for document: Document) -> String? {
        let findings = document.inputDiagnostics
        guard let first = findings.first else { return nil }
        var parts: [String] = []
        for (rule, what) in [("input.invalid-utf8", "invalid UTF-8 sequence"), ("input.nul", "NUL byte")] {
            let matching = findings.filter { $0.rule == rule }
            guard !matching.isEmpty else { continue }
            let count = matching.count > 100 ? "over 100" : String(matching.count)
            parts.append("\(count) \(what)\(matching.count == 1 ? "" : "s")")
        }
        return "quotekit: \(document.source): warning: \(parts.joined(separator: " and ")) (first: \(first.message)); "
            + "offsets count the text as read; fix the file's encoding to silence this"
    }
}
