/// SWAR (SIMD within a register) tests over eight bytes loaded as one `UInt64`, exact per byte:
/// no carry crosses from one byte into the next, so the flags also say where.
public enum ByteWord {
    @inlinable @inline(__always) public static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable @inline(__always) public static var highs: UInt64 { 0x8080_8080_8080_8080 }
    @inlinable @inline(__always) public static var lows: UInt64 { 0x7F7F_7F7F_7F7F_7F7F }

    /// Bit 7 of each byte that is a quote, a backslash or below 0x20 (a control character): the
    /// bytes where a JSON string ends or stops being a plain copy. With t = b & 0x7F, t + 0x7F
    /// sets bit 7 unless t is 0, so (t ^ 0x22) + 0x7F misses bit 7 only for a quote, (t ^ 0x5C)
    /// + 0x7F only for a backslash, and t + 0x60 only below 0x20; or-ing in b rules out the
    /// bytes from 0x80 up. No sum passes 0xFF, so no carry reaches the next byte.
    @inlinable @inline(__always)
    public static func stringStops(_ w: UInt64) -> UInt64 {
        let t = w & lows
        let quote = (t ^ (ones &* 0x22)) &+ lows
        let slash = (t ^ (ones &* 0x5C)) &+ lows
        let control = t &+ (ones &* 0x60)
        return ~((quote & slash & control) | w) & highs
    }

    /// As `stringStops`, and DEL (0x7F) too: the bytes a JSON writer escapes.
    @inlinable @inline(__always)
    public static func jsonEscapes(_ w: UInt64) -> UInt64 {
        let t = w & lows
        let quote = (t ^ (ones &* 0x22)) &+ lows
        let slash = (t ^ (ones &* 0x5C)) &+ lows
        let delete = (t ^ lows) &+ lows
        let control = t &+ (ones &* 0x60)
        return ~((quote & slash & control & delete) | w) & highs
    }

    /// The index (0…7) of the first flagged byte of a word loaded little-endian.
    @inlinable @inline(__always)
    public static func firstFlagged(_ flags: UInt64) -> Int {
        flags.trailingZeroBitCount >> 3
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The first index in `from..<end` whose byte is a quote, a backslash or a control character
    /// (`end` if none): sixteen bytes a step while none is.
    @inlinable @inline(__always)
    public func firstStringStop(from: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(baseAddress!)
        var i = from
        while i + 16 <= end {
            let a = ByteWord.stringStops(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            let b = ByteWord.stringStops(raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian)
            if a | b != 0 { return a != 0 ? i + ByteWord.firstFlagged(a) : i + 8 + ByteWord.firstFlagged(b) }
            i += 16
        }
        while i + 8 <= end {
            let a = ByteWord.stringStops(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            if a != 0 { return i + ByteWord.firstFlagged(a) }
            i += 8
        }
        while i < end {
            let c = self[i]
            if c == 0x22 || c == 0x5C || c < 0x20 { return i }
            i += 1
        }
        return end
    }

    /// The first index in `from..<end` whose byte is not ASCII (`end` if none), sixteen bytes a step.
    @inlinable @inline(__always)
    public func firstNonASCII(from: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(baseAddress!)
        var i = from
        while i + 16 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) | raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
            if w & ByteWord.highs != 0 { break }
            i += 16
        }
        while i + 8 <= end {
            let high = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian & ByteWord.highs
            if high != 0 { return i + ByteWord.firstFlagged(high) }
            i += 8
        }
        while i < end {
            if self[i] >= 0x80 { return i }
            i += 1
        }
        return end
    }

    /// The first index in `from..<end` whose byte JSON output must escape (a quote, a backslash,
    /// a control character or DEL), `end` if none: sixteen bytes a step while none is.
    @inlinable @inline(__always)
    public func firstJSONEscape(from: Int, to end: Int) -> Int {
        let raw = UnsafeRawPointer(baseAddress!)
        var i = from
        while i + 16 <= end {
            let a = ByteWord.jsonEscapes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            let b = ByteWord.jsonEscapes(raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self).littleEndian)
            if a | b != 0 { return a != 0 ? i + ByteWord.firstFlagged(a) : i + 8 + ByteWord.firstFlagged(b) }
            i += 16
        }
        while i + 8 <= end {
            let a = ByteWord.jsonEscapes(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian)
            if a != 0 { return i + ByteWord.firstFlagged(a) }
            i += 8
        }
        while i < end {
            let c = self[i]
            if c == 0x22 || c == 0x5C || c < 0x20 || c == 0x7F { return i }
            i += 1
        }
        return end
    }
}
