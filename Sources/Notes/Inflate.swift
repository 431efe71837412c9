/// DEFLATE decompression (RFC 1951: stored, fixed and dynamic Huffman blocks), for the ZIP
/// containers of `.docx` and `.odt`. Bounded: the output never grows past `limit` bytes, so a
/// zip bomb stops at the limit instead of filling memory.
///
/// Decoding follows the canonical-code walk of zlib's `puff.c` (one bit at a time, counts per
/// length): simple to check against the RFC, and fast enough for the few hundred kilobytes of
/// XML in an office document.
public enum Inflate {
    public enum Failure: Error, Equatable, Sendable {
        case truncated
        case invalidBlockType
        case storedLengthMismatch
        case invalidCodeLengths
        case invalidSymbol
        case distanceTooFar
        case tooLarge(limit: Int)

        public var reason: String {
            switch self {
            case .truncated: "the compressed data ends early"
            case .invalidBlockType: "invalid block type"
            case .storedLengthMismatch: "stored block length does not match its complement"
            case .invalidCodeLengths: "invalid Huffman code lengths"
            case .invalidSymbol: "invalid Huffman code"
            case .distanceTooFar: "a back-reference points before the start"
            case .tooLarge(let limit): "decompresses to more than \(limit) bytes"
            }
        }
    }

    /// Decompresses raw DEFLATE data (no zlib or gzip wrapper).
    public static func decompress(_ data: [UInt8], limit: Int, sizeHint: Int = 0) throws(Failure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(max(sizeHint, data.count * 3), limit))
        try data.withUnsafeBufferPointer { (buffer) throws(Failure) in
            var state = InflateState(input: buffer, limit: limit)
            try state.run(into: &out)
        }
        return out
    }
}

/// A canonical Huffman code: the number of codes of each length and the symbols in code order.
struct HuffmanCode {
    var counts = [Int](repeating: 0, count: 16)
    var symbols: [Int]

    /// Builds the code from each symbol's code length (0: unused). An over-subscribed set is an
    /// error; an incomplete one is allowed (RFC 1951 permits it for one distance code).
    init(lengths: ArraySlice<Int>) throws(Inflate.Failure) {
        symbols = [Int](repeating: 0, count: lengths.count)
        for l in lengths { counts[l] += 1 }
        var left = 1
        for len in 1...15 {
            left <<= 1
            left -= counts[len]
            if left < 0 { throw .invalidCodeLengths }
        }
        var offsets = [Int](repeating: 0, count: 16)
        for len in 1..<15 { offsets[len + 1] = offsets[len] + counts[len] }
        for (symbol, l) in lengths.enumerated() where l != 0 {
            symbols[offsets[l]] = symbol
            offsets[l] += 1
        }
        counts[0] = 0
    }

    static let fixedLiterals: HuffmanCode = {
        var lengths = [Int](repeating: 8, count: 288)
        for i in 144..<256 { lengths[i] = 9 }
        for i in 256..<280 { lengths[i] = 7 }
        return try! HuffmanCode(lengths: lengths[...])
    }()

    static let fixedDistances: HuffmanCode = try! HuffmanCode(lengths: [Int](repeating: 5, count: 30)[...])
}

private let lengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
private let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
private let distanceBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                            4097, 6145, 8193, 12289, 16385, 24577]
private let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
/// The order in which the code-length code's lengths are sent.
private let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

private struct InflateState {
    let input: UnsafeBufferPointer<UInt8>
    let limit: Int
    var position = 0
    var bitBuffer = 0
    var bitCount = 0

    init(input: UnsafeBufferPointer<UInt8>, limit: Int) {
        self.input = input
        self.limit = limit
    }

    mutating func bits(_ need: Int) throws(Inflate.Failure) -> Int {
        var value = bitBuffer
        while bitCount < need {
            guard position < input.count else { throw .truncated }
            value |= Int(input[position]) << bitCount
            position += 1
            bitCount += 8
        }
        bitBuffer = value >> need
        bitCount -= need
        return value & ((1 << need) - 1)
    }

    mutating func decode(_ h: HuffmanCode) throws(Inflate.Failure) -> Int {
        var code = 0, first = 0, index = 0
        for len in 1...15 {
            code |= try bits(1)
            let count = h.counts[len]
            if code - count < first { return h.symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw .invalidSymbol
    }

    mutating func run(into out: inout [UInt8]) throws(Inflate.Failure) {
        var last = 0
        repeat {
            last = try bits(1)
            switch try bits(2) {
            case 0: try stored(into: &out)
            case 1: try codes(HuffmanCode.fixedLiterals, HuffmanCode.fixedDistances, into: &out)
            case 2:
                let (lit, dist) = try dynamicCodes()
                try codes(lit, dist, into: &out)
            default: throw .invalidBlockType
            }
        } while last == 0
    }

    mutating func stored(into out: inout [UInt8]) throws(Inflate.Failure) {
        bitBuffer = 0
        bitCount = 0
        guard position + 4 <= input.count else { throw .truncated }
        let len = Int(input[position]) | Int(input[position + 1]) << 8
        let nlen = Int(input[position + 2]) | Int(input[position + 3]) << 8
        position += 4
        guard len == ~nlen & 0xFFFF else { throw .storedLengthMismatch }
        guard position + len <= input.count else { throw .truncated }
        guard out.count + len <= limit else { throw .tooLarge(limit: limit) }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: input[position..<position + len]))
        position += len
    }

    mutating func dynamicCodes() throws(Inflate.Failure) -> (HuffmanCode, HuffmanCode) {
        let nlen = try bits(5) + 257
        let ndist = try bits(5) + 1
        let ncode = try bits(4) + 4
        guard nlen <= 286, ndist <= 30 else { throw .invalidCodeLengths }
        var lengths = [Int](repeating: 0, count: 320)
        for i in 0..<ncode { lengths[codeLengthOrder[i]] = try bits(3) }
        let lencode = try HuffmanCode(lengths: lengths[0..<19])
        var index = 0
        while index < nlen + ndist {
            var symbol = try decode(lencode)
            if symbol < 16 {
                lengths[index] = symbol
                index += 1
                continue
            }
            var repeated = 0
            if symbol == 16 {
                guard index > 0 else { throw .invalidCodeLengths }
                repeated = lengths[index - 1]
                symbol = 3 + (try bits(2))
            } else if symbol == 17 {
                symbol = 3 + (try bits(3))
            } else {
                symbol = 11 + (try bits(7))
            }
            guard index + symbol <= nlen + ndist else { throw .invalidCodeLengths }
            for _ in 0..<symbol {
                lengths[index] = repeated
                index += 1
            }
        }
        // A block without an end-of-block code could never end.
        guard lengths[256] != 0 else { throw .invalidCodeLengths }
        let lit = try HuffmanCode(lengths: lengths[0..<nlen])
        let dist = try HuffmanCode(lengths: lengths[nlen..<nlen + ndist])
        return (lit, dist)
    }

    mutating func codes(_ lit: HuffmanCode, _ dist: HuffmanCode, into out: inout [UInt8]) throws(Inflate.Failure) {
        while true {
            var symbol = try decode(lit)
            if symbol < 256 {
                guard out.count < limit else { throw .tooLarge(limit: limit) }
                out.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            symbol -= 257
            guard symbol < 29 else { throw .invalidSymbol }
            let length = lengthBase[symbol] + (try bits(lengthExtra[symbol]))
            let dsym = try decode(dist)
            guard dsym < 30 else { throw .invalidSymbol }
            let distance = distanceBase[dsym] + (try bits(distanceExtra[dsym]))
            guard distance <= out.count else { throw .distanceTooFar }
            guard out.count + length <= limit else { throw .tooLarge(limit: limit) }
            // Byte by byte: the copy may overlap what it writes (distance < length repeats a run).
            var from = out.count - distance
            for _ in 0..<length {
                out.append(out[from])
                from += 1
            }
        }
    }
}

/// CRC-32 (the ZIP and zlib polynomial, reflected 0xEDB88320).
public enum CRC32 {
    static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }
}
