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
        enum Format: String, CaseIterable, OptionValue { case vertical, conllu, json }

        var format = Format.vertical
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
        let out = ByteWriter(capacity: 1 << 18)
        var invalid = 0
        // Blocks are tokenised two at a time on two threads, then printed in order.
        func print<P: Printer>(_ printer: P) throws where P.Item == TokenizedBlock {
            var printer = printer
            let slots = [BlockSlot(), BlockSlot()]
            printer.begin(into: out)
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
                    func write(_ text: UnsafeBufferPointer<UInt8>) {
                        printer.write(TokenizedBlock(tokenization: slot.tokenization, text: text,
                                                     continuesParagraph: !block.startsParagraph, invalidUTF8: slot.invalid), into: out)
                    }
                    if slot.invalid > 0 { slot.repaired.withUnsafeBufferPointer { write($0) } } else { write(slot.block) }
                    if out.count >= 1 << 18 { try invocation.stdout.write(draining: out) }
                }
            }
            printer.end(into: out)
            try invocation.stdout.write(draining: out)
        }
        switch options.format {
        case .conllu: try print(TokenCoNLLUPrinter())
        case .json: try print(TokenJSONPrinter())
        case .vertical: try print(TokenVerticalPrinter())
        }
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

private func closeDescriptor(_ fd: Int32) -> Int32 {
    #if canImport(Glibc)
    return Glibc.close(fd)
    #else
    return Darwin.close(fd)
    #endif
}
