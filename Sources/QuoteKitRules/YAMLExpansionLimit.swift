import QuoteKit
internal import Yams

/// Refuses YAML whose aliases expand it far beyond its own size (an "alias bomb").
///
/// The composer shares an aliased node instead of copying it, so a 573-byte file of aliases to aliases
/// composes quickly, but every reader that walks the tree (rule packs into ``PackValue``, the lint
/// configuration through `Codable`) visits each shared node once per path to it: exponential work
/// and memory (over 13 GB). Without aliases a tree cannot hold more nodes than its text has characters
/// plus a few, so the walk counts nodes against that and stops at the first one over.
enum YAMLExpansionLimit {
    /// The message for an expanded tree, naming no source (callers add it).
    static let message = "the YAML expands to more values than it has characters (aliases of aliases?); "
        + "write the values out instead of using anchors and aliases"

    /// Calls `body` with the composed tree of `yaml` (`nil` for an empty document), once it is known to be bounded.
    /// - Throws: ``Exceeded`` when the tree's nodes, counting every path through an alias, outnumber the text's
    ///   characters (plus 64); what Yams throws for invalid YAML; what `body` throws.
    static func withTree<T>(_ yaml: String, resolver: Resolver = .basic, _ body: (Node?) throws -> T) throws -> T {
        let parser = try Parser(yaml: yaml, resolver: resolver)
        // The parser owns the anchors that the nodes refer to: keep it alive while the tree is used.
        return try withExtendedLifetime(parser) {
            guard let root = try parser.singleRoot() else { return try body(nil) }
            var budget = yaml.utf8.count + 64
            try spend(root, &budget)
            return try body(root)
        }
    }

    struct Exceeded: Error, CustomStringConvertible {
        var description: String { YAMLExpansionLimit.message }
    }

    private static func spend(_ node: Node, _ budget: inout Int) throws {
        budget -= 1
        if budget < 0 { throw Exceeded() }
        switch node {
        case .scalar, .alias: break
        case .sequence(let items): for item in items { try spend(item, &budget) }
        case .mapping(let pairs):
            for (key, value) in pairs {
                try spend(key, &budget)
                try spend(value, &budget)
            }
        }
    }
}
