import Foundation

/// Canonical names and their aliases (`Elizabeth Bennet` ← `Lizzy`, `Eliza`), like CoreNLP's characters file.
///
/// Load from JSON (`{"Elizabeth Bennet": ["Lizzy", "Eliza"]}`), from CSV rows
/// `name,alias[,alias…]` (a header row starting with `name` is skipped), or
/// from a character list: CSV with the header `name,aliases,gender`, aliases
/// separated by `|`, gender `male`, `female` or empty. Matching is
/// case-insensitive and ignores surrounding spaces.
///
/// A character list does more than rename: its names and aliases are
/// looked for near quotes as speaker candidates, and its genders resolve
/// pronouns (他/她, he/she).
public struct SpeakerAliases: Sendable, Hashable {
    /// A character's gender, as a character list gives it.
    public enum Gender: String, Sendable, Hashable, Codable {
        /// Referred to as he, 他.
        case male
        /// Referred to as she, 她.
        case female
    }

    /// Canonical name → aliases, as loaded.
    public private(set) var names: [String: [String]] = [:]
    /// Canonical name → gender, for the names whose gender is known.
    public private(set) var genders: [String: Gender] = [:]
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

    /// Sets the gender of a canonical name (added to the table if new).
    /// - Parameters:
    ///   - gender: The gender, or `nil` to forget it.
    ///   - name: The canonical name.
    public mutating func setGender(_ gender: Gender?, for name: String) {
        let canonical = name.trimmingCharacters(in: .whitespaces)
        guard !canonical.isEmpty else { return }
        if names[canonical] == nil { add(canonical, aliases: []) }
        genders[canonical] = gender
    }

    /// Every way the table writes a person (canonical names and aliases), with the canonical name each stands for.
    public var surfaceForms: [(form: String, name: String)] {
        var result: [(form: String, name: String)] = []
        for (name, aliases) in names.sorted(by: { $0.key < $1.key }) {
            result.append((name, name))
            for alias in aliases { result.append((alias.trimmingCharacters(in: .whitespaces), name)) }
        }
        return result.filter { !$0.form.isEmpty }
    }

    /// The canonical name for a name or alias, if the table knows it.
    /// - Parameter name: A name as written.
    /// - Returns: The canonical name, or `nil`.
    public func canonical(_ name: String) -> String? { byAlias.isEmpty ? nil : byAlias[Self.key(name)] }

    /// The gender of a person the table knows, by any of their names.
    /// - Parameter name: A name or alias as written.
    /// - Returns: The gender, or `nil` when unknown.
    public func gender(of name: String) -> Gender? {
        genders.isEmpty ? nil : canonical(name).flatMap { genders[$0] }
    }

    /// The table with each name and alias also written the ways `spellings` gives (the other script's: a list of
    /// 林秀云 knows 林秀雲), as aliases of the same canonical name.
    func addingSpellings(_ spellings: (String) -> [String]) -> SpeakerAliases {
        var result = self
        for (name, aliases) in names {
            let others = ([name] + aliases).flatMap { form in spellings(form).filter { byAlias[Self.key($0)] == nil } }
            if !others.isEmpty { result.add(name, aliases: others) }
        }
        return result
    }

    /// Whether the table is empty.
    public var isEmpty: Bool { names.isEmpty }

    static func key(_ s: String) -> String {
        s.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
