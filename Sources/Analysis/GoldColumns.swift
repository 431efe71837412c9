import DiepgangCore
import DiepgangNotes
import Foundation

/// Gold labels in a table (CSV from a spreadsheet): the note's columns as any CSV input, plus
/// `mode`/`modus`, `depth`/`diepgang`, `phases`/`fasen` ("2 3 4", "2,3,4" or "2;3;4") and
/// optionally `split`. Why-questions are not annotated in a cell, so a table's why figures only
/// count the questions found (`evaluate` says so).
public enum GoldColumns {
    static let modeNames = ["mode", "modus"]
    static let depthNames = ["depth", "diepgang", "niveau"]
    static let phaseNames = ["phases", "fasen", "fase"]
    static let splitNames = ["split", "deel"]

    public enum Outcome {
        case gold(GoldNote)
        case rejected(RejectedRecord)
    }

    /// The gold labels of a note read from a table, or why it has none.
    public static func gold(from note: Note) -> Outcome {
        func cell(_ names: [String]) -> String? {
            guard let field = note.extra.first(where: { names.contains($0.name.lowercased()) }) else { return nil }
            let value = (try? JSONSerialization.jsonObject(with: Data(field.json), options: .fragmentsAllowed)) as? String
            return value?.trimmingCharacters(in: .whitespaces)
        }
        func reject(_ nl: String, _ en: String) -> Outcome {
            .rejected(RejectedRecord(source: note.source, reason: Localized(nl: nl, en: en)))
        }
        guard let modeText = cell(modeNames) else { return reject("kolom 'modus' (mode) ontbreekt", "column 'mode' (modus) is missing") }
        let modeKey = modeText.lowercased().replacingOccurrences(of: " ", with: "_")
        guard let mode = Mode(rawValue: modeKey) ?? Mode.allCases.first(where: { $0.label.en.lowercased() == modeText.lowercased() }) else {
            let allowed = Mode.allCases.map(\.rawValue).joined(separator: ", ")
            return reject("onbekende modus '\(modeText)'; kies uit \(allowed)", "unknown mode '\(modeText)'; choose from \(allowed)")
        }
        guard let depthText = cell(depthNames), let depth = Int(depthText), (0...4).contains(depth) else {
            return reject("kolom 'diepgang' (depth) moet 0 tot 4 zijn", "column 'depth' (diepgang) must be 0 to 4")
        }
        let phaseText = cell(phaseNames) ?? ""
        let numbers = phaseText.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "+" }).map { Int($0) }
        guard numbers.allSatisfy({ $0.map { (1...5).contains($0) } ?? false }) else {
            return reject("kolom 'fasen' bevat iets anders dan fasen 1-5: '\(phaseText)'", "column 'phases' holds something other than phases 1-5: '\(phaseText)'")
        }
        let phases = Set(numbers.compactMap { $0 }).compactMap(SpiralPhase.init(rawValue:)).sorted()
        return .gold(GoldNote(note: note, split: cell(splitNames),
                                 gold: GoldLabels(mode: mode, depth: depth, phases: phases, why: [])))
    }
}
