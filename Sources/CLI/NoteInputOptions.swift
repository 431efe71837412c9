import Diepgang

/// How a command reads notes: the field names and the encoding, declared once for every command
/// that takes JSON Lines, CSV or `.txt` input.
enum NoteInputOptions {
    static let specs: [OptionSpec] = [
        OptionSpec(name: "--id-field", value: "NAAM", defaultValue: "id", help: Localized(nl: "veld of kolom met het id", en: "field or column holding the id")),
        OptionSpec(name: "--team-field", value: "NAAM", defaultValue: "team", help: Localized(nl: "veld of kolom met het team", en: "field or column holding the team")),
        OptionSpec(name: "--author-field", value: "NAAM", defaultValue: "author", help: Localized(nl: "veld of kolom met de auteur (pseudoniem)", en: "field or column holding the author (pseudonym)")),
        OptionSpec(name: "--date-field", value: "NAAM", defaultValue: "date", help: Localized(nl: "veld of kolom met de datum (jjjj-mm-dd)", en: "field or column holding the date (yyyy-mm-dd)")),
        OptionSpec(name: "--text-field", value: "NAAM", defaultValue: "text", help: Localized(nl: "veld of kolom met de tekst", en: "field or column holding the text")),
        OptionSpec(name: "--encoding", value: "CODERING", choices: ["utf-8", "windows-1252", "latin1"], defaultValue: "utf-8",
                   help: Localized(nl: "tekenset van de invoer (Nederlandse Excel schrijft vaak windows-1252)",
                                   en: "input encoding (Dutch Excel often writes windows-1252)")),
    ]

    static func readOptions(_ args: ParsedArguments, format: NoteFormat = .auto) throws -> NoteReadOptions {
        let name = args.value("--encoding") ?? "utf-8"
        guard let encoding = NoteEncoding(name: name) else {
            throw DiepgangError(.usage, nl: "onbekende tekenset '\(name)'; kies utf-8, windows-1252 of latin1",
                                en: "unknown encoding '\(name)'; choose utf-8, windows-1252 or latin1")
        }
        let fields = NoteFieldNames(id: args.value("--id-field") ?? "id", team: args.value("--team-field") ?? "team",
                                    author: args.value("--author-field") ?? "author", date: args.value("--date-field") ?? "date",
                                    text: args.value("--text-field") ?? "text")
        return NoteReadOptions(format: format, encoding: encoding, fields: fields)
    }
}

/// The analyser a command uses: the built-in lexicons, or `--lexicons DIR`.
enum AnalyzerLoader {
    static func load(_ args: ParsedArguments) throws -> Analyzer {
        guard let dir = args.value("--lexicons") else { return Analyzer.standard() }
        return try Analyzer(lexicons: ResourceFolder.directory(dir))
    }
}
