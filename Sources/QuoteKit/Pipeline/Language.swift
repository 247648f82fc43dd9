/// The language of a text, which selects rule packs and lint conventions.
public enum Language: String, Sendable, Codable, CaseIterable {
    /// Detect from the text: Chinese when CJK characters outnumber letters.
    case auto
    /// Chinese, simplified or traditional.
    case zh
    /// English (and, for the scanner, other alphabetic languages).
    case en

    /// Detects the language of a document from its first 20,000 scalars.
    ///
    /// - Parameter document: The document.
    /// - Returns: ``zh`` or ``en``.
    public static func detect(_ document: Document) -> Language {
        var cjk = 0
        var letters = 0
        let scalars = document.scalars
        let end = min(scalars.count, 20_000)
        for i in 0..<end {
            let v = scalars[i].value
            if CharacterClass.isCJK(v) { cjk += 1 } else if v < 0x250, CharacterClass.isAlphanumeric(v) { letters += 1 }
            // Settled: Chinese wins even if every remaining character were a letter.
            if cjk > 0, cjk * 2 >= letters + (end - i - 1) { return .zh }
        }
        return cjk * 2 >= letters && cjk > 0 ? .zh : .en
    }

    /// This language, or the detected one for ``auto``.
    public func resolved(for document: Document) -> Language {
        self == .auto ? Language.detect(document) : self
    }
}
