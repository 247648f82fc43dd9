import Foundation

// `URL` forms of the loaders that take paths, for code that holds file URLs (document pickers, bundles,
// `FileManager` listings). Each reads the URL's path exactly as the path form does.

extension WorkLinker {
    /// Reads a list of known titles (see ``titles(fromFile:)``).
    ///
    /// - Parameter url: A file URL.
    /// - Returns: The titles in file order.
    /// - Throws: ``InputError`` when the file cannot be read or is not UTF-8 text.
    public static func titles(contentsOf url: URL) throws(InputError) -> [String] {
        try titles(fromFile: url.path)
    }
}

extension ReferenceLibrary {
    /// Loads reference texts from files and folders (see ``load(paths:cache:)``).
    ///
    /// - Parameters:
    ///   - urls: File URLs of files (`.txt`, `.jsonl`) and folders.
    ///   - cache: The file URL of an index cache to read or create.
    /// - Returns: The library.
    /// - Throws: ``LibraryError`` as ``load(paths:cache:)`` does.
    public static func load(contentsOf urls: [URL], cache: URL? = nil) throws(LibraryError) -> ReferenceLibrary {
        try load(paths: urls.map(\.path), cache: cache?.path)
    }
}
