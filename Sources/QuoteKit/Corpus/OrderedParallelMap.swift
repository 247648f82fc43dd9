import Dispatch
import Foundation

/// Runs a transform over a stream of items on several threads and hands the results back in input order.
///
/// At most `jobs` transforms run at once and at most `window` results wait
/// for their turn, so memory stays bounded whatever the number of items.
/// The sink runs on the calling thread, in input order.
public struct OrderedParallelMap: Sendable {
    /// How many transforms run at once (at least 1).
    public let jobs: Int
    /// How many items may be in flight (submitted but not yet given to the sink).
    public let window: Int

    /// Creates a runner.
    /// - Parameters:
    ///   - jobs: Concurrent transforms; 1 runs everything on the calling thread.
    ///   - window: Items in flight; defaults to four per job.
    public init(jobs: Int, window: Int? = nil) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 4)
    }

    /// Transforms every item and passes the results to `sink` in input order.
    ///
    /// - Parameters:
    ///   - items: The input stream; pulled lazily on the calling thread.
    ///   - transform: Runs on worker threads.
    ///   - sink: Receives results in input order on the calling thread.
    /// - Complexity: O(*items*) transforms; memory O(`window`).
    public func run<I: IteratorProtocol, T: Sendable>(
        _ items: inout I,
        transform: @escaping @Sendable (I.Element) -> T,
        sink: (T) -> Void
    ) where I.Element: Sendable {
        if jobs == 1 {
            while let item = items.next() { sink(transform(item)) }
            return
        }
        let buffer = ResultBuffer<T>()
        let slots = DispatchSemaphore(value: jobs)
        let queue = DispatchQueue(label: "quotekit.workers", attributes: .concurrent)
        var submitted = 0
        var emitted = 0
        while let item = items.next() {
            while submitted - emitted >= window {
                sink(buffer.take(emitted))
                emitted += 1
            }
            let sequence = submitted
            submitted += 1
            slots.wait()
            queue.async {
                let result = transform(item)
                slots.signal()
                buffer.put(sequence, result)
            }
            while let ready = buffer.takeIfReady(emitted) {
                sink(ready)
                emitted += 1
            }
        }
        while emitted < submitted {
            sink(buffer.take(emitted))
            emitted += 1
        }
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
