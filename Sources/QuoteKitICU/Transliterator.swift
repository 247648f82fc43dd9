@_implementationOnly import CICU

/// An ICU transliterator, such as `Hant-Hans` (traditional to simplified Chinese).
///
/// Not thread-safe: give each task its own instance.
public final class Transliterator {
    private let handle: UnsafeMutableRawPointer
    /// The ICU transform identifier this transliterator was opened with.
    public let identifier: String

    /// Opens an ICU transliterator.
    ///
    /// - Parameter identifier: An ICU transform ID, for example `"Hant-Hans"` or `"Fullwidth-Halfwidth"`.
    /// - Throws: ``ICUError`` when the ID is unknown to this ICU build.
    public init(_ identifier: String) throws(ICUError) {
        var status = U_ZERO_ERROR
        let units = Array(identifier.utf16)
        let opened = units.withUnsafeBufferPointer { qk_utrans_open($0.baseAddress, Int32($0.count), &status) }
        try ICUError.check(status, "utrans_openU(\(identifier))")
        guard let opened else { throw ICUError(U_INTERNAL_PROGRAM_ERROR, operation: "utrans_openU") }
        self.handle = opened
        self.identifier = identifier
    }

    deinit { qk_utrans_close(handle) }

    /// Transliterates UTF-16 text.
    ///
    /// - Parameter text: UTF-16 code units.
    /// - Returns: The transliterated code units.
    /// - Throws: ``ICUError`` on failure.
    /// - Complexity: O(*n*).
    public func transliterate(_ text: [UInt16]) throws(ICUError) -> [UInt16] {
        if text.isEmpty { return [] }
        var capacity = text.count * 2 + 16
        while true {
            var buffer = text + [UInt16](repeating: 0, count: capacity - text.count)
            var length = Int32(text.count)
            var limit = Int32(text.count)
            var status = U_ZERO_ERROR
            buffer.withUnsafeMutableBufferPointer { ptr in
                qk_utrans_trans(handle, ptr.baseAddress, &length, Int32(capacity), 0, &limit, &status)
            }
            if status == U_BUFFER_OVERFLOW_ERROR {
                capacity = Int(length) + 16
                continue
            }
            try ICUError.check(status, "utrans_transUChars")
            return Array(buffer[0..<Int(length)])
        }
    }

    /// Transliterates a string.
    ///
    /// - Parameter text: The input.
    /// - Returns: The transliterated string.
    /// - Throws: ``ICUError`` on failure.
    public func transliterate(_ text: String) throws(ICUError) -> String {
        let out = try transliterate(Array(text.utf16))
        return String(decoding: out, as: UTF16.self)
    }
}

/// Unicode NFKC normalisation through ICU.
public enum ICUNormalizer {
    /// The NFKC form of `text` (compatibility decomposition, canonical composition).
    ///
    /// Folds full-width letters and digits, ligatures and compatibility ideographs.
    /// - Parameter text: The input.
    /// - Returns: The normalised string.
    /// - Throws: ``ICUError`` on failure.
    public static func nfkc(_ text: String) throws(ICUError) -> String {
        var status = U_ZERO_ERROR
        guard let norm = qk_nfkc(&status) else { throw ICUError(status, operation: "unorm2_getNFKCInstance") }
        try ICUError.check(status, "unorm2_getNFKCInstance")
        let src = Array(text.utf16)
        if src.isEmpty { return "" }
        var capacity = src.count * 3 + 16
        while true {
            var dest = [UInt16](repeating: 0, count: capacity)
            status = U_ZERO_ERROR
            let length = src.withUnsafeBufferPointer { s in
                dest.withUnsafeMutableBufferPointer { d in
                    qk_normalize(norm, s.baseAddress, Int32(s.count), d.baseAddress, Int32(capacity), &status)
                }
            }
            if status == U_BUFFER_OVERFLOW_ERROR { capacity = Int(length) + 16; continue }
            try ICUError.check(status, "unorm2_normalize")
            return String(decoding: dest[0..<Int(length)], as: UTF16.self)
        }
    }
}
