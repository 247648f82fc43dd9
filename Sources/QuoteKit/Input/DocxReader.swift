import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Extracts the text of a Word document (Office Open XML, `.docx`).
///
/// Reads `word/document.xml` from the ZIP archive with `XMLParser`:
/// - every `w:p` paragraph is one line of extracted text (empty paragraphs
///   give empty lines), in document order, table cells included;
/// - the text of `w:t` runs is kept; `w:tab` becomes a tab, `w:br` and
///   `w:cr` a line feed, `w:noBreakHyphen` U+2011; deleted text
///   (`w:delText`), text boxes and `mc:Fallback` copies are skipped;
/// - runs with `w:i` (italic) are ``MarkupSpan/Kind/emphasis``;
/// - footnote, endnote and comment references are skipped and counted in
///   the notes (their text lives in other parts and is not read).
///
/// The ``SourceMap`` records where each paragraph starts, so every extracted
/// offset maps to a paragraph index and an offset inside it.
enum DocxReader {
    /// Reads a DOCX archive.
    ///
    /// - Parameters:
    ///   - data: The archive's bytes.
    ///   - source: The name used in errors.
    /// - Returns: The text, its map and its italic spans.
    /// - Throws: ``InputError`` with ``InputError/Reason/malformed(_:)`` when the archive or its XML cannot be read.
    /// - Complexity: O(*n*) in the size of `word/document.xml`.
    static func read(_ data: Data, source: String) throws(InputError) -> ExtractedText {
        if data.isEmpty { throw InputError(source: source, reason: .empty) }
        let xml = try documentXML(data, source: source)
        return try parse(xml: xml, source: source)
    }

    /// The most bytes `word/document.xml` may inflate to: far above any real document (a 500-page
    /// book is about 20 MB), and low enough that a zip bomb stops long before memory runs out.
    static let inflatedLimit = 100 * 1024 * 1024

    /// Checks the archive, then inflates `word/document.xml`, counting the bytes as they stream:
    /// the sizes in the archive's headers are not trusted.
    static func documentXML(_ data: Data, source: String, limit: Int = inflatedLimit) throws(InputError) -> Data {
        let directory: ZipDirectory
        do {
            directory = try ZipDirectory(data)
        } catch {
            throw InputError(source: source, reason: .malformed("not a readable ZIP archive: \(error.reason)"))
        }
        guard let stated = directory["word/document.xml"] else {
            throw InputError(source: source, reason: .malformed("no word/document.xml in the archive (not a Word document?)"))
        }
        let tooLarge = InputError(source: source, reason: .malformed(
            "word/document.xml inflates to more than \(limit / 1_048_576) MiB; larger documents are refused (split the document)"))
        do {
            return try directory.contents(of: stated, limit: limit, tooLarge: tooLarge)
        } catch let error as InputError {
            throw error
        } catch let error as ZipDirectory.Damage {
            throw InputError(source: source, reason: .malformed("word/document.xml cannot be read: \(error.reason)"))
        } catch {
            throw InputError(source: source, reason: .malformed("word/document.xml cannot be read: \(error)"))
        }
    }

    /// Parses the XML of `word/document.xml`.
    static func parse(xml: Data, source: String) throws(InputError) -> ExtractedText {
        // Word never writes a document type declaration; one in a .docx can only declare entities
        // whose expansion (billion laughs, quadratic blow-up) would exhaust the machine.
        if xml.range(of: Data("<!DOCTYPE".utf8)) != nil || xml.range(of: Data("<!ENTITY".utf8)) != nil {
            throw InputError(source: source, reason: .malformed("word/document.xml has a DTD (<!DOCTYPE or <!ENTITY); Word never writes one, so it is refused"))
        }
        // Fed in chunks from a stream: given the whole document at once, libxml2's push parser stops at
        // 10 MB ("huge input lookup") and a long but ordinary document was refused as not well-formed.
        let parser = XMLParser(stream: InputStream(data: xml))
        parser.shouldProcessNamespaces = true
        let handler = Handler()
        parser.delegate = handler
        // Foundation on Linux may return true after reporting an error, so errors are also collected by the delegate.
        let parsed = parser.parse()
        if !parsed || handler.errorLine != nil || parser.parserError != nil {
            let code = handler.errorCode ?? (parser.parserError as NSError?)?.code ?? 0
            let line = handler.errorLine ?? parser.lineNumber
            throw InputError(source: source, reason: .malformed("word/document.xml is not well-formed XML at line \(line) (XML error \(code))"))
        }
        handler.endEmphasis()
        var notes: [String] = []
        if handler.footnotes > 0 { notes.append("\(handler.footnotes) footnote or endnote reference(s) skipped") }
        if handler.comments > 0 { notes.append("\(handler.comments) comment reference(s) skipped") }
        let (text, map) = handler.out.finish()
        return ExtractedText(text: text, map: map, markup: handler.markup, notes: notes)
    }

    /// The `XMLParserDelegate`: element names arrive without their prefixes.
    final class Handler: NSObject, XMLParserDelegate {
        var out = SourceMap.Builder()
        var markup: [MarkupSpan] = []
        var footnotes = 0
        var comments = 0
        var skip = 0
        var paragraphDepth = 0
        var paragraphs = 0
        var inRun = false
        var inRunProperties = false
        var inParagraphProperties = false
        var italic = false
        var inText = false
        var emphasisStart: Int? = nil
        var errorLine: Int? = nil
        var errorCode: Int? = nil

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            guard errorLine == nil else { return }
            errorLine = parser.lineNumber
            errorCode = (parseError as NSError).code
            parser.abortParsing()
        }

        static let skipped: Set<String> = ["Fallback", "txbxContent", "delText", "instrText", "del"]

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            if Self.skipped.contains(elementName) { skip += 1; return }
            guard skip == 0 else { return }
            switch elementName {
            case "p":
                if paragraphDepth == 0 {
                    endEmphasis()
                    if paragraphs > 0 { out.scalars.append("\n") }
                    out.beginParagraph()
                    paragraphs += 1
                }
                paragraphDepth += 1
            case "pPr":
                inParagraphProperties = true
            case "r":
                inRun = true
                italic = false
            case "rPr":
                if inRun, !inParagraphProperties { inRunProperties = true }
            case "i":
                if inRunProperties {
                    let value = attributeDict["w:val"] ?? attributeDict["val"] ?? "true"
                    italic = !["0", "false", "off", "none"].contains(value.lowercased())
                }
            case "t":
                if inRun { inText = true }
            case "tab":
                if inRun, !inParagraphProperties { append("\t") }
            case "br", "cr":
                if inRun { append("\n") }
            case "noBreakHyphen":
                if inRun { append("\u{2011}") }
            case "footnoteReference", "endnoteReference":
                footnotes += 1
            case "commentReference":
                comments += 1
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
            if Self.skipped.contains(elementName) { skip = max(0, skip - 1); return }
            guard skip == 0 else { return }
            switch elementName {
            case "p":
                paragraphDepth = max(0, paragraphDepth - 1)
                if paragraphDepth == 0 { endEmphasis() }
            case "pPr": inParagraphProperties = false
            case "r": inRun = false; inRunProperties = false
            case "rPr": inRunProperties = false
            case "t": inText = false
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard skip == 0, inText else { return }
            for c in string.unicodeScalars { append(c) }
        }

        /// Appends run text, opening or closing an italic span as the run's style says.
        func append(_ c: Unicode.Scalar) {
            guard paragraphDepth > 0 else { return } // runs outside paragraphs are not document text
            if italic {
                if emphasisStart == nil { emphasisStart = out.count }
            } else {
                endEmphasis()
            }
            out.scalars.append(c)
        }

        func endEmphasis() {
            if let start = emphasisStart, out.count > start {
                markup.append(MarkupSpan(kind: .emphasis, range: start..<out.count, mark: ""))
            }
            emphasisStart = nil
        }
    }
}
