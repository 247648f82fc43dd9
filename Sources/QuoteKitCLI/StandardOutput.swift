#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes to standard output and standard error with POSIX `write(2)`.
///
/// Output is passed through in the chunks the exporters produce (one
/// document at a time), so memory stays flat on large corpora.
///
/// A write that fails ends the process with status 1 (after a one-line message when standard
/// error still works): a full disk or a closed descriptor must never look like success.
/// Only a reader that went away (`| head`, EPIPE) ends it quietly with status 0.
enum StandardOutput {
    static func write(_ bytes: [UInt8], fd: Int32 = 1) {
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 {
                    if n < 0, errno == EINTR { continue }
                    let code = n < 0 ? errno : EIO
                    if code == EPIPE, fd == 1 { exit(0) }
                    if fd != 2 {
                        let name = fd == 1 ? "standard output" : "descriptor \(fd)"
                        let message = "quotekit: cannot write \(name): \(String(cString: strerror(code))); the output is incomplete\n"
                        _ = message.utf8CString.withUnsafeBufferPointer { systemWrite(2, $0.baseAddress!, $0.count - 1) }
                    }
                    exit(1)
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
