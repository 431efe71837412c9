/// How tokens and patterns are compared: lower case, diacritics removed, curly apostrophes made
/// straight. `cliënt`, `Client` and `CLIENT` all fold to `client`, so a writer who skips the
/// trema still matches; the reported marker text keeps the writer's own spelling.
public enum Folding {
    /// Appends the folded form of `bytes[range]` to `out`. Works on UTF-8 bytes; letters outside
    /// Latin-1 and the Dutch ij ligature pass through unchanged.
    @inlinable
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: inout [UInt8]) {
        var i = range.lowerBound
        let end = range.upperBound
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
                i += 1
            } else if b == 0xC3, i + 1 < end {
                out.append(latin1Base(bytes[i + 1]))
                i += 2
            } else if b == 0xC4, i + 1 < end, bytes[i + 1] == 0xB2 || bytes[i + 1] == 0xB3 {
                // Ĳ ĳ: the Dutch ligature, written as two letters everywhere else.
                out.append(UInt8(ascii: "i")); out.append(UInt8(ascii: "j"))
                i += 2
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 || bytes[i + 2] == 0xB2 {
                // ‘ ’ ′ inside a word are apostrophes (z’n, ’s avonds).
                out.append(UInt8(ascii: "'"))
                i += 3
            } else {
                out.append(b)
                i += 1
            }
        }
    }

    /// Folds `bytes[range]` into `out` (which must hold at least `range.count` bytes) and returns
    /// the folded length: the hot path, without any allocation.
    @inlinable
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var i = range.lowerBound
        let end = range.upperBound
        var n = 0
        while i < end {
            let b = bytes[i]
            if b < 0x80 {
                out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                n += 1
                i += 1
            } else if b == 0xC3, i + 1 < end {
                out[n] = latin1Base(bytes[i + 1])
                n += 1
                i += 2
            } else if b == 0xC4, i + 1 < end, bytes[i + 1] == 0xB2 || bytes[i + 1] == 0xB3 {
                out[n] = UInt8(ascii: "i"); out[n + 1] = UInt8(ascii: "j")
                n += 2
                i += 2
            } else if b == 0xE2, i + 2 < end, bytes[i + 1] == 0x80, bytes[i + 2] == 0x98 || bytes[i + 2] == 0x99 || bytes[i + 2] == 0xB2 {
                out[n] = UInt8(ascii: "'")
                n += 1
                i += 3
            } else {
                out[n] = b
                n += 1
                i += 1
            }
        }
        return n
    }

    /// Eight ASCII bytes (none ≥ 0x80) folded at once: `A`–`Z` get their 0x20 bit, as in `fold`.
    @inlinable @inline(__always)
    public static func foldASCII(_ c: UInt64) -> UInt64 {
        // Per byte b < 0x80 neither sum carries into the next byte: the high bit of the first
        // says b ≥ 0x41, of the second b ≥ 0x5B.
        let ones: UInt64 = 0x0101_0101_0101_0101
        let atLeastA = c &+ ones &* (0x80 - 0x41)
        let pastZ = c &+ ones &* (0x80 - 0x5B)
        return c | (atLeastA & ~pastZ & (ones &* 0x80)) >> 2
    }

    /// The folded form of a string (for building the lexicon, not for the hot path).
    public static func fold(_ text: String) -> [UInt8] {
        var copy = text
        var out: [UInt8] = []
        copy.withUTF8 { fold($0, 0..<$0.count, into: &out) }
        return out
    }

    /// The ASCII base letter of a Latin-1 letter given the second byte of its UTF-8 form (after 0xC3).
    @inlinable
    static func latin1Base(_ second: UInt8) -> UInt8 {
        // 0xC3 0x80...0xBF encodes U+00C0...U+00FF.
        switch second {
        case 0x80...0x85, 0xA0...0xA5: return UInt8(ascii: "a")
        case 0x87, 0xA7: return UInt8(ascii: "c")
        case 0x88...0x8B, 0xA8...0xAB: return UInt8(ascii: "e")
        case 0x8C...0x8F, 0xAC...0xAF: return UInt8(ascii: "i")
        case 0x91, 0xB1: return UInt8(ascii: "n")
        case 0x92...0x96, 0x98, 0xB2...0xB6, 0xB8: return UInt8(ascii: "o")
        case 0x99...0x9C, 0xB9...0xBC: return UInt8(ascii: "u")
        case 0x9D, 0xBD, 0xBF: return UInt8(ascii: "y")
        default: return second // ß, æ, þ and signs: an unusual byte that only matches itself
        }
    }

    /// FNV-1a over bytes (the parser's duplicate check; the matcher's tables hash eight bytes at a
    /// time, `ByteTable.hash`).
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { hash($0) }
    }
}
