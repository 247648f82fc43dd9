import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Rewrites a file in place (`lint --in-place`) without surprising its owner.
///
/// - A symbolic link is followed explicitly: the file it points to is fixed, the link stays a link.
/// - A read-only file is refused, not replaced.
/// - The new file and the `.bak` copy keep the original's permission bits and, where allowed, its owner
///   and group (a 0600 file must not become 0644).
/// - The file is read again just before the replacement: if it changed since it was read (text appended
///   by another program), nothing is replaced.
/// - The replacement is atomic: a temporary file in the same folder, flushed, then renamed over the file.
public struct InPlaceWriter: Sendable {
    /// Why a file was not rewritten, as one line for standard error.
    public struct Refusal: Error, LocalizedError, Sendable, Equatable, CustomStringConvertible {
        /// The line, naming the file.
        public var message: String
        /// The line, naming the file (the message itself).
        public var description: String { message }
        /// The same line as ``description``.
        public var errorDescription: String? { message }
    }

    /// The path given by the user (used in messages and for the `.bak` name).
    public let path: String

    /// Creates a writer for `path`.
    public init(path: String) { self.path = path }

    /// The file to rewrite: `path` with symbolic links resolved.
    public var target: String { URL(fileURLWithPath: path).resolvingSymlinksInPath().path }

    /// Checks that the file may be rewritten before any work is done (a missing file is left to the reader's message).
    /// - Throws: ``Refusal`` for a file without write permission.
    public func checkWritable() throws(Refusal) {
        var info = stat()
        guard stat(target, &info) == 0 else { return }
        // Root may write anything, so the permission bits are checked, not only access(2).
        if info.st_mode & 0o222 == 0 || access(target, W_OK) != 0 {
            throw Refusal(message: "\(path): is read-only; not rewritten (make it writable, or use --fix and redirect the output)")
        }
    }

    /// Saves `original` as `path.bak`, then replaces the file's contents with `data`.
    /// - Parameters:
    ///   - original: The bytes the fix was made from; the file must still hold exactly these.
    ///   - data: The new contents.
    /// - Throws: ``Refusal`` when the file is read-only, changed since it was read, or cannot be written.
    public func replace(original: Data, with data: Data) throws(Refusal) {
        try checkWritable()
        let target = self.target
        var info = stat()
        guard stat(target, &info) == 0 else { throw Refusal(message: "\(path): cannot rewrite: \(String(cString: strerror(errno)))") }
        let backup = path + ".bak"
        do {
            try atomicWrite(original, to: URL(fileURLWithPath: backup).resolvingSymlinksInPath().path, like: info)
        } catch {
            throw Refusal(message: "\(path): cannot write backup \(backup): \(error.message); file left unchanged")
        }
        guard FileManager.default.contents(atPath: target) == original else {
            throw Refusal(message: "\(path): changed while it was being fixed; not rewritten (run lint again)")
        }
        do {
            try atomicWrite(data, to: target, like: info)
        } catch {
            throw Refusal(message: "\(path): cannot rewrite: \(error.message) (original kept in \(backup))")
        }
    }

    /// Writes `data` to a temporary file beside `destination`, gives it the mode and owner of `info`, and renames it.
    private func atomicWrite(_ data: Data, to destination: String, like info: stat) throws(Refusal) {
        let folder = (destination as NSString).deletingLastPathComponent
        var template = Array(((folder.isEmpty ? "." : folder) + "/.quotekit-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Refusal(message: String(cString: strerror(errno))) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var committed = false
        defer {
            close(fd)
            if !committed { unlink(temporary) }
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let n = writeBytes(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0, errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        guard written, fsync(fd) == 0 else { throw Refusal(message: String(cString: strerror(errno))) }
        // Only the permission bits: set-id bits are not carried to a new file.
        guard fchmod(fd, info.st_mode & 0o777) == 0 else { throw Refusal(message: String(cString: strerror(errno))) }
        // Changing the owner needs privileges; when it fails the file stays the caller's, as any new file.
        _ = fchown(fd, info.st_uid, info.st_gid)
        guard rename(temporary, destination) == 0 else { throw Refusal(message: String(cString: strerror(errno))) }
        committed = true
    }
}

#if canImport(Glibc)
private let writeBytes = Glibc.write
#else
private let writeBytes = Darwin.write
#endif
