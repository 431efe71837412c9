import Diepgang

/// `--csv-style`. (The extra input columns a CSV header names come from the first note:
/// `NoteBatches.firstNote()`; CSV input has the same columns on every row.)
extension CSVStyle: OptionValue {
    init?(argument: String) { self.init(name: argument) }
    var argument: String { self == .excelNL ? "excel-nl" : "standard" }
    static var choices: [String] { names }
}

enum CSVOutputOptions {
    static let help = Localized(nl: "CSV: standard (komma, decimale punt) of excel-nl (puntkomma, decimale komma, UTF-8-BOM, CRLF: opent zo in Nederlandse Excel)",
                                en: "CSV: standard (comma, decimal point) or excel-nl (semicolon, decimal comma, UTF-8 BOM, CRLF: opens as is in Dutch Excel)")

    static func style<Root: CommandOptions>(_ field: WritableKeyPath<Root, CSVStyle>) -> OptionDeclaration<Root> {
        .value("--csv-style", field, placeholder: "STIJL", help: help)
    }

    /// For a command whose CSV without `--csv-style` is neither style (trends: RFC 4180, CRLF).
    static func style<Root: CommandOptions>(_ field: WritableKeyPath<Root, CSVStyle?>) -> OptionDeclaration<Root> {
        .value("--csv-style", field, placeholder: "STIJL",
               help: Localized(nl: help.nl + " (zonder deze optie: RFC 4180, komma en CRLF)", en: help.en + " (without it: RFC 4180, comma and CRLF)"))
    }
}
