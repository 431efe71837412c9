import Foundation
import XCTest

/// Runs the built `diepgang` as a user does (the binary `ExitCodeTests` finds), with files in a
/// temporary folder. For the end-to-end tests of what users bring (Excel exports, folders, options).
struct CLIHarness {
    struct Run {
        var status: Int32
        var stdout: Data
        var stderr: String
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    let dir: String

    init() throws {
        guard ExitCodeTests.binary != nil else { throw XCTSkip("diepgang binary not found; run 'swift build' first") }
        dir = NSTemporaryDirectory() + "diepgang-habits-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(atPath: dir) }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) -> String {
        let path = dir + "/" + name
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @discardableResult
    func write(_ name: String, _ text: String) -> String { write(name, Array(text.utf8)) }

    func run(_ args: [String], environment: [String: String] = [:]) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: ExitCodeTests.binary!)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        var env = ProcessInfo.processInfo.environment
        env["DIEPGANG_LANG"] = nil
        env["NO_COLOR"] = nil
        for (k, v) in environment { env[k] = v }
        p.environment = env
        let outFile = dir + "/.stdout-\(UUID().uuidString)", errFile = dir + "/.stderr-\(UUID().uuidString)"
        FileManager.default.createFile(atPath: outFile, contents: nil)
        FileManager.default.createFile(atPath: errFile, contents: nil)
        let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outFile))
        let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errFile))
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = FileManager.default.contents(atPath: outFile) ?? Data()
        let stderr = String(decoding: FileManager.default.contents(atPath: errFile) ?? Data(), as: UTF8.self)
        try? FileManager.default.removeItem(atPath: outFile)
        try? FileManager.default.removeItem(atPath: errFile)
        return Run(status: p.terminationStatus, stdout: stdout, stderr: stderr)
    }
}

/// A spreadsheet as Dutch Excel saves it with "CSV (puntkomma's gescheiden)": Windows-1252,
/// semicolons, CRLF, a quoted cell where it holds a semicolon, a quote or a line break, Dutch
/// headers and day-first dates (both 06-05-2025 and 6-5-2025). Three teams, two notes each per
/// month over 2025, three or four writers per team (pseudonyms).
enum ExcelExport {
    static let teams = ["Wijkteam Oost", "De Linde", "Zonnehuis"]
    static let writers = [["Fenna", "Joris", "Meryem", "Sven"], ["Bas", "Ilse", "Noor"], ["Karim", "Loes", "Tessa"]]

    /// Sentences of my own, put together per note so the notes differ in mode and depth.
    static let openings = [
        "Vanmiddag had ik een gesprek met een cliënt over zijn dagbesteding.",
        "Tijdens de avonddienst liep het mis bij het eten; Gerrit gooide zijn bord op de grond.",
        "Vandaag zat ik bij het overleg met de ouders van Daan over zijn nieuwe school.",
    ]
    static let middles = [
        "Ik merkte dat ik snel invulde wat hij bedoelde, omdat ik haast had en de volgende afspraak al in mijn hoofd zat.",
        "Waarom reageerde ik zo fel? Ik denk dat ik bang was de controle te verliezen, en dat zegt meer over mij dan over hem.",
        "Ik blijf het maar afspelen in mijn hoofd. Had ik maar eerder ingegrepen, het gaat altijd mis als ik dienst heb.",
        "Achteraf zie ik dat mijn toon het gesprek sloot. Een volgende keer vraag ik eerst wat zij nodig heeft.",
        "We hebben samen koffie gedronken in de tuin en daarna was het de rest van de middag rustig.",
    ]
    static let closings = [
        "Volgende week probeer ik het anders en ik bespreek het in de intervisie met mijn collega's.",
        "Ik voel me er nog steeds rot over en weet niet goed wat ik ermee moet.",
        "Verder geen bijzonderheden; één ding om te onthouden: de ideeën van het team vragen.",
    ]

    struct Row {
        var date: String, team: String, writer: String, text: String
        var mode: String, depth: Int, phases: String
    }

    static func rows() -> [Row] {
        var rows: [Row] = []
        for month in 1...12 {
            for (t, team) in teams.enumerated() {
                for k in 0..<2 {
                    let i = rows.count
                    let writer = writers[t][(month * 2 + k) % writers[t].count]
                    let day = 1 + (i * 5 + k * 11) % 28
                    let date = i % 3 == 0 ? "\(day)-\(month)-2025" : String(format: "%02d-%02d-2025", day, month)
                    var text = [openings[i % 3], middles[i % 5], middles[(i + 2) % 5], closings[(i / 2) % 3]].joined(separator: " ")
                    if i % 10 == 0 { text += " Hij noemde het zelf \"werk\".\r\nDat wil ik onthouden." }
                    rows.append(Row(date: date, team: team, writer: writer, text: text,
                                    mode: ["reflecteren", "piekeren", "gemengd"][i % 3], depth: 1 + i % 3, phases: ["1 2 3", "2", "2 3 4"][i % 3]))
                }
            }
        }
        return rows
    }

    /// The file's bytes; `gold` adds the annotator's columns Modus;Diepgang;Fasen.
    static func bytes(gold: Bool = false) -> [UInt8] {
        func cell(_ s: String) -> String {
            s.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" })
                ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
        }
        var lines = ["Datum;Team;Medewerker;Tekst" + (gold ? ";Modus;Diepgang;Fasen" : "")]
        for r in rows() {
            var cells = [r.date, r.team, r.writer, r.text]
            if gold { cells += [r.mode, String(r.depth), r.phases] }
            lines.append(cells.map(cell).joined(separator: ";"))
        }
        let text = lines.joined(separator: "\r\n") + "\r\n"
        return Array(text.data(using: .windowsCP1252)!)
    }
}
