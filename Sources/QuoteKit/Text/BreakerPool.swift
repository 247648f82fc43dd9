import Foundation
import QuoteKitICU

/// ICU break iterators kept for reuse across documents: opening one costs more than segmenting a
/// short document, and a corpus is mostly short documents.
///
/// A breaker is checked out by one document's ``SentenceIndex`` or attribution context and returned
/// when that object goes away, so no two users ever share one at a time.
final class BreakerPool: @unchecked Sendable {
    /// The process-wide pool.
    static let shared = BreakerPool()

    private let lock = NSLock()
    private var free: [String: [TextBreaker]] = [:]
    /// Breakers kept per kind beyond those in use (one per worker thread is the usual need).
    private let limit = 16

    /// A breaker of `unit` for `locale`, reused when one is free; `nil` when ICU cannot open one.
    func checkOut(_ unit: TextBreaker.Unit, locale: String = "") -> TextBreaker? {
        let key = Self.key(unit, locale)
        lock.lock()
        let reused = free[key]?.popLast()
        lock.unlock()
        return reused ?? (try? TextBreaker(unit, locale: locale))
    }

    /// Returns a breaker that its user no longer needs.
    func checkIn(_ breaker: TextBreaker, locale: String = "") {
        let key = Self.key(breaker.unit, locale)
        lock.lock()
        if free[key, default: []].count < limit { free[key, default: []].append(breaker) }
        lock.unlock()
    }

    private static func key(_ unit: TextBreaker.Unit, _ locale: String) -> String {
        (unit == .sentence ? "sentence:" : "word:") + locale
    }
}
