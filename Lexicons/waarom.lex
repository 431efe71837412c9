# Waarom: de woorden die een waarom-vraag openen (DESIGN §3).
# direct: een vraagwoord naar oorzaak, reden of doel in een zin die een vraag is (eindigt op
#   "?"): waarom, waardoor, waarvoor, waartoe, "hoe komt het dat", "wat maakt dat", "wat is de
#   reden", "met welk doel". In een zin zonder vraagteken telt het niet ("de reden waarom ik
#   belde was…").
# indirect: een vraag in de vorm van een mededeling ("ik vraag me af waarom…", "ik wil
#   begrijpen waarom…", "om te begrijpen waarom…", "de vraag is waarom…"). Ontkend ("ik vraag
#   me niet af") telt het niet.
# uitspraak: "ik weet niet waarom" is geen vraag maar wel het melden waard.
# geen: zinsdelen waarin een waarom-woord geen vraag opent ("de reden waarom", "daarom").
# Of een waarom-vraag onderzoekend of piekerend is, leest de analyse uit de rest van de zin
# (absolute woorden, zelfverwijt, onvermogen, vergelijking tegenover oorzaken, context, de
# ander en de bedoeling).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
waarom | waarom | direct | 1 | question
waardoor | waarom | direct | 1 | question
waarvoor | waarom | direct | 1 | question
waartoe | waarom | direct | 1 | question
hoe komt het dat | waarom | direct | 1 | question
hoe komt het | waarom | direct | 1 | question
hoe komt dat | waarom | direct | 1 | question
hoe kwam het dat | waarom | direct | 1 | question
hoe kan het dat | waarom | direct | 1 | question
hoe kan dat | waarom | direct | 1 | question
wat maakt dat | waarom | direct | 1 | question
wat maakte dat | waarom | direct | 1 | question
wat maakt het dat | waarom | direct | 1 | question
wat is de reden | waarom | direct | 1 | question
wat was de reden | waarom | direct | 1 | question
wat zou de reden | waarom | direct | 1 | question
om welke reden | waarom | direct | 1 | question
met welk doel | waarom | direct | 1 | question
met welke bedoeling | waarom | direct | 1 | question
wat zorgt ervoor dat | waarom | direct | 1 | question
wat zorgde ervoor dat | waarom | direct | 1 | question
waar komt … vandaan | waarom | direct | 1 | question
waar kwam … vandaan | waarom | direct | 1 | question
waar doen we het voor | waarom | direct | 1 | question
waar doen we dit voor | waarom | direct | 1 | question
waar doe ik het voor | waarom | direct | 1 | question
waar doe ik dit voor | waarom | direct | 1 | question
vraag … af … waarom/waardoor/waarvoor/waartoe | waarom | indirect | 1 | neg:cancel
vroeg … af … waarom/waardoor/waarvoor/waartoe | waarom | indirect | 1 | neg:cancel
vraag … af … hoe het komt | waarom | indirect | 1 | neg:cancel
vroeg … af … hoe het kwam | waarom | indirect | 1 | neg:cancel
vraag … af … wat … maakt dat | waarom | indirect | 1 | neg:cancel
vroeg … af … wat … maakte dat | waarom | indirect | 1 | neg:cancel
vraag … af … wat de reden | waarom | indirect | 1 | neg:cancel
afvragen waarom | waarom | indirect | 1 | neg:cancel
afgevraagd waarom | waarom | indirect | 1 | neg:cancel
afgevraagd … waarom | waarom | indirect | 1 | neg:cancel
begrijpen waarom/waardoor | waarom | indirect | 1 | neg:cancel
begrijpen … waarom/waardoor | waarom | indirect | 1 | neg:cancel
snappen waarom | waarom | indirect | 1 | neg:cancel
weten waarom/waardoor | waarom | indirect | 1 | neg:cancel
uitzoeken waarom/waardoor | waarom | indirect | 1 | neg:cancel
uitzoeken … waarom | waarom | indirect | 1 | neg:cancel
zoek … uit waarom | waarom | indirect | 1 | neg:cancel
onderzoeken waarom/waardoor | waarom | indirect | 1 | neg:cancel
achterhalen waarom/waardoor | waarom | indirect | 1 | neg:cancel
nagaan waarom | waarom | indirect | 1 | neg:cancel
ontdekken waarom | waarom | indirect | 1 | neg:cancel
benieuwd … waarom/waardoor | waarom | indirect | 1 | neg:cancel
de vraag is waarom | waarom | indirect | 1 | neg:cancel
de vraag … is … waarom | waarom | indirect | 1 | neg:cancel
het is de vraag waarom | waarom | indirect | 1 | neg:cancel
de vraag waarom | waarom | indirect | 1 | neg:cancel
de vraag … waarom | waarom | indirect | 1 | neg:cancel
mijn vraag is waarom | waarom | indirect | 1 | neg:cancel
vraag ik me af waarom | waarom | indirect | 1 | neg:cancel
wat ik me afvraag | waarom | indirect | 1 | neg:cancel
ik weet niet waarom | waarom | uitspraak
ik weet … niet waarom | waarom | uitspraak
weet ik niet waarom | waarom | uitspraak
weet … niet … waarom | waarom | uitspraak
ik weet niet goed waarom | waarom | uitspraak
ik begrijp niet waarom | waarom | uitspraak
ik snap niet waarom | waarom | uitspraak
ik snap … niet … waarom | waarom | uitspraak
ik begrijp … niet … waarom | waarom | uitspraak
geen idee waarom | waarom | uitspraak
ik heb geen idee waarom | waarom | uitspraak
joost mag weten waarom | waarom | uitspraak
de reden waarom | waarom | geen
reden waarom | waarom | geen
redenen waarom | waarom | geen
daarom | waarom | geen
vandaar | waarom | geen
