/// The library's titles and authors as normalised keys, to resolve and test claims.
struct ClaimIndex: Sendable {
    /// Normalised work, chapter and collection titles.
    let titles: Set<String>
    /// Normalised author names, and surnames of multi-word Latin names.
    let authors: Set<String>
    /// Per record: normalised work (numbering stripped), chapter, collection, author.
    let recordKeys: [RecordKeys]
    /// Latin-script titles by their first word, for finding unmarked titles in English text.
    let latinTitles: [String: [String]]
    /// People who stand for a work whose records have no author (the packs' `speakersForWorks`: 孔子 → 论语), as keys.
    let aliases: [String: [String]]
    /// Work keys of records with no author: a thinker whose book bears his name (荀子, 《荀子》) is its author.
    let authorlessTitles: Set<String>
    /// Other names of authors, as keys (the packs' `authorAliases`: 东坡 → 苏轼).
    let authorAliases: [String: String]
    /// The numerals of a poem's number after its title (the packs' `poemNumerals`).
    let poemNumerals: Lexicon
    /// Suffixes a chapter title may be cited without (学而 for 学而篇; the packs' `chapterSuffixes`).
    let chapterSuffixes: [String]

    struct RecordKeys: Sendable {
        var work: String
        var chapter: String?
        var collection: String?
        var author: String?
        var authorSurname: String?
    }

    init(library: ReferenceLibrary, normalizer: Normalizer, lexicons: CitationLexicons = .builtIn) {
        // Folded like every title and name, so that 孟軻 and 孟轲 find 《孟子》 alike.
        var aliases: [String: [String]] = [:]
        for (person, works) in lexicons.speakersForWorks {
            aliases[ClaimIndex.key(person, normalizer), default: []] += works.map { ClaimIndex.key($0, normalizer) }
        }
        self.aliases = aliases
        var authorAliases: [String: String] = [:]
        for (alias, author) in lexicons.authorAliases { authorAliases[ClaimIndex.key(alias, normalizer)] = ClaimIndex.key(author, normalizer) }
        self.authorAliases = authorAliases
        poemNumerals = lexicons.poemNumerals
        chapterSuffixes = lexicons.chapterSuffixes
        var titles = Set<String>()
        var authors = Set<String>()
        var keys: [RecordKeys] = []
        keys.reserveCapacity(library.records.count)
        var latin = Set<String>()
        var authorless = Set<String>()
        var cache: [String: String] = [:]
        func key(_ s: String) -> String {
            if let k = cache[s] { return k }
            let k = ClaimIndex.key(s, normalizer)
            cache[s] = k
            return k
        }
        for record in library.records {
            let full = ClaimIndex.key(record.work, normalizer)
            let stripped = ClaimIndex.stripNumbering(record.work, numerals: poemNumerals)
            let work = stripped.utf8.count == record.work.utf8.count ? full : ClaimIndex.key(stripped, normalizer)
            titles.insert(work)
            if work != full { titles.insert(full) }
            let chapter = record.chapter.map(key)
            let collection = record.collection.map(key)
            if let chapter { titles.insert(chapter) }
            if let collection { titles.insert(collection) }
            var author: String?
            var surname: String?
            if let a = record.author, !a.isEmpty {
                author = key(a)
                authors.insert(author!)
                if author!.contains(" ") {
                    surname = author!.split(separator: " ").last.map(String.init)
                    if let surname { authors.insert(surname) }
                }
            }
            if author == nil { authorless.insert(work) }
            keys.append(RecordKeys(work: work, chapter: chapter, collection: collection, author: author, authorSurname: surname))
            if record.work.utf8.contains(where: { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) { latin.insert(record.work) }
        }
        self.titles = titles
        self.authors = authors
        self.authorlessTitles = authorless
        self.recordKeys = keys
        var byFirstWord: [String: [String]] = [:]
        for title in latin.sorted() where title.count >= 4 {
            guard let first = title.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).first else { continue }
            byFirstWord[String(first), default: []].append(title)
        }
        self.latinTitles = byFirstWord
    }

    /// The normalised key of a title or name: its units joined (a space before each word but the first).
    ///
    /// Equivalent to joining ``Normalizer`` units, without building them: this runs once per library record.
    static func key(_ s: String, _ normalizer: Normalizer) -> String {
        let table = normalizer.table
        var out = String.UnicodeScalarView()
        var folded: [UInt32] = []
        folded.reserveCapacity(4)
        var inWord = false
        var apostrophe = false
        for scalar in s.unicodeScalars {
            folded.removeAll(keepingCapacity: true)
            table.fold(scalar.value, into: &folded)
            for f in folded {
                switch Normalizer.classify(f) {
                case .word:
                    if !inWord, !out.isEmpty { out.append(" ") }
                    inWord = true
                    apostrophe = false
                    if let u = Unicode.Scalar(f) { out.append(u) }
                case .ideograph:
                    if inWord { out.append(" ") }
                    inWord = false
                    if let u = Unicode.Scalar(f) { out.append(u) }
                case .separator:
                    if inWord, Normalizer.isApostrophe(scalar.value), !apostrophe { apostrophe = true; continue }
                    inWord = false
                }
            }
        }
        return String(out)
    }

    /// The last word of a multi-word Latin name (`Jane Austen` → `austen`).
    static func surname(_ name: String, _ normalizer: Normalizer) -> String? {
        let words = key(name, normalizer).split(separator: " ")
        guard words.count >= 2, let last = words.last, last.unicodeScalars.first.map({ $0.value < 0x250 }) == true else { return nil }
        return String(last)
    }

    /// Drops a poem number after the title (`戲爲六絕句 六` → `戲爲六絕句`, `Sonnet 18` stays).
    static func stripNumbering(_ title: String, numerals: Lexicon) -> String {
        guard let space = title.lastIndex(of: " ") else { return title }
        let tail = title[title.index(after: space)...]
        if !tail.isEmpty, tail.unicodeScalars.allSatisfy({ numerals.contains($0) }), title[..<space].unicodeScalars.contains(where: { CharacterClass.isCJK($0.value) }) {
            return String(title[..<space])
        }
        return title
    }

    /// Library titles in Latin script named (whole words, as written) in `text`.
    func latinTitles(in text: String) -> [String] {
        if latinTitles.isEmpty { return [] }
        var found: [String] = []
        for word in Set(text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })) {
            for title in latinTitles[String(word)] ?? [] where !found.contains(title) && CitationChecker.containsTitle(text, title) {
                found.append(title)
            }
        }
        return found
    }

    /// Normalised parts of a claimed title: the whole and its `·`/`:` parts, keeping those the library knows.
    func knownTitleParts(_ title: String, _ normalizer: Normalizer) -> [String] {
        var parts = [title]
        let separators: Set<Character> = ["·", "・", "•", ":", "：", "/", "〈", "〉", "《", "》"]
        let split = title.split(whereSeparator: { separators.contains($0) }).map(String.init)
        if split.count > 1 { parts += split }
        var known: [String] = []
        for part in parts {
            let k = ClaimIndex.key(ClaimIndex.stripNumbering(part, numerals: poemNumerals), normalizer)
            if k.isEmpty { continue }
            if titles.contains(k) || chapterSuffixes.contains(where: { titles.contains(k + $0) }) { known.append(k) }
        }
        return known
    }

    /// Normalised author claims the library knows (authors or aliases).
    func knownAuthors(_ name: String, _ normalizer: Normalizer) -> [String] {
        let written = ClaimIndex.key(name, normalizer)
        let k = authorAliases[written] ?? written
        if k.isEmpty { return [] }
        if authors.contains(k) || aliases[k] != nil || authorlessTitles.contains(k) { return [k] }
        if let s = ClaimIndex.surname(name, normalizer), authors.contains(s) { return [s] }
        return []
    }

    /// Resolved claims: known title keys and author keys.
    struct Resolved: Sendable {
        var titles: [String] = []
        var authors: [String] = []
        var isEmpty: Bool { titles.isEmpty && authors.isEmpty }
        var label = ""
    }

    func resolve(_ claims: CitationClaims, _ normalizer: Normalizer) -> Resolved {
        var resolved = Resolved()
        var labels: [String] = []
        for claim in claims.items {
            let keys = self.keys(for: claim, normalizer)
            if keys.isEmpty { continue }
            switch claim.kind {
            case .work: resolved.titles += keys
            case .author: resolved.authors += keys
            }
            labels.append(ClaimIndex.label(claim))
        }
        resolved.label = labels.joined(separator: ", ")
        return resolved
    }

    /// The keys a claim resolves to in this library: none when the library knows no such work or author.
    func keys(for claim: CitationClaim, _ normalizer: Normalizer) -> [String] {
        switch claim.kind {
        case .work: return knownTitleParts(claim.value, normalizer)
        case .author: return knownAuthors(claim.value, normalizer)
        }
    }

    /// A claim as messages name it: `《论语》 (lead-in)`, `李白 (zh.before.colon)`; given claims without their rule.
    static func label(_ claim: CitationClaim) -> String {
        let cjk = claim.value.unicodeScalars.contains { CharacterClass.isCJK($0.value) }
        let name = claim.kind == .work && cjk ? "《\(claim.value)》" : claim.value
        return claim.rule == CitationClaim.given ? name : "\(name) (\(claim.rule))"
    }

    /// Whether record `r` satisfies the claims: every kind of claim made (titles, authors) has one that matches.
    func matches(_ r: Int, _ claims: Resolved) -> Bool {
        matches(recordKeys[r], claims)
    }

    /// Whether a record's keys satisfy the claims: every kind of claim made (titles, authors) has one that matches.
    func matches(_ keys: RecordKeys, _ claims: Resolved) -> Bool {
        if !claims.titles.isEmpty, !claims.titles.contains(where: { matches(keys, title: $0) }) { return false }
        if !claims.authors.isEmpty, !claims.authors.contains(where: { matches(keys, author: $0) != nil }) { return false }
        return true
    }

    /// Whether a record is the work, chapter or collection titled `t` (a key), or a numbered part of it.
    func matches(_ keys: RecordKeys, title t: String) -> Bool {
        keys.work == t || keys.chapter == t || keys.collection == t || (keys.chapter.map { $0.hasPrefix(t) } ?? false)
            || (t.count >= 2 && keys.work.hasPrefix(t))
    }

    /// How a record is by the author `a` (a key), or `nil` when it is not.
    func matches(_ keys: RecordKeys, author a: String) -> AuthorMatch? {
        if keys.author == a || keys.authorSurname == a { return .author }
        if let works = aliases[a], works.contains(where: { keys.work == $0 || keys.collection == $0 }) { return .standsFor }
        // A record with no author whose title is the claimed name: the thinker's own book (荀子, 《荀子》).
        if keys.author == nil, keys.work == a || keys.collection == a { return .bookBearsName }
        return nil
    }

    /// Why a record is an author's.
    enum AuthorMatch {
        /// The record's author field.
        case author
        /// The packs' `speakersForWorks` (孔子 → 论语).
        case standsFor
        /// A record with no author titled with the name (荀子 → 《荀子》).
        case bookBearsName
    }

    /// The keys of a source (a record as a verdict reports it).
    func keys(of source: CitationCheck.Source, _ normalizer: Normalizer) -> RecordKeys {
        let stripped = ClaimIndex.stripNumbering(source.work, numerals: poemNumerals)
        let author = source.author.flatMap { $0.isEmpty ? nil : ClaimIndex.key($0, normalizer) }
        let surname = author.flatMap { $0.contains(" ") ? $0.split(separator: " ").last.map(String.init) : nil }
        return RecordKeys(work: ClaimIndex.key(stripped, normalizer), chapter: source.chapter.map { ClaimIndex.key($0, normalizer) },
                          collection: source.collection.map { ClaimIndex.key($0, normalizer) }, author: author, authorSurname: surname)
    }
}
