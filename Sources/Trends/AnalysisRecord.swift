import DiepgangCore
import DiepgangVocabulary
import Foundation

/// Reading trend observations back from analysis JSON Lines (the output of `diepgang batch` or
/// `analyse --format jsonl`), so a corpus analysed once can be aggregated many times.
public enum AnalysisRecord {
    private struct Record: Decodable {
        struct Depth: Decodable { var level: Int }
        struct Phases: Decodable { var present: [Int]? }
        // The vocabulary's own types: a kind or dimension the program does not know is an
        // error in the record, not a value that silently counts as nothing.
        struct Why: Decodable { var kind: WhyKind? }
        struct Dimension: Decodable { var name: DiepgangVocabulary.Dimension; var balance: Double? }
        var team: String?
        var author: String?
        var date: String?
        var mode: String
        var depth: Depth
        var phases: Phases?
        var why_questions: [Why]?
        var dimensions: [Dimension]?
        var lexicon_version: String?
    }

    private struct Probe: Decodable {
        struct Present: Decodable {}
        var depth: Present?
        var mode: String?
    }

    /// Does this line look like an analysis (it has "depth" and "mode"), rather than a note?
    public static func isAnalysis(jsonLine bytes: [UInt8]) -> Bool {
        guard let probe = try? JSONDecoder().decode(Probe.self, from: Data(bytes)) else { return false }
        return probe.depth != nil && probe.mode != nil
    }

    /// The observation in one analysis line, or the reason it cannot be read.
    public static func observation(jsonLine bytes: [UInt8]) -> Result<TrendObservation, RecordProblem> {
        let r: Record
        do {
            r = try JSONDecoder().decode(Record.self, from: Data(bytes))
        } catch {
            return .failure(RecordProblem(Localized(nl: "geen geldige analyse-JSON (\(AnalysisRecord.describe(error)))",
                                                    en: "not valid analysis JSON (\(AnalysisRecord.describe(error)))")))
        }
        guard let mode = NoteMode(rawValue: r.mode) else {
            return .failure(RecordProblem(Localized(nl: "onbekende modus '\(r.mode)'", en: "unknown mode '\(r.mode)'")))
        }
        guard (0...4).contains(r.depth.level) else {
            return .failure(RecordProblem(Localized(nl: "diepgangsniveau \(r.depth.level) buiten 0…4",
                                                    en: "depth level \(r.depth.level) outside 0…4")))
        }
        var balances = [Double?](repeating: nil, count: 5)
        for d in r.dimensions ?? [] {
            balances[d.name.index] = d.balance
        }
        let whys = r.why_questions ?? []
        return .success(TrendObservation(
            team: r.team, author: r.author, date: r.date, depthLevel: r.depth.level, mode: mode,
            phasesPresent: Set(r.phases?.present ?? []), whyCount: whys.count,
            whyPiekerendCount: whys.filter { $0.kind == .piekerend }.count,
            balances: balances, lexiconVersion: r.lexicon_version))
    }

    static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): return "veld '\(key.stringValue)' ontbreekt / field '\(key.stringValue)' missing"
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c), DecodingError.dataCorrupted(let c):
            return c.codingPath.map(\.stringValue).joined(separator: ".")
        default: return "JSON"
        }
    }
}

/// Why a record could not be used.
public struct RecordProblem: Error, Sendable {
    public var reason: Localized
    public init(_ reason: Localized) { self.reason = reason }
}
