import Foundation

/// Accumulates records, normalises them and builds the bigram index of a ``ReferenceLibrary``.
struct LibraryBuilder {
    var records: [LibraryRecord] = []
    var raw: [UInt32] = []
    var recordRawStart: [Int] = [0]
    var recordUnitStart: [Int] = [0]
    var units: [UInt32] = []
    var unitRaw: [UInt32] = []
    var vocabulary: [String: UInt32] = [:]
    var tokens = Tokens()
    let normalizer = Normalizer()
    var buildSeconds = 0.0
    let clock = ContinuousClock()

    /// Adds one record.
    mutating func add(_ record: LibraryRecord, scalars: [UInt32]) {
        let started = clock.now
        let base = raw.count
        raw.append(contentsOf: scalars)
        tokens.removeAll()
        normalizer.tokenize(raw[base...], base: 0, into: &tokens)
        for i in 0..<tokens.count {
            var id = tokens.key[i]
            if id == 0 {
                let word = tokens.wordKey(i)
                if let known = vocabulary[word] {
                    id = ReferenceLibrary.wordBase + known
                } else {
                    let next = UInt32(vocabulary.count)
                    vocabulary[word] = next
                    id = ReferenceLibrary.wordBase + next
                }
            }
            units.append(id)
            unitRaw.append(UInt32(base + Int(tokens.rawStart[i])))
        }
        // A separator unit keeps bigrams from crossing records.
        units.append(0)
        unitRaw.append(UInt32(raw.count))
        records.append(record)
        recordRawStart.append(raw.count)
        recordUnitStart.append(units.count)
        buildSeconds += (clock.now - started).seconds
    }

    mutating func addTextFile(_ path: String) throws(LibraryError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LibraryError(path: path, reason: "cannot read the file")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw LibraryError(path: path, reason: "the file is not valid UTF-8")
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        add(LibraryRecord(work: name, author: LibraryBuilder.headerAuthor(text)), scalars: text.unicodeScalars.map(\.value))
    }

    mutating func addJSONLinesFile(_ path: String) throws(LibraryError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LibraryError(path: path, reason: "cannot read the file")
        }
        var failure: LibraryError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var line = JSONLinesRecordParser.Line()
            var start = 0
            var number = 0
            if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
            while start < bytes.count {
                number += 1
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                defer { start = end + 1 }
                var blank = true
                for k in start..<end where bytes[k] != 0x20 && bytes[k] != 0x09 && bytes[k] != 0x0D { blank = false; break }
                if blank { continue }
                do throws(JSONLinesRecordParser.Failure) {
                    try JSONLinesRecordParser.parse(bytes, start, end, into: &line)
                } catch {
                    failure = LibraryError(path: path, reason: "invalid JSON: \(error.reason)", line: number)
                    return
                }
                guard line.hasText else {
                    failure = LibraryError(path: path, reason: "record has no \"text\" string", line: number)
                    return
                }
                let work = line.fields["work"] ?? line.fields["title"] ?? "\(URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent) #\(number)"
                let record = LibraryRecord(work: work, author: line.fields["author"], collection: line.fields["collection"],
                                           chapter: line.fields["chapter"])
                add(record, scalars: line.text)
            }
        }
        if let failure { throw failure }
    }

    /// Sorts the bigram postings (two stable counting sorts) and returns the library.
    mutating func finish(loadSeconds: Double) -> ReferenceLibrary {
        let started = clock.now
        let bucketCount = Int(ReferenceLibrary.wordBase) + vocabulary.count + 1
        let n = units.count
        // Positions of valid bigrams, ascending.
        var valid: [UInt32] = []
        valid.reserveCapacity(n)
        units.withUnsafeBufferPointer { u in
            if n >= 2 { for p in 0..<(n - 1) where u[p] != 0 && u[p + 1] != 0 { valid.append(UInt32(p)) } }
        }
        var counts = [UInt32](repeating: 0, count: bucketCount + 1)
        var temp = [UInt32](repeating: 0, count: valid.count)
        var postings = [UInt32](repeating: 0, count: valid.count)
        units.withUnsafeBufferPointer { u in
            // Pass 1: stable by second unit.
            for p in valid { counts[Int(u[Int(p) + 1]) + 1] += 1 }
            for k in 0..<bucketCount { counts[k + 1] += counts[k] }
            for p in valid { let k = Int(u[Int(p) + 1]); temp[Int(counts[k])] = p; counts[k] += 1 }
            // Pass 2: stable by first unit.
            for k in 0...bucketCount { counts[k] = 0 }
            for p in temp { counts[Int(u[Int(p)]) + 1] += 1 }
            for k in 0..<bucketCount { counts[k + 1] += counts[k] }
            let buckets = counts
            var fill = counts
            for p in temp { let k = Int(u[Int(p)]); postings[Int(fill[k])] = p; fill[k] += 1 }
            counts = buckets
        }
        let seconds = buildSeconds + (clock.now - started).seconds
        let bytes = raw.count * 4 + units.count * 8 + postings.count * 4 + counts.count * 4 + recordRawStart.count * 16
        let stats = ReferenceLibrary.Statistics(records: records.count, scalars: raw.count, units: units.count - records.count,
                                                words: vocabulary.count, indexBytes: bytes,
                                                loadSeconds: max(0, loadSeconds - buildSeconds), buildSeconds: seconds, fromCache: false)
        return ReferenceLibrary(records: records, raw: raw, recordRawStart: recordRawStart, recordUnitStart: recordUnitStart,
                                units: units, unitRaw: unitRaw, postings: postings, buckets: counts, vocabulary: vocabulary,
                                statistics: stats)
    }

    /// The author named by an `Author:` line in a plain-text file's first 60 lines (as in Project Gutenberg headers).
    static func headerAuthor(_ text: String) -> String? {
        var count = 0
        for line in text.split(separator: "\n", maxSplits: 60, omittingEmptySubsequences: false) {
            count += 1
            if count > 60 { break }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            for prefix in CitationLexicons.builtIn.authorHeaders where trimmed.hasPrefix(prefix) {
                let name = trimmed.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
                if !name.isEmpty { return name }
            }
        }
        return nil
    }

    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        view.reserveCapacity(scalars.count)
        for v in scalars { if let s = Unicode.Scalar(v) { view.append(s) } }
        return String(view)
    }
}

/// Expands library paths into files and fingerprints them for the cache.
enum LibraryFiles {
    static func expand(_ paths: [String]) throws(LibraryError) -> [String] {
        var files: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw LibraryError(path: path, reason: "no such file or folder")
            }
            if isDirectory.boolValue {
                guard let enumerator = fm.enumerator(atPath: path) else { throw LibraryError(path: path, reason: "cannot list the folder") }
                var found: [String] = []
                while let item = enumerator.nextObject() as? String {
                    if item.hasSuffix(".txt") || item.hasSuffix(".jsonl") { found.append((path as NSString).appendingPathComponent(item)) }
                }
                if found.isEmpty { throw LibraryError(path: path, reason: "the folder holds no .txt or .jsonl files") }
                files.append(contentsOf: found.sorted())
            } else {
                files.append(path)
            }
        }
        return files
    }

    /// A hash of each file's path and contents (not its modification time: an edit that keeps the size and
    /// the old time must still miss the cache).
    static func fingerprint(_ files: [String]) throws(LibraryError) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) { for b in bytes { hash ^= UInt64(b); hash = hash &* 0x100_0000_01B3 } }
        mix("quotekit-index-v2".utf8)
        // The variant table shapes every key of the index: a cache built with another table is stale.
        for (variant, standard) in CitationLexicons.builtIn.variantCharacters { mix(variant.utf8); mix(standard.utf8) }
        for file in files {
            mix(URL(fileURLWithPath: file).standardizedFileURL.path.utf8)
            guard let data = try? Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped) else {
                throw LibraryError(path: file, reason: "cannot read the file")
            }
            let contents = data.withUnsafeBytes { IndexChecksum.of($0) }
            mix(String(data.count).utf8)
            mix(String(contents).utf8)
        }
        return hash
    }
}
