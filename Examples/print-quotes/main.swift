// Prints the quotations of a text, as a library user would.
//
//   swift run print-quotes [FILE]
//
// Without FILE it uses a short built-in text.
import QuoteKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

let sample = """
张明教授在报告会上指出：“读书不是为了装点门面，而是为了明白事理。”他还引用孔子的话说：“学而不思则罔，思而不学则殆。”
"It is a truth universally acknowledged," said Dr. Ada Lane, "that a good index saves a day."
"""

let arguments = CommandLine.arguments.dropFirst()
let document: Document
if let path = arguments.first {
    do {
        document = try DocumentReader.document(atPath: path)
    } catch {
        print("print-quotes: \(error)")
        exit(1)
    }
} else {
    document = Document(text: sample, source: "sample")
}

let result = QuoteExtractor().extract(document)
for quote in result.quotes where quote.kind == .quotation {
    let who = quote.speaker?.name ?? "—"
    print("[\(quote.line):\(quote.column)] \(who): \(quote.text)")
}
