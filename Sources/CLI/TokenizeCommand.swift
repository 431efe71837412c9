import Diepgang
import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `diepgang tokenize [FILE|-]`: tokens and sentences of a text, streamed.
struct TokenizeCommand: Command {
    struct Options: CommandOptions {
        var format = TokenWriter.Format.vertical
        var lexicons: String?

        static var declarations: [OptionDeclaration<Self>] {
            let own: [OptionDeclaration<Self>] = [
                .value("--format", \.format, placeholder: "FORMAAT",
                       help: Localized(nl: "vertical: één token per regel, lege regel na elke zin; conllu: ID en FORM met # text; json: tokens met offsets en soort",
                                       en: "vertical: one token per line, empty line after each sentence; conllu: ID and FORM with # text; json: tokens with offsets and kind")),
                CommonOptions.lexicons(\.lexicons),
            ]
            return own
        }
    }

    static let spec = CommandSpec(
        name: "tokenize",
        abstract: Localized(nl: "splits tekst in tokens en zinnen", en: "split text into tokens and sentences"),
        arguments: [
            ArgumentSpec(name: "BESTAND", help: Localized(nl: "tekstbestand (UTF-8); '-' of niets: standaardinvoer",
                                                          en: "text file (UTF-8); '-' or nothing: standard input")),
        ],
        discussion: Localized(
            nl: "Leest de tekst in blokken en schrijft meteen weg, dus ook grote bestanden passen. Ongeldige UTF-8 wordt vervangen door U+FFFD; het aantal staat op stderr. JSON-offsets tellen Unicode-tekens (scalars) vanaf het begin van de invoer.",
            en: "Reads the text in blocks and writes as it goes, so large files fit. Invalid UTF-8 is replaced with U+FFFD; the count goes to stderr. JSON offsets count Unicode scalars from the start of the input."))

    static func run(_ options: Options, _ invocation: Invocation) throws -> ExitCode {
        let tokenizer: Tokenizer
        if let dir = options.lexicons {
            // As in `analyse`: a folder without `tokenizer/` keeps the built-in tokenizer rules.
            let folder = try ResourceFolder.directory(dir)
            tokenizer = folder.files.contains { $0.path.hasPrefix("tokenizer/") } ? try Tokenizer.load(from: folder) : Tokenizer.standard()
        } else {
            tokenizer = Tokenizer.standard()
        }
        let path = invocation.positionals.first ?? "-"
        let input = try InputStream(path: path)
        defer { input.close() }
        var writer = TokenWriter(format: options.format, sink: invocation.stdout)
        // Blocks are tokenised two at a time on two threads, then written in order.
        let slots = [BlockSlot(), BlockSlot()]
        var invalid = 0
        try writer.begin()
        try input.forEachBatch(blocks: slots.count, cut: { tokenizer.lastSafeCut(in: $0, from: $1) }) { batch in
            for (k, block) in batch.enumerated() { slots[k].block = block.text }
            if batch.count == 1 {
                slots[0].tokenize(with: tokenizer)
            } else {
                DispatchQueue.concurrentPerform(iterations: batch.count) { k in slots[k].tokenize(with: tokenizer) }
            }
            for (k, block) in batch.enumerated() {
                let slot = slots[k]
                invalid += slot.invalid
                writer.continuesParagraph = !block.startsParagraph
                if slot.invalid > 0 {
                    try slot.repaired.withUnsafeBufferPointer { try writer.write(slot.tokenization, text: $0) }
                } else {
                    try writer.write(slot.tokenization, text: slot.block)
                }
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

/// Reads a file or standard input in blocks of about a megabyte, each ending where the
/// tokeniser says the text may be cut (a blank line, else a line that certainly ends a
/// sentence), so tokenising block by block gives the result of tokenising the whole text while
/// the working memory stays small (and in cache). A paragraph longer than that without such a
/// line is kept whole.
final class InputStream {
    let fd: Int32
    let name: String
    private let owns: Bool
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes read from the descriptor at a time, and the block size aimed at.
    static let readSize = 1 << 20

    init(path: String) throws {
        if path == "-" {
            fd = 0
            name = "stdin"
            owns = false
        } else {
            let d = open(path, O_RDONLY)
            guard d >= 0 else {
                let reason = SystemError.reason(errno)
                throw DiepgangError(.noInput, nl: "kan \(path) niet openen: \(reason.nl)", en: "cannot open \(path): \(reason.en)")
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
        capacity = 2 * InputStream.readSize
        buffer = .allocate(capacity: capacity)
    }

    deinit { buffer.deallocate() }

    func close() {
        if owns { _ = closeDescriptor(fd) }
    }

    /// Calls `body` with batches of up to `blocks` consecutive blocks of about `readSize`
    /// bytes, each with whether it starts a new paragraph. `cut` finds the last place in a text
    /// where it may be cut, looking only at offsets from its second argument on.
    func forEachBatch(blocks: Int, cut: (UnsafeBufferPointer<UInt8>, Int) -> (offset: Int, paragraph: Bool)?,
                      _ body: ([(text: UnsafeBufferPointer<UInt8>, startsParagraph: Bool)]) throws -> Void) throws {
        let size = InputStream.readSize
        var start = 0
        var end = 0
        var searched = 0   // offsets before start + searched hold no cut
        var eof = false
        var startsParagraph = true
        func readMore() throws {
            if start > 0 {
                buffer.update(from: buffer + start, count: end - start)
                end -= start
                start = 0
            }
            if capacity - end < size {
                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                bigger.update(from: buffer, count: end)
                buffer.deallocate()
                buffer = bigger
                capacity *= 2
            }
            let got = try readSome(into: buffer + end, max: capacity - end)
            if got == 0 { eof = true } else { end += got }
        }
        func slice(_ from: Int, _ count: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: buffer + from, count: count)
        }
        while true {
            while !eof && end - start < blocks * size { try readMore() }
            if start == end { break }
            // Cut up to `blocks` blocks, each ending at the last safe place within `size` bytes.
            var batch: [(text: UnsafeBufferPointer<UInt8>, startsParagraph: Bool)] = []
            var from = start
            var paragraph = startsParagraph
            while batch.count < blocks && from < end {
                if eof && end - from <= size {
                    batch.append((slice(from, end - from), paragraph))
                    from = end
                    break
                }
                guard let c = cut(slice(from, min(end - from, size)), 0), c.offset > 0 else { break }
                batch.append((slice(from, c.offset), paragraph))
                paragraph = c.paragraph
                from += c.offset
            }
            if batch.isEmpty {
                // A paragraph longer than a block: look further, reading on until it ends.
                if eof {
                    try body([(slice(start, end - start), startsParagraph)])
                    break
                }
                guard let c = cut(slice(start, end - start), max(0, searched - 2)) else {
                    searched = end - start
                    try readMore()
                    continue
                }
                try body([(slice(start, c.offset), startsParagraph)])
                startsParagraph = c.paragraph
                start += c.offset
                searched = 0
                continue
            }
            try body(batch)
            startsParagraph = paragraph
            start = from
            searched = 0
        }
    }

    private func readSome(into p: UnsafeMutablePointer<UInt8>, max: Int) throws -> Int {
        while true {
            let n = read(fd, p, max)
            if n >= 0 { return n }
            if errno == EINTR { continue }
            let reason = SystemError.reason(errno)
            throw DiepgangError(.noInput, nl: "kan \(name) niet lezen: \(reason.nl)", en: "cannot read \(name): \(reason.en)")
        }
    }
}

/// One block's work, done on its own thread: the bytes, repaired if they hold invalid UTF-8,
/// and their tokens.
final class BlockSlot: @unchecked Sendable {
    var block = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    var tokenization = Tokenization()
    var repaired: [UInt8] = []
    var invalid = 0

    func tokenize(with tokenizer: Tokenizer) {
        invalid = UTF8Repair.invalidCount(block)
        if invalid > 0 {
            repaired.removeAll(keepingCapacity: true)
            UTF8Repair.repair(block, into: &repaired)
            repaired.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokenization) }
        } else {
            tokenizer.tokenize(block, into: &tokenization)
        }
    }
}

/// Writes tokenised blocks in one of the output formats, through a buffer flushed to the sink.
struct TokenWriter {
    enum Format: String, CaseIterable, OptionValue { case vertical, conllu, json }
    let format: Format
    let sink: OutputSink
    private let out = ByteBuffer(capacity: TokenWriter.flushSize + 4096)
    private var scalarBase = 0
    private var sentenceIndex = 0
    private var paragraphIndex = -1
    private var tokenCount = 0
    /// The block being written continues the previous block's paragraph.
    var continuesParagraph = false
    private static let flushSize = 1 << 18

    init(format: Format, sink: OutputSink) {
        self.format = format
        self.sink = sink
    }

    private mutating func put(_ s: StaticString) {
        out.append(s.utf8Start, s.utf8CodeUnitCount)
    }

    private mutating func put(_ n: Int) {
        if n < 10 { out.append(UInt8(0x30 + n)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var v = n
        var count = 0
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 { d[19 - count] = UInt8(0x30 + v % 10); v /= 10; count += 1 }
            out.append(d.baseAddress!.assumingMemoryBound(to: UInt8.self) + 20 - count, count)
        }
    }

    private mutating func flushIfFull() throws {
        if out.count >= TokenWriter.flushSize {
            try sink.write(out.bytes)
            out.count = 0
        }
    }

    mutating func begin() throws {
        if format == .json {
            put("{\"tool\":\"")
            out.append(ToolInfo.name)
            put("\",\"version\":\"")
            out.append(ToolInfo.version)
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
                    out.append(base! + tok.start, tok.end - tok.start)
                    out.append(0x0A)
                }
                out.append(0x0A)
                try flushIfFull()
            }
        case .conllu:
            for s in t.sentences {
                if startsParagraph(t, s) { put("# newpar\n") }
                sentenceIndex += 1
                put("# sent_id = ")
                put(sentenceIndex)
                put("\n# text = ")
                for k in s.tokens {
                    let tok = t.tokens[k]
                    out.append(base! + tok.start, tok.end - tok.start)
                    if tok.spaceAfter && k + 1 < s.tokens.upperBound { out.append(0x20) }
                }
                out.append(0x0A)
                for k in s.tokens {
                    let tok = t.tokens[k]
                    put(k - s.tokens.lowerBound + 1)
                    out.append(0x09)
                    out.append(base! + tok.start, tok.end - tok.start)
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
                if startsParagraph(t, s) { paragraphIndex += 1 }
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
                    out.append(tok.kind.name)
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

    private func startsParagraph(_ t: Tokenization, _ s: SentenceSpan) -> Bool {
        s.tokens.lowerBound == 0 ? !continuesParagraph : t.lineBreaksBefore[s.tokens.lowerBound] >= 2
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
        try sink.write(out.bytes)
        out.count = 0
    }
}

private func closeDescriptor(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}

/// An output buffer written through raw pointers (appending to an Array per token costs more
/// than the tokenising).
final class ByteBuffer {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always) private func reserve(_ n: Int) {
        if count + n <= capacity { return }
        var c = capacity * 2
        while c < count + n { c *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: c)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = c
    }

    @inline(__always) func append(_ b: UInt8) {
        reserve(1)
        base[count] = b
        count += 1
    }

    @inline(__always) func append(_ p: UnsafePointer<UInt8>, _ n: Int) {
        reserve(n)
        (base + count).update(from: p, count: n)
        count += n
    }

    func append(_ s: String) {
        var s = s
        s.withUTF8 { if let b = $0.baseAddress { append(b, $0.count) } }
    }
}
