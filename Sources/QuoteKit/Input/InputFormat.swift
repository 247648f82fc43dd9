import Foundation

/// The kinds of document QuoteKit reads.
///
/// Plain text is analysed as it is. The other formats go through a reader that
/// extracts the text the pipeline reads and records a ``SourceMap`` back to the
/// original, so every quote also carries a ``SourceLocation``.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// UTF-8 plain text.
    case text
    /// Markdown (CommonMark subset): emphasis is work-title evidence, code is not scanned.
    case markdown = "md"
    /// HTML: block elements are paragraphs, `<q>` and `<blockquote>` are quotations, `<cite>` names a work.
    case html
    /// Word (Office Open XML): paragraphs and runs of `word/document.xml`, italic runs as emphasis.
    case docx

    /// The format a file name's extension names: `.md`/`.markdown`, `.html`/`.htm`/`.xhtml`, `.docx`; anything else is text.
    ///
    /// - Parameter path: A file path (or `-` for standard input, which is text).
    /// - Returns: The format.
    public init(path: String) {
        // On the UTF-8 bytes: walking the characters back from the end (and lowercasing a String) costs more than
        // reading a small file.
        let bytes = path.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")),
              bytes.lastIndex(of: UInt8(ascii: "/")).map({ $0 < dot }) ?? true else { self = .text; return }
        let tail = bytes[bytes.index(after: dot)...]
        guard tail.count <= 8 else { self = .text; return }
        var ext = ""
        for b in tail { ext.unicodeScalars.append(Unicode.Scalar(b >= 0x41 && b <= 0x5A ? b + 0x20 : b)) }
        switch ext {
        case "md", "markdown", "mdown", "mkd": self = .markdown
        case "html", "htm", "xhtml": self = .html
        case "docx": self = .docx
        default: self = .text
        }
    }
}

/// Emphasis and citation marked up in a source document, as spans of the extracted text.
public struct MarkupSpan: Sendable, Hashable {
    /// What the markup says about the span.
    public enum Kind: Sendable, Hashable {
        /// Italic or emphasis (`*…*`, `<em>`, `<i>`, an italic Word run): a work title when it looks like one.
        case emphasis
        /// `<cite>`: always the title of a work.
        case citation
    }

    /// What the span is.
    public var kind: Kind
    /// Scalar offsets in the extracted text.
    public var range: Range<Int>
    /// The markup that opened it (`*`, `_`, `<em>`, `<cite>`; empty for Word runs), reported as a work's `open`.
    public var mark: String

    /// Creates a span.
    /// - Parameters:
    ///   - kind: Emphasis or citation.
    ///   - range: Extracted-text scalar offsets.
    ///   - mark: The opening markup.
    public init(kind: Kind, range: Range<Int>, mark: String) {
        self.kind = kind
        self.range = range
        self.mark = mark
    }
}

/// Where a ``Document``'s text came from when a reader extracted it from markup.
public struct DocumentOrigin: Sendable {
    /// The source format.
    public var format: DocumentFormat
    /// Extracted offsets → source offsets (or DOCX paragraphs).
    public var map: SourceMap
    /// Emphasis and citations, in text order.
    public var markup: [MarkupSpan]
    /// What the reader skipped and wants to say so (DOCX footnotes and comments).
    public var notes: [String]

    /// Creates an origin.
    /// - Parameters:
    ///   - format: The source format.
    ///   - map: The source map.
    ///   - markup: Emphasis and citation spans.
    ///   - notes: Remarks about skipped content.
    public init(format: DocumentFormat, map: SourceMap, markup: [MarkupSpan] = [], notes: [String] = []) {
        self.format = format
        self.map = map
        self.markup = markup
        self.notes = notes
    }
}

/// What a reader produces: the text the pipeline reads and where it came from.
struct ExtractedText {
    var text: String
    var map: SourceMap
    var markup: [MarkupSpan] = []
    var notes: [String] = []
}

extension DocumentReader {
    /// Reads a document of any ``DocumentFormat`` from bytes.
    ///
    /// Text goes through ``document(bytes:source:)``; Markdown and HTML are
    /// decoded as UTF-8 and scanned; DOCX is unzipped and its
    /// `word/document.xml` parsed. Non-text documents carry a ``DocumentOrigin``.
    ///
    /// - Parameters:
    ///   - data: The file's bytes.
    ///   - source: The name reported as `source`.
    ///   - format: The format, or `nil` to choose it from `source`'s extension.
    /// - Returns: The document.
    /// - Throws: ``InputError`` for unreadable, empty or malformed input.
    /// - Complexity: O(*n*) in the input size.
    public static func document(data: Data, source: String, format: DocumentFormat? = nil) throws(InputError) -> Document {
        let format = format ?? DocumentFormat(path: source)
        // A .docx is compressed: its own limit applies to the inflated XML.
        if format != .docx { try checkSize(data.count, source: source) }
        let extracted: ExtractedText
        switch format {
        case .text:
            return try textDocument(data: data, source: source)
        case .markdown:
            extracted = MarkdownReader.read(try decode(data: data, source: source))
        case .html:
            extracted = HTMLReader.read(try decode(data: data, source: source))
        case .docx:
            extracted = try DocxReader.read(data, source: source)
        }
        guard extracted.text.unicodeScalars.contains(where: { !CharacterClass.isSpace($0.value) }) else {
            throw InputError(source: source, reason: .noText)
        }
        var document = Document(text: extracted.text, source: source)
        document.origin = DocumentOrigin(format: format, map: extracted.map, markup: extracted.markup, notes: extracted.notes)
        return document
    }

    /// Reads a file (or standard input for `-`) of any ``DocumentFormat``, by default the one its extension
    /// names: `.md` and `.markdown` through the Markdown reader, `.html` and `.htm` through the HTML reader,
    /// `.docx` unzipped, anything else as plain text.
    ///
    /// - Parameters:
    ///   - path: A file path, or `-` for standard input.
    ///   - format: The format, or `nil` (the default) to choose it from the extension (standard input is text).
    /// - Returns: The document, with `source` set to `path`.
    /// - Throws: ``InputError`` when the file cannot be read, decoded or parsed.
    public static func document(atPath path: String, format: DocumentFormat? = nil) throws(InputError) -> Document {
        try document(data: try readBytes(atPath: path), source: path, format: format)
    }

    /// Reads a file of any ``DocumentFormat``, by default the one its extension names (see
    /// ``document(atPath:format:)``).
    ///
    /// - Parameters:
    ///   - url: A file URL.
    ///   - format: The format, or `nil` (the default) to choose it from the extension.
    /// - Returns: The document, with `source` set to the URL's path.
    /// - Throws: ``InputError`` when the file cannot be read, decoded or parsed.
    public static func document(at url: URL, format: DocumentFormat? = nil) throws(InputError) -> Document {
        try document(atPath: url.path, format: format)
    }
}

extension ExtractionResult {
    /// Fills the ``Quote/location`` of every quote and the location of every diagnostic from a document's origin.
    mutating func locate(with origin: DocumentOrigin) {
        let map = origin.map
        for k in quotes.indices {
            quotes[k].location = map.location(of: quotes[k].start..<quotes[k].end)
        }
        for k in works.indices {
            works[k].location = map.location(of: works[k].start..<works[k].end)
        }
        diagnostics = origin.locate(diagnostics)
    }
}

extension DocumentOrigin {
    /// Diagnostics of the extracted text with their ``Diagnostic/location`` in the source filled in.
    ///
    /// - Parameter diagnostics: Diagnostics of the document this origin belongs to (from ``Linter/lint(_:)``, say).
    /// - Returns: The same diagnostics, located.
    public func locate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map(locate)
    }

    /// A diagnostic of the extracted text with its ``Diagnostic/location`` in the source filled in.
    ///
    /// - Parameter diagnostic: A diagnostic of the document this origin belongs to.
    /// - Returns: The same diagnostic, located.
    public func locate(_ diagnostic: Diagnostic) -> Diagnostic {
        var located = diagnostic
        located.location = map.location(of: diagnostic.start..<max(diagnostic.start, diagnostic.end))
        return located
    }
}
