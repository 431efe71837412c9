/// The one output buffer of every printer: UTF-8 bytes appended to raw memory that keeps its
/// capacity, with the JSON pieces (escaped strings, integers, rounded decimals) written in place.
///
/// Two layers on one buffer. The raw layer (`append`, `appendInt`, `appendNumber`,
/// `appendString`, `member`, `appendKey`) is what the hot printers use: the analysis and token
/// printers write their fixed layout byte by byte, and appending a piece costs a capacity check
/// and a copy, without the uniqueness check and generic path of `Array.append` (writing the
/// output was a sixth of a batch run). The structured layer (`beginObject`, `key`, `field`, …)
/// places commas itself, for the printers whose layout is less regular.
///
/// Output is deterministic (keys in the order written, numbers in a fixed format), so the same
/// input gives identical bytes whatever the number of threads.
public final class ByteWriter {
    // Only one thread writes a buffer, and no access overlaps another: the runtime check of
    // each class-property access would cost more than the write.
    // Inlinable into the printers of other modules (a call per byte would cost more than the byte).
    @usableFromInline @exclusivity(unchecked) var base: UnsafeMutablePointer<UInt8>
    @usableFromInline @exclusivity(unchecked) var used = 0
    @usableFromInline @exclusivity(unchecked) var capacity: Int
    /// One entry per open container of the structured layer: has it received an element yet?
    private var hasElement: [Bool] = []
    private var afterKey = false

    public init(capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The number of bytes written so far.
    @inlinable public var count: Int { used }

    @inlinable public var isEmpty: Bool { used == 0 }

    /// A copy of the bytes written so far.
    @inlinable public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: used)) }

    @inlinable
    public func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(UnsafeBufferPointer(start: base, count: used))
    }

    /// Empties the buffer, keeping its memory for the next item.
    public func removeAll() {
        used = 0
        hasElement.removeAll(keepingCapacity: true)
        afterKey = false
    }

    // MARK: Raw bytes

    /// Makes room for `n` more bytes.
    @inlinable @inline(__always)
    public func reserve(_ n: Int) {
        if used + n > capacity { grow(to: used + n) }
    }

    @usableFromInline
    func grow(to needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.initialize(from: base, count: used)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inlinable @inline(__always)
    public func append(_ byte: UInt8) {
        reserve(1)
        base[used] = byte
        used += 1
    }

    @inlinable @inline(__always)
    public func append(_ start: UnsafePointer<UInt8>, count n: Int) {
        reserve(n)
        (base + used).initialize(from: start, count: n)
        used += n
    }

    @inlinable @inline(__always)
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        append(source, count: bytes.count)
    }

    @inlinable
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    public func append<C: Collection>(contentsOf bytes: C) where C.Element == UInt8 {
        let done: Void? = bytes.withContiguousStorageIfAvailable { append($0) }
        if done == nil { for b in bytes { append(b) } }
    }

    /// A literal's UTF-8 bytes, as they are (no quotes, no escaping).
    @inlinable @inline(__always)
    public func append(_ literal: StaticString) {
        if literal.hasPointerRepresentation {
            append(literal.utf8Start, count: literal.utf8CodeUnitCount)
        } else {
            appendScalar(literal)
        }
    }

    /// A literal of one scalar (`StaticString`'s other form): out of line, so the common form
    /// inlined at every literal stays a few stores.
    @usableFromInline
    func appendScalar(_ literal: StaticString) {
        for b in String(literal.unicodeScalar).utf8 { append(b) }
    }

    /// A string's UTF-8 bytes, as they are (no quotes, no escaping).
    public func append(text: String) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { append($0) }
        if done == nil {
            var copy = text
            copy.withUTF8 { append($0) }
        }
    }

    // MARK: JSON pieces, placed by the caller

    /// The items, comma-separated (the brackets are the caller's). Inlinable, so it is
    /// specialised where it is used: generic code here costs metadata look-ups per element.
    @inlinable
    public func elements<T>(_ items: [T], _ write: (ByteWriter, T) -> Void) {
        for (i, item) in items.enumerated() {
            if i > 0 { append(UInt8(ascii: ",")) }
            write(self, item)
        }
    }

    /// A member's key (with its separator, as a literal: `,"end":`) and its value. Inlined where
    /// it is written, so the key's length is known there and its bytes are copied as a few
    /// stores rather than through a call to memcpy.
    @inlinable @inline(__always)
    public func member(_ key: StaticString, _ value: Int) {
        append(key)
        appendInt(value)
    }

    @inlinable @inline(__always)
    public func member(_ key: StaticString, _ value: String) {
        append(key)
        appendString(value)
    }

    /// `,"name":`
    @inlinable @inline(__always)
    public func appendKey(_ name: StaticString) {
        append(",\"")
        append(name)
        append("\":")
    }

    /// A quoted string, or `null`.
    @inlinable
    public func appendOptional(_ value: String?) {
        if let value { appendString(value) } else { append("null") }
    }

    /// Rounded to `digits` decimals, trailing zeros dropped; NaN and infinity become null.
    public func appendNumber(_ value: Double, _ digits: Int) {
        if value.isFinite { appendFormatted(value, digits: digits) } else { append("null") }
    }

    /// An integer in decimal.
    @inlinable @inline(__always)
    public func appendInt(_ value: Int) {
        if value >= 0 && value < 10 {
            append(UInt8(ascii: "0") + UInt8(value))
        } else if value < 0 {
            appendNegative(value)
        } else {
            appendDigits(value)
        }
    }

    /// A negative integer, out of line (rare; it keeps the inlined `appendInt` small).
    @usableFromInline
    func appendNegative(_ value: Int) {
        for b in String(value).utf8 { append(b) }
    }

    /// A non-negative integer in decimal, written from the last digit backwards. Unsigned, and
    /// two digits a step: a signed division needs sign fix-ups, and the offsets and counts
    /// written (several per marker) mostly have two to four digits.
    @inlinable
    func appendDigits(_ value: Int) {
        var v = UInt(bitPattern: value)
        var length = 1
        var rest = v
        while rest >= 10_000 { rest /= 10_000; length += 4 }
        if rest >= 100 { length += rest >= 1000 ? 3 : 2 } else if rest >= 10 { length += 1 }
        reserve(length)
        var i = used + length
        while v >= 100 {
            let pair = v % 100
            v /= 100
            i -= 2
            base[i] = UInt8(truncatingIfNeeded: pair / 10) &+ UInt8(ascii: "0")
            base[i + 1] = UInt8(truncatingIfNeeded: pair % 10) &+ UInt8(ascii: "0")
        }
        if v >= 10 {
            base[i - 2] = UInt8(truncatingIfNeeded: v / 10) &+ UInt8(ascii: "0")
            base[i - 1] = UInt8(truncatingIfNeeded: v % 10) &+ UInt8(ascii: "0")
        } else {
            base[i - 1] = UInt8(truncatingIfNeeded: v) &+ UInt8(ascii: "0")
        }
        used += length
    }

    /// The bytes of `ByteWriter.format(value, digits:)`, without building a String.
    private func appendFormatted(_ value: Double, digits: Int) {
        guard let d = Decimal(value, digits: digits) else {
            append(text: ByteWriter.format(value, digits: digits))
            return
        }
        if d.negative { append(UInt8(ascii: "-")) }
        appendDigits(d.whole)
        guard d.shown > 0 else { return }
        append(UInt8(ascii: "."))
        // The `shown` digits (leading zeros too) from the last one back: a division by a
        // constant ten is a multiplication, one by a power of ten known only at run time is not.
        reserve(d.shown)
        var fraction = UInt(d.fraction)
        var i = used + d.shown
        while i > used {
            i -= 1
            base[i] = UInt8(truncatingIfNeeded: fraction % 10) &+ UInt8(ascii: "0")
            fraction /= 10
        }
        used += d.shown
    }

    /// A string as a quoted JSON string.
    @inlinable
    public func appendString(_ value: String) {
        // Native and small strings lend their bytes directly; others are made contiguous first.
        let done: Void? = value.utf8.withContiguousStorageIfAvailable { appendQuoted($0) }
        if done == nil {
            var copy = value
            copy.withUTF8 { appendQuoted($0) }
        }
    }

    /// UTF-8 bytes as a quoted JSON string; the runs that need no escape are copied at once.
    @inlinable
    public func appendQuoted(_ buffer: UnsafeBufferPointer<UInt8>) {
        reserve(buffer.count + 2)
        if buffer.count >= 1 && buffer.count <= 16 && appendShortQuoted(buffer) { return }
        append(UInt8(ascii: "\""))
        // Runs without a byte to escape are found sixteen bytes a step (`ByteScan`) and copied whole.
        var run = 0
        let n = buffer.count
        while run < n {
            let stop = buffer.firstJSONEscape(from: run, to: n)
            if run < stop { append(UnsafeBufferPointer(rebasing: buffer[run..<stop])) }
            guard stop < n else { break }
            appendEscaped(buffer[stop])
            run = stop + 1
        }
        append(UInt8(ascii: "\""))
    }

    /// A string of 1 to 16 bytes (room for it and its quotes reserved) with no byte to escape,
    /// quoted; false, with nothing written, if it has one. Most strings written are that short
    /// (categories, labels, marker words): two overlapping loads check and copy them, without
    /// the scan's byte-by-byte tail and a call to memcpy.
    @inlinable @inline(__always)
    func appendShortQuoted(_ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = buffer.count
        let raw = UnsafeRawPointer(buffer.baseAddress!)
        let out = UnsafeMutableRawPointer(base + used)
        if n >= 8 {
            let head = raw.loadUnaligned(as: UInt64.self), tail = raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
            guard ByteWord.jsonEscapes(head.littleEndian) | ByteWord.jsonEscapes(tail.littleEndian) == 0 else { return false }
            out.storeBytes(of: head, toByteOffset: 1, as: UInt64.self)
            out.storeBytes(of: tail, toByteOffset: n - 7, as: UInt64.self)
        } else if n >= 4 {
            let head = raw.loadUnaligned(as: UInt32.self), tail = raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)
            guard ByteWord.jsonEscapes(UInt64(head.littleEndian) | UInt64(tail.littleEndian) << 32) == 0 else { return false }
            out.storeBytes(of: head, toByteOffset: 1, as: UInt32.self)
            out.storeBytes(of: tail, toByteOffset: n - 3, as: UInt32.self)
        } else {
            // One to three bytes (a phase label "3"): the first, middle and last, overlapping;
            // the rest of the word tested is filled with a letter.
            let first = raw.load(as: UInt8.self), middle = raw.load(fromByteOffset: n >> 1, as: UInt8.self)
            let last = raw.load(fromByteOffset: n - 1, as: UInt8.self)
            let word = UInt64(first) | UInt64(middle) << 8 | UInt64(last) << 16 | 0x6161_6161_6100_0000
            guard ByteWord.jsonEscapes(word) == 0 else { return false }
            out.storeBytes(of: first, toByteOffset: 1, as: UInt8.self)
            out.storeBytes(of: middle, toByteOffset: 1 + n >> 1, as: UInt8.self)
            out.storeBytes(of: last, toByteOffset: n, as: UInt8.self)
        }
        out.storeBytes(of: UInt8(ascii: "\""), as: UInt8.self)
        out.storeBytes(of: UInt8(ascii: "\""), toByteOffset: n + 1, as: UInt8.self)
        used += n + 2
        return true
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// A control byte as `\u00XX`.
    public func appendUnicodeEscape(_ b: UInt8) {
        append("\\u00")
        append(ByteWriter.hex[Int(b >> 4)])
        append(ByteWriter.hex[Int(b & 0xF)])
    }

    @usableFromInline
    func appendEscaped(_ b: UInt8) {
        switch b {
        case UInt8(ascii: "\""): append(UInt8(ascii: "\\")); append(b)
        case UInt8(ascii: "\\"): append(UInt8(ascii: "\\")); append(b)
        case 0x0A: append(UInt8(ascii: "\\")); append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "\\")); append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "\\")); append(UInt8(ascii: "t"))
        case 0..<0x20, 0x7F: appendUnicodeEscape(b)
        default: append(b)
        }
    }

    // MARK: Structured JSON: commas placed by the writer

    private func separate() {
        if afterKey { afterKey = false; return }
        if let last = hasElement.last {
            if last { append(UInt8(ascii: ",")) }
            hasElement[hasElement.count - 1] = true
        }
    }

    public func beginObject() { separate(); append(UInt8(ascii: "{")); hasElement.append(false) }
    public func endObject() { hasElement.removeLast(); append(UInt8(ascii: "}")) }
    public func beginArray() { separate(); append(UInt8(ascii: "[")); hasElement.append(false) }
    public func endArray() { hasElement.removeLast(); append(UInt8(ascii: "]")) }

    public func key(_ name: String) {
        separate()
        appendString(name)
        append(UInt8(ascii: ":"))
        afterKey = true
    }

    public func string(_ value: String) { separate(); appendString(value) }
    public func string<C: Collection>(utf8 value: C) where C.Element == UInt8 {
        separate()
        let done: Void? = value.withContiguousStorageIfAvailable { appendQuoted($0) }
        if done == nil { appendQuoted(Array(value)) }
    }
    private func appendQuoted(_ value: [UInt8]) { value.withUnsafeBufferPointer { appendQuoted($0) } }
    public func int(_ value: Int) { separate(); appendInt(value) }
    public func bool(_ value: Bool) { separate(); append(value ? "true" : "false") }
    public func null() { separate(); append("null") }

    /// A number rounded to `digits` decimals, without trailing zeros; NaN and infinity become null.
    public func double(_ value: Double, digits: Int = 4) {
        separate()
        appendNumber(value, digits)
    }

    /// Pre-encoded JSON (for values passed through unchanged).
    public func raw<C: Collection>(_ json: C) where C.Element == UInt8 { separate(); append(contentsOf: json) }

    // The common `"key": value` pairs.
    public func field(_ name: String, _ value: String) { key(name); string(value) }
    public func field(_ name: String, _ value: String?) { key(name); if let value { string(value) } else { null() } }
    public func field(_ name: String, _ value: Int) { key(name); int(value) }
    public func field(_ name: String, _ value: Bool) { key(name); bool(value) }
    public func field(_ name: String, _ value: Double, digits: Int = 4) { key(name); double(value, digits: digits) }

    // MARK: Numbers as text

    /// Fixed, locale-independent decimal formatting: rounded to `digits`, trailing zeros dropped.
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

    /// `format(value, digits:)` with `decimalMark` for its point (a Dutch comma), written straight
    /// into the string's own storage, which holds up to 15 bytes inline: the reasons of every note
    /// quote a few weights, and a byte array per number cost an allocation and a copy.
    public static func formatted(_ value: Double, digits: Int, decimalMark: UInt8 = UInt8(ascii: ".")) -> String {
        guard let d = Decimal(value, digits: digits) else {
            let text = format(value, digits: digits)
            guard decimalMark != UInt8(ascii: ".") else { return text }
            return String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? decimalMark : $0 }, as: UTF8.self)
        }
        var wholeDigits = 1, power = 10
        while power <= d.whole { wholeDigits += 1; power *= 10 }
        let sign = d.negative ? 1 : 0
        let count = sign + wholeDigits + (d.shown > 0 ? 1 + d.shown : 0)
        return String(unsafeUninitializedCapacity: count) { out in
            if d.negative { out[0] = UInt8(ascii: "-") }
            // Digits from the right: the whole part, then the decimals with their leading zeros.
            var whole = d.whole
            for k in stride(from: sign + wholeDigits - 1, through: sign, by: -1) {
                out[k] = UInt8(ascii: "0") + UInt8(whole % 10)
                whole /= 10
            }
            if d.shown > 0 {
                let point = sign + wholeDigits
                out[point] = decimalMark
                var fraction = d.fraction
                for k in stride(from: point + d.shown, through: point + 1, by: -1) {
                    out[k] = UInt8(ascii: "0") + UInt8(fraction % 10)
                    fraction /= 10
                }
            }
            return count
        }
    }

    /// A moderate value rounded to `digits` decimals as integers: for these, the shortest form
    /// of n / 10^digits is that decimal with its trailing zeros dropped (what `String(Double)`
    /// would give). Nil for values outside that range: `format` handles those.
    private struct Decimal {
        var negative: Bool
        var whole: Int
        /// The decimals shown, as an integer of `shown` digits.
        var fraction: Int
        var shown: Int

        init?(_ value: Double, digits: Int) {
            guard digits >= 0 && digits <= 6 && value.isFinite && abs(value) < 1e9 else { return nil }
            var scale = 1.0
            for _ in 0..<digits { scale *= 10 }
            var n = Int((value * scale).rounded())
            negative = n < 0
            if n < 0 { n = -n }
            var p = 1
            for _ in 0..<digits { p *= 10 }
            whole = n / p
            var frac = n % p
            var shown = digits
            if frac == 0 { shown = 0 } else { while frac % 10 == 0 { frac /= 10; shown -= 1 } }
            fraction = frac
            self.shown = shown
        }
    }
}
