/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what Python's `str` indexes),
/// the unit of every offset in Diepgang's output.
///
/// The hot path works on bytes; conversion happens once per reported offset, walking forward
/// from the last converted position, so converting ascending offsets is linear overall.
public struct ScalarOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var lastByte = 0
    private var lastScalar = 0
    /// The whole text is ASCII: every byte offset is its scalar offset, nothing to count.
    private let ascii: Bool

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        ascii = false
    }

    /// For a text already known to be plain ASCII or not (`isASCII`): most notes are, and the
    /// several converters of one note then share one look at its bytes.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, ascii: Bool) {
        self.bytes = bytes
        self.ascii = ascii
    }

    /// Is every byte below 0x80? Eight bytes at a time, stopping at the first that is not.
    public static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= bytes.count {
            if raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 { return false }
            i += 8
        }
        while i < bytes.count {
            if base[i] >= 0x80 { return false }
            i += 1
        }
        return true
    }

    /// The number of scalars in a byte range of the text.
    public func scalarCount(_ range: Range<Int>) -> Int {
        ascii ? range.count : ScalarOffsets.count(bytes, range)
    }

    /// The scalar offset of a byte offset (which must lie on a scalar boundary or the end).
    public mutating func scalarOffset(ofByte byte: Int) -> Int {
        let target = min(max(byte, 0), bytes.count)
        if ascii { return target }
        if target < lastByte {
            lastByte = 0
            lastScalar = 0
        }
        let n = lastScalar + ScalarOffsets.count(bytes, lastByte..<target)
        lastByte = target
        lastScalar = n
        return n
    }

    /// Number of Unicode scalars in a byte range: every byte that is not a continuation byte
    /// (10xxxxxx) starts one. Eight bytes are counted at a time.
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress, !range.isEmpty else { return 0 }
        assert(range.lowerBound >= 0 && range.upperBound <= bytes.count, "range outside the text")
        let raw = UnsafeRawPointer(base)
        var i = range.lowerBound
        var n = 0
        while i + 8 <= range.upperBound {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // High bit set and the next bit clear, per byte: a continuation byte.
            let continuation = w & ~(w << 1) & 0x8080_8080_8080_8080
            n += 8 - continuation.nonzeroBitCount
            i += 8
        }
        while i < range.upperBound {
            if base[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }
}
