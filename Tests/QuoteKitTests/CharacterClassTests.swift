import XCTest
@testable import QuoteKit

/// The scanners' fast character classes agree with the Unicode properties they stand for.
final class CharacterClassTests: XCTestCase {
    /// `isAlphanumeric` is defined as "alphabetic or numeric, not CJK and not in U+2000…U+303F";
    /// its range shortcuts must give that answer for every BMP code point.
    func testAlphanumericShortcutsMatchProperties() {
        for v in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let expected = CharacterClass.isCJK(v) || (v >= 0x2000 && v < 0x3040)
                ? false
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            XCTAssertEqual(CharacterClass.isAlphanumeric(v), expected, String(format: "U+%04X", v))
        }
    }
}
