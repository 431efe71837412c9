import Diepgang

/// `--csv-style`. (The extra input columns a CSV header names come from the first note:
/// `NoteBatches.firstNote()`; CSV input has the same columns on every row.)
enum CSVOutputOptions {
    static let spec = OptionSpec(name: "--csv-style", value: "STIJL", choices: CSVStyle.names, defaultValue: "standard",
                                 help: Localized(nl: "CSV: standard (komma, decimale punt) of excel-nl (puntkomma, decimale komma, UTF-8-BOM, CRLF: opent zo in Nederlandse Excel)",
                                                 en: "CSV: standard (comma, decimal point) or excel-nl (semicolon, decimal comma, UTF-8 BOM, CRLF: opens as is in Dutch Excel)"))

    static func style(_ args: ParsedArguments) -> CSVStyle {
        CSVStyle(name: args.value("--csv-style") ?? "standard") ?? .standard
    }
}
