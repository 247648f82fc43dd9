/// A fast parser for library JSON Lines: one flat object per line with string or null values.
///
/// `JSONDecoder` per line costs several microseconds of allocation per
/// field; the library has tens of thousands of lines, so this parser reads
/// the bytes directly and decodes the `text` value straight into scalars.
/// Values that are not strings (numbers, Booleans, arrays, objects) are
/// skipped; malformed JSON is an error with its line number.
struct JSONLinesRecordParser {
    struct Failure: Error { let reason: String }

    /// A parsed line: metadata strings and the text's scalars.
    struct Line {
        var fields: [String: String] = [:]
        var text: [UInt32] = []
        var hasText = false
    }

    /// Parses one line (`bytes[start..<end]`).
    ///
    /// - Parameters:
    ///   - textKey: The key whose string value is decoded into ``Line/text``.
    ///   - numbers: Also keep number values in ``Line/fields`` (as written), not only strings.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, into line: inout Line,
                      textKey: String = "text", numbers: Bool = false) throws(Failure) {
        line.fields.removeAll(keepingCapacity: true)
        line.text.removeAll(keepingCapacity: true)
        line.hasText = false
        var i = start
        var scratch: [UInt32] = []
        func skipSpace() { while i < end, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0D { i += 1 } }
        skipSpace()
        guard i < end, bytes[i] == UInt8(ascii: "{") else { throw Failure(reason: "expected a JSON object") }
        i += 1
        skipSpace()
        if i < end, bytes[i] == UInt8(ascii: "}") { return }
        while true {
            skipSpace()
            guard i < end, bytes[i] == UInt8(ascii: "\"") else { throw Failure(reason: "expected a key string") }
            scratch.removeAll(keepingCapacity: true)
            try parseString(bytes, &i, end, into: &scratch)
            let key = string(scratch)
            skipSpace()
            guard i < end, bytes[i] == UInt8(ascii: ":") else { throw Failure(reason: "expected ':' after key \"\(key)\"") }
            i += 1
            skipSpace()
            guard i < end else { throw Failure(reason: "missing value for key \"\(key)\"") }
            if bytes[i] == UInt8(ascii: "\"") {
                if key == textKey {
                    line.text.removeAll(keepingCapacity: true) // a repeated key: the last value counts
                    try parseString(bytes, &i, end, into: &line.text)
                    line.hasText = true
                } else {
                    scratch.removeAll(keepingCapacity: true)
                    try parseString(bytes, &i, end, into: &scratch)
                    line.fields[key] = string(scratch)
                }
            } else {
                let valueStart = i
                try skipValue(bytes, &i, end)
                if numbers, bytes[valueStart] == UInt8(ascii: "-") || (0x30...0x39).contains(bytes[valueStart]) {
                    line.fields[key] = String(decoding: UnsafeBufferPointer(rebasing: bytes[valueStart..<i]), as: UTF8.self).trimmingSpaces()
                } else if key == textKey {
                    line.hasText = false
                }
            }
            skipSpace()
            guard i < end else { throw Failure(reason: "unterminated object") }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") { i += 1; break }
            throw Failure(reason: "expected ',' or '}'")
        }
        skipSpace()
        if i != end { throw Failure(reason: "unexpected characters after the object") }
    }

    static func string(_ scalars: [UInt32]) -> String {
        var view = String.UnicodeScalarView()
        for v in scalars { if let s = Unicode.Scalar(v) { view.append(s) } }
        return String(view)
    }

    /// Parses a JSON string starting at the opening quote; decodes UTF-8 and escapes into scalars.
    static func parseString(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, into out: inout [UInt32]) throws(Failure) {
        i += 1
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; return }
            if c == UInt8(ascii: "\\") {
                guard i + 1 < end else { break }
                let e = b[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): out.append(UInt32(e))
                case UInt8(ascii: "u"):
                    var v = try hex4(b, &i, end)
                    if (0xD800...0xDBFF).contains(v), i + 1 < end, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4(b, &i, end)
                        guard (0xDC00...0xDFFF).contains(low) else { throw Failure(reason: "invalid surrogate pair") }
                        v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xD800...0xDFFF).contains(v) {
                        throw Failure(reason: "unpaired surrogate escape")
                    }
                    out.append(v)
                default: throw Failure(reason: "invalid escape \\\(Character(Unicode.Scalar(e)))")
                }
                continue
            }
            if c < 0x20 { throw Failure(reason: "control character inside a string") }
            if c < 0x80 { out.append(UInt32(c)); i += 1; continue }
            // Multi-byte UTF-8.
            var v: UInt32
            var n: Int
            if c & 0xE0 == 0xC0 { v = UInt32(c & 0x1F); n = 1 } else if c & 0xF0 == 0xE0 { v = UInt32(c & 0x0F); n = 2 } else if c & 0xF8 == 0xF0 { v = UInt32(c & 0x07); n = 3 } else {
                throw Failure(reason: "invalid UTF-8")
            }
            guard i + n < end else { throw Failure(reason: "invalid UTF-8") }
            for k in 1...n {
                let cc = b[i + k]
                guard cc & 0xC0 == 0x80 else { throw Failure(reason: "invalid UTF-8") }
                v = (v << 6) | UInt32(cc & 0x3F)
            }
            i += n + 1
            out.append(v)
        }
        throw Failure(reason: "unterminated string")
    }

    static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) throws(Failure) -> UInt32 {
        guard i + 4 <= end else { throw Failure(reason: "truncated \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = b[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            default: throw Failure(reason: "invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    /// Skips a non-string JSON value (number, literal, array, object).
    static func skipValue(_ b: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int) throws(Failure) {
        var depth = 0
        var scratch: [UInt32] = []
        let begin = i
        while i < end {
            let c = b[i]
            if c == UInt8(ascii: "\"") { scratch.removeAll(keepingCapacity: true); try parseString(b, &i, end, into: &scratch); continue }
            if c == UInt8(ascii: "[") || c == UInt8(ascii: "{") { depth += 1 } else if c == UInt8(ascii: "]") || c == UInt8(ascii: "}") {
                if depth == 0 { break }
                depth -= 1
                if depth == 0 { i += 1; return }
            } else if c == UInt8(ascii: ","), depth == 0 { break }
            i += 1
        }
        if depth != 0 || i == begin { throw Failure(reason: "invalid value") }
        // Literals and numbers: accept only the JSON forms.
        let token = String(decoding: UnsafeBufferPointer(rebasing: b[begin..<i]), as: UTF8.self).trimmingSpaces()
        if token == "null" || token == "true" || token == "false" || Double(token) != nil { return }
        throw Failure(reason: "invalid value \(token.prefix(20))")
    }
}
