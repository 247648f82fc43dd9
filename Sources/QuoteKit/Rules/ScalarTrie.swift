/// The trie behind ``Lexicon``: nodes are numbers, and every edge (parent node, scalar) → child node
/// lives in one flat open-addressing hash table.
///
/// Attribution asks the lexicons hundreds of times per quote; a per-node `Dictionary` costs a
/// SipHash and a few indirections per step, while this table costs one multiply and usually
/// one probe in a single array.
struct ScalarTrie: Sendable, Hashable {
    /// Edge keys: `(parent << 21 | scalar) + 1`, 0 for an empty slot. Scalars need 21 bits.
    private var keys: [UInt64] = Array(repeating: 0, count: 16)
    /// Child node of the edge in the same slot.
    private var children: [Int32] = Array(repeating: 0, count: 16)
    /// Whether a word ends at each node (node 0 is the root).
    private var terminal: [Bool] = [false]
    private var edges = 0

    @inline(__always) private static func key(_ node: Int, _ scalar: UInt32) -> UInt64 {
        (UInt64(node) << 21 | UInt64(scalar)) &+ 1
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The child of `node` along `scalar`, if any.
    @inline(__always) func child(_ node: Int, _ scalar: UInt32) -> Int? {
        let k = Self.key(node, scalar)
        let mask = keys.count - 1
        var i = Self.slot(k, mask)
        while true {
            let found = keys[i]
            if found == k { return Int(children[i]) }
            if found == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    /// Whether a word ends at `node`.
    @inline(__always) func isTerminal(_ node: Int) -> Bool { terminal[node] }

    /// Adds a path of scalars and marks its end as a word.
    mutating func add<S: Sequence>(_ scalars: S) where S.Element == UInt32 {
        var node = 0
        for v in scalars {
            if let next = child(node, v) {
                node = next
            } else {
                terminal.append(false)
                let next = terminal.count - 1
                insertEdge(Self.key(node, v), next)
                node = next
            }
        }
        terminal[node] = true
    }

    private mutating func insertEdge(_ k: UInt64, _ child: Int) {
        if (edges + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Self.slot(k, mask)
        while keys[i] != 0 { i = (i + 1) & mask }
        keys[i] = k
        children[i] = Int32(child)
        edges += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldChildren = children
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        children = Array(repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (k, child) in zip(oldKeys, oldChildren) where k != 0 {
            var i = Self.slot(k, mask)
            while keys[i] != 0 { i = (i + 1) & mask }
            keys[i] = k
            children[i] = child
        }
    }
}
