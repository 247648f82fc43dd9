@_implementationOnly import CICU

/// The Sentence_Break property of Unicode (UAX #29), as ICU reports it.
///
/// ``SentenceBreakProperty/value(of:)`` answers from a table of the Basic
/// Multilingual Plane filled once from ICU, so that a caller may classify every
/// character of a paragraph cheaply (to decide, say, whether the paragraph can
/// hold a sentence boundary before running the break iterator over it).
public enum SentenceBreakProperty: UInt8, Sendable {
    /// Any other character.
    case other = 0
    /// `.` and other full stops that may end a sentence or an abbreviation.
    case aTerm = 1
    /// Closing punctuation and quotation marks.
    case close = 2
    /// Format characters.
    case format = 3
    /// Lowercase letters.
    case lower = 4
    /// Digits.
    case numeric = 5
    /// Other letters (CJK ideographs among them).
    case oLetter = 6
    /// Paragraph separators (U+0085, U+2028, U+2029).
    case sep = 7
    /// Spaces.
    case sp = 8
    /// Sentence terminators: `!`, `?`, `。`, `！`, `？`, …
    case sTerm = 9
    /// Uppercase letters.
    case upper = 10
    /// Carriage return.
    case cr = 11
    /// Combining marks and other extenders.
    case extend = 12
    /// Line feed.
    case lf = 13
    /// Commas, colons and other marks that continue a sentence (`,`, `，`, `：`).
    case sContinue = 14

    /// The property of one scalar.
    ///
    /// - Parameter scalar: A Unicode scalar value.
    /// - Returns: Its Sentence_Break value.
    /// - Complexity: O(1): a table look-up in the BMP, one ICU call beyond it.
    @inline(__always)
    public static func value(of scalar: UInt32) -> SentenceBreakProperty {
        if scalar < 0x10000 { return SentenceBreakProperty(rawValue: bmpTable[Int(scalar)]) ?? .other }
        return SentenceBreakProperty(rawValue: UInt8(truncatingIfNeeded: qk_sentence_break(Int32(bitPattern: scalar)))) ?? .other
    }

    /// The raw values (``rawValue``) of the Basic Multilingual Plane, indexed by scalar value: read from ICU
    /// on first use (65,536 look-ups, about a millisecond). Hot loops take the array once and index it.
    public static let bmpTable: [UInt8] = (0..<0x10000).map { UInt8(truncatingIfNeeded: qk_sentence_break(Int32($0))) }
}
