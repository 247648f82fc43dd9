import Foundation
import PackagePlugin

/// Compiles the built-in rule packs (`Resources/RulePacks/*.yaml` of the target) into the target as text.
///
/// The YAML files stay the packs' only source; the build turns them into a Swift file holding each file's text,
/// so that a QuoteKit executable carries its packs and needs no resource folder beside it (a binary shipped
/// alone to a Spark worker works). The command reruns whenever a pack changes.
@main
struct EmbedRulePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Resources/RulePacks")
        let packs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInPackTexts.swift")
        return [
            .buildCommand(
                displayName: "Embedding the built-in rule packs into \(target.name)",
                executable: try context.tool(named: "EmbedRulePacksTool").url,
                arguments: [output.path] + packs.map(\.path),
                inputFiles: packs,
                outputFiles: [output]
            ),
        ]
    }
}
