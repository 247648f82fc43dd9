import Foundation

/// The on-disk index cache: a compact little-endian binary image of a ``ReferenceLibrary``.
///
/// Layout: the magic `QKIDX002`, the inputs' fingerprint (UInt64), a checksum
/// (UInt64, ``IndexChecksum`` of every byte after it), six
/// counts (Int64: records, scalars, units, postings, buckets, words), the
/// records (four length-prefixed UTF-8 strings each, length −1 for none), the
/// vocabulary words in index order, then the arrays `recordRawStart`,
/// `recordUnitStart` (Int64) and `raw`, `units`, `unitRaw`, `postings`,
/// `buckets` (UInt32). Reading is a checksum pass, a handful of bulk copies and
/// one validation pass over the arrays, so a damaged or tampered file is refused
/// instead of crashing a look-up or giving wrong verdicts.
extension ReferenceLibrary {
    static let magic = Array("QKIDX002".utf8)
    /// The start shared by every version of the format: a file that starts otherwise is not an index cache.
    static let magicFamily = Array("QKIDX".utf8)
    /// The reason given for a cache built from other inputs (an ordinary miss, not damage).
    static let staleReason = "the index cache was built from other library files"

    /// Writes the index cache.
    ///
    /// - Parameters:
    ///   - path: The cache file to create or replace.
    ///   - fingerprint: The inputs' fingerprint, checked when reading.
    /// - Throws: ``LibraryError`` when the file cannot be written.
    func writeIndex(to path: String, fingerprint: UInt64) throws(LibraryError) {
        var out: [UInt8] = []
        out.reserveCapacity(statistics.indexBytes + 1 << 20)
        out.append(contentsOf: Self.magic)
        Self.put(fingerprint, &out)
        Self.put(UInt64(0), &out) // the checksum, filled in below
        let ordered = vocabulary.sorted { $0.value < $1.value }.map(\.key)
        for count in [records.count, raw.count, units.count, postings.count, buckets.count, ordered.count] {
            Self.put(UInt64(count), &out)
        }
        for record in records {
            for field in [record.work, record.author, record.collection, record.chapter] { Self.put(field, &out) }
        }
        for word in ordered { Self.put(word, &out) }
        for v in recordRawStart { Self.put(UInt64(v), &out) }
        for v in recordUnitStart { Self.put(UInt64(v), &out) }
        for array in [raw, units, unitRaw, postings, buckets] {
            array.withUnsafeBytes { out.append(contentsOf: $0) }
        }
        let checksum = out.withUnsafeBytes { IndexChecksum.of(UnsafeRawBufferPointer(rebasing: $0[24...])) }
        withUnsafeBytes(of: checksum.littleEndian) { out.replaceSubrange(16..<24, with: $0) }
        try Self.refuseOverwritingForeignFile(path)
        do {
            try Data(out).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw LibraryError(path: path, reason: "cannot write the index cache: \(error.localizedDescription)")
        }
    }

    /// Reads an index cache written by ``writeIndex(to:fingerprint:)``.
    ///
    /// - Parameters:
    ///   - path: The cache file.
    ///   - fingerprint: The expected fingerprint, or `nil` to accept any.
    /// - Returns: The library.
    /// - Throws: ``LibraryError`` when the file is unreadable, not an index cache, truncated, or for other inputs.
    static func readIndex(from path: String, fingerprint: UInt64?) throws(LibraryError) -> ReferenceLibrary {
        let clock = ContinuousClock()
        let start = clock.now
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else {
            throw LibraryError(path: path, reason: "cannot read the index cache")
        }
        let result = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Result<ReferenceLibrary, LibraryError> in
            do throws(LibraryError) {
                var reader = Reader(buffer: buffer, path: path)
                guard buffer.count >= 8, try reader.bytes(8) == magic else { throw LibraryError(path: path, reason: "not a QuoteKit index cache") }
                let stored = try reader.u64()
                if let fingerprint, stored != fingerprint {
                    throw LibraryError(path: path, reason: staleReason)
                }
                let checksum = try reader.u64()
                guard checksum == IndexChecksum.of(UnsafeRawBufferPointer(rebasing: buffer[reader.offset...])) else {
                    throw LibraryError(path: path, reason: "the index cache is damaged (checksum mismatch)")
                }
                let counts = try (0..<6).map { _ throws(LibraryError) in try reader.count() }
                // A record takes at least 32 bytes (four lengths) and a word 8: bound the reservations below.
                guard counts[0] <= buffer.count / 32, counts[5] <= buffer.count / 8 else {
                    throw LibraryError(path: path, reason: "the index cache is damaged (counts)")
                }
                var records: [LibraryRecord] = []
                records.reserveCapacity(counts[0])
                for _ in 0..<counts[0] {
                    let work = try reader.string() ?? ""
                    records.append(LibraryRecord(work: work, author: try reader.string(), collection: try reader.string(),
                                                 chapter: try reader.string()))
                }
                var vocabulary: [String: UInt32] = [:]
                vocabulary.reserveCapacity(counts[5])
                for k in 0..<counts[5] { vocabulary[try reader.string() ?? ""] = UInt32(k) }
                let rawStart = try (0...counts[0]).map { _ throws(LibraryError) in try reader.count() }
                let unitStart = try (0...counts[0]).map { _ throws(LibraryError) in try reader.count() }
                let raw = try reader.u32s(counts[1])
                let units = try reader.u32s(counts[2])
                let unitRaw = try reader.u32s(counts[2])
                let postings = try reader.u32s(counts[3])
                let buckets = try reader.u32s(counts[4])
                guard reader.offset == buffer.count, vocabulary.count == counts[5] else {
                    throw LibraryError(path: path, reason: "the index cache is damaged")
                }
                try IndexValidation.check(records: records.count, raw: raw.count, rawStart: rawStart, unitStart: unitStart,
                                          units: units, unitRaw: unitRaw, postings: postings, buckets: buckets,
                                          words: vocabulary.count, path: path)
                let stats = Statistics(records: records.count, scalars: raw.count, units: units.count - records.count,
                                       words: vocabulary.count,
                                       indexBytes: raw.count * 4 + units.count * 8 + postings.count * 4 + buckets.count * 4 + rawStart.count * 16,
                                       loadSeconds: (clock.now - start).seconds, buildSeconds: 0, fromCache: true)
                return .success(ReferenceLibrary(records: records, raw: raw, recordRawStart: rawStart, recordUnitStart: unitStart,
                                        units: units, unitRaw: unitRaw, postings: postings, buckets: buckets,
                                        vocabulary: vocabulary, statistics: stats))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private static func put(_ v: UInt64, _ out: inout [UInt8]) {
        withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func put(_ s: String?, _ out: inout [UInt8]) {
        guard let s else { put(UInt64(bitPattern: -1), &out); return }
        put(UInt64(s.utf8.count), &out)
        out.append(contentsOf: s.utf8)
    }

    private struct Reader {
        let buffer: UnsafeRawBufferPointer
        let path: String
        var offset = 0

        mutating func bytes(_ n: Int) throws(LibraryError) -> [UInt8] {
            guard n >= 0, offset + n <= buffer.count else { throw LibraryError(path: path, reason: "the index cache is truncated") }
            defer { offset += n }
            return Array(buffer[offset..<offset + n])
        }

        mutating func u64() throws(LibraryError) -> UInt64 {
            guard offset + 8 <= buffer.count else { throw LibraryError(path: path, reason: "the index cache is truncated") }
            defer { offset += 8 }
            return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        }

        /// A stored count: never more than the file's size, so a damaged count cannot ask for a huge allocation.
        mutating func count() throws(LibraryError) -> Int {
            let v = try u64()
            guard v <= UInt64(buffer.count) else { throw LibraryError(path: path, reason: "the index cache is damaged") }
            return Int(v)
        }

        mutating func string() throws(LibraryError) -> String? {
            let n = try u64()
            if n == UInt64(bitPattern: -1) { return nil }
            guard n <= UInt64(buffer.count - offset) else { throw LibraryError(path: path, reason: "the index cache is damaged") }
            return String(decoding: try bytes(Int(n)), as: UTF8.self)
        }

        mutating func u32s(_ n: Int) throws(LibraryError) -> [UInt32] {
            guard n >= 0, n <= (buffer.count - offset) / 4 else { throw LibraryError(path: path, reason: "the index cache is truncated") }
            let array = [UInt32](unsafeUninitializedCapacity: n) { out, initialized in
                if n > 0 { memcpy(out.baseAddress!, buffer.baseAddress! + offset, n * 4) }
                initialized = n
            }
            offset += n * 4
            return array
        }
    }
}
