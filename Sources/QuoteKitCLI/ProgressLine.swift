import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A progress line on standard error: documents, MB, MB/s and, when the total is known, ETA.
///
/// Redrawn at most every half second; never written to standard output.
final class ProgressLine {
    private let enabled: Bool
    private let total: Int?
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var documents = 0
    private var bytes = 0

    /// - Parameters:
    ///   - enabled: `nil` shows progress only when standard error is a terminal.
    ///   - totalBytes: The corpus size, for an ETA.
    init(enabled: Bool?, totalBytes: Int?) {
        self.enabled = enabled ?? (isatty(2) != 0)
        self.total = totalBytes
    }

    func advance(bytes count: Int) {
        documents += 1
        bytes += count
        guard enabled else { return }
        let now = Date()
        if now.timeIntervalSince(lastDraw) >= 0.5 {
            lastDraw = now
            draw(now)
        }
    }

    func finish() {
        guard enabled else { return }
        draw(Date())
        StandardOutput.error("")
    }

    private func draw(_ now: Date) {
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let mb = Double(bytes) / 1_000_000
        let rate = mb / elapsed
        var line = String(format: "\r%d documents, %.1f MB, %.1f MB/s", documents, mb, rate)
        if let total, total > 0, rate > 0 {
            let remaining = max(0, Double(total - bytes) / 1_000_000 / rate)
            line += String(format: ", ETA %d:%02d", Int(remaining) / 60, Int(remaining) % 60)
        }
        StandardOutput.write(Array((line + "   ").utf8), fd: 2)
    }
}
