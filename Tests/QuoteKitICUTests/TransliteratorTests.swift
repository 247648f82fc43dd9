import QuoteKitICU
import XCTest

final class TransliteratorTests: XCTestCase {
    func testTraditionalToSimplified() throws {
        let t = try Transliterator("Hant-Hans")
        XCTAssertEqual(try t.transliterate("轉益多師是汝師"), "转益多师是汝师")
        XCTAssertEqual(try t.transliterate("學而時習之"), "学而时习之")
    }

    func testUnknownIdentifierThrows() {
        XCTAssertThrowsError(try Transliterator("No-Such-Transform"))
    }

    func testNFKCFoldsFullWidth() throws {
        XCTAssertEqual(try ICUNormalizer.nfkc("ＡＢＣ１２３"), "ABC123")
        XCTAssertEqual(try ICUNormalizer.nfkc(""), "")
    }
}
