import QuoteKit

/// Bytes → DocumentReader → Document: decoding, binary detection and offset tables.
/// Traps when a decoded document breaks an offset invariant.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDecode(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let document = try? DocumentReader.document(bytes: bytes, source: "fuzz") else { return 0 }
    let utf16 = Array(document.text.utf16)
    let utf8 = Array(document.text.utf8)
    var u16 = 0
    var u8 = 0
    for (offset, scalar) in document.scalars.enumerated() {
        if offset % 7 == 0 || offset == document.count - 1 {
            let position = document.position(offset)
            precondition(position.scalar == offset && position.utf16 == u16 && position.utf8 == u8, "offset table at \(offset)")
            precondition(u16 < utf16.count && u8 < utf8.count, "offset past the end")
            precondition(document.string(offset..<offset + 1) == String(Character(scalar)), "string(_:) at \(offset)")
        }
        u16 += UTF16.width(scalar)
        u8 += UTF8.width(scalar)
    }
    precondition(u16 == utf16.count && u8 == utf8.count, "scalars do not add up to the text")
    for finding in document.inputDiagnostics {
        precondition(finding.start >= 0 && finding.end <= document.count, "input diagnostic range")
        precondition(finding.rule != "input.invalid-utf8" || document.scalars[finding.start] == "\u{FFFD}", "repair not at a U+FFFD")
    }
    for paragraph in document.paragraphs {
        precondition(paragraph.start <= paragraph.end && paragraph.end <= document.count, "paragraph range")
    }
    return 0
}

// SwiftPM links a debug executable with its entry point renamed to FuzzDecode_main
// (so tests can link it); hand that entry point to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("FuzzDecode_main")
public func fuzzDecodeMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzDecode)
}
