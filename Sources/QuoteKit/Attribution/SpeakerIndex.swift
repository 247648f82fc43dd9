/// The canonical speakers of one or more results, with their mentions, titles and quotes.
///
/// Built by `quotekit speakers`; useful for checking canonicalisation and aliases.
public struct SpeakerIndex: Sendable, Hashable {
    /// One canonical speaker.
    public struct Entry: Sendable, Hashable {
        /// The canonical name.
        public var name: String
        /// Surface forms as written (习近平总书记, 他), in order of first appearance.
        public var mentions: [String]
        /// Titles written with the name, in order of first appearance.
        public var titles: [String]
        /// Quote ids (`source#q3` when the index spans several sources, otherwise `q3`).
        public var quotes: [String]
    }

    /// Speakers ordered by number of quotes (most first), then by first appearance.
    public var entries: [Entry]

    /// Builds the index.
    /// - Parameter results: Extraction results.
    /// - Complexity: O(*q*) in the number of quotes.
    public init(_ results: [ExtractionResult]) {
        var byName: [String: Int] = [:]
        var list: [Entry] = []
        let qualify = Set(results.map(\.source)).count > 1
        for result in results {
            for quote in result.quotes {
                guard let speaker = quote.speaker else { continue }
                let k: Int
                if let existing = byName[speaker.name] { k = existing } else {
                    k = list.count
                    byName[speaker.name] = k
                    list.append(Entry(name: speaker.name, mentions: [], titles: [], quotes: []))
                }
                if !list[k].mentions.contains(speaker.mention) { list[k].mentions.append(speaker.mention) }
                if let title = speaker.title, !list[k].titles.contains(title) { list[k].titles.append(title) }
                list[k].quotes.append(qualify ? "\(result.source)#\(quote.id)" : quote.id)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: list.enumerated().map { ($1.name, $0) })
        entries = list.sorted { ($0.quotes.count, order[$1.name]!) > ($1.quotes.count, order[$0.name]!) }
    }

    /// The index as JSON: `{"speakers": [{"name", "mentions", "titles", "quotes"}]}`.
    public var json: String {
        var w = JSONWriter()
        w.beginObject()
        w.key("speakers")
        w.beginArray()
        for e in entries {
            w.beginObject()
            w.key("name"); w.value(e.name)
            w.key("mentions"); w.value(e.mentions)
            w.key("titles"); w.value(e.titles)
            w.key("quotes"); w.value(e.quotes)
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.newline()
        return String(decoding: w.bytes, as: UTF8.self)
    }

    /// The index as CSV rows: `name, mentions, titles, quotes` (lists joined with `|`), with a header row.
    public var csvRows: [[String]] {
        [["name", "mentions", "titles", "quotes"]] + entries.map {
            [$0.name, $0.mentions.joined(separator: "|"), $0.titles.joined(separator: "|"), $0.quotes.joined(separator: " ")]
        }
    }

    /// The index as an aligned plain-text table.
    public var table: String {
        let rows = [["NAME", "QUOTES", "MENTIONS", "TITLES"]] + entries.map {
            [$0.name, String($0.quotes.count), $0.mentions.joined(separator: ", "), $0.titles.joined(separator: ", ")]
        }
        func width(_ s: String) -> Int { s.unicodeScalars.reduce(0) { $0 + (CharacterClass.isCJK($1.value) || $1.value >= 0xFF00 && $1.value <= 0xFF60 ? 2 : 1) } }
        var widths = [0, 0, 0, 0]
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], width(cell)) } }
        return rows.map { row in
            row.enumerated().map { i, cell in i == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[i] - width(cell) + 2) }.joined()
        }.joined(separator: "\n") + "\n"
    }
}
