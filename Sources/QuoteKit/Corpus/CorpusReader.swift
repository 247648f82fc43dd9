import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Streams the documents of a corpus: files, folders (recursively), standard input, JSON Lines.
///
/// Folders are walked once up front for their file names (sorted, so the
/// output order is stable), then read one file at a time. JSON Lines corpora
/// are read one line at a time and never held whole. Use it as an iterator:
/// each ``next()`` returns one ``CorpusItem``.
public struct CorpusReader: IteratorProtocol {
    /// How inputs are interpreted.
    public enum InputFormat: String, Sendable, CaseIterable {
        /// Every file is one UTF-8 text document.
        case text
        /// Every line of every file is a JSON object holding a document.
        case jsonl
        /// Every file is one document, read as its extension says (``DocumentFormat/init(path:)``).
        case auto
        /// Every file is a Markdown document.
        case md
        /// Every file is an HTML document.
        case html
        /// Every file is a Word (`.docx`) document.
        case docx

        /// The document format this input format forces, `nil` for ``auto`` (by extension) and ``jsonl``.
        public var documentFormat: DocumentFormat? {
            switch self {
            case .text: return .text
            case .md: return .markdown
            case .html: return .html
            case .docx: return .docx
            case .auto, .jsonl: return nil
            }
        }
    }

    /// Options for reading a corpus.
    public struct Options: Sendable {
        /// Text files or JSON Lines.
        public var format: InputFormat = .text
        /// Shell pattern matched against file names inside folders (`*.txt`); `nil` takes every file.
        public var glob: String? = nil
        /// Creates default options.
        public init() {}
    }

    private var paths: [String]
    /// Inputs found in folders that cannot be read (a name that is not UTF-8, an unreadable sub-folder),
    /// reported in path order with the files.
    private var failures: [String: InputError] = [:]
    private var index = 0
    private let options: Options
    private var lines: LineReader?
    private var currentPath = ""
    /// Total bytes of the inputs, when known (files and folders; not standard input).
    public let totalBytes: Int?

    /// Prepares to read the given inputs.
    ///
    /// - Parameters:
    ///   - inputs: Files, folders, or `-` for standard input.
    ///   - options: Input format and folder filter.
    /// - Complexity: Walks folders once for file names and sizes.
    public init(inputs: [String], options: Options = Options()) {
        self.options = options
        var expanded: [String] = []
        var total: Int? = 0
        for input in inputs {
            var isDirectory: ObjCBool = false
            if input != "-", FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                // The walk's own `stat` gives the sizes: no second call per file.
                let walked = CorpusReader.walk(folder: input, glob: options.glob)
                expanded.append(contentsOf: walked.map(\.path))
                for entry in walked { if let failure = entry.failure { failures[entry.path] = failure } }
                total = total.map { $0 + walked.reduce(0) { $0 + $1.size } }
            } else {
                expanded.append(input)
                if input == "-" { total = nil } else { total = total.map { $0 + (CorpusReader.regularFileSize(input) ?? 0) } }
            }
        }
        self.paths = expanded
        self.totalBytes = total
    }

    /// The files a folder holds, recursively, sorted, filtered by a shell pattern on the file name, with their sizes.
    ///
    /// Sub-folders are walked (hidden ones too), symbolic links to folders are not; a symbolic link to a file
    /// counts as a file; files whose name starts with `.` are left out. Reads the folders with `readdir`, which
    /// is many times faster than `FileManager`'s enumerator on folders of thousands of files. A file's size comes
    /// from the same `stat` (0 for anything but a regular file).
    ///
    /// Nothing is skipped silently: a name that is not UTF-8 (GBK and Latin-1 names are common on disks from
    /// Chinese Windows) and a sub-folder that cannot be read come back as entries with a `failure`, their
    /// invalid bytes shown as `\xNN`, so the run reports them and exits 1.
    static func walk(folder: String, glob: String?) -> [(path: String, size: Int, failure: InputError?)] {
        var files: [(path: String, size: Int, failure: InputError?)] = []
        func fail(_ path: String, _ why: String) {
            files.append((path, 0, InputError(source: path, reason: .unreadable(why))))
        }
        func visit(_ directory: String) {
            guard let handle = opendir(directory) else {
                fail(directory, "cannot read the folder (\(String(cString: strerror(errno)))); its files were not processed")
                return
            }
            defer { closedir(handle) }
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            while let entry = readdir(handle) {
                let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
                guard let name = String(validating: bytes, as: UTF8.self) else {
                    if bytes.first == UInt8(ascii: ".") { continue }
                    // The raw bytes still name the entry for lstat and fnmatch.
                    var info = stat()
                    let raw = Array(prefix.utf8) + bytes + [0]
                    let isFolder = raw.withUnsafeBufferPointer { lstat(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), &info) } == 0
                        && info.st_mode & S_IFMT == S_IFDIR
                    if !isFolder, let glob, (bytes + [0]).withUnsafeBufferPointer({
                        fnmatch(glob, UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), 0)
                    }) != 0 { continue }
                    fail(prefix + escapedName(bytes), isFolder
                        ? "the folder name is not UTF-8, so its files were not processed; rename it (e.g. convmv -f GBK -t UTF-8)"
                        : "the file name is not UTF-8, so it cannot be opened by name; rename it (e.g. convmv -f GBK -t UTF-8)")
                    continue
                }
                if name == "." || name == ".." { continue }
                let path = prefix + name
                var info = stat()
                guard lstat(path, &info) == 0 else {
                    fail(path, String(cString: strerror(errno)))
                    continue
                }
                if info.st_mode & S_IFMT == S_IFDIR { visit(path); continue }
                // Follow a symbolic link: a dangling one or one to a folder is no file.
                guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                if name.hasPrefix(".") { continue }
                if let glob, fnmatch(glob, name, 0) != 0 { continue }
                files.append((path, info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0, nil))
            }
        }
        guard !folder.isEmpty else { return [] }
        visit(folder)
        return files.sorted { $0.path < $1.path }
    }

    /// A file name with its bytes that are not UTF-8 written as `\xNN`.
    static func escapedName(_ bytes: [UInt8]) -> String {
        var out = ""
        var rest = bytes[...]
        while !rest.isEmpty {
            // The longest valid prefix is kept as text; the next byte is escaped.
            var end = rest.endIndex
            while end > rest.startIndex, String(validating: rest[rest.startIndex..<end], as: UTF8.self) == nil { end -= 1 }
            out += String(decoding: rest[rest.startIndex..<end], as: UTF8.self)
            if end < rest.endIndex {
                out += "\\x" + String(rest[end], radix: 16, uppercase: true).leftPadded(to: 2)
                rest = rest[(end + 1)...]
            } else {
                rest = rest[end...]
            }
        }
        return out
    }

    /// The size of a regular file (`nil` for anything else: a folder, a pipe, a device, a missing path,
    /// which ``DocumentReader/readBytes(atPath:)`` reads or refuses with its own message).
    static func regularFileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return Int(info.st_size)
    }

    /// The next document, or `nil` when the corpus is exhausted.
    public mutating func next() -> CorpusItem? {
        while true {
            if let reader = lines {
                if let line = reader.next() {
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                    return CorpusItem(source: "\(currentPath):\(reader.lineNumber)", payload: .record(line, line: reader.lineNumber), size: line.count + 1)
                }
                lines = nil
            }
            guard index < paths.count else { return nil }
            let path = paths[index]
            index += 1
            if let failure = failures[path] { return CorpusItem(source: path, payload: .failure(failure), size: 0) }
            switch options.format {
            case .text, .auto, .md, .html, .docx:
                if path != "-", let size = CorpusReader.regularFileSize(path) {
                    // Read later, on the thread that decodes it.
                    return CorpusItem(source: path, payload: .file(path), size: size)
                }
                do {
                    let data = try DocumentReader.readBytes(atPath: path)
                    return CorpusItem(source: path, payload: .bytes(data), size: data.count)
                } catch {
                    return CorpusItem(source: path, payload: .failure(error), size: 0)
                }
            case .jsonl:
                let handle: FileHandle?
                if path == "-" {
                    handle = FileHandle.standardInput
                } else {
                    handle = FileHandle(forReadingAtPath: path)
                }
                guard let handle else {
                    return CorpusItem(source: path, payload: .failure(InputError(source: path, reason: .unreadable("cannot open file"))), size: 0)
                }
                currentPath = path
                lines = LineReader(handle: handle)
            }
        }
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
