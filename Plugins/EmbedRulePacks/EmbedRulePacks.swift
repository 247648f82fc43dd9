import Foundation
import PackagePlugin

/// Compiles the built-in rule packs (`Resources/RulePacks/*.yaml` of the target) into the target.
///
/// The YAML files stay the packs' only source. The build parses them and writes a Swift file holding each
/// pack's tree in packed form, so that a QuoteKit program parses no YAML at start-up and needs no resource
/// folder beside it (a binary shipped alone to a Spark worker works). The command reruns whenever a pack
/// changes; a pack that is not valid YAML stops the build.
@main
struct EmbedRulePacks: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let target = target as? SourceModuleTarget else { return [] }
        let folder = target.directoryURL.appending(path: "Resources/RulePacks")
        let packs = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") }
            .sorted()
            .map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInPackTrees.swift")
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
