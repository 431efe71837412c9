#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Checks, before anything is written, that no output would overwrite an input or another
/// output: an output replaces its file when the run ends, so `--out notes.jsonl` on the input
/// `notes.jsonl` would otherwise destroy the notes it was reading.
public enum OutputPaths {
    /// One output file and the option that named it (for the message).
    public struct Output {
        public var option: String
        public var path: String
        public init(option: String, path: String) {
            self.option = option
            self.path = path
        }
    }

    /// Throws a usage error naming the clash; "-" (stdout/stdin) never clashes.
    public static func check(_ outputs: [Output], inputs: [String]) throws {
        let files = outputs.filter { $0.path != "-" }
        for (k, output) in files.enumerated() {
            for input in inputs where input != "-" {
                if sameFile(output.path, input) {
                    throw DiepgangError(.usage,
                        nl: "\(output.option) \(output.path) is ook een invoer; kies een ander uitvoerbestand (er is niets geschreven)",
                        en: "\(output.option) \(output.path) is also an input; choose another output file (nothing was written)")
                }
                if isDirectory(input), lies(output.path, inside: input) {
                    throw DiepgangError(.usage,
                        nl: "\(output.option) \(output.path) ligt in de invoermap \(input); schrijf de uitvoer buiten die map (er is niets geschreven)",
                        en: "\(output.option) \(output.path) lies in the input folder \(input); write the output outside it (nothing was written)")
                }
            }
            for other in files[(k + 1)...] where sameFile(output.path, other.path) {
                throw DiepgangError(.usage,
                    nl: "\(output.option) en \(other.option) wijzen naar hetzelfde bestand \(output.path); kies twee verschillende bestanden",
                    en: "\(output.option) and \(other.option) name the same file \(output.path); choose two different files")
            }
        }
    }

    /// The same file: by device and inode when both exist (links and other spellings of a path
    /// included), else by the absolute path with symbolic links resolved.
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        if stat(a, &sa) == 0, stat(b, &sb) == 0 {
            return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino
        }
        return canonical(a) == canonical(b)
    }

    static func isDirectory(_ path: String) -> Bool {
        var s = stat()
        return stat(path, &s) == 0 && (s.st_mode & S_IFMT) == S_IFDIR
    }

    static func lies(_ path: String, inside folder: String) -> Bool {
        let parent = canonical((path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent)
        let root = canonical(folder)
        return parent == root || parent.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
