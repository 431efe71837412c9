import Foundation
import PackagePlugin

/// Embeds `Lexicons/` and `Corpus/` into the `DiepgangResources` module, so the built
/// program carries its word lists and demo corpus and runs from any directory.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let root = context.package.directoryURL
        let folders = ["Lexicons", "Corpus"]
        var inputs: [URL] = []
        for folder in folders {
            let dir = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                inputs.append(url)
            }
        }
        let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedFiles.swift")
        return [.buildCommand(
            displayName: "Embedding Lexicons/ and Corpus/",
            executable: try context.tool(named: "embed-resources").url,
            arguments: [output.path, root.path] + folders,
            inputFiles: inputs,
            outputFiles: [output])]
    }
}
