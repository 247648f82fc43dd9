import QuoteKitICU

/// Per-scalar folding tables for matching: NFKC, case, traditional → simplified, variants.
///
/// Built once per process from ICU: NFKC for every BMP scalar and `Hant-Hans`
/// for every CJK ideograph are computed in a few batched ICU calls (one
/// transliterator, used only while building), so that normalising a text
/// afterwards is a table look-up per scalar and safe from any thread.
struct FoldTable: Sendable {
    /// The shared table (built on first use).
    static let shared = FoldTable()

    /// Marker in ``nfkc`` for scalars whose NFKC form has several scalars (see ``nfkcExpansions``).
    static let expands: UInt32 = 0xFFFF_FFFF

    /// NFKC of each BMP scalar when it is a single scalar; ``expands`` otherwise.
    let nfkc: [UInt32]
    /// NFKC forms with more than one scalar (ﬁ → fi, ½ → 1⁄2).
    let nfkcExpansions: [UInt32: [UInt32]]
    /// Traditional → simplified, for ideographs that change.
    let hantHans: [UInt32: UInt32]
    /// Variant → standard form, applied after ``hantHans``.
    let variants: [UInt32: UInt32]
    /// The composed fold for BMP scalars: NFKC (single scalar), lower case, `Hant-Hans`, variants.
    let bmp: [UInt32]

    init() {
        // NFKC of every BMP scalar, in one ICU call: scalars separated by line feeds.
        var probe: [UInt32] = []
        probe.reserveCapacity(0x10000)
        for v in UInt32(0x20)..<0x10000 where !(0xD800...0xDFFF).contains(v) && v != 0x0A && v != 0x0D && !(0x80..<0xA0).contains(v) {
            probe.append(v)
        }
        var nfkc = [UInt32](0..<0x10000)
        var expansions: [UInt32: [UInt32]] = [:]
        let joined = FoldTable.join(probe)
        if let folded = try? ICUNormalizer.nfkc(joined) {
            let pieces = FoldTable.split(folded)
            if pieces.count == probe.count {
                for (v, piece) in zip(probe, pieces) where piece != [v] {
                    if piece.count == 1 { nfkc[Int(v)] = piece[0] } else { nfkc[Int(v)] = FoldTable.expands; expansions[v] = piece }
                }
            }
        }
        // NFKC maps the ideographic space to U+0020; keep that.
        self.nfkc = nfkc
        self.nfkcExpansions = expansions

        // Hant-Hans for every BMP ideograph (and the compatibility block after NFKC).
        var ideographs: [UInt32] = []
        for v in UInt32(0x3400)...0x4DBF { ideographs.append(v) }
        for v in UInt32(0x4E00)...0x9FFF { ideographs.append(v) }
        var hantHans: [UInt32: UInt32] = [:]
        if let transliterator = try? Transliterator("Hant-Hans"),
           let out = try? transliterator.transliterate(FoldTable.join(ideographs)) {
            let pieces = FoldTable.split(out)
            if pieces.count == ideographs.count {
                for (v, piece) in zip(ideographs, pieces) where piece.count == 1 && piece[0] != v {
                    hantHans[v] = piece[0]
                }
            }
        }
        self.hantHans = hantHans
        var variants: [UInt32: UInt32] = [:]
        for (variant, standard) in CitationLexicons.builtIn.variantCharacters {
            guard let v = variant.unicodeScalars.first?.value, let s = standard.unicodeScalars.first?.value else { continue }
            variants[v] = s
        }
        self.variants = variants

        var bmp = [UInt32](repeating: 0, count: 0x10000)
        for v in 0..<0x10000 {
            var f = nfkc[v]
            if f == FoldTable.expands { bmp[v] = FoldTable.expands; continue }
            f = FoldTable.lower(f)
            if let s = hantHans[f] { f = s }
            if let s = variants[f] { f = s }
            bmp[v] = f
        }
        self.bmp = bmp
    }

    /// The lower-case form of a scalar when it is a single scalar.
    static func lower(_ v: UInt32) -> UInt32 {
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        guard let scalar = Unicode.Scalar(v), scalar.properties.changesWhenLowercased else { return v }
        let lowered = scalar.properties.lowercaseMapping.unicodeScalars
        return lowered.count == 1 ? lowered.first!.value : v
    }

    /// Appends the full fold of `v` (one or more scalars) to `out`.
    @inline(__always)
    func fold(_ v: UInt32, into out: inout [UInt32]) {
        if v < 0x10000 {
            let f = bmp[Int(v)]
            if f != FoldTable.expands { out.append(f); return }
            for e in nfkcExpansions[v] ?? [v] { out.append(foldSimple(e)) }
            return
        }
        // Supplementary planes: compatibility ideographs and mathematical letters go through ICU.
        if (0x2F800...0x2FA1F).contains(v) || (0x1D400...0x1D7FF).contains(v) || (0x1F100...0x1F1FF).contains(v),
           let scalar = Unicode.Scalar(v), let n = try? ICUNormalizer.nfkc(String(scalar)) {
            for s in n.unicodeScalars { out.append(foldSimple(s.value)) }
            return
        }
        out.append(v)
    }

    /// Fold of a scalar known not to expand.
    @inline(__always)
    func foldSimple(_ v: UInt32) -> UInt32 {
        if v < 0x10000 { let f = bmp[Int(v)]; return f == FoldTable.expands ? v : f }
        return v
    }

    /// NFKC only, for reporting steps.
    func nfkcOnly(_ scalars: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        for v in scalars {
            if v < 0x10000 {
                let f = nfkc[Int(v)]
                if f == FoldTable.expands { out.append(contentsOf: nfkcExpansions[v] ?? [v]) } else { out.append(f) }
            } else {
                out.append(v)
            }
        }
        return out
    }

    /// Whether a scalar is a full-width or half-width form.
    static func isWidthForm(_ v: UInt32) -> Bool { (0xFF01...0xFFEE).contains(v) || v == 0x3000 }

    private static func join(_ scalars: [UInt32]) -> String {
        var view = String.UnicodeScalarView()
        view.reserveCapacity(scalars.count * 2)
        for v in scalars {
            view.append(Unicode.Scalar(v)!)
            view.append("\n")
        }
        return String(view)
    }

    private static func split(_ text: String) -> [[UInt32]] {
        var pieces: [[UInt32]] = []
        var current: [UInt32] = []
        for s in text.unicodeScalars {
            if s == "\n" { pieces.append(current); current = [] } else { current.append(s.value) }
        }
        return pieces
    }
}
