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
                let files = CorpusReader.walk(folder: input, glob: options.glob)
                expanded.append(contentsOf: files.map(\.path))
                total = total.map { $0 + files.reduce(0) { $0 + $1.size } }
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
    static func walk(folder: String, glob: String?) -> [(path: String, size: Int)] {
        var files: [(path: String, size: Int)] = []
        func visit(_ directory: String) {
            guard let handle = opendir(directory) else { return }
            defer { closedir(handle) }
            let prefix = directory.hasSuffix("/") ? directory : directory + "/"
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name == "." || name == ".." { continue }
                let path = prefix + name
                var info = stat()
                guard lstat(path, &info) == 0 else { continue }
                if info.st_mode & S_IFMT == S_IFDIR { visit(path); continue }
                // Follow a symbolic link: a dangling one or one to a folder is no file.
                guard stat(path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
                if name.hasPrefix(".") { continue }
                if let glob, fnmatch(glob, name, 0) != 0 { continue }
                files.append((path, info.st_mode & S_IFMT == S_IFREG ? Int(info.st_size) : 0))
            }
        }
        guard !folder.isEmpty else { return [] }
        visit(folder)
        return files.sorted { $0.path < $1.path }
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
