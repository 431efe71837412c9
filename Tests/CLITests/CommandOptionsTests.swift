import Diepgang
@testable import DiepgangCLI
import XCTest

/// The typed options: each command declares an option once (name, type, default, help), the
/// parser and `--help` read that declaration, and combinations are checked in one place.
final class CommandOptionsTests: XCTestCase {
    private func parse<C: Command>(_ command: C.Type, _ args: [String]) throws -> C.Options {
        let parsed = try ParsedArguments.parse(args, spec: C.declaredSpec)
        return try C.Options.make(from: parsed, command: C.spec.name)
    }

    private func usageMessage(_ body: () throws -> Void) -> String? {
        do {
            try body()
            return nil
        } catch let error as DiepgangError {
            XCTAssertEqual(error.code, .usage)
            return error.message(.en)
        } catch {
            return "\(error)"
        }
    }

    func testEveryCommandDeclaresEachOptionOnce() {
        let specs: [CommandSpec] = [
            DemoCommand.declaredSpec, AnalyseCommand.declaredSpec, BatchCommand.declaredSpec, TrendsCommand.declaredSpec,
            EvaluateCommand.declaredSpec, PrivacyCommand.declaredSpec, TokenizeCommand.declaredSpec, AnnotateCommand.declaredSpec,
            LexiconListCommand.declaredSpec, LexiconExportCommand.declaredSpec, BenchCommand.declaredSpec, ServeCommand.declaredSpec,
        ]
        for spec in specs {
            let names = spec.options.map(\.name)
            XCTAssertEqual(names.count, Set(names).count, "\(spec.name) declares an option twice: \(names)")
            let shorts = spec.options.compactMap(\.short)
            XCTAssertEqual(shorts.count, Set(shorts).count, "\(spec.name) uses a short option twice")
            for option in spec.options {
                XCTAssertFalse(option.help.nl.isEmpty || option.help.en.isEmpty, "\(spec.name) \(option.name) lacks help")
            }
        }
    }

    func testChoicesAndDefaultsComeFromTheTypes() throws {
        let format = try XCTUnwrap(AnalyseCommand.declaredSpec.options.first { $0.name == "--format" })
        XCTAssertEqual(format.choices, AnalyseCommand.Options.Format.allCases.map(\.rawValue))
        XCTAssertEqual(format.defaultValue, "text")
        let minNotes = try XCTUnwrap(TrendsCommand.declaredSpec.options.first { $0.name == "--min-notes" })
        XCTAssertEqual(minNotes.defaultValue, String(TrendsCommand.Options().minNotes))
        // The note-input options are one group, shared by every command that reads notes.
        for spec in [AnalyseCommand.declaredSpec, BatchCommand.declaredSpec, TrendsCommand.declaredSpec, EvaluateCommand.declaredSpec] {
            XCTAssertTrue(spec.options.contains { $0.name == "--date-format" && $0.choices == ["auto", "dmy", "mdy", "ymd"] }, spec.name)
        }
        // Nothing given: the defaults of the type.
        let plain = try parse(AnalyseCommand.self, ["verslag.txt"])
        XCTAssertEqual(plain.format, .text)
        XCTAssertNil(plain.jobs)
        XCTAssertEqual(plain.input.textField, "text")
    }

    func testValuesArriveTyped() throws {
        let options = try parse(TrendsCommand.self, [
            "--period", "kwartaal", "--team", "Oost", "--team", "De Linde", "--from", "1-2-2025", "--to", "2025-06-30",
            "--format", "csv", "--csv-style", "excel-nl", "-j", "3", "--min-authors", "0", "--text-field", "verslag", "notities.csv",
        ])
        XCTAssertEqual(options.period, .quarter)
        XCTAssertEqual(options.teams, ["Oost", "De Linde"])
        XCTAssertEqual(options.from, Day(year: 2025, month: 2, day: 1))
        XCTAssertEqual(options.to, Day(year: 2025, month: 6, day: 30))
        XCTAssertEqual(options.format, .csv)
        XCTAssertEqual(options.csvStyle, .excelNL)
        XCTAssertEqual(options.jobs, 3)
        XCTAssertEqual(options.minAuthors, 0)
        XCTAssertEqual(options.input.textField, "verslag")
        // Without --csv-style the trend table keeps its own default (RFC 4180), not the analyses' one.
        XCTAssertNil(try parse(TrendsCommand.self, ["notities.csv"]).csvStyle)
        let colour = try parse(AnalyseCommand.self, ["--color", "nooit", "--input-format", "csv", "-"])
        XCTAssertEqual(colour.color, .never)
        XCTAssertEqual(colour.inputFormat, .csv)
    }

    func testBadValuesSayWhy() {
        let jobs = usageMessage { _ = try parse(AnalyseCommand.self, ["--jobs", "0", "verslag.txt"]) }
        XCTAssertEqual(jobs, "--jobs expects a whole number in 1…1024, not '0'")
        let date = usageMessage { _ = try parse(TrendsCommand.self, ["--from", "31-02-2025", "x.jsonl"]) }
        XCTAssertTrue(date?.hasPrefix("--from: ") == true, date ?? "no error")
        let confidence = usageMessage { _ = try parse(PrivacyCommand.self, ["--min-confidence", "1,5", "x.jsonl"]) }
        XCTAssertEqual(confidence, "--min-confidence expects a number from 0 to 1, not '1,5'")
        let format = usageMessage { _ = try parse(AnalyseCommand.self, ["--format", "jsn", "x.jsonl"]) }
        XCTAssertTrue(format?.contains("did you mean 'json'") == true, format ?? "no error")
    }

    func testCombinationsAreCheckedBeforeAnythingRuns() {
        XCTAssertEqual(usageMessage { _ = try parse(BatchCommand.self, ["notities.jsonl"]) },
                       "--out FILE is missing; see 'diepgang batch --help'")
        XCTAssertEqual(usageMessage { _ = try parse(PrivacyCommand.self, ["--show", "notities.jsonl"]) },
                       "--consistent-across-corpus and --show go with --redact")
        XCTAssertEqual(usageMessage { _ = try parse(PrivacyCommand.self, ["--redact", "notities.jsonl"]) }, "--redact needs --out FILE")
        XCTAssertEqual(usageMessage { _ = try parse(AnalyseCommand.self, ["--fields", "id,mode", "notities.jsonl"]) },
                       "--fields applies to json, jsonl and csv; choose --format json, jsonl or csv")
        XCTAssertEqual(usageMessage { _ = try parse(BenchCommand.self, ["--corpus-only"]) }, "--corpus-only needs --corpus-out FILE")
        XCTAssertNil(usageMessage { _ = try parse(PrivacyCommand.self, ["--redact", "--out", "schoon.jsonl", "--show", "notities.jsonl"]) })
    }
}
