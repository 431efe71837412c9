import DiepgangAnalysis
import DiepgangCore
import Foundation

/// Reading trend observations back from analysis JSON Lines (the output of `diepgang batch` or
/// `analyse --format jsonl`), so a corpus analysed once can be aggregated many times.
public enum AnalysisRecord {
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
        let analysis: Analysis
        do {
            analysis = try JSONDecoder().decode(Analysis.self, from: Data(bytes))
        } catch AnalysisDecodingError.unknownMode(let mode) {
            return .failure(RecordProblem(Localized(nl: "onbekende modus '\(mode)'", en: "unknown mode '\(mode)'")))
        } catch {
            return .failure(RecordProblem(Localized(nl: "geen geldige analyse-JSON (\(AnalysisRecord.describe(error)))",
                                                    en: "not valid analysis JSON (\(AnalysisRecord.describe(error)))")))
        }
        guard (0...4).contains(analysis.depth.level) else {
            return .failure(RecordProblem(Localized(nl: "diepgangsniveau \(analysis.depth.level) buiten 0…4",
                                                    en: "depth level \(analysis.depth.level) outside 0…4")))
        }
        var observation = TrendObservation(analysis)
        // The balances as the line printed them (three decimals), not as its counts give them.
        for d in analysis.dimensions {
            observation.balances[d.name.index] = Double(ByteWriter.format(d.balance, digits: 3)) ?? d.balance
        }
        observation.lexiconVersion = analysis.lexiconVersion.isEmpty ? nil : analysis.lexiconVersion
        return .success(observation)
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
