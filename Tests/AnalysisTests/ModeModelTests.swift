import XCTest
@testable import DiepgangAnalysis
import DiepgangLexicon
import DiepgangNotes

/// The learned reading of the mode (`Lexicons/mode-model.tsv`): it decides the mode by default,
/// shows the features that carried it with the words behind them, says onzeker below its margin,
/// and is trained the same way twice.
final class ModeModelTests: AnalysisTestCase {
    /// A vent about the system in overstatement, without a single "ik": the rules alone find the
    /// brooding words but not the writer's voice.
    let vent = """
    Wat een wanbeleid weer. Veel te weinig handen op de afdeling, bijna geen tijd voor een praatje, en \
    intussen vergadert het management over de zoveelste huisstijl. Dat het daar niemand iets kan schelen, \
    is wel duidelijk. Elke week stoppen er weer collega's en niemand die zich afvraagt waarom.
    """

    func testTheBundledModelDecidesAndSaysWhatCarriedIt() throws {
        XCTAssertTrue(analyzer.hasModeModel)
        let a = analyse(vent)
        let reason = try XCTUnwrap(a.depth.reasons.first?.nl)
        XCTAssertTrue(reason.hasPrefix("model: ") || reason.hasPrefix("onzeker: "), reason)
        XCTAssertTrue(reason.contains("vooral door: "), reason)
        // The features are named in words, in the reader's language, not by their names in the model file.
        let carried = reason.components(separatedBy: "vooral door: ")[1].split(separator: "\"").enumerated().filter { $0.offset % 2 == 0 }.map(\.element).joined()
        XCTAssertFalse(carried.contains("_"), reason)
        let english = try XCTUnwrap(a.depth.reasons.first?.en)
        XCTAssertTrue(english.contains("carried by: ") && !english.contains("vooral"), english)
        XCTAssertEqual(a.mode == .onzeker ? a.alternatives.first : a.mode, .piekeren, reason)
        // The confidence is how often such a verdict was right on held-out real writing, and a reason says so.
        XCTAssertGreaterThan(a.confidence.mode, 0.25)
        XCTAssertLessThan(a.confidence.mode, 1)
        XCTAssertTrue(a.depth.reasons.contains { $0.nl.contains("gelabelde echte teksten met zo'n oordeel") }, "\(a.depth.reasons.map(\.nl))")
    }

    /// The reported confidence is the calibration band's share right, for the reader whose raw
    /// confidence the verdict carries; without bands it is the raw confidence; te kort stays sure.
    func testTheConfidenceIsTheShareRightOfItsBand() throws {
        let news = "Het kabinet trekt volgend jaar extra geld uit voor de wijkverpleging. Dat maakte de minister dinsdag bekend. Volgens de brancheorganisatie is het bedrag te laag om de tekorten op te vangen. Gemeenten moeten de plannen nog uitwerken."
        func analyser(_ bands: [ModeModelFile.CalibrationBand]) throws -> Analyzer {
            var file = try XCTUnwrap(analyzer.lexicons.modeModel)
            file.calibration = bands
            return try Analyzer(lexicons: analyzer.lexicons.replacingModeModel(file), tokenizer: analyzer.tokenizer)
        }
        let calibrated = try analyser([.init(reader: "model", from: 0, to: 1, right: 3, count: 8),
                                       .init(reader: "rules", from: 0, to: 1, right: 9, count: 10),
                                       .init(reader: "depth", from: 0, to: 1, right: 1, count: 4)])
        let raw = try analyser([])
        // A vent the model reads: 3 of 8 right gives (3 + 1) / (8 + 2).
        let vented = calibrated.analyse(text: vent)
        XCTAssertEqual(vented.confidence.mode, 0.4, accuracy: 1e-9)
        XCTAssertTrue(vented.depth.reasons.contains { $0.nl.hasPrefix("zekerheid 0,4: van 8 gelabelde echte teksten met zo'n oordeel klopten er 3") },
                      "\(vented.depth.reasons.map(\.nl))")
        XCTAssertTrue(vented.depth.reasons.contains { $0.en.hasPrefix("confidence 0.4: of 8 labelled real texts with such a verdict, 3 were right") })
        // The depth level has its own band: 1 of 4 gives (1 + 1) / (4 + 2).
        XCTAssertEqual(vented.confidence.depth, 2.0 / 6.0, accuracy: 1e-9)
        XCTAssertTrue(vented.depth.reasons.contains { $0.nl.hasPrefix("zekerheid diepgang 0,33: van 4 gelabelde echte teksten met zo'n oordeel klopte bij 1 het niveau") },
                      "\(vented.depth.reasons.map(\.nl))")
        // Without bands the model's own probability, as its reason gives it.
        let plain = raw.analyse(text: vent)
        XCTAssertFalse(plain.depth.reasons.contains { $0.nl.hasPrefix("zekerheid ") })
        XCTAssertNotEqual(plain.confidence.mode, 0.4)
        // A news report has no voice of the writer's: the rules decide, and their band counts.
        let reported = calibrated.analyse(text: news)
        XCTAssertFalse(reported.depth.reasons.first?.nl.hasPrefix("model: ") ?? true, "\(reported.depth.reasons.map(\.nl))")
        XCTAssertEqual(reported.confidence.mode, 10.0 / 12.0, accuracy: 1e-9)
        // Too short is counted, not judged: no band applies.
        let short = calibrated.analyse(text: "Rustige dienst gehad.")
        XCTAssertEqual(short.mode, .teKort)
        XCTAssertEqual(short.confidence.mode, 1)
        XCTAssertEqual(short.confidence.depth, 1)
    }

    /// Every quoted piece of evidence points at its own words: `"text" start–end` in Unicode scalars.
    func testEvidenceOffsetsPointAtTheQuotedWords() throws {
        let text = "Ik snap écht niet waarom het móét. " + vent
        let a = analyse(text)
        let reason = try XCTUnwrap(a.depth.reasons.first?.nl)
        let scalars = Array(text.unicodeScalars)
        var checked = 0
        for piece in reason.split(separator: ";") {
            let parts = piece.split(separator: "\"")
            guard parts.count >= 3 else { continue }
            let quoted = String(parts[1])
            let numbers = parts[2].split(separator: " ").first.map { $0.split(separator: "–") } ?? []
            guard numbers.count == 2, let start = Int(numbers[0]), let end = Int(numbers[1]) else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            XCTAssertEqual(String(view), quoted, reason)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0, reason)
    }

    /// The rules' own reading is a feature, not the verdict: where they differ, the reason names it.
    func testTheReasonNamesTheRulesReadingWhereItDiffers() throws {
        let rules = try analyzer.rulesOnly()
        XCTAssertTrue(rules.lexiconVersion.hasSuffix("+rules"))
        XCTAssertFalse(rules.hasModeModel)
        let notes = [vent, "Vanochtend Mevr. de Wit gedoucht. Ze had goed geslapen en at haar brood op. Om tien uur kwam haar dochter."]
        for text in notes {
            let model = analyse(text), alone = rules.analyse(text: text)
            let readModel = model.mode == .onzeker ? model.alternatives.first : model.mode
            let readRules = alone.mode == .onzeker ? alone.alternatives.first : alone.mode
            let reason = model.depth.reasons.first?.nl ?? ""
            XCTAssertEqual(reason.contains("de regels alleen: "), readModel != readRules, reason)
        }
    }

    func testBelowTheMarginTheVerdictIsOnzekerWithBothReadings() throws {
        var file = try XCTUnwrap(analyzer.lexicons.modeModel)
        file.margin = 0.99
        let unsure = try Analyzer(lexicons: analyzer.lexicons.replacingModeModel(file), tokenizer: analyzer.tokenizer)
        let a = unsure.analyse(text: vent)
        XCTAssertEqual(a.mode, .onzeker)
        XCTAssertEqual(a.alternatives.count, 2)
        XCTAssertNotEqual(a.alternatives[0], a.alternatives[1])
        XCTAssertTrue(a.depth.reasons.first?.nl.hasPrefix("onzeker: misschien ") == true)
        // Too short stays te kort: the model does not read what the word count rules out.
        XCTAssertEqual(unsure.analyse(text: "Rustige dienst gehad.").mode, .teKort)
    }

    func testAnUnknownFeatureInTheFileIsRefusedByName() {
        var file = ModeModelFile(modes: ["reflecteren", "piekeren"], margin: 0.1, bias: [0, 0], features: [])
        file.features = [.init(name: "cat_aanname", mean: 0, scale: 1, weights: [1, -1]), .init(name: "lengte", mean: 0, scale: 1, weights: [0, 0])]
        XCTAssertThrowsError(try Analyzer(lexicons: analyzer.lexicons.replacingModeModel(file), tokenizer: analyzer.tokenizer)) { error in
            XCTAssertTrue("\(error)".contains("'lengte'"), "\(error)")
            XCTAssertFalse("\(error)".contains("'cat_aanname'"), "\(error)")
        }
    }

    /// Training twice on the same notes gives the same file, and the fit reads its own examples.
    func testTrainingIsDeterministicAndLearnsItsExamples() throws {
        let texts: [(String, Mode)] = [
            ("Vanmiddag met Ruud boodschappen gedaan bij de supermarkt op de hoek. Hij pakte zelf de melk en het brood, ik hield het lijstje bij. Bij de kassa betaalde hij met zijn pasje en daarna liepen we terug.", .beschrijvend),
            ("Vanochtend Mevr. de Wit gedoucht en aangekleed. Ze had goed geslapen en at daarna haar brood op in de huiskamer. Om tien uur kwam haar dochter op bezoek en ze zijn samen naar de tuin gegaan.", .beschrijvend),
            ("Ik snap er niks van, altijd weer hetzelfde gedoe. Niemand luistert naar mij en ik doe het toch nooit goed. Ik lig er 's nachts wakker van en blijf maar malen over wat ik had moeten zeggen.", .piekeren),
            ("Weer een rotdienst. Ik voel me zo'n prutser, het lukt me gewoon nooit. Waarom overkomt mij dit altijd? Ik blijf erover malen en het wordt alleen maar erger, iedereen vindt mij vast een slechte collega.", .piekeren),
            ("Achteraf zie ik dat ik te snel wilde. Misschien voelde Ruud zich overvallen omdat hij de stappen niet kende. Wat betekent dat voor mijn aanpak? Volgende keer spreek ik vooraf met hem door wat we gaan doen.", .reflecteren),
            ("Ik vroeg me af waarom mevrouw boos werd. Vanuit haar gezien kwam er ineens een vreemde binnen. Het ging dus niet om het wassen maar om de controle. Morgen laat ik haar zelf kiezen wanneer we beginnen.", .reflecteren),
        ]
        let examples = texts.enumerated().map { i, t in
            ModeTraining.Example(note: GoldNote(note: Note(id: "n\(i)", text: t.0), split: nil,
                                                gold: GoldLabels(mode: t.1, depth: 1, phases: [], why: [])), weight: 1)
        }
        let rules = try analyzer.rulesOnly()
        var settings = ModeTraining.Settings()
        settings.steps = 400
        let first = ModeTraining.fit(examples, analyzer: rules, settings: settings)
        let second = ModeTraining.fit(examples, analyzer: rules, settings: settings)
        XCTAssertEqual(first.model.text(header: []), second.model.text(header: []))
        XCTAssertEqual(first.used, 6)
        let trained = try Analyzer(lexicons: rules.lexicons.replacingModeModel(first.model), tokenizer: rules.tokenizer)
        let right = texts.filter { text, gold in
            let a = trained.analyse(text: text)
            return (a.mode == .onzeker ? a.alternatives.first : a.mode) == gold
        }
        XCTAssertEqual(right.count, texts.count)

        // Calibration: every held-out note is counted once, in one band of its reader, the same way twice.
        let table = ModeTraining.featureTable(examples, analyzer: rules)
        let bands = try ModeTraining.calibration(table, of: examples, heldOut: Set(0..<6), analyzer: rules, settings: settings, folds: 3)
        XCTAssertEqual(bands, try ModeTraining.calibration(table, of: examples, heldOut: Set(0..<6), analyzer: rules, settings: settings, folds: 3))
        XCTAssertEqual(bands.filter { $0.reader != "depth" }.map(\.count).reduce(0, +), 6)
        XCTAssertEqual(bands.filter { $0.reader == "depth" }.map(\.count).reduce(0, +), 6)
        XCTAssertTrue(Set(bands.map(\.reader)).isSuperset(of: ["model", "depth"]))
        for reader in ["model", "rules", "depth"] {
            let own = bands.filter { $0.reader == reader }
            guard !own.isEmpty else { continue }
            XCTAssertTrue(own.allSatisfy { $0.count > 0 })
            XCTAssertEqual(own.first?.from, 0)
            XCTAssertEqual(own.last?.to, 1)
            XCTAssertTrue(zip(own, own.dropFirst()).allSatisfy { $0.to == $1.from })
        }
        // A band of fewer than ten joins the one below it; the lowest joins the one above.
        func band(_ from: Double, _ to: Double, _ right: Int, _ count: Int) -> ModeModelFile.CalibrationBand {
            .init(reader: "model", from: from, to: to, right: right, count: count)
        }
        XCTAssertEqual(ModeTraining.joiningSmall([band(0, 0.5, 27, 80), band(0.5, 0.7, 21, 50), band(0.7, 0.9, 16, 17), band(0.9, 1, 2, 2)], minimumCount: 10),
                       [band(0, 0.5, 27, 80), band(0.5, 0.7, 21, 50), band(0.7, 1, 18, 19)])
        XCTAssertEqual(ModeTraining.joiningSmall([band(0, 0.5, 0, 0), band(0.5, 0.7, 0, 2), band(0.7, 0.9, 2, 5), band(0.9, 1, 24, 32)], minimumCount: 10),
                       [band(0, 1, 26, 39)])
        // Only the held-out examples are counted.
        let some = try ModeTraining.calibration(table, of: examples, heldOut: [0, 2, 4], analyzer: rules, settings: settings, folds: 3)
        XCTAssertEqual(some.filter { $0.reader == "depth" }.map(\.count).reduce(0, +), 3)
    }

    /// The rules' sure `beschrijvend` stands unless another mode is likelier by the description
    /// margin: with a margin near 1 every such note stays descriptive, and says why.
    func testTheRulesSureDescriptionStandsWithinTheDescriptionMargin() throws {
        let notes = [
            "In ons land wonen we steeds langer thuis. Bijna geen enkele gemeente heeft genoeg plekken in verpleeghuizen, en de wachtlijsten worden elk jaar langer. Dat meldt de branchevereniging in haar jaarverslag dat deze week verscheen. Volgens het verslag wachten ruim twintigduizend mensen op een plek.",
            "Vanmorgen zijn we met de bewoners naar de markt geweest. Het regende weer, maar niemand klaagde. Meneer Jansen kocht zoals altijd een zak drop en mevrouw Pietersen wilde per se bloemen. Om twaalf uur waren we terug en hebben we samen soep gegeten.",
            vent,
        ]
        func analyser(margin: Double) throws -> Analyzer {
            var file = try XCTUnwrap(analyzer.lexicons.modeModel)
            file.descriptionMargin = margin
            return try Analyzer(lexicons: analyzer.lexicons.replacingModeModel(file), tokenizer: analyzer.tokenizer)
        }
        let rules = try analyzer.rulesOnly(), none = try analyser(margin: 0), wide = try analyser(margin: 0.99)
        var overruled = 0
        for text in notes {
            let byRules = rules.analyse(text: text), free = none.analyse(text: text), kept = wide.analyse(text: text)
            guard byRules.mode == .beschrijvend else {
                XCTAssertEqual(kept.mode, free.mode, "the margin only guards the rules' sure description")
                continue
            }
            XCTAssertEqual(kept.mode, .beschrijvend)
            if free.mode != .beschrijvend {
                overruled += 1
                XCTAssertTrue(kept.depth.reasons.first?.nl.contains("zoals de regels het zeker lezen") == true, "\(kept.depth.reasons.map(\.nl))")
            }
        }
        // The first note is a report the model alone reads as something else: the margin is what keeps it.
        XCTAssertGreaterThan(overruled, 0)
    }
}
