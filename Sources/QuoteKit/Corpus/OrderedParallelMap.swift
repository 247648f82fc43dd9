import Dispatch
import Foundation

/// Runs a transform over a stream of items on several threads and hands the results back in input order.
///
/// At most `jobs` transforms run at once and at most `window` batches wait
/// for their turn, so memory stays bounded whatever the number of items.
/// The sink runs on the calling thread, in input order.
///
/// Small items travel in batches: consecutive items are handed to a worker together until their
/// cost (a size in bytes, say) reaches ``batchCost``. A folder of thousands of short articles then
/// costs a few hundred thread hand-offs instead of thousands (each is a wake-up and a context switch),
/// while a large item still travels alone.
public struct OrderedParallelMap: Sendable {
    /// How many transforms run at once (at least 1).
    public let jobs: Int
    /// How many batches may be in flight (submitted but not yet given to the sink).
    public let window: Int
    /// The cost at which a batch is closed; an item at least this costly travels alone.
    public let batchCost: Int
    /// The most items in one batch.
    public let batchLimit: Int

    /// The most concurrent transforms a runner uses: more threads than this only add contention.
    public static let maxJobs = 1024

    /// Creates a runner.
    /// - Parameters:
    ///   - jobs: Concurrent transforms; 1 runs everything on the calling thread; at most ``maxJobs``.
    ///   - window: Batches in flight; defaults to four per job.
    ///   - batchCost: The cost at which a batch is closed (default 256 KiB, for costs in bytes).
    ///   - batchLimit: The most items in one batch (default 64).
    public init(jobs: Int, window: Int? = nil, batchCost: Int = 256 << 10, batchLimit: Int = 64) {
        // Clamped so that the window arithmetic below cannot overflow.
        self.jobs = min(max(1, jobs), Self.maxJobs)
        self.window = max(self.jobs, min(window ?? self.jobs * 4, Self.maxJobs * 4))
        self.batchCost = max(1, batchCost)
        self.batchLimit = max(1, batchLimit)
    }

    /// Transforms every item and passes the results to `sink` in input order.
    ///
    /// - Parameters:
    ///   - items: The input stream; pulled lazily on the calling thread.
    ///   - cost: An item's cost, which decides how items are batched (its size in bytes, say); without it
    ///     every item travels alone.
    ///   - transform: Runs on worker threads.
    ///   - sink: Receives results in input order on the calling thread.
    /// - Complexity: O(*items*) transforms; memory O(`window` × a batch).
    public func run<I: IteratorProtocol, T: Sendable>(
        _ items: inout I,
        cost: ((I.Element) -> Int)? = nil,
        transform: @escaping @Sendable (I.Element) -> T,
        sink: (T) -> Void
    ) where I.Element: Sendable {
        if jobs == 1 {
            while let item = items.next() { sink(transform(item)) }
            return
        }
        let buffer = ResultBuffer<[T]>()
        let slots = DispatchSemaphore(value: jobs)
        let queue = DispatchQueue(label: "quotekit.workers", attributes: .concurrent)
        var submitted = 0
        var emitted = 0
        func emit(_ results: [T]) {
            for result in results { sink(result) }
            emitted += 1
        }
        while let first = items.next() {
            var batch = [first]
            if let cost {
                var total = cost(first)
                while total < batchCost, batch.count < batchLimit, let item = items.next() {
                    batch.append(item)
                    total += cost(item)
                }
            }
            while submitted - emitted >= window { emit(buffer.take(emitted)) }
            let sequence = submitted
            submitted += 1
            slots.wait()
            queue.async { [batch] in
                let results = batch.map(transform)
                slots.signal()
                buffer.put(sequence, results)
            }
            while let ready = buffer.takeIfReady(emitted) { emit(ready) }
        }
        while emitted < submitted { emit(buffer.take(emitted)) }
    }
}

/// Results waiting to be emitted, keyed by sequence number.
final class ResultBuffer<T>: @unchecked Sendable {
    private var results: [Int: T] = [:]
    private let condition = NSCondition()

    func put(_ sequence: Int, _ result: T) {
        condition.lock()
        results[sequence] = result
        condition.broadcast()
        condition.unlock()
    }

    func take(_ sequence: Int) -> T {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let result = results.removeValue(forKey: sequence) { return result }
            condition.wait()
        }
    }

    func takeIfReady(_ sequence: Int) -> T? {
        condition.lock()
        defer { condition.unlock() }
        return results.removeValue(forKey: sequence)
    }
}
