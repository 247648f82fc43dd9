/// Normalises text for citation matching and reports what each step changed.
///
/// Matching works on *units*: each CJK ideograph, kana or hangul syllable is a
/// unit, and each run of letters and digits of an alphabetic script is a word
/// unit. Every scalar is folded first: Unicode NFKC (which also folds
/// full-width and half-width forms), lower case, traditional → simplified
/// Chinese (ICU `Hant-Hans`) and common variant characters. Punctuation,
/// whitespace (hard line breaks included) and emphasis markup (`_italic_`,
/// `*bold*`) separate units and are otherwise dropped; an apostrophe inside a
/// word (`don't`, `don’t`) is dropped without splitting it.
///
/// `Normalizer` is a value type over shared immutable tables: use it from any
/// thread.
///
/// ```swift
/// let normalizer = Normalizer()
/// let result = normalizer.normalize("別裁僞體親風雅，轉益多師是汝師")
/// // result.text == "别裁伪体亲风雅转益多师是汝师"
/// // result.steps == [.punctuation, .traditionalSimplified]
/// ```
public struct Normalizer: Sendable {
    /// A unit of normalised text: an ideograph or a word.
    public struct Unit: Sendable, Hashable {
        /// The folded form: one scalar for an ideograph, the folded word for a word.
        public var key: String
        /// Scalar offset of the unit's first scalar in the input.
        public var start: Int
        /// Scalar offset just past the unit in the input.
        public var end: Int
        /// Whether the unit is a word of an alphabetic script (otherwise a CJK character).
        public var isWord: Bool
    }

    /// The normalised form of a text.
    public struct Result: Sendable, Hashable {
        /// The units, in order.
        public var units: [Unit]
        /// The normalised text: CJK units joined directly, words separated by one space.
        public var text: String
        /// The steps that changed something, in ``NormalizationStep`` order.
        public var steps: [NormalizationStep]
    }

    let table: FoldTable

    /// Creates a normaliser (the folding tables are built once per process, in a few ICU calls).
    public init() { table = FoldTable.shared }

    /// Normalises a string.
    ///
    /// - Parameter text: The text.
    /// - Returns: Its units, the normalised text, and the steps that changed anything.
    /// - Complexity: O(*n*).
    public func normalize(_ text: String) -> Result {
        let scalars = text.unicodeScalars.map(\.value)
        var tokens = Tokens()
        tokenize(scalars[...], into: &tokens)
        var units: [Unit] = []
        var out = ""
        var lastWasWord = false
        for i in 0..<tokens.count {
            let key = tokens.keyString(i)
            let isWord = tokens.isWord(i)
            if isWord, !out.isEmpty { out += " " } else if lastWasWord { out += " " }
            out += key
            lastWasWord = isWord
            units.append(Unit(key: key, start: Int(tokens.rawStart[i]), end: Int(tokens.rawEnd[i]), isWord: isWord))
        }
        var steps = Set<NormalizationStep>()
        for i in 0..<tokens.count {
            let raw = Array(scalars[Int(tokens.rawStart[i])..<Int(tokens.rawEnd[i])])
            steps.formUnion(unitSteps(raw, folded: tokens.folded(i)))
        }
        for v in scalars where !isUnitScalar(v) {
            steps.formUnion(Normalizer.separatorSteps([v]))
        }
        return Result(units: units, text: out, steps: NormalizationStep.allCases.filter(steps.contains))
    }

    /// The steps that turn a unit's raw scalars into its folded form.
    func unitSteps(_ raw: [UInt32], folded: [UInt32]) -> Set<NormalizationStep> {
        var steps = Set<NormalizationStep>()
        var current = raw.filter { !Normalizer.isApostrophe($0) }
        let n = table.nfkcOnly(current)
        if n != current {
            if current.contains(where: FoldTable.isWidthForm) { steps.insert(.width) }
            if zip(current, n).contains(where: { !FoldTable.isWidthForm($0.0) && $0.0 != $0.1 }) || n.count != current.count { steps.insert(.nfkc) }
            current = n
        }
        let l = current.map(FoldTable.lower)
        if l != current { steps.insert(.case); current = l }
        let h = current.map { table.hantHans[$0] ?? $0 }
        if h != current { steps.insert(.traditionalSimplified); current = h }
        let v = current.map { table.variants[$0] ?? $0 }
        if v != current { steps.insert(.variantCharacters) }
        return steps
    }

    /// The steps that explain a difference between two separator runs (or one run that was dropped).
    static func separatorSteps(_ a: [UInt32], _ b: [UInt32] = []) -> Set<NormalizationStep> {
        if a == b { return [] }
        var steps = Set<NormalizationStep>()
        let spaceA = a.filter { isSpace($0) }, spaceB = b.filter { isSpace($0) }
        if spaceA != spaceB { steps.insert(.whitespace) }
        let markA = a.filter(isMarkup), markB = b.filter(isMarkup)
        if markA != markB { steps.insert(.markup) }
        let restA = a.filter { !isSpace($0) && !isMarkup($0) }, restB = b.filter { !isSpace($0) && !isMarkup($0) }
        if restA != restB { steps.insert(.punctuation) }
        return steps
    }

    static func isSpace(_ v: UInt32) -> Bool { CharacterClass.isSpace(v) || v == 0x85 }
    static func isMarkup(_ v: UInt32) -> Bool { v == 0x5F || v == 0x2A }
    static func isApostrophe(_ v: UInt32) -> Bool { v == 0x27 || v == 0x2019 || v == 0xFF07 || v == 0x2BC }

    /// Whether the scalar belongs to a unit (is not a separator).
    func isUnitScalar(_ v: UInt32) -> Bool {
        var folded: [UInt32] = []
        table.fold(v, into: &folded)
        return folded.contains { Normalizer.classify($0) != .separator }
    }

    enum ScalarClass { case ideograph, word, separator }

    /// The class of a folded scalar.
    @inline(__always)
    static func classify(_ v: UInt32) -> ScalarClass {
        if v < 0x80 {
            if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) { return .word }
            return .separator
        }
        switch v {
        case 0x3005, 0x3007, 0x3040...0x309F, 0x30A1...0x30FA, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF,
             0xF900...0xFAFF, 0x20000...0x3FFFF:
            return .ideograph
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE00...0xFE6F, 0xFF00...0xFFEF:
            return .separator
        default:
            guard let scalar = Unicode.Scalar(v) else { return .separator }
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil { return .word }
            // Combining marks stay inside their word.
            if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark { return .word }
            return .separator
        }
    }

    /// Splits scalars into units, appending to `tokens`; raw offsets are relative to `base`.
    ///
    /// - Complexity: O(*n*); one table look-up per scalar.
    func tokenize(_ scalars: ArraySlice<UInt32>, base: Int = 0, into tokens: inout Tokens) {
        var folded: [UInt32] = []
        folded.reserveCapacity(4)
        var wordStart = -1 // raw offset of the current word, -1 when none
        var wordEnd = 0
        var pendingApostrophe = false
        let first = scalars.startIndex
        for index in scalars.indices {
            let v = scalars[index]
            let raw = index - first + base
            folded.removeAll(keepingCapacity: true)
            table.fold(v, into: &folded)
            for f in folded {
                switch Normalizer.classify(f) {
                case .word:
                    if wordStart < 0 { wordStart = raw; tokens.beginWord() }
                    pendingApostrophe = false
                    tokens.appendWordScalar(f)
                    wordEnd = raw + 1
                case .ideograph:
                    if wordStart >= 0 { tokens.endWord(start: wordStart, end: wordEnd); wordStart = -1 }
                    pendingApostrophe = false
                    tokens.appendIdeograph(f, start: raw, end: raw + 1)
                case .separator:
                    if wordStart >= 0, Normalizer.isApostrophe(v), !pendingApostrophe {
                        pendingApostrophe = true // may continue the word (don't); dropped either way
                        continue
                    }
                    if wordStart >= 0 { tokens.endWord(start: wordStart, end: wordEnd); wordStart = -1 }
                    pendingApostrophe = false
                }
            }
        }
        if wordStart >= 0 { tokens.endWord(start: wordStart, end: wordEnd) }
    }
}

/// Units produced by ``Normalizer/tokenize(_:base:into:)``, in flat arrays.
///
/// An ideograph's key is its folded scalar; a word's key is a range of
/// ``wordScalars``. `key[i] == 0` marks a word.
struct Tokens {
    var key: [UInt32] = []
    var rawStart: [Int32] = []
    var rawEnd: [Int32] = []
    var wordRange: [Range<Int32>] = []
    var wordScalars: [UInt32] = []
    private var currentWordStart = 0

    var count: Int { key.count }

    mutating func removeAll() {
        key.removeAll(keepingCapacity: true); rawStart.removeAll(keepingCapacity: true)
        rawEnd.removeAll(keepingCapacity: true); wordRange.removeAll(keepingCapacity: true)
        wordScalars.removeAll(keepingCapacity: true)
    }

    @inline(__always) mutating func appendIdeograph(_ v: UInt32, start: Int, end: Int) {
        key.append(v); rawStart.append(Int32(start)); rawEnd.append(Int32(end)); wordRange.append(0..<0)
    }
    @inline(__always) mutating func beginWord() { currentWordStart = wordScalars.count }
    @inline(__always) mutating func appendWordScalar(_ v: UInt32) { wordScalars.append(v) }
    @inline(__always) mutating func endWord(start: Int, end: Int) {
        key.append(0); rawStart.append(Int32(start)); rawEnd.append(Int32(end))
        wordRange.append(Int32(currentWordStart)..<Int32(wordScalars.count))
    }

    func isWord(_ i: Int) -> Bool { key[i] == 0 }

    /// The folded scalars of unit `i`.
    func folded(_ i: Int) -> [UInt32] {
        if key[i] != 0 { return [key[i]] }
        return Array(wordScalars[Int(wordRange[i].lowerBound)..<Int(wordRange[i].upperBound)])
    }

    /// The folded form of unit `i` as a string.
    func keyString(_ i: Int) -> String {
        var view = String.UnicodeScalarView()
        for v in folded(i) { if let s = Unicode.Scalar(v) { view.append(s) } }
        return String(view)
    }

    /// The word of unit `i` as a string key for the vocabulary (fast for ASCII).
    func wordKey(_ i: Int) -> String {
        let r = wordRange[i]
        var ascii = true
        for j in Int(r.lowerBound)..<Int(r.upperBound) where wordScalars[j] >= 0x80 { ascii = false; break }
        if ascii {
            return String(unsafeUninitializedCapacity: Int(r.upperBound - r.lowerBound)) { buffer in
                var n = 0
                for j in Int(r.lowerBound)..<Int(r.upperBound) { buffer[n] = UInt8(wordScalars[j]); n += 1 }
                return n
            }
        }
        return keyString(i)
    }
}
