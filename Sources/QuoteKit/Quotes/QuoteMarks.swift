/// The quotation marks QuoteKit recognises and how they pair.
///
/// Directional marks (“ ” ‘ ’ 「 」 …) are paired by table. Straight marks
/// (`"` `'` ＂ ＇) open or close depending on their neighbours; see
/// ``QuoteScanner``.
enum QuoteMarks {
    /// The role a scalar can play.
    enum Role: Equatable {
        case none
        /// Opens a quote; the closers that end it.
        case opener(closers: [UInt32])
        /// Closes a quote; may also open one in some conventions (“ closes „).
        case closer
        /// Straight double or single mark, direction decided by context.
        case straightDouble
        case straightSingle
    }

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

    /// Closers for every directional opener.
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

    static let closersByOpener: [UInt32: [UInt32]] = [
        0x201C: [0x201D],                 // “ ”
        0x2018: [0x2019],                 // ‘ ’
        0x300C: [0x300D],                 // 「 」
        0x300E: [0x300F],                 // 『 』
        0xFE41: [0xFE42],                 // ﹁ ﹂
        0xFE43: [0xFE44],                 // ﹃ ﹄
        0xFF62: [0xFF63],                 // ｢ ｣
        0x301D: [0x301E, 0x301F],         // 〝 〞 〟
        0x00AB: [0x00BB],                 // « »
        0x2039: [0x203A],                 // ‹ ›
        0x201E: [0x201C, 0x201D],         // „ “ (German) „ ” (Polish, Hungarian)
        0x201A: [0x2018, 0x2019],         // ‚ ‘ and ‚ ’
    ]

    static let closers: Set<UInt32> = [0x201D, 0x2019, 0x300D, 0x300F, 0xFE42, 0xFE44, 0xFF63, 0x301E, 0x301F, 0x00BB, 0x203A]

    /// Marks whose content is set off by spaces in French typography (« … »).
    static let spacedInside: Set<UInt32> = [0xAB, 0xBB, 0x2039, 0x203A]

    static let straightDoubles: Set<UInt32> = [0x22, 0xFF02]
    static let straightSingles: Set<UInt32> = [0x27, 0xFF07]

    /// Double-quote family marks (used for same-level nesting checks and straight-quote pairing).
    static func isDoubleFamily(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0xFF02, 0x201C, 0x201D, 0x201E, 0x300E, 0x300F, 0xAB, 0xBB, 0x301D, 0x301E, 0x301F: return true
        default: return false
        }
    }

    /// The typographically matching closer for an opener, used when reporting.
    static func primaryCloser(for opener: UInt32) -> UInt32? {
        if straightDoubles.contains(opener) || straightSingles.contains(opener) { return opener }
        return closersByOpener[opener]?.first
    }
}
