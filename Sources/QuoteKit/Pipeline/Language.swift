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
        for scalar in document.scalars.prefix(20_000) {
            let v = scalar.value
            if CharacterClass.isCJK(v) { cjk += 1 } else if v < 0x250, CharacterClass.isAlphanumeric(v) { letters += 1 }
        }
        return cjk * 2 >= letters && cjk > 0 ? .zh : .en
    }

    /// This language, or the detected one for ``auto``.
    public func resolved(for document: Document) -> Language {
        self == .auto ? Language.detect(document) : self
    }
}
