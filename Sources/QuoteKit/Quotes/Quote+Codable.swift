extension Quote: Codable {
    /// The JSON field names, in the order the exporters write them.
    public enum CodingKeys: String, CodingKey, CaseIterable {
        case id, source, text, start, end, utf16, utf8, line, column, open, close, depth, parent, kind, unclosed
        case sentence, paragraph, speaker, cue, work, rule, confidence, check
        case location
    }

    /// Decodes a quote; missing optional fields decode as `nil`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        source = try c.decode(String.self, forKey: .source)
        text = try c.decode(String.self, forKey: .text)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        utf16Bounds = try Self.pair(c, .utf16)
        utf8Bounds = try Self.pair(c, .utf8)
        line = try c.decode(Int.self, forKey: .line)
        column = try c.decode(Int.self, forKey: .column)
        open = try c.decode(String.self, forKey: .open)
        close = try c.decodeIfPresent(String.self, forKey: .close)
        depth = try c.decode(Int.self, forKey: .depth)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        kind = try c.decode(QuoteKind.self, forKey: .kind)
        unclosed = try c.decode(Bool.self, forKey: .unclosed)
        sentenceBounds = try Self.pair(c, .sentence)
        paragraph = try c.decode(Int.self, forKey: .paragraph)
        attribution = Attribution(speaker: try c.decodeIfPresent(Speaker.self, forKey: .speaker),
                                  cue: try c.decodeIfPresent(String.self, forKey: .cue),
                                  rule: try c.decodeIfPresent(String.self, forKey: .rule),
                                  confidence: try c.decodeIfPresent(Double.self, forKey: .confidence))
        workStorage = try c.decodeIfPresent(WorkReference.self, forKey: .work).map(OutOfLine.init)
        checkStorage = try c.decodeIfPresent(CitationCheck.self, forKey: .check).map(OutOfLine.init)
        locationStorage = try c.decodeIfPresent(SourceLocation.self, forKey: .location).map(OutOfLine.init)
    }

    /// A `[start, end]` field: exactly two integers.
    private static func pair(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> OffsetPair {
        let values = try c.decode([Int].self, forKey: key)
        guard values.count == 2 else {
            throw DecodingError.dataCorruptedError(forKey: key, in: c, debugDescription: "expected [start, end], two integers; got \(values.count)")
        }
        return OffsetPair(values[0], values[1])
    }

    /// Encodes every field; `nil` values are written as JSON `null` so the contract's field set is stable
    /// (except `location`, written only for documents read from DOCX, HTML or Markdown).
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(source, forKey: .source)
        try c.encode(text, forKey: .text)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(utf16Bounds.array, forKey: .utf16)
        try c.encode(utf8Bounds.array, forKey: .utf8)
        try c.encode(line, forKey: .line)
        try c.encode(column, forKey: .column)
        try c.encode(open, forKey: .open)
        try c.encode(close, forKey: .close)
        try c.encode(depth, forKey: .depth)
        try c.encode(parent, forKey: .parent)
        try c.encode(kind, forKey: .kind)
        try c.encode(unclosed, forKey: .unclosed)
        try c.encode(sentenceBounds.array, forKey: .sentence)
        try c.encode(paragraph, forKey: .paragraph)
        try c.encode(speaker, forKey: .speaker)
        try c.encode(cue, forKey: .cue)
        try c.encode(work, forKey: .work)
        try c.encode(rule, forKey: .rule)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(check, forKey: .check)
        try c.encodeIfPresent(location, forKey: .location)
    }
}
