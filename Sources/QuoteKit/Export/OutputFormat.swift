/// The output formats of `quotekit extract` and the exporters.
public enum OutputFormat: String, Sendable, CaseIterable, Codable {
    /// One JSON object per input (`{"source", "quotes", "works", "diagnostics"}`), an array for several inputs.
    case json
    /// One JSON object per quote per line.
    case jsonl
    /// RFC 4180 CSV with a header row, one row per quote.
    case csv
    /// A self-contained HTML review page.
    case html
}
