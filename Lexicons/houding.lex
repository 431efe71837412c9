# Houding (dimensie 3): oordelen of begrijpen?
# Piekeren: oordelen en veroordelen, over jezelf of de ander ("stom", "waardeloos",
# "onprofessioneel", "hij doet het expres"). Reflecteren: begrijpen en nieuwsgierig zijn
# ("ik begrijp nu", "wat maakte dat", "ik snap waarom hij", "logisch dat ze").
# Ontkenning keert een oordeel om: "ik vind het niet stom van hem" is begrip (neg:flip);
# "ik begrijp het niet" is geen begrip (neg:cancel). Staat er "ik" bij het oordeel, dan telt
# de analyse het als zelfverwijt. Een oordeel in aanhalingstekens is de stem van een ander.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
stom | houding | piekeren | 1.5 | neg:flip
stomme | houding | piekeren | 1.5 | neg:flip
stommer | houding | piekeren | 1.5 | neg:flip
stomste | houding | piekeren | 1.5 | neg:flip
stommiteit | houding | piekeren | 1.5 | neg:flip
dom | houding | piekeren | 1.5 | neg:flip
domme | houding | piekeren | 1.5 | neg:flip
dommer | houding | piekeren | 1.5 | neg:flip
oliedom | houding | piekeren | 2 | neg:flip
waardeloos | houding | piekeren | 2 | neg:flip
waardeloze | houding | piekeren | 2 | neg:flip
onprofessioneel | houding | piekeren | 2 | neg:flip
onprofessionele | houding | piekeren | 2 | neg:flip
belachelijk | houding | piekeren | 1.5 | neg:flip
belachelijke | houding | piekeren | 1.5 | neg:flip
idioot | houding | piekeren | 1.5 | neg:flip
idiote | houding | piekeren | 1.5 | neg:flip
idioten | houding | piekeren | 1.5 | neg:flip
achterlijk | houding | piekeren | 2 | neg:flip
debiel | houding | piekeren | 2 | neg:flip
lui | houding | piekeren | 1 | neg:flip
luie | houding | piekeren | 1 | neg:flip
egoïstisch | houding | piekeren | 1.5 | neg:flip
egoïst | houding | piekeren | 1.5 | neg:flip
onbeschoft | houding | piekeren | 1.5 | neg:flip
brutaal | houding | piekeren | 1 | neg:flip
onredelijk | houding | piekeren | 1.5 | neg:flip
onmogelijk mens | houding | piekeren | 2 | neg:flip
onmogelijke | houding | piekeren | 1 | neg:flip
irritant | houding | piekeren | 1 | neg:flip
irritante | houding | piekeren | 1 | neg:flip
vervelend | houding | piekeren | 0.3 | neg:flip
vervelende | houding | piekeren | 0.3 | neg:flip
respectloos | houding | piekeren | 1.5 | neg:flip
ondankbaar | houding | piekeren | 1.5 | neg:flip
asociaal | houding | piekeren | 1.5 | neg:flip
kinderachtig | houding | piekeren | 1.5 | neg:flip
zielig | houding | piekeren | 0.5 | neg:flip
hopeloos | houding | piekeren | 1.5 | neg:flip
hopeloze | houding | piekeren | 1.5 | neg:flip
schandalig | houding | piekeren | 1.5 | neg:flip
onacceptabel | houding | piekeren | 1 | neg:flip
onbekwaam | houding | piekeren | 2 | neg:flip
incompetent | houding | piekeren | 2 | neg:flip
incapabel | houding | piekeren | 2 | neg:flip
onkundig | houding | piekeren | 1.5 | neg:flip
knullig | houding | piekeren | 1.5 | neg:flip
slordig | houding | piekeren | 1 | neg:flip
amateur* | houding | piekeren | 1.5 | neg:flip
prutser* | houding | piekeren | 2 | neg:flip
sukkel | houding | piekeren | 2 | neg:flip
mislukkeling | houding | piekeren | 2 | neg:flip
loser | houding | piekeren | 2 | neg:flip
zeur* | houding | piekeren | 1 | neg:flip
zeikt | houding | piekeren | 1.5 | neg:flip
zeiken | houding | piekeren | 1.5 | neg:flip
aansteller* | houding | piekeren | 1.5 | neg:flip
stelt zich aan | houding | piekeren | 1.5 | neg:flip
stelde zich aan | houding | piekeren | 1.5 | neg:flip
aanstellerij | houding | piekeren | 1.5 | neg:flip
manipuleert | houding | piekeren | 1.5 | neg:flip
manipulatief | houding | piekeren | 1.5 | neg:flip
doet moeilijk | houding | piekeren | 1 | neg:flip
moeilijk doen | houding | piekeren | 1 | neg:flip
deed moeilijk | houding | piekeren | 1 | neg:flip
doet expres | houding | piekeren | 1.5 | neg:flip
expres | houding | piekeren | 1 | neg:flip
met opzet | houding | piekeren | 1 | neg:flip
dramatisch | houding | piekeren | 1 | neg:flip
overdreven | houding | piekeren | 1 | neg:flip
hysterisch | houding | piekeren | 1.5 | neg:flip
overdramatisch | houding | piekeren | 1.5 | neg:flip
te gek voor woorden | houding | piekeren | 1.5
dat kan toch niet | houding | piekeren | 1
niet normaal | houding | piekeren | 1
slecht van mij/me | houding | piekeren | 1.5 | neg:flip
slechte begeleider | houding | piekeren | 2 | neg:flip
slechte hulpverlener | houding | piekeren | 2 | neg:flip
slechte collega | houding | piekeren | 2 | neg:flip
slechte moeder | houding | piekeren | 1.5 | neg:flip
slechte ouders | houding | piekeren | 1.5 | neg:flip
slechte ouder | houding | piekeren | 1.5 | neg:flip
typisch | houding | piekeren | 1 | neg:flip
die ouders | houding | piekeren | 0.5
die moeder | houding | piekeren | 0.5
die collega | houding | piekeren | 0.5
die jongen | houding | piekeren | 0.5
die man | houding | piekeren | 0.5
die vrouw | houding | piekeren | 0.5
dat management | houding | piekeren | 1
het management | houding | piekeren | 0.5
ik begrijp | houding | reflecteren | 1.5 | neg:cancel
begrijp ik | houding | reflecteren | 1.5 | neg:cancel
ik begreep | houding | reflecteren | 1.5 | neg:cancel
begreep ik | houding | reflecteren | 1.5 | neg:cancel
ik snap | houding | reflecteren | 1.5 | neg:cancel
snap ik | houding | reflecteren | 1.5 | neg:cancel
ik snapte | houding | reflecteren | 1 | neg:cancel
begrijpelijk | houding | reflecteren | 1.5 | neg:cancel
begrijpelijke | houding | reflecteren | 1.5 | neg:cancel
logisch dat | houding | reflecteren | 1.5 | neg:cancel
is logisch | houding | reflecteren | 1 | neg:cancel
was logisch | houding | reflecteren | 1 | neg:cancel
eigenlijk heel logisch | houding | reflecteren | 2
invoelbaar | houding | reflecteren | 1.5 | neg:cancel
ik kan me voorstellen | houding | reflecteren | 1.5 | neg:cancel
ik kan mij voorstellen | houding | reflecteren | 1.5 | neg:cancel
voorstelbaar | houding | reflecteren | 1.5 | neg:cancel
wat maakte dat | houding | reflecteren | 1.5
wat maakt dat | houding | reflecteren | 1.5
wat maakte het | houding | reflecteren | 1
ik begrijp nu | houding | reflecteren | 2
nu begrijp ik | houding | reflecteren | 2
ik snap nu | houding | reflecteren | 2
nu snap ik | houding | reflecteren | 2
ik snap waarom | houding | reflecteren | 2 | neg:cancel
ik begrijp waarom | houding | reflecteren | 2 | neg:cancel
ik begrijp beter | houding | reflecteren | 2
ik zie waarom | houding | reflecteren | 2
ik herken | houding | reflecteren | 1 | neg:cancel
herkenbaar | houding | reflecteren | 1 | neg:cancel
nieuwsgierig | houding | reflecteren | 1.5 | neg:cancel
benieuwd | houding | reflecteren | 1 | neg:cancel
open houding | houding | reflecteren | 1.5
zonder oordeel | houding | reflecteren | 2
zonder te oordelen | houding | reflecteren | 2
niet veroordelen | houding | reflecteren | 1.5
oordeel uitstellen | houding | reflecteren | 2
mijn oordeel | houding | reflecteren | 1
met begrip | houding | reflecteren | 1.5
begrip voor | houding | reflecteren | 1.5 | neg:cancel
begrip | houding | reflecteren | 0.5 | neg:cancel
respect voor | houding | reflecteren | 1
waardering voor | houding | reflecteren | 1
mild | houding | reflecteren | 1
milder | houding | reflecteren | 1.5
compassie | houding | reflecteren | 1.5
mededogen | houding | reflecteren | 1.5
ik gun | houding | reflecteren | 1
geduld | houding | reflecteren | 0.5
het is ook lastig voor | houding | reflecteren | 1.5
ook lastig voor hem/haar | houding | reflecteren | 1.5
ook moeilijk voor hem/haar | houding | reflecteren | 1.5
te begrijpen | houding | reflecteren | 1.5 | neg:cancel
goed te begrijpen | houding | reflecteren | 1.5
ergens snap ik | houding | reflecteren | 1.5
ergens begrijp ik | houding | reflecteren | 1.5
ik kan het plaatsen | houding | reflecteren | 1.5 | neg:cancel
kan ik … plaatsen | houding | reflecteren | 1.5 | neg:cancel
niet persoonlijk | houding | reflecteren | 1.5
niet tegen mij | houding | reflecteren | 1.5
niet tegen mij gericht | houding | reflecteren | 2
raar | houding | piekeren | 1 | neg:flip
rare | houding | piekeren | 1 | neg:flip
onbeschoftheid | houding | piekeren | 1.5 | neg:flip
verwijt | houding | piekeren | 1 | neg:flip
verwijten | houding | piekeren | 1 | neg:flip
lastig | houding | piekeren | 0.3 | neg:flip
zo slecht | houding | piekeren | 1 | neg:flip
slecht … luisteren | houding | piekeren | 1.5 | neg:flip
kan er … niet bij | houding | piekeren | 1.5
deugt niet | houding | piekeren | 2
deugen niet | houding | piekeren | 2
ik ben … geen goede | zelfverwijt | piekeren | 2.5 | dim:houding
ik niet geschikt | zelfverwijt | piekeren | 2 | dim:houding
geen goede hulpverlener | zelfverwijt | piekeren | 2 | dim:houding
geen goede begeleider | zelfverwijt | piekeren | 2 | dim:houding
niet … maar | houding | reflecteren | 0.7
geen … maar | houding | reflecteren | 0.7
niet als … maar als | houding | reflecteren | 2
niet als … eerder als | houding | reflecteren | 2
zie … niet als | houding | reflecteren | 1.5
eerder als iemand | houding | reflecteren | 1.5
geen … het is | houding | reflecteren | 1
zegt niks over hem/haar | houding | reflecteren | 2
zegt niets over hem/haar | houding | reflecteren | 2
als persoon | houding | reflecteren | 1
menselijk | houding | reflecteren | 1.5
het is menselijk | houding | reflecteren | 2
geen verwijt | houding | reflecteren | 2
ik zie hoeveel | houding | reflecteren | 1.5
hoeveel hij/zij/ze probeert | houding | reflecteren | 2
niet fout | houding | reflecteren | 1
onmogelijk | houding | piekeren | 1 | neg:flip
valt niet te praten | houding | piekeren | 1.5
vreemd | houding | piekeren | 0.7 | neg:flip
gek | houding | piekeren | 0.5 | neg:flip
het is niet zo dat | houding | reflecteren | 1
onhandig | houding | piekeren | 1.5 | neg:flip
slap | houding | piekeren | 1.5 | neg:flip
watje | houding | piekeren | 1.5 | neg:flip
klungel* | houding | piekeren | 1.5 | neg:flip
die school | houding | piekeren | 0.5

# Toegevoegd: begrijpen zonder oordeel, ook over eigen reacties; tastend verklaren.
niet boos op mezelf/mijzelf | houding | reflecteren | 1.5
het zou [goed/best] kunnen dat | houding | reflecteren | 1.5
hoorde/hoort/ervoer/ervaart/voelde hij/zij/ze … een verwijt/oordeel/afwijzing/kritiek | houding | reflecteren | 2
raakt mij/me omdat | houding | reflecteren | 1.5
zie ik dat ik | houding | reflecteren | 1.5
zie ik dat hij/zij/ze | houding | reflecteren | 1.5
mijn fout was dat | houding | reflecteren | 1.5 | statement
# Toegevoegd: de ander of mezelf wegzetten, tegenover het gedrag willen begrijpen.
hij/zij/ze is gewoon lastig/moeilijk/onmogelijk/vervelend | houding | piekeren | 2
wat een gedoe | houding | piekeren | 1
ik wil begrijpen | houding | reflecteren | 1.5
ik probeer te begrijpen | houding | reflecteren | 1.5
wat er achter … zit | houding | reflecteren | 1.5
wat zou hij/zij/ze … bedoelen/bedoeld hebben | houding | reflecteren | 1.5
mild voor mezelf/mijzelf | houding | reflecteren | 1.5

# Het systeem en de ander veroordeeld, ook zonder "ik" en in sarcasme: "de ouderenzorg is om te
# huilen", "die administratie is natuurlijk ontzettend belangrijk", "het management heeft geen
# idee". Telt als oordeel (piekeren); met een instelling erbij telt de zin als de eigen stem van
# de schrijver (regel `system_judgement`).
om te huilen | houding | piekeren | 2
om moedeloos van te worden | houding | piekeren | 2
om gek van te worden | houding | piekeren | 1.5
te triest voor woorden | houding | piekeren | 2
van de zotte | houding | piekeren | 1.5
van de gekke | houding | piekeren | 1.5
geen idee wat hier gebeurt | houding | piekeren | 2
geen idee wat er … gebeurt | houding | piekeren | 2
geen flauw idee | houding | piekeren | 1.5
natuurlijk ontzettend/heel/enorm/super/reuze belangrijk | houding | piekeren | 2 | | sarcasme
lekker belangrijk | houding | piekeren | 2 | | sarcasme
heel fijn hoor | houding | piekeren | 1.5 | | sarcasme
geweldig hoor | houding | piekeren | 1.5 | | sarcasme
fantastisch hoor | houding | piekeren | 1.5 | | sarcasme
top geregeld | houding | piekeren | 1.5 | | sarcasme
goed geregeld hoor | houding | piekeren | 1.5 | | sarcasme
wat een feest | houding | piekeren | 1.5 | | sarcasme
papier is geduldig | houding | piekeren | 1.5
de cijfers kloppen | houding | piekeren | 1 | | sarcasme: de cijfers boven de mens
als de cijfers maar kloppen | houding | piekeren | 2 | | sarcasme
als het vinkje maar gezet is | houding | piekeren | 2 | | sarcasme
zit op de … verdieping | houding | piekeren | 1 | | ver van de werkvloer
ivoren toren | houding | piekeren | 1.5
ze hebben geen idee | houding | piekeren | 1.5
hebben geen benul | houding | piekeren | 1.5
heeft geen benul | houding | piekeren | 1.5
niemand luistert | houding | piekeren | 1.5
er wordt niet geluisterd | houding | piekeren | 1.5
wordt over ons hoofd heen | houding | piekeren | 1.5
boven onze hoofden | houding | piekeren | 1.5
uitgeknepen | houding | piekeren | 1.5
kaalslag | houding | piekeren | 1.5
elk jaar minder | benadering | piekeren | 1
elk jaar een nieuw | benadering | piekeren | 1
fijn hoor | houding | piekeren | 1.5 | | sarcasme
heerlijk hoor | houding | piekeren | 1.5 | | sarcasme
echt top | houding | piekeren | 1 | statement | sarcasme in een klaagzang
goed bezig | houding | piekeren | 1 | statement | sarcasme
leve de | houding | piekeren | 1.5 | | sarcasme ("leve de vooruitgang")
dan zal het wel | houding | piekeren | 1.5 | | sarcasme
dat zal best | houding | piekeren | 1.5 | | sarcasme
dat zal wel | houding | piekeren | 1 | | sarcasme
mag de pret niet drukken | houding | piekeren | 1.5 | | sarcasme
natuurlijk ideaal | houding | piekeren | 2 | | sarcasme
natuurlijk prima | houding | piekeren | 1.5 | | sarcasme
past natuurlijk prima | houding | piekeren | 2 | | sarcasme
natuurlijk geen zorg | houding | piekeren | 1.5 | | sarcasme
doet er natuurlijk niet toe | houding | piekeren | 2 | | sarcasme
natuurlijk reuze/heel/erg/super/enorm nuttig/handig/fijn/zinvol | houding | piekeren | 2 | | sarcasme
je kan/kunt het niet verzinnen | spuien | piekeren | 2 | dim:perspectief
weer eens geen idee | houding | piekeren | 2
heeft geen idee | houding | piekeren | 1.5
hebben geen idee | houding | piekeren | 1.5
nog nooit een … gezien/gezet/gewassen/gehaald/gedaan | houding | piekeren | 1.5 | | "de mensen die dit bedenken hebben nog nooit een voet in een huiskamer gezet"
vinkjes | houding | piekeren | 1 | | afvinkzorg
vinkjes tellen | houding | piekeren | 1.5
het is een schande | houding | piekeren | 2
een schande | houding | piekeren | 1.5

# De klaagzang in gewone taal: wie over de zorg klaagt, schrijft zelden "ik vind het oneerlijk",
# maar in beelden en vaste uitdrukkingen ("de maat is vol", "op je tandvlees lopen", "met
# oogkleppen op"), in een sarcastisch "blijkbaar" of "kennelijk" voor een oordeel, en in vragen die
# geen antwoord zoeken ("is het gek dat …?"). Telt als oordeel (piekeren); buiten citaten en met
# een instelling erbij is het de eigen stem van de schrijver (regel `system_judgement`).
de maat is vol | spuien | piekeren | 2 | dim:perspectief
op hun/je/ons/zijn/haar/z'n tandvlees | houding | piekeren | 1.5
met oogkleppen op | houding | piekeren | 1.5
zo krom als een hoepel | houding | piekeren | 2
krom als een hoepel | houding | piekeren | 1.5
bodemloze put | houding | piekeren | 1.5
aan hun/zijn/haar eigen lot overgelaten | houding | piekeren | 1.5
aan hun/zijn/haar lot overlaten/overgelaten | houding | piekeren | 1.5
nooit/niet serieus genomen | houding | piekeren | 1.5
niet serieus nemen/neemt/nam/namen/genomen | houding | piekeren | 1
productie draaien/draait/draaide/draaiden/gedraaid | houding | piekeren | 1 | | zorg als productie
in een spagaat | houding | piekeren | 1
niet meer bij te benen | spuien | piekeren | 1.5 | dim:perspectief
niet meer bijbenen/bijhouden | spuien | piekeren | 1.5 | dim:perspectief
te dol voor woorden | houding | piekeren | 2
te zot voor woorden | houding | piekeren | 2
is toch te gek | houding | piekeren | 1.5
is het gek dat | houding | piekeren | 1.5 | question | een vraag die geen antwoord zoekt
is het vreemd dat | houding | piekeren | 1.5 | question | een vraag die geen antwoord zoekt
is het raar dat | houding | piekeren | 1.5 | question | een vraag die geen antwoord zoekt
hoe kun/kan je … als je | houding | piekeren | 1 | question | een vraag die geen antwoord zoekt
je vraagt je … af | houding | piekeren | 1 | | het algemene "je": geen eigen vraag maar een verwijt
blijkbaar/kennelijk/schijnbaar/zogenaamd niet … genoeg | houding | piekeren | 2 | whole | sarcasme
blijkbaar/kennelijk/schijnbaar/zogenaamd wel … genoeg | houding | piekeren | 2 | whole | sarcasme
blijkbaar/kennelijk/schijnbaar niet van belang | houding | piekeren | 2 | whole | sarcasme
blijkbaar/kennelijk/schijnbaar niet belangrijk | houding | piekeren | 2 | whole | sarcasme
het enige wat/dat telt | benadering | piekeren | 1.5 | whole | een waarde als vonnis, geen doel
aan … is niet gedacht | houding | piekeren | 1.5
er is niet aan … gedacht | houding | piekeren | 1.5
moeten maar | houding | piekeren | 1 | statement | "de ouderen moeten maar thuis blijven": berusting of sarcasme over anderen
ho maar | houding | piekeren | 1.5 | | sarcasme ("ingrijpen, ho maar")
slechter kan het niet | benadering | piekeren | 2
kan het niet slechter | benadering | piekeren | 2
eerder slechter dan beter | benadering | piekeren | 1.5
eerder erger dan beter | benadering | piekeren | 1.5
alleen maar erger | benadering | piekeren | 1.5
we stellen ons niet aan | spuien | piekeren | 1.5 | dim:perspectief
niet meer vol te houden | spuien | piekeren | 1.5 | dim:perspectief
hou/houd/houdt/hield/hielden … niet meer vol | spuien | piekeren | 1.5 | dim:perspectief
harder moeten lopen | houding | piekeren | 1
opbranden/opgebrand/opbrandt | houding | piekeren | 1

# Veroordelen in woorden van onrecht en onkunde: wie over de zorg, een instantie of de ander
# oordeelt, noemt het beleid "wanbeleid", de bestuurders "arrogant" of "wereldvreemd", de gang van
# zaken "een aanfluiting" of "schrijnend". Zulke woorden beschrijven geen gevoel van de schrijver
# maar een oordeel over de ander (piekeren). Ontkend ("niet arrogant") is het geen oordeel meer.
# Vaktermen die in een zorgverslag neutraal zijn ("verwaarlozing", "misbruik") staan hier niet.
triest/trieste | houding | piekeren | 1 | neg:cancel
schrijnend/schrijnende | houding | piekeren | 1 | neg:cancel
onrechtvaardig/onrechtvaardige | houding | piekeren | 1 | neg:cancel
onrecht | houding | piekeren | 1
arrogant/arrogante | houding | piekeren | 1 | neg:cancel
arrogantie | houding | piekeren | 1
kortzichtig/kortzichtige | houding | piekeren | 1 | neg:cancel
wereldvreemd/wereldvreemde | houding | piekeren | 1 | neg:cancel
bekrompen | houding | piekeren | 1 | neg:cancel
hypocriet/hypocriete/hypocrisie | houding | piekeren | 1 | neg:cancel
onmenselijk/onmenselijke | houding | piekeren | 1 | neg:cancel
mensonwaardig/mensonwaardige | houding | piekeren | 1 | neg:cancel
nalatig/nalatige | houding | piekeren | 1 | neg:cancel
incompetent/incompetente/onkunde | houding | piekeren | 1 | neg:cancel
hebzucht/hebzuchtig/hebzuchtige | houding | piekeren | 1 | neg:cancel
minachting/minachtend/minachtende | houding | piekeren | 1 | neg:cancel
leugen/leugens/gelogen | houding | piekeren | 1
machtsmisbruik | houding | piekeren | 1
wanbeleid | houding | piekeren | 1.5
wantoestand/wantoestanden | houding | piekeren | 1
aanfluiting | houding | piekeren | 1.5
een farce | houding | piekeren | 1.5
willekeur | houding | piekeren | 1
zakkenvullers/graaicultuur | houding | piekeren | 1.5
graaien/graait | houding | piekeren | 1
in de steek gelaten | houding | piekeren | 1.5
laat/laten … in de steek | houding | piekeren | 1.5
uitgekleed | houding | piekeren | 1
wegbezuinigd | houding | piekeren | 1

# Verontwaardiging: het oordeel in een uitroep of een kader om een feit heen: "het is toch
# ongelofelijk dat …", "hoe haal je het in je hoofd", "bizar", "een zootje", een sarcastisch
# "laten we vooral nog meer regels maken". Een bijvoeglijk naamwoord van oordeel vooraan, gevolgd
# door "dat" ("triest dat", "pijnlijk dat"), beoordeelt de gang van zaken, geen gevoel.
het is toch ongelofelijk/onvoorstelbaar/bizar/absurd/schandalig/raar/vreemd | houding | piekeren | 2
ongelofelijk/ongelofelijke/onvoorstelbaar/onvoorstelbare/bizar/bizarre/absurd/absurde/abominabel/abominabele | houding | piekeren | 1 | neg:cancel
onthutsend/onthutsende/lachwekkend/lachwekkende | houding | piekeren | 1 | neg:cancel
een zootje/een janboel/een rommeltje | houding | piekeren | 1.5
hoe haal je/jij/ze/hij het in je/hun/z'n/zijn hoofd | houding | piekeren | 2
in de vredesnaam | houding | piekeren | 1.5
laten we vooral | houding | piekeren | 1.5 | | sarcasme
een habbekrats/een schijntje | houding | piekeren | 1
triest/treurig/verdrietig/pijnlijk/zorgelijk/schrijnend/bizar/absurd/schandalig dat | houding | piekeren | 1.5 | start
pijnlijk genoeg | houding | piekeren | 1
