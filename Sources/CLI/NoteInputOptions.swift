import Diepgang
import Foundation

/// How a command reads notes: the field names and the encoding, declared once for every command
/// that takes JSON Lines, CSV or `.txt` input (a part of that command's options).
struct NoteInputOptions: CommandOptions {
    /// `--encoding`: the encodings of the reader, or `auto` (UTF-8, else Windows-1252).
    enum Encoding: String, CaseIterable, OptionValue {
        case auto
        case utf8 = "utf-8"
        case windows1252 = "windows-1252"
        case latin1
    }

    var idField = "id"
    var teamField = "team"
    var authorField = "author"
    var dateField = "date"
    var textField = "text"
    var dateFormat = DateOrder.auto
    var encoding = Encoding.auto
    var maxNoteBytes = NoteReadOptions.defaultMaxRecordBytes

    static var declarations: [OptionDeclaration<Self>] {
        [
            .value("--id-field", \.idField, placeholder: "NAAM", help: Localized(nl: "veld of kolom met het id (standaard ook: nummer, nr)", en: "field or column holding the id (by default also: nummer, nr)")),
            .value("--team-field", \.teamField, placeholder: "NAAM", help: Localized(nl: "veld of kolom met het team (standaard ook: afdeling)", en: "field or column holding the team (by default also: afdeling)")),
            .value("--author-field", \.authorField, placeholder: "NAAM", help: Localized(nl: "veld of kolom met de auteur, een pseudoniem (standaard ook: auteur, medewerker)", en: "field or column holding the author, a pseudonym (by default also: auteur, medewerker)")),
            .value("--date-field", \.dateField, placeholder: "NAAM", help: Localized(nl: "veld of kolom met de datum (standaard ook: datum)", en: "field or column holding the date (by default also: datum)")),
            .value("--text-field", \.textField, placeholder: "NAAM", help: Localized(nl: "veld of kolom met de tekst (standaard ook: tekst, verslag, notitie)", en: "field or column holding the text (by default also: tekst, verslag, notitie)")),
            .value("--date-format", \.dateFormat, placeholder: "VOLGORDE",
                   help: Localized(nl: "datums: auto (jjjj-mm-dd of dag-maand-jaar: 6-5-2025, 06/05/2025), dmy, mdy (maand voorop) of ymd",
                                   en: "dates: auto (yyyy-mm-dd or day-month-year: 6-5-2025, 06/05/2025), dmy, mdy (month first) or ymd")),
            .value("--encoding", \.encoding, placeholder: "CODERING",
                   help: Localized(nl: "tekenset van de invoer; auto leest een bestand dat geen UTF-8 is als windows-1252 (Nederlandse Excel)",
                                   en: "input encoding; auto reads a file that is not UTF-8 as windows-1252 (Dutch Excel)")),
            .number("--max-note-bytes", \.maxNoteBytes, in: 1...(1 << 40), placeholder: "BYTES",
                    help: Localized(nl: "een verslag (regel, record of .txt) dat langer is, wordt afgewezen zonder het in te lezen; analyse kost ongeveer 55× de grootte aan geheugen",
                                    en: "a note (line, record or .txt) longer than this is rejected without reading it in; analysis takes about 55× its size in memory")),
        ]
    }

    /// `invalidDates`: only trends needs the date; elsewhere a bad date is dropped with a notice.
    func readOptions(format: NoteFormat = .auto, invalidDates: InvalidDatePolicy = .dropDate) -> NoteReadOptions {
        let fields = NoteFieldNames(id: idField, team: teamField, author: authorField, date: dateField, text: textField)
        return NoteReadOptions(format: format, encoding: NoteEncoding(rawValue: encoding.rawValue) ?? .utf8, fields: fields,
                               detectEncoding: encoding == .auto, dateOrder: dateFormat, invalidDates: invalidDates,
                               maxRecordBytes: maxNoteBytes)
    }

    /// Prints each kind of reader notice once, as it comes (which column became which field…).
    static func watch(_ source: NoteSource, _ invocation: Invocation) {
        source.onNotice = { notice in invocation.note(notice.message) }
    }

    /// After reading: how often a notice that was printed once came up in all.
    static func summarise(_ counts: [(notice: ReadNotice, count: Int)], _ invocation: Invocation) {
        for (notice, count) in counts where count > 1 {
            let shown = notice.message.nl.count > 60 ? String(notice.message.nl.prefix(57)) + "…" : notice.message.nl
            let shownEn = notice.message.en.count > 60 ? String(notice.message.en.prefix(57)) + "…" : notice.message.en
            invocation.note(Localized(nl: "(\(count) keer in totaal: \(shown))", en: "(\(count) times in all: \(shownEn))"))
        }
    }
}

/// The analyser a command uses: the built-in lexicons, or `--lexicons DIR`; with `--weights FILE`
/// (where a command offers it) that file in place of the folder's weights.txt.
enum AnalyzerLoader {
    static func load(lexicons: String?, weights: String? = nil, modeBy: ModeReader = .model) throws -> Analyzer {
        let analyzer = try load(lexicons: lexicons, weights: weights)
        return modeBy == .rules ? try analyzer.rulesOnly() : analyzer
    }

    private static func load(lexicons: String?, weights: String?) throws -> Analyzer {
        guard let dir = lexicons else {
            guard let weights else { return Analyzer.standard() }
            return try Analyzer(lexicons: replacingWeights(of: LexiconSet.standardFolder(), with: weights))
        }
        let folder = try ResourceFolder.directory(dir)
        return try Analyzer(lexicons: weights.map { try replacingWeights(of: folder, with: $0) } ?? folder)
    }
    /// The folder with the weights file in place of its weights.txt, so `lexicon_version` tells the
    /// weights used. A line that is not `name = number`, an unknown name or a missing one is a usage
    /// error (exit 2) that names the file and the line.
    static func replacingWeights(of folder: ResourceFolder, with path: String) throws -> ResourceFolder {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiepgangError(.noInput, nl: "kan \(path) niet lezen", en: "cannot read \(path)")
        }
        let bytes = [UInt8](data)
        let issues = Weights.check(path: path, bytes: bytes)
        guard issues.isEmpty else {
            throw DiepgangError(.usage, nl: issues.map { $0.message(.nl) }.joined(separator: "\n"),
                                en: issues.map { $0.message(.en) }.joined(separator: "\n"))
        }
        let files = folder.files.filter { $0.path != WeightsFile.name } + [ResourceFile(path: WeightsFile.name, bytes: bytes)]
        return ResourceFolder(origin: folder.origin, files: files)
    }
}
