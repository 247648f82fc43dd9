import QuoteKit
internal import Yams

/// Finds the line of a value in a YAML tree, for error messages that name it.
///
/// The readers (``PackValue``) see no lines: they name the value at fault by its path (`rules[2].confidnce`),
/// and the YAML loaders, which still hold the tree, turn the path into the line here. Only a failing load
/// pays for the search.
enum YAMLLocator {
    /// The 1-based line of the value at `path` (keys joined by `.`, list indices in brackets) in `root`: the
    /// line of the last key on the path (that is where an unknown key is), or of the list item; the line of
    /// the deepest node reached when the path leaves the tree.
    static func line(of path: String, in root: Node) -> Int? {
        var node = root
        var line = root.mark?.line
        var rest = Substring(path)
        while !rest.isEmpty {
            if rest.hasPrefix("[") {
                guard let close = rest.firstIndex(of: "]"), let index = Int(rest[rest.index(after: rest.startIndex)..<close]),
                      case .sequence(let items) = node, items.indices.contains(index) else { break }
                node = items[index]
                line = node.mark?.line ?? line
                rest = rest[rest.index(after: close)...]
            } else {
                // Keys may hold `.` or `[` themselves: the longest key that the path goes on from wins.
                guard case .mapping(let pairs) = node else { break }
                let match = pairs.compactMap { pair -> (key: String, keyNode: Node, value: Node)? in
                    guard let key = pair.key.string, rest == key || rest.hasPrefix(key + ".") || rest.hasPrefix(key + "[") else { return nil }
                    return (key, pair.key, pair.value)
                }.max { $0.key.count < $1.key.count }
                guard let match else { break }
                node = match.value
                line = match.keyNode.mark?.line ?? line
                rest = rest.dropFirst(match.key.count)
            }
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
        }
        return line
    }

    /// The line that Yams gives for a syntax error, if any.
    static func line(of error: any Error) -> Int? {
        guard let error = error as? YamlError else { return nil }
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }

    /// Yams' description of a syntax error without its own position and excerpt (the line is reported apart).
    static func problem(of error: any Error) -> String {
        guard let error = error as? YamlError else { return "\(error)" }
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            return [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        default:
            return "\(error)"
        }
    }
}
