import Foundation
import QuoteKitICU

// In QuoteKit, not in QuoteKitICU: a QuoteKitICU file cannot import Foundation, whose own ICU headers
// (_FoundationICU) clash with the system's that QuoteKitICU uses. QuoteKitICU is no product of its own, so
// every program that can see ICUError sees this conformance too.
extension ICUError: LocalizedError {
    /// The same line as `description`, so that `localizedDescription` is the real message.
    public var errorDescription: String? { description }
}
