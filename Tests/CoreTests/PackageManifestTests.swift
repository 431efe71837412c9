import Foundation
import XCTest

/// `Package.swift` declares exactly the modules each target imports: no dependency the code does
/// not use, none it uses without declaring. `@_exported` re-exports of the umbrella
/// module count as imports.
final class PackageManifestTests: XCTestCase {
    func testDependenciesEqualImports() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let target = try NSRegularExpression(pattern: #"\.(?:target|executableTarget|testTarget)\(name: "([^"]+)"(?:, dependencies: \[([^\]]*)\])?,\s*path: "([^"]+)""#)
        let quoted = try NSRegularExpression(pattern: #""([^"]+)""#)
        let importLine = try NSRegularExpression(pattern: #"^\s*(?:@testable |@_exported )?import (Diepgang\w*)"#, options: .anchorsMatchLines)
        func strings(_ regex: NSRegularExpression, _ text: String, group: Int = 1) -> Set<String> {
            Set(regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range(at: group), in: text).map { String(text[$0]) } })
        }
        var checked = 0
        for match in target.matches(in: manifest, range: NSRange(manifest.startIndex..., in: manifest)) {
            let name = String(manifest[Range(match.range(at: 1), in: manifest)!])
            let declared = Range(match.range(at: 2), in: manifest).map { strings(quoted, String(manifest[$0])) } ?? []
            let path = String(manifest[Range(match.range(at: 3), in: manifest)!])
            var imported = Set<String>()
            let files = FileManager.default.enumerator(atPath: root.appendingPathComponent(path).path)
            while let file = files?.nextObject() as? String {
                guard file.hasSuffix(".swift") else { continue }
                imported.formUnion(strings(importLine, try String(contentsOf: root.appendingPathComponent(path).appendingPathComponent(file), encoding: .utf8)))
            }
            imported.remove(name)
            // The command-line tests run the built binary: they depend on it without importing it.
            let expected = name == "CLITests" ? imported.union(["DiepgangCLI"]) : imported
            XCTAssertEqual(declared.filter { $0.hasPrefix("Diepgang") }, expected, name)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 20, "the manifest was read")
    }
}
