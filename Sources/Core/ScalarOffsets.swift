/// Converts UTF-8 byte offsets into Unicode-scalar offsets (what Python's `str` indexes),
/// the unit of every offset in Diepgang's output.
///
/// The hot path works on bytes; conversion happens once per reported offset, walking forward
/// from the last converted position, so converting ascending offsets is linear overall.
public struct ScalarOffsets {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var lastByte = 0
    private var lastScalar = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar offset of a byte offset (which must lie on a scalar boundary or the end).
    public mutating func scalarOffset(ofByte byte: Int) -> Int {
        let target = min(max(byte, 0), bytes.count)
        if target < lastByte {
            lastByte = 0
            lastScalar = 0
        }
        var i = lastByte
        var n = lastScalar
        while i < target {
            // Every byte that is not a continuation byte (10xxxxxx) starts a scalar.
            if bytes[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        lastByte = target
        lastScalar = n
        return n
    }

    /// Number of Unicode scalars in a byte range.
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        var n = 0
        for i in range where bytes[i] & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
