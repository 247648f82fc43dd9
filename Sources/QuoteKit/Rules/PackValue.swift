import Yams

/// A rule-pack value as the pack reader sees it: a scalar, a list or a map.
///
/// Packs are read from the YAML tree through this small value rather than through
/// `Codable`: a pack is mostly word lists, thousands of entries, and decoding each one
/// through a generic decoder cost more than the rest of QuoteKit's start-up together.
/// Slots decoded through `Codable` (a pack embedded in JSON, say) go through the same
/// value, so a slot means the same whatever it was read from.
indirect enum PackValue: Sendable, Decodable {
    case scalar(String)
    case list([PackValue])
    case map([(key: String, value: PackValue)])

    /// The value of a YAML node (aliases are resolved by the composer; a leftover one reads as an empty scalar).
    init(_ node: Node) {
        switch node {
        case .scalar(let s): self = .scalar(s.string)
        case .sequence(let seq): self = .list(seq.map(PackValue.init))
        case .mapping(let m): self = .map(m.map { (key: $0.key.string ?? "", value: PackValue($0.value)) })
        case .alias: self = .scalar("")
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    init(from decoder: any Decoder) throws {
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
            throw RulePackError(source: "", message: "unknown \(what) '\(text)' at \(path); expected one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    static func error(_ path: String, _ expected: String) -> RulePackError {
        RulePackError(source: "", message: "expected \(expected) at \(path.isEmpty ? "top level" : path)")
    }

    static func join(_ path: String, _ key: String) -> String {
        path.isEmpty ? key : path + "." + key
    }
}
