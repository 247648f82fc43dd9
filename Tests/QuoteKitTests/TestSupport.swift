import Foundation
@testable import QuoteKit

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// A Chinese fixture read and prepared for attribution (scanned, kinds classified), not yet attributed.
    static func chineseAnalysis(fixture name: String) throws -> Analysis {
        let text = try fixtureText(name)
        var configuration = QuoteExtractor.Configuration()
        configuration.language = .zh
        return QuoteExtractor(configuration: configuration).prepare(Document(text: text, source: name))
    }

    /// An attribution engine over a Chinese text, prepared but not yet run, with the built-in pack.
    static func chineseEngine(_ text: String) throws -> AttributionEngine {
        var configuration = QuoteExtractor.Configuration()
        configuration.language = .zh
        let analysis = QuoteExtractor(configuration: configuration).prepare(Document(text: text, source: "test"))
        guard let pack = Attributor.standard.compiled[.zh] else { throw CocoaError(.featureUnsupported) }
        return AttributionEngine(analysis: analysis, pack: pack, explain: false)
    }

    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture's URL (`Fixtures/<name>`).
    static func fixture(_ name: String) -> URL { packageRoot.appendingPathComponent("Fixtures").appendingPathComponent(name) }

    /// A fixture's text.
    static func fixtureText(_ name: String) throws -> String {
        try String(contentsOf: fixture(name), encoding: .utf8)
    }

    /// The `../shared` folder beside the checkout, when present.
    static var shared: URL? {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// Runs the extractor on a text.
    static func extract(_ text: String, language: Language = .auto) -> ExtractionResult {
        var configuration = QuoteExtractor.Configuration()
        configuration.language = language
        return QuoteExtractor(configuration: configuration).extract(text: text, source: "test")
    }

    /// The quote texts of a text, in order.
    static func texts(_ text: String) -> [String] { extract(text).quotes.map(\.text) }

    /// The built `quotekit` executable (built by `swift test` with the other products).
    static var quotekitBinary: URL {
        #if os(macOS)
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            return bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("quotekit")
        }
        #endif
        return Bundle.main.bundleURL.appendingPathComponent("quotekit")
    }

    /// Runs `quotekit` with arguments and optional standard input.
    static func run(_ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, stdout: Data, stderr: String) {
        let process = Process()
        process.executableURL = quotekitBinary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, outData, String(decoding: errData, as: UTF8.self))
    }
}
