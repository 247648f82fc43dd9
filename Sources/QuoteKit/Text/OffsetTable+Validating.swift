/// Decoding raw bytes: validation, scalars and offset tables in one pass.
extension OffsetTable {
    /// Why bytes could not be decoded: the byte offset of the first NUL, or of the first invalid UTF-8 sequence.
    enum DecodeFailure: Error {
        case nul(Int)
        case invalid(Int)
    }

    /// Validates UTF-8 bytes and decodes their scalars, with the table, in one pass.
    ///
    /// Accepts exactly what the standard library's UTF-8 validation accepts (no overlong forms, no surrogates,
    /// nothing above U+10FFFF). A NUL byte anywhere wins over an invalid sequence, as in ``DocumentReader``.
    ///
    /// - Complexity: O(*n*); a handful of instructions per byte and no second pass, unlike validating
    ///   into a `String` and decoding that.
    /// - Parameter acceptNUL: Decode NUL bytes as U+0000 instead of failing on them (for text that is already a `String`).
    static func decodeValidating(_ bytes: UnsafeBufferPointer<UInt8>, acceptNUL: Bool = false) -> Result<([Unicode.Scalar], OffsetTable), DecodeFailure> {
        let n = bytes.count
        guard let p = bytes.baseAddress, n > 0 else { return .success(([], OffsetTable(scalars: []))) }
        // Checkpoints go through preallocated buffers: there is one every `stride` scalars (at most one per
        // `stride` bytes) plus the final one.
        let checkpointCapacity = n / Self.stride + 2
        let u16Buffer = UnsafeMutablePointer<Int>.allocate(capacity: checkpointCapacity)
        let u8Buffer = UnsafeMutablePointer<Int>.allocate(capacity: checkpointCapacity)
        defer {
            u16Buffer.deallocate()
            u8Buffer.deallocate()
        }
        var linesOut: [Int] = []
        var marksOut: [Int] = []
        var count = 0
        var failure: DecodeFailure? = nil
        let special = Self.specialBMPScalars
        let prefixes = Self.threeBytePrefixes
        let scalars = [Unicode.Scalar](unsafeUninitializedCapacity: n) { out, initialized in
            HugePages.advise(UnsafeMutableRawPointer(out.baseAddress!), byteCount: n * MemoryLayout<Unicode.Scalar>.stride)
            // Locals only inside the loop: captured variables would be reached through boxes.
            var lines = OffsetList(capacity: n / 64)
            lines.append(0)
            var marks = OffsetList(capacity: n / 64)
            var u16 = 0
            var i = 0
            var index = 0
            var failed: DecodeFailure? = nil
            let o = out.baseAddress!
            /// Stores a scalar known to be valid.
            @inline(__always) func put(_ v: UInt32, at k: Int) { (o + k).initialize(to: unsafeBitCast(v, to: Unicode.Scalar.self)) }
            /// The scalar of a valid three-byte sequence at `i` (no overlong form, no surrogate), else `nil`.
            @inline(__always) func threeByte(_ i: Int) -> UInt32? {
                guard i + 2 < n else { return nil }
                let b0 = p[i], b1 = p[i + 1], b2 = p[i + 2]
                guard b0 & 0xF0 == 0xE0, b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80,
                      b0 != 0xE0 || b1 >= 0xA0, b0 != 0xED || b1 < 0xA0 else { return nil }
                return UInt32(b0 & 0x0F) << 12 | UInt32(b1 & 0x3F) << 6 | UInt32(b2 & 0x3F)
            }
            // From `roomy` on, fewer than a block of three-byte characters and a pair's two extra bytes are left.
            let roomy = n &- (3 &* Self.stride &+ 2)
            decoding: while i < n {
                if index & (Self.stride - 1) == 0 {
                    u16Buffer[index / Self.stride] = u16
                    u8Buffer[index / Self.stride] = i
                }
                // A run of BMP characters (one UTF-16 unit each), in blocks that end at checkpoints, which are
                // recorded on the way. Ideographs go two at a time; other three-byte characters, ASCII and line
                // feeds one at a time, recording marks and line starts; anything else (CR, NUL, two- and
                // four-byte sequences, U+2028/U+2029, sequences that may be invalid) ends the run and takes the
                // general path below.
                var stop = (index | (Self.stride - 1)) &+ 1 // the next checkpoint
                var j = i, k = index
                let u16Offset = u16 &- index // UTF-16 offset less scalar offset, constant in the run
                block: while true {
                    // The bound for the run: pairs are read as eight bytes, single characters as up to three, so
                    // pairs may start before `pairEnd` and single characters up to it (the last two or three
                    // characters of the buffer take the general path).
                    let pairEnd = j <= roomy ? stop &- 1 : Swift.min(stop, k &+ Swift.max(0, n &- j &- 2) / 3) &- 1
                    run: while true {
                        // Two ideographs (leads E4…EB: U+4000…U+BFFF, nothing to record) per step. Subtracting
                        // E4 from both leads and 80 from the four continuation bytes leaves 0…7 in the leads and
                        // 0…3F in the others exactly when all six are right: the lowest wrong byte borrows from
                        // none below it and is seen, so one masked test checks all six.
                        /// The scalar of a three-byte sequence whose first two bytes are known to be valid.
                        @inline(__always) func ideograph(at j: Int) -> UInt32 {
                            prefixes[Int(UInt16(littleEndian: UnsafeRawPointer(p + j).loadUnaligned(as: UInt16.self)))] &+ UInt32(p[j &+ 2])
                        }
                        while k < pairEnd {
                            // (Read through an integer address, so that the compiler does not take the bytes decoded
                            // below out of this word with shifts: loading them again is cheaper.)
                            let x = UInt64(littleEndian: UnsafeRawPointer(bitPattern: Int(bitPattern: p) &+ j).unsafelyUnwrapped.loadUnaligned(as: UInt64.self))
                            let t = x &- 0x0000_8080_E480_80E4
                            guard t & 0x0000_C0C0_F8C0_C0F8 == 0 else {
                                if t & 0xC0_C0F8 == 0 { // the first is an ideograph
                                    put(ideograph(at: j), at: k)
                                    j &+= 3
                                    k &+= 1
                                }
                                break
                            }
                            put(ideograph(at: j), at: k)
                            put(ideograph(at: j &+ 3), at: k &+ 1)
                            j &+= 6
                            k &+= 2
                        }
                        guard k <= pairEnd else { break run }
                        let b0 = p[j]
                        if b0 < 0x80 {
                            // NUL, LF, CR, '"' and '\'' need a look.
                            if b0 < 0x28, (0x84_0000_2401 as UInt64) >> b0 & 1 != 0 {
                                if b0 == 0x0A {
                                    lines.append(k &+ 1)
                                } else if b0 == 0x22 || b0 == 0x27 {
                                    marks.append(k)
                                } else {
                                    break run
                                }
                            }
                            put(UInt32(b0), at: k)
                            j &+= 1
                            k &+= 1
                            continue run
                        }
                        let b2 = p[j &+ 2]
                        guard b2 ^ 0x80 < 0x40 else { break run } // the last continuation byte
                        // The first two bytes from the table: the scalar but for the last byte if they start a
                        // valid three-byte sequence, plus 0x100000 if a mark or line separator may follow;
                        // far above otherwise.
                        var v = ideograph(at: j)
                        if v >= 0x10000 {
                            v &-= 0x10_0000
                            guard v < 0x10000 else { break run }
                            if special[Int(v >> 6)] >> (v & 63) & 1 != 0 {
                                // Line and paragraph separators take the general path.
                                guard Self.isMark(v) else { break run }
                                marks.append(k)
                            }
                        }
                        put(v, at: k)
                        j &+= 3
                        k &+= 1
                    }
                    // At the checkpoint (with bytes left), record it and go on with the run.
                    guard k == stop, j < n else { break block }
                    u16Buffer[k / Self.stride] = u16Offset &+ k
                    u8Buffer[k / Self.stride] = j
                    stop &+= Self.stride
                }
                u16 = u16Offset &+ k
                index = k
                i = j
                if i >= n { break decoding }
                let b0 = p[i]
                var v: UInt32
                if b0 >= 0xE0, b0 < 0xF0 {
                    guard let three = threeByte(i) else { failed = .invalid(i); break decoding }
                    v = three
                    i += 3
                    if v == 0x2028 || v == 0x2029 { lines.append(index + 1) }
                } else if b0 < 0x80 {
                    if b0 == 0, !acceptNUL { failed = .nul(i); break decoding }
                    v = UInt32(b0)
                    i += 1
                    if b0 == 0x0A {
                        lines.append(index + 1)
                    } else if b0 == 0x0D, i >= n || p[i] != 0x0A {
                        lines.append(index + 1)
                    }
                } else if b0 >= 0xC2, b0 < 0xE0 {
                    guard i + 1 < n, p[i + 1] & 0xC0 == 0x80 else { failed = .invalid(i); break decoding }
                    v = UInt32(b0 & 0x1F) << 6 | UInt32(p[i + 1] & 0x3F)
                    i += 2
                } else if b0 >= 0xF0, b0 < 0xF5 {
                    guard i + 3 < n else { failed = .invalid(i); break decoding }
                    let b1 = p[i + 1], b2 = p[i + 2], b3 = p[i + 3]
                    guard b1 & 0xC0 == 0x80, b2 & 0xC0 == 0x80, b3 & 0xC0 == 0x80,
                          b0 != 0xF0 || b1 >= 0x90, b0 != 0xF4 || b1 < 0x90 else { failed = .invalid(i); break decoding }
                    v = UInt32(b0 & 0x07) << 18 | UInt32(b1 & 0x3F) << 12 | UInt32(b2 & 0x3F) << 6 | UInt32(b3 & 0x3F)
                    i += 4
                    u16 += 1
                } else {
                    failed = .invalid(i)
                    break decoding
                }
                u16 += 1
                put(v, at: index) // valid: checked above
                if Self.isMark(v) { marks.append(index) }
                index += 1
            }
            initialized = index
            count = index
            failure = failed
            // Checkpoint m is that of scalar offset m × stride, the last that of the end.
            u16Buffer[(index &+ Self.stride &- 1) / Self.stride] = u16
            u8Buffer[(index &+ Self.stride &- 1) / Self.stride] = n
            linesOut = lines.array()
            marksOut = marks.array()
            lines.deallocate()
            marks.deallocate()
        }
        if let failure {
            if case .invalid = failure, let nul = UnsafeBufferPointer(start: p, count: n).firstIndex(of: 0) { return .failure(.nul(nul)) }
            return .failure(failure)
        }
        var table = OffsetTable(scalarCount: count)
        let checkpointCount = (count &+ Self.stride &- 1) / Self.stride &+ 1
        table.utf16Checkpoints = Array(UnsafeBufferPointer(start: u16Buffer, count: checkpointCount))
        table.utf8Checkpoints = Array(UnsafeBufferPointer(start: u8Buffer, count: checkpointCount))
        table.lineStarts = linesOut
        table.markOffsets = marksOut
        return .success((scalars, table))
    }

    /// One bit per BMP scalar (64 to a word) that a three-byte sequence cannot simply be decoded to in a run:
    /// overlong forms (below U+0800), surrogates, line and paragraph separators, and marks.
    nonisolated(unsafe) static let specialBMPScalars: UnsafePointer<UInt64> = {
        let words = UnsafeMutablePointer<UInt64>.allocate(capacity: 0x10000 / 64)
        words.initialize(repeating: 0, count: 0x10000 / 64)
        words.update(repeating: ~0, count: 0x800 / 64) // overlong forms
        (words + 0xD800 / 64).update(repeating: ~0, count: 0x800 / 64) // surrogates
        words[0x2028 / 64] |= 3 << (0x2028 % 64) // line and paragraph separators
        // Marks: `isMark` is false from U+3040 to U+FE40 (its first test).
        for v in UInt32(0x800)..<0x3040 where isMark(v) { words[Int(v >> 6)] |= 1 << (v & 63) }
        for v in UInt32(0xFE41)..<0x10000 where isMark(v) { words[Int(v >> 6)] |= 1 << (v & 63) }
        return UnsafePointer(words)
    }()

    /// For the first two bytes of a three-byte sequence, read as a little-endian `UInt16` (lead in the low
    /// byte): the scalar less 0x80 (so that adding the last byte gives the scalar) when they can start a
    /// valid sequence (no overlong form, no surrogate), plus 0x100000 when the sequence may be a mark or a
    /// line or paragraph separator; 0x2000000 for any other two bytes. (Read little-endian, the rows of the
    /// common leads fall in a few cache sets and miss the L1 cache now and then; a byte-swapped index avoids
    /// that for two more instructions a character, and measured no faster.)
    nonisolated(unsafe) static let threeBytePrefixes: UnsafePointer<UInt32> = {
        let table = UnsafeMutableRawPointer.allocate(byteCount: 0x10000 * 4, alignment: 64).bindMemory(to: UInt32.self, capacity: 0x10000)
        table.initialize(repeating: 0x200_0000, count: 0x10000)
        for b0 in UInt32(0xE0)...0xEF {
            for b1 in UInt32(0x80)...0xBF where !(b0 == 0xE0 && b1 < 0xA0) && !(b0 == 0xED && b1 >= 0xA0) {
                let base = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6
                let flagged = specialBMPScalars[Int(base >> 6)] != 0 // marks and separators among base…base+63
                table[Int(b0 | b1 << 8)] = (base | (flagged ? 0x10_0000 : 0)) &- 0x80
            }
        }
        return UnsafePointer(table)
    }()
}

/// A growable list of offsets for the decoder's loop, where an append is a compare and a store
/// (an array's append also checks that its storage is not shared). Freed with ``deallocate()``.
private struct OffsetList {
    private(set) var base: UnsafeMutablePointer<Int>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = Swift.max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    @inline(__always)
    mutating func append(_ offset: Int) {
        if count == capacity { grow() }
        (base + count).initialize(to: offset)
        count &+= 1
    }

    @inline(never)
    private mutating func grow() {
        let bigger = UnsafeMutablePointer<Int>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity *= 2
    }

    func array() -> [Int] { Array(UnsafeBufferPointer(start: base, count: count)) }

    func deallocate() { base.deallocate() }
}
