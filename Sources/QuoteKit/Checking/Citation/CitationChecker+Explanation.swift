/// Explaining a verdict: each claim as read, judged against the source found, with its folding steps.
extension CitationChecker {
    /// Fills ``CitationCheck/claims`` and ends the message with what the claims say about the verdict.
    func explain(_ check: inout CitationCheck, _ claims: CitationClaims) {
        guard check.verdict != .unchecked else { return }
        let sourceKeys = check.source.map { claimIndex.keys(of: $0, normalizer) }
        check.claims = claims.items.map { claim in
            let keys = claimIndex.keys(for: claim, normalizer)
            guard !keys.isEmpty else { return CitationCheck.Claim(claim, status: .unknown) }
            guard let source = check.source, let sourceKeys else { return CitationCheck.Claim(claim, status: .noSource) }
            guard let matched = matchedField(claim, keys, source, sourceKeys) else { return CitationCheck.Claim(claim, status: .conflicts) }
            return CitationCheck.Claim(claim, status: .agrees, matched: matched, steps: foldingSteps(claim.value, matched))
        }
        // A misattributed message already names the conflicting claims ("cited as …, but found in …").
        let shown = check.verdict == .misattributed ? check.claims.filter { $0.status != .conflicts } : check.claims
        if check.verdict != .misattributed || !shown.isEmpty {
            check.message += "; " + CitationChecker.claimSummary(shown, found: check.source != nil)
        }
    }

    /// The source's field a claim agrees with, `nil` when it conflicts.
    func matchedField(_ claim: CitationClaim, _ keys: [String], _ source: CitationCheck.Source, _ sourceKeys: ClaimIndex.RecordKeys) -> String? {
        for key in keys {
            switch claim.kind {
            case .work:
                guard claimIndex.matches(sourceKeys, title: key) else { continue }
                if sourceKeys.collection == key, let collection = source.collection { return collection }
                if let chapter = source.chapter, sourceKeys.chapter.map({ $0.hasPrefix(key) }) == true { return chapter }
                return source.work
            case .author:
                switch claimIndex.matches(sourceKeys, author: key) {
                case .author?: return source.author ?? claim.value
                case .standsFor?, .bookBearsName?: return "《\(sourceKeys.collection == key ? source.collection ?? source.work : source.work)》"
                case nil: continue
                }
            }
        }
        return nil
    }

    /// The folding steps (width, case, script, variants) that make a claim equal the source's field, as written.
    func foldingSteps(_ claim: String, _ field: String) -> [String] {
        let folding: Set<NormalizationStep> = [.nfkc, .width, .case, .traditionalSimplified, .variantCharacters]
        let a = Self.units(claim, normalizer), b = Self.units(field.hasPrefix("《") ? String(field.dropFirst().dropLast()) : field, normalizer)
        var steps = Set<NormalizationStep>()
        if a.count == b.count {
            for (x, y) in zip(a, b) { steps.formUnion(pairSteps(x, y)) }
        } else {
            for unit in a + b { steps.formUnion(normalizer.unitSteps(unit, folded: [])) }
        }
        return CitationChecker.ordered(steps.intersection(folding))
    }

    /// The raw scalars of each unit of a string.
    static func units(_ s: String, _ normalizer: Normalizer) -> [[UInt32]] {
        let scalars = s.unicodeScalars.map(\.value)
        var tokens = Tokens()
        normalizer.tokenize(scalars[...], into: &tokens)
        return (0..<tokens.count).map { Array(scalars[Int(tokens.rawStart[$0])..<Int(tokens.rawEnd[$0])]) }
    }

    /// What the claims say: `claims: 杜甫 (zh.before.colon) agrees; 《望岳》 (work-link) agrees as 望嶽 (variant-characters)`.
    static func claimSummary(_ claims: [CitationCheck.Claim], found: Bool) -> String {
        let checked = claims.filter { $0.status != .unknown }
        let ignored = claims.filter { $0.status == .unknown }.map { label($0) }
        var parts: [String] = []
        if checked.isEmpty {
            parts.append(found ? "no claim read for this quote: the verdict is about its text only" : "no claim read for this quote")
        } else {
            let described = checked.map { claim -> String in
                var s = label(claim) + " " + claim.status.rawValue
                if claim.status == .agrees, let matched = claim.matched, matched != claim.value {
                    s += " as " + matched + (claim.steps.isEmpty ? "" : " (" + claim.steps.joined(separator: ", ") + ")")
                }
                return s
            }
            parts.append("claims: " + described.joined(separator: "; "))
        }
        if !ignored.isEmpty { parts.append("not in the library, so not checked: " + ignored.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    static func label(_ claim: CitationCheck.Claim) -> String {
        ClaimIndex.label(CitationClaim(kind: claim.kind, value: claim.value, rule: claim.rule))
    }
}
