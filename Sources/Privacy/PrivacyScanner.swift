import DiepgangCore
import DiepgangResources

/// Finds likely personal data in Dutch text: e-mail addresses, phone numbers, BSN (elfproef),
/// IBAN (mod 97), postcodes, dates of birth in context, street addresses and names. One scan
/// over the UTF-8 bytes, no regular expressions; built once, shared between threads.
///
///     let scanner = try PrivacyScanner.standard()
///     for finding in scanner.scan(note.text) { … finding.kind, .start, .end, .confidence }
public struct PrivacyScanner: Sendable {
    public let lexicons: PrivacyLexicons
    /// Findings below this confidence are not reported.
    public var minimumConfidence: Double

    public init(lexicons: PrivacyLexicons, minimumConfidence: Double = 0.5) {
        self.lexicons = lexicons
        self.minimumConfidence = minimumConfidence
    }

    /// The scanner with the word lists built into the program.
    public static func standard() throws -> PrivacyScanner {
        PrivacyScanner(lexicons: try PrivacyLexicons.embedded())
    }

    /// The scanner with the word lists of a lexicon folder (`--lexicons DIR`: `DIR/privacy/…`).
    public static func load(from folder: ResourceFolder) throws -> PrivacyScanner {
        PrivacyScanner(lexicons: try PrivacyLexicons.load(from: folder))
    }

    /// The findings in a text, ordered by position, not overlapping.
    public func scan(_ text: String) -> [PrivacyFinding] {
        var text = text
        return text.withUTF8 { scan($0) }
    }

    /// The findings in UTF-8 bytes (invalid sequences are skipped over, never trap).
    public func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [PrivacyFinding] {
        guard bytes.count > 0 else { return [] }
        let scan = Scan(p: bytes, lex: lexicons.tables)
        scan.run()
        let chosen = scan.resolve(minimum: minimumConfidence)
        var offsets = ScalarOffsets(bytes)
        return chosen.map { c in
            let s = offsets.scalarOffset(ofByte: c.range.lowerBound)
            let e = offsets.scalarOffset(ofByte: c.range.upperBound)
            return PrivacyFinding(kind: c.kind, start: s, end: e, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[c.range]), as: UTF8.self),
                                  confidence: c.confidence, utf8Range: c.range)
        }
    }

    /// The text with each finding replaced by its placeholder ("[NAAM]"), the rest unchanged.
    public static func redact(_ text: String, _ findings: [PrivacyFinding]) -> String {
        String(decoding: redact(Array(text.utf8), findings), as: UTF8.self)
    }

    /// Byte-level redaction: findings' `utf8Range`s must be ascending and not overlap.
    public static func redact(_ bytes: [UInt8], _ findings: [PrivacyFinding]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for f in findings.sorted(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }) where f.utf8Range.lowerBound >= at {
            out.append(contentsOf: bytes[at..<f.utf8Range.lowerBound])
            out.append(contentsOf: f.kind.placeholder.utf8)
            at = f.utf8Range.upperBound
        }
        out.append(contentsOf: bytes[at...])
        return out
    }
}

/// A candidate before overlaps are resolved.
struct Candidate {
    var kind: PrivacyKind
    var range: Range<Int>
    var confidence: Double
}

/// A word of the text: letters with inner hyphens or apostrophes.
struct Word {
    var start: Int
    var end: Int
    var capitalised: Bool
    var allCaps: Bool
    /// First word of a sentence, a line or after a colon.
    var sentenceStart: Bool
}

/// The state of one scan. A class, so its many small methods never copy it (a struct is copied
/// per call in debug builds); its arrays are only touched by the one thread that scans, so the
/// run-time exclusivity checks are left out.
final class Scan {
    let p: UnsafeBufferPointer<UInt8>
    let n: Int
    let lex: PrivacyTables
    @exclusivity(unchecked) var words: [Word] = []
    @exclusivity(unchecked) var found: [Candidate] = []
    /// Where postcodes end: a capitalised word right after one is a place ("1234 AB Utrecht").
    @exclusivity(unchecked) var postcodeEnds: [Int] = []

    init(p: UnsafeBufferPointer<UInt8>, lex: PrivacyTables) {
        self.p = p
        self.n = p.count
        self.lex = lex
    }

    func run() {
        splitWords()
        scanStructures()
        scanWords()
        datesOfBirthWithoutContextWord()
    }

    // MARK: - Characters

    @inline(__always) func isDigit(_ i: Int) -> Bool { i >= 0 && i < n && p[i] >= 0x30 && p[i] <= 0x39 }
    @inline(__always) func isASCIILetter(_ i: Int) -> Bool {
        guard i >= 0 && i < n else { return false }
        let b = p[i] | 0x20
        return b >= 0x61 && b <= 0x7A
    }
    @inline(__always) func isUpperASCII(_ i: Int) -> Bool { i >= 0 && i < n && p[i] >= 0x41 && p[i] <= 0x5A }

    /// The scalar at i and its length in bytes (U+FFFD, 1 for an invalid byte).
    func scalar(at i: Int) -> (UInt32, Int) {
        let b = p[i]
        if b < 0x80 { return (UInt32(b), 1) }
        var need = 0
        var s: UInt32 = 0
        switch b {
        case 0xC2...0xDF: need = 1; s = UInt32(b & 0x1F)
        case 0xE0...0xEF: need = 2; s = UInt32(b & 0x0F)
        case 0xF0...0xF4: need = 3; s = UInt32(b & 0x07)
        default: return (0xFFFD, 1)
        }
        guard i + need < n else { return (0xFFFD, 1) }
        for k in 1...need {
            let c = p[i + k]
            guard c & 0xC0 == 0x80 else { return (0xFFFD, 1) }
            s = s << 6 | UInt32(c & 0x3F)
        }
        return (s, need + 1)
    }

    /// Is the character at i a letter (ASCII or any alphabetic scalar)? Returns its length, 0 if not.
    func letterLength(at i: Int) -> Int {
        guard i >= 0 && i < n else { return 0 }
        if p[i] < 0x80 { return isASCIILetter(i) ? 1 : 0 }
        if p[i] & 0xC0 == 0x80 { return 0 }
        let (s, len) = scalar(at: i)
        guard let u = Unicode.Scalar(s), u.properties.isAlphabetic else { return 0 }
        return len
    }

    func isUppercase(at i: Int) -> Bool {
        if p[i] < 0x80 { return isUpperASCII(i) }
        let (s, _) = scalar(at: i)
        return Unicode.Scalar(s)?.properties.isUppercase ?? false
    }

    /// Letter or digit just before i (for boundaries); looks back over a multi-byte letter.
    func alnumBefore(_ i: Int) -> Bool {
        guard i > 0 else { return false }
        var k = i - 1
        while k > 0 && p[k] & 0xC0 == 0x80 { k -= 1 }
        return isDigit(k) || letterLength(at: k) > 0
    }

    func alnumAt(_ i: Int) -> Bool { isDigit(i) || letterLength(at: i) > 0 }

    // MARK: - Words and sentence starts

    func splitWords() {
        var i = 0
        var boundary = true
        words.reserveCapacity(n / 5)
        while i < n {
            let b = p[i]
            let len = letterLength(at: i)
            if len > 0 {
                let start = i
                var allCaps = true
                var letters = 0
                i += len
                letters += 1
                if !isUppercase(at: start) { allCaps = false }
                while i < n {
                    let l = letterLength(at: i)
                    if l > 0 {
                        if !isUppercase(at: i) { allCaps = false }
                        letters += 1
                        i += l
                        continue
                    }
                    // Inner hyphen or apostrophe (', ’) followed by a letter: "Jan-Willem", "D'Souza".
                    var joiner = 0
                    if p[i] == 0x2D || p[i] == 0x27 { joiner = 1 }
                    else if p[i] == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && p[i + 2] == 0x99 { joiner = 3 }
                    if joiner > 0 && letterLength(at: i + joiner) > 0 { i += joiner; continue }
                    break
                }
                let capitalised = isUppercase(at: start)
                // "'t" of "van 't Hof", "in 't Veld": the apostrophe belongs to the particle.
                var wordStart = start
                if i - start == 1 && p[start] | 0x20 == 0x74 {
                    if start >= 1 && p[start - 1] == 0x27 && (start == 1 || p[start - 2] == 0x20) { wordStart -= 1 }
                    else if start >= 3 && p[start - 3] == 0xE2 && p[start - 2] == 0x80 && p[start - 1] == 0x99 && (start == 3 || p[start - 4] == 0x20) { wordStart -= 3 }
                }
                words.append(Word(start: wordStart, end: i, capitalised: capitalised, allCaps: allCaps && letters > 1, sentenceStart: boundary))
                boundary = false
                // A dot after a title or an initial ("dhr.", "J.") does not end the sentence.
                if i < n && p[i] == 0x2E {
                    let w = start..<i
                    if letters == 1 || lex.titleWords.contains(p, w) {
                        i += 1
                    }
                }
                continue
            }
            switch b {
            case 0x2E, 0x21, 0x3F, 0x3A, 0x0A:  // . ! ? : newline
                boundary = true
            case 0x30...0x39:
                boundary = false
            case 0xE2 where i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA6 || p[i + 2] == 0xA2):  // … •
                boundary = true
            default:
                break
            }
            i += 1
        }
    }

    /// Lower-case match of a word against ASCII/UTF-8 bytes.
    func wordEquals(_ w: Word, _ bytes: [UInt8]) -> Bool {
        guard w.end - w.start == bytes.count else { return false }
        var k = 0
        for i in w.start..<w.end {
            var c = p[i]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            if c != bytes[k] { return false }
            k += 1
        }
        return true
    }

    /// Only spaces (at most `max`) between two offsets.
    func onlySpaces(_ from: Int, _ to: Int, max: Int = 2) -> Bool {
        guard to > from, to - from <= max else { return false }
        for i in from..<to where p[i] != 0x20 && p[i] != 0x09 { return false }
        return true
    }

    // MARK: - Structured identifiers: e-mail, phone, BSN, IBAN, postcode

    func scanStructures() {
        var i = 0
        while i < n {
            let b = p[i]
            if b == 0x40 {  // @
                if let r = email(at: i) { found.append(Candidate(kind: .email, range: r, confidence: 0.99)) }
                i += 1
                continue
            }
            if (b == 0x2B || isDigit(i) || (b == 0x28 && i + 1 < n && p[i + 1] == 0x30)) && !alnumBefore(i) {
                var advanced = i + 1
                if let (r, c) = phone(at: i) {
                    found.append(Candidate(kind: .telefoon, range: r, confidence: c))
                    advanced = r.upperBound
                } else if isDigit(i) {
                    if let (r, c) = bsn(at: i) {
                        found.append(Candidate(kind: .bsn, range: r, confidence: c))
                        advanced = r.upperBound
                    } else if let (r, c) = postcode(at: i) ?? belgianPostcode(at: i) {
                        found.append(Candidate(kind: .postcode, range: r, confidence: c))
                        advanced = r.upperBound
                    } else {
                        while advanced < n && isDigit(advanced) { advanced += 1 }
                    }
                }
                i = advanced
                continue
            }
            if isASCIILetter(i) && isASCIILetter(i + 1) && isDigit(i + 2) && isDigit(i + 3) && !alnumBefore(i) {
                if let (r, valid) = iban(at: i) {
                    // An IBAN-shaped number with a wrong check is skipped whole, so its digits
                    // are not taken for a phone number.
                    if valid { found.append(Candidate(kind: .iban, range: r, confidence: 0.99)) }
                    i = r.upperBound
                    continue
                }
            }
            i += 1
        }
    }

    func email(at: Int) -> Range<Int>? {
        func localChar(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2E || c == 0x5F || c == 0x25 || c == 0x2B || c == 0x2D
        }
        var s = at
        while s > 0 && localChar(p[s - 1]) { s -= 1 }
        while s < at && (p[s] == 0x2E || p[s] == 0x2D) { s += 1 }
        guard s < at else { return nil }
        var e = at + 1
        var lastDot = -1
        while e < n {
            let c = p[e]
            if (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x2D { e += 1; continue }
            if c == 0x2E && e + 1 < n && isASCIILetter(e + 1) || (c == 0x2E && e + 1 < n && isDigit(e + 1)) { lastDot = e; e += 1; continue }
            break
        }
        guard lastDot > at + 1, e - lastDot - 1 >= 2 else { return nil }
        for k in (lastDot + 1)..<e where !isASCIILetter(k) { return nil }
        return s..<e
    }

    /// Digits and separators from i: the digits, and where each digit sits.
    /// Separators: one space, dash, dot or slash between digits, " - ", and parentheses round an area code.
    func digitGroups(from i: Int, maxDigits: Int) -> (digits: [UInt8], end: Int, separators: Int) {
        var digits: [UInt8] = []
        var k = i
        var end = i
        var seps = 0
        while k < n && digits.count < maxDigits {
            if isDigit(k) {
                digits.append(p[k] - 0x30)
                k += 1
                end = k
                continue
            }
            // A separator must be followed by a digit (or "(").
            var skip = 0
            if p[k] == 0x20 || p[k] == 0x2D || p[k] == 0x2E || p[k] == 0x2F || p[k] == 0x29 { skip = 1 }
            if p[k] == 0x20 && k + 2 < n && p[k + 1] == 0x2D && p[k + 2] == 0x20 { skip = 3 }
            if p[k] == 0x29 && k + 1 < n && p[k + 1] == 0x20 { skip = 2 }
            if skip == 0 && p[k] == 0x28 { skip = 1 }
            if skip == 0 { break }
            var next = k + skip
            if next < n && p[next] == 0x28 { next += 1 }
            guard next < n, isDigit(next), !digits.isEmpty else { break }
            seps += 1
            k = next
        }
        return (digits, end, seps)
    }

    func phone(at i: Int) -> (Range<Int>, Double)? {
        var k = i
        var international = false
        if p[k] == 0x2B {
            guard k + 2 < n, p[k + 1] == 0x33, p[k + 2] == 0x31 else {
                // Another country ("+32 478 21 55 09", "+212 6 61 23 45 67"): a country code and
                // 10 to 15 digits in all, in groups.
                guard isDigit(k + 1), p[k + 1] != 0x30 else { return nil }
                let g = digitGroups(from: k + 1, maxDigits: 16)
                guard (10...15).contains(g.digits.count), g.separators <= 6, !isDigit(g.end), !isASCIILetter(g.end) else { return nil }
                return (i..<g.end, 0.85)
            }  // +31
            international = true
            k += 3
        } else if k + 3 < n, p[k] == 0x30, p[k + 1] == 0x30, p[k + 2] == 0x33, p[k + 3] == 0x31 {  // 0031
            international = true
            k += 4
        } else if k + 2 < n, p[k] == 0x30, p[k + 1] == 0x30, isDigit(k + 2), p[k + 2] != 0x30 {
            // Another country after 00 ("00212 661 23 45 67"): 10 to 15 digits after the 00, in groups.
            let g = digitGroups(from: k + 2, maxDigits: 16)
            guard (10...15).contains(g.digits.count), g.separators >= 1, g.separators <= 6, !isDigit(g.end), !isASCIILetter(g.end) else { return nil }
            return (i..<g.end, 0.8)
        }
        if international {
            // "+31 6 …", "+31-20-…", "+31 (0)6 …"
            while k < n && (p[k] == 0x20 || p[k] == 0x2D) { k += 1 }
            if k + 2 < n && p[k] == 0x28 && p[k + 1] == 0x30 && p[k + 2] == 0x29 {
                k += 3
                while k < n && p[k] == 0x20 { k += 1 }
            }
            guard isDigit(k), p[k] != 0x30 else { return nil }
            let g = digitGroups(from: k, maxDigits: 9)
            guard g.digits.count == 9, !isDigit(g.end), !isASCIILetter(g.end) else { return nil }
            return (i..<g.end, g.digits[0] == 6 ? 0.95 : 0.9)
        }
        // "(010) 123 45 67": the area code in parentheses.
        let first = p[i] == 0x28 ? i + 1 : i
        guard first < n, p[first] == 0x30 else { return nil }
        let g = digitGroups(from: first, maxDigits: 10)
        // A Belgian landline has 9 digits ("016 29 44 18", "03 233 45 67"), written in groups.
        if g.digits.count == 9, g.digits[1] != 0, g.separators >= 2, g.separators <= 4, !isDigit(g.end), !isASCIILetter(g.end), !elfproef(g.digits) {
            return (i..<g.end, 0.7)
        }
        guard g.digits.count == 10, g.digits[1] != 0, !isDigit(g.end), !isASCIILetter(g.end) else { return nil }
        // 0800/0900 numbers are services, not people.
        if g.digits[1] == 8 && g.digits[2] == 0 && g.digits[3] == 0 { return nil }
        if g.digits[1] == 9 && g.digits[2] == 0 && g.digits[3] == 0 { return nil }
        // Dates and amounts are not phone numbers: "06-12-2023" has 8 digits, but "01.02.2023 12" must not pass either.
        if g.separators > 4 { return nil }
        let mobile = g.digits[1] == 6
        return (i..<g.end, mobile ? 0.95 : (g.separators > 0 ? 0.9 : 0.8))
    }

    /// Elfproef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11), and not all zeros.
    func elfproef<D: BinaryInteger>(_ digits: [D]) -> Bool {
        guard digits.count == 9 else { return false }
        var sum = 0
        for j in 0..<8 { sum += (9 - j) * Int(digits[j]) }
        sum -= Int(digits[8])
        return sum % 11 == 0 && digits.contains(where: { $0 != 0 })
    }

    func bsn(at i: Int) -> (Range<Int>, Double)? {
        // Nine digits, plain or grouped 3-3-3 / 4-2-3 with dots or spaces.
        var digits: [Int] = []
        var k = i
        var groups: [Int] = [0]
        var sep: UInt8 = 0
        while k < n && digits.count < 10 {
            if isDigit(k) {
                digits.append(Int(p[k] - 0x30))
                groups[groups.count - 1] += 1
                k += 1
                continue
            }
            if (p[k] == 0x2E || p[k] == 0x20 || p[k] == 0x2D) && isDigit(k + 1) && (sep == 0 || sep == p[k]) && digits.count < 9 {
                sep = p[k]
                groups.append(0)
                k += 1
                continue
            }
            break
        }
        guard digits.count == 9, !isDigit(k), !isASCIILetter(k) else { return nil }
        if groups.count > 1 && groups != [3, 3, 3] && groups != [4, 2, 3] { return nil }
        // A decimal amount ("123.456.789,50") is money.
        if k + 1 < n && p[k] == 0x2C && isDigit(k + 1) { return nil }
        guard elfproef(digits) else { return nil }
        // A euro sign before it: an amount.
        var b = i - 1
        while b >= 0 && p[b] == 0x20 { b -= 1 }
        if b >= 2 && p[b - 2] == 0xE2 && p[b - 1] == 0x82 && p[b] == 0xAC { return nil }
        let context = hasBSNContext(before: i)
        if context { return (i..<k, 0.99) }
        return (i..<k, groups.count == 1 ? 0.85 : 0.7)
    }

    /// A BSN context word in the 40 bytes before i (words are split before structures are scanned).
    func hasBSNContext(before i: Int) -> Bool {
        // Binary search for the first word that ends after i, then look back.
        var lo = 0, hi = words.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if words[mid].end <= i { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 && i - words[k].end <= 40 {
            if lex.bsnContext.contains(p, words[k].start..<words[k].end) { return true }
            k -= 1
        }
        return false
    }

    /// An IBAN-shaped span from i, and whether its mod-97 check holds.
    func iban(at i: Int) -> (Range<Int>, Bool)? {
        guard i + 3 < n, isASCIILetter(i + 1), isDigit(i + 2), isDigit(i + 3) else { return nil }
        let c0 = p[i] & ~0x20, c1 = p[i + 1] & ~0x20
        guard let length = lex.ibanLengths[UInt16(c0) << 8 | UInt16(c1)] else { return nil }
        var chars: [UInt8] = [c0, c1, p[i + 2], p[i + 3]]
        var k = i + 4
        var end = k
        while k < n && chars.count < length {
            if isDigit(k) || isASCIILetter(k) {
                chars.append(isASCIILetter(k) ? p[k] & ~0x20 : p[k])
                k += 1
                end = k
                continue
            }
            if p[k] == 0x20 && k + 1 < n && (isDigit(k + 1) || isASCIILetter(k + 1)) { k += 1; continue }
            break
        }
        guard chars.count == length, !alnumAt(end) else { return nil }
        // Mod 97 over the rearranged number (country and check digits moved to the end).
        var rem = 0
        for c in chars[4...] + chars[..<4] {
            if c >= 0x30 && c <= 0x39 {
                rem = (rem * 10 + Int(c - 0x30)) % 97
            } else {
                rem = (rem * 100 + Int(c - 0x41 + 10)) % 97
            }
        }
        return (i..<end, rem == 1)
    }

    func postcode(at i: Int) -> (Range<Int>, Double)? {
        guard i + 5 < n || i + 5 == n, p[i] != 0x30 else { return nil }
        for k in i..<(i + 4) where !isDigit(k) { return nil }
        var k = i + 4
        let spaced = k < n && p[k] == 0x20
        if spaced { k += 1 }
        guard k + 1 < n || k + 1 == n - 0, isASCIILetter(k), isASCIILetter(k + 1), !alnumAt(k + 2) else { return nil }
        let upper = isUpperASCII(k) && isUpperASCII(k + 1)
        let lower = !isUpperASCII(k) && !isUpperASCII(k + 1)
        // "2019 en" is a year and a word: spaced letters must be capitals; "1234ab" may be lower case.
        if spaced && !upper { return nil }
        if !upper && !lower { return nil }
        let pair = UInt16(p[k] & ~0x20) << 8 | UInt16(p[k + 1] & ~0x20)
        if lex.postcodeNever.contains(pair) { return nil }
        let number = Int(p[i] - 0x30) * 1000 + Int(p[i + 1] - 0x30) * 100 + Int(p[i + 2] - 0x30) * 10 + Int(p[i + 3] - 0x30)
        let yearLike = (1900...2099).contains(number)
        // Context: a place name after it ("1234 AB Utrecht") or an address before it.
        var e = k + 2
        if e < n && p[e] == 0x2C { e += 1 }
        let cityAfter = e + 1 < n && (p[e] == 0x20 || p[e] == 0x20) && isUpperASCII(e + 1)
        var before = i - 1
        while before >= 0 && (p[before] == 0x20 || p[before] == 0x2C) { before -= 1 }
        let numberBefore = before >= 0 && (isDigit(before) || isASCIILetter(before)) && found.last.map { $0.kind == .adres } == false
        if yearLike && lex.postcodeAfterYear.contains(pair) && !cityAfter { return nil }
        var confidence = 0.8
        if cityAfter { confidence = 0.9 }
        if lower { confidence -= 0.2 }
        if yearLike && !cityAfter { confidence = min(confidence, 0.6) }
        _ = numberBefore
        return (i..<(k + 2), confidence)
    }

    /// A Belgian postcode: four digits with "B-" before them ("B-1080") or a known place after
    /// them ("9000 Gent", "2000 Antwerpen"); the place is not part of the finding.
    func belgianPostcode(at i: Int) -> (Range<Int>, Double)? {
        guard i + 4 <= n, p[i] != 0x30 else { return nil }
        for k in i..<(i + 4) where !isDigit(k) { return nil }
        guard !alnumAt(i + 4) else { return nil }
        // "B-1080": the country letter belongs to the postcode.
        if i >= 2 && p[i - 1] == 0x2D && (p[i - 2] == 0x42 || p[i - 2] == 0x62) && !alnumBefore(i - 2) {
            return ((i - 2)..<(i + 4), 0.9)
        }
        guard i + 5 < n, p[i + 4] == 0x20, isUppercase(at: i + 5) else { return nil }
        var e = i + 5
        while e < n, letterLength(at: e) > 0 || (p[e] == 0x2D && letterLength(at: e + 1) > 0) { e += max(letterLength(at: e), 1) }
        guard lex.places.contains(p, (i + 5)..<e) else { return nil }
        return (i..<(i + 4), 0.85)
    }

    // MARK: - Word-based: dates of birth, addresses, names

    func scanWords() {
        // Addresses first, so a street name is never taken for a person ("Pieter Calandlaan 240").
        var inAddress = [Bool](repeating: false, count: words.count)
        var a = 0
        while a < words.count {
            if let r = address(at: a) {
                found.append(Candidate(kind: .adres, range: r.range, confidence: 0.9))
                var k = r.lastWord
                while k >= 0 && words[k].start >= r.range.lowerBound { inAddress[k] = true; k -= 1 }
                a = r.lastWord + 1
                continue
            }
            a += 1
        }
        for c in found where c.kind == .postcode { postcodeEnds.append(c.range.upperBound) }
        var inIdiom = [Bool](repeating: false, count: words.count)
        if !lex.nameIdioms.isEmpty { markIdioms(&inIdiom) }
        var covered = 0  // words before this index are part of a finding already
        var w = 0
        while w < words.count {
            let word = words[w]
            let range = word.start..<word.end
            // Date of birth: a context word, then a date within a few words.
            if lex.birthContext.contains(p, range) {
                if let (r, c) = birthDate(after: word.end) {
                    found.append(Candidate(kind: .geboortedatum, range: r, confidence: c))
                }
            }
            if inAddress[w] || inIdiom[w] { w += 1; continue }
            if w >= covered, let title = titleLength(at: w) {
                if let r = nameAfterTitle(w + title), !(r.first...r.last).contains(where: { inAddress[$0] }) {
                    found.append(Candidate(kind: .naam, range: words[r.first].start..<words[r.last].end, confidence: 0.95))
                    covered = r.last + 1
                    w = r.last + 1
                    continue
                }
            }
            // "Groetjes, sil": the writer's name after a closing word, in any case.
            if w >= covered, signoffBefore(w), words[w].end - words[w].start >= 2, !lex.closedClassWords.contains(p, words[w].start..<words[w].end),
               listedName(w) || !lex.commonWords.contains(p, stem(words[w])) {
                found.append(Candidate(kind: .naam, range: words[w].start..<words[w].end, confidence: 0.8))
                covered = w + 1
                w += 1
                continue
            }
            if w >= covered, let hit = nameAfterRelation(at: w).map({ (last: $0, confidence: 0.9) }) ?? lowerCaseName(at: w) {
                let last = (w...hit.last).last(where: { !inAddress[$0] }) ?? w
                found.append(Candidate(kind: .naam, range: words[w].start..<words[last].end, confidence: hit.confidence))
                covered = last + 1
                w = last + 1
                continue
            }
            if w >= covered, let r = likelyName(at: w) {
                let last = (w...r.last).last(where: { !inAddress[$0] }) ?? w
                // Tussenvoegsels before a surname belong to it ("met de Vries"), not before a first name ("van Fatima").
                let plainFirstName = lex.firstNames.contains(p, stem(words[w])) && !ambiguousName(w) && !lex.surnames.contains(p, stem(words[w]))
                let first = initialsStart(before: plainFirstName ? w : surnamePrefixStart(before: w, notBefore: covered), notBefore: covered)
                found.append(Candidate(kind: .naam, range: words[first].start..<words[last].end, confidence: r.confidence))
                covered = last + 1
                w = last + 1
                continue
            }
            w += 1
        }
    }

    /// Dates of birth written without a context word: after "is van" ("ze is van 12 mei 2003"),
    /// or, when older than `lex.birthYearBefore`, in brackets ("meneer (3-4-1941)") or with a
    /// two-digit year ("12 mei '85"). Other old dates ("op 1 januari 1999") are events.
    func datesOfBirthWithoutContextWord() {
        var i = 0
        var w = 0  // the first word that starts at or after i
        while i < n {
            if isDigit(i) && !alnumBefore(i), let r = numericDate(at: i) ?? writtenDate(at: i) {
                while w < words.count && words[w].start < i { w += 1 }
                if !found.contains(where: { $0.kind == .geboortedatum && $0.range.overlaps(r) }), birthShape(r, wordAfter: w) {
                    found.append(Candidate(kind: .geboortedatum, range: r, confidence: 0.7))
                }
                i = r.upperBound
                continue
            }
            i += 1
        }
    }

    /// The date r, with word index w the first word after its start, is written the way a date
    /// of birth is (see datesOfBirthWithoutContextWord).
    func birthShape(_ r: Range<Int>, wordAfter w: Int) -> Bool {
        // "°22/05/1948", "° 17/08/1941": the Belgian sign for "born".
        var b = r.lowerBound
        if b >= 1 && p[b - 1] == 0x20 { b -= 1 }
        if b >= 2 && p[b - 2] == 0xC2 && p[b - 1] == 0xB0 { return true }
        // "op 04.06.1972 geboren": the context word right after the date.
        var a = w
        while a < words.count && words[a].start < r.upperBound { a += 1 }
        if a < words.count && onlySpaces(r.upperBound, words[a].start, max: 1) && lex.birthContext.contains(p, words[a].start..<words[a].end) { return true }
        // "is van 12 mei 2003": a form of "zijn" and "van" right before the date.
        if w >= 2, lex.ofWords.contains(p, words[w - 1].start..<words[w - 1].end), onlySpaces(words[w - 1].end, r.lowerBound, max: 1),
           onlySpaces(words[w - 2].end, words[w - 1].start, max: 1), lex.birthVerbs.contains(p, words[w - 2].start..<words[w - 2].end) {
            return true
        }
        guard let cutoff = lex.birthYearBefore, let year = yearOf(r), year < cutoff else { return false }
        let bracketed = r.lowerBound > 0 && p[r.lowerBound - 1] == 0x28 && r.upperBound < n && p[r.upperBound] == 0x29
        // "mevr. Schipper-de Boer, 23-12-1949, weduwe": an old date right after a name and a comma.
        let afterName = r.lowerBound >= 3 && p[r.lowerBound - 1] == 0x20 && p[r.lowerBound - 2] == 0x2C
            && found.contains { $0.kind == .naam && $0.range.upperBound == r.lowerBound - 2 }
        if afterName { return true }
        let shortYear = r.upperBound >= 3 && !isDigit(r.upperBound - 3)
            && (p[r.upperBound - 3] == 0x27 || p[r.upperBound - 3] == 0x99)
        return bracketed || shortYear
    }

    /// The year of a date found by numericDate or writtenDate: a leading four-digit group
    /// ("1987-04-03"), else the last group; a two-digit year is 19xx when that is before the cutoff.
    func yearOf(_ r: Range<Int>) -> Int? {
        var groups: [(value: Int, digits: Int)] = []
        var i = r.lowerBound
        while i < r.upperBound {
            if isDigit(i) {
                var v = 0, d = 0
                while i < r.upperBound && isDigit(i) { v = v * 10 + Int(p[i] - 0x30); d += 1; i += 1 }
                groups.append((v, d))
            } else { i += 1 }
        }
        guard let first = groups.first, let last = groups.last else { return nil }
        if first.digits == 4 { return first.value }
        if last.digits == 4 { return last.value }
        guard last.digits == 2, let cutoff = lex.birthYearBefore else { return nil }
        return 2000 + last.value < cutoff ? 2000 + last.value : 1900 + last.value
    }

    /// A date starting within 40 bytes after `from` on the same line: 3-3-1961, 03/03/61,
    /// 1961-03-03, 3 maart 1961.
    func birthDate(after from: Int) -> (Range<Int>, Double)? {
        var i = from
        let limit = min(n, from + 70)
        while i < limit {
            if p[i] == 0x0A { return nil }
            if isDigit(i) && !isDigit(i - 1) {
                if let r = numericDate(at: i) ?? writtenDate(at: i) { return (r, 0.95) }
            }
            // "geboren in september 1988": a month and a year.
            // Only close to the context word: "geboren in Utrecht, sinds maart 2020 …" is no birth date.
            if i - from <= 12 && isASCIILetter(i) && !isASCIILetter(i - 1), let r = monthAndYear(at: i) { return (r, 0.8) }
            i += 1
        }
        return nil
    }

    /// A month name and a four-digit year: "september 1988", "sept. 1988".
    func monthAndYear(at i: Int) -> Range<Int>? {
        var e = i
        while e < n && isASCIILetter(e) { e += 1 }
        let name = (i..<e).map { p[$0] | 0x20 }
        guard e > i, lex.months.contains(where: { $0.name == name }) else { return nil }
        if e < n && p[e] == 0x2E { e += 1 }
        guard e < n, p[e] == 0x20, let year = number(at: e + 1, maxDigits: 4), year.end - e - 1 == 4, !alnumAt(year.end) else { return nil }
        return i..<year.end
    }

    func number(at i: Int, maxDigits: Int) -> (value: Int, end: Int)? {
        var k = i
        var v = 0
        while k < n && isDigit(k) && k - i < maxDigits + 1 { v = v * 10 + Int(p[k] - 0x30); k += 1 }
        guard k > i, k - i <= maxDigits else { return nil }
        return (v, k)
    }

    func numericDate(at i: Int) -> Range<Int>? {
        guard let a = number(at: i, maxDigits: 4), a.end < n else { return nil }
        let sep = p[a.end]
        guard sep == 0x2D || sep == 0x2F || sep == 0x2E else { return nil }
        guard let b = number(at: a.end + 1, maxDigits: 2), b.end < n, p[b.end] == sep else { return nil }
        // "3-4-'87": a two-digit year after an apostrophe.
        var yearStart = b.end + 1
        if yearStart < n && p[yearStart] == 0x27 { yearStart += 1 }
        else if yearStart + 2 < n && p[yearStart] == 0xE2 && p[yearStart + 1] == 0x80 && p[yearStart + 2] == 0x99 { yearStart += 3 }
        guard let c = number(at: yearStart, maxDigits: 4), !isDigit(c.end) else { return nil }
        let aDigits = a.end - i, cDigits = c.end - yearStart
        if yearStart > b.end + 1 && (aDigits == 4 || cDigits != 2) { return nil }
        if aDigits == 4 {
            guard cDigits <= 2, (1...12).contains(b.value), (1...31).contains(c.value) else { return nil }
        } else {
            guard aDigits <= 2, cDigits == 2 || cDigits == 4, (1...31).contains(a.value), (1...12).contains(b.value) else { return nil }
        }
        return i..<c.end
    }

    func writtenDate(at i: Int) -> Range<Int>? {
        guard let day = number(at: i, maxDigits: 2), (1...31).contains(day.value), day.end < n, p[day.end] == 0x20 else { return nil }
        let m = day.end + 1
        var e = m
        while e < n && isASCIILetter(e) { e += 1 }
        guard e > m else { return nil }
        let name = (m..<e).map { p[$0] | 0x20 }
        guard lex.months.contains(where: { $0.name == name }) else { return nil }
        if e < n && p[e] == 0x2E { e += 1 }
        guard e < n, p[e] == 0x20 else { return nil }
        // "'85" or "’85": a two-digit year after an apostrophe.
        var y = e + 1
        if y < n && p[y] == 0x27 { y += 1 }
        else if y + 2 < n && p[y] == 0xE2 && p[y + 1] == 0x80 && p[y + 2] == 0x99 { y += 3 }
        if y > e + 1 {
            guard let year = number(at: y, maxDigits: 2), year.end - y == 2, !alnumAt(year.end) else { return nil }
            return i..<year.end
        }
        guard let year = number(at: e + 1, maxDigits: 4), year.end - e - 1 == 4 else { return nil }
        return i..<year.end
    }

    /// Street name (up to three words before and including the one with the suffix) and house number.
    func address(at w: Int) -> (range: Range<Int>, lastWord: Int)? {
        let word = words[w]
        // Only a word followed by a space and a digit can be a street with a house number.
        guard word.end + 1 < n, p[word.end] == 0x20, isDigit(word.end + 1) else { return nil }
        let len = word.end - word.start
        var suffixMatch = false
        for s in lex.streetSuffixes where s.count <= len {
            var same = true
            var k = word.end - s.count
            for c in s {
                var b = p[k]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != c { same = false; break }
                k += 1
            }
            if same {
                // "Kerkstraat" (longer than the suffix), "Oude Gracht" (the suffix after a
                // capitalised word) or "de Brink 3" (the suffix alone, capitalised in mid-sentence).
                if len > s.count || (word.capitalised && w > 0 && words[w - 1].capitalised
                                     && onlySpaces(words[w - 1].end, word.start, max: 1))
                    || (word.capitalised && !word.allCaps && !word.sentenceStart) {
                    suffixMatch = true
                }
                break
            }
        }
        // A street without a suffix ("Akkerwinde 17, 3824 MN", "Meir 45/2, 2000 Antwerpen") when a
        // postcode follows the house number.
        guard suffixMatch || (word.capitalised && !word.allCaps && postcodeAfterHouseNumber(word.end + 1)) else { return nil }
        // The suffix alone ("de Brink 3") takes a short house number: "Plein 1940" is a name.
        let bareSuffix = lex.streetSuffixes.contains { wordEquals(word, $0) }
        // The street name must be capitalised at its start.
        var first = w
        while first > 0 && w - first < 3 && onlySpaces(words[first - 1].end, words[first].start, max: 1) {
            let prev = words[first - 1]
            if prev.capitalised || lex.particles.contains(p, prev.start..<prev.end) {
                if prev.sentenceStart && !prev.capitalised { break }
                first -= 1
            } else {
                break
            }
        }
        // Leading particles are not part of the name unless capitalised ("Van Goghstraat").
        while first < w && !words[first].capitalised { first += 1 }
        guard words[first].capitalised else { return nil }
        // House number: 1–4 digits, then an optional letter or "-2", "-a", "bis".
        var k = word.end
        guard k < n, p[k] == 0x20 else { return nil }
        k += 1
        let numStart = k
        while k < n && isDigit(k) && k - numStart < 5 { k += 1 }
        guard k > numStart, k - numStart <= (bareSuffix ? 3 : 4), p[numStart] != 0x30, !isDigit(k) else { return nil }
        if isASCIILetter(k) && !isASCIILetter(k + 1) { k += 1 }
        else if k + 1 < n && (p[k] == 0x2D || p[k] == 0x2F) && (isDigit(k + 1) || isASCIILetter(k + 1)) {
            // "3-II", "14-2", and the Belgian box number "45/2".
            var e = k + 1
            while e < n && (isDigit(e) || isASCIILetter(e)) && e - k <= 4 { e += 1 }
            if !alnumAt(e) { k = e }
        }
        // "14 bis", "14bis", "2 hs", "12 III", "5 bus 3" (house_number_suffixes.txt), "17 A": a suffix after the number.
        var b = k
        if b < n && p[b] == 0x20 { b += 1 }
        var e = b
        while e < n && isASCIILetter(e) && e - b < 8 { e += 1 }
        if e > b && !alnumAt(e) && lex.houseNumberSuffixes.contains(p, b..<e) {
            k = e
            // "bus 3": a box number after the suffix.
            if k + 1 < n && p[k] == 0x20 && isDigit(k + 1) {
                var d = k + 1
                while d < n && isDigit(d) && d - k <= 4 { d += 1 }
                if !alnumAt(d) { k = d }
            }
        } else if b == k + 1 && isUpperASCII(b) && !alnumAt(b + 1) && !(b + 1 < n && p[b + 1] == 0x2E && b + 2 < n && p[b + 2] != 0x20 && p[b + 2] != 0x0A) {
            k = b + 1
        }
        guard !isASCIILetter(k) else { return nil }
        // The house number is part of the address; find the last word index the span covers.
        var last = w
        while last + 1 < words.count && words[last + 1].start < k { last += 1 }
        return (words[first].start..<k, last)
    }

    /// A house number (digits, an optional letter, "-2" or "/2") at i, then ", " or " " and a Dutch
    /// or Belgian postcode.
    func postcodeAfterHouseNumber(_ i: Int) -> Bool {
        var k = i
        while k < n && isDigit(k) && k - i < 5 { k += 1 }
        guard k > i, k - i <= 4 else { return false }
        if isASCIILetter(k) && !isASCIILetter(k + 1) { k += 1 }
        if k + 1 < n && (p[k] == 0x2D || p[k] == 0x2F) && isDigit(k + 1) { k += 1; while k < n && isDigit(k) { k += 1 } }
        if k < n && p[k] == 0x2C { k += 1 }
        guard k < n && p[k] == 0x20 else { return false }
        k += 1
        guard k < n && isDigit(k) else { return false }
        return postcode(at: k) != nil || belgianPostcode(at: k) != nil
    }

    /// Number of words of a title starting at word w ("mevrouw" 1, "de heer" 2), if one starts there.
    func titleLength(at w: Int) -> Int? {
        let first = words[w]
        guard lex.titleWords.contains(p, first.start..<first.end) || lex.particles.contains(p, first.start..<first.end) else { return nil }
        for parts in lex.titles {
            guard w + parts.count <= words.count else { continue }
            var ok = true
            for (j, part) in parts.enumerated() {
                if !wordEquals(words[w + j], part) { ok = false; break }
                if j > 0 && !onlySpaces(words[w + j - 1].end, words[w + j].start, max: 1) { ok = false; break }
            }
            if ok { return parts.count }
        }
        return nil
    }

    /// After a title: initials, particles and capitalised words ("J.P. van der Berg").
    func nameAfterTitle(_ w: Int) -> (first: Int, last: Int)? {
        guard w < words.count, w > 0 else { return nil }
        let title = words[w - 1]
        // The gap after the title: spaces, or a dot and spaces ("dhr. Jansen"); a full word with a
        // dot ends a sentence ("…met meneer. Daarna").
        var gap = title.end
        if gap < n && p[gap] == 0x2E {
            let abbreviation = !lex.commonWords.contains(p, title.start..<title.end)
            if !abbreviation { return nil }
            gap += 1
        }
        guard onlySpaces(gap, words[w].start, max: 2) else { return nil }
        var k = w
        var last: Int? = nil
        var first: Int? = nil
        while k < words.count && k - w < 6 {
            let word = words[k]
            if k > w {
                let prev = words[k - 1]
                var g = prev.end
                if g < n && p[g] == 0x2E && prev.end - prev.start == 1 { g += 1 }  // initial
                if !(onlySpaces(g, word.start, max: 2) || (g == word.start && prev.end - prev.start == 1)) { break }
            }
            let initial = word.end - word.start == 1 && word.capitalised && word.end < n && p[word.end] == 0x2E
            if initial || (word.capitalised && !lex.titleWords.contains(p, word.start..<word.end)) {
                if first == nil { first = k }
                last = k
                if !initial && k + 1 < words.count && !lex.particles.contains(p, words[k + 1].start..<words[k + 1].end) && !words[k + 1].capitalised { break }
                k += 1
                continue
            }
            if lex.particles.contains(p, word.start..<word.end) && !word.capitalised {
                // The particles must open like a surname ("tante van Dijk", "oom in 't Veld"), not
                // like a place ("tante in Almere").
                if first == nil {
                    let apostropheT = k + 1 < words.count && (p[words[k + 1].start] == 0x27 || p[words[k + 1].start] == 0xE2)
                    guard lex.surnamePrefixes.contains(p, word.start..<word.end) || apostropheT else { break }
                    first = k
                }
                k += 1
                continue
            }
            // Typed in lower case: after a particle any word ("mevrouw de boer"), else a listed
            // name (even one that is a word, "mw. kok", unless it is a verb: "mevrouw wil") or a
            // word that is not an ordinary one ("mevrouw yildiz").
            // The particles must begin like a surname ("de", "van der"), not "op te".
            let afterParticle = k > w && lex.particles.contains(p, words[k - 1].start..<words[k - 1].end)
                && lex.surnamePrefixes.contains(p, words[first ?? w].start..<words[first ?? w].end)
                && !(w..<k).contains(where: { !lex.particles.contains(p, words[$0].start..<words[$0].end) })
            if !word.capitalised && word.end - word.start >= 2 && last == nil
                && ((afterParticle && (listedName(k) || !lex.commonWords.contains(p, stem(word))))
                    || (listedName(k) && (!ambiguousName(k) || plainAfterTitle(k)))
                    || (!lex.commonWords.contains(p, stem(word)) && !lex.notNames.contains(p, stem(word)))) {
                if first == nil { first = k }
                last = k
                break
            }
            break
        }
        guard let f = first, let l = last, l >= f else { return nil }
        // A name is not just initials or particles.
        if !(f...l).contains(where: { ScalarOffsets.count(p, words[$0].start..<words[$0].end) > 1 }) { return nil }
        return (f, l)
    }

    /// Capitalised words that are not ordinary words: a likely name, extended over a surname.
    func likelyName(at w: Int) -> (last: Int, confidence: Double)? {
        let word = words[w]
        guard word.capitalised, !word.allCaps, word.end - word.start >= 2 else { return nil }
        let r = stem(word)
        // "Casus Van der Meer", "meneer zei dat Ter Horst …": a capitalised tussenvoegsel in
        // mid-sentence starts a surname.
        if let last = capitalisedPrefixSurname(w) { return (last, 0.8) }
        // "Noors moeder": a listed name with a possessive s before a relation word, even when
        // the whole word is an ordinary one ("Noors" is also the language).
        if possessiveBeforeRelation(w) { return (w, 0.85) }
        // Labels and roles are no names: "Client woont …", "Geb.datum: …".
        if lex.notNames.contains(p, r) || lex.titleWords.contains(p, r) || lex.relationWords.contains(p, r) || lex.birthContext.contains(p, r) { return nil }
        // A function word is no name, unless capitalised where a person goes ("Volgens Alle …").
        if lex.closedClassWords.contains(p, r) && (word.sentenceStart || !personSlotBefore(w)) { return nil }
        // "de Kruidvat", "een Noor", "Signs of Safety": the name of a thing.
        if thingAfterDeterminer(w) || besideTitleGlue(w) || eponymAfter(w) { return nil }
        // "R. Doornbos", "J.W. Kuipers": initials before a capitalised word make it a surname, even
        // one that looks like a compound of two words.
        // (Word lists hold many surnames, "doornbos", so an ordinary-looking word needs two initials
        // or a person slot before them: not "bijlage B. Verslag".)
        let initials = initialsStart(before: w, notBefore: 0)
        if initials < w && !word.sentenceStart
            && (listedName(w) || !lex.commonWords.contains(p, r) || w - initials > 1 || personSlotBefore(initials) || relationBefore(initials)) {
            return (w, 0.85)
        }
        // "Storm (7)", "Zwaan (mevrouw)": an age, title or role in brackets makes any capitalised word a person.
        if ageAfter(w) || titleInBracketsAfter(w) { return (w, 0.85) }
        let firstName = listedName(w)
        // A place that is also a name that is a word ("in Gent", "Hoorn"): the place, unless a
        // person slot or a verb of a person says otherwise ("met Linde", "Linde zei").
        if lex.places.contains(p, r) && !personSlotBefore(w) { return nil }
        // After "in", "uit", "vanuit" a listed name is a place too ("vanuit Emmen"), unless a verb of a person follows.
        let afterPlacePreposition = w > 0 && onlySpaces(words[w - 1].end, word.start, max: 1) && !words[w - 1].capitalised
            && lex.placePrepositions.contains(p, words[w - 1].start..<words[w - 1].end)
        if firstName && afterPlacePreposition && !strongVerbAfter(w) { return nil }
        var confidence: Double
        if firstName {
            // "Roos", "Wil" at a sentence start: a name only with a surname, a verb or "en Bas" after it.
            // For a word whose ordinary sense is the usual one there, a copula is no evidence:
            // "Winter is voor hem …", "Groot was de schrik" (but "Jade had haar tas al klaar").
            let verbAfter = lex.mostlyWords.contains(p, r) ? strongVerbAfter(w) : (personVerbAfter(w) || pastTenseAfter(w))
            if word.sentenceStart && ambiguousName(w) && !nextIsCapitalisedName(w) && !verbAfter && !conjoinedNameAfter(w)
                && !affiliationThenVerb(w, strong: lex.mostlyWords.contains(p, r)) { return nil }
            confidence = 0.85
        } else if !unknownCapitalised(r) {
            // An ordinary word with a capital in mid-sentence, where a person goes ("met Linde",
            // "heb Vink gevraagd", "Wolf zei"): Dutch writes common nouns in lower case.
            guard capitalisedWordInPersonSlot(w) else { return nil }
            return (w, 0.6)
        } else if word.sentenceStart {
            // A sentence starts with a capital anyway: only a following capitalised unknown word,
            // a verb of speech or action, or "en" and a name make it a name.
            guard nextIsCapitalisedName(w) || personVerbAfter(w) || pastTenseAfter(w) || conjoinedNameAfter(w)
                    || affiliationThenVerb(w, strong: false) else { return nil }
            confidence = 0.6
        } else {
            // Long single words are mostly compounds the word list does not hold.
            confidence = ScalarOffsets.count(p, r) > 12 ? 0.45 : 0.6
            // After "in", "te", "uit", or right after a postcode: a place, not a person.
            if w > 0 && onlySpaces(words[w - 1].end, word.start, max: 1) && lex.placePrepositions.contains(p, words[w - 1].start..<words[w - 1].end) {
                confidence = 0.45
            }
            if postcodeEnds.contains(word.start - 1) || postcodeEnds.contains(word.start - 2) { return nil }
            // "bij Vivare", "via Nextdoor", "de Belastingdienst en Vattenfall": institutions and firms,
            // unless a verb of a person or a surname follows.
            if (thingPrepositionBefore(w) || coordinatedWithThing(w) || insideThingName(w)) && !personVerbAfter(w) && !nextIsCapitalisedName(w) { return nil }
            // "Kinder- en …": a word cut off with a hyphen; "RISc": an acronym, not a name.
            if word.end < n && p[word.end] == 0x2D && (word.end + 1 == n || p[word.end + 1] == 0x20) { return nil }
            if r.count >= 3 && isUppercase(at: r.lowerBound + 1) && r.lowerBound + 1 < r.upperBound && p[r.lowerBound] < 0x80 && p[r.lowerBound + 1] < 0x80 { return nil }
        }
        // Extend over particles and capitalised words: "Jan de Vries", "Fatima el Amrani".
        // A first name that is not also a word may take an ordinary word as surname ("Jan Bakker").
        let plainFirstName = firstName && !ambiguousName(w)
        var last = w
        var k = w + 1
        var particleRun: Int? = nil  // where the particles before word k start
        while k < words.count && k - w < 5 && onlySpaces(words[k - 1].end, words[k].start, max: 1) {
            let next = words[k]
            let nr = stem(next)
            if next.capitalised && !next.allCaps && !lex.titleWords.contains(p, nr) {
                // "Economische Zaken", "Universiteit van Gent", "Guinness Book": a capitalised
                // ordinary word makes the phrase a name of a thing, unless a first name started it.
                // After tussenvoegsels an ordinary word is a surname ("Annemiek ten Brink"), but
                // the particles must open like a surname: "van der", "in 't", not "in het"
                // ("Wachter in het Zwerkbal-team") or "in" ("Linde in Lokeren").
                if let run = particleRun {
                    let opensSurname = lex.surnamePrefixes.contains(p, words[run].start..<words[run].end)
                        || (run + 1 < k && (p[words[run + 1].start] == 0x27 || p[words[run + 1].start] == 0xE2))
                    if !opensSurname { break }
                }
                if !plainFirstName && particleRun == nil && !unknownCapitalised(nr) && !lex.firstNames.contains(p, nr) { return nil }
                if lex.notNames.contains(p, nr) { break }
                last = k
                k += 1
                particleRun = nil
                continue
            }
            if !next.capitalised && lex.particles.contains(p, next.start..<next.end) {
                if particleRun == nil { particleRun = k }
                k += 1
                continue
            }
            break
        }
        if last > w { confidence = firstName ? 0.9 : 0.7 }
        return (last, confidence)
    }

    /// The word without a possessive "'s" ("Esra's" → "Esra").
    func stem(_ word: Word) -> Range<Int> {
        let r = word.start..<word.end
        if r.count > 3 && (p[r.upperBound - 2] == 0x27) && p[r.upperBound - 1] | 0x20 == 0x73 { return r.lowerBound..<(r.upperBound - 2) }
        return r
    }

    /// A capitalised word that is not an ordinary word, an adjective or an abstract noun.
    func unknownCapitalised(_ r: Range<Int>) -> Bool {
        if lex.commonWords.contains(p, r) || commonCompound(r) || lex.notNames.contains(p, r) || closedCompound(r) { return false }
        // Adjectives of places and peoples: "Vlaamse", "Surinaamse", "Zweedse".
        if r.count >= 5 && p[r.upperBound - 2] == 0x73 && p[r.upperBound - 1] == 0x65 { return false }
        return !endsWithAny(r, lex.notNameEndings)
    }

    /// The word ends with one of the endings (ASCII case-insensitive), leaving at least two letters.
    func endsWithAny(_ r: Range<Int>, _ endings: [[UInt8]]) -> Bool {
        for e in endings where e.count < r.count - 1 {
            var same = true
            var k = r.upperBound - e.count
            for c in e {
                var b = p[k]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != c { same = false; break }
                k += 1
            }
            if same { return true }
        }
        return false
    }

    /// The next word is capitalised, right after this one, and not an ordinary word; particles
    /// may come between ("Dirk te Riele", "Redouan El Khattabi").
    func nextIsCapitalisedName(_ w: Int) -> Bool {
        var k = w + 1
        while k < words.count && k - w <= 4 && onlySpaces(words[k - 1].end, words[k].start, max: 1) {
            let next = words[k]
            let r = stem(next)
            if lex.particles.contains(p, next.start..<next.end) && k + 1 < words.count { k += 1; continue }
            guard next.capitalised, !next.allCaps else { return false }
            return unknownCapitalised(r) || lex.names.contains(p, r)
        }
        return false
    }

    /// A compound of two ordinary words written as one ("Toverschaak", "Milieubeheer"), with an
    /// optional linking s or e(n): Dutch makes new compounds freely, no word list holds them all.
    /// Only for longer words, since short surnames are often such compounds too.
    func closedCompound(_ r: Range<Int>) -> Bool {
        guard r.count >= 9, r.count <= 48 else { return false }
        var cut = r.lowerBound + 3
        while cut <= r.upperBound - 4 {
            if p[cut] & 0xC0 != 0x80 {
                let right = cut..<r.upperBound
                if lex.commonWords.contains(p, right) {
                    if lex.commonWords.contains(p, r.lowerBound..<cut) { return true }
                    let last = p[cut - 1] | 0x20
                    if (last == 0x73 || last == 0x65) && lex.commonWords.contains(p, r.lowerBound..<(cut - 1)) { return true }
                    if last == 0x6E && cut - 2 > r.lowerBound + 2 && p[cut - 2] | 0x20 == 0x65 && lex.commonWords.contains(p, r.lowerBound..<(cut - 2)) { return true }
                }
            }
            cut += 1
        }
        return false
    }

    /// Hyphenated words that are not names: "GGZ-verpleegkundige" (a lower-case last part) or
    /// "Noord-Holland"-like compounds whose parts are ordinary words.
    func commonCompound(_ r: Range<Int>) -> Bool {
        guard let dash = (r.lowerBound..<r.upperBound).last(where: { p[$0] == 0x2D }) else { return false }
        if dash + 1 < r.upperBound && !isUppercase(at: dash + 1) { return true }
        guard let firstDash = (r.lowerBound..<r.upperBound).first(where: { p[$0] == 0x2D }) else { return false }
        let head = r.lowerBound..<firstDash, tail = (dash + 1)..<r.upperBound
        return (lex.commonWords.contains(p, head) || lex.notNames.contains(p, head))
            && (lex.commonWords.contains(p, tail) || lex.notNames.contains(p, tail))
    }

    // MARK: - Choosing among overlapping candidates

    func resolve(minimum: Double) -> [Candidate] {
        // Kind by kind, most certain first; each pass merges into the chosen list, which stays
        // sorted and free of overlaps, so the whole is linear per kind, however many findings.
        var chosen: [Candidate] = []
        var byKind: [[Candidate]] = Array(repeating: [], count: PrivacyKind.allCases.count)
        for c in found where c.confidence >= minimum { byKind[c.kind.priority].append(c) }
        for var list in byKind where !list.isEmpty {
            list.sort { $0.range.lowerBound < $1.range.lowerBound }
            var accepted: [Candidate] = []
            var j = 0
            for c in list {
                while j < chosen.count && chosen[j].range.upperBound <= c.range.lowerBound { j += 1 }
                if j < chosen.count && chosen[j].range.lowerBound < c.range.upperBound { continue }
                if let prev = accepted.last, prev.range.upperBound > c.range.lowerBound { continue }
                accepted.append(c)
            }
            var merged: [Candidate] = []
            merged.reserveCapacity(chosen.count + accepted.count)
            var a = 0, b = 0
            while a < chosen.count || b < accepted.count {
                if b == accepted.count || (a < chosen.count && chosen[a].range.lowerBound < accepted[b].range.lowerBound) {
                    merged.append(chosen[a]); a += 1
                } else {
                    merged.append(accepted[b]); b += 1
                }
            }
            chosen = merged
        }
        return chosen
    }
}
