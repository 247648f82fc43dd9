/// The quotation marks QuoteKit recognises and how they pair.
///
/// Directional marks (“ ” ‘ ’ 「 」 …) are paired by table. Straight marks
/// (`"` `'` ＂ ＇) open or close depending on their neighbours; see
/// ``QuoteScanner``.
enum QuoteMarks {
    static let leftDouble: UInt32 = 0x201C   // “
    static let rightDouble: UInt32 = 0x201D  // ”
    static let leftSingle: UInt32 = 0x2018   // ‘
    static let rightSingle: UInt32 = 0x2019  // ’
    static let lowDouble: UInt32 = 0x201E    // „
    static let lowSingle: UInt32 = 0x201A    // ‚
    static let guillemetLeft: UInt32 = 0x00AB  // «
    static let guillemetRight: UInt32 = 0x00BB // »
    static let singleGuillemetLeft: UInt32 = 0x2039  // ‹
    static let singleGuillemetRight: UInt32 = 0x203A // ›

    /// A mark as a string; the common marks come from literals (no conversion, no allocation).
    static func string(_ mark: Unicode.Scalar) -> String {
        switch mark.value {
        case 0x201C: "“"
        case 0x201D: "”"
        case 0x2018: "‘"
        case 0x2019: "’"
        case 0x300C: "「"
        case 0x300D: "」"
        case 0x300E: "『"
        case 0x300F: "』"
        case 0x22: "\""
        case 0x27: "'"
        default: String(Character(mark))
        }
    }

    /// The closers of each directional opener, in the order of the slots of ``closers(for:)``.
    private static let closerLists: [[UInt32]] = [
        [0x201D],         // “ ”
        [0x2019],         // ‘ ’
        [0x300D],         // 「 」
        [0x300F],         // 『 』
        [0xFE42],         // ﹁ ﹂
        [0xFE44],         // ﹃ ﹄
        [0xFF63],         // ｢ ｣
        [0x301E, 0x301F], // 〝 〞 〟
        [0x00BB],         // « »
        [0x203A],         // ‹ ›
        [0x201C, 0x201D], // „ “ (German) „ ” (Polish, Hungarian)
        [0x2018, 0x2019], // ‚ ‘ and ‚ ’
        [0xFF07],         // ｀ ＇ (a full-width grave accent and apostrophe: old Chinese encodings, MSR news)
    ]

    /// The closers that end a directional opener, or `nil` when `opener` is not one.
    ///
    /// A switch rather than a hashed look-up: the scanner asks at every mark.
    static func closers(for opener: UInt32) -> [UInt32]? {
        let slot: Int
        switch opener {
        case 0x201C: slot = 0
        case 0x2018: slot = 1
        case 0x300C: slot = 2
        case 0x300E: slot = 3
        case 0xFE41: slot = 4
        case 0xFE43: slot = 5
        case 0xFF62: slot = 6
        case 0x301D: slot = 7
        case 0x00AB: slot = 8
        case 0x2039: slot = 9
        case 0x201E: slot = 10
        case 0x201A: slot = 11
        case 0xFF40: slot = 12
        default: return nil
        }
        return closerLists[slot]
    }

    /// The marks ``closedOnly(by:)`` has a shared list for, and those lists.
    private static let closingThemselves: [UInt32] = [0x22, 0x27, 0xFF02, 0xFF07, 0x201D, 0x2019, 0x00AB, 0x2039]
    private static let singleCloserLists: [[UInt32]] = closingThemselves.map { [$0] }

    /// The closer list `[mark]`: straight marks close their own quotes, a closing mark used to open (”…”) closes
    /// its own, and « ‹ close » › read the other way round. Shared lists: the scanner asks at most of a soup's
    /// opening marks, and a new array for each was an allocation (and a release) a mark.
    static func closedOnly(by mark: UInt32) -> [UInt32] {
        guard let slot = closingThemselves.firstIndex(of: mark) else { return [mark] }
        return singleCloserLists[slot]
    }

    /// Marks whose content is set off by spaces in French typography (« … »).
    static func isSpacedInside(_ v: UInt32) -> Bool { v == 0xAB || v == 0xBB || v == 0x2039 || v == 0x203A }

    /// A straight double mark: `"` or ＂.
    static func isStraightDouble(_ v: UInt32) -> Bool { v == 0x22 || v == 0xFF02 }
    /// A straight single mark: `'` or ＇.
    static func isStraightSingle(_ v: UInt32) -> Bool { v == 0x27 || v == 0xFF07 }

    /// Double-quote family marks (used for same-level nesting checks and straight-quote pairing).
    static func isDoubleFamily(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0xFF02, 0x201C, 0x201D, 0x201E, 0x300E, 0x300F, 0xAB, 0xBB, 0x301D, 0x301E, 0x301F: return true
        default: return false
        }
    }

    /// The typographically matching closer for an opener, used when reporting.
    static func primaryCloser(for opener: UInt32) -> UInt32? {
        if isStraightDouble(opener) || isStraightSingle(opener) { return opener }
        return closers(for: opener)?.first
    }
}
