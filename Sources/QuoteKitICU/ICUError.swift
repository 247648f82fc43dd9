@_implementationOnly import CICU

/// An error reported by the ICU C library.
///
/// ICU reports failures through `UErrorCode`; this type carries the code and
/// ICU's symbolic name for it (for example `U_ILLEGAL_ARGUMENT_ERROR`).
public struct ICUError: Error, Sendable, CustomStringConvertible {
    /// The raw `UErrorCode` value.
    public let code: Int32
    /// ICU's name for the code.
    public let name: String
    /// What QuoteKit was doing when ICU failed.
    public let operation: String

    init(_ status: UErrorCode, operation: String) {
        self.code = status.rawValue
        self.name = String(cString: qk_error_name(status))
        self.operation = operation
    }

    /// A one-line description: the operation and ICU's error name.
    public var description: String { "ICU error in \(operation): \(name) (\(code))" }

    static func check(_ status: UErrorCode, _ operation: String) throws(ICUError) {
        if qk_failure(status) != 0 { throw ICUError(status, operation: operation) }
    }
}
