/// A rule-pack value as the pack reader sees it: a scalar, a list or a map.
///
/// Packs are read from the YAML tree through this small value rather than through
/// `Codable`: a pack is mostly word lists, thousands of entries, and decoding each one
/// through a generic decoder cost more than the rest of QuoteKit's start-up together.
/// Slots decoded through `Codable` (a pack embedded in JSON, say) go through the same
/// value, so a slot means the same whatever it was read from.
package indirect enum PackValue: Sendable, Decodable {
    case scalar(String)
    case list([PackValue])
    case map([(key: String, value: PackValue)])

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    package init(from decoder: any Decoder) throws {
        if let single = try? decoder.singleValueContainer() {
            if let text = try? single.decode(String.self) { self = .scalar(text); return }
            if let number = try? single.decode(Int.self) { self = .scalar(String(number)); return }
            if let number = try? single.decode(Double.self) { self = .scalar(String(number)); return }
            if let flag = try? single.decode(Bool.self) { self = .scalar(String(flag)); return }
        }
        if var list = try? decoder.unkeyedContainer() {
            var items: [PackValue] = []
            while !list.isAtEnd { items.append(try list.decode(PackValue.self)) }
            self = .list(items)
            return
        }
        let c = try decoder.container(keyedBy: AnyKey.self)
        self = .map(try c.allKeys.map { (key: $0.stringValue, value: try c.decode(PackValue.self, forKey: $0)) })
    }

    /// Reads a value that `Codable` decodes (a pack in JSON, say) with `read`, which gets the value and its path;
    /// a ``Problem`` becomes the `DecodingError` that `Codable` callers expect.
    static func decode<T>(_ decoder: any Decoder, _ read: (PackValue, String) throws -> T) throws -> T {
        let value = try PackValue(from: decoder)
        do {
            return try read(value, decoder.codingPath.isEmpty ? "" : RulePack.path(decoder.codingPath))
        } catch let problem as Problem {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: problem.message))
        }
    }

    subscript(key: String) -> PackValue? {
        guard case .map(let pairs) = self else { return nil }
        return pairs.last { $0.key == key }?.value
    }

    var keys: [String] {
        guard case .map(let pairs) = self else { return [] }
        return pairs.map(\.key)
    }

    var text: String? {
        if case .scalar(let s) = self { return s }
        return nil
    }

    var items: [PackValue]? {
        if case .list(let items) = self { return items }
        return nil
    }

    var isMap: Bool {
        if case .map = self { return true }
        return false
    }

    // MARK: Typed reads (errors name the path)

    func string(_ path: String) throws -> String {
        guard let text else { throw PackValue.error(path, "a text") }
        return text
    }

    func int(_ path: String) throws -> Int {
        guard let text, let value = Int(text) else { throw PackValue.error(path, "a whole number") }
        return value
    }

    func double(_ path: String) throws -> Double {
        guard let text, let value = Double(text) else { throw PackValue.error(path, "a number") }
        return value
    }

    func bool(_ path: String) throws -> Bool {
        switch text?.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw PackValue.error(path, "true or false")
        }
    }

    func strings(_ path: String) throws -> [String] {
        guard let items else { throw PackValue.error(path, "a list of words") }
        var result: [String] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            // The path is spelled out only for the error: a pack holds thousands of words.
            guard let text = item.text else { throw PackValue.error("\(path)[\(i)]", "a text") }
            result.append(text)
        }
        return result
    }

    /// A name from a fixed set (a sieve, an assignment, a speaker form), read from a scalar.
    func name<T: RawRepresentable & CaseIterable>(_ path: String, _ what: String) throws -> T where T.RawValue == String {
        let text = try string(path)
        guard let value = T(rawValue: text) else {
            throw Problem(path: path, message: "unknown \(what) '\(text)' at \(path); expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// Refuses a map key that the reader does not know: a misspelt key (`rulez:`, `confidnce:`) would
    /// otherwise be skipped, and the pack or configuration load as if the setting were not there.
    /// - Parameters:
    ///   - known: The keys this map may have, in the order the message lists them.
    ///   - path: Where the map is (empty for the top level).
    /// - Throws: ``Problem`` naming the first unknown key (its path is the key's, so a line can be found for it).
    func rejectUnknownKeys(_ known: [String], at path: String) throws {
        for key in keys where !known.contains(key) {
            throw Problem.unknownKey(key, at: path, known: known)
        }
    }

    static func error(_ path: String, _ expected: String) -> Problem {
        Problem(path: path, message: "expected \(expected) at \(path.isEmpty ? "top level" : path)")
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }

    /// What is wrong with a value, and where (`rules[2].confidence`): the readers throw it, and each loader
    /// turns it into its own public error with the file and, when the text had lines, the line of `path`.
    package struct Problem: Error, Sendable, Equatable {
        /// The value's path: keys joined by `.`, list indices in brackets; empty for the top level.
        package var path: String
        /// What is wrong, naming the path.
        package var message: String

        /// An unknown map key, with the nearest known key when one is close (a likely misspelling).
        static func unknownKey(_ key: String, at path: String, known: [String]) -> Problem {
            let place = path.isEmpty ? "top level" : path
            let guess = EditDistance.nearest(to: key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            return Problem(path: PackValue.join(path, key),
                           message: "unknown key '\(key)' at \(place)\(guess); expected one of \(known.joined(separator: ", "))")
        }
    }
}

/// The nearest word of a small list, for "did you mean" in error messages.
enum EditDistance {
    /// The word of `candidates` within two edits of `word` (insertions, deletions, substitutions), the closest first.
    static func nearest(to word: String, in candidates: [String]) -> String? {
        let best = candidates.map { (word: $0, distance: distance(word.lowercased(), $0.lowercased())) }
            .min { $0.distance < $1.distance }
        guard let best, best.distance <= 2, best.distance < word.count else { return nil }
        return best.word
    }

    /// Levenshtein distance over characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
