// Writes a Swift file that holds the text of each YAML rule pack given, for the EmbedRulePacks build plugin.
//
//     EmbedRulePacksTool OUTPUT.swift PACK.yaml ...
//
// Each pack becomes a raw multi-line string literal whose delimiter occurs nowhere in the pack, so the
// compiled string is the file's text exactly (line ends normalised to LF, as Swift literals do).
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: EmbedRulePacksTool OUTPUT.swift PACK.yaml ...\n".utf8))
    exit(64)
}

/// The shortest run of `#` that cannot end the literal early or start an escape inside `text`.
func delimiter(for text: String) -> String {
    var hashes = "#"
    while text.contains("\"\"\"" + hashes) || text.contains("\\" + hashes) { hashes += "#" }
    return hashes
}

var out = """
// Generated at build time by the EmbedRulePacks plugin from Sources/QuoteKit/Resources/RulePacks/*.yaml.
// Do not edit: edit the YAML files.

/// The text of each built-in rule pack, by file name without `.yaml`.
enum BuiltInPackTexts {
    static let texts: [String: String] = [

"""
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("EmbedRulePacksTool: cannot read \(path) as UTF-8 text\n".utf8))
        exit(1)
    }
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    let hashes = delimiter(for: text)
    out += "        \"\(name)\": \(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes),\n"
}
out += "    ]\n}\n"
do {
    try Data(out.utf8).write(to: URL(fileURLWithPath: arguments[0]))
} catch {
    FileHandle.standardError.write(Data("EmbedRulePacksTool: cannot write \(arguments[0]): \(error)\n".utf8))
    exit(1)
}
