#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error with POSIX `write(2)`.
///
/// Output is passed through in the chunks the exporters produce (one
/// document at a time), so memory stays flat on large corpora.
enum StandardOutput {
    static func write(_ bytes: [UInt8], fd: Int32 = 1) {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 {
                    if n < 0, errno == EINTR { continue }
                    // Broken pipe (e.g. `| head`): stop quietly.
                    exit(0)
                }
                offset += n
            }
        }
    }

    static func write(_ string: String) { write(Array(string.utf8)) }

    static func error(_ message: String) {
        let line = message.hasSuffix("\n") ? message : message + "\n"
        write(Array(line.utf8), fd: 2)
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#else
private let systemWrite = Darwin.write
#endif
