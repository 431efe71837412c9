/// FNV-1a, 64 bit: a stable, dependency-free fingerprint (for `lexicon_version`); not for security.
public struct FNV1a64: Sendable {
    @usableFromInline var state: UInt64 = 0xcbf29ce484222325
    public var value: UInt64 { state }

    public init() {}

    // Inlinable, so callers in other modules get a loop specialised for their byte collection
    // (unspecialised, every byte went through a generic iterator: ~70 M instructions at start-up).
    @inlinable
    public mutating func update<C: Sequence>(_ bytes: C) where C.Element == UInt8 {
        var h = state
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            for b in buffer { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        if done == nil {
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        }
        state = h
    }

    public var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
