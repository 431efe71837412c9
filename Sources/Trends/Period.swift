import DiepgangVocabulary

/// A calendar day as a count of days since 1970-01-01 (negative before), so days sort, subtract
/// and bucket with integer arithmetic and no time zones.
public struct Day: Sendable, Hashable, Comparable {
    public var ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    public init(year: Int, month: Int, day: Int) {
        // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// Parses an ISO 8601 calendar date `yyyy-mm-dd`; a time part after `T` or a space is ignored.
    /// Returns nil for anything else, including dates that do not exist (2025-02-30).
    public init?(iso text: String) {
        var bytes = Array(text.utf8.prefix(11))
        if bytes.count == 11 {
            guard bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " ") else { return nil }
            bytes.removeLast()
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let b = bytes[i]
                guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
                n = n * 10 + Int(b - UInt8(ascii: "0"))
            }
            return n
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10),
              (1...12).contains(m), d >= 1, d <= Day.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Year, month, day (Hinnant's civil_from_days).
    public var civil: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// ISO weekday: Monday 1 … Sunday 7 (1970-01-01 was a Thursday).
    public var isoWeekday: Int { Day.floorMod(ordinal + 3, 7) + 1 }

    /// The Monday of the day's ISO week.
    public var weekStart: Day { Day(ordinal: ordinal - (isoWeekday - 1)) }

    public var iso: String {
        let (y, m, d) = civil
        return Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2)
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension PeriodKind {
    /// The word for one step, for sentences such as "+0,12 niveau per maand".
    public var stepName: (nl: String, en: String) { (name.nl, name.en) }
}

/// One period: a kind and a consecutive ordinal, so that neighbouring periods differ by one
/// (the Theil–Sen slope is per period step, with gaps counted as steps).
public struct Period: Sendable, Hashable, Comparable {
    public var kind: PeriodKind
    public var ordinal: Int

    public init(kind: PeriodKind, ordinal: Int) {
        self.kind = kind
        self.ordinal = ordinal
    }

    /// The period a day falls in: the ISO 8601 week (Monday to Sunday), the month or the quarter.
    public init(kind: PeriodKind, containing day: Day) {
        self.kind = kind
        switch kind {
        case .week:
            // Weeks counted from the Monday 1969-12-29, three days before day 0.
            ordinal = Day.floorDiv(day.ordinal + 3, 7)
        case .month:
            let (y, m, _) = day.civil
            ordinal = y * 12 + (m - 1)
        case .quarter:
            let (y, m, _) = day.civil
            ordinal = y * 4 + (m - 1) / 3
        }
    }

    /// The period a week (given by its Monday) belongs to: a whole week goes to the month and the
    /// quarter of its Thursday, as ISO 8601 gives a week its year. Weeks are the finest grain the
    /// trends keep, so months and quarters are made of whole weeks and every period nests in the
    /// next (which the rule against differencing needs, see `Disclosure`).
    public init(kind: PeriodKind, week monday: Day) {
        self.init(kind: kind, containing: Day(ordinal: monday.ordinal + 3))
    }

    /// First and last day: the Monday and Sunday of the first and last week that belong to it.
    public var days: ClosedRange<Day> {
        switch kind {
        case .week:
            let monday = Day(ordinal: ordinal * 7 - 3)
            return monday...Day(ordinal: monday.ordinal + 6)
        case .month, .quarter:
            let months = kind == .month ? 1 : 3
            let firstMonth = kind == .month ? ordinal : ordinal * 3
            let first = Day(year: Day.floorDiv(firstMonth, 12), month: Day.floorMod(firstMonth, 12) + 1, day: 1)
            let next = firstMonth + months
            let after = Day(year: Day.floorDiv(next, 12), month: Day.floorMod(next, 12) + 1, day: 1)
            // Weeks whose Thursday lies in [first, after).
            func monday(ofThursdayFrom day: Day) -> Day {
                let thursday = Day(ordinal: day.ordinal + Day.floorMod(4 - day.isoWeekday, 7))
                return Day(ordinal: thursday.ordinal - 3)
            }
            return monday(ofThursdayFrom: first)...Day(ordinal: monday(ofThursdayFrom: after).ordinal - 1)
        }
    }

    /// The days its label names (a calendar month or quarter; a week's Monday to Sunday), for
    /// choosing the periods a window shows.
    public var calendarDays: ClosedRange<Day> {
        guard kind != .week else { return days }
        let firstMonth = kind == .month ? ordinal : ordinal * 3
        let next = firstMonth + (kind == .month ? 1 : 3)
        let first = Day(year: Day.floorDiv(firstMonth, 12), month: Day.floorMod(firstMonth, 12) + 1, day: 1)
        let after = Day(year: Day.floorDiv(next, 12), month: Day.floorMod(next, 12) + 1, day: 1)
        return first...Day(ordinal: after.ordinal - 1)
    }

    /// `2025-W07`, `2025-07` or `2025-Q3`.
    public var label: String {
        switch kind {
        case .week:
            // The ISO week-year is the year of the week's Thursday.
            let thursday = Day(ordinal: ordinal * 7 - 3 + 3)
            let (y, _, _) = thursday.civil
            let week = (thursday.ordinal - Day(year: y, month: 1, day: 1).ordinal) / 7 + 1
            return Day.pad(y, 4) + "-W" + Day.pad(week, 2)
        case .month:
            return Day.pad(Day.floorDiv(ordinal, 12), 4) + "-" + Day.pad(Day.floorMod(ordinal, 12) + 1, 2)
        case .quarter:
            return Day.pad(Day.floorDiv(ordinal, 4), 4) + "-Q" + String(Day.floorMod(ordinal, 4) + 1)
        }
    }

    public static func < (a: Period, b: Period) -> Bool { a.ordinal < b.ordinal }
}
