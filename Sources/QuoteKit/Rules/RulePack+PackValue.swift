/// Reading packs, rules and slots from a ``PackValue`` (see there for why not `Codable`).
extension RulePack {
    init(value: PackValue) throws {
        guard value.isMap else { throw PackValue.error("", "a map with language, lexicons and rules") }
        try value.rejectUnknownKeys(Self.keys, at: "")
        id = try value["id"]?.string("id") ?? "user"
        guard let languageValue = value["language"] else {
            throw PackValue.Problem(path: "", message: "missing key 'language' at top level")
        }
        let code = try languageValue.string("language")
        guard let language = Language(rawValue: code) else {
            throw PackValue.Problem(path: "language", message: "unknown language '\(code)' at language; expected zh or en")
        }
        self.language = language
        description = try value["description"]?.string("description")
        var lexicons: [String: [String]] = [:]
        if let map = value["lexicons"] {
            guard map.isMap else { throw PackValue.error("lexicons", "a map of word lists") }
            for key in map.keys { lexicons[key] = try map[key]!.strings("lexicons.\(key)") }
        }
        self.lexicons = lexicons
        kind = try value["kind"].map { try KindClassifier.Rules(value: $0, path: "kind") }
        if kind?.attributiveParticles.isEmpty == true { kind?.attributiveParticles = lexicons["attributiveParticles"] ?? [] }
        var rules: [Rule] = []
        if let list = value["rules"] {
            guard let items = list.items else { throw PackValue.error("rules", "a list of rules") }
            for (i, item) in items.enumerated() { rules.append(try Rule(value: item, path: "rules[\(i)]")) }
        }
        self.rules = rules
        scorer = try value["scorer"].map { try SpeakerModel(value: $0, path: "scorer") }
    }

    /// The keys a pack's top level may have.
    static let keys = ["id", "language", "description", "lexicons", "kind", "rules", "scorer"]
}

extension RulePack.Rule {
    init(value: PackValue, path: String) throws {
        guard value.isMap else { throw PackValue.error(path, "a rule (a map with id and pattern or sieve)") }
        func at(_ key: String) -> String { PackValue.join(path, key) }
        try value.rejectUnknownKeys(Self.keys, at: path)
        guard let idValue = value["id"] else { throw PackValue.Problem(path: path, message: "missing key 'id' at \(path)") }
        id = try idValue.string(at("id"))
        description = try value["description"]?.string(at("description"))
        order = try value["order"]?.int(at("order"))
        confidence = try value["confidence"]?.double(at("confidence")) ?? 0.8
        if let list = value["pattern"] {
            guard let items = list.items else { throw PackValue.error(at("pattern"), "a list of slots") }
            pattern = try items.enumerated().map { try RulePack.Slot(value: $1, path: at("pattern") + "[\($0)]") }
        } else {
            pattern = nil
        }
        sieve = try value["sieve"].map { RulePack.Sieve(rawValue: try $0.string(at("sieve"))) }
        assign = try value["assign"].map { try $0.name(at("assign"), "assignment") } ?? .speaker
        upgrade = try value["upgrade"]?.bool(at("upgrade")) ?? false
        nextLine = try value["nextLine"]?.bool(at("nextLine")) ?? false
        fallback = try value["fallback"]?.bool(at("fallback")) ?? false
        opensLine = try value["opensLine"]?.bool(at("opensLine")) ?? false
        introducingLine = try value["introducingLine"]?.bool(at("introducingLine")) ?? false
    }

    /// The keys a rule may have.
    static let keys = ["id", "description", "order", "confidence", "pattern", "sieve", "assign", "upgrade", "nextLine", "fallback", "opensLine", "introducingLine"]
}

extension RulePack.Slot {
    static let optionKeys: Set<String> = ["optional", "allow", "at", "max", "lexicon", "words"]

    /// Reads a slot: a keyword (`quote`, `speaker`, `comma`, `colon`, …) or a one-kind map with options.
    init(value: PackValue, path: String) throws {
        if let word = value.text {
            switch word {
            case "comma": self.init(.punct, words: ["，", ",", "﹐", "、"])
            case "colon": self.init(.punct, words: ["：", ":", "﹕", "︰"])
            default:
                guard let kind = Kind(rawValue: word) else {
                    throw PackValue.Problem(path: path, message: "unknown slot '\(word)' at \(path); expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", ")), comma, colon")
                }
                self.init(kind)
            }
            return
        }
        let keys = value.keys
        let kinds = keys.compactMap(Kind.init(rawValue:))
        guard value.isMap, kinds.count == 1, let kind = kinds.first else {
            throw PackValue.Problem(path: path, message: "a slot map needs exactly one of \(Kind.allCases.map(\.rawValue).joined(separator: ", ")) at \(path)")
        }
        for key in keys where Kind(rawValue: key) == nil && !Self.optionKeys.contains(key) {
            throw PackValue.Problem.unknownKey(key, at: path, known: [kind.rawValue] + Self.optionKeys.sorted())
        }
        self.init(kind)
        try readOptions(value, path: path, topLevel: true)
        let main = value[kind.rawValue]!
        let at = PackValue.join(path, kind.rawValue)
        // The kind key's value: a number, a string, a list or a map of options.
        if let text = main.text, (kind == .gap || kind == .speaker), let number = Int(text) {
            max = number
        } else if let text = main.text {
            switch kind {
            case .punct: words = text.unicodeScalars.map { String($0) }
            case .cue, .words: lexicon = text
            case .speaker: self.at = text
            default: break
            }
        } else if main.items != nil {
            let list = try main.strings(at)
            if kind == .speaker { allow = list.compactMap(Form.init(rawValue:)) } else { words = list }
        } else if main.isMap {
            try main.rejectUnknownKeys(Self.optionKeys.sorted(), at: at)
            try readOptions(main, path: at, topLevel: false)
        }
        if kind == .punct, let list = words, list.contains(where: { $0.unicodeScalars.count != 1 }) {
            words = list.flatMap { $0.unicodeScalars.map { String($0) } }
        }
    }

    private mutating func readOptions(_ value: PackValue, path: String, topLevel: Bool) throws {
        func at(_ key: String) -> String { PackValue.join(path, key) }
        if let v = value["optional"] { optional = try v.bool(at("optional")) }
        if let v = value["allow"] {
            guard let items = v.items else { throw PackValue.error(at("allow"), "a list of speaker forms") }
            allow = try items.enumerated().map { try $1.name(at("allow") + "[\($0)]", "speaker form") }
        }
        if let v = value["at"] { self.at = try v.string(at("at")) }
        if let v = value["max"] { max = try v.int(at("max")) }
        if let v = value["lexicon"] { lexicon = try v.string(at("lexicon")) }
        if !(topLevel && kind == .words), let v = value["words"] {
            words = try v.strings(at("words"))
        }
    }
}

extension KindClassifier.Rules {
    init(value: PackValue, path: String) throws {
        guard value.isMap else { throw PackValue.error(path, "a map of kind lexicons and weights") }
        try value.rejectUnknownKeys(Self.keys, at: path)
        func at(_ key: String) -> String { PackValue.join(path, key) }
        func list(_ key: String) throws -> [String] { try value[key]?.strings(at(key)) ?? [] }
        self.init(cues: try list("cues"), termMarkersBefore: try list("termMarkersBefore"),
                  termMarkersAfter: try list("termMarkersAfter"), quotationMarkersAfter: try list("quotationMarkersAfter"))
        func weight(_ key: String, _ target: inout Double) throws { if let v = value[key] { target = try v.double(at(key)) } }
        func count(_ key: String, _ target: inout Int) throws { if let v = value[key] { target = try v.int(at(key)) } }
        try weight("sentenceFinalInside", &sentenceFinalInside)
        try weight("clauseInside", &clauseInside)
        try weight("longContent", &longContent)
        try weight("shortContent", &shortContent)
        try weight("colonBefore", &colonBefore)
        try weight("cueBefore", &cueBefore)
        try weight("cueAfter", &cueAfter)
        try weight("termMarkerBefore", &termMarkerBefore)
        try weight("nounMarkerBefore", &nounMarkerBefore)
        nounMarkersBefore = try list("nounMarkersBefore")
        predicateMarkersBefore = try list("predicateMarkersBefore")
        attributiveParticles = try list("attributiveParticles")
        try weight("termMarkerAfter", &termMarkerAfter)
        try weight("paragraphOpening", &paragraphOpening)
        try count("longLength", &longLength)
        try count("shortLength", &shortLength)
        try count("nameLength", &nameLength)
        try count("longWords", &longWords)
        try count("shortWords", &shortWords)
        try weight("threshold", &threshold)
    }

    /// The keys a `kind` section may have.
    static let keys = ["cues", "termMarkersBefore", "nounMarkersBefore", "predicateMarkersBefore", "termMarkersAfter", "quotationMarkersAfter", "attributiveParticles", "sentenceFinalInside",
                       "clauseInside", "longContent", "shortContent", "colonBefore", "cueBefore", "cueAfter",
                       "termMarkerBefore", "nounMarkerBefore", "termMarkerAfter", "paragraphOpening", "longLength", "shortLength", "nameLength", "longWords",
                       "shortWords", "threshold"]
}
