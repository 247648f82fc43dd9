/// A set of words matched forwards or backwards from a position with a trie.
///
/// Rule packs hold lexicons (reporting cues, titles, pronouns); attribution
/// asks "does a cue end right here?" or "does a title start here?" many
/// times per quote. A trie answers in time proportional to the longest match,
/// whatever the lexicon's size. Matching is exact on Unicode scalars, except
/// that ASCII letters match case-insensitively when the lexicon is created
/// with `caseInsensitive: true`.
public struct Lexicon: Sendable, Hashable {
    struct Node: Sendable, Hashable {
        var children: [UInt32: Int] = [:]
        var terminal: Bool = false
    }

    private var forward: [Node] = [Node()]
    private var backward: [Node] = [Node()]
    /// The words, in the order given.
    public private(set) var words: [String] = []
    /// Whether ASCII letters match regardless of case.
    public let caseInsensitive: Bool

    /// Creates a lexicon.
    /// - Parameters:
    ///   - words: The entries; empty strings are ignored.
    ///   - caseInsensitive: Match ASCII letters regardless of case.
    public init<S: Sequence>(_ words: S, caseInsensitive: Bool = false) where S.Element == String {
        self.caseInsensitive = caseInsensitive
        for word in words { insert(word) }
    }

    /// An empty lexicon.
    public init() { self.init([String]()) }

    /// Adds a word.
    /// - Parameter word: The entry; ignored when empty or already present.
    public mutating func insert(_ word: String) {
        let scalars = word.unicodeScalars.map { fold($0.value) }
        guard !scalars.isEmpty else { return }
        if contains(word) { return }
        words.append(word)
        Self.add(scalars, to: &forward)
        Self.add(scalars.reversed(), to: &backward)
    }

    /// Whether the lexicon holds `word` exactly.
    public func contains(_ word: String) -> Bool {
        var node = 0
        for scalar in word.unicodeScalars {
            guard let child = forward[node].children[fold(scalar.value)] else { return false }
            node = child
        }
        return node != 0 && forward[node].terminal
    }

    /// Whether the lexicon has no words.
    public var isEmpty: Bool { words.isEmpty }

    @inline(__always) func fold(_ v: UInt32) -> UInt32 {
        caseInsensitive && v >= 0x41 && v <= 0x5A ? v | 0x20 : v
    }

    private static func add<S: Sequence>(_ scalars: S, to nodes: inout [Node]) where S.Element == UInt32 {
        var node = 0
        for v in scalars {
            if let child = nodes[node].children[v] {
                node = child
            } else {
                nodes.append(Node())
                nodes[node].children[v] = nodes.count - 1
                node = nodes.count - 1
            }
        }
        nodes[node].terminal = true
    }

    /// The length of the longest word that starts at `index`.
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - index: Where the word must start.
    ///   - limit: The match may not extend past this offset.
    /// - Returns: The length in scalars, or `nil`.
    /// - Complexity: O(length of the longest word).
    public func longestMatch(in scalars: [Unicode.Scalar], startingAt index: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? scalars.count, scalars.count)
        var node = 0
        var best: Int? = nil
        var i = index
        while i < end, let child = forward[node].children[fold(scalars[i].value)] {
            node = child
            i += 1
            if forward[node].terminal { best = i - index }
        }
        return best
    }

    /// The length of the longest word that ends just before `index`.
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - index: The word must end at `index` (exclusive).
    ///   - limit: The match may not start before this offset.
    /// - Returns: The length in scalars, or `nil`.
    /// - Complexity: O(length of the longest word).
    public func longestMatch(in scalars: [Unicode.Scalar], endingAt index: Int, limit: Int = 0) -> Int? {
        var node = 0
        var best: Int? = nil
        var i = index - 1
        while i >= max(0, limit), let child = backward[node].children[fold(scalars[i].value)] {
            node = child
            if backward[node].terminal { best = index - i }
            i -= 1
        }
        return best
    }

    /// All lengths of words starting at `index`, shortest first.
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - index: Where the words must start.
    ///   - limit: Matches may not extend past this offset.
    /// - Returns: Match lengths in scalars, ascending.
    /// - Complexity: O(length of the longest word).
    public func matches(in scalars: [Unicode.Scalar], startingAt index: Int, limit: Int? = nil) -> [Int] {
        let end = min(limit ?? scalars.count, scalars.count)
        var node = 0
        var result: [Int] = []
        var i = index
        while i < end, i >= 0, let child = forward[node].children[fold(scalars[i].value)] {
            node = child
            i += 1
            if forward[node].terminal { result.append(i - index) }
        }
        return result
    }

    /// All lengths of words ending just before `index`, shortest first.
    public func matches(in scalars: [Unicode.Scalar], endingAt index: Int, limit: Int = 0) -> [Int] {
        var node = 0
        var result: [Int] = []
        var i = index - 1
        while i >= max(0, limit), let child = backward[node].children[fold(scalars[i].value)] {
            node = child
            if backward[node].terminal { result.append(index - i) }
            i -= 1
        }
        return result
    }
}

extension Lexicon: Codable {
    /// Decodes a lexicon from a JSON or YAML list of words (case-sensitive).
    public init(from decoder: any Decoder) throws {
        self.init(try [String](from: decoder))
    }

    /// Encodes the lexicon as its list of words.
    public func encode(to encoder: any Encoder) throws {
        try words.encode(to: encoder)
    }
}
