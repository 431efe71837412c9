import DiepgangCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hand-written JSON parser for one JSON Lines record, on bytes. It decodes only what a note
/// needs (the five known string fields) and keeps every other value as its raw JSON bytes.
/// Foundation's JSONSerialization per line is several times slower and allocates a tree.
struct JSONLineParser {
    /// The values of one record.
    struct Fields {
        var id: String?
        var team: String?
        var author: String?
        var date: String?
        var text: String?
        /// Byte range of the text's string literal (quotes included) in the line.
        var textLiteral: Range<Int>?
        var extra: [ExtraField] = []

        mutating func reset() {
            id = nil; team = nil; author = nil; date = nil; text = nil; textLiteral = nil
            extra.removeAll(keepingCapacity: true)
        }
    }

    struct Failure: Error {
        var reason: Localized
    }

    private enum Known { case id, team, author, date, text, other }

    let names: NoteFieldNames
    private let idKey: [UInt8], teamKey: [UInt8], authorKey: [UInt8], dateKey: [UInt8], textKey: [UInt8]
    /// Reused for strings with escapes, so plain strings cost no copy.
    private var scratch: [UInt8] = []
    /// Nesting limit for passthrough values: deeper input is rejected rather than risking the stack.
    static let maxDepth = 256

    init(names: NoteFieldNames) {
        self.names = names
        idKey = Array(names.id.utf8); teamKey = Array(names.team.utf8); authorKey = Array(names.author.utf8)
        dateKey = Array(names.date.utf8); textKey = Array(names.text.utf8)
        scratch.reserveCapacity(4096)
    }

    /// Parses the object in `p[range]`; the line must already be valid UTF-8.
    mutating func parse(_ p: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, into fields: inout Fields) throws(Failure) {
        fields.reset()
        var i = range.lowerBound
        let end = range.upperBound
        let lineStart = range.lowerBound
        func fail(_ what: Localized, _ at: Int) -> Failure {
            Failure(reason: Reason.malformedJSON(what, column: at - lineStart + 1))
        }
        @inline(__always) func skipSpace(_ i: inout Int) {
            while i < end, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        }
        skipSpace(&i)
        guard i < end, p[i] == UInt8(ascii: "{") else {
            throw fail(Localized(nl: "een regel moet een object {…} zijn", en: "a line must be an object {…}"), i)
        }
        i += 1
        skipSpace(&i)
        var seenKnown: UInt8 = 0
        if i < end && p[i] == UInt8(ascii: "}") {
            i += 1
        } else {
            while true {
                skipSpace(&i)
                guard i < end, p[i] == UInt8(ascii: "\"") else {
                    throw fail(Localized(nl: "sleutel tussen aanhalingstekens verwacht", en: "expected a quoted key"), i)
                }
                let (keyRange, keyEscaped) = try scanString(p, &i, end, lineStart)
                let known: Known
                if keyEscaped {
                    let key = try decodedString(p, keyRange, lineStart)
                    known = key == names.id ? .id : key == names.team ? .team : key == names.author ? .author
                        : key == names.date ? .date : key == names.text ? .text : .other
                } else {
                    known = Self.match(p, keyRange, idKey) ? .id : Self.match(p, keyRange, teamKey) ? .team
                        : Self.match(p, keyRange, authorKey) ? .author : Self.match(p, keyRange, dateKey) ? .date
                        : Self.match(p, keyRange, textKey) ? .text : .other
                }
                skipSpace(&i)
                guard i < end, p[i] == UInt8(ascii: ":") else {
                    throw fail(Localized(nl: "':' verwacht na de sleutel", en: "expected ':' after the key"), i)
                }
                i += 1
                skipSpace(&i)
                guard i < end else { throw fail(Localized(nl: "waarde ontbreekt", en: "value missing"), i) }
                let valueStart = i
                switch known {
                case .other:
                    try skipValue(p, &i, end, lineStart)
                    let name: String
                    if keyEscaped {
                        name = try decodedString(p, keyRange, lineStart)
                    } else {
                        name = String(checkedUTF8: UnsafeBufferPointer(rebasing: p[keyRange]))
                    }
                    fields.extra.append(ExtraField(name: name, json: Array(p[valueStart..<i])))
                default:
                    let fieldName: String
                    switch known {
                    case .id: fieldName = names.id
                    case .team: fieldName = names.team
                    case .author: fieldName = names.author
                    case .date: fieldName = names.date
                    default: fieldName = names.text
                    }
                    var value: String?
                    if p[i] == UInt8(ascii: "\"") {
                        let (r, escaped) = try scanString(p, &i, end, lineStart)
                        if escaped {
                            value = try decodedString(p, r, lineStart)
                        } else {
                            value = String(checkedUTF8: UnsafeBufferPointer(rebasing: p[r]))
                        }
                        if known == .text { fields.textLiteral = valueStart..<i }
                    } else if p[i] == UInt8(ascii: "n") {
                        try skipValue(p, &i, end, lineStart)
                        guard p[valueStart..<i].elementsEqual("null".utf8) else {
                            throw fail(Localized(nl: "onbekende waarde", en: "unknown value"), valueStart)
                        }
                        value = nil
                    } else if known != .text && known != .date && (p[i] == UInt8(ascii: "-") || (p[i] >= 0x30 && p[i] <= 0x39)) {
                        // Numeric ids and team numbers are common in exports; keep their text.
                        try skipValue(p, &i, end, lineStart)
                        value = String(checkedUTF8: UnsafeBufferPointer(rebasing: p[valueStart..<i]))
                    } else {
                        try skipValue(p, &i, end, lineStart)
                        throw Failure(reason: Reason.wrongType(fieldName, expected: Localized(nl: "een tekst", en: "a string")))
                    }
                    // A key given twice would leave one of its values unread (and unchecked for privacy).
                    let bit: UInt8 = known == .id ? 1 : known == .team ? 2 : known == .author ? 4 : known == .date ? 8 : 16
                    guard seenKnown & bit == 0 else {
                        throw Failure(reason: Localized(nl: "het veld '\(fieldName)' komt twee keer voor", en: "the field '\(fieldName)' occurs twice"))
                    }
                    seenKnown |= bit
                    switch known {
                    case .id: fields.id = value
                    case .team: fields.team = value
                    case .author: fields.author = value
                    case .date: fields.date = value
                    default: fields.text = value
                    }
                }
                skipSpace(&i)
                guard i < end else {
                    throw fail(Localized(nl: "object niet afgesloten met '}'", en: "object not closed with '}'"), i)
                }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "}") { i += 1; break }
                throw fail(Localized(nl: "',' of '}' verwacht", en: "expected ',' or '}'"), i)
            }
        }
        skipSpace(&i)
        if i < end {
            throw fail(Localized(nl: "tekst na het einde van het object", en: "text after the end of the object"), i)
        }
    }

    @inline(__always)
    private static func match(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ key: [UInt8]) -> Bool {
        guard r.count == key.count else { return false }
        var k = 0
        for j in r { if p[j] != key[k] { return false }; k += 1 }
        return true
    }

    /// Scans a string literal starting at the quote; returns the content range and whether it has escapes.
    /// `passthrough`: the string is copied raw into the output, so a lone surrogate escape
    /// (`\\ud83d` without its pair), which a known field turns into U+FFFD, is refused there:
    /// standard JSON readers refuse it.
    private func scanString(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, _ lineStart: Int,
                            passthrough: Bool = false) throws(Failure) -> (Range<Int>, Bool) {
        let open = i
        i += 1
        let contentStart = i
        var escaped = false
        while true {
            // Sixteen bytes a step while none is a quote, a backslash or a control character.
            i = p.firstStringStop(from: i, to: end)
            guard i < end else { break }
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                let r = contentStart..<i
                i += 1
                return (r, escaped)
            }
            if b == UInt8(ascii: "\\") {
                // Checked here, not only when decoding: a passthrough value is copied raw, so a bad
                // escape in it would otherwise reach the output as invalid JSON.
                escaped = true
                guard i + 1 < end, let length = Self.escapeLength(p, i + 1, end),
                      !passthrough || length == 2 || Self.pairedSurrogate(p, i, end) else {
                    throw Failure(reason: Reason.malformedJSON(Localized(nl: "ongeldige escape", en: "invalid escape"),
                                                               column: i - lineStart + 1))
                }
                // A high surrogate and its low one are stepped over together.
                var step = length
                if length == 6, let v = Self.hexValue(p, i + 2), (0xD800...0xDBFF).contains(v), Self.pairedSurrogate(p, i, end) { step = 12 }
                i += step
                continue
            }
            throw Failure(reason: Reason.malformedJSON(Localized(nl: "stuurteken in een tekst", en: "control character in a string"),
                                                       column: i - lineStart + 1))
        }
        throw Failure(reason: Reason.malformedJSON(Localized(nl: "tekst niet afgesloten met '\"'", en: "string not closed with '\"'"),
                                                   column: open - lineStart + 1))
    }

    /// The length of the escape whose backslash is just before `at` (2, or 6 for `\\uXXXX`), or nil if invalid.
    @inline(__always)
    static func escapeLength(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int) -> Int? {
        switch p[at] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return 2
        case UInt8(ascii: "u"):
            guard at + 5 <= end else { return nil }
            for k in (at + 1)...(at + 4) {
                let c = p[k]
                guard (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66) else { return nil }
            }
            return 6
        default:
            return nil
        }
    }

    /// The value of the four hex digits at `at` (already checked by `escapeLength`).
    static func hexValue(_ p: UnsafeBufferPointer<UInt8>, _ at: Int) -> UInt32? {
        var v: UInt32 = 0
        for k in at..<(at + 4) {
            let c = p[k]
            let d: UInt32 = c <= 0x39 ? UInt32(c - 0x30) : UInt32((c | 0x20) - 0x61 + 10)
            v = v << 4 | d
        }
        return v
    }

    /// Is the `\\uXXXX` escape at `at` a character, or a high surrogate followed by its low one?
    static func pairedSurrogate(_ p: UnsafeBufferPointer<UInt8>, _ at: Int, _ end: Int) -> Bool {
        guard let v = hexValue(p, at + 2) else { return false }
        if (0xDC00...0xDFFF).contains(v) { return false }
        guard (0xD800...0xDBFF).contains(v) else { return true }
        let next = at + 6
        guard next + 6 <= end, p[next] == UInt8(ascii: "\\"), p[next + 1] == UInt8(ascii: "u"),
              escapeLength(p, next + 1, end) == 6, let low = hexValue(p, next + 2) else { return false }
        return (0xDC00...0xDFFF).contains(low)
    }

    /// A string's content with escapes, decoded. The raw runs between escapes come from a line
    /// already checked as UTF-8 and the escapes add whole scalars, so no second check is needed.
    private mutating func decodedString(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ lineStart: Int) throws(Failure) -> String {
        try decode(p, r, lineStart)
        return scratch.withUnsafeBufferPointer { String(checkedUTF8: $0) }
    }

    /// Decodes a string's content with escapes into `scratch`.
    private mutating func decode(_ p: UnsafeBufferPointer<UInt8>, _ r: Range<Int>, _ lineStart: Int) throws(Failure) {
        scratch.removeAll(keepingCapacity: true)
        var i = r.lowerBound
        let end = r.upperBound
        func bad(_ at: Int) -> Failure {
            Failure(reason: Reason.malformedJSON(Localized(nl: "ongeldige escape", en: "invalid escape"), column: at - lineStart + 1))
        }
        func hex4(_ at: Int) -> UInt32? {
            guard at + 4 <= end else { return nil }
            var v: UInt32 = 0
            for k in at..<(at + 4) {
                let c = p[k]
                let d: UInt32
                switch c {
                case 0x30...0x39: d = UInt32(c - 0x30)
                case 0x41...0x46: d = UInt32(c - 0x41 + 10)
                case 0x61...0x66: d = UInt32(c - 0x61 + 10)
                default: return nil
                }
                v = v << 4 | d
            }
            return v
        }
        let base = p.baseAddress!
        while i < end {
            // Copy the run up to the next backslash in one go.
            if p[i] != UInt8(ascii: "\\") {
                let run: Int
                if let q = memchr(base + i, 0x5C, end - i) {
                    run = UnsafeRawPointer(q).assumingMemoryBound(to: UInt8.self) - (base + i)
                } else {
                    run = end - i
                }
                scratch.append(contentsOf: UnsafeBufferPointer(start: base + i, count: run))
                i += run
                continue
            }
            guard i + 1 < end else { throw bad(i) }
            let e = p[i + 1]
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scratch.append(e); i += 2
            case UInt8(ascii: "n"): scratch.append(0x0A); i += 2
            case UInt8(ascii: "t"): scratch.append(0x09); i += 2
            case UInt8(ascii: "r"): scratch.append(0x0D); i += 2
            case UInt8(ascii: "b"): scratch.append(0x08); i += 2
            case UInt8(ascii: "f"): scratch.append(0x0C); i += 2
            case UInt8(ascii: "u"):
                guard var scalar = hex4(i + 2) else { throw bad(i) }
                i += 6
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate: the low one must follow as \uDC00…\uDFFF.
                    if i + 6 <= end, p[i] == UInt8(ascii: "\\"), p[i + 1] == UInt8(ascii: "u"), let low = hex4(i + 2), (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        i += 6
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD // a lone low surrogate cannot be text
                }
                Self.appendUTF8(scalar, to: &scratch)
            default:
                throw bad(i)
            }
        }
    }

    static func appendUTF8(_ s: UInt32, to out: inout [UInt8]) {
        switch s {
        case 0..<0x80: out.append(UInt8(s))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | (s >> 6))); out.append(UInt8(0x80 | (s & 0x3F)))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | (s >> 12))); out.append(UInt8(0x80 | ((s >> 6) & 0x3F))); out.append(UInt8(0x80 | (s & 0x3F)))
        default:
            out.append(UInt8(0xF0 | (s >> 18))); out.append(UInt8(0x80 | ((s >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((s >> 6) & 0x3F))); out.append(UInt8(0x80 | (s & 0x3F)))
        }
    }

    /// Skips one JSON value (checking its syntax) without building anything; iterative, so deep
    /// nesting cannot overflow the stack.
    private func skipValue(_ p: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ end: Int, _ lineStart: Int) throws(Failure) {
        var stack: [UInt8] = []  // the closing bracket of each open container
        func fail(_ what: Localized) -> Failure {
            Failure(reason: Reason.malformedJSON(what, column: i - lineStart + 1))
        }
        let expectedValue = Localized(nl: "waarde verwacht", en: "expected a value")
        @inline(__always) func skipSpace() {
            while i < end, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        }
        while true {
            skipSpace()
            guard i < end else { throw fail(expectedValue) }
            // One scalar value or the opening of a container.
            switch p[i] {
            case UInt8(ascii: "\""):
                _ = try scanString(p, &i, end, lineStart, passthrough: true)
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                let close: UInt8 = p[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
                guard stack.count < Self.maxDepth else {
                    throw fail(Localized(nl: "te diep genest", en: "nested too deeply"))
                }
                stack.append(close)
                i += 1
                skipSpace()
                if i < end && p[i] == close { i += 1; stack.removeLast(); break }
                if close == UInt8(ascii: "}") {
                    guard i < end, p[i] == UInt8(ascii: "\"") else { throw fail(Localized(nl: "sleutel verwacht", en: "expected a key")) }
                    _ = try scanString(p, &i, end, lineStart, passthrough: true)
                    skipSpace()
                    guard i < end, p[i] == UInt8(ascii: ":") else { throw fail(Localized(nl: "':' verwacht", en: "expected ':'")) }
                    i += 1
                }
                continue
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                let word: StaticString = p[i] == UInt8(ascii: "t") ? "true" : p[i] == UInt8(ascii: "f") ? "false" : "null"
                let n = word.utf8CodeUnitCount
                guard i + n <= end, UnsafeBufferPointer(start: word.utf8Start, count: n).elementsEqual(p[i..<(i + n)]) else {
                    throw fail(Localized(nl: "onbekende waarde", en: "unknown value"))
                }
                i += n
            case UInt8(ascii: "-"), 0x30...0x39:
                let s = i
                if p[i] == UInt8(ascii: "-") { i += 1 }
                var digits = 0
                while i < end, p[i] >= 0x30 && p[i] <= 0x39 { i += 1; digits += 1 }
                if i < end, p[i] == UInt8(ascii: ".") {
                    i += 1
                    var frac = 0
                    while i < end, p[i] >= 0x30 && p[i] <= 0x39 { i += 1; frac += 1 }
                    if frac == 0 { throw fail(Localized(nl: "ongeldig getal", en: "invalid number")) }
                }
                if i < end, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
                    i += 1
                    if i < end, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { i += 1 }
                    var exp = 0
                    while i < end, p[i] >= 0x30 && p[i] <= 0x39 { i += 1; exp += 1 }
                    if exp == 0 { throw fail(Localized(nl: "ongeldig getal", en: "invalid number")) }
                }
                if digits == 0 || (digits > 1 && p[s + (p[s] == UInt8(ascii: "-") ? 1 : 0)] == 0x30) {
                    throw fail(Localized(nl: "ongeldig getal", en: "invalid number"))
                }
                // Copied raw into the output: a number no reader can hold (1e400) is refused here.
                // An integer of up to 300 digits always fits a Double.
                let plainInteger = i - s <= 300 && !p[s..<i].contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") })
                if !plainInteger {
                    guard let value = Double(String(decoding: UnsafeBufferPointer(rebasing: p[s..<i]), as: UTF8.self)), value.isFinite else {
                        throw fail(Localized(nl: "getal te groot", en: "number too large"))
                    }
                }
            default:
                throw fail(expectedValue)
            }
            // After a value: close containers or go on to the next element.
            while true {
                if stack.isEmpty { return }
                skipSpace()
                guard i < end else { throw fail(Localized(nl: "niet afgesloten", en: "not closed")) }
                if p[i] == stack.last! {
                    stack.removeLast()
                    i += 1
                    continue
                }
                if p[i] == UInt8(ascii: ",") {
                    i += 1
                    if stack.last! == UInt8(ascii: "}") {
                        skipSpace()
                        guard i < end, p[i] == UInt8(ascii: "\"") else { throw fail(Localized(nl: "sleutel verwacht", en: "expected a key")) }
                        _ = try scanString(p, &i, end, lineStart, passthrough: true)
                        skipSpace()
                        guard i < end, p[i] == UInt8(ascii: ":") else { throw fail(Localized(nl: "':' verwacht", en: "expected ':'")) }
                        i += 1
                    }
                    break
                }
                throw fail(Localized(nl: "',' of einde verwacht", en: "expected ',' or the end"))
            }
        }
    }
}
