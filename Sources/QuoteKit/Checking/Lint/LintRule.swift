/// The checks ``Linter`` runs, each with a stable identifier.
///
/// The raw value is the identifier reported as ``Diagnostic/rule`` and used as
/// the key in a ``LintConfiguration`` file. Identifiers never change once
/// published; new checks get new identifiers.
public enum LintRule: String, Sendable, Codable, CaseIterable, Hashable {
    /// An opening quotation mark with no closing mark before its paragraph ends.
    case quoteUnclosed = "quote.unclosed"
    /// A closing quotation mark with no opening mark.
    case quoteStrayClose = "quote.stray-close"
    /// A quote closed by the wrong kind of mark (“…’, 「…”).
    case quoteMismatched = "quote.mismatched"
    /// A quote directly inside a quote with the same mark (“…“…”…”, 「…「…」…」).
    case quoteNesting = "quote.nesting"
    /// Straight ASCII or full-width straight quotes (" ' ＂ ＇) around Chinese text.
    case quoteStraight = "quote.straight"
    /// “” and 「」 quotation styles mixed in one Chinese document.
    case quoteStyleMix = "quote.style-mix"
    /// Straight and curly quotation marks mixed in one English document.
    case quoteStraightCurlyMix = "quote.straight-curly-mix"
    /// An opening book-title mark (《 or 〈) with no closing mark in its paragraph.
    case titleUnclosed = "title.unclosed"
    /// A closing book-title mark (》 or 〉) with no opening mark.
    case titleStrayClose = "title.stray-close"
    /// A title directly inside a title with the same mark (《…《…》…》 instead of 《…〈…〉…》).
    case titleNesting = "title.nesting"
    /// Quotation marks around a complete book title (“《…》”).
    case titleInQuotes = "title.in-quotes"
    /// A work's name in quotation marks right after a reading or work cue (阅读“…”).
    case titleQuotedName = "title.quoted-name"
    /// A complete sentence quoted after a speech verb and colon with its end mark outside (说：“…”。).
    case punctuationEndMarkInside = "punctuation.end-mark-inside"
    /// A quoted term that is part of the sentence with the sentence's end mark inside (所谓“…。”).
    case punctuationEndMarkOutside = "punctuation.end-mark-outside"

    /// The severity used when the configuration does not override it.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .quoteUnclosed, .quoteStrayClose, .quoteMismatched, .quoteNesting,
             .titleUnclosed, .titleStrayClose, .titleNesting:
            return .error
        case .quoteStraight, .quoteStyleMix, .quoteStraightCurlyMix, .titleInQuotes, .titleQuotedName,
             .punctuationEndMarkInside, .punctuationEndMarkOutside:
            return .warning
        }
    }

    /// The languages the rule applies to. Rules for both run on every document.
    public var languages: Set<Language> {
        switch self {
        case .quoteStraight, .quoteStyleMix, .titleQuotedName, .punctuationEndMarkInside, .punctuationEndMarkOutside:
            return [.zh]
        case .quoteStraightCurlyMix:
            return [.en]
        default:
            return [.zh, .en]
        }
    }

    /// Whether the rule's fixes only change typography, never meaning; only
    /// these are applied by ``Linter/applyFixes(_:to:)``. The other rules'
    /// fixes are suggestions shown in the diagnostics.
    public var fixIsSafe: Bool {
        switch self {
        case .quoteNesting, .quoteStraight, .quoteStraightCurlyMix, .titleNesting,
             .punctuationEndMarkInside, .punctuationEndMarkOutside:
            return true
        default:
            return false
        }
    }

    /// The rule family: the part of the identifier before the dot (`quote`, `title`, `punctuation`).
    public var family: String {
        String(rawValue.prefix { $0 != "." })
    }

    /// One sentence describing what the rule flags.
    public var summary: String {
        switch self {
        case .quoteUnclosed: return "An opening quotation mark is not closed before its paragraph ends (a quotation that reopens each paragraph and closes at the end is correct)."
        case .quoteStrayClose: return "A closing quotation mark has no opening mark."
        case .quoteMismatched: return "A quotation is closed by the wrong mark (“…’, 「…”)."
        case .quoteNesting: return "A quotation directly inside another uses the same mark; the inner level takes ‘’ inside “” and 『』 inside 「」."
        case .quoteStraight: return "Straight quotation marks \" ' in Chinese text; use “” (‘’ inside)."
        case .quoteStyleMix: return "One document mixes “” and 「」 quotation styles."
        case .quoteStraightCurlyMix: return "One English document mixes straight \"…\" and curly “…” quotation marks."
        case .titleUnclosed: return "An opening book-title mark 《 or 〈 is not closed in its paragraph."
        case .titleStrayClose: return "A closing book-title mark 》 or 〉 has no opening mark."
        case .titleNesting: return "A book title directly inside another uses the same mark; the inner level takes 〈〉 inside 《》."
        case .titleInQuotes: return "Quotation marks around a book title (“《…》”): the title marks alone suffice."
        case .titleQuotedName: return "A work's name after a reading or work cue (阅读、小说 …) is in quotation marks instead of 《》."
        case .punctuationEndMarkInside: return "A complete sentence quoted after a speech verb and a colon keeps its end mark inside the quotation marks (他说：“今天下雨。”)."
        case .punctuationEndMarkOutside: return "A quoted term used as part of the sentence leaves the sentence's end mark outside (所谓“两条腿走路”。)."
        }
    }
}
