import DiepgangCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file (or stdin) in fixed-size chunks and hands out lines, so memory stays bounded by
/// the chunk size plus the longest line, whatever the size of the file. Single-byte encodings
/// (Windows-1252, Latin-1) are turned into UTF-8 as chunks arrive; everything after sees UTF-8.
final class ByteStream {
    let name: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private let chunkSize: Int
    private let encoding: NoteEncoding
    private var buffer: [UInt8] = []
    /// Unconsumed bytes are buffer[start..<buffer.count].
    private var start = 0
    /// Where the search for the next newline resumes (avoids rescanning a long line).
    private var scanned = 0
    private var atEOF = false
    private var raw: [UInt8] = []
    /// The 1-based number of the line that `nextLine` returns next.
    private(set) var lineNumber = 1
    /// The terminator of the line `nextLine` returned last: "\r\n", "\n" or none (the end).
    private(set) var lastTerminator: ArraySlice<UInt8> = []
    private var first = true
    /// A line longer than this is not held: `nextLine` skips it to its end and returns an empty
    /// range with `lastLineTooLong` set, so one giant record cannot fill memory.
    var maxLine = Int.max
    private(set) var lastLineTooLong = false

    /// Opens a file; "-" is standard input.
    init(path: String, chunkSize: Int, encoding: NoteEncoding) throws {
        name = path
        self.chunkSize = chunkSize
        self.encoding = encoding
        if path == "-" {
            fd = 0
            ownsDescriptor = false
        } else {
            let d = open(path, O_RDONLY)
            if d < 0 {
                let err = errno
                let reason = SystemError.reason(err)
                throw DiepgangError(.noInput, nl: "kan \(path) niet openen: \(reason.nl)", en: "cannot open \(path): \(reason.en)")
            }
            fd = d
            ownsDescriptor = true
        }
        buffer.reserveCapacity(chunkSize)
    }

    /// Reads bytes already in memory (an uploaded file), as if they were a file called `name`.
    init(bytes: [UInt8], name: String, encoding: NoteEncoding) {
        self.name = name
        chunkSize = max(16, bytes.count)
        self.encoding = encoding
        fd = -1
        ownsDescriptor = false
        var from = 0
        if encoding == .utf8 && bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { from = 3 }
        switch encoding {
        case .utf8: buffer = Array(bytes[from...])
        case .windows1252, .latin1:
            let table = encoding == .windows1252 ? SingleByteDecoder.cp1252 : SingleByteDecoder.latin1
            for b in bytes { SingleByteDecoder.append(b, table: table, to: &buffer) }
        }
        first = false
        atEOF = true
    }

    /// Bytes already in memory (UTF-8, no byte-order mark): one block of a file that was split at
    /// record boundaries, read by a worker. `line` is the number of its first line in the file.
    init(block: [UInt8], name: String, line: Int) {
        self.name = name
        fd = -1
        ownsDescriptor = false
        chunkSize = max(16, block.count)
        encoding = .utf8
        buffer = block
        atEOF = true
        first = false
        lineNumber = line
    }

    deinit {
        if ownsDescriptor { _ = close(fd) }
    }

    /// Reads one more chunk into the buffer; false at the end of the input.
    private func fill() throws -> Bool {
        if atEOF { return false }
        if start > 0 && start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            scanned -= start
            start = 0
        } else if start > chunkSize || (start > 0 && buffer.count + chunkSize > buffer.capacity) {
            // Move the unconsumed tail to the front instead of growing.
            buffer.removeSubrange(0..<start)
            scanned -= start
            start = 0
        }
        if raw.count != chunkSize { raw = [UInt8](repeating: 0, count: chunkSize) }
        var n = 0
        while true {
            n = raw.withUnsafeMutableBytes { read(fd, $0.baseAddress!, chunkSize) }
            if n < 0 && errno == EINTR { continue }
            break
        }
        if n < 0 {
            let reason = SystemError.reason(errno)
            throw DiepgangError(.noInput, nl: "kan \(name) niet lezen: \(reason.nl)", en: "cannot read \(name): \(reason.en)")
        }
        if n == 0 { atEOF = true; return false }
        var from = 0
        if first {
            first = false
            // A UTF-8 byte-order mark (Excel writes one) is not part of the data.
            if encoding == .utf8 && n >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF { from = 3 }
        }
        switch encoding {
        case .utf8:
            buffer.append(contentsOf: raw[from..<n])
        case .windows1252, .latin1:
            let table = encoding == .windows1252 ? SingleByteDecoder.cp1252 : SingleByteDecoder.latin1
            for i in from..<n { SingleByteDecoder.append(raw[i], table: table, to: &buffer) }
        }
        return true
    }

    /// The next line without its terminator (LF, or CRLF), as a range into `bytes`, valid until the
    /// next call. The last line may lack a terminator. nil at the end.
    func nextLine() throws -> Range<Int>? {
        lastLineTooLong = false
        while true {
            let count = buffer.count
            if scanned < count {
                let found: Int? = buffer.withUnsafeBufferPointer { p -> Int? in
                    guard let q = memchr(p.baseAddress! + scanned, 0x0A, count - scanned) else { return nil }
                    return UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - p.baseAddress!
                }
                if let nl = found {
                    var end = nl
                    if end > start && buffer[end - 1] == 0x0D { end -= 1 }
                    lastTerminator = end < nl ? Self.crlf[...] : Self.lf[...]
                    let range = start..<end
                    start = nl + 1
                    scanned = start
                    lineNumber += 1
                    return range
                }
                scanned = count
            }
            if count - start > maxLine { return try skipLongLine() }
            if try !fill() {
                if start < buffer.count {
                    var end = buffer.count
                    if buffer[end - 1] == 0x0D { end -= 1 }
                    lastTerminator = end < buffer.count ? Self.cr[...] : []
                    let range = start..<end
                    start = buffer.count
                    scanned = start
                    lineNumber += 1
                    return range
                }
                return nil
            }
        }
    }

    private static let crlf: [UInt8] = [0x0D, 0x0A], lf: [UInt8] = [0x0A], cr: [UInt8] = [0x0D]

    /// Drops the rest of an overlong line, chunk by chunk, up to and including its line feed.
    private func skipLongLine() throws -> Range<Int>? {
        lastLineTooLong = true
        lastTerminator = []
        while true {
            let count = buffer.count
            let found: Int? = scanned < count ? buffer.withUnsafeBufferPointer { p -> Int? in
                guard let q = memchr(p.baseAddress! + scanned, 0x0A, count - scanned) else { return nil }
                return UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - p.baseAddress!
            } : nil
            if let nl = found {
                start = nl + 1
                scanned = start
                lastTerminator = Self.lf[...]
                break
            }
            start = count
            scanned = count
            if try !fill() { break }
        }
        lineNumber += 1
        return start..<start
    }

    /// Reads everything that is left, or nil (having read no further) once it passes `limit` bytes.
    func readAll(limit: Int) throws -> [UInt8]? {
        while buffer.count - start <= limit, try fill() {}
        guard buffer.count - start <= limit else { return nil }
        return try readAll()
    }

    /// Appends what is buffered, or else up to `size` bytes read straight from the input (UTF-8
    /// only), to `out`: one copy, for a splitter that cuts the input into blocks. False at the end.
    /// Call `peek` first, so the first chunk (and its byte-order mark) went through `fill`.
    func append(to out: inout [UInt8], atMost size: Int) throws -> Bool {
        if start < buffer.count {
            out.append(contentsOf: buffer[start...])
            buffer = []
            start = 0
            scanned = 0
            return true
        }
        if atEOF { return false }
        // A new array holding what `out` had and the bytes read straight behind it.
        let old = out.count
        var failure: Int32 = 0
        let grown = [UInt8](unsafeUninitializedCapacity: old + size) { buffer, initialized in
            let base = buffer.baseAddress!
            out.withUnsafeBufferPointer { if old > 0 { base.initialize(from: $0.baseAddress!, count: old) } }
            var n = 0
            while true {
                n = read(fd, base + old, size)
                if n < 0 && errno == EINTR { continue }
                break
            }
            if n < 0 { failure = errno; n = 0 }
            initialized = old + n
        }
        if failure != 0 {
            let reason = SystemError.reason(failure)
            throw DiepgangError(.noInput, nl: "kan \(name) niet lezen: \(reason.nl)", en: "cannot read \(name): \(reason.en)")
        }
        if grown.count == old { atEOF = true; return false }
        out = grown
        return true
    }

    /// Everything that is left (for one-note text inputs).
    func readAll() throws -> [UInt8] {
        while try fill() {}
        let rest = Array(buffer[start...])
        start = buffer.count
        scanned = start
        return rest
    }

    /// Puts bytes back in front of the unread input, to be read again starting at `line`
    /// (used when an unterminated CSV quote swallowed lines that must be re-read).
    func unread(_ bytes: [UInt8], line: Int) {
        buffer.replaceSubrange(start..<start, with: bytes)
        scanned = start
        lineNumber = line
    }

    /// Access to the bytes behind the ranges `nextLine` returns.
    @inline(__always)
    func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try buffer.withUnsafeBufferPointer(body)
    }

    func bytes(_ range: Range<Int>) -> ArraySlice<UInt8> { buffer[range] }

    /// Looks at the first bytes without consuming them (format sniffing).
    func peek(_ count: Int) throws -> [UInt8] {
        while buffer.count - start < count, try fill() {}
        return Array(buffer[start..<min(buffer.count, start + count)])
    }
}

/// Windows-1252 and Latin-1 to UTF-8.
enum SingleByteDecoder {
    /// The scalar for each byte 0x80…0x9F in Windows-1252 (undefined ones map to their C1 control, as Windows does).
    static let cp1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    static let cp1252: [UInt32] = (0..<256).map { b in (0x80...0x9F).contains(b) ? cp1252High[b - 0x80] : UInt32(b) }
    static let latin1: [UInt32] = (0..<256).map { UInt32($0) }

    @inline(__always)
    static func append(_ byte: UInt8, table: [UInt32], to out: inout [UInt8]) {
        if byte < 0x80 { out.append(byte); return }
        let s = table[Int(byte)]
        if s < 0x800 {
            out.append(UInt8(0xC0 | (s >> 6)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        } else {
            out.append(UInt8(0xE0 | (s >> 12)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }
}

/// UTF-8 validation on bytes, with a fast path for ASCII.
enum UTF8Check {
    /// The offset of the first byte that is not part of valid UTF-8, or nil when all is valid.
    static func firstInvalid(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var i = range.lowerBound
        let end = range.upperBound
        guard let base = p.baseAddress else { return nil }
        while i < end {
            i = p.firstNonASCII(from: i, to: end)
            guard i < end else { return nil }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var scalar: UInt32 = 0
            switch b {
            case 0xC2...0xDF: need = 1; min = 0x80; scalar = UInt32(b & 0x1F)
            case 0xE0...0xEF: need = 2; min = 0x800; scalar = UInt32(b & 0x0F)
            case 0xF0...0xF4: need = 3; min = 0x10000; scalar = UInt32(b & 0x07)
            default: return i
            }
            if i + need >= end { return i }
            for k in 1...need {
                let c = base[i + k]
                if c & 0xC0 != 0x80 { return i }
                scalar = (scalar << 6) | UInt32(c & 0x3F)
            }
            if scalar < min || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return i }
            i += need + 1
        }
        return nil
    }
}
