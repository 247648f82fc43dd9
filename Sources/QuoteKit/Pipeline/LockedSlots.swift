import Foundation

/// One slot per task of a `DispatchQueue.concurrentPerform`, each written by its own worker and read once they are all
/// done: the results of work split over threads, in the order of the tasks.
///
/// `@unchecked Sendable`: every access to the slots holds the lock.
package final class LockedSlots<Element>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Element?]

    /// Creates `count` empty slots.
    package init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// Fills slot `k`.
    package func set(_ k: Int, _ value: Element) {
        lock.lock()
        slots[k] = value
        lock.unlock()
    }

    /// The value of slot `k`, leaving it empty (so that a large value is not held twice).
    package func take(_ k: Int) -> Element? {
        lock.lock()
        defer { lock.unlock() }
        let value = slots[k]
        slots[k] = nil
        return value
    }

    /// Every slot's value in order, leaving them empty.
    package func takeAll() -> [Element?] {
        (0..<count).map { take($0) }
    }

    /// The number of slots.
    package var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return slots.count
    }
}
