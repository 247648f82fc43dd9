import CQuoteKitZlib
import Foundation

/// A bounds-checked reader of ZIP archives, enough for the one part of a `.docx` that is read.
///
/// ZIPFoundation trusted the offsets and sizes an archive states: a truncated or damaged `.docx`
/// trapped (ending a whole corpus run), a damaged deflate stream looped forever, and a header that
/// understated the inflated size let a zip bomb fill memory. Here every offset and length is compared
/// with the data's size, and inflated bytes are counted as they stream, against a limit.
struct ZipDirectory {
    /// One entry as the central directory describes it, after its local header was checked.
    struct Entry {
        var name: String
        var method: UInt16
        var crc32: UInt32
        /// Where the entry's (compressed) bytes start in the archive.
        var dataStart: Int
        var compressedSize: Int
        /// The size the archive states: a hint, never trusted.
        var uncompressedSize: Int
    }

    /// Why the archive was refused, in words for the user.
    struct Damage: Error {
        var reason: String
    }

    var entries: [Entry] = []
    private let data: Data

    /// Reads and checks the directory of `data`.
    /// - Throws: ``Damage`` when any structure is missing, out of bounds or inconsistent.
    init(_ data: Data) throws(Damage) {
        let result = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Result<[Entry], Damage> in
            do throws(Damage) { return .success(try Self.read(bytes)) } catch { return .failure(error) }
        }
        entries = try result.get()
        self.data = data
    }

    /// The inflated bytes of `entry`, checked against its CRC.
    ///
    /// - Parameter limit: The most bytes to produce; the stream is stopped as soon as it passes this.
    /// - Throws: ``Damage`` for a damaged stream or a CRC mismatch; `tooLarge` past the limit.
    func contents<E: Error>(of entry: Entry, limit: Int, tooLarge: E) throws -> Data {
        let compressed = data[(data.startIndex + entry.dataStart)..<(data.startIndex + entry.dataStart + entry.compressedSize)]
        var output = Data()
        switch entry.method {
        case 0:
            guard compressed.count <= limit else { throw tooLarge }
            output = Data(compressed)
        case 8:
            output.reserveCapacity(min(entry.uncompressedSize, limit))
            try Self.inflate(compressed, into: &output, limit: limit, tooLarge: tooLarge)
        default:
            throw Damage(reason: "\(entry.name) uses ZIP compression method \(entry.method); only stored and deflated entries are read")
        }
        let crc = output.withUnsafeBytes { buffer -> UInt32 in
            guard let base = buffer.bindMemory(to: Bytef.self).baseAddress else { return 0 }
            var crc = crc32(0, nil, 0)
            var offset = 0
            // zlib's length is 32-bit: feed it in slices.
            while offset < buffer.count {
                let n = min(buffer.count - offset, 1 << 30)
                crc = crc32(crc, base + offset, uInt(n))
                offset += n
            }
            return UInt32(truncatingIfNeeded: crc)
        }
        guard crc == entry.crc32 else { throw Damage(reason: "\(entry.name) is damaged (CRC mismatch)") }
        return output
    }

    /// Raw-deflate inflation of `input`, appending to `output` in 64 KiB steps.
    private static func inflate<E: Error>(_ input: Data, into output: inout Data, limit: Int, tooLarge: E) throws {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Damage(reason: "cannot start zlib")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        try input.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: source.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(source.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { out -> (Int32, Int) in
                    stream.next_out = out.baseAddress
                    stream.avail_out = uInt(out.count)
                    let status = CQuoteKitZlib.inflate(&stream, Z_NO_FLUSH)
                    return (status, out.count - Int(stream.avail_out))
                }
                guard output.count + produced <= limit else { throw tooLarge }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_STREAM_END { return }
                // Z_BUF_ERROR with nothing left to read: the stream stops before its end.
                if status == Z_BUF_ERROR, stream.avail_in == 0 { throw Damage(reason: "the deflated data is truncated") }
                guard status == Z_OK || status == Z_BUF_ERROR else { throw Damage(reason: "the deflated data is damaged") }
                if produced == 0, stream.avail_in == 0 { throw Damage(reason: "the deflated data is truncated") }
            }
        }
    }

    subscript(name: String) -> Entry? { entries.first { $0.name == name } }

    private static let endSignature: UInt32 = 0x0605_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50

    private static func read(_ bytes: UnsafeRawBufferPointer) throws(Damage) -> [Entry] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count >= 22 else { throw Damage(reason: "too short to be a ZIP archive") }
        // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes).
        var end = -1
        var at = bytes.count - 22
        while at >= max(0, bytes.count - 22 - 0xFFFF) {
            if u32(at) == Int(endSignature), at + 22 + u16(at + 20) == bytes.count { end = at; break }
            at -= 1
        }
        guard end >= 0 else { throw Damage(reason: "no ZIP end-of-directory record (truncated or not a ZIP archive)") }
        let count = u16(end + 10), size = u32(end + 12), offset = u32(end + 16)
        guard u16(end + 4) == 0, u16(end + 6) == 0, u16(end + 8) == count else {
            throw Damage(reason: "a multi-part ZIP archive is not supported")
        }
        guard count != 0xFFFF, size != 0xFFFF_FFFF, offset != 0xFFFF_FFFF else {
            throw Damage(reason: "a ZIP64 archive is not supported")
        }
        guard offset <= end, size <= end - offset else { throw Damage(reason: "the ZIP central directory lies outside the file") }
        var entries: [Entry] = []
        var p = offset
        for _ in 0..<count {
            guard p + 46 <= offset + size, u32(p) == Int(centralSignature) else {
                throw Damage(reason: "the ZIP central directory is damaged")
            }
            let flags = u16(p + 8), method = u16(p + 10)
            let compressed = u32(p + 20), uncompressed = u32(p + 24)
            let nameLength = u16(p + 28), extraLength = u16(p + 30), commentLength = u16(p + 32)
            let local = u32(p + 42)
            let next = p + 46 + nameLength + extraLength + commentLength
            guard next <= offset + size else { throw Damage(reason: "the ZIP central directory is damaged") }
            guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
                throw Damage(reason: "a ZIP64 archive is not supported")
            }
            let name = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[(p + 46)..<(p + 46 + nameLength)]), as: UTF8.self)
            // The local header and the entry's data must end before the central directory starts.
            guard local + 30 <= offset, u32(local) == Int(localSignature) else {
                throw Damage(reason: "the ZIP entry \(name) has no local header where the directory says")
            }
            let dataStart = local + 30 + u16(local + 26) + u16(local + 28)
            var dataEnd = dataStart + compressed
            if flags & 0x8 != 0 {
                // A data descriptor follows: CRC and sizes (12 bytes), perhaps after a 4-byte signature.
                dataEnd += u32(min(dataEnd, max(0, offset - 4))) == 0x0807_4B50 ? 16 : 12
            } else if u32(local + 18) != compressed || u32(local + 22) != uncompressed {
                throw Damage(reason: "the ZIP entry \(name) states other sizes in its local header than in the directory")
            }
            guard dataEnd <= offset else { throw Damage(reason: "the ZIP entry \(name) runs past the end of the archive data") }
            entries.append(Entry(name: name, method: UInt16(method), crc32: UInt32(u32(p + 16)), dataStart: dataStart,
                                 compressedSize: compressed, uncompressedSize: uncompressed))
            p = next
        }
        return entries
    }
}
