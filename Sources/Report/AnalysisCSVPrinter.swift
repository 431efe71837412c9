import DiepgangAnalysis
import DiepgangCore

/// Analyses as CSV, one row per note (`docs/OUTPUT.md`): the fixed columns, the input's extra
/// columns (named after the first note's), then a user's LIWC categories.
public struct AnalysisCSVPrinter: RecordPrinter {
    public typealias Item = AnalysedNote

    /// The names of the first note's extra fields.
    public var inputColumns: [String]
    public var style: CSVStyle
    public var liwc: LIWCScoring?
    /// `--fields`: only these columns.
    public var selection: FieldSelection?

    public init(inputColumns: [String] = [], style: CSVStyle = .standard, liwc: LIWCScoring? = nil,
                selection: FieldSelection? = nil) {
        self.inputColumns = inputColumns
        self.style = style
        self.liwc = liwc
        self.selection = selection
    }

    /// Every column of a full row, in order (what `--fields` chooses from).
    public static func columns(inputColumns: [String], liwc: LIWCScoring?) -> [String] {
        Analysis.csvColumns + inputColumns.map(Analysis.csvColumn(forInput:)) + (liwc?.csvColumns ?? [])
    }

    public func begin(into out: ByteWriter) {
        if let selection {
            out.append(selection.csvHeader(columns: Self.columns(inputColumns: inputColumns, liwc: liwc)))
            return
        }
        var header: [UInt8] = []
        Analysis.writeCSVHeader(into: &header, inputColumns: inputColumns, extra: liwc?.csvColumns ?? [], style: style)
        out.append(header)
    }

    public func record(_ item: AnalysedNote, into out: ByteWriter) {
        var row: [UInt8] = []
        row.reserveCapacity(512)
        item.analysis.writeCSVRow(into: &row, inputColumns: inputColumns, extra: liwc?.csvFields(item.note.text) ?? [], style: style)
        out.append(selection?.filterCSV(row) ?? row)
    }
}
