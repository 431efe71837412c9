/// A small, fast JSON writer that appends UTF-8 bytes to a buffer.
///
/// Output is deterministic (keys in the order written, numbers in a fixed format), so the same
/// input gives identical bytes whatever the number of threads. Commas are placed automatically.
public struct JSONWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    /// One entry per open container: has it received an element yet?
    private var hasElement: [Bool] = []
    private var afterKey = false

    public init(reservingCapacity capacity: Int = 1024) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func removeAll(keepingCapacity: Bool = true) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
        hasElement.removeAll(keepingCapacity: true)
        afterKey = false
    }

    private mutating func separate() {
        if afterKey { afterKey = false; return }
        if let last = hasElement.last {
            if last { bytes.append(UInt8(ascii: ",")) }
            hasElement[hasElement.count - 1] = true
        }
    }

    public mutating func beginObject() { separate(); bytes.append(UInt8(ascii: "{")); hasElement.append(false) }
    public mutating func endObject() { hasElement.removeLast(); bytes.append(UInt8(ascii: "}")) }
    public mutating func beginArray() { separate(); bytes.append(UInt8(ascii: "[")); hasElement.append(false) }
    public mutating func endArray() { hasElement.removeLast(); bytes.append(UInt8(ascii: "]")) }

    public mutating func key(_ name: String) {
        separate()
        appendQuoted(name)
        bytes.append(UInt8(ascii: ":"))
        afterKey = true
    }

    public mutating func string(_ value: String) { separate(); appendQuoted(value) }
    public mutating func string<C: Collection>(utf8 value: C) where C.Element == UInt8 { separate(); appendQuoted(utf8: value) }
    public mutating func int(_ value: Int) {
        separate()
        JSONWriter.appendInt(value, into: &bytes)
    }
    public mutating func bool(_ value: Bool) { separate(); bytes.append(contentsOf: (value ? "true" : "false").utf8) }
    public mutating func null() { separate(); bytes.append(contentsOf: "null".utf8) }

    /// A number rounded to `digits` decimals, without trailing zeros; NaN and infinity become null.
    public mutating func double(_ value: Double, digits: Int = 4) {
        guard value.isFinite else { null(); return }
        separate()
        JSONWriter.appendFormatted(value, digits: digits, into: &bytes)
    }

    /// Writes pre-encoded JSON (for values passed through unchanged).
    public mutating func raw<C: Collection>(_ json: C) where C.Element == UInt8 { separate(); bytes.append(contentsOf: json) }

    // Convenience for the common `"key": value` pairs.
    public mutating func field(_ name: String, _ value: String) { key(name); string(value) }
    public mutating func field(_ name: String, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    public mutating func field(_ name: String, _ value: Int) { key(name); int(value) }
    public mutating func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public mutating func field(_ name: String, _ value: Double, digits: Int = 4) { key(name); double(value, digits: digits) }

    /// Fixed, locale-independent decimal formatting.
    public static func format(_ value: Double, digits: Int) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded() && abs(rounded) < 1e15 { return String(Int(rounded)) }
        var text = String(rounded)
        if text.contains("e") { return text }
        // String(Double) gives the shortest round-trip form, e.g. 0.1 for 0.1; that is already trimmed.
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) - 1 > digits {
            text = String(text[...text.index(dot, offsetBy: digits)])
        }
        return text
    }

    /// Appends `format(value, digits:)` without building a String: for moderate values the
    /// shortest form of n / 10^digits is that decimal with trailing zeros dropped.
    public static func appendFormatted(_ value: Double, digits: Int, into out: inout [UInt8]) {
        guard digits >= 0 && digits <= 6 && value.isFinite && abs(value) < 1e9 else {
            out.append(contentsOf: format(value, digits: digits).utf8)
            return
        }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        var n = Int((value * scale).rounded())
        if n == 0 { out.append(UInt8(ascii: "0")); return }
        if n < 0 { out.append(UInt8(ascii: "-")); n = -n }
        var p = 1
        for _ in 0..<digits { p *= 10 }
        appendDigits(n / p, into: &out)
        var frac = n % p
        guard frac != 0 else { return }
        var shown = digits
        while frac % 10 == 0 { frac /= 10; shown -= 1 }
        out.append(UInt8(ascii: "."))
        var div = 1
        for _ in 1..<max(shown, 1) { div *= 10 }
        while div > 0 { out.append(UInt8(ascii: "0") + UInt8(frac / div % 10)); div /= 10 }
    }

    /// A non-negative integer in decimal.
    public static func appendDigits(_ value: Int, into out: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, into: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// An integer in decimal, as `int(_:)` writes it.
    public static func appendInt(_ value: Int, into out: inout [UInt8]) {
        if value < 0 { out.append(contentsOf: String(value).utf8) } else { appendDigits(value, into: &out) }
    }

    private mutating func appendQuoted(_ value: String) {
        JSONWriter.appendQuoted(value, into: &bytes)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendQuoted<C: Collection>(utf8 value: C) where C.Element == UInt8 {
        // Contiguous input (String, Array, buffer slices): copy the runs that need no escape in bulk.
        let done: Void? = value.withContiguousStorageIfAvailable { JSONWriter.appendQuoted($0, into: &bytes) }
        if done != nil { return }
        bytes.append(UInt8(ascii: "\""))
        for b in value { JSONWriter.appendEscaped(b, into: &bytes) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A string as a quoted JSON string, for callers that build output bytes themselves.
    public static func appendQuoted(_ value: String, into out: inout [UInt8]) {
        var value = value
        value.withUTF8 { appendQuoted($0, into: &out) }
    }

    /// UTF-8 bytes as a quoted JSON string; the runs that need no escape are copied at once.
    public static func appendQuoted(_ buffer: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var run = 0
        for i in 0..<buffer.count {
            let b = buffer[i]
            if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0x7F { continue }
            if run < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<i])) }
            run = i + 1
            appendEscaped(b, into: &out)
        }
        if run < buffer.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[run..<buffer.count])) }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    private static func appendEscaped(_ b: UInt8, into out: inout [UInt8]) {
        switch b {
        case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(b)
        case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(b)
        case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
        case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
        case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
        case 0..<0x20, 0x7F:
            out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                    hex[Int(b >> 4)], hex[Int(b & 0xF)]])
        default: out.append(b)
        }
    }
}
