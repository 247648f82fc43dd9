import QuoteKitICU
import XCTest

final class HantHansTransliteratorTests: XCTestCase {
    func testHantHansFoldsTraditionalCharacters() throws {
        let transliterator = try Transliterator("Hant-Hans")
        XCTAssertEqual(try transliterator.transliterate("別裁僞體親風雅，轉益多師是汝師"), "别裁伪体亲风雅，转益多师是汝师")
    }

    func testUnknownTransformIsAnError() {
        XCTAssertThrowsError(try Transliterator("No-Such-Transform"))
    }

    func testNFKCFoldsFullWidthForms() throws {
        XCTAssertEqual(try ICUNormalizer.nfkc("ＡＢＣ１２３"), "ABC123")
    }
}
