#!/usr/bin/env python3
"""Writes planted.jsonl: realistic Dutch care notes with planted, fake identifiers of every kind
(valid checksums computed here; no real persons), each listed under "planted" with its kind.
PrivacyTests measures recall on it. Deterministic: rerun to regenerate the same file.

usage: python3 make_planted.py > planted.jsonl
"""
import json, random

rng = random.Random(20250601)

def bsn():
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        if d[0] == 0:
            continue
        s = sum((9 - i) * d[i] for i in range(8))
        last = s % 11
        if last <= 9:
            return "".join(map(str, d + [last]))

def iban_nl():
    bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"])
    acct = "".join(str(rng.randint(0, 9)) for _ in range(10))
    bban = bank + acct
    num = "".join(str(int(c, 36)) for c in bban + "NL00")
    check = 98 - int(num) % 97
    return f"NL{check:02d}{bban}"

def grouped(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))

def mobile():
    return "06" + "".join(str(rng.randint(0, 9)) for _ in range(8))

def landline(area):
    rest = 10 - len(area)
    return area + "".join(str(rng.randint(0, 9)) for _ in range(rest))

notes = []

def note(text, planted):
    for kind, value in planted:
        assert value in text, (value, text)
    notes.append({"id": f"plant-{len(notes) + 1:03d}", "text": text,
                  "planted": [{"kind": k, "text": v} for k, v in planted]})

b = [bsn() for _ in range(8)]
ib = [iban_nl() for _ in range(6)]
m = [mobile() for _ in range(8)]
ams = landline("020")
rot = landline("010")

note(f"Huisbezoek bij mevrouw De Boer. Zij gaf haar BSN ({b[0]}) zodat ik de aanvraag kon afronden. Ze was zichtbaar opgelucht.",
     [("naam", "De Boer"), ("bsn", b[0])])
note(f"Gesprek met dhr. J. Visser over de huurachterstand. Hij is bereikbaar op {m[0][:2]}-{m[0][2:]} en vroeg of ik de brief kon mailen naar j.visser@example.nl.",
     [("naam", "J. Visser"), ("telefoon", f"{m[0][:2]}-{m[0][2:]}"), ("email", "j.visser@example.nl")])
note(f"Vandaag met Esra de overdracht gedaan. De moeder van de cliënt, geboren op 3 maart 1961, woont sinds kort aan de Kerkstraat 12 in Zeist.",
     [("naam", "Esra"), ("geboortedatum", "3 maart 1961"), ("adres", "Kerkstraat 12")])
note(f"Meneer Yilmaz belde om half negen. Zijn nummer is +31 6 {m[1][2:]}, hij wil dat we teruggebelt worden voor de intake.",
     [("naam", "Yilmaz"), ("telefoon", f"+31 6 {m[1][2:]}")])
note(f"Betaling van de eigen bijdrage loopt via rekening {grouped(ib[0])} op naam van de bewindvoerder, mevrouw Van der Linden.",
     [("iban", grouped(ib[0])), ("naam", "Van der Linden")])
note(f"Het nieuwe adres is Van Goghstraat 4a, 3514 AB Utrecht. Ik heb het doorgegeven aan de huisarts.",
     [("adres", "Van Goghstraat 4a"), ("postcode", "3514 AB")])
note(f"Cliënt (geb. 03-03-1961) reageerde fel op de verandering van het rooster. Ik vraag me af waarom dat hem zo raakte.",
     [("geboortedatum", "03-03-1961")])
note(f"Collega Marloes en ik hebben samen met Fatima el Amrani het plan besproken. Fatima wil vooral rust op de groep.",
     [("naam", "Marloes"), ("naam", "Fatima el Amrani"), ("naam", "Fatima")])
note(f"De school van Daan belde via 020-{ams[3:]}. Daan had een conflict met een klasgenoot en liep weg.",
     [("naam", "Daan"), ("telefoon", f"020-{ams[3:]}"), ("naam", "Daan")])
note(f"Burgerservicenummer {b[1][:4]}.{b[1][4:6]}.{b[1][6:]} klopte niet in het dossier; ik heb het gecorrigeerd met mevr. Kuipers van de administratie.",
     [("bsn", f"{b[1][:4]}.{b[1][4:6]}.{b[1][6:]}"), ("naam", "Kuipers")])
note(f"Mevrouw Jansen woont op de Oude Gracht 113-2. Haar dochter Sanne komt elke zondag langs.",
     [("naam", "Jansen"), ("adres", "Oude Gracht 113-2"), ("naam", "Sanne")])
note(f"Geboortedatum: 12-11-1987. Postcode 2511CV. Ik heb deze gegevens in het systeem gezet voordat het gesprek begon.",
     [("geboortedatum", "12-11-1987"), ("postcode", "2511CV")])
note(f"In de nachtdienst belde meneer Bakker twee keer. Ik heb hem gerustgesteld en de dienstdoende arts gebeld op ({rot[:3]}) {rot[3:6]} {rot[6:8]} {rot[8:]}.",
     [("naam", "Bakker"), ("telefoon", f"({rot[:3]}) {rot[3:6]} {rot[6:8]} {rot[8:]}")])
note(f"De vader van Noah, Mohammed Amrani, wil niet dat er gebeld wordt naar zijn werk. Zijn privénummer: 06 {m[2][2:6]} {m[2][6:]}.",
     [("naam", "Noah"), ("naam", "Mohammed Amrani"), ("telefoon", f"06 {m[2][2:6]} {m[2][6:]}")])
note(f"Tijdens de intervisie vertelde Pieter over zijn cliënt op de Dorpsweg 88. Hij vond het lastig dat de familie zich zo bemoeide.",
     [("naam", "Pieter"), ("adres", "Dorpsweg 88")])
note(f"Ik stuurde de rapportage naar wijkteam.oost@gemeente-voorbeeld.nl en in kopie naar marloes.bakker+zorg@wijkteam-oost.nl.",
     [("email", "wijkteam.oost@gemeente-voorbeeld.nl"), ("email", "marloes.bakker+zorg@wijkteam-oost.nl")])
note(f"BSN {b[2]}, geboortedatum 1954-06-05, IBAN {ib[1]}. Dit stond gewoon in het verslag; dat hoort daar niet.",
     [("bsn", b[2]), ("geboortedatum", "1954-06-05"), ("iban", ib[1])])
note(f"Mevrouw El Idrissi gaf aan dat ze bang is voor de deurwaarder. Ze woont aan de Stationsplein 3 en is overdag te bereiken op 0031 6 {m[3][2:]}.",
     [("naam", "El Idrissi"), ("adres", "Stationsplein 3"), ("telefoon", f"0031 6 {m[3][2:]}")])
note(f"Met juf Annemiek besproken hoe Lars de overgang naar groep 6 beleeft. Lars is geboren op 14 februari 2016 en is de jongste van de klas.",
     [("naam", "Annemiek"), ("naam", "Lars"), ("geboortedatum", "14 februari 2016")])
note(f"Rekeningnummer voor de teruggave: {ib[2].lower()}. Ik heb het nagevraagd bij meneer De Wit.",
     [("iban", ib[2].lower()), ("naam", "De Wit")])
note(f"Overleg met Thomas van Dijk (gedragsdeskundige) over de escalatie van vorige week. Thomas denkt dat de drukte op de groep meespeelde.",
     [("naam", "Thomas van Dijk"), ("naam", "Thomas")])
note(f"Het dossier vermeldt sofinummer {b[3][:3]} {b[3][3:6]} {b[3][6:]}. Dat moet eruit voordat het naar de onderzoekers gaat.",
     [("bsn", f"{b[3][:3]} {b[3][3:6]} {b[3][6:]}")])
note(f"Ik bracht mevrouw Smit naar haar zus op de Julianalaan 140, 7311 KL Apeldoorn. Onderweg vertelde ze over haar man.",
     [("naam", "Smit"), ("adres", "Julianalaan 140"), ("postcode", "7311 KL")])
note(f"Telefoon moeder: {m[4]}. Telefoon vader: +31-6-{m[5][2:4]}-{m[5][4:]}. Beiden willen op de hoogte blijven.",
     [("telefoon", m[4]), ("telefoon", f"+31-6-{m[5][2:4]}-{m[5][4:]}")])
note(f"Vandaag sprak ik met Wendy en Jamal over de planning. Wendy maakt zich zorgen over de bezetting in de zomer.",
     [("naam", "Wendy"), ("naam", "Jamal"), ("naam", "Wendy")])
note(f"De heer Hoekstra (geboortedatum 21-07-1949) wilde niet douchen. Ik heb hem eerst laten vertellen over vroeger op de boerderij.",
     [("naam", "Hoekstra"), ("geboortedatum", "21-07-1949")])
note(f"Bewindvoerder: mr. A.B. Verhoeven, Nieuwe Binnenweg 201b, 3021 GC Rotterdam, telefoon 010-{rot[3:]}.",
     [("naam", "A.B. Verhoeven"), ("adres", "Nieuwe Binnenweg 201b"), ("postcode", "3021 GC"), ("telefoon", f"010-{rot[3:]}")])
note(f"Samen met Ahmed en zijn begeleider Kees gekeken naar de dagbesteding. Kees stelde voor om te beginnen met twee ochtenden.",
     [("naam", "Ahmed"), ("naam", "Kees"), ("naam", "Kees")])
note(f"Op de verjaardag van mevrouw Van Leeuwen (geboren 2 mei 1938) kwam de hele familie. Ze woont op de Lindenlaan 7.",
     [("naam", "Van Leeuwen"), ("geboortedatum", "2 mei 1938"), ("adres", "Lindenlaan 7")])
note(f"Zijn IBAN is {grouped(ib[3])} en zijn BSN {b[4]}. Ik heb gezegd dat hij dat niet aan iedereen moet geven.",
     [("iban", grouped(ib[3])), ("bsn", b[4])])
note(f"Ik had een moeilijk gesprek met Bram. Waarom reageerde hij zo heftig toen ik over zijn moeder begon? Volgende keer vraag ik het hem.",
     [("naam", "Bram")])
note(f"Contactgegevens buurvrouw: mevrouw Öztürk, Hoofdstraat 23, telefoon 06-{m[6][2:]}, e-mail ozturk.h@voorbeeldmail.nl.",
     [("naam", "Öztürk"), ("adres", "Hoofdstraat 23"), ("telefoon", f"06-{m[6][2:]}"), ("email", "ozturk.h@voorbeeldmail.nl")])
note(f"Intervisie met Anouk, Sophie en Rutger. Anouk bracht een casus in over een cliënt die steeds te laat komt.",
     [("naam", "Anouk"), ("naam", "Sophie"), ("naam", "Rutger"), ("naam", "Anouk")])
note(f"Na het incident op de Marktplein 5 heb ik contact gehad met zijn mentor, meneer Brouwer, en met de wijkagent.",
     [("adres", "Marktplein 5"), ("naam", "Brouwer")])
note(f"De aanvraag voor {b[5]} is afgewezen. Mevrouw Dekker gaat in bezwaar; ik help haar met de brief.",
     [("bsn", b[5]), ("naam", "Dekker")])
note(f"Ik heb met tante Truus gebeld over het weekend. Ze kan de kinderen ophalen van school op de Schoolstraat 2.",
     [("naam", "Truus"), ("adres", "Schoolstraat 2")])
note(f"Geboortedatum cliënt 05/06/1954, postcode 9712 HN. Overgedragen aan het team van Hanneke.",
     [("geboortedatum", "05/06/1954"), ("postcode", "9712 HN"), ("naam", "Hanneke")])
note(f"Op advies van Jeroen Mulder heb ik de moeder gebeld. Ze klonk moe maar was blij dat we meedachten.",
     [("naam", "Jeroen Mulder")])
note(f"Overboeking via {grouped(ib[4])} is mislukt; mevrouw Claes belt morgen zelf met de bank.",
     [("iban", grouped(ib[4])), ("naam", "Claes")])
note(f"Zijn broer, Kevin de Graaf, woont op de Prinsengracht 263 en is bereikbaar via kevin.degraaf@example.com of {m[7]}.",
     [("naam", "Kevin de Graaf"), ("adres", "Prinsengracht 263"), ("email", "kevin.degraaf@example.com"), ("telefoon", m[7])])

for n in notes:
    print(json.dumps(n, ensure_ascii=False))
