import CSV
import Foundation

/// Canonical names and their aliases (`Elizabeth Bennet` ← `Lizzy`, `Eliza`), like CoreNLP's characters file.
///
/// Load from JSON (`{"Elizabeth Bennet": ["Lizzy", "Eliza"]}`) or CSV
/// (`name,alias` rows; a header row `name,alias` is skipped). Matching is
/// case-insensitive and ignores surrounding spaces.
public struct SpeakerAliases: Sendable, Hashable {
    /// Canonical name → aliases, as loaded.
    public private(set) var names: [String: [String]] = [:]
    private var byAlias: [String: String] = [:]

    /// An empty table.
    public init() {}

    /// Creates a table from canonical names and their aliases.
    /// - Parameter names: Canonical name → aliases.
    public init(_ names: [String: [String]]) {
        for (name, aliases) in names { add(name, aliases: aliases) }
    }

    /// Adds a canonical name and its aliases.
    /// - Parameters:
    ///   - name: The canonical name.
    ///   - aliases: Other ways the text writes it.
    public mutating func add(_ name: String, aliases: [String]) {
        let canonical = name.trimmingCharacters(in: .whitespaces)
        guard !canonical.isEmpty else { return }
        names[canonical, default: []].append(contentsOf: aliases)
        byAlias[Self.key(canonical)] = canonical
        for alias in aliases where !alias.trimmingCharacters(in: .whitespaces).isEmpty {
            byAlias[Self.key(alias)] = canonical
        }
    }

    /// The canonical name for a name or alias, if the table knows it.
    /// - Parameter name: A name as written.
    /// - Returns: The canonical name, or `nil`.
    public func canonical(_ name: String) -> String? { byAlias.isEmpty ? nil : byAlias[Self.key(name)] }

    /// Whether the table is empty.
    public var isEmpty: Bool { names.isEmpty }

    static func key(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Parses JSON or CSV text.
    ///
    /// - Parameters:
    ///   - text: The file's text; JSON when it starts with `{`, CSV otherwise.
    ///   - source: A name for error messages.
    /// - Returns: The table.
    /// - Throws: ``RulePackError`` when the JSON is not an object of string lists or a CSV row lacks an alias.
    public static func parse(_ text: String, source: String = "<aliases>") throws -> SpeakerAliases {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var table = SpeakerAliases()
        if trimmed.hasPrefix("{") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(trimmed.utf8)) as? [String: Any] else {
                throw RulePackError(source: source, message: "not a JSON object of name → [aliases]")
            }
            for (name, value) in object {
                if let list = value as? [String] { table.add(name, aliases: list) }
                else if let one = value as? String { table.add(name, aliases: [one]) }
                else { throw RulePackError(source: source, message: "the aliases of '\(name)' must be a list of strings") }
            }
            return table
        }
        let reader: CSVReader
        do { reader = try CSVReader(string: trimmed) } catch {
            throw RulePackError(source: source, message: "not valid CSV: \(error)")
        }
        var row = 0
        while let fields = reader.next() {
            row += 1
            let cells = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy(\.isEmpty) { continue }
            if row == 1, cells.first?.lowercased() == "name" { continue }
            guard cells.count >= 2, !cells[0].isEmpty else {
                throw RulePackError(source: source, message: "row \(row): expected name,alias")
            }
            table.add(cells[0], aliases: Array(cells[1...]).filter { !$0.isEmpty })
        }
        if let error = reader.error { throw RulePackError(source: source, message: "not valid CSV: \(error)") }
        return table
    }

    /// Reads a JSON or CSV alias file.
    /// - Parameter path: The file path.
    /// - Returns: The table.
    /// - Throws: ``RulePackError`` when the file cannot be read or parsed.
    public static func load(contentsOf path: String) throws -> SpeakerAliases {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw RulePackError(source: path, message: "cannot read the file as UTF-8 text")
        }
        return try parse(text, source: path)
    }
}
