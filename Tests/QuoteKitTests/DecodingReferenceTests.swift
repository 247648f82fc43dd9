#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import QuoteKit

/// The one-pass decoder against a straightforward reference (the standard library's UTF-8 parser and
/// ``OffsetTable/init(scalars:)``) on text built to hit its fast paths at every alignment: ideograph pairs,
/// punctuation, marks, line ends and invalid bytes at every position modulo the checkpoint stride, and
/// sequences cut off at the end of the buffer, which sits right before an unreadable page so that reading
/// past it crashes.
final class DecodingReferenceTests: XCTestCase {
    /// What the decoder must return for `bytes`.
    private enum Expected: Equatable {
        case decoded(scalars: [UInt32], utf16: [Int], utf8: [Int], lines: [Int], marks: [Int])
        case nul(Int)
        case invalid(Int)
    }

    /// The reference: the standard library's parser for validity, scalars and the failing offset;
    /// the scalar-array builder for the table.
    private func reference(_ bytes: [UInt8]) -> Expected {
        if let nul = bytes.firstIndex(of: 0) { return .nul(nul) }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var scalars: [Unicode.Scalar] = []
        parsing: while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .emptyInput:
                break parsing
            case .error:
                return .invalid(offset)
            }
        }
        let table = OffsetTable(scalars: scalars)
        return .decoded(scalars: scalars.map(\.value), utf16: table.utf16Checkpoints, utf8: table.utf8Checkpoints,
                        lines: table.lineStarts, marks: table.markOffsets)
    }

    /// Decodes `bytes` placed at the very end of readable memory.
    private func decoded(_ bytes: [UInt8]) -> Expected {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let pages = (bytes.count + page - 1) / page + 1
        guard let region = mmap(nil, pages * page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0),
              region != MAP_FAILED else {
            XCTFail("mmap failed")
            return .invalid(-1)
        }
        defer { munmap(region, pages * page) }
        let guardPage = region + (pages - 1) * page
        XCTAssertEqual(mprotect(guardPage, page, PROT_NONE), 0)
        let start = (guardPage - bytes.count).assumingMemoryBound(to: UInt8.self)
        bytes.withUnsafeBufferPointer { start.update(from: $0.baseAddress!, count: bytes.count) }
        switch OffsetTable.decodeValidating(UnsafeBufferPointer(start: start, count: bytes.count)) {
        case .success(let (scalars, table)):
            XCTAssertEqual(table.scalarCount, scalars.count)
            return .decoded(scalars: scalars.map(\.value), utf16: table.utf16Checkpoints, utf8: table.utf8Checkpoints,
                            lines: table.lineStarts, marks: table.markOffsets)
        case .failure(.nul(let offset)): return .nul(offset)
        case .failure(.invalid(let offset)): return .invalid(offset)
        }
    }

    private func check(_ bytes: [UInt8], _ label: @autoclosure () -> String = "", file: StaticString = #filePath, line: UInt = #line) {
        let expected = reference(bytes)
        let actual = decoded(bytes)
        if actual != expected {
            XCTFail("\(label()) bytes \(bytes.map { String($0, radix: 16) }.joined(separator: " ")): expected \(expected), got \(actual)",
                    file: file, line: line)
        }
    }

    /// Characters of every kind the decoder tells apart: ideographs (leads E4…E9, and EA/EB hangul), other
    /// three-byte characters (E0, E2, E3, ED, EE, EF leads; punctuation, marks, separators), ASCII with
    /// its marks and line ends, two- and four-byte characters.
    private static let pieces: [String] = [
        "中", "文", "的", "说", "龥", "一", "가", "힣", "，", "。", "、", "：", "？", "！", "（", "）", "—", "…",
        "“", "”", "‘", "’", "「", "」", "『", "』", "《", "》", "〈", "〉", "〝", "〞", "〟", "﹁", "﹄", "＂", "＇", "｢", "｣",
        "‹", "›", "„", "‟", "«", "»", "\"", "'", "a", "Z", " ", "0", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\t",
        "é", "ß", "ก", "\u{0800}", "\u{0FFF}", "\u{D7FF}", "\u{E000}", "\u{FEFF}", "\u{FFFD}", "\u{FFFF}", "\u{3040}",
        "\u{3000}", "😀", "𠀀", "\u{10000}", "\u{10FFFF}", "\u{7F}",
    ]

    /// Bytes that break UTF-8 in every way: stray continuations, overlong and surrogate forms, leads with
    /// too few continuations, bytes no UTF-8 holds.
    private static let breakers: [[UInt8]] = [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE4], [0xE4, 0xB8], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF],
        [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xEF, 0xBC], [0xE4, 0x41, 0x80], [0xE4, 0xB8, 0x41], [0xE4, 0xC0, 0x80],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xFF], [0xFE],
        [0x00], [0xE4, 0xB8, 0x00],
    ]

    func testPiecesAtEveryPositionModuloTheStride() {
        // Each piece after 0…33 ideographs (two checkpoints' worth, both pair parities), then ideographs
        // again, so that it falls at every offset of a run, a pair and a block.
        for piece in Self.pieces {
            for before in 0...33 {
                for after in [0, 1, 2, 3, 17] {
                    let text = String(repeating: "中", count: before) + piece + String(repeating: "文", count: after)
                    check(Array(text.utf8), "\(before) + \(piece.debugDescription) + \(after)")
                }
            }
        }
    }

    func testBreakersAtEveryPositionModuloTheStride() {
        for breaker in Self.breakers {
            for before in 0...33 {
                for filler in ["中", "，", "a"] {
                    let prefix = Array(String(repeating: filler, count: before).utf8)
                    check(prefix + breaker, "\(before) × \(filler) + breaker at the end")
                    check(prefix + breaker + Array("中文中文中文".utf8), "\(before) × \(filler) + breaker")
                }
            }
        }
    }

    func testEveryTruncationOfMixedText() {
        // Cutting a text at every byte leaves sequences short by one, two or three bytes right at the end
        // of the buffer (and of readable memory).
        let text = "中文“引号”，一二三四五六七八九十\r\n《书》ab\"c'\u{2028}가😀é中文中文中文中文中文中文中文中文。\r"
        let bytes = Array(text.utf8)
        for end in 0...bytes.count { check(Array(bytes[..<end]), "first \(end) bytes") }
        for start in 0...bytes.count { check(Array(bytes[start...]), "from byte \(start)") }
    }

    func testRandomTextAndCorruptions() {
        var generator = SplitMix64(seed: 0x5EED_DEC0)
        for round in 0..<3_000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...90, using: &generator) {
                // Mostly ideographs, as in Chinese news, with runs long enough to cross checkpoints.
                text += Int.random(in: 0..<10, using: &generator) < 7 ? "中" : Self.pieces.randomElement(using: &generator)!
            }
            var bytes = Array(text.utf8)
            check(bytes, "round \(round)")
            guard !bytes.isEmpty else { continue }
            switch Int.random(in: 0..<3, using: &generator) {
            case 0: // one byte replaced by anything
                bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            case 1: // a breaker inserted anywhere
                bytes.insert(contentsOf: Self.breakers.randomElement(using: &generator)!, at: Int.random(in: 0...bytes.count, using: &generator))
            default: // cut anywhere
                bytes.removeLast(Int.random(in: 0..<bytes.count, using: &generator))
            }
            check(bytes, "corrupted round \(round)")
        }
    }

    func testStringDecodingAcceptsNUL() throws {
        // Text that is already a string may hold NUL: decoded as U+0000 wherever it falls in a run.
        for before in 0...20 {
            let text = String(repeating: "中", count: before) + "\u{0}中文\n\u{0}"
            let (scalars, table) = OffsetTable.decode(text)
            XCTAssertEqual(scalars, Array(text.unicodeScalars))
            XCTAssertEqual(table.lineStarts, OffsetTable(scalars: scalars).lineStarts)
            XCTAssertEqual(table.utf8Checkpoints, OffsetTable(scalars: scalars).utf8Checkpoints)
        }
    }

    func testTablesAgreeWithTheirDefinitions() {
        // The decoder's tables are built once from `isMark`: check every entry against the definition.
        for v in UInt32(0)..<0x10000 {
            let special = v < 0x800 || (0xD800...0xDFFF).contains(v) || v == 0x2028 || v == 0x2029 || OffsetTable.isMark(v)
            XCTAssertEqual(OffsetTable.specialBMPScalars[Int(v >> 6)] >> (v & 63) & 1 == 1, special, "U+\(String(v, radix: 16))")
        }
        for b1 in UInt32(0)...0xFF {
            for b0 in UInt32(0)...0xFF {
                let entry = OffsetTable.threeBytePrefixes[Int(b0 | b1 << 8)]
                // Valid first two bytes: every last byte gives the scalar (plus the flag), as the standard library decodes it.
                let valid = (0xE0...0xEF).contains(b0) && String(validating: [UInt8(b0), UInt8(b1), 0x80], as: UTF8.self) != nil
                guard valid else {
                    XCTAssertEqual(entry, 0x200_0000, "\(b0) \(b1)")
                    continue
                }
                for b2 in UInt32(0x80)...0xBF {
                    let scalar = String(validating: [UInt8(b0), UInt8(b1), UInt8(b2)], as: UTF8.self)!.unicodeScalars.first!.value
                    XCTAssertEqual((entry &+ b2) & 0xFFFF, scalar)
                    let mayBeSpecial = (scalar & ~63..<(scalar & ~63) + 64).contains { $0 == 0x2028 || $0 == 0x2029 || OffsetTable.isMark($0) }
                    XCTAssertEqual((entry &+ b2) >> 16, mayBeSpecial ? 0x10 : 0, "\(b0) \(b1) \(b2)")
                }
            }
        }
    }
}
