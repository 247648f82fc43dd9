/// Plain-text and CSV renderings of checked results, for `quotekit check`.
public enum CitationReport {
    /// A readable per-quote report of one checked document.
    ///
    /// One block per checked quotation: position, verdict, the quote, where it
    /// was found, the steps and, for close matches, the differences written as
    /// `[-source-]{+quote+}`. Ends with a count per verdict.
    /// - Parameter result: A result whose quotes carry checks.
    /// - Returns: The report, ending with a newline.
    public static func text(_ result: ExtractionResult) -> String {
        var out = "\(result.source)\n"
        var counts: [CitationCheck.Verdict: Int] = [:]
        for quote in result.quotes {
            guard let check = quote.check else { continue }
            counts[check.verdict, default: 0] += 1
            if check.verdict == .unchecked { continue }
            out += "  \(quote.line):\(quote.column) \(quote.id) \(check.verdict.rawValue.uppercased())  \(quote.open)\(clip(quote.text, 80))\(quote.close ?? "")\n"
            if let speaker = quote.speaker { out += "      speaker: \(speaker.name)\n" }
            for claim in check.claims { out += "      claim: \(describe(claim))\n" }
            if let source = check.source { out += "      source: \(source.citation), line \(source.line)\n" }
            if !check.steps.isEmpty { out += "      steps: \(check.steps.joined(separator: ", "))\n" }
            if let diff = check.diff, check.verdict != .abridged, diff.contains(where: { $0.op != .equal }) {
                out += "      diff: \(inlineDiff(diff))\n"
            }
            if let similarity = check.similarity, similarity < 1 { out += "      similarity: \(CitationChecker.format(similarity))\n" }
            out += "      \(check.message)\n"
        }
        let summary = CitationCheck.Verdict.allCases.compactMap { v in counts[v].map { "\($0) \(v.rawValue)" } }
        out += "  summary: " + (summary.isEmpty ? "no quotations" : summary.joined(separator: ", ")) + "\n"
        return out
    }

    /// A diff on one line: equal text as is, changes as `[-source-]{+quote+}`.
    /// - Parameter diff: The segments.
    /// - Returns: The line.
    public static func inlineDiff(_ diff: [CitationCheck.DiffSegment]) -> String {
        var s = ""
        for segment in diff {
            switch segment.op {
            case .equal: s += segment.quote
            case .replace: s += "[-\(segment.source)-]{+\(segment.quote)+}"
            case .insert: s += "{+\(segment.quote)+}"
            case .delete: s += "[-\(segment.source)-]"
            }
        }
        return s.replacingNewlines
    }

    /// One claim on one line: `author 杜甫 (zh.before.colon, read from “杜甫”): agrees as 杜甫`.
    /// - Parameter claim: The claim as judged.
    /// - Returns: The line.
    public static func describe(_ claim: CitationCheck.Claim) -> String {
        var s = "\(claim.kind.rawValue) \(claim.value) (\(claim.rule)"
        if let evidence = claim.evidence, evidence != claim.value { s += ", read from “\(evidence.replacingNewlines)”" }
        s += "): \(claim.status.rawValue)"
        if let matched = claim.matched, matched != claim.value { s += " as \(matched)" }
        if !claim.steps.isEmpty { s += " after \(claim.steps.joined(separator: ", "))" }
        return s
    }

    static func clip(_ s: String, _ n: Int) -> String {
        let flat = s.replacingNewlines
        return flat.count <= n ? flat : String(flat.prefix(n)) + "…"
    }

    /// The CSV columns of `quotekit check`: the extract columns plus `verdict`, `reference`, `steps`, `similarity`, `message`,
    /// `claims` (each claim as ``describe(_:)`` writes it, separated by ` | `) and `diff` (as ``inlineDiff(_:)`` writes it).
    /// The reference a quote was found in is `reference`: `source` is already the checked file's column.
    public static let csvHeader = QuoteCSVColumns.header + ["verdict", "reference", "steps", "similarity", "message", "claims", "diff"]

    /// The CSV fields of one checked quote (see ``csvHeader``).
    /// - Parameter quote: The quote.
    /// - Returns: The fields.
    public static func csvRow(_ quote: Quote) -> [String] {
        let check = quote.check
        let diff = check?.diff.flatMap { $0.contains { $0.op != .equal } ? inlineDiff($0) : nil } ?? ""
        return QuoteCSVColumns.row(quote) + [check?.verdict.rawValue ?? "", check?.source?.citation ?? "", check?.steps.joined(separator: " ") ?? "",
                                         check?.similarity.map { CitationChecker.format($0) } ?? "", check?.message ?? "",
                                         check?.claims.map(describe).joined(separator: " | ") ?? "", diff]
    }
}

extension String {
    var replacingNewlines: String {
        var out = ""
        for ch in self { out.append(ch == "\n" || ch == "\r\n" ? "⏎" : ch) }
        return out
    }
}
