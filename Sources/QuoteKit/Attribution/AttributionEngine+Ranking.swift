import Foundation

/// The ranking phase (mention → speaker, then scoring), after the pattern rules and sieves have
/// proposed their candidates: people mentioned near each quote and the speakers of earlier turns
/// join them, every candidate gets its features (``SpeakerFeature``), and the pack's scorer picks
/// the speaker.
///
/// Quotes are ranked in text order, so the turn features of a quote see the speakers already
/// chosen for the quotes before it.
extension AttributionEngine {
    /// The identity of a phrase for comparing candidates: the name canonicalisation will give it
    /// (the character list's name, the full name a partial one stands for), else its own name.
    func key(of phrase: SpeakerPhrase) -> String {
        // An empty table is not asked: a look-up hashes the name first, and a Chinese name's hash is costly.
        listed(phrase.mention) ?? (canonicalKeys.isEmpty ? nil : canonicalKeys[phrase.name]) ?? listed(phrase.name)
            ?? listedBySurname(phrase) ?? phrase.name
    }

    /// The character list's name for a name, also when the list writes it with a determiner the text's
    /// phrase leaves out (the Mock Turtle said → The Mock Turtle): English lists name many characters so.
    func listed(_ name: String) -> String? {
        if let found = aliases.canonical(name) {
            // A list entry that is a bare surname with nothing else known (Bounderby,,) is the character whose full
            // name ends with it, when the list names one (Josiah Bounderby): the same person listed twice.
            if language == .en, !found.contains(" "), aliases.names[found]?.isEmpty ?? false, aliases.genders[found] == nil,
               let full = listedBySurname[found.lowercased()], full != found {
                return full
            }
            return found
        }
        guard language == .en, !aliases.isEmpty else { return nil }
        for determiner in context.personCounters.words {
            if let found = aliases.canonical(determiner + " " + name) { return found }
        }
        if !name.contains(" "), let found = listedBySurname[name.lowercased()] { return found }
        return nil
    }

    /// The listed person a Chinese surname with a title stands for (``ListedPeople/chineseNamesBySurname(_:surnames:)``), unless the
    /// title's gender is not theirs.
    func listedBySurname(_ phrase: SpeakerPhrase) -> String? {
        guard language == .zh, let surname = phrase.surname, let name = listedBySurname[surname] else { return nil }
        if phrase.gender == .male || phrase.gender == .female, let listed = aliases.genders[name],
           SpeakerPhrase.Gender(listed) != phrase.gender {
            return nil
        }
        return name
    }

    /// The canonical name of every name the rules proposed (Elizabeth → Elizabeth Bennet), as ``canonicalise(aliases:)``
    /// names speakers; a character list's name for it wins (``key(of:)``).
    ///
    /// Only English names get entries. A Chinese name that gets one has no separate surname, so its base is the name
    /// itself (``CanonicalNames/base(of:in:)``) and its entry would be `aliases.canonical(name) ?? name`: exactly
    /// what ``key(of:)`` falls back to without it.
    mutating func computeCanonicalKeys() {
        guard language == .en else {
            canonicalKeys = [:]
            return
        }
        var names = CanonicalNames(candidates.flatMap { $0.compactMap(\.phrase) }, in: self)
        var keys: [String: String] = [:]
        for phrase in names.phrases where keys[phrase.name] == nil && phrase.form == .name && phrase.surname == nil {
            let base = names.base(of: phrase, in: self)
            keys[phrase.name] = listed(base) ?? base
        }
        canonicalKeys = keys
    }

    /// Ranks every top-level quote's candidates and writes the winners into ``assigned``.
    mutating func rank() {
        let quoteCount = analysis.quotes.count
        guard quoteCount > 0 else { return }
        computeCanonicalKeys()
        // The pattern speakers of each quote's neighbours in its paragraph (the previous and the next top-level
        // quote): the other half of a split quote. Neighbours only, so a paragraph of many quotes stays linear.
        neighbourSpeakers = Array(repeating: [], count: quoteCount)
        var lastTop: Int? = nil
        for i in 0..<quoteCount where analysis.quotes[i].depth == 0 {
            if let j = lastTop, paragraphOf[j] == paragraphOf[i] {
                if let key = patternKey(j) { neighbourSpeakers[i].append(key) }
                if let key = patternKey(i) { neighbourSpeakers[j].append(key) }
            }
            lastTop = i
        }
        let inventory = inventory()
        // Per occurrence, whether it introduces a later quote: asked by every quote whose window holds it, answered once.
        var introducers = [Bool?](repeating: nil, count: inventory.occurrences.count)
        let scorer = pack.scorer
        var chosen = [String?](repeating: nil, count: quoteCount)
        let traced = explain ? Set(traces.map(\.quote)) : []
        var previous: Int? = nil
        var secondPrevious: Int? = nil
        // Whether the paragraph of the quotes being ranked is a conversation turn, asked once per paragraph.
        var turnParagraph = -1, isTurn = false
        for i in 0..<quoteCount where analysis.quotes[i].depth == 0 {
            let isQuotation = analysis.quotes[i].kind == .quotation
            guard isQuotation || !candidates[i].isEmpty else { continue }
            // A rule that gives no speaker (俗话说, a work as subject) and fires before any other decides: the
            // pack says the words are nobody's, and no nearby name should outvote that; nor for the quotes of a
            // series such a rule starts.
            let nobodys = candidates[i].first.map { $0.phrase == nil && pack.rules[$0.rule].pattern != nil } ?? continuesNobodysSeries(i)
            if nobodys {
                secondPrevious = previous
                previous = i
                continue
            }
            var list = candidates[i]
            // Someone the parsers do not know is named before the quote's cue: the subject of an earlier clause (the
            // mention sieve) and the people written nearby are guesses that would name someone else.
            let unread = isQuotation && subjectUnread(i, inventory)
            if unread {
                list.removeAll { pack.rules[$0.rule].sieve == .mention }
                if let provisional = assigned[i], !provisional.fromPattern, list.isEmpty { assigned[i] = nil }
            }
            if isQuotation, !fragment(i) {
                if !unread, !continuesUnattributedSeries(i, chosen: chosen) { list += nearbyCandidates(i, inventory, introducers: &introducers) }
                list += turnCandidates(i, chosen: chosen, previous: previous, secondPrevious: secondPrevious)
                if let pending = unresolvedPronouns[i], let candidate = pronounTurnCandidate(i, pending, chosen: chosen, inventory: inventory) { list.append(candidate) }
            }
            guard !list.isEmpty else {
                secondPrevious = previous
                previous = i
                continue
            }
            for k in list.indices {
                // An empty subject whose line opens with a person of the inventory (青山重新点着一支烟，对父亲说：): that person,
                // where the rules, which know no bare given names, went further back.
                if let zero = list[k].mention, zero.form == .zero, let subject = lineSubject(before: zero.range.lowerBound, inventory) {
                    list[k].phrase = subject
                    list[k].key = subject.name
                }
                if list[k].key == nil, let phrase = list[k].phrase { list[k].key = key(of: phrase) }
            }
            if paragraphOf[i] != turnParagraph {
                turnParagraph = paragraphOf[i]
                isTurn = paragraphIsTurn(turnParagraph)
            }
            // A turn of dialogue that answers the previous quote, whose speaker the sentence between them named
            // (``spokeJustBefore``). Not in news, which goes on with the same speaker after “…，”他说。⏎“…”
            let answered = isTurn && isQuotation && isDialogueText
                ? previous.flatMap { spokeJustBefore(previous: $0, quote: i, chosen: chosen) } : nil
            describe(&list, quote: i, isTurn: isTurn, inventory: inventory, chosen: chosen, previous: previous, secondPrevious: secondPrevious,
                     answered: answered)
            for k in list.indices { list[k].score = scorer.score(list[k].values, rule: list[k].rule) }
            // A person whose gender contradicts the quote's own 他 or 她 (her cue says 她说) is never the speaker,
            // however near or frequent; nor is a guess at the one who has just asked (``SpeakerFeature/spokeJustBefore``).
            func excluded(_ candidate: SpeakerCandidate) -> Bool { candidate[.genderMismatch] != 0 || candidate[.spokeJustBefore] != 0 }
            let best = list.indices.max { left, right in
                let (leftAllowed, rightAllowed) = (!excluded(list[left]), !excluded(list[right]))
                return leftAllowed != rightAllowed ? rightAllowed : list[left].score < list[right].score
            }!
            let winner = list[best]
            if winner.score >= scorer.threshold, !excluded(winner) {
                assign(winner, to: i, from: list, confidence: scorer.confidence(winner.score, rule: pack.rules[winner.rule]))
                chosen[i] = winner.phrase == nil ? nil : winner.key
            } else if assigned[i] != nil {
                // Too weak to name anyone: the rule that fired first still gives its cue.
                assigned[i]?.speaker = nil
                assigned[i]?.phrase = nil
            }
            if explain, traced.contains(analysis.quotes[i].id) {
                rankedCandidates.append((analysis.quotes[i].id, list.indices.map { index in
                    let candidate = list[index]
                    let trace = AttributionTrace.Candidate(speaker: candidate.phrase == nil ? nil : candidate.key,
                                                           mention: candidate.mention?.mention, rule: pack.rules[candidate.rule].id,
                                                           score: candidate.score,
                                                           chosen: index == best && winner.score >= scorer.threshold && !excluded(winner),
                                                           features: features(of: candidate))
                    return (candidate.phrase, trace)
                }))
            }
            if isQuotation {
                secondPrevious = previous
                previous = i
            }
        }
    }

    /// The non-zero features of a candidate, by name, for `--explain` and training.
    func features(of candidate: SpeakerCandidate) -> [String: Double] {
        var result: [String: Double] = ["rule=" + pack.rules[candidate.rule].id: 1]
        for feature in SpeakerFeature.allCases where candidate[feature] != 0 { result[feature.name] = candidate[feature] }
        return result
    }

    mutating func assign(_ best: SpeakerCandidate, to i: Int, from list: [SpeakerCandidate], confidence: Double) {
        // The result is credited to the first rule, in pack order, that proposed the winning person: the most
        // specific evidence for them (a cue next to the quote before a nearby mention or a turn).
        let winner = list.first { $0.phrase != nil && best.phrase != nil && $0.key == best.key } ?? best
        let rule = pack.rules[winner.rule]
        var result = Assigned(speaker: nil, phrase: nil, cue: winner.cue, rule: rule.id, confidence: confidence,
                              upgrade: winner.upgrade, fromPattern: rule.pattern != nil)
        if let phrase = winner.phrase {
            let mention = winner.mention.flatMap { $0.range.isEmpty ? nil : $0 }
            result.phrase = phrase
            result.speaker = Speaker(name: phrase.name, mention: mention?.mention ?? phrase.mention, title: phrase.title,
                                     start: mention?.range.lowerBound, end: mention?.range.upperBound, resolution: winner.resolution)
            // A cue from another rule that named the same person, or from a pronoun or an empty subject that now resolves to them.
            if result.cue == nil {
                result.cue = list.first { $0.cue != nil && ($0.key == winner.key || $0.mention?.form == .pronoun || $0.mention?.form == .zero) }?.cue
                    ?? pronouns[i]?.cue
                    // A rule that matched a cue with an empty subject it could not resolve (…，对她说：“…”): its cue.
                    ?? assigned[i].flatMap { $0.fromPattern && $0.speaker == nil ? $0.cue : nil }
                    // A speech verb right before the quote's colon (视察工地时说：) that the winning rule read as a predicate.
                    ?? (language == .zh && pack.rules[winner.rule].pattern != nil ? cueBeforeOpening(i) : nil)
            }
        }
        if assigned[i] == nil { attributed.append(i) }
        assigned[i] = result
    }

    // MARK: Candidates

    /// The person the first pattern rule that named someone gave quote `i`, if any.
    func patternKey(_ i: Int) -> String? {
        candidates[i].first { $0.phrase != nil && pack.rules[$0.rule].pattern != nil }?.phrase.map { key(of: $0) }
    }

    /// Whether a Chinese quote follows a cue and its colon whose clause has words before the cue that no rule read
    /// as its subject and where no person of the inventory is written (名导屋岚也说：“…”, a name the parsers do
    /// not know): someone is named there, so the people written elsewhere are no better than a guess, and the quote
    /// is left without a speaker. A person of the inventory in the clause (a given name alone, 青山) is still proposed,
    /// and so are the people nearby where a rule read the subject as 他 or 她 it could not resolve.
    func subjectUnread(_ i: Int, _ inventory: Inventory) -> Bool {
        guard language == .zh, unresolvedPronouns[i] == nil, !candidates[i].contains(where: { pack.rules[$0.rule].pattern != nil }) else {
            return false
        }
        // On the quote's own line (X说：“…”), not at the end of the line before it, as dialogue in fiction is written.
        let open = analysis.scanned[i].openIndex
        guard open > 0, CharacterClass.isColon(s[open - 1].value) else { return false }
        let end = open - 1
        guard let cue = cueLength(endingAt: end) else { return false }
        var start = end - cue
        var words = 0
        while start > 0, !context.isClauseBoundary(s[start - 1].value), end - start < 40 {
            start -= 1
            if context.isCJK(start) { words += 1 }
        }
        guard words >= 2 else { return false }
        let first = inventory.occurrences.partitionPoint { $0.range.upperBound <= start }
        return first == inventory.occurrences.count || inventory.occurrences[first].range.lowerBound >= end - cue
    }

    /// The people written near the quote, outside quotes: the nearest few before it and after it (none after a quote a
    /// colon introduces), one candidate each.
    /// `introducers` remembers ``introducesLaterQuote(_:)`` per occurrence (a line of many quotes that name the same people
    /// looks at the same occurrences from every quote).
    func nearbyCandidates(_ i: Int, _ inventory: Inventory, introducers: inout [Bool?]) -> [SpeakerCandidate] {
        guard let rule = pack.nearbyRule, !inventory.occurrences.isEmpty else { return [] }
        let quote = analysis.scanned[i]
        guard let window = nearbyWindow(i) else { return [] }
        let (lower, upper) = (window.lowerBound, window.upperBound)
        let occurrences = inventory.occurrences
        // The first occurrence at or after the opening mark.
        let low = occurrences.partitionPoint { $0.range.lowerBound < quote.openIndex }
        var result: [SpeakerCandidate] = []
        // A name with its attributive particle inside the phrase of another person a rule matched (张明 of 张明的妻子说,
        // of 张明的同事李华说) is whose that person is, not someone speaking.
        let owned = candidates[i].compactMap { candidate -> (range: Range<Int>, key: String)? in
            guard let phrase = candidate.phrase, phrase.range.count > 0 else { return nil }
            return (phrase.range, candidate.key ?? key(of: phrase))
        }
        func isOwner(_ occurrence: Occurrence) -> Bool {
            let end = occurrence.range.upperBound
            return owned.contains { $0.range.lowerBound <= occurrence.range.lowerBound && end < $0.range.upperBound && $0.key != occurrence.key
                && context.attributiveParticles.contains(s[end]) }
        }
        // The people already taken on this side: six at most, so a list beats hashing each name (a Chinese name's
        // hash checks its normalisation first); the keys come from the inventory, and equal ones mostly share storage.
        var seen: [String] = []
        var k = low - 1
        var rank = 0
        // At most 64 occurrences on each side are looked at: a text that names the same people over and over
        // (a million quotes on one line) costs the same per quote as any other.
        let firstLooked = k
        // Occurrences are read in place: a copy of one retains its two strings.
        while k >= 0, occurrences[k].range.lowerBound >= lower, rank < 6, firstLooked - k < 64 {
            let index = k
            k -= 1
            if seen.contains(occurrences[index].key) {
                // The rest of this person's run is taken too: nothing in it would be looked at further.
                k = min(k, inventory.runStarts[index] - 1)
                continue
            }
            guard occurrences[index].insideQuote == nil, !isOwner(occurrences[index]) else { continue }
            seen.append(occurrences[index].key)
            k = min(k, inventory.runStarts[index] - 1)
            let occurrence = occurrences[index]
            var candidate = nearbyCandidate(occurrence, rule: rule, quote: i)
            candidate[.before] = 1
            candidate[.rank] = Double(rank)
            candidate[.distance] = min(10, Double(max(0, quote.openIndex - occurrence.range.upperBound)) / 100)
            result.append(candidate)
            rank += 1
        }
        // A quote a colon introduces (…转过身来说：⏎“…”) has its speaker in the words before it: the people written after
        // it are the next turn's.
        guard !followsColon(quote.openIndex) else { return result }
        // The people of a later paragraph are candidates for a quote that stands on its line (“…”⏎周明打了个比方), not
        // for one that ends a paragraph of narrative (吴先生告诉记者，…。“…”⏎…郑女士…), whose own people speak it.
        var paragraphEnd = language == .zh && !standsOnItsLine(i) ? analysis.document.paragraphs[paragraphOf[i]].end : upper
        // Nor for one a semicolon follows later in its sentence (要“…”；…周明也要求…): the clause after it has a subject
        // of its own.
        if language == .zh, quote.outerEnd < paragraphEnd,
           let semicolon = (quote.outerEnd..<min(paragraphEnd, quote.outerEnd + 400)).first(where: { CharacterClass.isSemicolon(s[$0].value) }) {
            paragraphEnd = semicolon
        }
        seen.removeAll()
        rank = 0
        k = low
        while k < occurrences.count, occurrences[k].range.lowerBound < min(upper, paragraphEnd), rank < 3, k - low < 64 {
            let index = k
            k += 1
            guard occurrences[index].range.lowerBound >= quote.outerEnd, occurrences[index].insideQuote == nil, !isOwner(occurrences[index]) else { continue }
            let introducesLater = introducers[index] ?? introducesLaterQuote(occurrences[index].range)
            introducers[index] = introducesLater
            guard !introducesLater, !seen.contains(occurrences[index].key) else { continue }
            seen.append(occurrences[index].key)
            let occurrence = occurrences[index]
            var candidate = nearbyCandidate(occurrence, rule: rule, quote: i)
            candidate[.after] = 1
            candidate[.rank] = Double(rank)
            candidate[.distance] = min(10, Double(max(0, occurrence.range.lowerBound - quote.outerEnd)) / 100)
            result.append(candidate)
            rank += 1
        }
        return result
    }

    /// Whether quote `i` opens its line, or follows only quotes that do (“…” “…”⏎).
    func standsOnItsLine(_ i: Int) -> Bool {
        var position = analysis.scanned[i].openIndex
        for _ in 0..<8 {
            if context.opensLine(position) { return true }
            let close = context.skipSpaceBack(position, 0) - 1
            guard close > 0, CharacterClass.isQuotationMark(s[close].value), let open = context.openOf(closeAt: close) else { return false }
            position = open
        }
        return false
    }

    func nearbyCandidate(_ occurrence: Occurrence, rule: Int, quote i: Int) -> SpeakerCandidate {
        let phrase = SpeakerPhrase(form: .name, range: occurrence.range, mention: occurrence.form, name: occurrence.key)
        var candidate = SpeakerCandidate(rule: rule, phrase: phrase, mention: phrase, key: occurrence.key, cue: nil, resolution: .explicit)
        // A cue next to the mention introduces this quote only when nothing stands between them: no other quote
        // before it (X说：“…”“…”), and right after the closing mark for a mention after it (“…”，X说).
        let quote = analysis.scanned[i]
        let adjacent = occurrence.range.upperBound <= quote.openIndex
            ? quotesBetween(occurrence.range.upperBound, quote.openIndex) == 0
            : occurrence.range.lowerBound - quote.outerEnd <= 24 && quotesBetween(quote.outerEnd, occurrence.range.lowerBound) == 0
        if adjacent, cueNext(to: occurrence.range), introduces(occurrence.range, quote: i) { candidate[.cueNext] = 1 }
        if startsClause(occurrence.range.lowerBound) { candidate[.subject] = 1 }
        return candidate
    }

    /// Whether a mention's cue can introduce this quote: the mention is in the quote's paragraph, or it ends
    /// the paragraph right before with a colon or comma (秀云低声说：⏎“…”, Holmes said:⏎"…").
    func introduces(_ range: Range<Int>, quote i: Int) -> Bool {
        let p = paragraphOf[i]
        let mp = analysis.document.paragraphIndex(containing: range.lowerBound) ?? p
        if mp == p { return true }
        guard mp == p - 1, range.upperBound <= analysis.scanned[i].openIndex else { return false }
        let before = context.skipSpaceBack(analysis.scanned[i].openIndex, range.upperBound)
        guard before > range.upperBound else { return false }
        return Self.introducesWords(s[before - 1].value)
    }

    /// Whether a mention introduces the quote that follows it (And Ada Lane says: “…”, 张明说：“…”): a colon or comma,
    /// then the opening mark, within a few words after it. Such a mention speaks that quote, not an earlier one.
    func introducesLaterQuote(_ range: Range<Int>) -> Bool {
        let k = topOpens.partitionPoint { $0 < range.upperBound }
        // English: a longer object may stand between the cue and the colon (Ada Lane told the committee of the
        // hostility she met: "…"), in the same sentence.
        guard k < topOpens.count, topOpens[k] - range.upperBound <= (language == .zh ? 12 : 150) else { return false }
        if language == .en, topOpens[k] - range.upperBound > 40,
           (range.upperBound..<topOpens[k]).contains(where: { context.isSentenceEnd($0) }) { return false }
        let before = context.skipSpaceBack(topOpens[k], range.upperBound)
        guard before > range.upperBound else { return false }
        guard Self.introducesWords(s[before - 1].value) else { return false }
        return cueNext(to: range)
    }

    /// A colon or comma (：:，,), which introduces the words after it (张明说：“…”, Holmes said, "…").
    static func introducesWords(_ v: UInt32) -> Bool {
        v == 0xFF1A || v == 0x3A || v == 0xFF0C || v == 0x2C
    }

    /// The number of top-level quotes that open between two offsets (capped at 5).
    func quotesBetween(_ from: Int, _ to: Int) -> Int {
        guard from < to else { return 0 }
        var count = 0
        var k = topOpens.partitionPoint { $0 < from }
        while k < topOpens.count, topOpens[k] < to, count < 5 { count += 1; k += 1 }
        return count
    }

    /// Whether a reporting cue follows the mention within a few characters (张明低声说, Holmes said) or
    /// precedes it (said Holmes).
    func cueNext(to range: Range<Int>) -> Bool {
        let cues = context.cues
        let limit = min(s.count, range.upperBound + (language == .zh ? 6 : 16))
        var j = context.skipSpaceForward(range.upperBound, limit)
        var words = 0
        while j < limit {
            if cues.longestMatch(in: s, startingAt: j, limit: limit) != nil, language == .zh || !context.isLetter(j - 1) { return true }
            if language == .zh {
                if context.isClauseBoundary(s[j].value) { break }
            } else {
                if !context.isLetter(j) && !context.isSpace(j) { break }
                if context.isSpace(j) { words += 1; if words > 2 { break } }
            }
            j += 1
        }
        if language == .en {
            let before = context.skipSpaceBack(range.lowerBound, max(0, range.lowerBound - 16))
            if before > 0, let n = cues.longestMatch(in: s, endingAt: before, limit: max(0, before - 16)), !context.isLetter(before - n - 1) {
                return true
            }
        }
        return false
    }

    /// Whether a position starts its line or follows a clause or sentence boundary (the mention is a subject).
    func startsClause(_ position: Int) -> Bool {
        var j = position
        while j > 0, context.isSpace(j - 1), s[j - 1].value != 0x0A { j -= 1 }
        if j == 0 { return true }
        let v = s[j - 1].value
        return v == 0x0A || context.isClauseBoundary(v)
    }

    /// The speakers chosen for the two previous quotations, as candidates (conversation turns alternate).
    /// For a he or she that named nobody when the rules ran: the speaker the ranking gave the nearest earlier quotation
    /// of that gender, a dozen quotations and eight paragraphs back at most (in a long dialogue the man of the two
    /// talking is "he"), proposed by the rule that matched the pronoun. Where there is none, the person of that gender
    /// the text writes most around the quote: the one it follows there.
    func pronounTurnCandidate(_ i: Int, _ pending: (rule: Int, mention: SpeakerPhrase, cue: String?), chosen: [String?],
                              inventory: Inventory) -> SpeakerCandidate? {
        var j = i - 1
        var looked = 0
        while j >= 0, looked < 12, paragraphOf[i] - paragraphOf[j] <= 8 {
            defer { j -= 1 }
            guard analysis.quotes[j].depth == 0, analysis.quotes[j].kind == .quotation else { continue }
            looked += 1
            guard let key = chosen[j], let phrase = assigned[j]?.phrase,
                  gender(of: key, phraseGender: phrase.gender) == pending.mention.gender else { continue }
            return SpeakerCandidate(rule: pending.rule, phrase: phrase, mention: pending.mention, key: key, cue: pending.cue,
                                    resolution: .pronoun)
        }
        guard let person = mostWrittenPerson(of: pending.mention.gender, around: analysis.scanned[i].openIndex, inventory)
        else { return nil }
        let phrase = SpeakerPhrase(form: .name, range: pending.mention.range, mention: pending.mention.mention, name: person,
                                   gender: pending.mention.gender)
        return SpeakerCandidate(rule: pending.rule, phrase: phrase, mention: pending.mention, key: person, cue: pending.cue,
                                resolution: .pronoun)
    }

    /// The person of a gender written most often outside quotes in the 3,000 scalars before `position` and the 500 after
    /// it (ties by name), among the 256 mentions nearest before it and 64 after, so that a text dense with names costs no
    /// more; `nil` for no man or woman so written. The gender is the character list's where there is one (a list names
    /// everyone who matters), else one a title or an English first name gives.
    func mostWrittenPerson(of gender: SpeakerPhrase.Gender, around position: Int, _ inventory: Inventory) -> String? {
        guard gender == .male || gender == .female else { return nil }
        let occurrences = inventory.occurrences
        let middle = occurrences.partitionPoint { $0.range.lowerBound < position }
        let first = max(middle - 256, occurrences.partitionPoint { $0.range.lowerBound < position - 3000 })
        var counts: [String: Int] = [:]
        for occurrence in occurrences[first..<middle] + occurrences[middle..<min(occurrences.count, middle + 64)]
        where occurrence.range.lowerBound < position + 500 && occurrence.insideQuote == nil {
            let known = aliases.isEmpty ? self.gender(of: occurrence.key, phraseGender: .unknown) : aliases.gender(of: occurrence.key).map(SpeakerPhrase.Gender.init)
            if known == gender { counts[occurrence.key, default: 0] += 1 }
        }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    func turnCandidates(_ i: Int, chosen: [String?], previous: Int?, secondPrevious: Int?) -> [SpeakerCandidate] {
        // Turns are taken in dialogue text only (hard-wrapped prose, or lines of quotations): in news, quotes in a row
        // are mostly different people's, each introduced by the narrative.
        guard let rule = pack.turnsRule, analysis.document.paragraphStyle == .blankLine || isDialogueText else { return [] }
        var result: [SpeakerCandidate] = []
        // The two quotes in turn (a local function, not an array of the two, allocated for every quote).
        func add(_ j: Int?) {
            guard let j, let key = chosen[j], let phrase = assigned[j]?.phrase, paragraphOf[i] - paragraphOf[j] <= 8,
                  inOneReport(paragraphOf[j], paragraphOf[i]) else { return }
            guard !result.contains(where: { $0.key == key }) else { return }
            var candidate = SpeakerCandidate(rule: rule, phrase: phrase, mention: nil, key: key, cue: nil, resolution: .alternation)
            candidate[.unanchored] = 1
            result.append(candidate)
        }
        add(previous)
        add(secondPrevious)
        return result
    }
}
