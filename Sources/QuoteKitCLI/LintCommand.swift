import ArgumentParser
import Foundation
import QuoteKit
import QuoteKitRules

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check quotation and book-title marks (GB/T 15834-2011, English usage).",
        discussion: """
        Prints one diagnostic per finding (text: file:line:column: severity: message [rule]). \
        --fix prints the corrected text instead (only fixes that cannot change meaning; the remaining \
        diagnostics go to standard error); --in-place rewrites each file after copying it to FILE.bak. \
        Exit status: 0 no error, 1 an error was found, 2 an input or the configuration was unusable.

        Examples:
          quotekit lint article.txt
          quotekit lint --format jsonl --config lint.yml *.txt
          quotekit lint --fix article.txt > fixed.txt
          quotekit lint --in-place chapter1.txt chapter2.txt
          quotekit lint --rules my-words.yml article.txt
        """
    )

    @Argument(help: "Input files (UTF-8). Use - for standard input.")
    var files: [String] = []

    @Option(help: "Output format: text, json or jsonl.")
    var format: LintFormat = .text

    @Flag(help: "Print the corrected text instead of the diagnostics.")
    var fix = false

    @Flag(help: "Rewrite each file with its fixes applied, after saving the original as FILE.bak.")
    var inPlace = false

    @Option(help: "Language of the input: auto, zh or en (overrides the configuration file).")
    var lang: Language?

    @Option(help: "A YAML or JSON file that switches rules off or changes their severity.")
    var config: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("A YAML rule pack whose lexicons (wholeSentenceCues, inlineTermMarkers, quotedWorkCues) add to the built-in ones (repeatable).", valueName: "file"))
    var rulePacks: [String] = []

    @OptionGroup var inputFormat: DocumentFormatOption

    func validate() throws {
        if inPlace, files.isEmpty || files.contains("-") {
            throw ValidationError("--in-place needs file arguments, not standard input")
        }
    }

    mutating func run() throws {
        var configuration = LintConfiguration.default
        if let config {
            do {
                configuration = try LintConfiguration.load(contentsOf: config)
            } catch {
                StandardOutput.error("quotekit: \(error.description)")
                throw ExitCode(2)
            }
        }
        if let lang { configuration.language = lang }
        var linter: Linter
        do {
            linter = try Linter(configuration: configuration, packs: rulePacks.map { try RulePack.load(contentsOf: $0) })
        } catch let error as RulePackError {
            StandardOutput.error("quotekit: \(error.description)")
            throw ExitCode(2)
        }
        // The fix rounds check a large document in parts, two at a time (as extract attributes its windows).
        linter.jobs = min(ProcessInfo.processInfo.activeProcessorCount, 2)
        let inputs = files.isEmpty ? ["-"] : files
        var unusable = false
        var sawError = false
        // JSON is one array over every input, written as the diagnostics come like the other formats.
        var array: DiagnosticArray? = format == .json && !(fix && !inPlace) ? DiagnosticArray() : nil
        for path in inputs {
            var bytes: Data
            let document: Document
            let documentFormat = inputFormat.format ?? DocumentFormat(path: path)
            if inPlace, documentFormat == .docx {
                StandardOutput.error("quotekit: \(path): --in-place cannot rewrite a .docx file; run lint without --in-place for the report")
                unusable = true
                continue
            }
            if inPlace {
                // Refused before any work: a read-only file is the user's "do not touch".
                do {
                    try InPlaceWriter(path: path).checkWritable()
                } catch {
                    StandardOutput.error("quotekit: \(error.message)")
                    unusable = true
                    continue
                }
            }
            do {
                bytes = try DocumentReader.readBytes(atPath: path)
                document = try DocumentReader.document(data: bytes, source: path, format: documentFormat)
            } catch {
                StandardOutput.error("quotekit: \(error.description)")
                unusable = true
                continue
            }
            if !inPlace, documentFormat != .markdown, documentFormat != .html {
                // Only rewriting a file or fixing markup reads the bytes again: the rest works on the document.
                bytes = Data()
            }
            if fix || inPlace, let bad = document.inputDiagnostics.first(where: { $0.rule == "input.invalid-utf8" }) {
                // Fixing would write U+FFFD over the bytes that were not UTF-8.
                StandardOutput.error("quotekit: \(path): cannot fix: \(bad.message); repair the encoding first (lint without --fix still reports)")
                unusable = true
                continue
            }
            // Diagnostics are written as they come (a soup of marks has millions): to standard error after the
            // text with --fix, else to standard output.
            var lines = DiagnosticLines(format: fix && !inPlace ? .text : format, fd: fix && !inPlace ? 2 : 1)
            var foundError = false
            let report: (Diagnostic) -> Void = { diagnostic in
                foundError = foundError || diagnostic.severity == .error
                if array != nil { array?.append(diagnostic) } else { lines.write(diagnostic) }
            }
            if inPlace, documentFormat != .markdown, documentFormat != .html {
                // The report follows the rewrite: the linter holds its findings until the file is written, rather
                // than this holding them as diagnostics (over a gigabyte for the millions of a soup of marks).
                var written = true
                linter.fix(document, fixed: { text, applied in
                    written = write(text, over: path, original: bytes, changed: applied > 0)
                    return written
                }, remaining: report)
                guard written else {
                    unusable = true
                    continue
                }
            } else if fix || inPlace {
                // Markdown and HTML get their fixes written into the markup.
                // With --in-place the report follows the rewrite, so the diagnostics wait for it.
                var remaining: [Diagnostic] = []
                let keeps = inPlace
                let result: (text: String, applied: Int)
                if documentFormat == .markdown || documentFormat == .html {
                    let fixed = try linter.fix(source: DocumentReader.decode(data: bytes, source: path), format: documentFormat, name: path,
                                               remaining: { keeps ? remaining.append($0) : report($0) })
                    result = (fixed.text, fixed.applied)
                } else {
                    result = linter.fix(document, remaining: { keeps ? remaining.append($0) : report($0) })
                }
                if inPlace {
                    guard write(result.text, over: path, original: bytes, changed: result.applied > 0) else {
                        unusable = true
                        continue
                    }
                    remaining.forEach(report)
                } else {
                    StandardOutput.write(result.text)
                }
            } else if let origin = document.origin {
                linter.lint(document) { report(origin.locate($0)) }
            } else {
                linter.lint(document, each: report)
            }
            lines.flush()
            sawError = sawError || foundError
        }
        array?.finish()
        if unusable { throw ExitCode(2) }
        if sawError { throw ExitCode(1) }
    }

    /// Saves `original` as `path.bak`, then writes `text` (keeping a byte-order mark) over `path` (see ``InPlaceWriter``).
    func write(_ text: String, over path: String, original: Data, changed: Bool) -> Bool {
        guard changed else { return true }
        var text = text
        var data = Data(capacity: text.utf8.count + 3)
        if original.starts(with: [0xEF, 0xBB, 0xBF]) { data.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
        // Copied straight from the string's UTF-8, without an array of the whole text in between.
        text.withUTF8 { data.append($0) }
        do {
            try InPlaceWriter(path: path).replace(original: original, with: data)
        } catch {
            StandardOutput.error("quotekit: \(error.message)")
            return false
        }
        return true
    }
}

/// Writes one line per diagnostic, in 1 MiB batches (a write per line was a tenth of the run on a text with
/// millions of findings).
struct DiagnosticLines {
    let format: LintFormat
    let fd: Int32
    private var buffer: [UInt8] = []

    init(format: LintFormat, fd: Int32) {
        self.format = format
        self.fd = fd
    }

    mutating func write(_ diagnostic: Diagnostic) {
        if buffer.isEmpty { buffer.reserveCapacity(1 << 20) }
        format.append(diagnostic, to: &buffer)
        buffer.append(0x0A)
        if buffer.count >= 1 << 20 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        StandardOutput.write(buffer, fd: fd)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The diagnostics of every input as one JSON array, written as they come in 1 MiB batches: the same
/// bytes as the whole array written at once, without holding millions of diagnostics until the end.
struct DiagnosticArray {
    private var buffer: [UInt8] = [UInt8(ascii: "[")]
    private var empty = true

    mutating func append(_ diagnostic: Diagnostic) {
        if !empty { buffer.append(UInt8(ascii: ",")) }
        empty = false
        var writer = JSONWriter()
        diagnostic.write(to: &writer)
        buffer.append(contentsOf: writer.bytes)
        if buffer.count >= 1 << 20 {
            StandardOutput.write(buffer)
            buffer.removeAll(keepingCapacity: true)
        }
    }

    /// Closes the array and writes what is left.
    mutating func finish() {
        buffer.append(contentsOf: [UInt8(ascii: "]"), 0x0A])
        StandardOutput.write(buffer)
        buffer = []
    }
}

enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, jsonl

    /// One diagnostic as a line of this format (`json` lines are only used for standard error).
    func line(_ diagnostic: Diagnostic) -> String {
        var bytes: [UInt8] = []
        append(diagnostic, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends ``line(_:)``'s bytes, without a line feed. The text line is appended piece by piece: made by
    /// interpolation, each line was a string of its own, a tenth of `lint --fix`'s time on a soup of marks.
    func append(_ diagnostic: Diagnostic, to bytes: inout [UInt8]) {
        switch self {
        case .text:
            // Markdown and HTML diagnostics point into the source file.
            let line = diagnostic.location?.line ?? diagnostic.line
            let column = diagnostic.location?.column ?? diagnostic.column
            Self.appendUTF8(diagnostic.source, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            Self.appendDecimal(line, to: &bytes)
            bytes.append(UInt8(ascii: ":"))
            Self.appendDecimal(column, to: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            Self.appendUTF8(diagnostic.severity.rawValue, to: &bytes)
            bytes.append(contentsOf: ": ".utf8)
            Self.appendUTF8(diagnostic.message, to: &bytes)
            bytes.append(contentsOf: " [".utf8)
            Self.appendUTF8(diagnostic.rule, to: &bytes)
            bytes.append(UInt8(ascii: "]"))
        case .json, .jsonl:
            var writer = JSONWriter()
            diagnostic.write(to: &writer)
            bytes.append(contentsOf: writer.bytes)
        }
    }

    /// Appends a string's UTF-8 bytes in one copy: appended as a sequence of bytes, the four strings of each line
    /// were a tenth of `lint --fix`'s time on a 20 MB soup of straight marks.
    static func appendUTF8(_ string: String, to bytes: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends a number's decimal digits, as `"\(number)"` would write them, without making a string of them
    /// (one per line and column of millions of diagnostics on a soup of marks).
    static func appendDecimal(_ number: Int, to bytes: inout [UInt8]) {
        guard number >= 0 else {
            bytes.append(contentsOf: String(number).utf8)
            return
        }
        var scale = 1
        while scale <= number / 10 { scale *= 10 }
        while scale > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(number / scale % 10))
            scale /= 10
        }
    }
}

