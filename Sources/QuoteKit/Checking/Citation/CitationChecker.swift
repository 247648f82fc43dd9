/// Checks quotations against a ``ReferenceLibrary`` and gives each a ``CitationCheck``.
///
/// For each quotation the checker normalises the text (see ``Normalizer``),
/// looks it up in the library's bigram index and decides a verdict:
/// `exact` or `normalized` when it occurs whole, `abridged` when its
/// ellipsis-separated fragments occur in order in one passage, `variant` for
/// a close match (with a diff and a similarity), `misattributed` when it is
/// found only in works or authors other than those the text cites (see
/// ``CitationClaims``), and `not-found`. Terms are `unchecked` unless
/// ``Options/checkTerms`` is set.
///
/// The checker is `Sendable` and immutable: share one between tasks.
///
/// ```swift
/// let library = try ReferenceLibrary.load(paths: ["classics.jsonl"])
/// let checker = CitationChecker(library: library)
/// let check = checker.check(text: "别裁伪体亲风雅，转益多师是汝师")
/// print(check.verdict, check.steps, check.source?.work ?? "-")   // normalized [...] 戲爲六絕句 六
/// ```
public struct CitationChecker: Sendable {
    /// Options for the checker.
    public struct Options: Sendable, Hashable {
        /// Check terms too (normally only quotations are checked).
        public var checkTerms = false
        /// Lowest similarity for a `variant` verdict (quotes of fewer than 8 units need at least 0.75).
        public var minimumSimilarity = 0.6
        /// No longer read: claims come from the quote's own attribution, not from a window around it.
        @available(*, deprecated, message: "claims come from the quote's own attribution (ClaimReader), not a window")
        public var titleWindowBefore = 80
        /// No longer read: claims come from the quote's own attribution, not from a window around it.
        @available(*, deprecated, message: "claims come from the quote's own attribution (ClaimReader), not a window")
        public var titleWindowAfter = 30
        /// Creates default options.
        public init() {}
    }

    /// The library.
    public let library: ReferenceLibrary
    /// The options.
    public let options: Options
    let normalizer: Normalizer
    let claimIndex: ClaimIndex
    let claimReader: ClaimReader

    /// Creates a checker.
    ///
    /// - Parameters:
    ///   - library: The reference library.
    ///   - options: Options.
    ///   - attributor: The attribution stage the quotes were attributed with: its pattern rules (not its
    ///     sieves) are the ones whose speakers are claims.
    /// - Complexity: O(*r*) in the number of library records (their titles and authors are normalised once).
    public init(library: ReferenceLibrary, options: Options = Options(), attributor: Attributor = Attributor()) {
        self.library = library
        self.options = options
        self.normalizer = Normalizer()
        self.claimIndex = ClaimIndex(library: library, normalizer: normalizer)
        self.claimReader = ClaimReader(attributor: attributor)
    }

    // MARK: Documents

    /// Checks every quotation of an analysis and stores the result in each quote's `check`.
    ///
    /// Claims come from each quote's own attribution (see ``claims(for:document:titles:works:)``).
    /// - Parameter analysis: The analysis, after attribution and work linking.
    public func check(_ analysis: inout Analysis) {
        let document = analysis.document
        let titles = analysis.titles
        let works = analysis.works
        for index in analysis.quotes.indices {
            let quote = analysis.quotes[index]
            analysis.quotes[index].check = check(quote, claims: claims(for: quote, document: document, titles: titles, works: works))
        }
    }

    /// Checks the quotations of an extraction result; `document` is the text it came from.
    ///
    /// - Parameters:
    ///   - result: The result.
    ///   - document: Its document (for the titles of each quote's lead-in).
    /// - Returns: The result with each quote's `check` set.
    public func check(_ result: ExtractionResult, document: Document) -> ExtractionResult {
        let titles = TitleScanner().scan(document).titles
        var result = result
        for index in result.quotes.indices {
            let quote = result.quotes[index]
            result.quotes[index].check = check(quote, claims: claims(for: quote, document: document, titles: titles, works: result.works))
        }
        return result
    }

    /// Checks one quote (terms are `unchecked` unless ``Options/checkTerms``).
    /// - Parameters:
    ///   - quote: The quote.
    ///   - claims: What the text cites for it.
    /// - Returns: The check.
    public func check(_ quote: Quote, claims: CitationClaims) -> CitationCheck {
        if quote.kind == .term, !options.checkTerms {
            return CitationCheck(verdict: .unchecked, message: "term: not checked (check every quote with --all)")
        }
        return check(text: quote.text, claims: claims)
    }

    /// The claims a quote's own attribution makes: its explicitly named speaker, its linked work, the title
    /// its lead-in cites (`引用《论语》的话说`), library titles in Latin script in its sentence. A neighbouring
    /// sentence, a speaker found by a sieve or a pronoun claims nothing (see ``CitationClaim``).
    ///
    /// - Parameters:
    ///   - quote: The quote.
    ///   - document: Its document.
    ///   - titles: The document's book titles (from ``TitleScanner``).
    ///   - works: The document's work mentions (the frame a linked work was read from is the claim's evidence).
    /// - Returns: The claims (library-unknown claims are filtered later).
    public func claims(for quote: Quote, document: Document, titles: [TitleScanner.Title], works: [WorkMention] = []) -> CitationClaims {
        claimReader.claims(for: quote, document: document, titles: titles, works: works, latinTitles: claimIndex.latinTitles(in:))
    }

    /// Whether `text` names `title` as a whole-word match.
    static func containsTitle(_ text: String, _ title: String) -> Bool {
        var search = text[...]
        while let range = search.range(of: title) {
            let beforeOK = range.lowerBound == text.startIndex || !text[text.index(before: range.lowerBound)].isLetter
            let afterOK = range.upperBound == text.endIndex || !text[range.upperBound].isLetter
            if beforeOK && afterOK { return true }
            search = text[range.upperBound...]
        }
        return false
    }

    // MARK: Text

    /// Checks a quotation's text.
    ///
    /// - Parameters:
    ///   - text: The quotation without its marks.
    ///   - claims: The works and authors the text cites for it.
    /// - Returns: The verdict with its source, steps, diff and similarity.
    /// - Complexity: proportional to the postings of the quote's rarest bigrams, plus one small alignment per
    ///   candidate region when there is no exact match; never a scan of the library.
    public func check(text: String, claims: CitationClaims = CitationClaims()) -> CitationCheck {
        var check = verdict(text: text, claims: claims)
        explain(&check, claims)
        return check
    }

    /// The verdict for a quotation's text, before its claims are explained.
    func verdict(text: String, claims: CitationClaims) -> CitationCheck {
        let scalars = text.unicodeScalars.map(\.value)
        var tokens = Tokens()
        normalizer.tokenize(scalars[...], into: &tokens)
        let ids = (0..<tokens.count).map { library.unitID(tokens, $0) ?? CitationMatcher.unknown }
        let significant = tokens.count
        guard significant >= 2 else {
            return CitationCheck(verdict: .unchecked, message: "too short to check")
        }
        let resolved = claimIndex.resolve(claims, normalizer)
        let matcher = CitationMatcher(library: library)
        let split = Ellipsis.split(scalars)
        let query = Query(scalars: scalars, tokens: tokens, ids: ids)

        // Abridged: fragments in order in one passage.
        if split.fragments.count >= 2 {
            let groups = split.fragments.map { r in (0..<tokens.count).filter { r.contains(Int(tokens.rawStart[$0])) } }.filter { !$0.isEmpty }
            if groups.count >= 2, let found = abridged(groups, query, matcher, resolved) {
                return found
            }
        }

        // Whole quotation, exactly after normalisation.
        var occurrences = matcher.occurrences(of: ids[...], limit: CitationChecker.occurrenceLimit)
        var records = occurrences.map { library.record(atUnit: $0) }
        var eligible = occurrences.indices.filter { resolved.isEmpty || claimIndex.matches(records[$0], resolved) }
        if eligible.isEmpty, occurrences.count >= CitationChecker.occurrenceLimit {
            // A common line (岁寒 in hundreds of poems): misattributed only if no source holding it agrees, so look at them all.
            occurrences = matcher.occurrences(of: ids[...], limit: .max)
            records = occurrences.map { library.record(atUnit: $0) }
            eligible = occurrences.indices.filter { claimIndex.matches(records[$0], resolved) }
        }
        var fallback: CitationCheck?
        if !occurrences.isEmpty {
            // Among the occurrences in cited sources (all when nothing is cited), prefer a verbatim one.
            var first: CitationCheck?
            for k in eligible.prefix(20) {
                let check = normalizedMatch(query, at: occurrences[k], record: records[k], leadingOrTrailingEllipsis: split.hasEdgeEllipsis)
                if check.verdict == .exact { return check }
                if first == nil { first = check }
            }
            if let first { return first }
            var check = normalizedMatch(query, at: occurrences[0], record: records[0], leadingOrTrailingEllipsis: split.hasEdgeEllipsis)
            check.verdict = .misattributed
            check.message = "cited as \(resolved.label), but found in \(check.source!.citation)"
            fallback = check
        }

        // Close matches: the best in a cited source, and the best anywhere.
        var bestClaimed: (match: CitationMatcher.FuzzyMatch, similarity: Double)?
        var bestOther: (match: CitationMatcher.FuzzyMatch, similarity: Double)?
        let threshold = ids.count < 8 ? max(0.75, options.minimumSimilarity) : options.minimumSimilarity
        for candidate in matcher.candidates(for: ids) {
            guard let match = matcher.align(ids, at: candidate) else { continue }
            let similarity = match.alignment.similarity
            guard similarity >= threshold else { continue }
            if resolved.isEmpty || claimIndex.matches(match.record, resolved) {
                if similarity > (bestClaimed?.similarity ?? 0) { bestClaimed = (match, similarity) }
            } else if similarity > (bestOther?.similarity ?? 0) {
                bestOther = (match, similarity)
            }
        }
        if let fallback {
            // Exact elsewhere: a cited source wins only with a very close version of the quote.
            if let bestClaimed, bestClaimed.similarity >= 0.8 { return variantMatch(query, bestClaimed.match, similarity: bestClaimed.similarity) }
            return fallback
        }
        if let bestClaimed { return variantMatch(query, bestClaimed.match, similarity: bestClaimed.similarity) }
        if let bestOther {
            var check = variantMatch(query, bestOther.match, similarity: bestOther.similarity)
            check.verdict = .misattributed
            check.message = "cited as \(resolved.label), but a close match is in \(check.source!.citation) (similarity \(CitationChecker.format(bestOther.similarity)))"
            return check
        }
        return CitationCheck(verdict: .notFound, message: "not found in the library (\(library.records.count) texts)")
    }

    /// Occurrences of a whole quotation looked at first; all of them when none of these agrees with the claims.
    static let occurrenceLimit = 200

    static func format(_ x: Double) -> String {
        let scaled = (x * 100).rounded() / 100
        return String(scaled)
    }
}
