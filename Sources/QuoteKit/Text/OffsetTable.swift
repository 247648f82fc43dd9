/// Converts scalar offsets to UTF-16, UTF-8 and line/column positions.
///
/// Built in one pass over the scalars. UTF-16 and UTF-8 offsets are stored
/// every ``stride`` scalars; a conversion walks at most `stride - 1` (15) scalars
/// from the nearest checkpoint. Line starts are kept in a sorted array and
/// found by binary search.
struct OffsetTable: Sendable {
    static let stride = 16

    var utf16Checkpoints: [Int] = []
    var utf8Checkpoints: [Int] = []
    /// Offsets of every quotation-mark candidate and book-title mark, in order: the scanners visit these
    /// instead of every scalar.
    var markOffsets: [Int] = []

    /// Whether a scalar goes into ``markOffsets``.
    @inline(__always)
    static func isMark(_ v: UInt32) -> Bool {
        // CJK ideographs, kana and hangul (most of a Chinese text) are none: one test.
        v &- 0x3040 >= 0xFE41 - 0x3040 && (CharacterClass.isQuotationMark(v) || CharacterClass.isTitleMark(v))
    }

    /// Decodes a string's scalars and builds the table in one pass over its UTF-8 bytes.
    ///
    /// - Complexity: O(*n*) in the UTF-8 length.
    static func decode(_ text: String) -> ([Unicode.Scalar], OffsetTable) {
        var text = text
        // A string is valid UTF-8 and may hold NUL: the validating decoder cannot fail here.
        switch text.withUTF8({ decodeValidating($0, acceptNUL: true) }) {
        case .success(let decoded): return decoded
        case .failure: preconditionFailure("a String is valid UTF-8")
        }
    }

    init(scalarCount: Int) { self.scalarCount = scalarCount }
    /// Scalar offsets where each line begins (the first is 0).
    var lineStarts: [Int] = [0]
    let scalarCount: Int

    /// Builds the table of `scalars`; `expectedMarks` is room to reserve for ``markOffsets`` (a fix round's
    /// document has about as many marks as the one before: grown mark by mark, a soup's list was copied over
    /// and over).
    init(scalars: [Unicode.Scalar], expectedMarks: Int = 0) {
        scalarCount = scalars.count
        markOffsets.reserveCapacity(expectedMarks)
        utf16Checkpoints.reserveCapacity(scalars.count / Self.stride + 1)
        utf8Checkpoints.reserveCapacity(scalars.count / Self.stride + 1)
        var u16 = 0
        var u8 = 0
        var index = 0
        let count = scalars.count
        while index < count {
            if index % Self.stride == 0 {
                utf16Checkpoints.append(u16)
                utf8Checkpoints.append(u8)
            }
            let value = scalars[index].value
            if Self.isMark(value) { markOffsets.append(index) }
            u16 += value > 0xFFFF ? 2 : 1
            u8 += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            switch value {
            case 0x0A, 0x2028, 0x2029:
                lineStarts.append(index + 1)
            case 0x0D:
                if index + 1 < count, scalars[index + 1].value == 0x0A {
                    // \r\n: the line starts after the \n.
                } else {
                    lineStarts.append(index + 1)
                }
            default:
                break
            }
            index += 1
        }
        utf16Checkpoints.append(u16)
        utf8Checkpoints.append(u8)
    }

    /// The line index (0-based) that holds scalar offset `offset`.
    func lineIndex(of offset: Int) -> Int {
        lineStarts.withUnsafeBufferPointer { starts in
            var low = 0
            var high = starts.count - 1
            while low < high {
                let mid = (low &+ high &+ 1) >> 1
                if starts[mid] <= offset { low = mid } else { high = mid &- 1 }
            }
            return low
        }
    }

    /// The UTF-8 byte offset of a scalar offset.
    func utf8Offset(of offset: Int, in scalars: [Unicode.Scalar]) -> Int {
        let clamped = max(0, min(offset, scalarCount))
        let checkpoint = clamped / Self.stride
        var u8 = utf8Checkpoints[checkpoint]
        var index = checkpoint * Self.stride
        while index < clamped {
            let value = scalars[index].value
            u8 += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            index += 1
        }
        return u8
    }

    /// The positions of `start` and of a later offset `end` for offsets visited in increasing order: the
    /// line of `start` is looked for from `lineHint` on (which is then moved to it), the line of `end` from
    /// the line of `start` on (a quote rarely spans more than a few lines).
    func positions(of start: Int, _ end: Int, in scalars: [Unicode.Scalar], lineHint: inout Int) -> (TextPosition, TextPosition) {
        let first = position(of: max(0, min(start, scalarCount)), in: scalars, line: line(of: start, hint: lineHint))
        lineHint = first.line - 1
        let last = max(0, min(end, scalarCount))
        return (first, position(of: last, in: scalars, line: line(of: last, hint: lineHint)))
    }

    /// The line index of `offset`, looking at `hint` and the few lines after it before searching
    /// (for offsets visited in increasing order).
    func line(of offset: Int, hint: Int) -> Int {
        let clamped = max(0, min(offset, scalarCount))
        var line = min(max(hint, 0), lineStarts.count - 1)
        guard lineStarts[line] <= clamped else { return lineIndex(of: clamped) }
        var steps = 0
        while line + 1 < lineStarts.count, lineStarts[line + 1] <= clamped {
            line += 1
            steps += 1
            if steps == 4 { return lineIndex(of: clamped) }
        }
        return line
    }

    func position(of offset: Int, in scalars: [Unicode.Scalar]) -> TextPosition {
        let clamped = max(0, min(offset, scalarCount))
        return position(of: clamped, in: scalars, line: lineIndex(of: clamped))
    }

    /// The position of a clamped offset whose line index is known.
    private func position(of clamped: Int, in scalars: [Unicode.Scalar], line: Int) -> TextPosition {
        // Checkpoints sit at every multiple of `stride` below the count, plus
        // one final entry for the total, so `clamped / stride` is always valid.
        let checkpoint = clamped / Self.stride
        var u16 = utf16Checkpoints[checkpoint]
        var u8 = utf8Checkpoints[checkpoint]
        var index = checkpoint * Self.stride
        while index < clamped {
            let value = scalars[index].value
            u16 += value > 0xFFFF ? 2 : 1
            u8 += value < 0x80 ? 1 : value < 0x800 ? 2 : value < 0x10000 ? 3 : 4
            index += 1
        }
        return TextPosition(scalar: clamped, utf16: u16, utf8: u8, line: line + 1, column: clamped - lineStarts[line] + 1)
    }
}
