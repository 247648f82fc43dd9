// Writes a Swift file holding each YAML rule pack given, already parsed, for the EmbedRulePacks build plugin.
//
//     EmbedRulePacksTool OUTPUT.swift PACK.yaml ...
//
// Parsing YAML was the largest part of the command's start-up, so the build does it once: each pack's
// YAML tree is written in a compact form that QuoteKit's `PackValue(packedTree:)` reads back in a single
// pass. The form, read the same way `PackValue(_: Node)` reads a YAML node:
//
//     S<byte count>:<UTF-8 bytes>              a scalar (an alias reads as an empty scalar)
//     L<item count>:<item>…                     a sequence
//     M<pair count>:<key scalar><value>…        a mapping (a key that is not a scalar reads as "")
//
// The whole is stored base64-encoded in a string literal. A pack that is not valid YAML stops the build.
import Foundation
import Yams

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: EmbedRulePacksTool OUTPUT.swift PACK.yaml ...\n".utf8))
    exit(64)
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("EmbedRulePacksTool: \(message)\n".utf8))
    exit(1)
}

func pack(_ node: Node, into out: inout [UInt8]) {
    func scalar(_ text: String) {
        out.append(contentsOf: Array("S\(text.utf8.count):".utf8))
        out.append(contentsOf: Array(text.utf8))
    }
    switch node {
    case .scalar(let s):
        scalar(s.string)
    case .sequence(let items):
        out.append(contentsOf: Array("L\(items.count):".utf8))
        for item in items { pack(item, into: &out) }
    case .mapping(let pairs):
        out.append(contentsOf: Array("M\(pairs.count):".utf8))
        for pair in pairs {
            scalar(pair.key.string ?? "")
            pack(pair.value, into: &out)
        }
    case .alias:
        scalar("")
    }
}

var source = """
// Generated at build time by the EmbedRulePacks plugin from Sources/QuoteKit/Resources/RulePacks/*.yaml.
// Do not edit: edit the YAML files.

/// Each built-in rule pack's YAML tree in packed form (see `PackValue(packedTree:)`), by file name without `.yaml`.
enum BuiltInPackTrees {
    static let packed: [String: String] = [

"""
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
        fail("cannot read \(path) as UTF-8 text")
    }
    let node: Node
    do {
        node = try Yams.compose(yaml: text, .basic) ?? Node("")
    } catch {
        fail("\(path) is not valid YAML: \(error)")
    }
    var bytes: [UInt8] = []
    pack(node, into: &bytes)
    let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    source += "        \"\(name)\": \"\(Data(bytes).base64EncodedString())\",\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[0]))
} catch {
    fail("cannot write \(arguments[0]): \(error)")
}
