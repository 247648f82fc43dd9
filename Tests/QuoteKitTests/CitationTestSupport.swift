import Foundation
@testable import QuoteKit

/// Paths and shared libraries for the citation tests.
enum CitationFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    static let zhLibrary = path("Fixtures/library/zh/classics-sample.jsonl")
    static let enLibrary = path("Fixtures/library/en/novels.jsonl")
    static let txtLibrary = path("Fixtures/library/txt")
    static let allLibrary = path("Fixtures/library")
    static let classics = root.deletingLastPathComponent().appendingPathComponent("shared/library/classics.jsonl").path
    static let seed = root.deletingLastPathComponent().appendingPathComponent("shared/seeds/000_e8d0195590fdfad9.txt").path

    /// The fixture library (all of Fixtures/library), loaded once.
    static let library: ReferenceLibrary = try! ReferenceLibrary.load(paths: [allLibrary])
    static let checker = CitationChecker(library: library)

    /// The shared classics library, loaded once (nil when ../shared is absent).
    static let classicsChecker: CitationChecker? = {
        guard FileManager.default.fileExists(atPath: classics) else { return nil }
        guard let library = try? ReferenceLibrary.load(paths: [classics]) else { return nil }
        return CitationChecker(library: library)
    }()

    /// Extracts and checks a document with the fixture library.
    static func checkedResult(_ text: String, checker: CitationChecker = checker) -> ExtractionResult {
        let document = Document(text: text, source: "test")
        return checker.check(QuoteExtractor().extract(document), document: document)
    }
}
