import DiepgangCore

/// Dates on input: ISO 8601 calendar dates (yyyy-mm-dd); a full ISO timestamp keeps its date part.
/// Dutch day-first dates (14-03-2025) are ambiguous to machines and rejected with a hint.
enum DateCheck {
    enum Outcome {
        case date(String)
        case invalid(Localized)
    }

    static func check(_ value: String) -> Outcome {
        // The usual case, yyyy-mm-dd, without copying the bytes out of the string.
        if value.utf8.count == 10, let valid = value.utf8.withContiguousStorageIfAvailable({ plainDate($0) }), valid {
            return .date(value)
        }
        let b = Array(value.utf8)
        func digits(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var n = 0
            for i in r {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        let hint = Localized(nl: "gebruik jjjj-mm-dd, bijvoorbeeld 2025-03-14",
                             en: "use yyyy-mm-dd, for example 2025-03-14")
        if b.count >= 10, let y = digits(0..<4), b[4] == 0x2D, let m = digits(5..<7), b[7] == 0x2D, let d = digits(8..<10) {
            guard (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else {
                return .invalid(Localized(nl: "datum '\(value)' bestaat niet", en: "date '\(value)' does not exist"))
            }
            if b.count == 10 { return .date(String(decoding: b[0..<10], as: UTF8.self)) }
            // A timestamp: yyyy-mm-ddThh:mm… (or a space instead of T).
            if (b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ")), b.count >= 16,
               let h = digits(11..<13), b[13] == UInt8(ascii: ":"), let mi = digits(14..<16), h < 24, mi < 60 {
                return .date(String(decoding: b[0..<10], as: UTF8.self))
            }
        }
        // dd-mm-yyyy or dd/mm/yyyy, as Dutch forms write it.
        let parts = value.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        if parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 4,
           parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) {
            let iso = "\(parts[2])-\(parts[1].count == 1 ? "0" : "")\(parts[1])-\(parts[0].count == 1 ? "0" : "")\(parts[0])"
            return .invalid(Localized(nl: "datum '\(value)' is dag-maand-jaar; schrijf \(iso) (jjjj-mm-dd)",
                                      en: "date '\(value)' is day-month-year; write \(iso) (yyyy-mm-dd)"))
        }
        return .invalid(Localized(nl: "datum '\(value)' is geen ISO 8601-datum; \(hint.nl)",
                                  en: "date '\(value)' is not an ISO 8601 date; \(hint.en)"))
    }

    /// Is this exactly a calendar date that exists, yyyy-mm-dd?
    private static func plainDate(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        func digits(_ from: Int, _ count: Int) -> Int? {
            var n = 0
            for i in from..<(from + count) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                n = n * 10 + Int(b[i] - 0x30)
            }
            return n
        }
        guard b[4] == 0x2D, b[7] == 0x2D, let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) else { return false }
        return (1...12).contains(m) && d >= 1 && d <= daysIn(month: m, year: y)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// The reasons a record is rejected, in both languages, written once.
enum Reason {
    static func malformedJSON(_ what: Localized, column: Int) -> Localized {
        Localized(nl: "ongeldige JSON: \(what.nl) (kolom \(column))", en: "malformed JSON: \(what.en) (column \(column))")
    }

    static func missingText(_ field: String) -> Localized {
        Localized(nl: "tekst ontbreekt of is leeg (veld '\(field)')", en: "text is missing or empty (field '\(field)')")
    }

    static func duplicate(_ id: String, first: SourceLocation) -> Localized {
        Localized(nl: "dubbele id '\(id)' (eerder gezien in \(first)); deze is overgeslagen",
                  en: "duplicate id '\(id)' (seen before in \(first)); this one was skipped")
    }

    static func invalidUTF8(byte: Int) -> Localized {
        Localized(nl: "ongeldige UTF-8 (byte \(byte) van de regel); probeer --encoding windows-1252",
                  en: "invalid UTF-8 (byte \(byte) of the line); try --encoding windows-1252")
    }

    static func wrongType(_ field: String, expected: Localized) -> Localized {
        Localized(nl: "veld '\(field)' moet \(expected.nl) zijn", en: "field '\(field)' must be \(expected.en)")
    }

    static func fieldCount(expected: Int, found: Int) -> Localized {
        Localized(nl: "verkeerd aantal velden: \(found) in plaats van \(expected)",
                  en: "wrong number of fields: \(found) instead of \(expected)")
    }
}
