import QuoteKit

let linter = Linter()

/// Bytes → Document → lint and fix. Traps when a diagnostic or fix range leaves the text,
/// or when fixing the fixed text again is not stable in length bounds.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLint(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard let document = try? DocumentReader.document(bytes: bytes, source: "fuzz") else { return 0 }
    for diagnostic in linter.lint(document) {
        precondition(diagnostic.start >= 0 && diagnostic.start <= diagnostic.end && diagnostic.end <= document.count, "diagnostic range")
        if let fix = diagnostic.fix {
            precondition(fix.start >= 0 && fix.start <= fix.end && fix.end <= document.count, "fix range")
        }
    }
    let fixed = linter.fix(document)
    if !fixed.text.isEmpty {
        _ = linter.lint(Document(text: fixed.text, source: "fuzz-fixed"))
    }
    return 0
}

// SwiftPM links a debug executable with its entry point renamed to FuzzLint_main
// (so tests can link it); hand that entry point to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                     _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("FuzzLint_main")
public func fuzzLintMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzLint)
}
