import Foundation

/// Reading alias tables and character lists from JSON and CSV files, strictly: a column, a gender or a value
/// the format does not have is refused with its line, not skipped.
extension SpeakerAliases {
    /// The columns of a character list's header, in order; `gender` may be left out.
    static let characterListColumns = ["name", "aliases", "gender"]

    /// Parses JSON or CSV text.
    ///
    /// - JSON: an object of canonical name → list of aliases (or one alias as a string).
    /// - CSV: rows `name,alias[,alias…]`, after an optional header `name,alias[,alias…]`; or a character list,
    ///   whose header is `name,aliases[,gender]`, with aliases separated by `|` and gender `male`, `female`
    ///   or empty.
    ///
    /// - Parameters:
    ///   - text: The file's text; JSON when it starts with `{`, CSV otherwise.
    ///   - source: A name for error messages.
    /// - Returns: The table.
    /// - Throws: ``SpeakerAliasesError`` with the line when the JSON is not an object of string lists, the CSV is
    ///   malformed, a header names an unknown column, a row has more cells than the header or lacks an alias,
    ///   or a gender is unknown.
    public static func parse(_ text: String, source: String = "<aliases>") throws(SpeakerAliasesError) -> SpeakerAliases {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasPrefix("{") { return try parseJSON(text, source: source) }
        return try parseCSV(text, source: source)
    }

    /// Reads a JSON or CSV alias file.
    /// - Parameter path: The file path.
    /// - Returns: The table.
    /// - Throws: ``SpeakerAliasesError`` when the file cannot be read or parsed.
    public static func load(contentsOf path: String) throws(SpeakerAliasesError) -> SpeakerAliases {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw SpeakerAliasesError(source: path, message: "cannot read the file as UTF-8 text")
        }
        return try parse(text, source: path)
    }

    /// Reads a JSON or CSV alias file.
    /// - Parameter url: A file URL.
    /// - Returns: The table.
    /// - Throws: ``SpeakerAliasesError`` when the file cannot be read or parsed.
    public static func load(contentsOf url: URL) throws(SpeakerAliasesError) -> SpeakerAliases {
        try load(contentsOf: url.path)
    }

    private static func parseJSON(_ text: String, source: String) throws(SpeakerAliasesError) -> SpeakerAliases {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(text.utf8))
        } catch {
            throw SpeakerAliasesError(source: source, message: "not valid JSON: \((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "\(error)")")
        }
        guard let object = parsed as? [String: Any] else {
            throw SpeakerAliasesError(source: source, line: 1, message: "expected a JSON object of name → [aliases]")
        }
        var table = SpeakerAliases()
        // Sorted, so that of several bad entries the same one is reported each time.
        for name in object.keys.sorted() {
            let value = object[name]!
            if let one = value as? String {
                table.add(name, aliases: [one])
            } else if let list = value as? [Any], let aliases = list as? [String], !(value is String) {
                table.add(name, aliases: aliases)
            } else {
                throw SpeakerAliasesError(source: source, line: lineOfJSONKey(name, in: text),
                                          message: "the aliases of '\(name)' must be a list of strings")
            }
        }
        return table
    }

    private static func parseCSV(_ text: String, source: String) throws(SpeakerAliasesError) -> SpeakerAliases {
        let records: [CSVRecordReader.Record]
        do {
            records = try CSVRecordReader.records(text)
        } catch {
            throw SpeakerAliasesError(source: source, line: error.line, message: "not valid CSV: \(error.message)")
        }
        var table = SpeakerAliases()
        // A character list (name,aliases,gender) says so in its header.
        var characterColumns: [String]? = nil
        var isFirst = true
        for record in records {
            let cells = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) { continue }
            defer { isFirst = false }
            func fail(_ message: String) -> SpeakerAliasesError {
                SpeakerAliasesError(source: source, line: record.line, message: message)
            }
            if isFirst, cells[0].lowercased() == "name" {
                characterColumns = try headerColumns(cells, fail: fail)
                continue
            }
            guard !cells[0].isEmpty else { throw fail("the name is empty") }
            if let columns = characterColumns {
                guard cells.count <= columns.count else {
                    throw fail("\(cells.count) cells, but the header names \(columns.count) columns (\(columns.joined(separator: ",")))")
                }
                let aliases = cells.count > 1 ? cells[1].split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) } : []
                table.add(cells[0], aliases: aliases.filter { !$0.isEmpty })
                let genderCell = cells.count > 2 ? cells[2].lowercased() : ""
                guard genderCell.isEmpty || Gender(rawValue: genderCell) != nil else {
                    throw fail("gender '\(cells[2])' is not male, female or empty")
                }
                if let gender = Gender(rawValue: genderCell) { table.setGender(gender, for: cells[0]) }
                continue
            }
            guard cells.count >= 2 else { throw fail("expected name,alias") }
            table.add(cells[0], aliases: Array(cells[1...]).filter { !$0.isEmpty })
        }
        return table
    }

    /// The columns of a character list's header, or `nil` for a `name,alias[,alias…]` header.
    /// - Throws: What `fail` makes of an unknown, repeated or misplaced column.
    private static func headerColumns(_ cells: [String], fail: (String) -> SpeakerAliasesError) throws(SpeakerAliasesError) -> [String]? {
        let columns = cells.map { $0.lowercased() }
        let isCharacterList = columns.count >= 2 && columns[1] == "aliases"
        let known = isCharacterList ? characterListColumns : ["name", "alias"]
        for (index, column) in columns.enumerated() {
            let expected = isCharacterList ? (index < known.count ? known[index] : nil) : (index == 0 ? "name" : "alias")
            guard column != expected else { continue }
            let guess = EditDistance.nearest(to: column, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            let form = isCharacterList ? "name,aliases,gender" : "name,alias[,alias…]"
            throw fail("unknown column '\(cells[index])' in the header\(guess); expected \(form)")
        }
        return isCharacterList ? columns : nil
    }

    /// The line of `key` as an object key in the JSON `text`, for error messages (1 when it cannot be found).
    private static func lineOfJSONKey(_ key: String, in text: String) -> Int {
        let quoted = "\"" + key.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        var searchRange = text.startIndex..<text.endIndex
        while let found = text.range(of: quoted, range: searchRange) {
            // A key, not a value that happens to read the same: a colon follows.
            if text[found.upperBound...].first(where: { !$0.isWhitespace }) == ":" {
                return text[..<found.lowerBound].reduce(1) { $1.isNewline ? $0 + 1 : $0 }
            }
            searchRange = found.upperBound..<text.endIndex
        }
        return 1
    }
}

/// A problem with an alias table or character list file: the file, the line when known, and what is wrong.
///
/// ``description`` and `localizedDescription` are the one line the command-line tool prints, `FILE:LINE: message`.
public struct SpeakerAliasesError: Error, LocalizedError, Sendable, Hashable, CustomStringConvertible {
    /// The file (or `<aliases>`) the problem is in.
    public var source: String
    /// The 1-based line of the problem, when known.
    public var line: Int?
    /// What is wrong, naming the column, cell or key.
    public var message: String

    /// Creates an error.
    /// - Parameters:
    ///   - source: The file or a name for the text.
    ///   - line: The 1-based line, when known.
    ///   - message: What is wrong.
    public init(source: String, line: Int? = nil, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `source:line: message`, or `source: message` when the line is not known.
    public var description: String { ErrorLine.format(source: source, line: line, message: message) }

    /// The same line as ``description``.
    public var errorDescription: String? { description }
}
