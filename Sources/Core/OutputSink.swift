#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered output to a file descriptor (stdout, stderr or a file), with write errors turned
/// into `DiepgangError`s: exit 74 with a message, or quietly when the reader closed the pipe.
public final class OutputSink {
    public let fd: Int32
    public let name: String
    private var buffer: [UInt8] = []
    private let capacity: Int
    private let ownsDescriptor: Bool

    public init(fd: Int32, name: String, capacity: Int = 1 << 16, ownsDescriptor: Bool = false) {
        self.fd = fd
        self.name = name
        self.capacity = capacity
        self.ownsDescriptor = ownsDescriptor
        buffer.reserveCapacity(capacity)
    }

    public static func standardOutput() -> OutputSink { OutputSink(fd: 1, name: "stdout") }
    public static func standardError() -> OutputSink { OutputSink(fd: 2, name: "stderr", capacity: 0) }

    /// Is this descriptor a terminal (for colour and progress bars)?
    public var isTerminal: Bool { isatty(fd) == 1 }

    public func write<C: Collection>(_ bytes: C) throws where C.Element == UInt8 {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { try flush() }
    }

    /// The batch writer's case: one note's finished bytes, copied in one go.
    public func write(_ bytes: [UInt8]) throws {
        if buffer.count + bytes.count > capacity && !buffer.isEmpty { try flush() }
        if bytes.count >= capacity {
            try bytes.withUnsafeBufferPointer { try writeAll($0) }
            return
        }
        buffer.append(contentsOf: bytes)
    }

    public func write(_ text: String) throws {
        try write(text.utf8)
    }

    /// Writes a printer's buffer and empties it for the next piece.
    public func write(draining out: ByteWriter) throws {
        if out.count >= capacity {
            // Large pieces (a block of tokens) go out directly, not through the buffer.
            try flush()
            try out.withBytes { try writeAll($0) }
        } else {
            try out.withBytes { try write($0) }
        }
        out.removeAll()
    }

    public func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBufferPointer { try writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard let start = bytes.baseAddress else { return }
        var written = 0
        while written < bytes.count {
            let n = Glibc_write(fd, start + written, bytes.count - written)
            if n < 0 {
                let err = errno
                if err == EINTR { continue }
                throw OutputSink.error(errno: err, name: name)
            }
            written += n
        }
    }

    public func close() throws {
        try flush()
        if ownsDescriptor {
            if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
                throw OutputSink.error(errno: errno, name: name)
            }
            _ = Glibc_close(fd)
        }
    }

    static func error(errno err: Int32, name: String) -> DiepgangError {
        if err == EPIPE {
            return DiepgangError(.ioError, Localized(nl: "uitvoer gesloten", en: "output closed"), quiet: true)
        }
        let reason = SystemError.reason(err)
        return DiepgangError(.ioError, Localized(nl: "kan niet schrijven naar \(name): \(reason.nl)",
                                                 en: "cannot write to \(name): \(reason.en)"))
    }
}

@inline(__always) private func Glibc_write(_ fd: Int32, _ p: UnsafeRawPointer, _ n: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, p, n)
    #else
    return Darwin.write(fd, p, n)
    #endif
}

@inline(__always) private func Glibc_close(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}

/// A file that appears under its final name only when it is complete: written to a temporary
/// file beside it and renamed on `commit()`, removed on `discard()`. A crash never leaves a
/// half file that looks whole.
///
/// A path that exists and is not a regular file (`/dev/null`, a FIFO, a terminal) is written in
/// place: renaming a temporary file over it would replace the device with a plain file.
public final class AtomicFile {
    public let path: String
    /// The temporary file, or nil when the path is written in place.
    public let temporaryPath: String?
    public let sink: OutputSink
    private var done = false

    public init(path: String) throws {
        self.path = path
        let fd: Int32
        if AtomicFile.isSpecialFile(path) {
            temporaryPath = nil
            fd = open(path, O_WRONLY)
        } else {
            let slash = path.lastIndex(of: "/")
            let dir = slash.map { String(path[..<$0]) } ?? "."
            let base = slash.map { String(path[path.index(after: $0)...]) } ?? path
            let temporary = (dir.isEmpty ? "" : dir + "/") + ".\(base).tmp-\(getpid())"
            temporaryPath = temporary
            fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        if fd < 0 {
            let reason = SystemError.reason(errno)
            throw DiepgangError(.ioError, Localized(nl: "kan \(path) niet aanmaken: \(reason.nl)",
                                                    en: "cannot create \(path): \(reason.en)"))
        }
        sink = OutputSink(fd: fd, name: path, ownsDescriptor: true)
    }

    /// Does `path` name something that exists and is not a regular file (after symbolic links)?
    public static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT != S_IFREG
    }

    public func commit() throws {
        guard !done else { return }
        do {
            try sink.close()
        } catch {
            discard()
            throw error
        }
        if let temporaryPath, rename(temporaryPath, path) != 0 {
            let reason = SystemError.reason(errno)
            discard()
            throw DiepgangError(.ioError, Localized(nl: "kan \(path) niet schrijven: \(reason.nl)",
                                                    en: "cannot write \(path): \(reason.en)"))
        }
        done = true
    }

    public func discard() {
        guard !done else { return }
        done = true
        _ = Glibc_close(sink.fd)
        if let temporaryPath { unlink(temporaryPath) }
    }

    deinit { discard() }
}
