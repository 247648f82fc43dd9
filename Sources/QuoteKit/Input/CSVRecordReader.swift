/// Reads RFC 4180 CSV (comma-separated, `"`-quoted fields, `""` for a quote inside one) record by record,
/// with the line each record starts on, for input files whose errors must name their line.
///
/// Records end with LF, CRLF or CR; a quoted field may hold any of them. It is written here rather than
/// taken from a CSV package so that the core library reads alias lists with no dependency.
struct CSVRecordReader: Sendable {
    /// One record: its fields and the 1-based line it starts on.
    struct Record: Sendable, Equatable {
        var line: Int
        var fields: [String]
    }

    /// Malformed CSV: an unclosed quoted field, or text after a closing quote.
    struct Malformed: Error, Sendable, Equatable {
        var line: Int
        var message: String
    }

    /// Every record of `text`, blank lines included (as one empty field).
    /// - Throws: ``Malformed`` at the first syntax error.
    static func records(_ text: String) throws(Malformed) -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func next() -> Unicode.Scalar? {
            if let scalar = pending { pending = nil; return scalar }
            return scalars.next()
        }
        var atFieldStart = true
        // Whether the current record has begun: a text that ends with a line end has no empty record after it.
        var inRecord = false
        while let c = next() {
            inRecord = c != "\n" && c != "\r"
            if atFieldStart && c == "\"" {
                // A quoted field: to the closing quote, then a comma, a line end or the end.
                let opened = line
                var closed = false
                while let q = next() {
                    if q == "\"" {
                        if let after = next() {
                            if after == "\"" { field.append("\""); continue }
                            pending = after
                        }
                        closed = true
                        break
                    }
                    if q == "\n" || (q == "\r") { line += 1 }
                    if q == "\r", let after = next() {
                        if after == "\n" { field.unicodeScalars.append("\r"); field.unicodeScalars.append("\n"); continue }
                        pending = after
                    }
                    field.unicodeScalars.append(q)
                }
                guard closed else { throw Malformed(line: opened, message: "a quoted field is not closed") }
                if let after = pending, after != ",", after != "\n", after != "\r" {
                    throw Malformed(line: line, message: "text after a closing quote (write \"\" for a quote inside a field)")
                }
                atFieldStart = false
                continue
            }
            switch c {
            case ",":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n", "\r":
                if c == "\r", let after = next(), after != "\n" { pending = after }
                fields.append(field)
                records.append(Record(line: recordLine, fields: fields))
                fields = []
                field = ""
                atFieldStart = true
                line += 1
                recordLine = line
            default:
                field.unicodeScalars.append(c)
                atFieldStart = false
            }
        }
        if inRecord {
            fields.append(field)
            records.append(Record(line: recordLine, fields: fields))
        }
        return records
    }
}
