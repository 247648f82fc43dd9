/// A set of words matched forwards or backwards from a position with a trie.
///
/// Rule packs hold lexicons (reporting cues, titles, pronouns); attribution
/// asks "does a cue end right here?" or "does a title start here?" many
/// times per quote. A trie answers in time proportional to the longest match,
/// whatever the lexicon's size. Matching is exact on Unicode scalars, except
/// that ASCII letters match case-insensitively when the lexicon is created
/// with `caseInsensitive: true`.
package struct Lexicon: Sendable, Hashable {
    /// The tries and the words, shared by copies (copy-on-write). Lexicons are read out of packs and
    /// contexts on every look-up; copying one reference costs one retain, copying the arrays would cost seven.
    private final class Storage: @unchecked Sendable {
        // Mutated only through a uniquely referenced Lexicon (see `insert`), so sharing across threads is safe,
        // and no access overlaps another: the run-time exclusivity check (one call per trie probe) is left out.
        @exclusivity(unchecked) var forward = ScalarTrie()
        @exclusivity(unchecked) var backward = ScalarTrie()
        @exclusivity(unchecked) var words: [String] = []

        init() {}

        init(copying other: Storage) {
            forward = other.forward
            backward = other.backward
            words = other.words
        }
    }

    private var storage = Storage()
    /// The words, in the order given.
    package var words: [String] { storage.words }
    /// Whether ASCII letters match regardless of case.
    package let caseInsensitive: Bool

    /// Lexicons are equal when they hold the same words in the same order with the same case rule.
    package static func == (lhs: Lexicon, rhs: Lexicon) -> Bool {
        lhs.caseInsensitive == rhs.caseInsensitive && (lhs.storage === rhs.storage || lhs.storage.words == rhs.storage.words)
    }

    /// Hashes the words and the case rule.
    package func hash(into hasher: inout Hasher) {
        hasher.combine(caseInsensitive)
        hasher.combine(storage.words)
    }

    /// Creates a lexicon.
    /// - Parameters:
    ///   - words: The entries; empty strings are ignored.
    ///   - caseInsensitive: Match ASCII letters regardless of case.
    package init<S: Sequence>(_ words: S, caseInsensitive: Bool = false) where S.Element == String {
        self.caseInsensitive = caseInsensitive
        for word in words { insert(word) }
    }

    /// An empty lexicon.
    package init() { self.init([String]()) }

    /// Adds a word.
    /// - Parameter word: The entry; ignored when empty or already present.
    package mutating func insert(_ word: String) {
        let scalars = word.unicodeScalars.map { fold($0.value) }
        guard !scalars.isEmpty else { return }
        if contains(word) { return }
        if !isKnownUniquelyReferenced(&storage) { storage = Storage(copying: storage) }
        storage.words.append(word)
        storage.forward.add(scalars)
        storage.backward.add(scalars.reversed())
    }

    /// Whether the lexicon holds `word` exactly.
    package func contains(_ word: String) -> Bool {
        var node = 0
        for scalar in word.unicodeScalars {
            guard let child = storage.forward.child(node, fold(scalar.value)) else { return false }
            node = child
        }
        return node != 0 && storage.forward.isTerminal(node)
    }

    /// Whether the lexicon holds the text of `range` exactly, without building a `String`.
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - range: The candidate word's offsets (clamped to the text).
    /// - Returns: `true` when the scalars of `range` are one of the words.
    /// - Complexity: O(length of the range).
    package func contains(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
        let end = min(range.upperBound, scalars.count)
        var i = max(0, range.lowerBound)
        guard i < end else { return false }
        var node = 0
        while i < end {
            guard let child = storage.forward.child(node, fold(scalars[i].value)) else { return false }
            node = child
            i += 1
        }
        return storage.forward.isTerminal(node)
    }

    /// Whether the lexicon holds the one-scalar word `scalar`.
    /// - Parameter scalar: The character.
    /// - Returns: `true` when `scalar` alone is a word.
    /// - Complexity: O(1).
    package func contains(_ scalar: Unicode.Scalar) -> Bool {
        guard let child = storage.forward.child(0, fold(scalar.value)) else { return false }
        return storage.forward.isTerminal(child)
    }

    /// Whether the lexicon has no words.
    package var isEmpty: Bool { storage.words.isEmpty }

    @inline(__always) func fold(_ v: UInt32) -> UInt32 {
        caseInsensitive && v >= 0x41 && v <= 0x5A ? v | 0x20 : v
    }

    /// The length of the longest word that starts at `index`.
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - index: Where the word must start.
    ///   - limit: The match may not extend past this offset.
    /// - Returns: The length in scalars, or `nil`.
    /// - Complexity: O(length of the longest word).
    package func longestMatch(in scalars: [Unicode.Scalar], startingAt index: Int, limit: Int? = nil) -> Int? {
        let end = min(limit ?? scalars.count, scalars.count)
        var node = 0
        var best: Int? = nil
        var i = index
        while i < end, let child = storage.forward.child(node, fold(scalars[i].value)) {
            node = child
            i += 1
            if storage.forward.isTerminal(node) { best = i - index }
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
    package func longestMatch(in scalars: [Unicode.Scalar], endingAt index: Int, limit: Int = 0) -> Int? {
        var node = 0
        var best: Int? = nil
        var i = index - 1
        while i >= max(0, limit), let child = storage.backward.child(node, fold(scalars[i].value)) {
            node = child
            if storage.backward.isTerminal(node) { best = index - i }
            i -= 1
        }
        return best
    }

    /// Whether a word of the lexicon stands inside `range`: one starts in it and ends by its end.
    package func occurs(in scalars: [Unicode.Scalar], within range: Range<Int>) -> Bool {
        range.contains { shortestMatch(in: scalars, startingAt: $0, limit: range.upperBound) != nil }
    }

    /// The length of the shortest word that starts at `index` (`nil` when none does).
    @inline(__always) func shortestMatch(in scalars: [Unicode.Scalar], startingAt index: Int, limit: Int) -> Int? {
        let end = min(limit, scalars.count)
        var node = 0
        var i = index
        while i < end, let child = storage.forward.child(node, fold(scalars[i].value)) {
            node = child
            i += 1
            if storage.forward.isTerminal(node) { return i - index }
        }
        return nil
    }

    /// The length of the shortest word that ends just before `index` (`nil` when none does).
    @inline(__always) func shortestMatch(in scalars: [Unicode.Scalar], endingAt index: Int, limit: Int) -> Int? {
        var node = 0
        var i = index - 1
        while i >= max(0, limit), let child = storage.backward.child(node, fold(scalars[i].value)) {
            node = child
            if storage.backward.isTerminal(node) { return index - i }
            i -= 1
        }
        return nil
    }

    /// All lengths of words starting at `index`, shortest first.
    ///
    /// - Parameters:
    ///   - scalars: The text.
    ///   - index: Where the words must start.
    ///   - limit: Matches may not extend past this offset.
    /// - Returns: Match lengths in scalars, ascending.
    /// - Complexity: O(length of the longest word).
    package func matches(in scalars: [Unicode.Scalar], startingAt index: Int, limit: Int? = nil) -> [Int] {
        let end = min(limit ?? scalars.count, scalars.count)
        var node = 0
        var result: [Int] = []
        var i = index
        while i < end, i >= 0, let child = storage.forward.child(node, fold(scalars[i].value)) {
            node = child
            i += 1
            if storage.forward.isTerminal(node) { result.append(i - index) }
        }
        return result
    }

    /// Whether `body` returns `true` for the length of a word starting at `index` (tried shortest first, without
    /// building a list).
    @inline(__always) func anyMatch(in scalars: [Unicode.Scalar], startingAt index: Int, limit: Int, _ body: (Int) -> Bool) -> Bool {
        let end = min(limit, scalars.count)
        var node = 0
        var i = index
        while i < end, i >= 0, let child = storage.forward.child(node, fold(scalars[i].value)) {
            node = child
            i += 1
            if storage.forward.isTerminal(node), body(i - index) { return true }
        }
        return false
    }

    /// Whether `body` returns `true` for the length of a word ending just before `index` (tried shortest first,
    /// without building a list).
    @inline(__always) func anyMatch(in scalars: [Unicode.Scalar], endingAt index: Int, limit: Int, _ body: (Int) -> Bool) -> Bool {
        var node = 0
        var i = index - 1
        while i >= max(0, limit), let child = storage.backward.child(node, fold(scalars[i].value)) {
            node = child
            if storage.backward.isTerminal(node), body(index - i) { return true }
            i -= 1
        }
        return false
    }

    /// All lengths of words ending just before `index`, shortest first.
    package func matches(in scalars: [Unicode.Scalar], endingAt index: Int, limit: Int = 0) -> [Int] {
        var node = 0
        var result: [Int] = []
        var i = index - 1
        while i >= max(0, limit), let child = storage.backward.child(node, fold(scalars[i].value)) {
            node = child
            if storage.backward.isTerminal(node) { result.append(index - i) }
            i -= 1
        }
        return result
    }
}

extension Lexicon: Codable {
    /// Decodes a lexicon from a JSON or YAML list of words (case-sensitive).
    package init(from decoder: any Decoder) throws {
        self.init(try [String](from: decoder))
    }

    /// Encodes the lexicon as its list of words.
    package func encode(to encoder: any Encoder) throws {
        try words.encode(to: encoder)
    }
}

extension Dictionary where Key == String, Value == Lexicon {
    /// The compiled lexicon of this name, or an empty one when no pack defines it.
    func lexicon(_ name: String) -> Lexicon { self[name] ?? Lexicon() }

    /// The compiled lexicons of these names as one (the kin lexicons, modifiers with the words of time), with the case
    /// rule of the first; the lexicon itself when only one of them has words.
    func union(_ names: String...) -> Lexicon {
        let lexicons = names.map(lexicon).filter { !$0.isEmpty }
        guard lexicons.count > 1 else { return lexicons.first ?? Lexicon() }
        return Lexicon(lexicons.flatMap(\.words), caseInsensitive: lexicons[0].caseInsensitive)
    }
}
