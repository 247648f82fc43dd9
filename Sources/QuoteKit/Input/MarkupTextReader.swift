/// What the HTML and Markdown readers share: they walk a source, write its plain text through a
/// ``SourceMap/Builder`` and collect the markup spans they meet.
protocol MarkupTextReader {
    init(source: [Unicode.Scalar])
    var out: SourceMap.Builder { get set }
    var markup: [MarkupSpan] { get }
    /// Walks the whole source.
    mutating func run()
}

extension MarkupTextReader {
    /// Reads `source`: its text, the map back to the source and the markup spans.
    static func read(_ source: String) -> ExtractedText {
        var reader = Self(source: Array(source.unicodeScalars))
        reader.run()
        let (text, map) = reader.out.finish()
        return ExtractedText(text: text, map: map, markup: reader.markup)
    }
}
