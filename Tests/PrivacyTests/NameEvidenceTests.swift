import XCTest
@testable import DiepgangPrivacy

/// The names the scanner finds in a text, in order.
private func names(_ text: String) -> [String] {
    sharedScanner.scan(text).filter { $0.kind == .naam }.map(\.text)
}

/// Every finding as "kind:text", in order.
private func found(_ text: String) -> [String] {
    sharedScanner.scan(text).map { "\($0.kind.rawValue):\($0.text)" }
}

/// Names found from their place in the sentence, not only from a list: names that are also words,
/// ordinary words written with a capital where a person goes, lower-case names, tussenvoegsels
/// with "'t", and places that are not people. Every sentence written for this test.
final class NameEvidenceTests: XCTestCase {
    func testNameThatIsAlsoAWordIsANameWithACapitalWhereAPersonGoes() {
        XCTAssertEqual(names("Vanmiddag heb ik met Linde haar weekrooster doorgenomen."), ["Linde"])
        XCTAssertEqual(names("Puck zat de hele ochtend aan tafel te kleuren."), ["Puck"], "a verb of a person after it")
        XCTAssertEqual(names("Onder de linde in de tuin stond een bankje waar hij graag zat."), [], "the tree, in lower case")
    }

    func testOrdinaryWordWithACapitalInMidSentenceNeedsAPersonSlot() {
        XCTAssertEqual(names("Na het eten heb ik Valk gevraagd wat hij van de dag vond."), ["Valk"])
        XCTAssertEqual(names("Het team werkt sinds maart met Veilig Thuis samen."), [], "two capitals: the name of a thing")
        XCTAssertEqual(names("'s Middags zat hij buiten met een kop koffie."), [], "the capital after 's starts the sentence")
        XCTAssertEqual(names("Ze keek naar de deur. - Hij zei daarna niets meer."), [], "a pronoun is never a person's name")
    }

    func testParticlesInsideANameAtTheStartOfASentence() {
        XCTAssertEqual(names("Bram ten Hove kwam na de lunch nog even langs."), ["Bram ten Hove"])
        XCTAssertEqual(names("Vanmorgen belde Joris in 't Zandt over de planning van de week."), ["Joris in 't Zandt"])
    }

    func testLowerCaseNames() {
        XCTAssertEqual(names("vanochtend nog fikret gesproken over zijn schulden"), ["fikret"], "a listed name needs no context")
        XCTAssertEqual(names("Ik heb het besproken met zijn zus roos."), ["roos"], "a name that is a word, after a relation word")
        XCTAssertEqual(names("Ze zegt dat ze in het weekend naar haar moeder mag, maar ze twijfelt."), [], "a verb after a relation word")
        XCTAssertEqual(names("De cliënt wil daar niet heen en slaapt liever in zijn auto."), [])
    }

    func testPlacesAreNotPeople() {
        XCTAssertEqual(names("Ze vindt Dalfsen eigenlijk te stil om te wonen."), [])
        XCTAssertEqual(names("Gisteren sprak ik Linde in Lokeren over haar nieuwe baan."), ["Linde"], "the place after 'in' is not part of the name")
        XCTAssertEqual(names("Met Jeroen van der Veen heb ik de overdracht gedaan."), ["Jeroen van der Veen"], "a place inside a surname stays in it")
    }
}

/// Names in lists, possessives and shorthand; fixed expressions that mean nobody.
final class NameShapeTests: XCTestCase {
    func testNamesInAListAndBeforeARelationWord() {
        XCTAssertEqual(names("Sem, Noor en Bram zaten na school samen aan tafel."), ["Sem", "Noor", "Bram"])
        XCTAssertEqual(names("Vanmiddag kwam Jorts vader hem ophalen van de groep."), ["Jorts"])
        XCTAssertEqual(names("Noors moeder belde om kwart over drie."), ["Noors"], "a name with a possessive s that is also a word")
        XCTAssertEqual(names("Ze spreekt Noors met haar moeder."), [], "the language")
    }

    func testShorthandAfterATitle() {
        XCTAssertEqual(names("21u: mw. kok onrustig, dhr. baldewsingh gebeld."), ["kok", "baldewsingh"])
        XCTAssertEqual(names("Mevrouw wil vandaag niet douchen en blijft in bed."), [], "a verb after a title is no name")
    }

    func testNamesThatWordListsAlsoHoldAreNamesAtTheStartOfASentence() {
        XCTAssertEqual(names("Kees had vannacht weer hoofdpijn en sliep slecht."), ["Kees"])
        XCTAssertEqual(names("pff, wessel en kees weer ruzie om de afstandsbediening"), ["wessel", "kees"])
        XCTAssertEqual(names("Ik kwam pas de dag erna terug op de afdeling."), [], "an adverb, not a name")
    }

    func testFixedExpressionsWithANameMeanNobody() {
        XCTAssertEqual(names("Hij is nogal een pietje precies als het om de planning gaat."), [])
        XCTAssertEqual(names("Op de open dag kwam jan en alleman binnenlopen."), [])
    }
}

/// Addresses with house-number suffixes and dates of birth written without a context word.
final class AddressSuffixAndBirthDateTests: XCTestCase {
    func testHouseNumberSuffixes() {
        XCTAssertEqual(found("Het nieuwe adres is Wilhelminaplein 2 hs, derde bel."), ["adres:Wilhelminaplein 2 hs"])
        XCTAssertEqual(found("Ze woont sinds kort in de Kerkstraat 12 bus 3 in Gent."), ["adres:Kerkstraat 12 bus 3"])
        XCTAssertEqual(found("Hij heeft een kamer aan de Brink 3 in Deventer."), ["adres:Brink 3"])
        XCTAssertEqual(found("De demonstratie was op Plein 1940 in de stad."), [], "a year after a bare street word is a name, not a house number")
    }

    func testDatesOfBirthWithoutAContextWord() {
        XCTAssertEqual(found("Ze is van 12 mei '85 en voelt zich al oud."), ["geboortedatum:12 mei '85"])
        XCTAssertEqual(found("Meneer (3-4-1941) woont nog zelfstandig."), ["geboortedatum:3-4-1941"])
        XCTAssertEqual(found("Hij is van 3 maart 2004 en zit in de vierde klas."), ["geboortedatum:3 maart 2004"])
        XCTAssertEqual(found("Sinds 1 januari 1999 woont hij in deze flat."), [], "an old date as an event")
    }
}

/// Capitalised words that are things, not people: after a determiner, inside an English title,
/// a season or feeling that opens a sentence, places; and the evidence that does make a person.
final class ThingOrPersonTests: XCTestCase {
    func testAfterADeterminerOnlyASurnameIsAPerson() {
        XCTAssertEqual(names("We haalden samen boodschappen bij de Kruidvat en daarna bij de Action."), [])
        XCTAssertEqual(names("Ik sprak vanmiddag met de Groot over de achterstand in de huur."), ["de Groot"])
        XCTAssertEqual(names("Het Centrum voor Jeugd en Gezin gaf haar een folder mee."), [])
    }

    func testEnglishTitlesAreNoPeople() {
        XCTAssertEqual(names("In dit gezin werken we sinds kort met Signs of Safety."), [])
        XCTAssertEqual(names("Ik twijfel of Sharon het gesprek goed begreep."), ["Sharon"], "the Dutch 'of'")
        XCTAssertEqual(names("Bel de dagbesteding en vraag naar Henk of Monique."), ["Henk", "Monique"], "'of' between two names")
    }

    func testAWordThatOpensASentenceNeedsMoreThanACopula() {
        XCTAssertEqual(names("Winter is voor hem altijd de zwaarste tijd van het jaar."), [])
        XCTAssertEqual(names("Amber had haar jas al aan toen ik binnenkwam."), ["Amber"], "a name that is a word, with a verb of a person")
        XCTAssertEqual(names("Storm (9) wilde vanochtend niet naar school."), ["Storm"], "an age in brackets")
    }

    func testLowerCaseNameThatIsAWordWithAStrongVerb() {
        XCTAssertEqual(names("merel zei dat ze erg moe was na het weekend"), ["merel"])
        XCTAssertEqual(names("hebben roos en jurre hun weekplanning al ingeleverd?"), ["roos", "jurre"], "joined to a name that is no word")
        XCTAssertEqual(names("merel in de tuin gezien, verder niets bijzonders"), [])
    }

    func testPlacesAndForeignPhoneNumbers() {
        XCTAssertEqual(names("Ze is verhuisd naar een flat in Drenthe, ver van haar school."), [])
        let found = sharedScanner.scan("Haar broer belt vanuit Gent op +32 470 12 34 56 als het nodig is.")
        XCTAssertEqual(found.map { "\($0.kind.rawValue):\($0.text)" }, ["telefoon:+32 470 12 34 56"])
    }
}

/// Evidence from how notes are written: sign-offs, affiliations, ages, places and institutions
/// after prepositions, Belgian postcodes and phone numbers, and the Belgian sign for "born".
final class WritingConventionTests: XCTestCase {
    func testSignOffAndAffiliation() {
        XCTAssertEqual(found("Kun jij morgen mijn late dienst overnemen? Groetjes, tjitske"), ["naam:tjitske"])
        XCTAssertEqual(found("Fenneke van de thuiszorg belde over de nieuwe medicatierol."), ["naam:Fenneke"])
        XCTAssertEqual(found("Zijn vrouw Gerdien wil dat hij thuis blijft wonen."), ["naam:Gerdien"], "a relation word")
    }

    func testInstitutionsAndPlacesAfterPrepositions() {
        XCTAssertEqual(found("De oproep gaat via Buurtlink en de lokale krant."), [])
        XCTAssertEqual(found("Melding gedaan bij de Belastingdienst en Nuon over de achterstand."), [])
        XCTAssertEqual(found("De busreis vanuit Emmen duurde langer dan gepland."), [])
        XCTAssertEqual(found("Gesprek bij Zorggroep Zuiderlicht over de vacatures."), [], "a capitalised ordinary word before it")
    }

    func testBelgianConventions() {
        XCTAssertEqual(found("Nieuw adres: Brugsesteenweg 12/3, 9000 Gent."), ["adres:Brugsesteenweg 12/3", "postcode:9000"])
        XCTAssertEqual(found("Hij verhuist naar B-1030 Schaarbeek."), ["postcode:B-1030"])
        XCTAssertEqual(found("Het vaste nummer is 09 223 45 67, na vijf uur."), ["telefoon:09 223 45 67"])
        XCTAssertEqual(found("Mevr. Lambrechts (°14/03/1939) woont alleen."), ["naam:Lambrechts", "geboortedatum:14/03/1939"])
        XCTAssertEqual(found("Zijn neef belt uit Marokko: 00212 661 98 76 54."), ["telefoon:00212 661 98 76 54"])
    }
}

/// A title or role in brackets after a name, and dates of birth marked after the date.
final class BracketAndBirthTests: XCTestCase {
    func testTitleOrRoleInBracketsMakesAPerson() {
        XCTAssertEqual(found("Kraai (mevrouw) zit het liefst bij het raam in de huiskamer."), ["naam:Kraai"])
        XCTAssertEqual(found("Aanwezig bij het overleg: Gerlinde (psycholoog) en ik."), ["naam:Gerlinde"])
    }

    func testBirthMarkAfterOrApartFromTheDate() {
        XCTAssertEqual(found("Hij is op 12.03.1969 geboren in Tilburg."), ["geboortedatum:12.03.1969"])
        XCTAssertEqual(found("Mevrouw Bos, ° 03/02/1944, woont alleen."), ["naam:Bos", "geboortedatum:03/02/1944"])
    }
}

/// Surnames opened by a capitalised tussenvoegsel, streets without a suffix before a postcode,
/// things named after a person, and function words in lower case.
final class SurnameStreetEponymTests: XCTestCase {
    func testCapitalisedTussenvoegselStartsASurname() {
        XCTAssertEqual(found("Vandaag de casus Van der Linden besproken in het team."), ["naam:Van der Linden"])
        XCTAssertEqual(found("De bewoners van De Linde gingen naar de markt."), [], "a ward, after a determiner")
    }

    func testStreetWithoutASuffixBeforeAPostcode() {
        XCTAssertEqual(found("Nieuwe pleegouders: fam. Brink, Zonnedauw 4, 3823 KL Amersfoort."),
                       ["naam:Brink", "adres:Zonnedauw 4", "postcode:3823 KL"])
    }

    func testThingsNamedAfterAPersonAndFunctionWords() {
        XCTAssertEqual(found("Bij zijn moeder is vorig jaar de ziekte van Alzheimer vastgesteld."), [])
        XCTAssertEqual(found("Mail van de juf van groep 6 over het schoolreisje."), [])
        XCTAssertEqual(found("vandaag met noor en haar mentor gepraat over de stage"), ["naam:noor"], "haar is a pronoun")
    }
}

/// More ways a date of birth is written: after a name and a comma, a month and year after
/// "geboren", a two-digit year in a numeric date; and labels that are no names.
final class BirthDateFormTests: XCTestCase {
    func testDateAfterANameAndMonthAndYear() {
        XCTAssertEqual(found("Intake: mevr. Hoekstra-de Wit, 14-02-1951, woont zelfstandig."),
                       ["naam:Hoekstra-de Wit", "geboortedatum:14-02-1951"])
        XCTAssertEqual(found("Zij is geboren in september 1988 in Paramaribo."), ["geboortedatum:september 1988"])
        XCTAssertEqual(found("Hij is geboren in Utrecht en woont sinds maart 2020 in Zwolle."), [], "a later month is no birth date")
        XCTAssertEqual(found("Geb. 3-4-'87, woont bij zijn moeder."), ["geboortedatum:3-4-'87"])
    }

    func testLabelsAndRolesAreNoNames() {
        XCTAssertEqual(found("Client woont sinds kort op een kamer bij de opvang."), [])
        XCTAssertEqual(found("Aanmelding / Geb.datum: 2004-05-21 / Tel: 06 2938 4712"),
                       ["geboortedatum:2004-05-21", "telefoon:06 2938 4712"])
    }
}

/// Initials before a surname belong to the name, and make a compound-looking word a surname.
final class InitialsTests: XCTestCase {
    func testInitialsJoinTheSurname() {
        XCTAssertEqual(names("Vanmiddag belde ik met R. Dijkhuizen over de huurachterstand."), ["R. Dijkhuizen"])
        XCTAssertEqual(names("Het overleg met J.W. Kuipers is verzet naar vrijdag."), ["J.W. Kuipers"])
        XCTAssertEqual(names("Ik sprak met T. Zandbergen, de nieuwe bewindvoerder."), ["T. Zandbergen"], "a surname that looks like a compound")
        XCTAssertEqual(names("Zie bijlage B. Verslag volgt later deze week."), [], "a letter of a list before an ordinary word")
    }
}
