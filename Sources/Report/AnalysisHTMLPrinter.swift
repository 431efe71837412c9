import DiepgangAnalysis
import DiepgangCore

/// Analyses as one HTML page (no scripts): the index needs every verdict before the first
/// section, so the page is written at `end`.
public struct AnalysisHTMLPrinter: Printer {
    public typealias Item = AnalysedNote

    public var language: Language
    private var views: [NoteView] = []

    public init(language: Language = .nl) {
        self.language = language
    }

    public mutating func write(_ item: AnalysedNote, into out: ByteWriter) {
        views.append(NoteView(analysis: item.analysis, text: item.note.text))
    }

    public mutating func end(into out: ByteWriter) {
        out.append(text: NoteHTML.render(views, language))
    }
}
