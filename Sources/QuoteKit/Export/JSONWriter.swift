/// A fast, allocation-light JSON writer for the result model.
///
/// `JSONEncoder` is accurate but slow for millions of quotes; the exporters
/// write through this type instead, in the documented field order. Output is
/// compact, UTF-8, with non-ASCII characters written as-is and control
/// characters escaped. Tests check that every exporter's output decodes back
/// to the same values with `JSONDecoder`.
///
/// The writer fills a buffer that it grows by doubling; strings, numbers and fixed field runs are
/// written straight into reserved space through `JSONRawBytes`, the one place that escapes.
package struct JSONWriter: Sendable {
    /// The buffer; only its first `used` bytes are output.
    private var storage: [UInt8] = []
    private var used = 0
    /// One bit per open container: whether the next element needs a comma. Depth is limited to 64.
    private var commaBits: UInt64 = 0
    private var depth = 0
    private var pendingKey = false

    /// Creates an empty writer.
    package init() {}

    /// The bytes written so far.
    package var bytes: [UInt8] { Array(storage[..<used]) }

    /// Calls `body` with the bytes written so far, without copying them.
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[..<used])) }
    }

    /// Clears the buffer for reuse (its capacity is kept).
    package mutating func reset() {
        used = 0
        commaBits = 0
        depth = 0
        pendingKey = false
    }

    /// The output as a string.
    package var string: String { withBytes { String(decoding: $0, as: UTF8.self) } }

    // MARK: Buffer

    @inline(__always) private mutating func reserve(_ n: Int) {
        if used &+ n > storage.count { grow(n) }
    }

    @inline(never) private mutating func grow(_ n: Int) {
        let target = Swift.max(storage.count * 2, used + n, 1024)
        storage.append(contentsOf: repeatElement(0, count: target - storage.count))
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        reserve(1)
        let at = used
        storage.withUnsafeMutableBufferPointer { $0[at] = byte }
        used = at + 1
    }

    @inline(__always) private mutating func put(_ source: UnsafeBufferPointer<UInt8>) {
        guard let base = source.baseAddress, source.count > 0 else { return }
        reserve(source.count)
        let at = used
        storage.withUnsafeMutableBufferPointer { ($0.baseAddress! + at).update(from: base, count: source.count) }
        used = at + source.count
    }

    @inline(__always) private mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { put($0) }
    }

    // MARK: Structure

    /// Whether a comma goes before the next value or key (and records that one will follow it).
    @inline(__always) private mutating func needsComma() -> Bool {
        if pendingKey { pendingKey = false; return false }
        guard depth > 0 else { return false }
        let bit: UInt64 = 1 << UInt64(depth - 1)
        defer { commaBits |= bit }
        return commaBits & bit != 0
    }

    /// Writes the comma before a value or key when one is needed.
    @inline(__always) private mutating func valueSeparator() {
        if needsComma() { put(UInt8(ascii: ",")) }
    }

    /// Opens an object (`{`), as a top-level value, an array element or a key's value.
    package mutating func beginObject() {
        valueSeparator()
        put(UInt8(ascii: "{"))
        push()
    }

    /// Closes an object (`}`).
    package mutating func endObject() { depth -= 1; put(UInt8(ascii: "}")) }

    private mutating func push() {
        precondition(depth < 64, "JSONWriter supports nesting up to 64 levels")
        depth += 1
        commaBits &= ~(1 << UInt64(depth - 1))
    }

    /// Opens an array (`[`), as a top-level value, an array element or a key's value.
    package mutating func beginArray() {
        valueSeparator()
        put(UInt8(ascii: "["))
        push()
    }

    /// Closes an array (`]`).
    package mutating func endArray() { depth -= 1; put(UInt8(ascii: "]")) }

    /// Writes an object key; the next value belongs to it.
    package mutating func key(_ name: StaticString) {
        let comma = needsComma()
        name.withUTF8Buffer { utf8 in
            let n = utf8.count + (comma ? 4 : 3)
            reserve(n)
            let at = used
            storage.withUnsafeMutableBufferPointer { out in
                var p = out.baseAddress! + at
                if comma { p.pointee = UInt8(ascii: ","); p += 1 }
                p.pointee = UInt8(ascii: "\"")
                p += 1
                if let base = utf8.baseAddress { p.update(from: base, count: utf8.count) }
                p += utf8.count
                p.pointee = UInt8(ascii: "\"")
                (p + 1).pointee = UInt8(ascii: ":")
            }
            used = at + n
        }
        pendingKey = true
    }

    // MARK: Values

    /// Writes a string value, escaped.
    package mutating func value(_ string: String) {
        valueSeparator()
        raw(maxCount: 2 + 6 * string.utf8.count, endsWithKey: false) { $0.string(string) }
    }

    /// Writes an integer value.
    package mutating func value(_ int: Int) {
        let comma = needsComma()
        raw(maxCount: 22, endsWithKey: false) { r in
            if comma { r.literal(",") }
            r.int(int)
        }
    }

    /// Writes a floating-point value (`null` when not finite).
    package mutating func value(_ double: Double) {
        valueSeparator()
        if double.isFinite {
            var text = "\(double)"
            text.withUTF8 { put($0) }
        } else {
            put("null")
        }
    }

    /// Writes a Boolean value.
    package mutating func value(_ bool: Bool) {
        valueSeparator()
        put(bool ? "true" : "false")
    }

    /// Writes `null`.
    package mutating func null() {
        valueSeparator()
        put("null")
    }

    /// Writes a string or `null`.
    package mutating func value(_ string: String?) { if let string { value(string) } else { null() } }
    /// Writes an integer or `null`.
    package mutating func value(_ int: Int?) { if let int { value(int) } else { null() } }
    /// Writes a double or `null`.
    package mutating func value(_ double: Double?) { if let double { value(double) } else { null() } }

    /// Writes an array of integers.
    package mutating func value(_ ints: [Int]) {
        valueSeparator()
        raw(maxCount: 2 + 21 * ints.count, endsWithKey: false) { r in
            r.literal("[")
            for (k, i) in ints.enumerated() {
                if k > 0 { r.literal(",") }
                r.int(i)
            }
            r.literal("]")
        }
    }

    /// Writes a key given as its whole JSON text, comma included (`,"name":`), for writers of a fixed field order:
    /// the next value belongs to it and gets no comma of its own.
    mutating func rawKey(_ text: StaticString) {
        put(text)
        pendingKey = true
    }

    /// Writes bytes straight into the buffer: reserves `maxCount` bytes, lets `body` write at most that
    /// many through a ``JSONRawBytes`` cursor, and keeps what it wrote, for writers of a fixed field order
    /// (keys with their commas, numbers, literals) that would otherwise pay one buffer access per token.
    ///
    /// - Parameters:
    ///   - maxCount: An upper bound of the bytes `body` writes (checked).
    ///   - endsWithKey: Whether the bytes end with a key, so that the next value gets no comma of its own.
    ///   - body: Writes the bytes.
    @inline(__always) mutating func raw(maxCount: Int, endsWithKey: Bool, _ body: (inout JSONRawBytes) -> Void) {
        reserve(maxCount)
        let at = used
        let written = storage.withUnsafeMutableBufferPointer { buffer -> Int in
            var cursor = JSONRawBytes(buffer.baseAddress! + at)
            body(&cursor)
            return cursor.count
        }
        precondition(written <= maxCount, "JSONWriter.raw wrote past its reservation")
        used = at + written
        pendingKey = endsWithKey
    }

    /// Writes an array of strings.
    package mutating func value(_ strings: [String]) {
        beginArray()
        for s in strings { value(s) }
        endArray()
    }

    /// Writes any ``JSONWritable`` value or `null`.
    package mutating func value<T: JSONWritable>(_ item: T?) {
        if let item { item.write(to: &self) } else { null() }
    }

    /// Writes an array of ``JSONWritable`` values.
    package mutating func value<T: JSONWritable>(_ items: [T]) {
        beginArray()
        for item in items { item.write(to: &self) }
        endArray()
    }

    /// Appends a raw newline (for JSON Lines).
    package mutating func newline() { put(0x0A) }
}

/// A type the exporters can write with ``JSONWriter``.
package protocol JSONWritable {
    /// Writes the value as one JSON value.
    /// - Parameter writer: The writer.
    func write(to writer: inout JSONWriter)
}
