/// Fast character classes for the scanners, by code point range.
///
/// These run only next to quotation and title marks, never over every
/// character, so `Unicode.Scalar.Properties` is used only as a fallback.
enum CharacterClass {
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// Han ideographs, kana, hangul and CJK compatibility ideographs.
    @inline(__always)
    static func isCJK(_ v: UInt32) -> Bool {
        switch v {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Letters and digits of alphabetic scripts (Latin, Greek, Cyrillic, …), not CJK.
    @inline(__always)
    static func isAlphanumeric(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        if isCJK(v) || v >= 0x2000 && v < 0x3040 { return false }
        // Full-width forms (，：！ and the like) and CJK compatibility/small forms, without a property look-up:
        // only the full-width digits and Latin letters are alphanumeric there.
        if v >= 0xFF00, v < 0xFF66 {
            return (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
        }
        if v >= 0xFE30, v < 0xFE70 { return false }
        return hasAlphanumericProperty(v)
    }

    /// The Unicode property test behind ``isAlphanumeric(_:)``, out of line: inlined, its type metadata
    /// set-up (four run-time calls) would run on every call, before even the ASCII test.
    @inline(never)
    static func hasAlphanumericProperty(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Quotation-mark candidates: every mark the quote scanner reads (curly, corner, straight, full-width,
    /// guillemets, low-9, double prime, the vertical forms, and the full-width grave accent that opens ｀…＇).
    @inline(__always)
    static func isQuotationMark(_ v: UInt32) -> Bool {
        switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018...0x201E, 0x2039, 0x203A, 0x300C...0x300F,
             0x301D...0x301F, 0xFE41...0xFE44, 0xFF02, 0xFF07, 0xFF40, 0xFF62, 0xFF63:
            return true
        default:
            return false
        }
    }

    /// Book-title marks: 〈 〉 《 》 (U+3008…U+300B).
    @inline(__always)
    static func isTitleMark(_ v: UInt32) -> Bool { v & ~3 == 0x3008 }

    /// Opening brackets and dashes after which a straight quote opens.
    @inline(__always)
    static func isOpeningContext(_ v: UInt32) -> Bool {
        switch v {
        case 0x28, 0x5B, 0x7B, 0x3C, 0x2014, 0x2013, 0x2D, 0x2F, 0x3A, 0x3D,
             0xFF08, 0xFF3B, 0xFF5B, 0x3008, 0x300A, 0x3010, 0x3014, 0x3016, 0xFF1A, 0x3001, 0xFF0C, 0x3002:
            return true
        default:
            return isSpace(v)
        }
    }

    /// Punctuation that ends a sentence (including CJK full-width forms).
    @inline(__always)
    static func isSentenceFinal(_ v: UInt32) -> Bool {
        switch v {
        case 0x2E, 0x21, 0x3F, 0x3002, 0xFF01, 0xFF1F, 0xFF0E, 0x2026, 0xFE52, 0xFE56, 0xFE57, 0xFF61:
            return true
        default:
            return false
        }
    }

    /// A colon of CJK text: full-width, small or vertical.
    @inline(__always)
    static func isFullWidthColon(_ v: UInt32) -> Bool {
        v == 0xFF1A || v == 0xFE55 || v == 0xFE30 || v == 0xFE13
    }

    /// A dot between the parts of a foreign name or a book and its chapter (·, ・, ‧, •, ．): 乔治·布什, 《史记·项羽本纪》.
    @inline(__always)
    static func isMiddleDot(_ v: UInt32) -> Bool {
        v == 0xB7 || v == 0x30FB || v == 0x2022 || v == 0x2027 || v == 0xFF65 || v == 0x2219 || v == 0xFF0E
    }

    /// A colon, ASCII or of CJK text.
    @inline(__always)
    static func isColon(_ v: UInt32) -> Bool { v == 0x3A || isFullWidthColon(v) }

    /// An opening parenthesis, ASCII or full-width.
    @inline(__always)
    static func isOpeningParenthesis(_ v: UInt32) -> Bool { v == 0x28 || v == 0xFF08 }

    /// A closing parenthesis, ASCII or full-width.
    @inline(__always)
    static func isClosingParenthesis(_ v: UInt32) -> Bool { v == 0x29 || v == 0xFF09 }

    /// A decimal digit, ASCII or full-width.
    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v) }

    /// An opening bracket of the shapes a dateline's or a credit's brackets open with: ( （ 〔 【.
    static func isOpeningBracket(_ v: UInt32) -> Bool {
        isOpeningParenthesis(v) || v == 0x3014 || v == 0x3010
    }

    /// A closing bracket of any shape a dateline or byline is set in: ) ） 〕 】 ］ ].
    static func isClosingBracket(_ v: UInt32) -> Bool {
        isClosingParenthesis(v) || v == 0x3015 || v == 0x3011 || v == 0xFF3D || v == 0x5D
    }

    /// A decimal point between digits, half or full width (12.5, １２．５).
    static func isDecimalPoint(_ v: UInt32) -> Bool { v == 0x2E || v == 0xFF0E }

    /// A capital Latin letter A–Z.
    static func isCapitalLatin(_ v: UInt32) -> Bool { (0x41...0x5A).contains(v) }

    /// The ideographic enumeration comma (、), which joins the items of a list.
    @inline(__always)
    static func isEnumerationComma(_ v: UInt32) -> Bool { v == 0x3001 }

    /// Line feed and carriage return.
    @inline(__always)
    static func isLineBreak(_ v: UInt32) -> Bool { v == 0x0A || v == 0x0D }

    /// Question marks: ASCII and full-width.
    @inline(__always)
    static func isQuestionMark(_ v: UInt32) -> Bool { v == 0x3F || v == 0xFF1F }

    /// The comma that ends a clause, ASCII or full-width (not the enumeration comma of a list, 、).
    @inline(__always)
    static func isClauseComma(_ v: UInt32) -> Bool { v == 0x2C || v == 0xFF0C }

    /// The commas of CJK text: full-width, small and the ideographic enumeration comma (not the ASCII comma).
    @inline(__always)
    static func isCJKComma(_ v: UInt32) -> Bool { v == 0xFF0C || v == 0xFE50 || v == 0x3001 }

    /// Commas: ASCII, full-width, small and the ideographic enumeration comma.
    @inline(__always)
    static func isComma(_ v: UInt32) -> Bool { v == 0x2C || isCJKComma(v) }

    /// A semicolon: ASCII, full-width or small.
    @inline(__always)
    static func isSemicolon(_ v: UInt32) -> Bool { v == 0x3B || v == 0xFF1B || v == 0xFE54 }

    /// Clause punctuation: commas, semicolons, colons (ASCII and CJK).
    @inline(__always)
    static func isClausePunctuation(_ v: UInt32) -> Bool {
        switch v {
        case 0x2C, 0x3B, 0x3A, 0xFF0C, 0xFF1B, 0xFF1A, 0xFE50, 0xFE54, 0xFE55:
            return true
        default:
            return false
        }
    }

    /// Any punctuation or symbol (general category P* or S*).
    static func isPunctuation(_ v: UInt32) -> Bool {
        if v < 0x80 {
            return (v >= 0x21 && v <= 0x2F) || (v >= 0x3A && v <= 0x40) || (v >= 0x5B && v <= 0x60) || (v >= 0x7B && v <= 0x7E)
        }
        // Quotation and title marks and the commas, colons and stops of CJK text are all punctuation (P*): answered
        // without the property look-up, which a soup of marks made for most of its scalars.
        if isQuotationMark(v) || isTitleMark(v) || isClausePunctuation(v) || isSentenceFinal(v) { return true }
        return isPunctuationOrSymbolCategory(v)
    }

    /// The general-category test behind ``isPunctuation(_:)``, out of line (see ``hasAlphanumericProperty(_:)``).
    @inline(never)
    static func isPunctuationOrSymbolCategory(_ v: UInt32) -> Bool {
        guard let scalar = Unicode.Scalar(v) else { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation,
             .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return true
        default:
            return false
        }
    }
}
