import Foundation
import PackagePlugin

/// Compiles every `Roadmaps/*.md` file of the package into the target as Swift source,
/// so the built `roadmap` binary carries its roadmaps and runs from any folder.
@main
struct EmbedRoadmaps: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "Roadmaps")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".md") }
            .sorted()
        let inputs = names.map { folder.appending(path: $0) }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedRoadmaps.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) roadmaps",
                executable: try context.tool(named: "RoadmapEmbedder").url,
                arguments: [output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
