/// A fast, allocation-light JSON writer for the result model.
///
/// `JSONEncoder` is accurate but slow for millions of quotes; the exporters
/// write through this type instead, in the documented field order. Output is
/// compact, UTF-8, with non-ASCII characters written as-is and control
/// characters escaped. Tests check that every exporter's output decodes back
/// to the same values with `JSONDecoder`.
public struct JSONWriter: Sendable {
    /// The bytes written so far.
    public private(set) var bytes: [UInt8] = []
    private var needsComma: [Bool] = []

    /// Creates an empty writer.
    public init() {}

    /// Clears the buffer for reuse.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma.removeAll(keepingCapacity: true)
    }

    /// The output as a string.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    private var pendingKey = false

    /// Writes the comma before a value or key when one is needed.
    private mutating func valueSeparator() {
        if pendingKey { pendingKey = false; return }
        if let last = needsComma.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            needsComma[needsComma.count - 1] = true
        }
    }

    /// Opens an object (`{`), as a top-level value, an array element or a key's value.
    public mutating func beginObject() {
        valueSeparator()
        bytes.append(UInt8(ascii: "{"))
        needsComma.append(false)
    }

    /// Closes an object (`}`).
    public mutating func endObject() { needsComma.removeLast(); bytes.append(UInt8(ascii: "}")) }

    /// Opens an array (`[`), as a top-level value, an array element or a key's value.
    public mutating func beginArray() {
        valueSeparator()
        bytes.append(UInt8(ascii: "["))
        needsComma.append(false)
    }

    /// Closes an array (`]`).
    public mutating func endArray() { needsComma.removeLast(); bytes.append(UInt8(ascii: "]")) }

    /// Writes an object key; the next value belongs to it.
    public mutating func key(_ name: StaticString) {
        valueSeparator()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        pendingKey = true
    }

    /// Writes a string value, escaped.
    public mutating func value(_ string: String) {
        valueSeparator()
        bytes.append(UInt8(ascii: "\""))
        for byte in string.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                          hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Writes an integer value.
    public mutating func value(_ int: Int) {
        valueSeparator()
        if int < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = int.magnitude
        if magnitude < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude))
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Writes a floating-point value (`null` when not finite).
    public mutating func value(_ double: Double) {
        valueSeparator()
        if double.isFinite {
            bytes.append(contentsOf: "\(double)".utf8)
        } else {
            bytes.append(contentsOf: "null".utf8)
        }
    }

    /// Writes a Boolean value.
    public mutating func value(_ bool: Bool) {
        valueSeparator()
        bytes.append(contentsOf: (bool ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        valueSeparator()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Writes a string or `null`.
    public mutating func value(_ string: String?) { if let string { value(string) } else { null() } }
    /// Writes an integer or `null`.
    public mutating func value(_ int: Int?) { if let int { value(int) } else { null() } }
    /// Writes a double or `null`.
    public mutating func value(_ double: Double?) { if let double { value(double) } else { null() } }

    /// Writes an array of integers.
    public mutating func value(_ ints: [Int]) {
        beginArray()
        for i in ints { value(i) }
        endArray()
    }

    /// Writes an array of strings.
    public mutating func value(_ strings: [String]) {
        beginArray()
        for s in strings { value(s) }
        endArray()
    }

    /// Writes any ``JSONWritable`` value or `null`.
    public mutating func value<T: JSONWritable>(_ item: T?) {
        if let item { item.write(to: &self) } else { null() }
    }

    /// Writes an array of ``JSONWritable`` values.
    public mutating func value<T: JSONWritable>(_ items: [T]) {
        beginArray()
        for item in items { item.write(to: &self) }
        endArray()
    }

    /// Appends a raw newline (for JSON Lines).
    public mutating func newline() { bytes.append(0x0A) }
}

/// A type the exporters can write with ``JSONWriter``.
public protocol JSONWritable {
    /// Writes the value as one JSON value.
    /// - Parameter writer: The writer.
    func write(to writer: inout JSONWriter)
}
