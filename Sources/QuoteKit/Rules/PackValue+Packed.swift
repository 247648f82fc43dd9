extension PackValue {
    /// Reads a tree written in packed form by ``pack(into:)`` (the built-in packs, see ``BuiltInPackCompiler``).
    ///
    /// The form is `S<byte count>:<UTF-8>` for a scalar, `L<count>:<items>` for a list and
    /// `M<count>:<key scalar><value>…` for a map. Reading it is one pass over the bytes, a small fraction
    /// of parsing the YAML.
    ///
    /// - Parameter bytes: The packed tree.
    /// - Returns: `nil` when the bytes are not one whole packed tree.
    init?(packedTree bytes: [UInt8]) {
        var position = 0
        guard let value = bytes.withUnsafeBufferPointer({ PackValue.readPacked($0, at: &position) }),
              position == bytes.count else { return nil }
        self = value
    }

    /// Appends the packed form of this tree (what ``init(packedTree:)`` reads).
    package func pack(into out: inout [UInt8]) {
        func header(_ tag: String, _ count: Int) { out.append(contentsOf: "\(tag)\(count):".utf8) }
        switch self {
        case .scalar(let text):
            header("S", text.utf8.count)
            out.append(contentsOf: text.utf8)
        case .list(let items):
            header("L", items.count)
            for item in items { item.pack(into: &out) }
        case .map(let pairs):
            header("M", pairs.count)
            for pair in pairs {
                PackValue.scalar(pair.key).pack(into: &out)
                pair.value.pack(into: &out)
            }
        }
    }

    private static func readPacked(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> PackValue? {
        guard i < bytes.count else { return nil }
        let tag = bytes[i]
        i += 1
        var n = 0
        while i < bytes.count, bytes[i] != UInt8(ascii: ":") {
            let digit = bytes[i] &- UInt8(ascii: "0")
            guard digit < 10, n <= bytes.count else { return nil }
            n = n * 10 + Int(digit)
            i += 1
        }
        guard i < bytes.count else { return nil }
        i += 1 // the colon
        switch tag {
        case UInt8(ascii: "S"):
            guard n <= bytes.count - i else { return nil }
            defer { i += n }
            return .scalar(String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<(i + n)]), as: UTF8.self))
        case UInt8(ascii: "L"):
            var items: [PackValue] = []
            items.reserveCapacity(min(n, bytes.count - i))
            for _ in 0..<n {
                guard let item = readPacked(bytes, at: &i) else { return nil }
                items.append(item)
            }
            return .list(items)
        case UInt8(ascii: "M"):
            var pairs: [(key: String, value: PackValue)] = []
            pairs.reserveCapacity(min(n, bytes.count - i))
            for _ in 0..<n {
                guard i < bytes.count, bytes[i] == UInt8(ascii: "S"), case .scalar(let key)? = readPacked(bytes, at: &i),
                      let value = readPacked(bytes, at: &i) else { return nil }
                pairs.append((key: key, value: value))
            }
            return .map(pairs)
        default:
            return nil
        }
    }
}
