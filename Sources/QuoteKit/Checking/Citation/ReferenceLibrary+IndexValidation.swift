import Foundation

/// The checksum of an index cache's body: a 64-bit multiply–rotate hash over 8-byte words.
///
/// It is not cryptographic (a cache is not a security boundary: ``IndexValidation`` still checks every
/// position), but any damaged byte changes it, and it runs at memory speed.
enum IndexChecksum {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        let words = bytes.count / 8
        for k in 0..<words {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: k * 8, as: UInt64.self))
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash = (hash << 31) | (hash >> 33)
        }
        for k in (words * 8)..<bytes.count {
            hash = (hash ^ UInt64(bytes[k])) &* 0xC4CE_B9FE_1A85_EC53
        }
        return hash ^ (hash >> 29)
    }
}

/// The invariants of a ``ReferenceLibrary``'s arrays, checked when an index cache is read.
///
/// Look-ups index one array with values from another (`units[postings[m] + 1]`, `buckets[unit]`,
/// `raw[recordRawStart[r]]`); a value out of range would trap. Each check is one linear pass.
enum IndexValidation {
    static func check(records: Int, raw: Int, rawStart: [Int], unitStart: [Int], units: [UInt32], unitRaw: [UInt32],
                      postings: [UInt32], buckets: [UInt32], words: Int, path: String) throws(LibraryError) {
        func damaged(_ what: String) -> LibraryError { LibraryError(path: path, reason: "the index cache is damaged (\(what))") }
        guard isMonotone(rawStart, from: 0, to: raw) else { throw damaged("record text offsets") }
        guard isMonotone(unitStart, from: 0, to: units.count) else { throw damaged("record unit offsets") }
        guard units.count >= records, unitRaw.count == units.count else { throw damaged("unit count") }
        guard buckets.count == Int(ReferenceLibrary.wordBase) + words + 2 else { throw damaged("bucket count") }
        // Every unit is a separator (0), a folded scalar or a vocabulary word: an index into the buckets.
        let unitLimit = UInt32(buckets.count - 1)
        guard units.allSatisfy({ $0 < unitLimit }) else { throw damaged("unit ids") }
        guard unitRaw.allSatisfy({ Int($0) <= raw }) else { throw damaged("unit offsets") }
        // A posting p reads units[p] and units[p + 1].
        let postingLimit = UInt32(clamping: max(0, units.count - 1))
        guard postings.allSatisfy({ $0 < postingLimit }) else { throw damaged("postings") }
        var previous: UInt32 = 0
        for bucket in buckets {
            guard bucket >= previous else { throw damaged("buckets") }
            previous = bucket
        }
        guard buckets.first == 0, Int(previous) == postings.count else { throw damaged("buckets") }
    }

    /// Whether `offsets` starts at `from`, never decreases and ends at `to`.
    static func isMonotone(_ offsets: [Int], from: Int, to: Int) -> Bool {
        guard offsets.first == from, offsets.last == to else { return false }
        for k in 1..<offsets.count where offsets[k] < offsets[k - 1] { return false }
        return true
    }
}

extension ReferenceLibrary {
    /// Refuses to replace a file that is not an index cache (the library itself, the article being
    /// checked, any file given to `--index` by mistake).
    static func refuseOverwritingForeignFile(_ path: String) throws(LibraryError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        if isDirectory.boolValue {
            throw LibraryError(path: path, reason: "is a folder, not an index cache; give a file path to --index")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw LibraryError(path: path, reason: "cannot read the existing file to check that it is an index cache; not overwritten")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: magicFamily.count)) ?? Data()
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
        // An empty file (e.g. made by mktemp) is fine to fill.
        guard size == 0 || Array(head) == magicFamily else {
            throw LibraryError(path: path, reason: "is not a QuoteKit index cache; refusing to overwrite it (give --index a new file or an old index)")
        }
    }
}
