import Foundation

/// One text of a ``ReferenceLibrary``: a work (or a chapter of one) and who wrote it.
public struct LibraryRecord: Sendable, Hashable, Codable {
    /// The work's title (`论语`, `戲爲六絕句 六`, `Pride and Prejudice`).
    public var work: String
    /// The author, when known.
    public var author: String?
    /// The collection holding the work (`四书五经`, `全唐诗`), when known.
    public var collection: String?
    /// The chapter (`述而篇`), when the record is one chapter of the work.
    public var chapter: String?

    /// Creates a record description.
    /// - Parameters:
    ///   - work: The work's title.
    ///   - author: The author.
    ///   - collection: The collection.
    ///   - chapter: The chapter.
    public init(work: String, author: String? = nil, collection: String? = nil, chapter: String? = nil) {
        self.work = work
        self.author = author
        self.collection = collection
        self.chapter = chapter
    }
}

/// Why a reference library or its index cache could not be loaded.
public struct LibraryError: Error, LocalizedError, Sendable, CustomStringConvertible, Equatable {
    /// The file (or folder) concerned.
    public let path: String
    /// What went wrong, in one line.
    public let reason: String
    /// The 1-based line of a JSON Lines file, when the problem is on one line.
    public let line: Int?

    /// Creates an error.
    /// - Parameters:
    ///   - path: The file concerned.
    ///   - reason: What went wrong.
    ///   - line: The line, if any.
    public init(path: String, reason: String, line: Int? = nil) {
        self.path = path
        self.reason = reason
        self.line = line
    }

    /// `path:line: reason`.
    public var description: String { ErrorLine.format(source: path, line: line, message: reason) }

    /// The same line as ``description``.
    public var errorDescription: String? { description }
}
