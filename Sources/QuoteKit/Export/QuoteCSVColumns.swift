/// The CSV columns of a quote, kept in the core library so that the check report's columns
/// (``CitationReport/csvHeader``) can extend them without the CSV writer (the QuoteKitCSV product).
package enum QuoteCSVColumns {
    /// The header row: `source, id, start, end, line, column, kind, depth, speaker, cue, work, rule, text`.
    package static let header = ["source", "id", "start", "end", "line", "column", "kind", "depth", "speaker", "cue", "work", "rule", "text"]

    /// The fields for one quote, in ``header``'s order.
    package static func row(_ q: Quote) -> [String] {
        [q.source, q.id, String(q.start), String(q.end), String(q.line), String(q.column), q.kind.rawValue,
         String(q.depth), q.speaker?.name ?? "", q.cue ?? "", q.work?.title ?? "", q.rule ?? "", q.text]
    }
}
