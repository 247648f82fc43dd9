import QuoteKit
import QuoteKitCSV

let extractor = QuoteExtractor()

/// Bytes → Document → scanner, classifier, attribution, work linking → every exporter.
/// Traps when a quote's text, offsets or nesting break the invariants the output promises.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let document = try? DocumentReader.document(bytes: bytes, source: "fuzz") else { return 0 }
    let result = extractor.extract(document)
    let utf16 = Array(document.text.utf16)
    let utf8 = Array(document.text.utf8)
    for quote in result.quotes {
        precondition(0 <= quote.start && quote.start <= quote.end && quote.end <= document.count, "scalar range of \(quote.id)")
        let scalarSlice = String(String.UnicodeScalarView(document.scalars[quote.start..<quote.end]))
        let utf16Slice = String(decoding: utf16[quote.utf16[0]..<quote.utf16[1]], as: UTF16.self)
        let utf8Slice = String(decoding: utf8[quote.utf8[0]..<quote.utf8[1]], as: UTF8.self)
        precondition(scalarSlice == utf16Slice && utf16Slice == utf8Slice, "offset units disagree for \(quote.id)")
        if quote.text != scalarSlice {
            // Only a multi-paragraph quote leaves out its reopening marks.
            precondition(quote.text.unicodeScalars.count < scalarSlice.unicodeScalars.count, "text of \(quote.id)")
        }
        if let parent = quote.parent {
            precondition(result.quotes.contains { $0.id == parent }, "parent of \(quote.id)")
        }
        if let speaker = quote.speaker, let start = speaker.start, let end = speaker.end {
            precondition(start >= 0 && start <= end && end <= document.count, "speaker range of \(quote.id)")
        }
    }
    for work in result.works {
        precondition(work.start >= 0 && work.start <= work.end && work.end <= document.count, "work range")
    }
    for diagnostic in result.diagnostics {
        precondition(diagnostic.start >= 0 && diagnostic.start <= diagnostic.end && diagnostic.end <= document.count, "diagnostic range")
    }
    var json = JSONExporter(array: false)
    _ = json.begin(); _ = json.write(result); _ = json.end()
    var lines = JSONLinesExporter()
    _ = lines.write(result)
    var csv = CSVExporter()
    _ = csv.begin(); _ = try? csv.write(result)
    var html = HTMLExporter()
    _ = html.begin(); _ = try? html.write(result, document: document); _ = html.end()
    return 0
}

// SwiftPM links a debug executable with its entry point renamed to FuzzExtract_main
// (so tests can link it); hand that entry point to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("FuzzExtract_main")
public func fuzzExtractMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzExtract)
}
