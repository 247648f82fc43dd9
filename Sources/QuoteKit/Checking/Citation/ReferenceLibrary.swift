import Foundation

/// Reference texts to check quotations against, with an index built once.
///
/// Load a folder of UTF-8 `.txt` files (the file name without `.txt` is the
/// work's title) and/or JSON Lines files of records
/// `{"work", "author", "collection"?, "chapter"?, "text"}`. Every text is
/// normalised (see ``Normalizer``) into units, and a bigram inverted index
/// maps each pair of adjacent units to the sorted positions where it occurs,
/// so a look-up touches only the postings of the query's rarest bigrams and
/// never scans the library.
///
/// The library is an immutable value: share it between tasks.
///
/// ```swift
/// let library = try ReferenceLibrary.load(paths: ["classics.jsonl"], cache: "classics.qkidx")
/// print(library.statistics.records, library.statistics.indexBytes)
/// ```
public struct ReferenceLibrary: Sendable {
    /// Sizes and timings of a library's index.
    public struct Statistics: Sendable, Hashable {
        /// Number of records (works or chapters).
        public var records: Int
        /// Number of Unicode scalars of text.
        public var scalars: Int
        /// Number of normalised units (ideographs and words).
        public var units: Int
        /// Number of distinct words in the vocabulary.
        public var words: Int
        /// Bytes held by the index arrays (text, units, postings, buckets).
        public var indexBytes: Int
        /// Seconds spent reading and parsing the library files (or the cache).
        public var loadSeconds: Double
        /// Seconds spent normalising and building the index (0 when read from a cache).
        public var buildSeconds: Double
        /// Whether the index came from an on-disk cache.
        public var fromCache: Bool
        /// What happened to the index cache when it was unusable (damaged, so rebuilt) or could not be
        /// written: one line each, for the user.
        public var cacheNotes: [String] = []
    }

    /// The records, in load order.
    public let records: [LibraryRecord]
    /// Sizes and timings.
    public internal(set) var statistics: Statistics

    // Storage: all record texts concatenated as scalars.
    let raw: [UInt32]
    /// `recordRawStart[r]` is the first scalar of record `r`; one extra entry at the end.
    let recordRawStart: [Int]
    /// `recordUnitStart[r]` is the first unit of record `r`; one extra entry at the end.
    let recordUnitStart: [Int]
    /// Unit ids: a folded ideograph scalar, ``wordBase`` + a vocabulary index, or 0 between records.
    let units: [UInt32]
    /// Global raw scalar offset of each unit's first scalar.
    let unitRaw: [UInt32]
    /// Positions `p` of every bigram `(units[p], units[p+1])`, sorted by (first, second, p).
    let postings: [UInt32]
    /// `buckets[id] ..< buckets[id + 1]` are the postings whose first unit is `id`.
    let buckets: [UInt32]
    /// The word vocabulary: word → index.
    let vocabulary: [String: UInt32]

    /// Unit ids at or above this are words.
    static let wordBase: UInt32 = 0x40000

    init(records: [LibraryRecord], raw: [UInt32], recordRawStart: [Int], recordUnitStart: [Int], units: [UInt32],
         unitRaw: [UInt32], postings: [UInt32], buckets: [UInt32], vocabulary: [String: UInt32], statistics: Statistics) {
        self.records = records
        self.raw = raw
        self.recordRawStart = recordRawStart
        self.recordUnitStart = recordUnitStart
        self.units = units
        self.unitRaw = unitRaw
        self.postings = postings
        self.buckets = buckets
        self.vocabulary = vocabulary
        self.statistics = statistics
    }

    /// Builds a library from texts in memory.
    ///
    /// - Parameter texts: Each record with its text.
    /// - Complexity: O(*n*) in the total text length.
    public init(texts: [(record: LibraryRecord, text: String)]) {
        var builder = LibraryBuilder()
        for (record, text) in texts { builder.add(record, scalars: text.unicodeScalars.map(\.value)) }
        self = builder.finish(loadSeconds: 0)
    }

    /// Loads a library from files and folders, or from an index cache.
    ///
    /// A folder is searched recursively for `.txt` and `.jsonl` files (in path
    /// order). With `cache`, an index file written earlier for the same inputs
    /// (same paths, sizes and modification times) is read instead of parsing
    /// and indexing; otherwise the index is built and written there. A damaged cache is rebuilt and a cache that
    /// cannot be written is skipped, each with a line in ``Statistics/cacheNotes``; a file that is not an index
    /// cache is never overwritten.
    ///
    /// - Parameters:
    ///   - paths: Files (`.txt`, `.jsonl`) and folders.
    ///   - cache: An index cache file to read or create.
    /// - Returns: The library.
    /// - Throws: ``LibraryError`` for a missing or unreadable file, invalid UTF-8, a malformed JSON line
    ///   or a record without `text`, an empty library, or a `cache` path that holds another kind of file.
    /// - Complexity: O(*n*) in the total text length.
    public static func load(paths: [String], cache: String? = nil) throws(LibraryError) -> ReferenceLibrary {
        let files = try LibraryFiles.expand(paths)
        let fingerprint = try LibraryFiles.fingerprint(files)
        var notes: [String] = []
        if let cache, FileManager.default.fileExists(atPath: cache) {
            do throws(LibraryError) {
                return try ReferenceLibrary.readIndex(from: cache, fingerprint: fingerprint)
            } catch where error.reason != staleReason {
                // A cache from other inputs is an ordinary miss; anything else is worth a word.
                notes.append("\(error.description); rebuilding it")
            } catch {}
        }
        let clock = ContinuousClock()
        let start = clock.now
        var builder = LibraryBuilder()
        for file in files {
            if file.hasSuffix(".txt") {
                try builder.addTextFile(file)
            } else {
                try builder.addJSONLinesFile(file)
            }
        }
        if builder.records.isEmpty {
            throw LibraryError(path: paths.joined(separator: ", "), reason: "the library holds no texts")
        }
        var library = builder.finish(loadSeconds: (clock.now - start).seconds)
        if let cache {
            try refuseOverwritingForeignFile(cache)
            do {
                try library.writeIndex(to: cache, fingerprint: fingerprint)
            } catch {
                // The library is ready: an unwritable cache only costs the next run its speed-up.
                notes.append("\(error.description); going on without it")
            }
        }
        library.statistics.cacheNotes = notes
        return library
    }

    // MARK: Look-ups

    /// The record holding unit position `p`.
    func record(atUnit p: Int) -> Int {
        var lo = 0, hi = recordUnitStart.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if recordUnitStart[mid] <= p { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The postings of the bigram `(a, b)`: a range of ``postings``.
    func postingRange(_ a: UInt32, _ b: UInt32) -> Range<Int> {
        guard a != 0, b != 0, Int(a) + 1 < buckets.count else { return 0..<0 }
        var lo = Int(buckets[Int(a)]), hi = Int(buckets[Int(a) + 1])
        if lo == hi { return 0..<0 }
        // Lower bound of b.
        var l = lo, h = hi
        while l < h { let m = (l + h) / 2; if units[Int(postings[m]) + 1] < b { l = m + 1 } else { h = m } }
        lo = l
        h = hi
        while l < h { let m = (l + h) / 2; if units[Int(postings[m]) + 1] <= b { l = m + 1 } else { h = m } }
        hi = l
        return lo..<hi
    }

    /// The unit id of a normalised unit, or `nil` when the library never has it.
    func unitID(_ tokens: Tokens, _ i: Int) -> UInt32? {
        if tokens.key[i] != 0 { return tokens.key[i] }
        return vocabulary[tokens.wordKey(i)].map { ReferenceLibrary.wordBase + $0 }
    }

    /// A record's text as a string.
    /// - Parameter index: The record's index in ``records``.
    /// - Returns: Its text.
    public func text(ofRecord index: Int) -> String {
        LibraryBuilder.string(raw[recordRawStart[index]..<recordRawStart[index + 1]])
    }
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
