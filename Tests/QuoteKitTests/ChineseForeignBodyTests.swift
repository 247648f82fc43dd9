import XCTest
@testable import QuoteKit

/// Governments and ministries of countries written by sound: the country's name may hold a character that names avoid
/// (拉 of 委内瑞拉), and may open with a surname's character and what looks like a given name (马来 of 马来西亚); the
/// whole body speaks.
final class ChineseForeignBodyTests: XCTestCase {
    func testACountryWrittenBySoundMayHoldACharacterNamesAvoid() {
        AttributionFixture.assertOnly("委内瑞拉政府当天发表声明，坚决否认这种说法，称这是“毫无根据的指责”。", speaker: "委内瑞拉政府",
                                      rule: "zh.continuation.reported")
        AttributionFixture.assertOnly("孟加拉外交部坚决否认这种说法，称这是“毫无根据的指责”。", speaker: "孟加拉外交部",
                                      rule: "zh.continuation.reported")
    }

    func testACountryOpeningWithASurnameIsNoPersonsName() {
        AttributionFixture.assertOnly("马来西亚政府坚决否认这种说法，称这是“毫无根据的指责”。", speaker: "马来西亚政府",
                                      rule: "zh.continuation.reported")
    }
}
