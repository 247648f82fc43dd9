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
// peak resident memory. One-core figures, the Python baseline's among them, are
// per second of CPU time, so a busy machine does not skew their ratio; the
// --jobs comparison uses the wall clock.
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

/// The calling thread's CPU time in seconds: unlike wall time, it does not count time the thread
/// spent waiting while other processes used the cores.
func threadCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

/// Runs `body` repeatedly for at least `seconds`; returns MB/s.
///
/// Single-threaded stages are timed in the thread's CPU time (`cpu`), so that the figures and their
/// ratios hold on a busy machine; parallel runs are timed on the wall clock.
@MainActor func measure(_ name: String, cpu: Bool = true, seconds: Double = minimumSeconds, _ body: () -> Void) -> Double {
    body() // warm-up
    var runs = 0
    func clock() -> Double { cpu ? threadCPUSeconds() : Date().timeIntervalSince1970 }
    let start = clock()
    repeat {
        body()
        runs += 1
    } while clock() - start < seconds
    let seconds = clock() - start
    let rate = Double(totalBytes * runs) / seconds / 1_000_000
    print(String(format: "  %-44@ %8.1f MB/s  (%d runs, %.2f s)", name as NSString, rate, runs, seconds))
    return rate
}

print("QuoteKit benchmark")
print("  input: \(label): \(inputs.count) files, \(String(format: "%.2f", Double(totalBytes) / 1_000_000)) MB")
print("  machine: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB, \(ProcessInfo.processInfo.operatingSystemVersionString)")
print("  timing: one-core figures (and the Python baseline) per second of CPU time; --jobs runs on the wall clock")
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
/// The full pipeline over every input once: bytes → document → quotes, kinds, speakers, works → JSON Lines.
@MainActor func runFullPipeline() {
    var exporter = JSONLinesExporter()
    quoteCount = 0
    for (path, data) in inputs {
        guard let document = try? DocumentReader.document(bytes: data, source: path) else { continue }
        let result = extractor.extract(document)
        quoteCount += result.quotes.count
        sink &+= exporter.write(result).count
    }
}
let full = measure("full pipeline: bytes → quotes → JSON Lines") { runFullPipeline() }
print(String(format: "  full pipeline / segmentation alone: %.2f", full / segmentation))
print("  quotes per run: \(quoteCount)")

// Parallel scaling over the documents, batched by size as the CLI does.
@MainActor func parallelRate(jobs: Int) -> Double {
    measure("full pipeline, --jobs \(jobs)", cpu: false) {
        var items = inputs.makeIterator()
        var written = 0
        OrderedParallelMap(jobs: jobs).run(&items, cost: { $0.1.count }, transform: { input -> Int in
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

// Baseline: a Python `re` pass that only finds “…” spans, measured in the same rounds as the pipeline.
let script = """
import os, re, sys, time
core = int(sys.argv[2])
if core >= 0 and hasattr(os, 'sched_setaffinity'):
    os.sched_setaffinity(0, {core})
paths = sys.argv[3:]
size = sum(len(open(p, 'rb').read()) for p in paths)
pattern = re.compile('“[^”]*”')
runs, start = 0, time.process_time()
while time.process_time() - start < float(sys.argv[1]):
    for p in paths:
        for line in open(p, encoding='utf-8'):
            for m in pattern.finditer(line):
                m.start(), m.end()
    runs += 1
print('%.1f' % (size * runs / (time.process_time() - start) / 1e6))
"""

/// Starts one Python round of `seconds` CPU seconds; `finish` waits for it and returns its MB/s
/// (`nil` when python3 is missing or fails).
func startPython(seconds: Double, core: Int = -1) -> (() -> Double?)? {
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", "-c", script, String(seconds), String(core)] + inputs.map(\.0)
    let pipe = Pipe()
    python.standardOutput = pipe
    python.standardError = FileHandle.nullDevice
    guard (try? python.run()) != nil else { return nil }
    return {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        python.waitUntilExit()
        let out = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return python.terminationStatus == 0 ? Double(out) : nil
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Pins this process's main thread (the one that measures) to one core, or to every core for `nil`, with
/// `taskset` (Linux); returns whether that worked. Affinity calls are not in the Glibc module.
@discardableResult func pinMainThread(toCore core: Int?) -> Bool {
    let taskset = Process()
    taskset.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    let cores = core.map(String.init) ?? "0-\(ProcessInfo.processInfo.activeProcessorCount - 1)"
    taskset.arguments = ["taskset", "-p", "-c", cores, String(getpid())]
    taskset.standardOutput = FileHandle.nullDevice
    taskset.standardError = FileHandle.nullDevice
    guard (try? taskset.run()) != nil else { return false }
    taskset.waitUntilExit()
    return taskset.terminationStatus == 0
}

// Each round runs the baseline on the other core while the pipeline runs on this one, so that both
// see the same state of the host (its speed drifts by ±30% within seconds); one-core rates in CPU time.
// The two cores of this virtual machine also differ from each other, by up to 1.5× at a given moment:
// the rounds alternate which core runs which side, so neither gets the faster core throughout.
if ProcessInfo.processInfo.activeProcessorCount >= 2, let probe = startPython(seconds: 0.1), probe() != nil {
    let rounds = 8
    var ours: [Double] = []
    var theirs: [Double] = []
    let pinned = pinMainThread(toCore: 0)
    defer { if pinned { pinMainThread(toCore: nil) } }
    if !pinned { print("  (taskset not available: the rounds are not pinned to cores)") }
    for round in 1...rounds {
        let core = round % 2
        if pinned { pinMainThread(toCore: core) }
        guard let finish = startPython(seconds: minimumSeconds, core: pinned ? 1 - core : -1) else { break }
        let rate = measure("  round \(round): full pipeline, one core\(pinned ? " (core \(core))" : "")") { runFullPipeline() }
        guard let baseline = finish() else { break }
        print(String(format: "  %-44@ %8.1f MB/s  (at the same time, on %@)", "  round \(round): Python re baseline" as NSString, baseline,
                     (pinned ? "core \(1 - core)" : "the other core") as NSString))
        ours.append(rate)
        theirs.append(baseline)
    }
    if !ours.isEmpty {
        let ratios = zip(ours, theirs).map { $0 / $1 }
        print(String(format: "  %-44@ %8.1f MB/s", "Python re: read lines, finditer “…” (median)" as NSString, median(theirs)))
        print(String(format: "  %-44@ %8.1f MB/s", "full pipeline, one core (median)" as NSString, median(ours)))
        print(String(format: "  full pipeline / Python re baseline: %.2f× (median of %d simultaneous rounds; %.2f–%.2f×)",
                     median(ratios), ratios.count, ratios.min()!, ratios.max()!))
    }
}

// Citation checking: index build time and size, and checking 1,000 quotations.
let classics = "../shared/library/classics.jsonl"
if FileManager.default.fileExists(atPath: classics) {
    print("")
    print("Citation check against \(classics)")
    if let library = try? ReferenceLibrary.load(paths: [classics]) {
        let stats = library.statistics
        print(String(format: "  %d texts, %.1f M characters; parsed in %.2f s, index built in %.2f s, index size %.1f MiB",
                     stats.records, Double(stats.scalars) / 1_000_000, stats.loadSeconds, stats.buildSeconds,
                     Double(stats.indexBytes) / 1_048_576))
        let prepared = Date()
        let checker = CitationChecker(library: library)
        let ready = Date().timeIntervalSince(prepared)
        // 1,000 quotations: lines of the library itself (found) and invented sentences (not found).
        var probes: [String] = []
        var record = 0
        while probes.count < 800, record < library.records.count {
            let line = library.text(ofRecord: record).split(separator: "\n").first.map(String.init) ?? ""
            if line.count >= 8 { probes.append(String(line.prefix(24))) }
            record += 97
        }
        while probes.count < 1_000 { probes.append("这是一句在任何古籍中都找不到的现代句子，编号\(probes.count)。") }
        let start = Date()
        var found = 0
        for probe in probes where checker.check(text: probe).verdict != .notFound { found += 1 }
        let seconds = Date().timeIntervalSince(start)
        print(String(format: "  checker ready in %.2f s; checked %d quotations in %.3f s (%d found)", ready, probes.count, seconds, found))
    }
}

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print(String(format: "  peak resident memory: %.1f MB", Double(usage.ru_maxrss) / 1024))
if sink == 42 { print("") }
