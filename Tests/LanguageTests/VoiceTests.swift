import XCTest
@testable import DiepgangLanguage

/// The voice of the first token written `word`.
func voice(of word: String, in text: String) -> Voice? {
    let (_, a, words) = annotate(text)
    guard let t = words.firstIndex(of: word) else { return nil }
    return a.voice[t]
}

final class VoiceTests: XCTestCase {
    func testEveryQuotationStyle() {
        for text in [",,Ik wil naar huis,'' zei mevrouw De Wit.", "“Ik wil naar huis,” zei mevrouw De Wit.",
                     "„Ik wil naar huis”, zei mevrouw De Wit.", "'Ik wil naar huis', zei mevrouw De Wit.",
                     "\"Ik wil naar huis\", zei mevrouw De Wit.", "«Ik wil naar huis», zei mevrouw De Wit.",
                     "‘Ik wil naar huis’, zei mevrouw De Wit."] {
            XCTAssertEqual(voice(of: "huis", in: text), .quoted, text)
            XCTAssertEqual(voice(of: "zei", in: text), .own, text)
        }
    }

    func testSpeakerOfAQuote() {
        let text = ",,Ik wil naar huis,'' zei mevrouw De Wit."
        XCTAssertEqual(clause(of: "wil", in: text)?.speaker, .ander)
        XCTAssertEqual(clause(of: "wil", in: text)?.voice, .quoted)
    }

    func testQuoteThatOpensAParagraphAndDashLines() {
        let text = "„Ik hou het niet meer vol, ik stop ermee.\n\nDaarna ging ik naar huis."
        XCTAssertEqual(voice(of: "stop", in: text), .quoted)
        XCTAssertEqual(voice(of: "ging", in: text), .own)
        let dialogue = "– Waarom ben je zo laat, vroeg ze.\nIk zei niets terug."
        XCTAssertEqual(voice(of: "laat", in: dialogue), .quoted)
        XCTAssertEqual(voice(of: "niets", in: dialogue), .own)
    }

    func testReportedSpeech() {
        let said = "Ze zei dat ik voortaan eerder moest bellen."
        XCTAssertEqual(voice(of: "Ze", in: said), .own)
        XCTAssertEqual(voice(of: "voortaan", in: said), .reported)
        XCTAssertEqual(clause(of: "voortaan", in: said)?.speaker, .ander)
        let asked = "Hij vroeg waarom ik zo laat was."
        XCTAssertEqual(voice(of: "laat", in: asked), .reported)
        XCTAssertTrue(clause(of: "laat", in: asked)?.questionByOther ?? false)
        XCTAssertEqual(voice(of: "snel", in: "Mijn begeleider vond dat ik te snel ging."), .reported)
        XCTAssertEqual(voice(of: "anders", in: "Volgens haar moet ik het anders doen."), .reported)
        XCTAssertEqual(voice(of: "anders", in: "Ik moet het anders doen, zei ze."), .reported)
    }

    func testTheWritersOwnOpinionStaysOwn() {
        XCTAssertEqual(voice(of: "snel", in: "Ik vind dat ik te snel ging."), .own)
        XCTAssertEqual(voice(of: "anders", in: "Volgens mij moet ik het anders doen."), .own)
    }

    func testQuestionsPutByOthers() {
        let text = ",,Waarom doe je dat?'' vroeg Noor."
        XCTAssertTrue(clause(of: "doe", in: text)?.questionByOther ?? false)
        XCTAssertFalse(clause(of: "doe", in: ",,Waarom doe ik dat?'' vroeg ik me af.")?.questionByOther ?? true)
    }
}
