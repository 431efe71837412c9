import Diepgang
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `diepgang tokenize [FILE|-]`: tokens and sentences of a text, streamed.
struct TokenizeCommand: Command {
    static let spec = CommandSpec(
        name: "tokenize",
        abstract: Localized(nl: "splits tekst in tokens en zinnen", en: "split text into tokens and sentences"),
        arguments: [
            ArgumentSpec(name: "BESTAND", help: Localized(nl: "tekstbestand (UTF-8); '-' of niets: standaardinvoer",
                                                          en: "text file (UTF-8); '-' or nothing: standard input")),
        ],
        options: [
            OptionSpec(name: "--format", value: "FORMAAT", choices: ["vertical", "conllu", "json"], defaultValue: "vertical",
                       help: Localized(nl: "vertical: één token per regel, lege regel na elke zin; conllu: ID en FORM met # text; json: tokens met offsets en soort",
                                       en: "vertical: one token per line, empty line after each sentence; conllu: ID and FORM with # text; json: tokens with offsets and kind")),
            CommonOptions.lexicons,
        ],
        discussion: Localized(
            nl: "Leest de tekst in blokken en schrijft meteen weg, dus ook grote bestanden passen. Ongeldige UTF-8 wordt vervangen door U+FFFD; het aantal staat op stderr. JSON-offsets tellen Unicode-tekens (scalars) vanaf het begin van de invoer.",
            en: "Reads the text in blocks and writes as it goes, so large files fit. Invalid UTF-8 is replaced with U+FFFD; the count goes to stderr. JSON offsets count Unicode scalars from the start of the input."))

    static func run(_ invocation: Invocation) throws -> ExitCode {
        let args = invocation.arguments
        let tokenizer: Tokenizer
        if let dir = args.value("--lexicons") {
            tokenizer = try Tokenizer.load(from: ResourceFolder.directory(dir))
        } else {
            tokenizer = Tokenizer.standard()
        }
        let path = args.positionals.first ?? "-"
        let input = try InputStream(path: path)
        defer { input.close() }
        var writer: TokenWriter
        switch args.value("--format") ?? "vertical" {
        case "conllu": writer = TokenWriter(format: .conllu, sink: invocation.stdout)
        case "json": writer = TokenWriter(format: .json, sink: invocation.stdout)
        default: writer = TokenWriter(format: .vertical, sink: invocation.stdout)
        }
        var tokenization = Tokenization()
        var repaired: [UInt8] = []
        var invalid = 0
        try writer.begin()
        try input.forEachBlock { block in
            var bad = UTF8Repair.invalidCount(block)
            if bad > 0 {
                repaired.removeAll(keepingCapacity: true)
                bad = UTF8Repair.repair(block, into: &repaired)
                invalid += bad
                try repaired.withUnsafeBufferPointer { text in
                    tokenizer.tokenize(text, into: &tokenization)
                    try writer.write(tokenization, text: text)
                }
            } else {
                tokenizer.tokenize(block, into: &tokenization)
                try writer.write(tokenization, text: block)
            }
        }
        try writer.end(invalidUTF8: invalid)
        if invalid > 0 {
            invocation.note(Localized(nl: "diepgang: \(invalid) ongeldige UTF-8-reeks(en) vervangen door U+FFFD",
                                      en: "diepgang: \(invalid) invalid UTF-8 sequence(s) replaced with U+FFFD"))
        }
        return .success
    }
}

/// Reads a file or standard input in blocks that end at a paragraph break (a blank line), so
/// tokenising block by block gives the same result as tokenising the whole text at once.
final class InputStream {
    let fd: Int32
    let name: String
    private let owns: Bool
    /// Bytes read from the descriptor at a time.
    static let readSize = 1 << 22
    /// Beyond this many bytes without a blank line, a block may also end at a line break
    /// that clearly ends a sentence ("…vandaag.\nMorgen").
    static let softLimit = 1 << 23

    init(path: String) throws {
        if path == "-" {
            fd = 0
            name = "stdin"
            owns = false
        } else {
            let d = open(path, O_RDONLY)
            guard d >= 0 else {
                let reason = String(cString: strerror(errno))
                throw DiepgangError(.noInput, nl: "kan \(path) niet openen: \(reason)", en: "cannot open \(path): \(reason)")
            }
            var st = stat()
            if fstat(d, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
                _ = closeDescriptor(d)
                throw DiepgangError(.noInput, nl: "\(path) is een map, geen bestand", en: "\(path) is a folder, not a file")
            }
            fd = d
            name = path
            owns = true
        }
    }

    func close() {
        if owns { _ = closeDescriptor(fd) }
    }

    func forEachBlock(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var pending: [UInt8] = []
        var eof = false
        while !eof || !pending.isEmpty {
            if !eof { eof = try readMore(into: &pending) }
            let cut = eof ? pending.count : InputStream.cutPoint(pending)
            guard cut > 0 else { continue }
            try pending.withUnsafeBufferPointer { all in
                try body(UnsafeBufferPointer(rebasing: all[0..<cut]))
            }
            pending.removeFirst(cut)
        }
    }

    /// Appends up to `readSize` bytes; returns true at the end of the input.
    private func readMore(into buffer: inout [UInt8]) throws -> Bool {
        let old = buffer.count
        buffer.reserveCapacity(old + InputStream.readSize)
        var got = 0
        buffer.append(contentsOf: repeatElement(0, count: InputStream.readSize))
        defer { buffer.removeLast(InputStream.readSize - got) }
        while got < InputStream.readSize {
            let n = buffer.withUnsafeMutableBytes { raw in
                read(fd, raw.baseAddress! + old + got, InputStream.readSize - got)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let reason = String(cString: strerror(errno))
                throw DiepgangError(.noInput, nl: "kan \(name) niet lezen: \(reason)", en: "cannot read \(name): \(reason)")
            }
            if n == 0 { return true }
            got += n
        }
        return false
    }

    /// Where the buffer can be cut: after the last blank line; failing that, in a long buffer,
    /// after the last line that ends a sentence before a capital. 0: read more first.
    static func cutPoint(_ buffer: [UInt8]) -> Int {
        buffer.withUnsafeBufferPointer { b -> Int in
            let nl = UInt8(ascii: "\n")
            var i = b.count - 1
            while i > 0 {
                if b[i] == nl {
                    var k = i - 1
                    while k >= 0 && (b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0D) { k -= 1 }
                    if k >= 0 && b[k] == nl { return i + 1 }
                    i = k
                    continue
                }
                i -= 1
            }
            guard b.count >= softLimit else { return 0 }
            i = b.count - 2
            while i > 0 {
                if b[i] == nl && b[i + 1] >= UInt8(ascii: "A") && b[i + 1] <= UInt8(ascii: "Z") {
                    var k = i - 1
                    while k >= 0 && (b[k] == 0x20 || b[k] == 0x0D) { k -= 1 }
                    if k > 0 && (b[k] == UInt8(ascii: "!") || b[k] == UInt8(ascii: "?") ||
                                 b[k] == UInt8(ascii: ".") && b[k - 1] >= UInt8(ascii: "a") && b[k - 1] <= UInt8(ascii: "z")) {
                        return i + 1
                    }
                }
                i -= 1
            }
            return 0
        }
    }
}

/// Writes tokenised blocks in one of the output formats, through a buffer flushed to the sink.
struct TokenWriter {
    enum Format { case vertical, conllu, json }
    let format: Format
    let sink: OutputSink
    private var out: [UInt8] = []
    private var scalarBase = 0
    private var sentenceIndex = 0
    private var paragraphIndex = -1
    private var tokenCount = 0
    private static let flushSize = 1 << 18

    init(format: Format, sink: OutputSink) {
        self.format = format
        self.sink = sink
        out.reserveCapacity(TokenWriter.flushSize + 4096)
    }

    private mutating func put(_ s: StaticString) {
        out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    private mutating func put(_ n: Int) {
        if n < 10 { out.append(UInt8(0x30 + n)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = n
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 { d[19 - count] = UInt8(0x30 + v % 10); v /= 10; count += 1 }
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: d[(20 - count)...]))
        }
    }

    private mutating func flushIfFull() throws {
        if out.count >= TokenWriter.flushSize {
            try sink.write(out)
            out.removeAll(keepingCapacity: true)
        }
    }

    mutating func begin() throws {
        if format == .json {
            put("{\"tool\":\"")
            out.append(contentsOf: ToolInfo.name.utf8)
            put("\",\"version\":\"")
            out.append(contentsOf: ToolInfo.version.utf8)
            put("\",\"offsets\":\"unicode_scalars\",\"sentences\":[")
        }
    }

    mutating func write(_ t: Tokenization, text: UnsafeBufferPointer<UInt8>) throws {
        let base = text.baseAddress
        switch format {
        case .vertical:
            for s in t.sentences {
                for k in s.tokens {
                    let tok = t.tokens[k]
                    out.append(contentsOf: UnsafeBufferPointer(start: base! + tok.start, count: tok.end - tok.start))
                    out.append(0x0A)
                }
                out.append(0x0A)
                try flushIfFull()
            }
        case .conllu:
            for s in t.sentences {
                if t.startsParagraph(s.tokens.lowerBound) { put("# newpar\n") }
                sentenceIndex += 1
                put("# sent_id = ")
                put(sentenceIndex)
                put("\n# text = ")
                for k in s.tokens {
                    let tok = t.tokens[k]
                    out.append(contentsOf: UnsafeBufferPointer(start: base! + tok.start, count: tok.end - tok.start))
                    if tok.spaceAfter && k + 1 < s.tokens.upperBound { out.append(0x20) }
                }
                out.append(0x0A)
                for k in s.tokens {
                    let tok = t.tokens[k]
                    put(k - s.tokens.lowerBound + 1)
                    out.append(0x09)
                    out.append(contentsOf: UnsafeBufferPointer(start: base! + tok.start, count: tok.end - tok.start))
                    put(tok.spaceAfter ? "\t_\t_\t_\t_\t_\t_\t_\t_\n" : "\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n")
                }
                out.append(0x0A)
                try flushIfFull()
            }
        case .json:
            // Two converters, each walking forward only: one for sentences, one for tokens.
            var sentenceOffsets = ScalarOffsets(text)
            var offsets = ScalarOffsets(text)
            for s in t.sentences {
                if t.startsParagraph(s.tokens.lowerBound) { paragraphIndex += 1 }
                if sentenceIndex > 0 { out.append(UInt8(ascii: ",")) }
                put("\n{\"index\":")
                put(sentenceIndex)
                put(",\"paragraph\":")
                put(max(paragraphIndex, 0))
                put(",\"start\":")
                put(scalarBase + sentenceOffsets.scalarOffset(ofByte: s.start))
                put(",\"end\":")
                put(scalarBase + sentenceOffsets.scalarOffset(ofByte: s.end))
                put(",\"tokens\":[")
                for k in s.tokens {
                    let tok = t.tokens[k]
                    if k > s.tokens.lowerBound { out.append(UInt8(ascii: ",")) }
                    put("{\"text\":\"")
                    escape(UnsafeBufferPointer(start: base! + tok.start, count: tok.end - tok.start))
                    put("\",\"start\":")
                    put(scalarBase + offsets.scalarOffset(ofByte: tok.start))
                    put(",\"end\":")
                    put(scalarBase + offsets.scalarOffset(ofByte: tok.end))
                    put(",\"kind\":\"")
                    out.append(contentsOf: tok.kind.name.utf8)
                    put(tok.spaceAfter ? "\",\"space_after\":true}" : "\",\"space_after\":false}")
                }
                put("]}")
                sentenceIndex += 1
                tokenCount += s.tokens.count
                try flushIfFull()
            }
            scalarBase += ScalarOffsets.count(text, 0..<text.count)
        }
    }

    private mutating func escape(_ bytes: UnsafeBufferPointer<UInt8>) {
        for b in bytes {
            switch b {
            case UInt8(ascii: "\""): put("\\\"")
            case UInt8(ascii: "\\"): put("\\\\")
            case 0..<0x20:
                put("\\u00")
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            default: out.append(b)
            }
        }
    }

    mutating func end(invalidUTF8: Int) throws {
        if format == .json {
            put("\n],\"sentence_count\":")
            put(sentenceIndex)
            put(",\"token_count\":")
            put(tokenCount)
            put(",\"invalid_utf8_count\":")
            put(invalidUTF8)
            put("}\n")
        }
        try sink.write(out)
        out.removeAll()
    }
}

private func closeDescriptor(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
