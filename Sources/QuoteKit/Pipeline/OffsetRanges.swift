/// `Range<Int>` views of the result model's offsets, for Swift code: the JSON contract keeps its
/// `[start, end]` arrays (``Quote/utf16``, ``Quote/sentence``, …), and these read the same offsets as ranges.
extension Quote {
    /// The content's Unicode scalar offsets, ``start``..<``end``.
    public var scalarRange: Range<Int> {
        get { start..<end }
        set { start = newValue.lowerBound; end = newValue.upperBound }
    }

    /// The content's UTF-16 code unit offsets (``utf16`` as a range): what `NSRange` and `String.UTF16View` count.
    public var utf16Range: Range<Int> {
        get { utf16Bounds.lower..<utf16Bounds.upper }
        set { utf16Bounds = OffsetPair(newValue.lowerBound, newValue.upperBound) }
    }

    /// The content's UTF-8 byte offsets (``utf8`` as a range).
    public var utf8Range: Range<Int> {
        get { utf8Bounds.lower..<utf8Bounds.upper }
        set { utf8Bounds = OffsetPair(newValue.lowerBound, newValue.upperBound) }
    }

    /// The scalar offsets of the sentence that holds the opening mark (``sentence`` as a range).
    public var sentenceRange: Range<Int> {
        get { sentenceBounds.lower..<sentenceBounds.upper }
        set { sentenceBounds = OffsetPair(newValue.lowerBound, newValue.upperBound) }
    }
}

extension WorkMention {
    /// The title's Unicode scalar offsets, ``start``..<``end``.
    public var scalarRange: Range<Int> {
        get { start..<end }
        set { start = newValue.lowerBound; end = newValue.upperBound }
    }
}

extension Diagnostic {
    /// The Unicode scalar offsets the diagnostic covers, ``start``..<``end``.
    public var scalarRange: Range<Int> {
        get { start..<end }
        set { start = newValue.lowerBound; end = newValue.upperBound }
    }
}

extension Diagnostic.Fix {
    /// The Unicode scalar offsets the fix replaces, ``start``..<``end``.
    public var scalarRange: Range<Int> {
        get { start..<end }
        set { start = newValue.lowerBound; end = newValue.upperBound }
    }
}
