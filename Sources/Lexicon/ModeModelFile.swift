import DiepgangCore

/// `mode-model.tsv`: the learned reading of the mode (a regularised multinomial logistic
/// regression over the note's evidence), as data, so a retrained model changes no code and shows
/// in `lexicon_version`. Written by `diepgang train-mode`; the format is documented in
/// `Lexicons/README.md`.
///
/// Lines, tab-separated; `#` starts a comment line:
/// - `margin <TAB> 0.1`: below this gap between the two likeliest modes the verdict is `onzeker`;
/// - `description_margin <TAB> 0.2` (optional, 0 when absent): when the rules read a note as
///   `beschrijvend` and are sure of it, another mode needs this much more probability than
///   `beschrijvend` to overrule them;
/// - `feature <TAB> mean <TAB> scale <TAB> <mode> …`: the header, naming the modes in column order;
/// - `bias <TAB> - <TAB> - <TAB> <number per mode>`;
/// - `<feature name> <TAB> mean <TAB> scale <TAB> <weight per mode>`: a feature is standardised by
///   its mean and scale (the training pool's) before its weights apply;
/// - `calibration <TAB> model|rules|depth <TAB> from <TAB> to <TAB> right <TAB> count` (optional): of
///   the `count` held-out notes whose verdict came from that reader with a raw confidence in
///   [from, to) (a band up to 1 includes 1), `right` had the gold mode (`depth`: the gold depth
///   level); the reported confidence is (right + 1) / (count + 2).
public struct ModeModelFile: Sendable, Equatable {
    public static let name = "mode-model.tsv"

    public struct Feature: Sendable, Equatable {
        public var name: String
        public var mean: Double
        public var scale: Double
        public var weights: [Double]

        public init(name: String, mean: Double, scale: Double, weights: [Double]) {
            self.name = name
            self.mean = mean
            self.scale = scale
            self.weights = weights
        }
    }

    /// How often verdicts of one reader, in one band of raw confidence, were right on notes the
    /// model was not trained on (cross-validated): what the reported confidence says.
    public struct CalibrationBand: Sendable, Equatable {
        /// `model` (the model's probability), `rules` (the rules' stability: voiceless notes and
        /// the rules' sure description kept) or `depth` (the depth level's confidence).
        public var reader: String
        public var from: Double
        public var to: Double
        public var right: Int
        public var count: Int

        public init(reader: String, from: Double, to: Double, right: Int, count: Int) {
            self.reader = reader
            self.from = from
            self.to = to
            self.right = right
            self.count = count
        }

        /// The share right, smoothed towards one half (Laplace): a small band claims little.
        public var confidence: Double { Double(right + 1) / Double(count + 2) }
    }

    public static let calibrationReaders = ["model", "rules", "depth"]

    /// The modes of the columns, by name (`reflecteren`, `piekeren`, …).
    public var modes: [String]
    public var margin: Double
    public var descriptionMargin: Double
    public var bias: [Double]
    public var features: [Feature]
    public var calibration: [CalibrationBand]

    public init(modes: [String], margin: Double, descriptionMargin: Double = 0, bias: [Double], features: [Feature],
                calibration: [CalibrationBand] = []) {
        self.modes = modes
        self.margin = margin
        self.descriptionMargin = descriptionMargin
        self.bias = bias
        self.features = features
        self.calibration = calibration
    }

    /// The model, or every line that is not as described above.
    public static func parse(path: String, bytes: [UInt8]) -> (ModeModelFile?, [LexiconIssue]) {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return (nil, [LexiconIssue(file: path, line: LexiconParser.firstInvalidLine(bytes), reason: Localized(nl: "geen geldige UTF-8", en: "not valid UTF-8"))])
        }
        var issues: [LexiconIssue] = []
        var modes: [String] = []
        var margin: Double?
        var descriptionMargin = 0.0
        var bias: [Double]?
        var features: [Feature] = []
        var calibration: [CalibrationBand] = []
        var seen: [String: Int] = [:]
        var lineNumber = 0
        func problem(_ nl: String, _ en: String) { issues.append(LexiconIssue(file: path, line: lineNumber, reason: Localized(nl: nl, en: en))) }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = raw.trimmingSpaces
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces }
            switch fields[0] {
            case "margin":
                guard fields.count == 2, let m = Double(fields[1]), m.isFinite, m >= 0, m < 1 else {
                    problem("verwacht 'margin <tab> getal van 0 tot 1'", "expected 'margin <tab> number from 0 to 1'"); continue
                }
                margin = m
            case "description_margin":
                guard fields.count == 2, let m = Double(fields[1]), m.isFinite, m >= 0, m < 1 else {
                    problem("verwacht 'description_margin <tab> getal van 0 tot 1'", "expected 'description_margin <tab> number from 0 to 1'"); continue
                }
                descriptionMargin = m
            case "calibration":
                guard fields.count == 6, calibrationReaders.contains(fields[1]),
                      let from = Double(fields[2]), let to = Double(fields[3]), from >= 0, from < to, to <= 1,
                      let right = Int(fields[4]), let count = Int(fields[5]), right >= 0, count >= right else {
                    problem("verwacht 'calibration <tab> model|rules|depth <tab> van <tab> tot <tab> goed <tab> aantal' (0 ≤ van < tot ≤ 1; goed ≤ aantal)",
                            "expected 'calibration <tab> model|rules|depth <tab> from <tab> to <tab> right <tab> count' (0 ≤ from < to ≤ 1; right ≤ count)"); continue
                }
                calibration.append(CalibrationBand(reader: fields[1], from: from, to: to, right: right, count: count))
            case "feature":
                modes = Array(fields.dropFirst(3))
                if fields.count < 5 || fields[1] != "mean" || fields[2] != "scale" || Set(modes).count != modes.count {
                    problem("verwacht 'feature <tab> mean <tab> scale <tab> modus …' met minstens twee verschillende modi",
                            "expected 'feature <tab> mean <tab> scale <tab> mode …' with at least two distinct modes")
                    modes = []
                }
            default:
                guard !modes.isEmpty else {
                    problem("de kopregel 'feature <tab> mean <tab> scale <tab> modus …' moet eerst komen",
                            "the header 'feature <tab> mean <tab> scale <tab> mode …' must come first"); continue
                }
                let numbers = fields.dropFirst(3).map { Double($0) }
                guard fields.count == 3 + modes.count, numbers.allSatisfy({ $0?.isFinite == true }) else {
                    problem("verwacht een naam, gemiddelde, schaal en \(modes.count) gewichten, gescheiden door tabs",
                            "expected a name, mean, scale and \(modes.count) weights, separated by tabs"); continue
                }
                let weights = numbers.map { $0! }
                if fields[0] == "bias" { bias = weights; continue }
                guard let mean = Double(fields[1]), let scale = Double(fields[2]), mean.isFinite, scale.isFinite, scale > 0 else {
                    problem("gemiddelde en schaal moeten getallen zijn, de schaal groter dan 0", "mean and scale must be numbers, the scale above 0"); continue
                }
                if let first = seen[fields[0]] {
                    problem("'\(fields[0])' staat al op regel \(first)", "'\(fields[0])' is already on line \(first)"); continue
                }
                seen[fields[0]] = lineNumber
                features.append(Feature(name: fields[0], mean: mean, scale: scale, weights: weights))
            }
        }
        if issues.isEmpty {
            lineNumber = max(1, lineNumber)
            if modes.isEmpty { problem("de kopregel 'feature …' ontbreekt", "the header 'feature …' is missing") }
            if margin == nil { problem("de regel 'margin' ontbreekt", "the line 'margin' is missing") }
            if bias == nil { problem("de regel 'bias' ontbreekt", "the line 'bias' is missing") }
        }
        guard issues.isEmpty, let margin, let bias else { return (nil, issues) }
        return (ModeModelFile(modes: modes, margin: margin, descriptionMargin: descriptionMargin, bias: bias, features: features,
                              calibration: calibration), [])
    }

    /// The file's text: what `parse` reads back to the same model (numbers to 17 significant digits).
    public func text(header: [String]) -> String {
        var out = header.map { "# " + $0 }.joined(separator: "\n")
        if !out.isEmpty { out += "\n" }
        func row(_ cells: [String]) { out += cells.joined(separator: "\t") + "\n" }
        row(["margin", "\(margin)"])
        if descriptionMargin > 0 { row(["description_margin", "\(descriptionMargin)"]) }
        row(["feature", "mean", "scale"] + modes)
        row(["bias", "-", "-"] + bias.map { "\($0)" })
        for f in features { row([f.name, "\(f.mean)", "\(f.scale)"] + f.weights.map { "\($0)" }) }
        for b in calibration { row(["calibration", b.reader, "\(b.from)", "\(b.to)", "\(b.right)", "\(b.count)"]) }
        return out
    }
}
