import Foundation
import XCTest
@testable import QuoteKit

/// JSON Lines records are read by a fast parser straight into scalars; it must agree with
/// `JSONSerialization` on every record it accepts and leave the rest to it.
final class CorpusRecordTests: XCTestCase {
    private func document(_ line: String, textField: String = "text") throws(InputError) -> Document {
        let decoder = CorpusDecoder(textField: textField, idField: "id")
        return try decoder.document(for: CorpusItem(source: "c.jsonl:1", payload: .record(Data(line.utf8), line: 1), size: line.utf8.count))
    }

    func testFastRecordsAgreeWithFoundation() throws {
        let lines = [
            #"{"id": "a", "text": "张明说：“好。”"}"#,
            #"{"text": "Dr. Ada Lane said, \"Yes.\"\n\t\u00e9\ud83d\ude00\u0000", "id": 12}"#,
            #"{"id": "b", "meta": {"x": [1, "y", null]}, "text": "前\/后\\", "n": -1.5e3}"#,
            #"{"id": "c", "text": "first", "text": "second"}"#,
            #"  {"id":"d","text":"𠮷野家"}  "#,
        ]
        for line in lines {
            let fast = CorpusDecoder().fastRecord(Data(line.utf8), source: "c.jsonl:1")
            XCTAssertNotNil(fast, line)
            let slow = try CorpusDecoder().recordThroughFoundation(Data(line.utf8), source: "c.jsonl:1")
            XCTAssertEqual(fast?.text, slow.text, line)
            XCTAssertEqual(fast?.scalars, slow.scalars, line)
            XCTAssertEqual(fast?.source, slow.source, line)
        }
        XCTAssertEqual(try document(lines[1]).source, "12", "a number id is the record's source")
        XCTAssertEqual(try document(lines[3]).text, "second", "a repeated key: the last value counts")
    }

    func testOtherRecordsGetFoundationsErrors() {
        let cases: [(String, String)] = [
            ("not json at all", "not valid JSON"),
            ("[1, 2, 3]", "not a JSON object"),
            (#"{"id": "x", "body": "no text"}"#, #"no string field "text""#),
            (#"{"id": "x", "text": 42}"#, #"no string field "text""#),
            (#"{"id": "x", "text": "unpaired \udc00"}"#, "not valid JSON"),
        ]
        for (line, expected) in cases {
            XCTAssertThrowsError(try document(line), line) { error in
                XCTAssertTrue("\(error)".contains(expected), "\(line): \(error)")
            }
        }
        // An empty text is named by file and line (where the user finds it), with the record's id.
        XCTAssertThrowsError(try document(#"{"id": "e", "text": ""}"#)) { error in
            XCTAssertEqual((error as? InputError)?.source, "c.jsonl:1")
            XCTAssertEqual((error as? InputError)?.reason, .invalidRecord(#"the "text" field is empty (record id e)"#))
        }
    }

    func testTextFieldOption() throws {
        let document = try document(#"{"id": "p", "body": "孔子说：“学而不思则罔。”"}"#, textField: "body")
        XCTAssertEqual(QuoteExtractor().extract(document).quotes.first?.speaker?.name, "孔子")
    }
}
