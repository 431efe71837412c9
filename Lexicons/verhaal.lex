# Verhaal: wat er gebeurde (fase 2, terugblikken) in woorden die een gebeurtenis vertellen.
# Verleden tijd van werkwoorden van handelen, zeggen, waarnemen en voelen (onvoltooid en
# voltooid), tijdsaanduidingen van een dienst of gesprek, en gevoelswoorden. Eén woord maakt nog
# geen terugblik: de analyse telt een zin als terugblik wanneer zo'n woord samengaat met een
# persoon (ik, wij, de cliënt, een collega) en de zin geen vraag of voornemen is.
# Labels: verleden (werkwoord in de verleden tijd), tijd (moment of tijdstip), gevoel
# (wat iemand voelde), spreken (wat iemand zei of vroeg: dan wordt het perspectief van de
# ander verteld).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
was | verhaal | verleden | 0.5
waren | verhaal | verleden | 0.5
had | verhaal | verleden | 0.5
hadden | verhaal | verleden | 0.5
werd | verhaal | verleden
werden | verhaal | verleden
ging | verhaal | verleden
gingen | verhaal | verleden
kwam | verhaal | verleden
kwamen | verhaal | verleden
deed | verhaal | verleden
deden | verhaal | verleden
liep | verhaal | verleden
liepen | verhaal | verleden
zag | verhaal | verleden
zagen | verhaal | verleden
keek | verhaal | verleden
keken | verhaal | verleden
gaf | verhaal | verleden
gaven | verhaal | verleden
nam | verhaal | verleden
namen | verhaal | verleden
bleef | verhaal | verleden
bleven | verhaal | verleden
stond | verhaal | verleden
stonden | verhaal | verleden
zat | verhaal | verleden
zaten | verhaal | verleden
lag | verhaal | verleden
lagen | verhaal | verleden
kon | verhaal | verleden | 0.5
konden | verhaal | verleden | 0.5
moest | verhaal | verleden | 0.5
moesten | verhaal | verleden | 0.5
mocht | verhaal | verleden | 0.5
mochten | verhaal | verleden | 0.5
wist | verhaal | verleden
wisten | verhaal | verleden
dacht | verhaal | verleden
dachten | verhaal | verleden
vond | verhaal | verleden
vonden | verhaal | verleden
kreeg | verhaal | verleden
kregen | verhaal | verleden
bracht | verhaal | verleden
brachten | verhaal | verleden
hield | verhaal | verleden
hielden | verhaal | verleden
liet | verhaal | verleden
lieten | verhaal | verleden
hielp | verhaal | verleden
hielpen | verhaal | verleden
begon | verhaal | verleden
begonnen | verhaal | verleden
besloot | verhaal | verleden
besloten | verhaal | verleden
koos | verhaal | verleden
kozen | verhaal | verleden
viel | verhaal | verleden
vielen | verhaal | verleden
sliep | verhaal | verleden
sliepen | verhaal | verleden
at | verhaal | verleden
aten | verhaal | verleden
dronk | verhaal | verleden
dronken | verhaal | verleden
schrok | verhaal | verleden
schrokken | verhaal | verleden
sloeg | verhaal | verleden
sloegen | verhaal | verleden
schopte | verhaal | verleden
gooide | verhaal | verleden
gooiden | verhaal | verleden
smeet | verhaal | verleden
trok | verhaal | verleden
trokken | verhaal | verleden
duwde | verhaal | verleden
rende | verhaal | verleden
renden | verhaal | verleden
vluchtte | verhaal | verleden
verdween | verhaal | verleden
vertrok | verhaal | verleden
vertrokken | verhaal | verleden
zweeg | verhaal | verleden
zwegen | verhaal | verleden
wees | verhaal | verleden
leek | verhaal | verleden
leken | verhaal | verleden
bleek | verhaal | verleden
bleken | verhaal | verleden
hing | verhaal | verleden
vloog | verhaal | verleden
brak | verhaal | verleden
sprak | verhaal | verleden | 1 | | ook spreken
spraken | verhaal | verleden
las | verhaal | verleden
schreef | verhaal | verleden
schreven | verhaal | verleden
zocht | verhaal | verleden
zochten | verhaal | verleden
vroeg | verhaal | spreken
vroegen | verhaal | spreken
zei | verhaal | spreken
zeiden | verhaal | spreken
riep | verhaal | spreken
riepen | verhaal | spreken
vertelde | verhaal | spreken
vertelden | verhaal | spreken
antwoordde | verhaal | spreken
antwoordden | verhaal | spreken
reageerde | verhaal | spreken
reageerden | verhaal | spreken
schreeuwde | verhaal | spreken
schreeuwden | verhaal | spreken
gilde | verhaal | spreken
mopperde | verhaal | spreken
klaagde | verhaal | spreken
vloekte | verhaal | spreken
zuchtte | verhaal | spreken
fluisterde | verhaal | spreken
brulde | verhaal | spreken
snauwde | verhaal | spreken
beet | verhaal | verleden
legde uit | verhaal | spreken
gaf aan | verhaal | spreken
gaven aan | verhaal | spreken
benoemde | verhaal | spreken
herhaalde | verhaal | spreken
beloofde | verhaal | spreken
dreigde | verhaal | spreken
stelde | verhaal | spreken | 0.5
belde | verhaal | verleden
belden | verhaal | verleden
besprak | verhaal | verleden
bespraken | verhaal | verleden
legde | verhaal | verleden
zette | verhaal | verleden
zetten | verhaal | verleden
pakte | verhaal | verleden
pakten | verhaal | verleden
hoorde | verhaal | verleden
hoorden | verhaal | verleden
merkte | verhaal | verleden
merkten | verhaal | verleden
voelde | verhaal | verleden
voelden | verhaal | verleden
probeerde | verhaal | verleden
probeerden | verhaal | verleden
huilde | verhaal | verleden
lachte | verhaal | verleden
lachten | verhaal | verleden
knikte | verhaal | verleden
weigerde | verhaal | verleden
weigerden | verhaal | verleden
wilde | verhaal | verleden | 0.5
wilden | verhaal | verleden | 0.5
wou | verhaal | verleden | 0.5
opende | verhaal | verleden
draaide | verhaal | verleden
maakte | verhaal | verleden
maakten | verhaal | verleden
werkte | verhaal | verleden
werkten | verhaal | verleden
speelde | verhaal | verleden
speelden | verhaal | verleden
wachtte | verhaal | verleden
wachtten | verhaal | verleden
kalmeerde | verhaal | verleden
stuurde | verhaal | verleden
ondersteunde | verhaal | verleden
begeleidde | verhaal | verleden
bood | verhaal | verleden
boden | verhaal | verleden
toonde | verhaal | verleden
gebeurde | verhaal | verleden
ontstond | verhaal | verleden
verliep | verhaal | verleden
eindigde | verhaal | verleden
startte | verhaal | verleden
stopte | verhaal | verleden
stopten | verhaal | verleden
raakte | verhaal | verleden
noemde | verhaal | verleden
kookte | verhaal | verleden
douchte | verhaal | verleden
waste | verhaal | verleden
ruimde | verhaal | verleden
plande | verhaal | verleden
regelde | verhaal | verleden
checkte | verhaal | verleden
controleerde | verhaal | verleden
observeerde | verhaal | verleden
signaleerde | verhaal | verleden
overlegde | verhaal | verleden
overlegden | verhaal | verleden
luisterde | verhaal | verleden
luisterden | verhaal | verleden
wandelde | verhaal | verleden
wandelden | verhaal | verleden
fietste | verhaal | verleden
reed | verhaal | verleden
rookte | verhaal | verleden
sloot | verhaal | verleden
sloten | verhaal | verleden
schoof | verhaal | verleden
greep | verhaal | verleden
kneep | verhaal | verleden
spuugde | verhaal | verleden
krabde | verhaal | verleden
trapte | verhaal | verleden
verstopte | verhaal | verleden
kroop | verhaal | verleden
glimlachte | verhaal | verleden
omhelsde | verhaal | verleden
aaide | verhaal | verleden
troostte | verhaal | verleden
kwam binnen | verhaal | verleden
deed open | verhaal | verleden
gezegd | verhaal | spreken
gevraagd | verhaal | spreken
verteld | verhaal | spreken
geroepen | verhaal | spreken
geschreeuwd | verhaal | spreken
gereageerd | verhaal | spreken
geantwoord | verhaal | spreken
uitgelegd | verhaal | spreken
aangegeven | verhaal | spreken
besproken | verhaal | verleden
gebeld | verhaal | verleden
gedaan | verhaal | verleden
gegaan | verhaal | verleden
gekomen | verhaal | verleden
gezien | verhaal | verleden
gehoord | verhaal | verleden
gemerkt | verhaal | verleden
gevoeld | verhaal | verleden
gedacht | verhaal | verleden
gewerkt | verhaal | verleden
gemaakt | verhaal | verleden
gegeven | verhaal | verleden
genomen | verhaal | verleden
gebleven | verhaal | verleden
gestaan | verhaal | verleden
gezeten | verhaal | verleden
geholpen | verhaal | verleden
gebracht | verhaal | verleden
gekregen | verhaal | verleden
gehouden | verhaal | verleden
gelaten | verhaal | verleden
gevonden | verhaal | verleden
gezocht | verhaal | verleden
gebeurd | verhaal | verleden
ontstaan | verhaal | verleden | 0.5
verlopen | verhaal | verleden | 0.5
gekozen | verhaal | verleden
afgesproken | verhaal | verleden
overlegd | verhaal | verleden
gehad | verhaal | verleden | 0.5
geweest | verhaal | verleden | 0.5
geworden | verhaal | verleden | 0.5
gelopen | verhaal | verleden
gehuild | verhaal | verleden
gelachen | verhaal | verleden
gepakt | verhaal | verleden
gegooid | verhaal | verleden
geslagen | verhaal | verleden
geschopt | verhaal | verleden
geweigerd | verhaal | verleden
geslapen | verhaal | verleden
gegeten | verhaal | verleden
gedronken | verhaal | verleden
gewandeld | verhaal | verleden
gedoucht | verhaal | verleden
gekookt | verhaal | verleden
opgeruimd | verhaal | verleden
geregeld | verhaal | verleden
gecontroleerd | verhaal | verleden
gecheckt | verhaal | verleden
geobserveerd | verhaal | verleden
geluisterd | verhaal | verleden
gespeeld | verhaal | verleden
gewacht | verhaal | verleden
gestopt | verhaal | verleden
gestart | verhaal | verleden
gesproken | verhaal | spreken
gereden | verhaal | verleden
geprobeerd | verhaal | verleden | 0.5
toegepast | verhaal | verleden | 0.5
geschrokken | verhaal | verleden
gehaald | verhaal | verleden
gestuurd | verhaal | verleden
gemaild | verhaal | verleden
geappt | verhaal | verleden
appte | verhaal | verleden
mailde | verhaal | verleden
opgehaald | verhaal | verleden
weggelopen | verhaal | verleden
binnengekomen | verhaal | verleden
thuisgekomen | verhaal | verleden
gevallen | verhaal | verleden
overgegeven | verhaal | verleden
ingegrepen | verhaal | verleden
greep in | verhaal | verleden
vanochtend | verhaal | tijd
vanmorgen | verhaal | tijd
vanmiddag | verhaal | tijd
vanavond | verhaal | tijd
vannacht | verhaal | tijd
gisteren | verhaal | tijd
gister | verhaal | tijd
gisteravond | verhaal | tijd
gistermiddag | verhaal | tijd
gisterochtend | verhaal | tijd
eergisteren | verhaal | tijd
vandaag | verhaal | tijd
's ochtends | verhaal | tijd
's middags | verhaal | tijd
's avonds | verhaal | tijd
's nachts | verhaal | tijd
tijdens | verhaal | tijd | 0.5
toen | verhaal | tijd | 0.5
zojuist | verhaal | tijd
net | verhaal | tijd | 0.3
uur | verhaal | tijd | 0.5
maandag | verhaal | tijd
dinsdag | verhaal | tijd
woensdag | verhaal | tijd
donderdag | verhaal | tijd
vrijdag | verhaal | tijd
zaterdag | verhaal | tijd
zondag | verhaal | tijd
ochtenddienst | verhaal | tijd
avonddienst | verhaal | tijd
middagdienst | verhaal | tijd
late dienst | verhaal | tijd
vroege dienst | verhaal | tijd
slaapdienst | verhaal | tijd
de dienst | verhaal | tijd | 0.5
mijn dienst | verhaal | tijd
bij de overdracht | verhaal | tijd
bij het ontbijt | verhaal | tijd
bij de lunch | verhaal | tijd
bij het avondeten | verhaal | tijd
aan tafel | verhaal | tijd
na het eten | verhaal | tijd
voor het slapen | verhaal | tijd
huisbezoek | verhaal | tijd
tijdens het gesprek | verhaal | tijd
in het gesprek | verhaal | tijd
boos | verhaal | gevoel
verdrietig | verhaal | gevoel
bang | verhaal | gevoel
angstig | verhaal | gevoel
onzeker | verhaal | gevoel
machteloos | verhaal | gevoel
blij | verhaal | gevoel
trots | verhaal | gevoel
opgelucht | verhaal | gevoel
gespannen | verhaal | gevoel
zenuwachtig | verhaal | gevoel
nerveus | verhaal | gevoel
moe | verhaal | gevoel | 0.5
verbaasd | verhaal | gevoel
ongemakkelijk | verhaal | gevoel
geïrriteerd | verhaal | gevoel
gefrustreerd | verhaal | gevoel
teleurgesteld | verhaal | gevoel
onrustig | verhaal | gevoel
rustig | verhaal | gevoel | 0.5
overvallen | verhaal | gevoel
geraakt | verhaal | gevoel
ontroerd | verhaal | gevoel
schuldig | verhaal | gevoel
beschaamd | verhaal | gevoel
opgelaten | verhaal | gevoel
alleen | verhaal | gevoel | 0.3
eenzaam | verhaal | gevoel
somber | verhaal | gevoel
kwaad | verhaal | gevoel
woedend | verhaal | gevoel
paniek | verhaal | gevoel
zwaar gevoel | verhaal | gevoel
rot gevoel | verhaal | gevoel
naar gevoel | verhaal | gevoel
goed gevoel | verhaal | gevoel
fijn | verhaal | gevoel | 0.5
ik voelde me | verhaal | gevoel
voelde ik me | verhaal | gevoel
hij/zij/ze zich … voelde/voelt/voelden | verhaal | gevoel
voelde/voelt/voelden zich | verhaal | gevoel
ik voelde mij | verhaal | gevoel
ik schrok | verhaal | gevoel
ik werd | verhaal | gevoel | 0.5
belt | verhaal | handeling | 0.5
begint | verhaal | handeling | 0.5
roept | verhaal | handeling | 0.5
zegt | verhaal | handeling | 0.5
vraagt | verhaal | handeling | 0.5
komt binnen | verhaal | handeling | 0.5
loopt weg | verhaal | handeling | 0.5
gooit | verhaal | handeling | 0.5
schreeuwt | verhaal | handeling | 0.5
slaat | verhaal | handeling | 0.5
huilt | verhaal | handeling | 0.5
weigert | verhaal | handeling | 0.5
reageert | verhaal | handeling | 0.5
pakt | verhaal | handeling | 0.5
