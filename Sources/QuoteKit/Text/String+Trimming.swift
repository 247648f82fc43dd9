extension String {
    /// The string without leading and trailing white space (including U+3000).
    func trimmingSpaces() -> String {
        let scalars = Array(unicodeScalars)
        var lo = 0
        var hi = scalars.count
        while lo < hi, CharacterClass.isSpace(scalars[lo].value) || scalars[lo].value == 0xFEFF { lo += 1 }
        while hi > lo, CharacterClass.isSpace(scalars[hi - 1].value) { hi -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lo..<hi])
        return String(view)
    }
}
