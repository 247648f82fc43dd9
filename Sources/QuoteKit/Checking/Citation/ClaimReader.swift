/// Reads what a quote's own attribution claims about its source.
///
/// Only the quote's own attribution counts, never a neighbouring sentence:
/// - its speaker, when a pattern rule (not a sieve: a person named nearby, the
///   previous speakers) named it explicitly next to the quote (not a pronoun or
///   an empty subject), and the mention belongs to this quote: a speaker written
///   after a quote that its own lead-in already introduces (`有人说：“…”韩愈写道`)
///   is the next quote's;
/// - its linked work (``Quote/work``);
/// - a title ending the quote's lead-in clause, followed only by the packs'
///   `claimTitleTails` and `claimCues` (`引用《论语》的话说：`, `在《离骚》中写道：`,
///   `《诗经》载：`);
/// - library titles in Latin script written in the quote's own sentence (English
///   has no title marks: `As Austen wrote in Emma, "…"`).
///
/// A saying with no speaker (`古人云：“…”`) claims nothing: its verdict is about the text.
struct ClaimReader: Sendable {
    /// Ids of the attribution rules that read a speaker next to the quote (pattern rules, not sieves).
    let explicitRules: Set<String>
    let titleTails: Lexicon
    let cues: Lexicon

    init(attributor: Attributor, lexicons: CitationLexicons = .builtIn) {
        explicitRules = Set(attributor.packs.flatMap(\.rules).filter { $0.pattern != nil && $0.sieve == nil }.map(\.id))
        titleTails = lexicons.claimTitleTails
        cues = lexicons.claimCues
    }

    /// The claims of `quote`.
    /// - Parameters:
    ///   - quote: The quote, after attribution and work linking.
    ///   - document: Its document.
    ///   - titles: The document's book titles (from ``TitleScanner``).
    ///   - latinTitles: Library titles in Latin script found in a text.
    ///   - works: The document's work mentions (for the frame a linked work was read from).
    func claims(for quote: Quote, document: Document, titles: [TitleScanner.Title], works: [WorkMention] = [],
                latinTitles: (String) -> [String]) -> CitationClaims {
        var claims = CitationClaims([])
        let open = max(0, quote.start - quote.open.unicodeScalars.count)
        if let speaker = quote.speaker, speaker.resolution == .explicit, let rule = quote.rule, explicitRules.contains(rule),
           ownsMention(speaker, quote: quote, open: open, document: document) {
            claims.add(CitationClaim(kind: .author, value: speaker.name, rule: rule, evidence: speaker.mention))
        }
        if let work = quote.work {
            claims.add(CitationClaim(kind: .work, value: work.title, rule: CitationClaim.workLink,
                                     evidence: frame(of: work, before: open, document: document, works: works)))
        }
        if let (title, evidence) = leadInTitle(open: open, document: document, titles: titles) {
            claims.add(CitationClaim(kind: .work, value: title, rule: CitationClaim.leadIn, evidence: evidence))
        }
        // Latin-script library titles in the quote's own sentence, before and after the quote.
        let sentence = quote.sentenceBounds
        let from = max(0, min(sentence.lower, open)), to = min(document.count, max(sentence.upper, quote.end))
        let closeEnd = min(to, quote.end + (quote.close?.unicodeScalars.count ?? 0))
        for part in [document.string(from..<open), document.string(closeEnd..<to)] where !part.isEmpty {
            for title in latinTitles(part) {
                claims.add(CitationClaim(kind: .work, value: title, rule: CitationClaim.sentence, evidence: title))
            }
        }
        return claims
    }

    /// The text from a linked work's mention to the quote (`《离骚》中写道：`), when the mention is just before it.
    func frame(of work: WorkReference, before open: Int, document: Document, works: [WorkMention]) -> String? {
        guard let mention = works.first(where: { $0.id == work.id }), mention.end <= open, open - mention.end <= 40 else { return nil }
        return document.string(max(0, mention.start - mention.open.unicodeScalars.count)..<open)
    }

    /// Whether a speaker's mention is this quote's: not after a quote whose own lead-in ends with a colon.
    func ownsMention(_ speaker: Speaker, quote: Quote, open: Int, document: Document) -> Bool {
        guard let start = speaker.start, start >= quote.end else { return true }
        var k = open - 1
        while k >= 0, CharacterClass.isSpace(document.scalars[k].value) { k -= 1 }
        return !(k >= 0 && Self.isColon(document.scalars[k].value))
    }

    /// The title that ends the quote's lead-in clause (`他还引用《论语》的话说：`), and the clause as written.
    func leadInTitle(open: Int, document: Document, titles: [TitleScanner.Title]) -> (String, String)? {
        let s = document.scalars
        // The title closest before the opening mark.
        var t = titles.partitionPoint { $0.openIndex < open } - 1
        while t >= 0, titles[t].depth > 0 || titles[t].unclosed { t -= 1 }
        guard t >= 0, titles[t].outerEnd <= open else { return nil }
        let title = titles[t]
        // Nothing but a tail (的话, 中), a cue (说, 载) and a colon or comma between the title and the quote.
        let rest = title.outerEnd
        var reaches = false
        for tail in [0] + titleTails.matches(in: s, startingAt: rest) where !reaches {
            for cue in [0] + cues.matches(in: s, startingAt: rest + tail) where !reaches {
                var k = rest + tail + cue
                var punctuation = 0
                while k < open, punctuation < 2, Self.isColon(s[k].value) || Self.isComma(s[k].value) || CharacterClass.isSpace(s[k].value) {
                    k += 1
                    punctuation += 1
                }
                reaches = k == open
            }
        }
        guard reaches else { return nil }
        // The clause: back from the title to the previous clause or sentence end (or another quote).
        var start = title.openIndex
        while start > 0, !Self.clauseEnds.contains(s[start - 1]), s[start - 1] != "\n" { start -= 1 }
        let value = document.string(title.contentStart..<title.contentEnd)
        guard !value.isEmpty else { return nil }
        return (value, document.string(start..<open))
    }

    static func isColon(_ v: UInt32) -> Bool { v == 0x3A || CharacterClass.isFullWidthColon(v) }
    /// ， , ﹐
    static func isComma(_ v: UInt32) -> Bool { v == 0xFF0C || v == 0x2C || v == 0xFE50 }
    static let clauseEnds: Set<Unicode.Scalar> = ["。", "！", "？", "；", "，", "!", "?", ";", ",", "”", "」", "』", "\u{201D}", "\""]
}
