/// Byte- and scalar-level character classes for the scanner. Bit flags, so one table lookup
/// answers "letter?", "upper case?", "space?" at once.
enum CharClass {
    static let letter: UInt8 = 1
    static let digit: UInt8 = 2
    static let space: UInt8 = 4
    static let newline: UInt8 = 8
    static let upper: UInt8 = 16
    static let lower: UInt8 = 32
    static let emoji: UInt8 = 64
    /// Parts of an emoji sequence: variation selectors, skin tones, zero-width joiner, tags, keycap.
    static let emojiPart: UInt8 = 128
    static let alnum: UInt8 = letter | digit
    static let anySpace: UInt8 = space | newline

    /// Returned by `decode` for a byte sequence that is not valid UTF-8 (read as U+FFFD).
    static let invalid: UInt32 = 0x110000

    /// Classes of the 128 ASCII bytes (the upper half is never looked up here).
    nonisolated(unsafe) static let ascii: UnsafePointer<UInt8> = {
        let t = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        t.initialize(repeating: 0, count: 256)
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { t[Int(b)] = letter | lower }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { t[Int(b)] = letter | upper }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { t[Int(b)] = digit }
        for b: UInt8 in [0x20, 0x09, 0x0B, 0x0C] { t[Int(b)] = space }
        t[0x0A] = newline
        t[0x0D] = newline
        return UnsafePointer(t)
    }()

    /// The class of a non-ASCII scalar. Anything not known to be punctuation, a symbol, a space
    /// or an emoji counts as a letter, so words in any script stay whole.
    @inline(__always)
    static func of(_ u: UInt32) -> UInt8 {
        if u < 0x2000 {
            if u < 0xC0 {
                switch u {
                case 0x85: return newline
                case 0xA0: return space
                // ª µ º, the soft hyphen, superscript digits and fractions belong inside words.
                case 0xAA, 0xAD, 0xB2, 0xB3, 0xB5, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE: return letter
                default: return 0
                }
            }
            if u == 0xD7 || u == 0xF7 { return 0 }
            if u <= 0xDE { return letter | upper }
            if u <= 0xFF { return letter | lower }
            if u < 0x180 { return letter | (u & 1 == 0 ? upper : lower) }
            if u >= 0x391 && u <= 0x3A9 || u >= 0x410 && u <= 0x42F { return letter | upper }
            if u >= 0x3B1 && u <= 0x3C9 || u >= 0x430 && u <= 0x44F { return letter | lower }
            if u == 0x1680 { return space }
            return letter
        }
        if u < 0x2070 {
            switch u {
            case 0x2000...0x200B, 0x200E, 0x200F, 0x202F, 0x205F, 0x2060: return space
            case 0x2028, 0x2029: return newline
            case 0x200C: return letter
            case 0x200D: return emojiPart
            case 0x203C, 0x2049: return emoji
            default: return 0
            }
        }
        if u < 0x3000 {
            switch u {
            case 0x2070...0x209F, 0x2150...0x218F, 0x2C00...0x2DFF: return letter
            case 0x20E3: return emojiPart
            case 0x20D0...0x20FF: return letter
            case 0x231A, 0x231B, 0x2328, 0x23CF, 0x23E9...0x23F3, 0x23F8...0x23FA, 0x24C2: return emoji
            case 0x2600...0x27BF: return emoji
            case 0x2934, 0x2935, 0x2B05...0x2B07, 0x2B1B, 0x2B1C, 0x2B50, 0x2B55: return emoji
            default: return 0
            }
        }
        if u < 0x3040 {
            if u == 0x3000 { return space }
            if u == 0x3030 || u == 0x303D { return emoji }
            return 0
        }
        if u < 0xFE00 { return u == 0x3297 || u == 0x3299 ? emoji : letter }
        if u < 0x10000 {
            switch u {
            case 0xFE00...0xFE0F: return emojiPart
            case 0xFEFF: return space
            case 0xFE10...0xFE1F, 0xFE30...0xFE6F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: return 0
            default: return letter
            }
        }
        if u >= 0x1F000 && u <= 0x1FAFF { return u >= 0x1F3FB && u <= 0x1F3FF ? emojiPart : emoji }
        if u >= 0xE0020 && u <= 0xE007F { return emojiPart }
        return letter
    }

    /// Punctuation (rather than a symbol) among the non-letters: quotes, dashes, bullets, brackets.
    static func isPunctuation(_ u: UInt32) -> Bool {
        if u < 0x80 {
            switch UInt8(u) {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                 UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "-"),
                 UInt8(ascii: "/"), UInt8(ascii: "`"): return true
            default: return false
            }
        }
        switch u {
        case 0xA1, 0xA7, 0xAB, 0xB6, 0xB7, 0xBB, 0xBF, 0x2010...0x205E, 0x2E00...0x2E7F, 0x3001...0x303F,
             0xFE10...0xFE1F, 0xFE30...0xFE6F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x25A0, 0x25A1, 0x25AA, 0x25AB, 0x25CF, 0x25E6:
            return true
        default:
            return false
        }
    }
}

/// Decodes one scalar of UTF-8 at `i` (which must be < `n`). Invalid input gives
/// `CharClass.invalid` and the length of the maximal invalid subpart (at least 1), the same
/// unit Swift's own decoder replaces with one U+FFFD.
@inline(__always)
func decodeScalar(_ p: UnsafePointer<UInt8>, _ i: Int, _ n: Int) -> (UInt32, Int) {
    let b0 = p[i]
    if b0 < 0x80 { return (UInt32(b0), 1) }
    @inline(__always) func cont(_ k: Int) -> UInt32? {
        guard k < n else { return nil }
        let b = p[k]
        return b & 0xC0 == 0x80 ? UInt32(b & 0x3F) : nil
    }
    switch b0 {
    case 0xC2...0xDF:
        guard let c1 = cont(i + 1) else { return (CharClass.invalid, 1) }
        return ((UInt32(b0 & 0x1F) << 6) | c1, 2)
    case 0xE0...0xEF:
        guard i + 1 < n else { return (CharClass.invalid, 1) }
        let b1 = p[i + 1]
        let lo: UInt8 = b0 == 0xE0 ? 0xA0 : 0x80
        let hi: UInt8 = b0 == 0xED ? 0x9F : 0xBF
        guard b1 >= lo && b1 <= hi else { return (CharClass.invalid, 1) }
        guard let c2 = cont(i + 2) else { return (CharClass.invalid, 2) }
        return ((UInt32(b0 & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | c2, 3)
    case 0xF0...0xF4:
        guard i + 1 < n else { return (CharClass.invalid, 1) }
        let b1 = p[i + 1]
        let lo: UInt8 = b0 == 0xF0 ? 0x90 : 0x80
        let hi: UInt8 = b0 == 0xF4 ? 0x8F : 0xBF
        guard b1 >= lo && b1 <= hi else { return (CharClass.invalid, 1) }
        guard let c2 = cont(i + 2) else { return (CharClass.invalid, 2) }
        guard let c3 = cont(i + 3) else { return (CharClass.invalid, 3) }
        return ((UInt32(b0 & 0x07) << 18) | (UInt32(b1 & 0x3F) << 12) | (c2 << 6) | c3, 4)
    default:
        return (CharClass.invalid, 1)
    }
}

/// Replacing invalid UTF-8 with U+FFFD, for raw bytes read from a file or pipe.
public enum UTF8Repair {
    /// The number of invalid sequences in the bytes (0 means the bytes are valid UTF-8).
    public static func invalidCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let p = bytes.baseAddress else { return 0 }
        let n = bytes.count
        var i = 0
        var bad = 0
        while i < n {
            // Skip ASCII eight bytes at a time: the common case.
            while i + 8 <= n && UnsafeRawPointer(p + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 { i += 8 }
            guard i < n else { break }
            if p[i] < 0x80 { i += 1; continue }
            let (u, len) = decodeScalar(p, i, n)
            if u == CharClass.invalid { bad += 1 }
            i += len
        }
        return bad
    }

    /// Appends the bytes to `output` with every invalid sequence replaced by U+FFFD (EF BF BD);
    /// returns how many were replaced.
    @discardableResult
    public static func repair(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) -> Int {
        guard let p = bytes.baseAddress else { return 0 }
        let n = bytes.count
        output.reserveCapacity(output.count + n + 16)
        var i = 0
        var copied = 0
        var bad = 0
        while i < n {
            if p[i] < 0x80 { i += 1; continue }
            let (u, len) = decodeScalar(p, i, n)
            if u == CharClass.invalid {
                output.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: i - copied))
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                bad += 1
                copied = i + len
            }
            i += len
        }
        output.append(contentsOf: UnsafeBufferPointer(start: p + copied, count: n - copied))
        return bad
    }
}
