@testable import QuoteKit
import XCTest

final class NormalizerTests: XCTestCase {
    let normalizer = Normalizer()

    func testTraditionalToSimplifiedIncludingVariantForm() {
        let result = normalizer.normalize("別裁僞體親風雅，轉益多師是汝師")
        XCTAssertEqual(result.text, "别裁伪体亲风雅转益多师是汝师")
        XCTAssertEqual(result.steps, [.punctuation, .traditionalSimplified])
    }

    func testVariantCharactersThatHantHansKeeps() {
        let result = normalizer.normalize("峯淸靑")
        XCTAssertEqual(result.text, "峰清青")
        XCTAssertEqual(result.steps, [.variantCharacters])
    }

    func testFullWidthAndCaseFold() {
        let result = normalizer.normalize("ＱｕｏｔｅＫｉｔ　２０２４")
        XCTAssertEqual(result.text, "quotekit 2024")
        XCTAssertEqual(Set(result.steps), [.width, .case, .whitespace])
    }

    func testNFKCCompatibilityForms() {
        let result = normalizer.normalize("ﬁne")
        XCTAssertEqual(result.text, "fine")
        XCTAssertEqual(result.steps, [.nfkc])
    }

    func testPunctuationWhitespaceLineBreaksAndMarkupSeparateUnits() {
        let result = normalizer.normalize("It is a _truth_\nuniversally  acknowledged,")
        XCTAssertEqual(result.text, "it is a truth universally acknowledged")
        XCTAssertEqual(result.units.map(\.key), ["it", "is", "a", "truth", "universally", "acknowledged"])
        XCTAssertEqual(Set(result.steps), [.case, .whitespace, .markup, .punctuation])
    }

    func testApostrophesInsideWordsAreDroppedNotSplit() {
        XCTAssertEqual(normalizer.normalize("don't").text, normalizer.normalize("don’t").text)
        XCTAssertEqual(normalizer.normalize("don’t").units.count, 1)
    }

    func testUnitOffsetsPointIntoTheInput() {
        let text = "子曰：“学而时习之”"
        let result = normalizer.normalize(text)
        let scalars = Array(text.unicodeScalars)
        XCTAssertEqual(result.units.count, 7)
        XCTAssertEqual(String(scalars[result.units[2].start]), "学")
        XCTAssertEqual(result.units[2].end, result.units[2].start + 1)
        XCTAssertTrue(result.units.allSatisfy { !$0.isWord })
    }

    func testMixedScriptsKeepWordsAndIdeographsApart() {
        let result = normalizer.normalize("AI人工智能GPT4")
        XCTAssertEqual(result.units.map(\.key), ["ai", "人", "工", "智", "能", "gpt4"])
    }

    func testEmptyAndPunctuationOnlyInput() {
        XCTAssertEqual(normalizer.normalize("").units, [])
        XCTAssertEqual(normalizer.normalize("，。！…… ").units, [])
    }
}

final class NormalizerKeyTests: XCTestCase {
    func testClaimKeysAgreeWithNormalizedText() {
        let normalizer = Normalizer()
        for s in ["戲爲六絕句 六", "Pride and Prejudice", "Jane Austen", "don’t stop", "AI人工智能GPT4", "论语·述而", "  ", "ＱｕｏｔｅＫｉｔ"] {
            XCTAssertEqual(ClaimIndex.key(s, normalizer), normalizer.normalize(s).text, s)
        }
    }
}
