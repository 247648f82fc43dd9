import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file or standard input line by line in fixed-size chunks.
///
/// Memory holds one chunk plus the current line, whatever the file size.
/// Lines end at `\n`; a `\r` before it is removed. The last line need not end
/// with a newline. Newlines are found with `memchr`.
final class LineReader {
    private let handle: FileHandle
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    /// 1-based number of the line most recently returned.
    private(set) var lineNumber = 0

    init(handle: FileHandle, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The offset of the next `\n` at or after `from`, if the buffer holds one.
    private func newline(from: Int) -> Int? {
        buffer.withUnsafeBufferPointer { b -> Int? in
            guard from < b.count, let base = b.baseAddress,
                  let hit = memchr(base + from, 0x0A, b.count - from) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// The next line without its terminator, or `nil` at the end.
    func next() -> Data? {
        var searchFrom = start
        while true {
            if let newline = newline(from: searchFrom) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Data(buffer[start..<end])
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Data(buffer[start...])
                start = buffer.count
                lineNumber += 1
                return line
            }
            // Keep the unfinished line, read the next chunk.
            if start > 0 {
                buffer.removeFirst(start)
                start = 0
            }
            searchFrom = buffer.count
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(contentsOf: chunk) }
        }
    }
}
