/// HTML character references: the named entities common in prose, and numeric ones.
enum HTMLEntities {
    /// Named entities (without `&` and `;`) → scalar.
    static let named: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27, "nbsp": 0xA0,
        "ldquo": 0x201C, "rdquo": 0x201D, "lsquo": 0x2018, "rsquo": 0x2019, "sbquo": 0x201A, "bdquo": 0x201E,
        "laquo": 0xAB, "raquo": 0xBB, "lsaquo": 0x2039, "rsaquo": 0x203A,
        "hellip": 0x2026, "mdash": 0x2014, "ndash": 0x2013, "middot": 0xB7, "bull": 0x2022, "prime": 0x2032, "Prime": 0x2033,
        "copy": 0xA9, "reg": 0xAE, "trade": 0x2122, "deg": 0xB0, "plusmn": 0xB1, "times": 0xD7, "divide": 0xF7,
        "sect": 0xA7, "para": 0xB6, "dagger": 0x2020, "Dagger": 0x2021, "permil": 0x2030, "euro": 0x20AC,
        "pound": 0xA3, "yen": 0xA5, "cent": 0xA2, "iexcl": 0xA1, "iquest": 0xBF, "shy": 0xAD,
        "ensp": 0x2002, "emsp": 0x2003, "thinsp": 0x2009, "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F,
        "frac12": 0xBD, "frac14": 0xBC, "frac34": 0xBE, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
        "larr": 0x2190, "rarr": 0x2192, "uarr": 0x2191, "darr": 0x2193,
        "Agrave": 0xC0, "Aacute": 0xC1, "Acirc": 0xC2, "Atilde": 0xC3, "Auml": 0xC4, "Aring": 0xC5, "AElig": 0xC6,
        "Ccedil": 0xC7, "Egrave": 0xC8, "Eacute": 0xC9, "Ecirc": 0xCA, "Euml": 0xCB, "Igrave": 0xCC, "Iacute": 0xCD,
        "Icirc": 0xCE, "Iuml": 0xCF, "Ntilde": 0xD1, "Ograve": 0xD2, "Oacute": 0xD3, "Ocirc": 0xD4, "Otilde": 0xD5,
        "Ouml": 0xD6, "Oslash": 0xD8, "Ugrave": 0xD9, "Uacute": 0xDA, "Ucirc": 0xDB, "Uuml": 0xDC, "Yacute": 0xDD,
        "szlig": 0xDF, "agrave": 0xE0, "aacute": 0xE1, "acirc": 0xE2, "atilde": 0xE3, "auml": 0xE4, "aring": 0xE5,
        "aelig": 0xE6, "ccedil": 0xE7, "egrave": 0xE8, "eacute": 0xE9, "ecirc": 0xEA, "euml": 0xEB, "igrave": 0xEC,
        "iacute": 0xED, "icirc": 0xEE, "iuml": 0xEF, "ntilde": 0xF1, "ograve": 0xF2, "oacute": 0xF3, "ocirc": 0xF4,
        "otilde": 0xF5, "ouml": 0xF6, "oslash": 0xF8, "ugrave": 0xF9, "uacute": 0xFA, "ucirc": 0xFB, "uuml": 0xFC,
        "yacute": 0xFD, "yuml": 0xFF, "OElig": 0x152, "oelig": 0x153, "Scaron": 0x160, "scaron": 0x161,
    ]

    /// Decodes the character reference starting at `s[i]` (which is `&`).
    ///
    /// - Returns: The scalar and the offset just past the `;`, or `nil` when there is no valid reference.
    /// - Complexity: O(1): a reference is at most 32 scalars long.
    static func decode(_ s: [Unicode.Scalar], at i: Int) -> (Unicode.Scalar, Int)? {
        var j = i + 1
        guard j < s.count else { return nil }
        if s[j] == "#" {
            j += 1
            var radix: UInt32 = 10
            if j < s.count, s[j] == "x" || s[j] == "X" { radix = 16; j += 1 }
            var value: UInt32 = 0
            let digitsStart = j
            while j < s.count, j - digitsStart < 8, let d = digit(s[j].value, radix: radix) {
                value = value * radix + d
                j += 1
            }
            guard j > digitsStart, j < s.count, s[j] == ";" else { return nil }
            // NUL, surrogates and out-of-range values decode to U+FFFD, as browsers do.
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (scalar ?? "\u{FFFD}", j + 1)
        }
        var name = ""
        while j < s.count, j - i <= 32, isASCIIAlphanumeric(s[j].value) {
            name.unicodeScalars.append(s[j])
            j += 1
        }
        guard !name.isEmpty, j < s.count, s[j] == ";", let value = named[name], let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, j + 1)
    }

    @inline(__always) static func digit(_ v: UInt32, radix: UInt32) -> UInt32? {
        if v >= 0x30 && v <= 0x39 { return v - 0x30 }
        guard radix == 16 else { return nil }
        if v >= 0x61 && v <= 0x66 { return v - 0x61 + 10 }
        if v >= 0x41 && v <= 0x46 { return v - 0x41 + 10 }
        return nil
    }
}

@inline(__always) func isASCIIAlphanumeric(_ v: UInt32) -> Bool {
    (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
}

/// Opening quotation marks: a block that starts with one is already quoted.
@inline(__always) func isOpeningQuoteMark(_ v: UInt32) -> Bool {
    switch v {
    case 0x22, 0x27, 0x201C, 0x2018, 0x300C, 0x300E, 0xFF02, 0x00AB, 0x201E, 0x201A, 0x2039, 0x300A: return true
    default: return false
    }
}
