import DiepgangNotes

/// A note with its analysis: what the analysis printers print (the HTML page and the LIWC
/// scores need the note's text beside the verdict).
public struct AnalysedNote: Sendable {
    public var note: Note
    public var analysis: Analysis

    public init(note: Note, analysis: Analysis) {
        self.note = note
        self.analysis = analysis
    }
}
