import Foundation

/// Reads a file or standard input line by line in fixed-size chunks.
///
/// Memory holds one chunk plus the current line, whatever the file size.
/// Lines end at `\n`; a `\r` before it is removed. The last line need not end
/// with a newline.
final class LineReader {
    private let handle: FileHandle
    private let chunkSize: Int
    private var buffer = Data()
    private var start = 0
    private var atEnd = false
    /// 1-based number of the line most recently returned.
    private(set) var lineNumber = 0

    init(handle: FileHandle, chunkSize: Int = 1 << 20) {
        self.handle = handle
        self.chunkSize = chunkSize
    }

    /// The next line without its terminator, or `nil` at the end.
    func next() -> Data? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                var end = newline
                if end > start, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer.subdata(in: start..<end)
                start = newline + 1
                lineNumber += 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = buffer.subdata(in: start..<buffer.count)
                start = buffer.count
                lineNumber += 1
                return line
            }
            // Keep the unfinished line, read the next chunk.
            if start > 0 {
                buffer.removeSubrange(0..<start)
                start = 0
            }
            let chunk = handle.readData(ofLength: chunkSize)
            if chunk.isEmpty { atEnd = true } else { buffer.append(chunk) }
        }
    }
}
