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
    public static let csvHeader = CSVExporter.header + ["verdict", "reference", "steps", "similarity", "message", "claims", "diff"]

    /// The CSV fields of one checked quote (see ``csvHeader``).
    /// - Parameter quote: The quote.
    /// - Returns: The fields.
    public static func csvRow(_ quote: Quote) -> [String] {
        let check = quote.check
        let diff = check?.diff.flatMap { $0.contains { $0.op != .equal } ? inlineDiff($0) : nil } ?? ""
        return CSVExporter.row(quote) + [check?.verdict.rawValue ?? "", check?.source?.citation ?? "", check?.steps.joined(separator: " ") ?? "",
                                         check?.similarity.map { CitationChecker.format($0) } ?? "", check?.message ?? "",
                                         check?.claims.map(describe).joined(separator: " | ") ?? "", diff]
    }
}

/// CSV for `quotekit check`: ``CitationReport/csvHeader`` and one row per quote.
public struct CitationCSVExporter: ResultExporter {
    /// Whether to start with a UTF-8 byte-order mark.
    public var bom: Bool
    /// Whether cells that a spreadsheet would run as formulas get a leading `'` (see ``CSVExporter``).
    public var neutralizesFormulas: Bool

    /// Creates the exporter.
    /// - Parameters:
    ///   - bom: Start with a UTF-8 BOM (for Excel).
    ///   - neutralizesFormulas: Prefix `'` to cells that start with `=`, `+`, `-`, `@`, tab or CR.
    public init(bom: Bool = false, neutralizesFormulas: Bool = true) {
        self.bom = bom
        self.neutralizesFormulas = neutralizesFormulas
    }

    /// The BOM (if asked) and the header row.
    public mutating func begin() -> [UInt8] {
        let header = (try? CSVExporter.encode(rows: [CitationReport.csvHeader])) ?? []
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + header
    }

    /// One row per quote.
    /// - Throws: The CSV library's error when it cannot write.
    public mutating func write(_ result: ExtractionResult) throws -> [UInt8] {
        if result.quotes.isEmpty { return [] }
        return try CSVExporter.encode(rows: result.quotes.map(CitationReport.csvRow), neutralizingFormulas: neutralizesFormulas)
    }

    /// Nothing follows the last row.
    public mutating func end() -> [UInt8] { [] }
}

extension String {
    var replacingNewlines: String {
        var out = ""
        for ch in self { out.append(ch == "\n" || ch == "\r\n" ? "⏎" : ch) }
        return out
    }
}
