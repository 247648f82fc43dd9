// quotekit-bench: throughput figures for the pipeline stages, on one input, in one run.
//
//   swift run -c release quotekit-bench [FILE ...] [--seconds S]
//
// Without files it reads ../shared/corpus/*.txt when present, else Fixtures/.
// Reports MB/s (UTF-8 input bytes per second) for ICU sentence segmentation
// alone, the document model, the quote scanner alone, and the full pipeline
// (quotes + kinds + speakers + works + JSON Lines), the ratio of the full
// pipeline to segmentation, the scaling of --jobs 2 over --jobs 1, a Python
// `re` pass that only finds “…” spans (when python3 is installed), and the
// peak resident memory.
import Foundation
import QuoteKit
import QuoteKitICU
#if canImport(Glibc)
import Glibc
#endif

var arguments = Array(CommandLine.arguments.dropFirst())
var secondsOption = 2.0
if let i = arguments.firstIndex(of: "--seconds"), i + 1 < arguments.count {
    secondsOption = Double(arguments[i + 1]) ?? secondsOption
    arguments.removeSubrange(i...(i + 1))
}
let minimumSeconds = secondsOption

func textFiles(in folder: String) -> [String] {
    let url = URL(fileURLWithPath: folder)
    guard let e = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil) else { return [] }
    return e.compactMap { ($0 as? URL)?.path }.filter { $0.hasSuffix(".txt") }.sorted()
}

var files = arguments
var label = "files given on the command line"
if files.isEmpty {
    if FileManager.default.fileExists(atPath: "../shared/corpus") {
        files = textFiles(in: "../shared/corpus")
        label = "../shared/corpus (real Chinese news)"
    } else {
        files = textFiles(in: "Fixtures")
        label = "Fixtures/"
    }
}
let inputs: [(String, Data)] = files.compactMap { path in
    guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else { return nil }
    return (path, data)
}
guard !inputs.isEmpty else {
    FileHandle.standardError.write(Data("quotekit-bench: no input\n".utf8))
    exit(2)
}
let totalBytes = inputs.reduce(0) { $0 + $1.1.count }
let texts = inputs.map { String(decoding: $0.1, as: UTF8.self) }
let documents = zip(inputs, texts).map { Document(text: $1, source: $0.0) }

/// Runs `body` repeatedly for at least `minimumSeconds`; returns MB/s.
@MainActor func measure(_ name: String, _ body: () -> Void) -> Double {
    body() // warm-up
    var runs = 0
    let start = Date()
    repeat {
        body()
        runs += 1
    } while Date().timeIntervalSince(start) < minimumSeconds
    let seconds = Date().timeIntervalSince(start)
    let rate = Double(totalBytes * runs) / seconds / 1_000_000
    print(String(format: "  %-44@ %8.1f MB/s  (%d runs, %.2f s)", name as NSString, rate, runs, seconds))
    return rate
}

print("QuoteKit benchmark")
print("  input: \(label): \(inputs.count) files, \(String(format: "%.2f", Double(totalBytes) / 1_000_000)) MB")
print("  machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB, \(ProcessInfo.processInfo.operatingSystemVersionString)")
print("")

var sink = 0
let utf16 = texts.map { Array($0.utf16) }
let breaker = try TextBreaker(.sentence)
let segmentation = measure("ICU sentence segmentation alone") {
    for units in utf16 { sink &+= (try? breaker.boundaries(in: units).count) ?? 0 }
}
_ = measure("document model (scalars, lines, paragraphs)") {
    for text in texts { sink &+= Document(text: text).paragraphs.count }
}
let scanner = QuoteScanner()
_ = measure("quote scanner alone (on built documents)") {
    for document in documents { sink &+= scanner.scan(document).quotes.count }
}
let extractor = QuoteExtractor()
var quoteCount = 0
let full = measure("full pipeline: bytes → quotes → JSON Lines") {
    var exporter = JSONLinesExporter()
    quoteCount = 0
    for (path, data) in inputs {
        guard let document = try? DocumentReader.document(bytes: data, source: path) else { continue }
        let result = extractor.extract(document)
        quoteCount += result.quotes.count
        sink &+= exporter.write(result).count
    }
}
print(String(format: "  full pipeline / segmentation alone: %.2f", full / segmentation))
print("  quotes per run: \(quoteCount)")

// Parallel scaling over the documents (one document per work item).
@MainActor func parallelRate(jobs: Int) -> Double {
    measure("full pipeline, --jobs \(jobs)") {
        var items = inputs.makeIterator()
        var written = 0
        OrderedParallelMap(jobs: jobs).run(&items, transform: { input -> Int in
            guard let document = try? DocumentReader.document(bytes: input.1, source: input.0) else { return 0 }
            var exporter = JSONLinesExporter()
            return exporter.write(extractor.extract(document)).count
        }, sink: { written &+= $0 })
        sink &+= written
    }
}
let one = parallelRate(jobs: 1)
let two = parallelRate(jobs: 2)
print(String(format: "  --jobs 2 / --jobs 1: %.2f×", two / one))

// Baseline: a Python `re` pass that only finds “…” spans.
let python = Process()
python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
let script = """
import re, sys, time
data = [open(p, encoding='utf-8').read() for p in sys.argv[2:]]
size = sum(len(open(p, 'rb').read()) for p in sys.argv[2:])
pattern = re.compile('“[^”]*”')
runs, start = 0, time.time()
while time.time() - start < float(sys.argv[1]):
    for d in data: pattern.findall(d)
    runs += 1
print('%.1f' % (size * runs / (time.time() - start) / 1e6))
"""
python.arguments = ["python3", "-c", script, String(minimumSeconds)] + inputs.map(\.0)
let pipe = Pipe()
python.standardOutput = pipe
python.standardError = FileHandle.nullDevice
if (try? python.run()) != nil {
    python.waitUntilExit()
    let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    if python.terminationStatus == 0, let rate = Double(out) {
        print(String(format: "  %-44@ %8.1f MB/s", "Python re “…” spans only (baseline)" as NSString, rate))
        print(String(format: "  full pipeline / Python re baseline: %.2f×", full / rate))
    }
}

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "  peak resident memory: %.1f MB", Double(usage.ru_maxrss) / 1024))
if sink == 42 { print("") }
