import DiepgangCore
import Foundation

/// A named data file (a lexicon, the corpus): its path relative to its folder and its bytes.
public struct ResourceFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A folder of data files: either the copy embedded in the program at build time, or a folder on
/// disk that a user points at (`--lexicons DIR`). Paths are relative to the folder, sorted.
public struct ResourceFolder: Sendable {
    /// Where the files came from, for messages: "(ingebouwd) Lexicons" or a path.
    public var origin: String
    public var files: [ResourceFile]

    public init(origin: String, files: [ResourceFile]) {
        self.origin = origin
        self.files = files.sorted { $0.path < $1.path }
    }

    /// The copy of `Lexicons/` or `Corpus/` built into the program. Only that folder's files are
    /// decoded (the privacy word list alone is megabytes; an analysis should not pay for it).
    /// `including` picks files by their path inside the folder.
    public static func embedded(_ folder: String, including: (String) -> Bool = { _ in true }) -> ResourceFolder {
        let prefix = folder + "/"
        let files = embeddedFiles.compactMap { entry -> ResourceFile? in
            guard entry.path.hasPrefix(prefix) else { return nil }
            let path = String(entry.path.dropFirst(prefix.count))
            guard including(path) else { return nil }
            return ResourceFile(path: path, bytes: EmbeddedFiles.bytes(entry))
        }
        return ResourceFolder(origin: "(embedded) \(folder)", files: files)
    }

    /// The kinds of data file a lexicon folder holds; anything else in it (a README, a script, an
    /// unrelated download) is never read.
    public static let dataExtensions: Set<String> = ["lex", "txt", "tsv", "fc"]
    /// A data file above this size is refused rather than read into memory: the largest bundled
    /// one is under 3 MB.
    public static let maxFileBytes = 32 << 20

    /// Every regular, non-hidden data file (see `dataExtensions`) under a folder on disk.
    public static func directory(_ path: String) throws -> ResourceFolder {
        let root = URL(fileURLWithPath: path).standardizedFileURL
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDir), isDir.boolValue else {
            throw DiepgangError(.noInput, nl: "map niet gevonden: \(path)", en: "folder not found: \(path)")
        }
        var files: [ResourceFile] = []
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey, .fileSizeKey],
                                                    options: [.skipsHiddenFiles])
        while let url = walker?.nextObject() as? URL {
            guard dataExtensions.contains(url.pathExtension.lowercased()),
                  let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey]),
                  values.isRegularFile == true else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(root.path.count + 1))
            if let size = values.fileSize, size > maxFileBytes {
                throw DiepgangError(.dataError, nl: "\(url.path) is \(size >> 20) MB; een lexiconbestand mag hoogstens \(maxFileBytes >> 20) MB zijn",
                                    en: "\(url.path) is \(size >> 20) MB; a lexicon file may be at most \(maxFileBytes >> 20) MB")
            }
            guard let data = FileManager.default.contents(atPath: url.path) else {
                throw DiepgangError(.noInput, nl: "kan \(url.path) niet lezen", en: "cannot read \(url.path)")
            }
            files.append(ResourceFile(path: relative, bytes: [UInt8](data)))
        }
        return ResourceFolder(origin: root.path, files: files)
    }

    public func file(_ path: String) -> ResourceFile? {
        files.first { $0.path == path }
    }

    /// Files whose path ends with the extension, e.g. "lex".
    public func files(withExtension ext: String) -> [ResourceFile] {
        files.filter { $0.path.hasSuffix("." + ext) }
    }

    /// A fingerprint of the content: paths and bytes of the given files.
    public static func fingerprint(_ files: [ResourceFile]) -> String {
        var hash = FNV1a64()
        for file in files.sorted(by: { $0.path < $1.path }) {
            hash.update(file.path.utf8)
            hash.update([0])
            hash.update(file.bytes)
            hash.update([0])
        }
        return hash.hex
    }
}

/// The files embedded at build time.
public enum EmbeddedFiles {
    /// Every embedded file, decoded (for listings; commands use `ResourceFolder.embedded`).
    public static var all: [ResourceFile] {
        embeddedFiles.map { ResourceFile(path: $0.path, bytes: bytes($0)) }
    }

    /// A text file is a string literal (its UTF-8 bytes are copied out, nothing decoded); any
    /// other file is base64 (see embed-resources).
    static func bytes(_ entry: (path: String, content: String, isBase64: Bool)) -> [UInt8] {
        entry.isBase64 ? [UInt8](Data(base64Encoded: entry.content) ?? Data()) : Array(entry.content.utf8)
    }
}
