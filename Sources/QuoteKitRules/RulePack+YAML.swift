import Foundation
import QuoteKit
internal import Yams

/// Reading packs from YAML text and files (JSON, being YAML, too), with the line of a problem named.
extension RulePack {
    /// Parses a pack from YAML (JSON is valid YAML too) and validates it.
    ///
    /// Every key is checked: a key that a pack, a rule, a slot, the `kind` section or the `scorer` does not
    /// have (a misspelling such as `rulez:` or `confidnce:`) is refused, not skipped.
    ///
    /// - Parameters:
    ///   - yaml: The pack text.
    ///   - source: A name for error messages (a file path).
    /// - Returns: The pack.
    /// - Throws: `RulePackError` naming the line when the text is not valid YAML, has an unknown key or a
    ///   value of the wrong type, or a rule is malformed (no `quote` slot, unknown lexicon, confidence outside
    ///   0…1, duplicate id).
    public static func load(yaml: String, source: String = "<string>") throws(RulePackError) -> RulePack {
        do {
            return try YAMLExpansionLimit.withTree(yaml) { node in
                let root = node ?? Node("")
                do throws(RulePackError) {
                    // Read through the YAML tree, not Codable: see PackValue.
                    return try load(value: PackValue(root), source: source)
                } catch {
                    throw error.located(in: root)
                }
            }
        } catch let error as RulePackError {
            throw error
        } catch let error as YAMLExpansionLimit.Exceeded {
            throw RulePackError(source: source, message: error.description)
        } catch {
            throw RulePackError(source: source, line: YAMLLocator.line(of: error),
                                message: "not a valid YAML rule pack: \(YAMLLocator.problem(of: error))")
        }
    }

    /// Reads and parses a pack from a YAML file.
    ///
    /// - Parameter path: The file path.
    /// - Returns: The pack.
    /// - Throws: `RulePackError` when the file cannot be read or is not a valid pack (see ``load(yaml:source:)``).
    public static func load(contentsOf path: String) throws(RulePackError) -> RulePack {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RulePackError(source: path, message: "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulePackError(source: path, message: "the file is not UTF-8 text")
        }
        return try load(yaml: text, source: path)
    }

    /// Reads and parses a pack from a YAML file.
    ///
    /// - Parameter url: A file URL.
    /// - Returns: The pack.
    /// - Throws: `RulePackError` when the file cannot be read or is not a valid pack (see ``load(yaml:source:)``).
    public static func load(contentsOf url: URL) throws(RulePackError) -> RulePack {
        try load(contentsOf: url.path)
    }
}

extension RulePackError {
    /// The error with the line of its ``path`` in the YAML tree `root`, when it has a path and no line yet.
    func located(in root: Node) -> RulePackError {
        guard line == nil, let path else { return self }
        var copy = self
        copy.line = YAMLLocator.line(of: path, in: root)
        return copy
    }
}

extension PackValue {
    /// The value of a YAML node (aliases are resolved by the composer; a leftover one reads as an empty scalar).
    init(_ node: Node) {
        switch node {
        case .scalar(let s): self = .scalar(s.string)
        case .sequence(let seq): self = .list(seq.map(PackValue.init))
        case .mapping(let m): self = .map(m.map { (key: $0.key.string ?? "", value: PackValue($0.value)) })
        case .alias: self = .scalar("")
        }
    }
}

/// Compiles a built-in pack for `scripts/pack-rules.sh` (the PackRules tool), the writing side of
/// ``BuiltInPacks``: not part of QuoteKit's API.
package enum BuiltInPackCompiler {
    /// A YAML pack, checked as any pack is, as the base64 text of its packed tree that
    /// `BuiltInPackTrees.swift` holds (``PackValue/init(packedTree:)`` reads it back).
    ///
    /// - Parameters:
    ///   - yaml: The pack's text.
    ///   - source: The file, for error messages.
    /// - Returns: Base64 of the packed tree.
    /// - Throws: `RulePackError` when the text is not a valid pack.
    package static func packedTree(yaml: String, source: String) throws(RulePackError) -> String {
        _ = try RulePack.load(yaml: yaml, source: source)
        let tree: PackValue
        do {
            tree = try YAMLExpansionLimit.withTree(yaml) { PackValue($0 ?? Node("")) }
        } catch {
            throw RulePackError(source: source, message: "not a valid YAML rule pack: \(error)")
        }
        var bytes: [UInt8] = []
        tree.pack(into: &bytes)
        return Data(bytes).base64EncodedString()
    }
}
