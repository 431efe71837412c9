import DiepgangCore

/// Dates on input, as people write them: ISO 8601 (2025-03-14, a timestamp keeps its date part),
/// Dutch day-first (14-03-2025, 4-3-2025, 14/03/2025, 14.03.2025), month-first when asked for
/// (`DateOrder.mdy`), and Excel's serial day numbers in CSV (45730 = 2025-03-14). Whatever the
/// input, the note carries the ISO date. A date that does not exist is refused with the reason.
enum DateCheck {
    enum Outcome: Equatable {
        case date(String)
        case invalid(Localized)

        static func == (a: Outcome, b: Outcome) -> Bool {
            switch (a, b) {
            case (.date(let x), .date(let y)): return x == y
            case (.invalid(let x), .invalid(let y)): return x.nl == y.nl
            default: return false
            }
        }
    }

    static let monthNames = Localized(
        nl: "januari februari maart april mei juni juli augustus september oktober november december",
        en: "January February March April May June July August September October November December")

    static func check(_ value: String, order: DateOrder = .auto, allowSerial: Bool = false) -> Outcome {
        // The usual case, yyyy-mm-dd, without copying the bytes out of the string.
        if order == .auto || order == .ymd, value.utf8.count == 10,
           let valid = value.utf8.withContiguousStorageIfAvailable({ plainDate($0) }), valid {
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
        let formats = Localized(nl: "gebruik dd-mm-jjjj (14-03-2025) of jjjj-mm-dd (2025-03-14)",
                                en: "use dd-mm-yyyy (14-03-2025) or yyyy-mm-dd (2025-03-14)")
        // ISO: yyyy-mm-dd, optionally followed by a time.
        if b.count >= 10, let y = digits(0..<4), b[4] == 0x2D, let m = digits(5..<7), b[7] == 0x2D, let d = digits(8..<10) {
            if order == .dmy || order == .mdy {
                return .invalid(Localized(nl: "datum '\(value)' is jaar-maand-dag, maar --date-format zegt \(order.rawValue)",
                                          en: "date '\(value)' is year-month-day, but --date-format says \(order.rawValue)"))
            }
            if let why = impossible(value, year: y, month: m, day: d) { return .invalid(why) }
            if b.count == 10 { return .date(iso(y, m, d)) }
            if (b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ")), b.count >= 16,
               let h = digits(11..<13), b[13] == UInt8(ascii: ":"), let mi = digits(14..<16), h < 24, mi < 60 {
                return .date(iso(y, m, d))
            }
        }
        // Excel stores a date as a day number; a CSV export sometimes shows that number.
        if allowSerial, let serial = excelSerial(b) {
            if let day = fromExcelSerial(serial) { return .date(day) }
        }
        // d-m-yyyy, dd/mm/yyyy, dd.mm.yyyy; a time after a space is ignored ("14-03-2025 09:30").
        let datePart = value.split(separator: " ", maxSplits: 1).first.map(String.init) ?? value
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false).count == 3
            ? datePart.split(separator: "-", omittingEmptySubsequences: false)
            : datePart.split(whereSeparator: { $0 == "/" || $0 == "." })
        if parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
           parts[0].count <= 2, parts[1].count <= 2 {
            guard parts[2].count == 4, let y = Int(parts[2]) else {
                return .invalid(Localized(nl: "datum '\(value)': schrijf het jaar met vier cijfers; \(formats.nl)",
                                          en: "date '\(value)': write the year with four digits; \(formats.en)"))
            }
            if order == .ymd {
                return .invalid(Localized(nl: "datum '\(value)' is niet jjjj-mm-dd, zoals --date-format ymd vraagt",
                                          en: "date '\(value)' is not yyyy-mm-dd, as --date-format ymd asks"))
            }
            let first = Int(parts[0])!, second = Int(parts[1])!
            let (d, m) = order == .mdy ? (second, first) : (first, second)
            if order == .auto && m > 12 && first <= 12 && (1...12).contains(first) && second <= 31 {
                return .invalid(Localized(
                    nl: "datum '\(value)': maand \(m) bestaat niet; staat de maand voorop (mm-dd-jjjj), geef dan --date-format mdy",
                    en: "date '\(value)': there is no month \(m); if the month comes first (mm-dd-yyyy), give --date-format mdy"))
            }
            if let why = impossible(value, year: y, month: m, day: d) { return .invalid(why) }
            return .date(iso(y, m, d))
        }
        return .invalid(Localized(nl: "datum '\(value)' is onleesbaar; \(formats.nl)",
                                  en: "date '\(value)' cannot be read; \(formats.en)"))
    }

    /// Why a year, month and day do not make a date, in words (never a "corrected" date that does not exist).
    static func impossible(_ value: String, year: Int, month: Int, day: Int) -> Localized? {
        guard (1...12).contains(month) else {
            return Localized(nl: "datum '\(value)' bestaat niet: er is geen maand \(month)",
                             en: "date '\(value)' does not exist: there is no month \(month)")
        }
        let days = daysIn(month: month, year: year)
        guard day >= 1, day <= days else {
            let nl = monthNames.nl.split(separator: " ")[month - 1], en = monthNames.en.split(separator: " ")[month - 1]
            return Localized(nl: "datum '\(value)' bestaat niet: \(nl) \(year) heeft \(days) dagen",
                             en: "date '\(value)' does not exist: \(en) \(year) has \(days) days")
        }
        return nil
    }

    static func iso(_ y: Int, _ m: Int, _ d: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        let year = String(y)
        return String(repeating: "0", count: max(0, 4 - year.count)) + year + "-" + two(m) + "-" + two(d)
    }

    /// A whole number (with an optional fraction: a time of day) in the range Excel uses for
    /// dates from 1900-03-01 to 9999-12-31; nil for anything else.
    static func excelSerial(_ b: [UInt8]) -> Int? {
        var n = 0, k = 0
        while k < b.count, b[k] >= 0x30, b[k] <= 0x39, k < 7 { n = n * 10 + Int(b[k] - 0x30); k += 1 }
        guard k > 0 else { return nil }
        if k < b.count {
            guard b[k] == UInt8(ascii: ".") || b[k] == UInt8(ascii: ","), k + 1 < b.count,
                  b[(k + 1)...].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        }
        return (61...2_958_465).contains(n) ? n : nil
    }

    /// Excel's day 61 is 1900-03-01 (its day 60 is a 29 February 1900 that never was), so from
    /// there on day n is n days after 1899-12-30.
    static func fromExcelSerial(_ serial: Int) -> String? {
        // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
        let z = serial - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return iso(y, m, d)
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

    static func duplicate(_ id: String) -> Localized {
        Localized(nl: "dubbele id '\(id)' (komt eerder in de invoer voor); deze is overgeslagen",
                  en: "duplicate id '\(id)' (occurs earlier in the input); this one was skipped")
    }

    static func invalidUTF8(byte: Int) -> Localized {
        Localized(nl: "ongeldige UTF-8 (byte \(byte) van de regel); probeer --encoding windows-1252",
                  en: "invalid UTF-8 (byte \(byte) of the line); try --encoding windows-1252")
    }

    static func wrongType(_ field: String, expected: Localized) -> Localized {
        Localized(nl: "veld '\(field)' moet \(expected.nl) zijn", en: "field '\(field)' must be \(expected.en)")
    }

    static func tooLong(limit: Int) -> Localized {
        let size = limit >= 1 << 20 && limit % (1 << 20) == 0 ? "\(limit >> 20) MiB" : "\(limit) bytes"
        return Localized(nl: "verslag langer dan \(size); overgeslagen zonder het in te lezen (grens: --max-note-bytes)",
                         en: "record longer than \(size); skipped without reading it in (limit: --max-note-bytes)")
    }

    static func fieldCount(expected: Int, found: Int) -> Localized {
        Localized(nl: "verkeerd aantal velden: \(found) in plaats van \(expected)",
                  en: "wrong number of fields: \(found) instead of \(expected)")
    }
}

/// A date as a person types it (on the command line: `--from 1-3-2025`), in ISO form.
public enum NoteDate {
    public enum Parsed: Sendable {
        case date(String)
        case invalid(Localized)
    }

    public static func iso(_ text: String, order: DateOrder = .auto) -> Parsed {
        switch DateCheck.check(text.trimmingASCIISpace(), order: order) {
        case .date(let d): return .date(d)
        case .invalid(let why): return .invalid(why)
        }
    }
}
