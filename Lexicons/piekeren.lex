# Piekeren: de tekenen van piekeren voorbij de vijf dimensies (Luken).
# spijt: contrafeitelijke spijt ("had ik maar", "als ik maar", "ik had … moeten"), telt voor
#   focus. Let op: "ik had ook kunnen" is een alternatief (fase 4), geen spijt.
# herhaling: dezelfde zorg die terugkomt ("weer", "steeds weer", "het blijft maar"), focus.
# malen: werkwoorden en beelden van malen ("ik blijf erover malen", "het spookt door mijn
#   hoofd", "ik lig er wakker van"), focus.
# zelfverwijt: zichzelf veroordelen ("het is mijn schuld", "ik ben een slechte begeleider"),
#   houding.
# absoluut: absolute woorden ("altijd", "nooit", "iedereen", "niemand", "alles"), benadering.
# spuien: emoties spuien zonder er iets mee te doen ("ik ben er klaar mee", "ik ben het zat"),
#   perspectief: eerlijk, maar nog geen reflectie.
# onvermogen: "ik kan het niet", "het lukt me gewoon niet" (focus), en vergelijking: jezelf
#   afzetten tegen anderen ("anderen kunnen het wel"), perspectief.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
had ik maar | spijt | piekeren | 2.5 | dim:focus
had ik nou maar | spijt | piekeren | 2.5 | dim:focus
had ik … maar | spijt | piekeren | 2.5 | dim:focus
hadden we … maar | spijt | piekeren | 2 | dim:focus
was ik maar | spijt | piekeren | 2.5 | dim:focus
was ik … maar | spijt | piekeren | 2.5 | dim:focus
als ik maar | spijt | piekeren | 2 | dim:focus
als ik … maar … had | spijt | piekeren | 2.5 | dim:focus
als ik nou maar | spijt | piekeren | 2.5 | dim:focus
ik had … moeten | spijt | piekeren | 1.5 | dim:focus
had ik … moeten | spijt | piekeren | 1.5 | dim:focus
ik had … beter … moeten | spijt | piekeren | 2 | dim:focus
ik had het … anders moeten | spijt | piekeren | 2 | dim:focus
ik had het moeten | spijt | piekeren | 2 | dim:focus
ik had nooit | spijt | piekeren | 2 | dim:focus
had ik nooit | spijt | piekeren | 2 | dim:focus
ik had … niet mogen | spijt | piekeren | 1.5 | dim:focus
had ik het … gezien | spijt | piekeren | 1.5 | dim:focus
ik had het … kunnen voorkomen | spijt | piekeren | 2 | dim:focus
had … kunnen voorkomen | spijt | piekeren | 1.5 | dim:focus
ik wou dat ik | spijt | piekeren | 2 | dim:focus
ik wilde dat ik | spijt | piekeren | 1.5 | dim:focus
kon ik … maar | spijt | piekeren | 2 | dim:focus
kon ik de tijd … terugdraaien | spijt | piekeren | 2.5 | dim:focus
terugdraaien | spijt | piekeren | 1.5 | dim:focus
ongedaan maken | spijt | piekeren | 1.5 | dim:focus
spijt | spijt | piekeren | 1.5 | dim:focus neg:cancel
ik heb er spijt van | spijt | piekeren | 2 | dim:focus neg:cancel
zonde dat ik | spijt | piekeren | 1 | dim:focus
jammer dat ik | spijt | piekeren | 1 | dim:focus
ik baal dat ik | spijt | piekeren | 1.5 | dim:focus
ik baal ervan dat ik | spijt | piekeren | 1.5 | dim:focus
achteraf had ik | spijt | piekeren | 1 | dim:focus
weer | herhaling | piekeren | 0.5 | dim:focus
alweer | herhaling | piekeren | 1 | dim:focus
weer eens | herhaling | piekeren | 1 | dim:focus
nu weer | herhaling | piekeren | 1 | dim:focus
en weer | herhaling | piekeren | 1 | dim:focus
maar weer | herhaling | piekeren | 1 | dim:focus
steeds weer | herhaling | piekeren | 1.5 | dim:focus
telkens weer | herhaling | piekeren | 1.5 | dim:focus
weer en weer | herhaling | piekeren | 2 | dim:focus
keer op keer | herhaling | piekeren | 1.5 | dim:focus
steeds maar | herhaling | piekeren | 1.5 | dim:focus
maar steeds | herhaling | piekeren | 1 | dim:focus
het blijft maar | herhaling | piekeren | 2 | dim:focus
blijft maar | herhaling | piekeren | 1.5 | dim:focus
blijf maar | herhaling | piekeren | 1.5 | dim:focus
het houdt niet op | herhaling | piekeren | 2 | dim:focus
houdt maar niet op | herhaling | piekeren | 2 | dim:focus
nog steeds | herhaling | piekeren | 0.5 | dim:focus
al weken | herhaling | piekeren | 0.5 | dim:focus
al maanden | herhaling | piekeren | 0.5 | dim:focus
en dan weer | herhaling | piekeren | 1 | dim:focus
daar gaan we weer | herhaling | piekeren | 2 | dim:focus
het zoveelste | herhaling | piekeren | 1.5 | dim:focus
de zoveelste | herhaling | piekeren | 1.5 | dim:focus
malen | malen | piekeren | 2 | dim:focus neg:cancel
maal | malen | piekeren | 1.5 | dim:focus neg:cancel
maalde | malen | piekeren | 2 | dim:focus neg:cancel
maalt | malen | piekeren | 2 | dim:focus neg:cancel
gemaald | malen | piekeren | 2 | dim:focus neg:cancel
piekeren | malen | piekeren | 1.5 | dim:focus neg:cancel
pieker | malen | piekeren | 2 | dim:focus neg:cancel
piekerde | malen | piekeren | 2 | dim:focus neg:cancel
gepiekerd | malen | piekeren | 2 | dim:focus neg:cancel
tobben | malen | piekeren | 2 | dim:focus neg:cancel
tob | malen | piekeren | 2 | dim:focus neg:cancel
zat te tobben | malen | piekeren | 2 | dim:focus neg:cancel
spookt | malen | piekeren | 2 | dim:focus neg:cancel
spookte | malen | piekeren | 2 | dim:focus neg:cancel
door mijn/m'n hoofd | malen | piekeren | 1.5 | dim:focus neg:cancel
in mijn/m'n hoofd | malen | piekeren | 1 | dim:focus neg:cancel
uit mijn/m'n hoofd | malen | piekeren | 1.5 | dim:focus | "niet uit mijn hoofd" is juist malen: ontkenning telt niet
wakker van | malen | piekeren | 2 | dim:focus neg:cancel
lig … wakker | malen | piekeren | 2 | dim:focus neg:cancel
lag … wakker | malen | piekeren | 2 | dim:focus neg:cancel
wakker gelegen | malen | piekeren | 2 | dim:focus neg:cancel
slaap er slecht van | malen | piekeren | 2 | dim:focus neg:cancel
sliep er slecht van | malen | piekeren | 2 | dim:focus neg:cancel
kan het niet loslaten | malen | piekeren | 2 | dim:focus
kan het maar niet loslaten | malen | piekeren | 2 | dim:focus
kon het niet loslaten | malen | piekeren | 2 | dim:focus
niet loslaten | malen | piekeren | 1.5 | dim:focus
laat me niet los | malen | piekeren | 2 | dim:focus
liet me niet los | malen | piekeren | 2 | dim:focus
blijft hangen | malen | piekeren | 1 | dim:focus neg:cancel
blijft door … hoofd | malen | piekeren | 2 | dim:focus neg:cancel
blijf … afspelen | malen | piekeren | 2 | dim:focus neg:cancel
blijf … herhalen | malen | piekeren | 1.5 | dim:focus neg:cancel
speel … af | malen | piekeren | 1.5 | dim:focus neg:cancel
steeds aan denken | malen | piekeren | 2 | dim:focus neg:cancel
moet er steeds aan denken | malen | piekeren | 2 | dim:focus neg:cancel
moet er … aan denken | malen | piekeren | 1 | dim:focus neg:cancel
kan aan niets anders denken | malen | piekeren | 2 | dim:focus neg:cancel
kan aan niks anders denken | malen | piekeren | 2 | dim:focus neg:cancel
blijf erover nadenken | malen | piekeren | 2 | dim:focus neg:cancel
blijf eraan denken | malen | piekeren | 2 | dim:focus neg:cancel
blijf … denken | malen | piekeren | 1.5 | dim:focus neg:cancel
blijf … zitten | malen | piekeren | 1 | dim:focus neg:cancel
rondjes | malen | piekeren | 1 | dim:focus neg:cancel
in cirkels | malen | piekeren | 1.5 | dim:focus neg:cancel
vreet aan me | malen | piekeren | 2 | dim:focus neg:cancel
knaagt | malen | piekeren | 1.5 | dim:focus neg:cancel
zit me dwars | malen | piekeren | 1.5 | dim:focus neg:cancel
zat me dwars | malen | piekeren | 1.5 | dim:focus neg:cancel
zit me niet lekker | malen | piekeren | 1 | dim:focus
het is mijn schuld | zelfverwijt | piekeren | 2.5 | dim:houding neg:cancel
mijn schuld | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
m'n schuld | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
mijn fout | zelfverwijt | piekeren | 1.5 | dim:houding neg:cancel
ik ben een slechte | zelfverwijt | piekeren | 2.5 | dim:houding neg:flip
ik ben geen goede | zelfverwijt | piekeren | 2.5 | dim:houding
ik ben waardeloos | zelfverwijt | piekeren | 2.5 | dim:houding neg:flip
ik ben … dom | zelfverwijt | piekeren | 2 | dim:houding neg:flip
ik ben … stom | zelfverwijt | piekeren | 2 | dim:houding neg:flip
ik was … dom | zelfverwijt | piekeren | 2 | dim:houding neg:flip
ik was … stom | zelfverwijt | piekeren | 2 | dim:houding neg:flip
ik ben een sukkel | zelfverwijt | piekeren | 2.5 | dim:houding
ik kan niks | zelfverwijt | piekeren | 2.5 | dim:houding
ik kan ook niks | zelfverwijt | piekeren | 2.5 | dim:houding
ik kan echt niks | zelfverwijt | piekeren | 2.5 | dim:houding
ik kan niets | zelfverwijt | piekeren | 2.5 | dim:houding
ik ben niet geschikt | zelfverwijt | piekeren | 2.5 | dim:houding
ik ben hier niet geschikt voor | zelfverwijt | piekeren | 2.5 | dim:houding
ik ben … niet geschikt | zelfverwijt | piekeren | 2 | dim:houding
ik deug niet | zelfverwijt | piekeren | 2.5 | dim:houding
ik doe alles fout | zelfverwijt | piekeren | 2.5 | dim:houding
ik doe alles verkeerd | zelfverwijt | piekeren | 2.5 | dim:houding
ik doe het nooit goed | zelfverwijt | piekeren | 2.5 | dim:houding
ik doe nooit iets goed | zelfverwijt | piekeren | 2.5 | dim:houding
ik faal | zelfverwijt | piekeren | 2.5 | dim:houding
ik heb gefaald | zelfverwijt | piekeren | 2.5 | dim:houding neg:cancel
ik heb het … verpest | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
ik verpest | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
ik neem het mezelf kwalijk | zelfverwijt | piekeren | 2.5 | dim:houding neg:cancel
neem het mezelf … kwalijk | zelfverwijt | piekeren | 2.5 | dim:houding neg:cancel
ik neem mezelf … kwalijk | zelfverwijt | piekeren | 2.5 | dim:houding neg:cancel
ik verwijt mezelf | zelfverwijt | piekeren | 2.5 | dim:houding neg:cancel
verwijt mezelf | zelfverwijt | piekeren | 2.5 | dim:houding neg:cancel
ik had beter moeten weten | zelfverwijt | piekeren | 2.5 | dim:houding
had … moeten weten | zelfverwijt | piekeren | 1.5 | dim:houding
stom van mij/me | zelfverwijt | piekeren | 2.5 | dim:houding neg:flip
dom van mij/me | zelfverwijt | piekeren | 2.5 | dim:houding neg:flip
stom dat ik | zelfverwijt | piekeren | 2.5 | dim:houding neg:flip
dom dat ik | zelfverwijt | piekeren | 2.5 | dim:houding neg:flip
boos op mezelf | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
boos op mijzelf | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
kwaad op mezelf | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
ik baal van mezelf | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
baal van mezelf | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
teleurgesteld in mezelf | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
ik schaam me kapot | zelfverwijt | piekeren | 2.5 | dim:houding
ik ben gewoon slecht in | zelfverwijt | piekeren | 2.5 | dim:houding
ik ben slecht in | zelfverwijt | piekeren | 2 | dim:houding neg:flip
ik ben te | zelfverwijt | piekeren | 0.5 | dim:houding
wat ben ik toch | zelfverwijt | piekeren | 2 | dim:houding
wat een sukkel | zelfverwijt | piekeren | 2 | dim:houding
ik sta voor schut | zelfverwijt | piekeren | 2 | dim:houding
voor schut | zelfverwijt | piekeren | 1.5 | dim:houding
ik zou beter moeten kunnen | zelfverwijt | piekeren | 2 | dim:houding
altijd | absoluut | piekeren | 1 | dim:benadering
nooit | absoluut | piekeren | 1 | dim:benadering
iedereen | absoluut | piekeren | 1 | dim:benadering
niemand | absoluut | piekeren | 1 | dim:benadering
alles | absoluut | piekeren | 0.7 | dim:benadering
niets | absoluut | piekeren | 0.5 | dim:benadering
niks | absoluut | piekeren | 0.7 | dim:benadering
allemaal | absoluut | piekeren | 0.5 | dim:benadering
helemaal | absoluut | piekeren | 0.5 | dim:benadering
totaal | absoluut | piekeren | 0.7 | dim:benadering
compleet | absoluut | piekeren | 0.7 | dim:benadering
constant | absoluut | piekeren | 1 | dim:benadering
continu | absoluut | piekeren | 1 | dim:benadering
steeds | absoluut | piekeren | 0.5 | dim:benadering
telkens | absoluut | piekeren | 0.7 | dim:benadering
elke keer | absoluut | piekeren | 1 | dim:benadering
iedere keer | absoluut | piekeren | 1 | dim:benadering
elke dag | absoluut | piekeren | 0.5 | dim:benadering
overal | absoluut | piekeren | 0.7 | dim:benadering
nergens | absoluut | piekeren | 0.7 | dim:benadering
nooit meer | absoluut | piekeren | 1.5 | dim:benadering
altijd weer | absoluut | piekeren | 1.5 | dim:benadering
echt nooit | absoluut | piekeren | 1.5 | dim:benadering
echt altijd | absoluut | piekeren | 1.5 | dim:benadering
gewoon nooit | absoluut | piekeren | 1.5 | dim:benadering
helemaal niks | absoluut | piekeren | 1 | dim:benadering
helemaal niets | absoluut | piekeren | 1 | dim:benadering
helemaal nooit | absoluut | piekeren | 1.5 | dim:benadering
totaal niet | absoluut | piekeren | 1 | dim:benadering
absoluut | absoluut | piekeren | 0.5 | dim:benadering
# Overdrijving in een klacht ("extreme case formulations"): wie klaagt, maakt het groot: "veel te
# veel", "bijna geen tijd meer", "tig formulieren", "ontelbare loketten". Zwak: in een verhaal
# vallen ze weg (regel `narration`), in een oordeel tellen ze mee.
veel te | absoluut | piekeren | 0.5 | dim:benadering
bijna geen/niets/niks/niemand/nooit | absoluut | piekeren | 1 | dim:benadering
tig/ontelbare/talloze/eindeloze/eindeloos | absoluut | piekeren | 0.5 | dim:benadering
er is/zijn … bijna/haast/vrijwel niet meer | absoluut | piekeren | 1 | dim:benadering
er is/zijn … geen … meer | absoluut | piekeren | 1 | dim:benadering
ik ben er klaar mee | spuien | piekeren | 2 | dim:perspectief
ik ben er helemaal klaar mee | spuien | piekeren | 2.5 | dim:perspectief
klaar mee | spuien | piekeren | 1.5 | dim:perspectief
ik ben het zat | spuien | piekeren | 2 | dim:perspectief
het zat | spuien | piekeren | 1.5 | dim:perspectief
spuugzat | spuien | piekeren | 2 | dim:perspectief
kotsbeu | spuien | piekeren | 2 | dim:perspectief
beu | spuien | piekeren | 1.5 | dim:perspectief
ik ben zo boos | spuien | piekeren | 1.5 | dim:perspectief
ik was zo boos | spuien | piekeren | 1 | dim:perspectief
zo ontzettend boos | spuien | piekeren | 2 | dim:perspectief
woest | spuien | piekeren | 1 | dim:perspectief
ik baal | spuien | piekeren | 1 | dim:perspectief neg:cancel
ik baalde | spuien | piekeren | 1 | dim:perspectief neg:cancel
baal ik | spuien | piekeren | 1 | dim:perspectief neg:cancel
balen | spuien | piekeren | 1 | dim:perspectief neg:cancel
kut | spuien | piekeren | 2 | dim:perspectief
kutdag | spuien | piekeren | 2 | dim:perspectief
kutdienst | spuien | piekeren | 2 | dim:perspectief
klote | spuien | piekeren | 2 | dim:perspectief
klotedag | spuien | piekeren | 2 | dim:perspectief
shit | spuien | piekeren | 1.5 | dim:perspectief
godverdomme | spuien | piekeren | 2 | dim:perspectief
verdomme | spuien | piekeren | 1.5 | dim:perspectief
jezus | spuien | piekeren | 1 | dim:perspectief
pfff | spuien | piekeren | 1 | dim:perspectief
pff | spuien | piekeren | 1 | dim:perspectief
pfff* | spuien | piekeren | 1 | dim:perspectief
zucht | spuien | piekeren | 1 | dim:perspectief
argh | spuien | piekeren | 1 | dim:perspectief
wat een dag | spuien | piekeren | 1.5 | dim:perspectief
wat een dienst | spuien | piekeren | 1.5 | dim:perspectief
wat een ellende | spuien | piekeren | 2 | dim:perspectief
ellende | spuien | piekeren | 1 | dim:perspectief
drama | spuien | piekeren | 1 | dim:perspectief
rampdag | spuien | piekeren | 2 | dim:perspectief
ik ben kapot | spuien | piekeren | 1.5 | dim:perspectief
ik ben op | spuien | piekeren | 1.5 | dim:perspectief
ik ben leeg | spuien | piekeren | 1.5 | dim:perspectief
ik kan niet meer | spuien | piekeren | 2 | dim:perspectief
ik trek het niet meer | spuien | piekeren | 2 | dim:perspectief
trek het niet | spuien | piekeren | 1.5 | dim:perspectief
het hangt me de keel uit | spuien | piekeren | 2.5 | dim:perspectief
de keel uit | spuien | piekeren | 2 | dim:perspectief
frustrerend | spuien | piekeren | 1 | dim:perspectief
frustratie | spuien | piekeren | 0.5 | dim:perspectief
ik erger me | spuien | piekeren | 1.5 | dim:perspectief neg:cancel
ik ergerde me | spuien | piekeren | 1 | dim:perspectief neg:cancel
ergernis | spuien | piekeren | 0.5 | dim:perspectief
ik heb het gehad | spuien | piekeren | 2 | dim:perspectief
ik ben er doorheen | spuien | piekeren | 1.5 | dim:perspectief
het is niet te doen | spuien | piekeren | 1.5 | dim:perspectief
niet te doen | spuien | piekeren | 1 | dim:perspectief
echt niet normaal | spuien | piekeren | 2 | dim:perspectief
echt te erg | spuien | piekeren | 2 | dim:perspectief
te erg voor woorden | spuien | piekeren | 2 | dim:perspectief
vreselijk | spuien | piekeren | 1 | dim:perspectief
verschrikkelijk | spuien | piekeren | 1 | dim:perspectief
afschuwelijk | spuien | piekeren | 1 | dim:perspectief
ik haat | spuien | piekeren | 2 | dim:perspectief
ik word er moe van | spuien | piekeren | 1.5 | dim:perspectief
ik word er zo moe van | spuien | piekeren | 2 | dim:perspectief
het is gewoon te veel | spuien | piekeren | 1.5 | dim:perspectief
ik kan het niet | onvermogen | piekeren | 1.5 | dim:focus
ik kon het niet | onvermogen | piekeren | 1 | dim:focus
ik kan dit niet | onvermogen | piekeren | 1.5 | dim:focus
kan ik … niet | onvermogen | piekeren | 1 | dim:focus question
kan ik … nooit | onvermogen | piekeren | 1.5 | dim:focus
krijg ik … niet … voor elkaar | onvermogen | piekeren | 1.5 | dim:focus
krijg ik het nooit | onvermogen | piekeren | 1.5 | dim:focus
ik krijg het niet voor elkaar | onvermogen | piekeren | 1.5 | dim:focus
lukt het mij | onvermogen | piekeren | 0.5 | dim:focus question
lukt het me | onvermogen | piekeren | 0.5 | dim:focus question
ik kan het gewoon niet | onvermogen | piekeren | 2 | dim:focus
anderen kunnen het wel | vergelijking | piekeren | 2 | dim:perspectief
anderen wel | vergelijking | piekeren | 1.5 | dim:perspectief
anderen niet | vergelijking | piekeren | 1.5 | dim:perspectief
die anderen niet | vergelijking | piekeren | 1.5 | dim:perspectief
andere collega's … wel | vergelijking | piekeren | 1.5 | dim:perspectief
mijn collega's … wel | vergelijking | piekeren | 1 | dim:perspectief
iedereen … behalve ik | vergelijking | piekeren | 2 | dim:perspectief
iedereen kan het | vergelijking | piekeren | 2 | dim:perspectief
alleen ik | vergelijking | piekeren | 1.5 | dim:perspectief
alleen bij mij | vergelijking | piekeren | 1.5 | dim:perspectief
waarom bij mij | vergelijking | piekeren | 1.5 | dim:perspectief
waarom ik | vergelijking | piekeren | 1 | dim:perspectief question
de rest wel | vergelijking | piekeren | 1.5 | dim:perspectief
anders dan anderen | vergelijking | piekeren | 1.5 | dim:perspectief
wel lukt | vergelijking | piekeren | 0.5 | dim:perspectief
zinloos | spuien | piekeren | 2 | dim:perspectief
het heeft toch geen zin | spuien | piekeren | 2 | dim:perspectief
waar doe ik het nog voor | spuien | piekeren | 2 | dim:perspectief
moe van | spuien | piekeren | 1.5 | dim:perspectief
ik weet het niet meer | spuien | piekeren | 2 | dim:perspectief
nul energie | spuien | piekeren | 2 | dim:perspectief
geen energie | spuien | piekeren | 1.5 | dim:perspectief
is op | spuien | piekeren | 1 | dim:perspectief
zijn op | spuien | piekeren | 1 | dim:perspectief
ik ben moe | spuien | piekeren | 1 | dim:perspectief
waarom … ik/we/wij … nog | spuien | piekeren | 3 | dim:perspectief question
waarom … ik … überhaupt | spuien | piekeren | 2 | dim:perspectief question
nooit … goed | focus | piekeren | 1.5
kan het nooit goed doen | focus | piekeren | 2
nou altijd | absoluut | piekeren | 1.5 | dim:benadering
nou eens | spuien | piekeren | 0.5 | dim:perspectief question
niet eens | onvermogen | piekeren | 1 | dim:focus
waarom heb ik … niet | zelfverwijt | piekeren | 1.5 | dim:houding question
waarom ben ik … niet | zelfverwijt | piekeren | 1.5 | dim:houding question
waarom zag ik … niet | zelfverwijt | piekeren | 1.5 | dim:houding question
zo slecht in | zelfverwijt | piekeren | 1.5 | dim:houding
moeizaam | spuien | piekeren | 0.5 | dim:perspectief
de dupe | spuien | piekeren | 1.5 | dim:perspectief
de klos | spuien | piekeren | 1.5 | dim:perspectief
de rekening | spuien | piekeren | 1.5 | dim:perspectief
waarom moet/moeten … altijd/weer/steeds | spuien | piekeren | 2 | dim:perspectief question
kunnen we … niet | onvermogen | piekeren | 1 | dim:focus question
ik kom geen stap verder | malen | piekeren | 2 | dim:focus neg:cancel
kom geen stap verder | malen | piekeren | 2 | dim:focus neg:cancel
ben er … mee bezig | malen | piekeren | 1 | dim:focus neg:cancel
al de hele week | herhaling | piekeren | 1 | dim:focus
aan mij ligt | zelfverwijt | piekeren | 1.5 | dim:houding
verkeerd … ingeschat | zelfverwijt | piekeren | 1.5 | dim:houding
wat als … aan mij | malen | piekeren | 2 | dim:focus question neg:cancel
anderen hebben … meer | vergelijking | piekeren | 1.5 | dim:perspectief
het piekeren | malen | piekeren | 0 | neg:cancel | het zelfstandig naamwoord: praten over het piekeren is geen piekeren
te blijven malen | malen | piekeren | 0 | dim:focus | neg:cancel
voelt alsof | spuien | piekeren | 1.5 | dim:perspectief
het voelt alsof | spuien | piekeren | 1.5 | dim:perspectief
voor niks | spuien | piekeren | 1.5 | dim:perspectief
voor niets | spuien | piekeren | 1.5 | dim:perspectief
allemaal voor niks | spuien | piekeren | 2 | dim:perspectief
moedeloos | spuien | piekeren | 1.5 | dim:perspectief
radeloos | spuien | piekeren | 1.5 | dim:perspectief
wanhopig | spuien | piekeren | 1 | dim:perspectief
ik ben … kwaad | spuien | piekeren | 1 | dim:perspectief
ik ben vooral kwaad | spuien | piekeren | 2 | dim:perspectief
ik zou blij moeten zijn | spuien | piekeren | 1.5 | dim:perspectief
dweilen met de kraan open | spuien | piekeren | 2 | dim:perspectief
zie je | spuien | piekeren | 0.5 | dim:perspectief statement
zie je wel | spuien | piekeren | 1.5 | dim:perspectief
afgeschoten | spuien | piekeren | 1 | dim:perspectief
ik wist … niet wat ik moest | onvermogen | piekeren | 1.5 | dim:focus
ik weet … niet wat ik moet | onvermogen | piekeren | 1.5 | dim:focus
ik wist niet meer | onvermogen | piekeren | 1 | dim:focus
beter … dan ik | vergelijking | piekeren | 2 | dim:perspectief
dan ik | vergelijking | piekeren | 0.5 | dim:perspectief
van mezelf vind | zelfverwijt | piekeren | 1.5 | dim:houding
vind ik … van mezelf | zelfverwijt | piekeren | 1.5 | dim:houding
slap van mezelf | zelfverwijt | piekeren | 2 | dim:houding

# Toegevoegd: veelgebruikte wendingen van malen, spijt, onvermogen en zelfverwijt.
krijg het niet uit mijn/m'n hoofd | malen | piekeren | 2 | dim:focus neg:cancel
krijg het niet van me af | malen | piekeren | 2 | dim:focus
kan het niet van me afzetten | malen | piekeren | 2 | dim:focus
denk er [nog] steeds/constant/continu/telkens aan | malen | piekeren | 1.5 | dim:focus
zit er nog [steeds] mee | malen | piekeren | 1.5 | dim:focus
blijft maar door mijn/m'n hoofd | malen | piekeren | 2 | dim:focus
hadden we … moeten | spijt | piekeren | 1.5 | dim:focus statement
had ik het … anders gedaan | spijt | piekeren | 1.5 | dim:focus
machteloos | onvermogen | piekeren | 1.5 | dim:focus neg:cancel
het lukt me/mij … niet | onvermogen | piekeren | 1.5 | dim:focus
ik kom er niet uit | onvermogen | piekeren | 1.5 | dim:focus
ik kom er … niet uit | onvermogen | piekeren | 1 | dim:focus
geen grip op | onvermogen | piekeren | 1.5 | dim:focus
ik zie het niet meer zitten | onvermogen | piekeren | 2 | dim:focus
met lege handen | onvermogen | piekeren | 1.5 | dim:focus
handelingsverlegen | onvermogen | piekeren | 1.5 | dim:focus neg:cancel
de weg kwijt | onvermogen | piekeren | 1.5 | dim:focus
ik schiet/schoot tekort | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
ik ben … tekortgeschoten | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
ik voel me … prutser/mislukkeling/sukkel/amateur/loser/kluns | zelfverwijt | piekeren | 2 | dim:houding
ik ben een prutser/mislukkeling/sukkel/amateur/loser/kluns | zelfverwijt | piekeren | 2 | dim:houding
wat ben ik … dom/stom/naief | zelfverwijt | piekeren | 2 | dim:houding
ik voel me … schuldig | zelfverwijt | piekeren | 1.5 | dim:houding neg:cancel
het blijft maar malen | malen | piekeren | 2 | dim:focus
ik lig er … wakker van | malen | piekeren | 2 | dim:focus
ik had het moeten zien aankomen | spijt | piekeren | 2 | dim:focus
had ik … niet gewoon | spijt | piekeren | 1.5 | dim:focus question
ik weet het gewoon niet meer | onvermogen | piekeren | 2 | dim:focus
ik heb geen idee hoe ik | onvermogen | piekeren | 1.5 | dim:focus

# Beelden die blijven terugkomen, twijfel aan de eigen geschiktheid, schaamte, uitputting en
# rampdenken: piekeren zonder de woorden "altijd", "nooit" of "had ik maar".
zie … steeds … voor me | malen | piekeren | 2 | dim:focus
steeds voor me | malen | piekeren | 1.5 | dim:focus
zie ik … steeds | malen | piekeren | 1 | dim:focus
krijg … niet weg | malen | piekeren | 1.5 | dim:focus
krijg … niet van me af | malen | piekeren | 2 | dim:focus
beeld … niet weg | malen | piekeren | 2 | dim:focus
blijft … rondgaan/rondspoken/rondzingen/malen | malen | piekeren | 2 | dim:focus
gaat … steeds … rond | malen | piekeren | 1.5 | dim:focus
kan … niet slapen | malen | piekeren | 1.5 | dim:focus neg:keep
kon … niet slapen | malen | piekeren | 1.5 | dim:focus neg:keep
durf … niet … slapen | malen | piekeren | 2 | dim:focus
de hele nacht … wakker | malen | piekeren | 2 | dim:focus
heb … liggen malen/piekeren/tobben | malen | piekeren | 2 | dim:focus
ik denk er … de hele tijd aan | malen | piekeren | 2 | dim:focus
of ik … wel … thuishoor | zelfverwijt | piekeren | 2 | dim:houding
of ik … wel geschikt | zelfverwijt | piekeren | 2 | dim:houding
of ik … wel … geschikt ben | zelfverwijt | piekeren | 2 | dim:houding
of ik dit werk … wel | zelfverwijt | piekeren | 1.5 | dim:houding
of ik dit werk … aankan | zelfverwijt | piekeren | 2 | dim:houding
wat voor … ben ik | zelfverwijt | piekeren | 2 | dim:houding
ik weet … wel beter | zelfverwijt | piekeren | 1.5 | dim:houding
had beter moeten weten | zelfverwijt | piekeren | 1.5 | dim:houding
geen ruggengraat | zelfverwijt | piekeren | 2 | dim:houding
niks/niets te zoeken | zelfverwijt | piekeren | 1.5 | dim:houding
lafaard/lafbek/mislukkeling/sukkel/kluns/oen | zelfverwijt | piekeren | 1.5 | dim:houding
het mezelf … kwalijk | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
mezelf … kwalijk neem/nam/nemen | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
voelt als verraad | zelfverwijt | piekeren | 2 | dim:houding
ik heb … gefaald | zelfverwijt | piekeren | 2 | dim:houding neg:cancel
ik heb … laten vallen | zelfverwijt | piekeren | 1.5 | dim:houding
schaamte | spuien | piekeren | 1 | dim:perspectief neg:cancel
schuldgevoel/schuldgevoelens | spuien | piekeren | 1.5 | dim:perspectief neg:cancel
rotgevoel/kutgevoel/klotegevoel | spuien | piekeren | 1.5 | dim:perspectief neg:cancel
misselijk van | spuien | piekeren | 1.5 | dim:perspectief neg:cancel
word er … misselijk van | spuien | piekeren | 2 | dim:perspectief neg:cancel
hoe lang ik dit nog … volhoud/trek/kan/aankan | spuien | piekeren | 2 | dim:perspectief
ik hou/houd het niet … vol | spuien | piekeren | 2 | dim:perspectief
ik trek het … niet | spuien | piekeren | 1.5 | dim:perspectief
ik ben … op | spuien | piekeren | 0.5 | dim:perspectief
ik zit er … doorheen | spuien | piekeren | 2 | dim:perspectief
behalve ik | vergelijking | piekeren | 1.5 | dim:perspectief
behalve mij | vergelijking | piekeren | 1.5 | dim:perspectief
bij anderen lukt het … wel | vergelijking | piekeren | 2 | dim:perspectief
de anderen kunnen … wel | vergelijking | piekeren | 2 | dim:perspectief
als hem/haar/hen … iets was overkomen | malen | piekeren | 2 | dim:focus
als er … iets was gebeurd | malen | piekeren | 1.5 | dim:focus
straks … echt … fout | malen | piekeren | 2 | dim:focus
straks gaat het … mis | malen | piekeren | 2 | dim:focus
straks gebeurt er | malen | piekeren | 1.5 | dim:focus
wat als het … mis | malen | piekeren | 1.5 | dim:focus
ik ben bang dat ik | malen | piekeren | 1.5 | dim:focus neg:cancel
ik durf … niet meer | onvermogen | piekeren | 1.5 | dim:focus
ik bevroor/bevries | onvermogen | piekeren | 1.5 | dim:focus
ik klapte dicht | onvermogen | piekeren | 1.5 | dim:focus
ik schiet … in de stress | onvermogen | piekeren | 1 | dim:focus
ik schuif het … voor me uit | onvermogen | piekeren | 1.5 | dim:focus

# Retorische waarom-vragen: "nou", "niet eens" en vergelijken met anderen maken van de vraag
# een verzuchting ("Waarom vergeet ik nou zoiets?"), geen onderzoek.
waarom … nou | spuien | piekeren | 1.5 | dim:perspectief question
waarom … nou net | spuien | piekeren | 2 | dim:perspectief question
niet eens | spuien | piekeren | 1 | dim:perspectief question
waarom doe ik dit werk | zelfverwijt | piekeren | 2 | dim:houding question
voor anderen … vanzelf | vergelijking | piekeren | 2 | dim:perspectief
bij anderen … vanzelf | vergelijking | piekeren | 2 | dim:perspectief
zo slecht in | houding | piekeren | 1.5 | dim:houding neg:flip
blijf/bleef me/mij … afvragen | malen | piekeren | 2 | dim:focus
had ik … kunnen/moeten weten | spijt | piekeren | 1.5 | dim:focus statement
wat me/mij dwarszit/dwarszat | malen | piekeren | 1 | dim:focus

# Zelfoordeel en verzuchting in gewone woorden: "ik vind mezelf zwak", "te zacht voor dit werk",
# "hoe kan ik na al die jaren nog zo reageren", "waarom laat ik me toch altijd meeslepen".
vind mezelf/mijzelf | zelfverwijt | piekeren | 1.5 | dim:houding neg:cancel
te zacht/soft/slap/week … voor dit werk | zelfverwijt | piekeren | 2 | dim:houding
voel me/mij … schuldig | zelfverwijt | piekeren | 1.5 | dim:houding neg:cancel
niet zoals ik wil werken | zelfverwijt | piekeren | 1.5 | dim:houding
hoe kan ik … nog zo | zelfverwijt | piekeren | 2 | dim:houding
waarom … ik … toch | spuien | piekeren | 1.5 | dim:perspectief question
sta ik er … alleen voor | spuien | piekeren | 2 | dim:perspectief
irriteert me/mij | spuien | piekeren | 1.5 | dim:perspectief neg:cancel
ik ben … te soft/zacht/slap/goed | zelfverwijt | piekeren | 1.5 | dim:houding statement
ik ben … een gevaar | zelfverwijt | piekeren | 2 | dim:houding
ik ben soms zo'n | zelfverwijt | piekeren | 1.5 | dim:houding
irritant/knullig/naief/laf/zwak/dom/stom van mezelf/mij | zelfverwijt | piekeren | 2 | dim:houding
onvergeeflijk | zelfverwijt | piekeren | 2 | dim:houding neg:flip
voor gek | spuien | piekeren | 1.5 | dim:perspectief
loopt/lopen … over me heen | spuien | piekeren | 2 | dim:perspectief
durf … bijna niet | onvermogen | piekeren | 1.5 | dim:focus
en niet naar mij | vergelijking | piekeren | 1.5 | dim:perspectief

# Malen in elke tijd en persoon, met de vormen uitgeschreven: "ik bleef maar denken", "ik blijf
# erover nadenken", "hij blijft maar twijfelen". (Een regel op het lemma, `=blijven … =denken`,
# dekt ze ook, maar laat elke analyse eerst de taallaag draaien: twee keer zo traag per verslag;
# zie Lexicons/README.md.)
blijf/blijft/bleef/bleven/blijven … denken/nadenken/piekeren/malen/tobben/twijfelen/afvragen | malen | piekeren | 2 | dim:focus neg:cancel
blijf/blijft/bleef/bleven/blijven … dacht/denk/denkt | malen | piekeren | 2 | dim:focus neg:cancel
speel/speelt/speelde/speelden … af in mijn/m'n hoofd | malen | piekeren | 2 | dim:focus neg:cancel
afspelen … in mijn/m'n hoofd | malen | piekeren | 2 | dim:focus neg:cancel
lig/ligt/lag/lagen … wakker | malen | piekeren | 2 | dim:focus neg:cancel
spookte/spookt/spoken … door mijn/m'n hoofd | malen | piekeren | 2 | dim:focus neg:cancel
zit/zat … nog mee | malen | piekeren | 1.5 | dim:focus neg:cancel
cijfer/cijferde/cijferen … mezelf/mijzelf … weg | zelfverwijt | piekeren | 1.5 | dim:houding
mezelf/mijzelf … weg te cijferen | zelfverwijt | piekeren | 1.5 | dim:houding
weggecijferd | zelfverwijt | piekeren | 1.5 | dim:houding
loop/liep … mezelf/mijzelf voorbij | zelfverwijt | piekeren | 1 | dim:houding
