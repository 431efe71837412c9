import Diepgang

/// `--csv-style` and what CSV output needs to know before the first row: the extra input
/// columns, taken from the first note (CSV input has the same columns on every row).
enum CSVOutputOptions {
    static let spec = OptionSpec(name: "--csv-style", value: "STIJL", choices: CSVStyle.names, defaultValue: "standard",
                                 help: Localized(nl: "CSV: standard (komma, decimale punt) of excel-nl (puntkomma, decimale komma, UTF-8-BOM, CRLF: opent zo in Nederlandse Excel)",
                                                 en: "CSV: standard (comma, decimal point) or excel-nl (semicolon, decimal comma, UTF-8 BOM, CRLF: opens as is in Dutch Excel)"))

    static func style(_ args: ParsedArguments) -> CSVStyle {
        CSVStyle(name: args.value("--csv-style") ?? "standard") ?? .standard
    }
}

/// A note source whose records up to the first note have been read ahead, so the CSV header
/// can name the note's extra input columns; `next()` hands them out again first, in order.
final class PeekedSource {
    let source: NoteSource
    private var held: [NoteRecord] = []
    /// The names of the first note's extra fields (empty when not peeking or no note).
    private(set) var inputColumns: [String] = []

    init(_ source: NoteSource, peek: Bool) {
        self.source = source
        guard peek else { return }
        while let record = source.next() {
            held.append(record)
            if let note = record.note {
                inputColumns = note.extra.map(\.name)
                break
            }
        }
    }

    func next() -> NoteRecord? {
        if !held.isEmpty { return held.removeFirst() }
        return source.next()
    }
}
