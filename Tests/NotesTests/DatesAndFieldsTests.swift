import XCTest
import Foundation
@testable import DiepgangNotes
import DiepgangCore

/// Dates and field names as people write them in Dutch practice.
final class DatesAndFieldsTests: XCTestCase {
    func date(_ s: String, _ order: DateOrder = .auto, serial: Bool = false) -> String? {
        if case .date(let d) = DateCheck.check(s, order: order, allowSerial: serial) { return d }
        return nil
    }

    func reason(_ s: String, _ order: DateOrder = .auto) -> String {
        if case .invalid(let why) = DateCheck.check(s, order: order) { return why.nl }
        return ""
    }

    func testDayFirstDatesInTheirUsualSpellingsBecomeISO() {
        XCTAssertEqual(date("06-05-2025"), "2025-05-06")
        XCTAssertEqual(date("6-5-2025"), "2025-05-06")
        XCTAssertEqual(date("06/05/2025"), "2025-05-06")
        XCTAssertEqual(date("6.5.2025"), "2025-05-06")
        XCTAssertEqual(date("06-05-2025 14:30"), "2025-05-06", "Excel adds a time to a date-time cell")
        XCTAssertEqual(date("2025-05-06"), "2025-05-06")
        XCTAssertEqual(date("2025-05-06T09:30:00+02:00"), "2025-05-06")
    }

    func testMonthFirstOnlyWhenAskedAndTheAmbiguousCaseGetsAHint() {
        XCTAssertEqual(date("05/13/2025", .mdy), "2025-05-13")
        XCTAssertEqual(date("05/06/2025", .mdy), "2025-05-06")
        XCTAssertTrue(reason("05/13/2025").contains("--date-format mdy"), reason("05/13/2025"))
        XCTAssertTrue(reason("06-05-2025", .ymd).contains("jjjj-mm-dd"))
        XCTAssertTrue(reason("2025-05-06", .dmy).contains("--date-format"))
    }

    func testImpossibleDatesSayWhyAndNeverSuggestAnotherImpossibleDate() {
        let feb = reason("31-02-2025")
        XCTAssertTrue(feb.contains("februari 2025 heeft 28 dagen"), feb)
        XCTAssertFalse(feb.contains("2025-02-31"), feb)
        XCTAssertTrue(reason("29-02-2024").isEmpty, "2024 is a leap year")
        XCTAssertTrue(reason("29-02-2023").contains("28 dagen"))
        XCTAssertTrue(reason("2025-04-31").contains("april 2025 heeft 30 dagen"))
        XCTAssertTrue(reason("12-14-2025", .dmy).contains("geen maand 14"), reason("12-14-2025", .dmy))
        XCTAssertTrue(reason("6-5-25").contains("vier cijfers"), reason("6-5-25"))
        XCTAssertTrue(reason("volgende week").contains("onleesbaar"))
    }

    func testExcelSerialDaysOnlyInCSV() {
        XCTAssertEqual(date("45783", serial: true), "2025-05-06")
        XCTAssertEqual(date("45783,5", serial: true), "2025-05-06", "a fraction is the time of day")
        XCTAssertEqual(date("61", serial: true), "1900-03-01")
        XCTAssertNil(date("45783"), "a bare number is not a date outside CSV")
    }

    func testDutchHeadersAreFoundCaseInsensitivelyAndTheMappingIsSaidOnce() throws {
        let s = Scratch()
        let path = s.write("export.csv", "Datum;AFDELING;Auteur;Tekst;Nummer;Locatie\r\n06-05-2025;Wijkteam Oost;Fenna;Huisbezoek gedaan, mevrouw was moe.;17;Oost\r\n7-5-2025;Wijkteam Oost;Joris;Overdracht gelezen en besproken.;18;Oost\r\n")
        let source = try NoteSource.open(paths: [path], options: NoteReadOptions())
        var said: [String] = []
        source.onNotice = { said.append($0.message.nl) }
        let notes = source.compactMap(\.note)
        XCTAssertEqual(notes.map(\.id), ["17", "18"])
        XCTAssertEqual(notes.map(\.date), ["2025-05-06", "2025-05-07"])
        XCTAssertEqual(notes[0].team, "Wijkteam Oost")
        XCTAssertEqual(notes[1].author, "Joris")
        XCTAssertEqual(notes[0].extra.map(\.name), ["Locatie"], "an unknown column is passed on")
        XCTAssertEqual(said.count, 1, said.joined(separator: "\n"))
        XCTAssertTrue(said[0].contains("'AFDELING' → team") && said[0].contains("'Locatie'"), said[0])
    }

    func testAnExplicitFieldNameIsTheOnlyOneUsed() throws {
        let s = Scratch()
        let path = s.write("twee.csv", "tekst,opmerking\nDe eerste kolom is niet de tekst.,Dit is het verslag van de dienst.\n")
        let (notes, _) = try readAll([path], NoteReadOptions(fields: NoteFieldNames(text: "opmerking")))
        XCTAssertEqual(notes.first?.text, "Dit is het verslag van de dienst.")
    }

    func testFrontMatterInDutchAndEnglishWithWarningsForUnknownAndDoubledKeys() throws {
        let s = Scratch()
        s.write("map/a.txt", "---\nDatum: 6-5-2025\nauteur: Meryem\nafdeling: De Linde\nsfeer: rustig\n---\nVandaag was het rustig op de groep.\n")
        s.write("map/b.txt", "---\nDate: 2025-05-08\nteam: De Linde\nteam: Zonnehuis\nsfeer: druk\n---\nDrukke avond met veel bezoek.\n")
        let source = try NoteSource.open(paths: [s.dir + "/map"], options: NoteReadOptions())
        var said: [String] = []
        source.onNotice = { said.append($0.message.nl) }
        let notes = source.compactMap(\.note)
        XCTAssertEqual(notes.map(\.date), ["2025-05-06", "2025-05-08"])
        XCTAssertEqual(notes[0].author, "Meryem")
        XCTAssertEqual(notes[1].team, "Zonnehuis", "the last value counts")
        XCTAssertEqual(said.filter { $0.contains("'sfeer'") }.count, 1, "an ignored key is warned about once: \(said)")
        XCTAssertEqual(said.filter { $0.contains("twee keer") }.count, 1, said.joined(separator: "\n"))
    }

    func testABadDateCostsOnlyTheDateWhereDatesAreNotUsed() throws {
        let s = Scratch()
        let path = s.write("n.csv", "datum;tekst\n31-02-2025;Een verslag met een datum die niet bestaat.\n30-02-2025;Nog een.\n")
        let source = try NoteSource.open(paths: [path], options: NoteReadOptions(invalidDates: .dropDate))
        let notes = source.compactMap(\.note)
        XCTAssertEqual(notes.count, 2)
        XCTAssertNil(notes[0].date)
        XCTAssertEqual(source.noticeCounts.first { $0.notice.key == "dropped-date" }?.count, 2)
        let (_, rejected) = try readAll([path], NoteReadOptions(invalidDates: .reject))
        XCTAssertEqual(rejected.count, 2)
    }

    func testWindows1252IsDetectedWhenAsked() throws {
        let s = Scratch()
        let path = s.write("excel.csv", Array("tekst\r\n".utf8) + Array("Gesprek met de cli".utf8) + [0xEB] + Array("nt over zijn idee".utf8) + [0xEB, 0x6E, 0x0D, 0x0A])
        let (notes, rejected) = try readAll([path], NoteReadOptions(detectEncoding: true))
        XCTAssertTrue(rejected.isEmpty)
        XCTAssertEqual(notes.first?.text, "Gesprek met de cliënt over zijn ideeën")
    }

    func testAFolderWithoutNotesIsAnError() throws {
        let s = Scratch()
        s.write("leeg/lees-mij.md", "geen verslagen hier")
        XCTAssertThrowsError(try NoteSource.open(paths: [s.dir + "/leeg"])) { error in
            XCTAssertTrue((error as? DiepgangError)?.message.nl.contains("bevat geen verslagen") == true, "\(error)")
        }
    }
}
