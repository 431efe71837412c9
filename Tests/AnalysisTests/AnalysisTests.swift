import XCTest
import DiepgangCore
import DiepgangNotes
@testable import DiepgangAnalysis

/// The analysis on Dutch sentences and notes written for these tests.
final class AnalysisTests: XCTestCase {
    let analyzer = Analyzer.standard()

    func analyse(_ text: String) -> Analysis { analyzer.analyse(text: text) }

    func markers(_ a: Analysis, _ category: String) -> [Marker] { a.markers.filter { $0.category == category } }

    // MARK: marker families

    func testDimensionMarkersOnBothPoles() {
        let brooding = analyse("Ik heb het weer helemaal verpest. Had ik maar mijn mond gehouden, ik ben zo stom. Het komt gewoon door hem, het loopt hier altijd mis.")
        XCTAssertTrue(brooding.markers.contains { $0.category == "spijt" && $0.text == "Had ik maar" })
        XCTAssertTrue(brooding.markers.contains { $0.dimension == .focus && $0.pole == .piekeren && $0.text == "verpest" })
        XCTAssertTrue(brooding.markers.contains { $0.category == "zelfverwijt" && $0.text.contains("stom") })
        XCTAssertTrue(brooding.markers.contains { $0.dimension == .oorzaken && $0.pole == .piekeren })
        XCTAssertTrue(brooding.markers.contains { $0.category == "absoluut" && $0.text == "altijd" })
        XCTAssertEqual(brooding.markerCount(.reflecteren), 0)

        let reflecting = analyse("Op dat moment begreep ik dat hij bang was. Voor hem betekende de verhuizing dat alles onzeker werd, en daarnaast speelde de drukte op de groep mee. Volgende keer vraag ik eerst wat hij nodig heeft.")
        for d in Dimension.allCases where d != .perspectief {
            XCTAssertTrue(reflecting.markers.contains { $0.dimension == d && $0.pole == .reflecteren }, "\(d) reflecteren")
        }
        XCTAssertTrue(reflecting.markers.contains { $0.category == "perspectiefname" })
        XCTAssertEqual(reflecting.markerCount(.piekeren), 0)
    }

    func testRuminationFamilies() {
        let a = analyse("Ik blijf erover malen. Het spookt de hele nacht door mijn hoofd en ik lig er wakker van. Iedereen kan het, behalve ik. Ik ben er klaar mee.")
        XCTAssertFalse(markers(a, "malen").isEmpty)
        XCTAssertFalse(markers(a, "vergelijking").isEmpty)
        XCTAssertFalse(markers(a, "spuien").isEmpty)
        XCTAssertTrue(a.markers.allSatisfy { $0.pole != .reflecteren })
    }

    func testRepeatedWordsAreRepetition() {
        let a = analyse("Ik ben moe, moe, moe van dit alles.")
        XCTAssertTrue(a.markers.contains { $0.category == "herhaling" && $0.text == "moe, moe" })
    }

    func testPurposeHedgesAndObservation() {
        let a = analyse("Ik zag dat ze haar jas pakte. Misschien wilde ze gewoon naar huis, want voor haar is eigen regie belangrijk.")
        XCTAssertFalse(markers(a, "waarneming").isEmpty)
        XCTAssertFalse(markers(a, "voorbehoud").isEmpty)
        XCTAssertFalse(markers(a, "doel").isEmpty)
    }

    // MARK: negation, quotes, hypotheticals

    func testNegationFlipsAJudgement() {
        let judging = analyse("Ik vind het stom van hem.")
        XCTAssertEqual(judging.markers.first { $0.dimension == .houding }?.pole, .piekeren)
        let understanding = analyse("Ik vind het niet stom van hem.")
        let m = understanding.markers.first { $0.dimension == .houding }
        XCTAssertEqual(m?.pole, .reflecteren)
        XCTAssertEqual(m?.negated, true)
    }

    func testNegationCancelsRegretAndUnderstanding() {
        XCTAssertTrue(markers(analyse("Ik heb er spijt van."), "spijt").count == 1)
        XCTAssertTrue(markers(analyse("Ik heb er geen spijt van."), "spijt").isEmpty)
        XCTAssertTrue(analyse("Ik begrijp hem nu.").markers.contains { $0.dimension == .houding && $0.pole == .reflecteren })
        XCTAssertFalse(analyse("Ik begrijp hem niet.").markers.contains { $0.dimension == .houding && $0.pole == .reflecteren })
    }

    func testANegatorFurtherOnBelongsToTheNextVerb() {
        let far = analyse("Ik schaam me tegenover de collega's en durf morgen bijna niet te gaan.")
        XCTAssertTrue(far.markers.contains { $0.text == "Ik schaam me" && $0.pole == .piekeren })
        let near = analyse("Ik schaam me niet voor wat ik zei.")
        XCTAssertFalse(near.markers.contains { $0.text == "Ik schaam me" })
    }

    func testDoubleNegation() {
        let a = analyse("Het is niet zo dat ik het niet snap.")
        XCTAssertTrue(a.markers.contains { $0.dimension == .houding && $0.pole == .reflecteren })
    }

    func testQuotedWordsAreNotTheWritersBrooding() {
        let quoted = analyse("\"Jullie zijn allemaal stom en waardeloos!\" riep Daan, en hij sloeg de deur dicht.")
        XCTAssertEqual(quoted.markerCount(.piekeren), 0)
        let own = analyse("Jullie zijn allemaal stom en waardeloos, dacht ik toen hij de deur dichtsloeg.")
        XCTAssertGreaterThan(own.markerCount(.piekeren), 0)
    }

    func testQuotedWhyQuestionIsTheClients() {
        let a = analyse("„Waarom mag ik niet naar huis?” vroeg mevrouw steeds opnieuw.")
        XCTAssertTrue(a.whyQuestions.isEmpty)
    }

    func testHypotheticalJudgementCountsLess() {
        let plain = analyse("Ik vind dat hij stom reageert.")
        let supposed = analyse("Stel dat ik zou zeggen dat hij stom reageert.")
        let w1 = plain.weights.piekeren, w2 = supposed.weights.piekeren
        XCTAssertGreaterThan(w1, 0)
        XCTAssertLessThan(w2, w1)
    }

    // MARK: why-questions

    func testDirectAndIndirectWhyQuestions() {
        let a = analyse("Waarom reageerde hij zo heftig op het nieuwe rooster? Ik vraag me af waarom hij juist op maandag zo onrustig is.")
        XCTAssertEqual(a.whyQuestions.count, 2)
        XCTAssertFalse(a.whyQuestions[0].indirect)
        XCTAssertTrue(a.whyQuestions[1].indirect)
        XCTAssertTrue(a.whyQuestions.allSatisfy { $0.kind == .onderzoekend })
    }

    func testOtherIndirectForms() {
        for text in ["Om te begrijpen waarom ze weigert, ga ik eerst met haar dochter praten.",
                     "De vraag is waarom het juist na het bezoek misgaat.",
                     "Ik wil uitzoeken waardoor hij 's nachts wakker wordt."] {
            XCTAssertEqual(analyse(text).whyQuestions.count, 1, text)
        }
    }

    func testStatementsAreNotWhyQuestions() {
        let a = analyse("Ik weet niet waarom hij boos werd. De reden waarom ik belde was de verjaardag. Daarom ging ik naar huis.")
        XCTAssertTrue(a.whyQuestions.isEmpty)
        XCTAssertTrue(a.markers.contains { $0.category == "waarom" && $0.label == "uitspraak" })
        // A question that is not a why-question.
        XCTAssertTrue(analyse("Wat had ik anders kunnen doen?").whyQuestions.isEmpty)
    }

    func testBroodingVersusInquiringWhy() {
        XCTAssertEqual(analyse("Waarom overkomt mij dit altijd?").whyQuestions.first?.kind, .piekerend)
        XCTAssertEqual(analyse("Waarom kan ik dit niet gewoon?").whyQuestions.first?.kind, .piekerend)
        XCTAssertEqual(analyse("Waarom heb ik problemen die anderen niet hebben?").whyQuestions.first?.kind, .piekerend)
        XCTAssertEqual(analyse("Waarom doen we dit eigenlijk zo?").whyQuestions.first?.kind, .onderzoekend)
        XCTAssertEqual(analyse("Waarom werd ze juist bij het afscheid zo stil?").whyQuestions.first?.kind, .onderzoekend)
    }

    func testPurposeLinkedWhy() {
        XCTAssertEqual(analyse("Waarom houden we aan die regel vast, als het voor de cliënt niets oplevert?").whyQuestions.first?.purposeLinked, true)
        XCTAssertEqual(analyse("Waarom was de bus te laat?").whyQuestions.first?.purposeLinked, false)
    }

    // MARK: phases

    func testSingleSentencePerPhase() {
        let cases: [(String, SpiralPhase)] = [
            ("Ik wilde vandaag vooral rustig blijven als hij begon te schreeuwen.", .handelen),
            ("Gisteravond gooide Sem zijn bord op de grond en ik stuurde hem naar zijn kamer.", .terugblikken),
            ("Ik besef nu dat het eigenlijk om zijn angst voor het afscheid ging.", .bewustwording),
            ("Een andere mogelijkheid is dat ik hem eerst laat uitrazen en pas daarna iets zeg.", .alternatieven),
            ("Zoals ik me vorige week had voorgenomen heb ik deze keer eerst gevraagd wat er was.", .uitproberen),
        ]
        for (text, phase) in cases {
            let a = analyse(text)
            XCTAssertTrue(a.phases.present.contains(phase), "\(phase) in: \(text) — found \(a.phases.present)")
        }
    }

    /// Trials told without a trial word: a comparison with a named earlier moment, a practice
    /// kept up since a month, an agreement with its date in between.
    func testTrialsWithoutTrialWords() {
        let cases = [
            "Sinds maart fiets ik na elk telefoontje met zijn vader een rondje met hem.",
            "Maar vandaag ging het anders dan in januari: hij bleef gewoon aan tafel zitten.",
            "Zoals ik in augustus met Ineke had afgesproken heb ik haar zelf laten kiezen.",
            "Dat is voor mij een groot verschil met mei vorig jaar.",
            "Deze keer liet ik hem eerst uitpraten en dat werkte.",
        ]
        for text in cases {
            XCTAssertTrue(analyse(text).phases.present.contains(.uitproberen), "uitproberen in: \(text)")
        }
        // A month alone, with nothing tried, is no trial.
        XCTAssertFalse(analyse("Sinds maart is mevrouw vaker moe en eet ze minder.").phases.present.contains(.uitproberen))
        // "Deze keer" in a plan is an intention ahead, not a trial.
        XCTAssertFalse(analyse("Deze keer wil ik eerst vragen wat er gebeurd is.").phases.present.contains(.uitproberen))
    }

    /// One brooding sentence in a long reflecting note is not enough for gemengd: the weaker
    /// pole must be clearly present relative to the note's length.
    func testAFewBroodingWordsInALongReflectionStayReflecting() {
        let text = """
        Vanochtend wilde Sanne niet uit bed komen voor school. Ik had me voorgenomen om eerst te vragen hoe ze had \
        geslapen, in plaats van meteen het rooster te noemen. Ze vertelde dat ze wakker had gelegen van de ruzie met \
        haar vriendin. Op dat moment begreep ik dat haar weigering niet over school ging, maar over wat ze daar moest \
        tegenkomen. Ik baalde even van mezelf dat ik dat vorige week niet zag, ik voelde me een slechte begeleider. \
        Met haar mentor kijken we volgende week of ze een rustig plekje kan krijgen in de pauze, zodat ze niet alleen \
        hoeft te staan. Haar moeder vertelde aan de telefoon dat Sanne thuis ook stiller is sinds de verhuizing van \
        haar oma, die altijd om de hoek woonde. Ze heeft ontbeten en is met de bus van half negen naar school gegaan, \
        met haar jas en tas die ze gisteren had klaargelegd op de stoel bij de deur van haar kamer. Morgen loop ik met \
        haar mee naar het busstation en vraag ik wat haar zou helpen. Onderweg naar de keuken zei ze nog dat haar \
        fiets een lekke band had en dat ze die zaterdag met haar vader wil plakken in de schuur achter het huis. Over \
        twee weken kijken we samen met de mentor terug op hoe de pauzes gaan.
        """
        let a = analyse(text)
        XCTAssertGreaterThan(a.weights.piekeren, 0, "the brooding sentence is still seen")
        XCTAssertEqual(a.mode, .reflecteren)
        // The same brooding in a short note is clearly present: gemengd.
        let short = analyse("""
        Ik baalde van mezelf dat ik het niet zag, ik voelde me echt een slechte begeleider en dat blijft maar malen. \
        Toch begreep ik op dat moment dat haar weigering niet over school ging, maar over de ruzie met haar \
        vriendin. Volgende week vraag ik haar mentor of ze in de pauze een rustig plekje kan krijgen.
        """)
        XCTAssertEqual(short.mode, .gemengd)
    }

    /// Words are counted on every kind of whitespace (tab, CR LF, vertical tab, form feed, runs of
    /// spaces), also where a word or a gap straddles the 16-byte blocks the count reads at a time.
    func testWordCountOnEveryWhitespaceAndBlockBoundary() {
        let words = ["Vandaag", "ging", "het", "weer", "mis", "bij", "meneer", "Bakker,", "die", "zijn", "brood", "niet", "wilde", "eten."]
        let gaps = [" ", "\t", "\r\n", "  ", "\u{0B}", "\u{0C}", "\n\n", " \t "]
        for shift in 0..<17 {
            var text = String(repeating: " ", count: shift)
            for (k, w) in words.enumerated() { text += w + gaps[k % gaps.count] }
            XCTAssertEqual(analyse(text).words, words.count, "shift \(shift)")
        }
        XCTAssertEqual(analyse(" \t\r\n  \u{0B}\u{0C}                    ").words, 0)
        XCTAssertEqual(analyse(String(repeating: "a", count: 40)).words, 1)
        XCTAssertEqual(analyse("ik" + String(repeating: " ", count: 30) + "ook").words, 2)
    }

    /// A run-on text of one repeated word (no full stop) is analysed in full: every repetition
    /// is reported (the overlap check once restarted for every cue, which made this quadratic).
    func testLongRunOnTextIsAnalysedInFull() {
        let a = analyse(String(repeating: "mevrouw ", count: 3000))
        XCTAssertEqual(a.words, 3000)
        XCTAssertEqual(markers(a, "herhaling").count, 2999)
    }

    func testRegretIsNoAlternative() {
        let a = analyse("Had ik maar eerder ingegrepen.")
        XCTAssertFalse(a.phases.present.contains(.alternatieven))
        let b = analyse("Ik had ook eerder kunnen ingrijpen, of hem apart kunnen nemen.")
        XCTAssertTrue(b.phases.present.contains(.alternatieven))
    }

    func testMissingPhasesComeWithTheirQuestion() {
        let a = analyse("Vanmiddag liep Noor boos weg uit de groep. Ik ben haar achterna gegaan en we hebben in de tuin gezeten tot ze rustig was.")
        XCTAssertTrue(a.phases.present.contains(.terugblikken))
        XCTAssertTrue(a.phases.missing.contains(.handelen))
        XCTAssertEqual(a.phases.suggestions.first { $0.phase == .handelen }?.question.nl, "Wat wilde je bereiken?")
        XCTAssertEqual(a.phases.suggestions.count, a.phases.missing.count)
    }

    // MARK: mode and depth

    func testShortNoteIsTooShort() {
        let a = analyse("Rustige dienst, Kees heeft goed gegeten en is vroeg gaan slapen.")
        XCTAssertLessThan(a.words, 25)
        XCTAssertEqual(a.mode, .teKort)
        XCTAssertEqual(a.depth.level, 0)
    }

    func testBroodingCapsDepth() {
        let a = analyse("""
        Vandaag ging het weer helemaal mis met Bas. Ik heb het verpest, zoals altijd. Had ik maar niet zo fel gereageerd. \
        Ik ben gewoon geen goede begeleider, iedereen in het team kan het beter dan ik. Het spookt de hele avond door mijn hoofd \
        en ik weet nu al dat ik er vannacht wakker van lig. Ik besef dat ik dit werk misschien niet kan.
        """)
        XCTAssertEqual(a.mode, .piekeren)
        XCTAssertLessThanOrEqual(a.depth.level, 1)
        XCTAssertFalse(a.depth.reasons.isEmpty)
    }

    func testReflectiveNoteGoesDeeper() {
        let a = analyse("""
        Mijn doel was om mevrouw Jansen zelf te laten kiezen wanneer ze wilde douchen. Toen ik om half acht binnenkwam, \
        draaide ze zich om en zei ze dat ze moe was. Ik besef nu dat het vroege tijdstip vooral in ons rooster past en niet bij haar. \
        Voor haar betekent douchen op een vast uur dat ze zelf niets meer te kiezen heeft. Waarom doen we dit eigenlijk zo, \
        als het voor de cliënt zo weinig oplevert? Een andere mogelijkheid is douchen in de avond, het nadeel is dat de late dienst \
        het dan drukker krijgt. Volgende week stel ik in het teamoverleg voor om het twee weken te proberen.
        """)
        XCTAssertEqual(a.mode, .reflecteren)
        XCTAssertGreaterThanOrEqual(a.depth.level, 3)
        XCTAssertEqual(a.whyQuestions.first?.kind, .onderzoekend)
        XCTAssertEqual(a.whyQuestions.first?.purposeLinked, true)
    }

    func testDescriptiveHandover() {
        let a = analyse("""
        Late dienst. Om zes uur hebben we gegeten, Fatima had zelf de tafel gedekt. Daarna is Tim gaan douchen en heeft \
        Lotte met haar moeder gebeld. Om negen uur lag iedereen op bed. Medicatie is uitgedeeld volgens de lijst.
        """)
        XCTAssertEqual(a.mode, .beschrijvend)
        XCTAssertEqual(a.depth.level, 1)
    }

    func testAbsoluteWordInAnExplanationIsNotSweeping() {
        // Hedged or explained, "nooit" is part of the reasoning; said flatly it is sweeping.
        let hedged = analyse("Ik denk dat het nooit om het douchen ging, maar om wie bepaalt wanneer het gebeurt.")
        XCTAssertFalse(hedged.markers.contains { $0.category == "absoluut" }, "\(hedged.markers)")
        let explained = analyse("Daarom werkte overreden bij haar ook nooit.")
        XCTAssertFalse(explained.markers.contains { $0.category == "absoluut" })
        let flat = analyse("Bij haar werkt overreden ook nooit.")
        XCTAssertTrue(flat.markers.contains { $0.category == "absoluut" && $0.text == "nooit" })
    }

    func testNotOutOfMyHeadIsBrooding() {
        // The negation belongs to the rumination ("krijg het niet uit mijn hoofd") and keeps it.
        let a = analyse("Ik krijg die blik van hem niet meer uit mijn hoofd.")
        XCTAssertTrue(a.markers.contains { $0.category == "malen" && $0.pole == .piekeren && $0.text == "uit mijn hoofd" })
    }

    func testInsightWithoutJargon() {
        func phases(_ text: String) -> [SpiralPhase] {
            analyzer.analyse(text: text, options: AnalysisOptions(sentences: true)).sentences.first?.phases ?? []
        }
        // Understanding with its reason, a conclusion, and what it means for the other: phase 3.
        XCTAssertTrue(phases("Tegelijk snap ik het ook wel: haar vader zou om zes uur bellen en dat was nog niet gebeurd.").contains(.bewustwording))
        XCTAssertTrue(phases("Het was dus niet de maaltijd waar hij tegen was.").contains(.bewustwording))
        XCTAssertTrue(phases("Donker en stil betekende voor hem dat hij naar zijn werk moest.").contains(.bewustwording))
        // Understanding alone, without a reason, is an attitude, not yet insight.
        XCTAssertFalse(phases("Ik snap het wel.").contains(.bewustwording))
        // A hedged explanation with its reason after a colon is insight; the hedge alone is not.
        XCTAssertTrue(phases("Ik denk dat het onderwerp te dichtbij kwam: hij is zelf twee keer opgenomen.").contains(.bewustwording))
        XCTAssertFalse(phases("Ik denk dat het onderwerp te dichtbij kwam.").contains(.bewustwording))
        XCTAssertTrue(phases("Dat zet alles in een ander licht.").contains(.bewustwording))
    }

    func testBroodingWithRealAnalysisIsMixed() {
        let a = analyse("""
        Vandaag weer een rotdienst. Meneer Visser wilde zijn steunkousen niet aan en ik voel me zo'n prutser, \
        dit lukt me gewoon nooit. Waarom krijg ik dit nooit voor elkaar? Op weg naar huis heb ik het nog eens \
        nagelopen. Sinds zijn verhuizing komt er elke ochtend een ander gezicht binnen. Het ging dus niet om de \
        kousen, het ging om een vreemde die aan zijn benen zit. Dat betekent voor hem dat hij niets meer zelf \
        bepaalt. Morgen vraag ik de planning om een vaste ochtendploeg.
        """)
        // Both sides lie near their thresholds: the verdict may hold back, but its best reading is gemengd.
        XCTAssertEqual(a.mode == .onzeker ? a.alternatives.first : a.mode, .gemengd)
        XCTAssertTrue(a.phases.present.contains(.bewustwording))
        // The reasons quote the heaviest brooding words, not merely the first ("weer").
        XCTAssertTrue(a.depth.reasons.contains { $0(.nl) == "houding: \"ik voel me zo'n prutser\"" }, "\(a.depth.reasons.map { $0(.nl) })")
        XCTAssertGreaterThanOrEqual(a.depth.level, 2)
    }

    func testAnAccountAfterAnEarlierIntentionIsATrial() {
        // An intention made earlier, then what happened: the report on that intention (phase 5).
        let trial = analyse("Ik had me voorgenomen om bij mevrouw Dekker eerst te vragen wat zij zelf wilde dragen. Vanochtend stond ik naast haar kast en zij wees zelf een blauwe trui aan.")
        XCTAssertEqual(trial.phases.present, [.handelen, .terugblikken, .uitproberen])
        // Today's goal, then what happened: the goal and the account, no trial of an earlier plan.
        let goal = analyse("Mijn doel vanochtend was dat mevrouw Dekker zelf haar kleren koos. Vanochtend stond ik naast haar kast en zij wees zelf een blauwe trui aan.")
        XCTAssertEqual(goal.phases.present, [.handelen, .terugblikken])
    }

    func testExplainingAnothersBehaviourByTheirFeelingIsPerspectiveTaking() {
        let a = analyse("Hij reageerde zo fel omdat hij zich niet gehoord voelde.")
        XCTAssertTrue(a.markers.contains { $0.category == "perspectiefname" && $0.pole == .reflecteren })
        // Without the reason it is an account of what he felt, not yet a look through his eyes.
        let b = analyse("Hij reageerde fel en liep weg.")
        XCTAssertFalse(b.markers.contains { $0.category == "perspectiefname" })
    }

    func testATentativeExplanationLooksForCauses() {
        let a = analyse("Misschien reageerde hij zo omdat de dag anders liep dan gepland.")
        XCTAssertTrue(a.markers.contains { $0.dimension == .oorzaken && $0.pole == .reflecteren })
        // "Niet onwil" turns the one-cause verdict round.
        let b = analyse("Het was niet onwil, hij begreep de vraag niet.")
        XCTAssertTrue(b.markers.contains { $0.text == "onwil" && $0.pole == .reflecteren && $0.negated })
        let c = analyse("Het is gewoon onwil van hem.")
        XCTAssertTrue(c.markers.contains { $0.text == "onwil" && $0.pole == .piekeren })
    }

    func testWatchingOneselfIsNotIkIkIk() {
        let a = analyse("Het valt me op dat ik vooral praat als ik onzeker ben.")
        XCTAssertTrue(a.phases.present.contains(.bewustwording))
        XCTAssertFalse(a.markers.contains { $0.pole == .piekeren })
        let b = analyse("Ik voel me zo stom en ik weet niet wat ik moet doen.")
        XCTAssertTrue(b.markers.contains { $0.category == "perspectief" && $0.pole == .piekeren })
    }

    func testTextReportMarksAWeakPhaseCue() {
        // "beter" alone hints at a trial but does not make phase 5: the coach sees it marked weak.
        let a = analyzer.analyse(text: "Gerrit erg verdrietig na bezoek van zijn zus, veel gehuild. Samen koffie gedronken in de tuin, daarna ging het wat beter.",
                                 options: AnalysisOptions(sentences: true))
        XCTAssertFalse(a.phases.present.contains(.uitproberen))
        let text = a.renderText(language: .nl)
        XCTAssertTrue(text.contains("fase 5 (zwak, fase niet aanwezig): beter"), text)
        XCTAssertTrue(a.renderText(language: .en).contains("phase 5 (weak, phase not present): beter"))
        // Dutch text writes a decimal comma in the balances, English a point.
        let b = analyse("Ik vond het stom van hem en hij deed altijd dom, maar ik begrijp nu ook waarom hij zo reageerde. Hij was bang voor de verandering. Het gaat altijd mis bij mij.")
        XCTAssertEqual(b.dimensions.first { $0.name == .houding }.map { Int(($0.balance * 100).rounded()) }, -33)
        XCTAssertTrue(b.renderText(language: .nl).contains("houding      2 / 1   balans -0,33"))
        XCTAssertTrue(b.renderText(language: .en).contains("attitude     2 / 1   balance -0.33"))
    }

    func testReasonsInEnglish() {
        let a = analyse("Rustig.")
        let w = ByteWriter()
        a.writeJSON(into: w, language: .en)
        let text = String(decoding: w.bytes, as: UTF8.self)
        XCTAssertTrue(text.contains("too short to judge"))
    }

    // MARK: offsets and output

    func testOffsetsSliceBackToTheMarkerText() {
        let text = "Cliënt Zoë zei: “Dat is stom!” Ik vond het niet stom van haar 😊, maar ik had het anders moeten aanpakken. Waarom reageerde ik zo snel?"
        let a = analyzer.analyse(text: text, options: AnalysisOptions(sentences: true))
        let scalars = Array(text.unicodeScalars)
        XCTAssertFalse(a.markers.isEmpty)
        for m in a.markers {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[m.start..<m.end])), m.text)
        }
        for s in a.sentences {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[s.start..<s.end])), s.text)
        }
        for q in a.whyQuestions {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[q.start..<q.end])), q.text)
        }
        XCTAssertEqual(a.whyQuestions.first?.text, "Waarom reageerde ik zo snel?")
    }

    func testJSONIsDeterministicAndCarriesTheContract() throws {
        let note = Note(id: "n1", team: "De Linde", author: "Esra", date: "2025-03-04",
                        text: "Ik wilde dat hij zelf koos. Het lukte niet. Waarom eigenlijk?",
                        extra: [ExtraField(name: "dienst", json: Array("\"laat\"".utf8))])
        let a = ByteWriter(), b = ByteWriter()
        analyzer.analyse(note).writeJSON(into: a)
        analyzer.analyse(note).writeJSON(into: b)
        XCTAssertEqual(a.bytes, b.bytes)
        let object = try JSONSerialization.jsonObject(with: Data(a.bytes)) as! [String: Any]
        for key in ["id", "team", "author", "date", "words", "mode", "depth", "dimensions", "phases", "why_questions",
                    "markers", "rates", "tool_version", "lexicon_version", "dienst"] {
            XCTAssertNotNil(object[key], key)
        }
        let depth = object["depth"] as! [String: Any]
        XCTAssertNotNil(depth["level"]); XCTAssertNotNil(depth["label"]); XCTAssertNotNil(depth["reasons"])
        let dims = object["dimensions"] as! [[String: Any]]
        XCTAssertEqual(dims.map { $0["name"] as! String }, ["perspectief", "focus", "houding", "benadering", "oorzaken"])
        XCTAssertEqual(object["lexicon_version"] as? String, analyzer.lexiconVersion)
    }

    func testCSVRowMatchesHeader() {
        var bytes: [UInt8] = []
        Analysis.writeCSVHeader(into: &bytes)
        analyse("Ik wilde, eerlijk gezegd, vooral \"rust\" brengen; dat lukte.").writeCSVRow(into: &bytes)
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertEqual(lines[0].split(separator: ",").count, Analysis.csvColumns.count)
    }

    func testAnalyserIsSafeToShareAcrossThreads() {
        let texts = (0..<64).map { "Notitie \($0): ik wilde hem helpen, maar had ik maar eerder gebeld. Waarom doen we dit zo?" }
        var serial: [[UInt8]] = []
        for t in texts {
            let w = ByteWriter()
            analyzer.analyse(text: t).writeJSON(into: w)
            serial.append(w.bytes)
        }
        let shared = analyzer
        let results = Collected(count: texts.count)
        DispatchQueue.concurrentPerform(iterations: texts.count) { i in
            let w = ByteWriter()
            shared.analyse(text: texts[i]).writeJSON(into: w)
            results.set(i, w.bytes)
        }
        XCTAssertEqual(results.items, serial)
    }
}

/// Results written by many threads, one slot each.
final class Collected: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var items: [[UInt8]]

    init(count: Int) { items = Array(repeating: [], count: count) }

    func set(_ i: Int, _ bytes: [UInt8]) {
        lock.lock()
        items[i] = bytes
        lock.unlock()
    }
}
