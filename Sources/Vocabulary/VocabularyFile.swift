import DiepgangCore
import DiepgangResources

/// The kinds of term `Lexicons/vocabulary.tsv` holds, in the words of its `kind` column.
public enum VocabularyKind: String, Sendable, CaseIterable {
    case mode, pole, dimension
    case dimensionPole = "dimension_pole"
    case depth, phase
    case whyKind = "why_kind"
    case category, label, period
}

/// One row of the vocabulary: a term's key and the names people read.
public struct VocabularyRow: Sendable, Hashable {
    public var kind: VocabularyKind
    public var key: String
    public var name: Localized
    /// The second text of the row, if any (see the file's header: a phase's short name, what a
    /// depth level takes, what a category's marker is evidence of).
    public var detail: Localized?
    /// Category: the labels an entry may carry; nil when any label is allowed.
    public var labels: [String]?
    /// Category: the dimension every entry of it counts towards.
    public var dimension: String?
    /// Category: shown to a coach as a marker.
    public var reported: Bool
    public var line: Int
}

/// `Lexicons/vocabulary.tsv`, read and checked against the program's enums: the one place where
/// the names of modes, poles, dimensions, depth levels, phases, why-kinds, categories, labels
/// and trend periods are written.
public struct VocabularyFile: Sendable {
    public static let fileName = "vocabulary.tsv"

    /// Every row, in file order.
    public let rows: [VocabularyRow]
    /// The rows of each kind in file order, indexed by the kind's position in `VocabularyKind`:
    /// a term's row is `rowsByKind[kind][term.index]`, no look-up by string.
    let rowsByKind: [[VocabularyRow]]
    /// Per category, in `LexiconCategory` order: is it reported? (read once per cue).
    let reportedCategories: [Bool]

    /// The copy built into the program, checked against the enums once, on first use. A mismatch
    /// is a build defect (the tests check it first), so it stops the program with the reason.
    public static let builtIn: VocabularyFile = {
        let path = "Lexicons/" + fileName
        guard let file = ResourceFolder.embedded("Lexicons", including: { $0 == fileName }).file(fileName) else {
            fatalError("\(path) is not built into the program")
        }
        do {
            let vocabulary = try VocabularyFile(path: path, bytes: file.bytes)
            try vocabulary.checkAgainstProgram()
            return vocabulary
        } catch {
            fatalError("\(path) does not fit the program: \((error as? DiepgangError)?.message.en ?? "\(error)")")
        }
    }()

    /// Reads the file; throws a `DiepgangError` (exit 65) naming the first bad line.
    public init(path: String, bytes: [UInt8]) throws {
        var rows: [VocabularyRow] = []
        var lineNumber = 0
        for rawLine in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            // Runs of tabs are one separator, so the columns may be aligned.
            let cells = line.split(separator: "\t").map { String($0) }
            func fail(_ nl: String, _ en: String) -> DiepgangError {
                DiepgangError(.dataError, nl: "\(path):\(lineNumber): \(nl)", en: "\(path):\(lineNumber): \(en)")
            }
            guard cells.count == 9 else {
                throw fail("\(cells.count) kolommen, verwacht 9", "\(cells.count) columns, expected 9")
            }
            guard let kind = VocabularyKind(rawValue: cells[0]) else {
                throw fail("onbekende soort '\(cells[0])'", "unknown kind '\(cells[0])'")
            }
            func cell(_ i: Int) -> String? { cells[i] == "-" ? nil : cells[i] }
            let detail: Localized?
            switch (cell(4), cell(5)) {
            case let (nl?, en?): detail = Localized(nl: nl, en: en)
            case (nil, nil): detail = nil
            default: throw fail("een tweede tekst in één taal maar niet in de andere", "a second text in one language but not the other")
            }
            let isCategory = kind == .category
            guard isCategory || (cells[6] == "-" && cells[7] == "-" && cells[8] == "-") else {
                throw fail("labels, dimensie en getoond horen alleen bij een categorie", "labels, dimension and reported belong to a category only")
            }
            var reported = false
            if isCategory {
                guard cells[8] == "yes" || cells[8] == "no" else {
                    throw fail("getoond is 'yes' of 'no', niet '\(cells[8])'", "reported is 'yes' or 'no', not '\(cells[8])'")
                }
                reported = cells[8] == "yes"
            }
            rows.append(VocabularyRow(kind: kind, key: cells[1], name: Localized(nl: cells[2], en: cells[3]), detail: detail,
                                      labels: cells[6] == "*" ? nil : cells[6].split(separator: ",").map(String.init),
                                      dimension: cell(7), reported: reported, line: lineNumber))
        }
        self.rows = rows
        rowsByKind = VocabularyKind.allCases.map { kind in rows.filter { $0.kind == kind } }
        reportedCategories = rowsByKind[VocabularyKind.allCases.firstIndex(of: .category)!].map(\.reported)
    }

    /// The rows of one kind, in file order.
    public func rows(_ kind: VocabularyKind) -> [VocabularyRow] {
        rowsByKind[VocabularyKind.allCases.firstIndex(of: kind)!]
    }

    /// The row of one term.
    public func row<T: VocabularyTerm>(_ term: T) -> VocabularyRow {
        rowsByKind[T.kindIndex][term.index]
    }

    /// Do the file's keys equal the program's cases, kind by kind and in the same order, and do
    /// the categories name only known labels and dimensions? Throws the first difference.
    public func checkAgainstProgram() throws {
        func same<T: VocabularyTerm>(_ type: T.Type) throws {
            let file = rows(T.kind).map(\.key), program = T.allCases.map(\.key)
            guard file == program else {
                throw DiepgangError(.dataError,
                                    nl: "soort '\(T.kind.rawValue)': het bestand heeft [\(file.joined(separator: ", "))], het programma [\(program.joined(separator: ", "))]",
                                    en: "kind '\(T.kind.rawValue)': the file has [\(file.joined(separator: ", "))], the program [\(program.joined(separator: ", "))]")
            }
        }
        try same(Mode.self)
        try same(Pole.self)
        try same(Dimension.self)
        try same(DepthLabel.self)
        try same(SpiralPhase.self)
        try same(WhyKind.self)
        try same(LexiconCategory.self)
        try same(EntryLabel.self)
        try same(PeriodKind.self)
        let sides = Dimension.allCases.flatMap { d in Pole.allCases.map { "\(d.rawValue).\($0.rawValue)" } }
        let fileSides = rows(.dimensionPole).map(\.key)
        guard fileSides == sides else {
            throw DiepgangError(.dataError, nl: "soort 'dimension_pole': verwacht [\(sides.joined(separator: ", "))]",
                                en: "kind 'dimension_pole': expected [\(sides.joined(separator: ", "))]")
        }
        let knownLabels = Set(Pole.allCases.map(\.key) + SpiralPhase.allCases.map(\.key) + EntryLabel.allCases.map(\.key))
        for row in rows(.category) {
            if let unknown = row.labels?.first(where: { !knownLabels.contains($0) }) {
                throw DiepgangError(.dataError, nl: "regel \(row.line): categorie '\(row.key)' noemt het onbekende label '\(unknown)'",
                                    en: "line \(row.line): category '\(row.key)' names the unknown label '\(unknown)'")
            }
            if let d = row.dimension, Dimension(rawValue: d) == nil {
                throw DiepgangError(.dataError, nl: "regel \(row.line): categorie '\(row.key)' noemt de onbekende dimensie '\(d)'",
                                    en: "line \(row.line): category '\(row.key)' names the unknown dimension '\(d)'")
            }
        }
    }
}
