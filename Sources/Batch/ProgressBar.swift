import DiepgangCore
import Foundation

/// A one-line progress display on stderr — only when stderr is a terminal; silent otherwise, so
/// logs and pipes stay clean. Shows notes done, notes per second and, when the input size is
/// known, a bar and the time left (estimated from bytes read, so approximate: "~").
public final class ProgressBar {
    private let sink: OutputSink
    private let language: Language
    private let totalBytes: Int?
    private let start: Date
    private var lastDraw: Date
    private var drawn = false
    public let isActive: Bool

    public init(sink: OutputSink, language: Language, totalBytes: Int?, force: Bool = false) {
        self.sink = sink
        self.language = language
        self.totalBytes = totalBytes.flatMap { $0 > 0 ? $0 : nil }
        start = Date()
        lastDraw = .distantPast
        isActive = force || sink.isTerminal
    }

    /// At most a few redraws a second, whatever the rate of updates.
    public func update(done: Int, bytesRead: Int) {
        guard isActive else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        draw(done: done, bytesRead: bytesRead, now: now)
    }

    public func finish() {
        guard isActive, drawn else { return }
        try? sink.write("\r\u{1B}[2K")
    }

    private func draw(done: Int, bytesRead: Int, now: Date) {
        let elapsed = max(now.timeIntervalSince(start), 1e-3)
        let rate = Double(done) / elapsed
        let nl = language == .nl
        var line = "\r\u{1B}[2K"
        if let total = totalBytes {
            let fraction = min(1, Double(bytesRead) / Double(total))
            let width = 24
            let filled = Int(fraction * Double(width))
            line += "[" + String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + "] "
            line += "\(Int(fraction * 100))% "
            if fraction > 0.01 {
                let left = elapsed * (1 - fraction) / fraction
                line += nl ? "· nog ~\(ProgressBar.duration(left)) " : "· ~\(ProgressBar.duration(left)) left "
            }
        }
        line += nl ? "· \(Wording.count(done, "verslag", "verslagen")) · \(Int(rate)) per s" : "· \(Wording.count(done, "note", "notes")) · \(Int(rate))/s"
        try? sink.write(line)
        drawn = true
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s) s" }
        if s < 3600 { return "\(s / 60) min \(s % 60) s" }
        return "\(s / 3600) u \(s % 3600 / 60) min"
    }
}
