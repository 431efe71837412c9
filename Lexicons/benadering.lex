# Benadering (dimensie 4): globaal of analytisch?
# Piekeren: globaal en veralgemenend, alles over één kam ("het loopt gewoon niet", "zo gaat
# het altijd", "elke keer weer"). De losse absolute woorden (altijd, nooit, iedereen, alles)
# staan in piekeren.lex onder "absoluut" en tellen ook voor deze dimensie.
# Reflecteren: analytisch, met specifieke momenten, details en onderscheid ("op dat moment",
# "toen hij", "enerzijds … anderzijds", "niet altijd", "soms"). Een afzwakking van een
# absoluut woord ("niet altijd", "niet iedereen") is juist nuance.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
het loopt gewoon niet | benadering | piekeren | 2
loopt gewoon niet | benadering | piekeren | 2
het gaat gewoon niet | benadering | piekeren | 2
het werkt gewoon niet | benadering | piekeren | 2
niks werkt | benadering | piekeren | 2
niets werkt | benadering | piekeren | 2
het heeft geen zin | benadering | piekeren | 1.5
heeft allemaal geen zin | benadering | piekeren | 2
het heeft toch geen zin | benadering | piekeren | 2
wat ik ook doe | benadering | piekeren | 2
wat ik ook probeer | benadering | piekeren | 2
het maakt niet uit wat ik | benadering | piekeren | 2
het maakt toch niet uit | benadering | piekeren | 1.5
altijd hetzelfde | benadering | piekeren | 2
altijd weer hetzelfde | benadering | piekeren | 2
steeds hetzelfde | benadering | piekeren | 1.5
elke keer weer | benadering | piekeren | 1.5
iedere keer weer | benadering | piekeren | 1.5
keer op keer | benadering | piekeren | 1.5
zo gaat het altijd | benadering | piekeren | 2
zo gaat het hier | benadering | piekeren | 1.5
zoals altijd | benadering | piekeren | 1
dat is altijd zo | benadering | piekeren | 2
het is altijd wat | benadering | piekeren | 2
het is elke dag | benadering | piekeren | 1
elke dag hetzelfde | benadering | piekeren | 1.5
hier loopt alles | benadering | piekeren | 2
alles loopt | benadering | piekeren | 1
iedereen [hier] doet maar | benadering | piekeren | 2
iedereen doet wat | benadering | piekeren | 1.5
het hele team | benadering | piekeren | 0.5
de hele dag | benadering | piekeren | 0.5
de hele dienst | benadering | piekeren | 0.5
echt alles | benadering | piekeren | 1.5
gewoon alles | benadering | piekeren | 1.5
het is een zooitje | benadering | piekeren | 2
zooitje | benadering | piekeren | 1.5
het is hier | benadering | piekeren | 0.5
ik kan het nooit | benadering | piekeren | 2
typisch weer | benadering | piekeren | 1.5
weer zo'n dag | benadering | piekeren | 1.5
zo'n dag | benadering | piekeren | 0.5
op dat moment | benadering | reflecteren | 1.5
op het moment dat | benadering | reflecteren | 1.5
het moment dat | benadering | reflecteren | 1
het moment waarop | benadering | reflecteren | 1.5
op dat punt | benadering | reflecteren | 1.5
toen hij/zij/ze/mevrouw/meneer | benadering | reflecteren | 1
toen ik | benadering | reflecteren | 0.5
zodra hij/zij/ze/ik | benadering | reflecteren | 1
vlak voordat | benadering | reflecteren | 1.5
vlak voor | benadering | reflecteren | 1
vlak na | benadering | reflecteren | 1
direct na | benadering | reflecteren | 1
meteen na | benadering | reflecteren | 1
net nadat | benadering | reflecteren | 1
in die situatie | benadering | reflecteren | 1
in deze situatie | benadering | reflecteren | 1
in dit geval | benadering | reflecteren | 1.5
in dat geval | benadering | reflecteren | 1
in dit gesprek | benadering | reflecteren | 1
in dat gesprek | benadering | reflecteren | 1
enerzijds | benadering | reflecteren | 2
anderzijds | benadering | reflecteren | 2
aan de ene kant | benadering | reflecteren | 2
aan de andere kant | benadering | reflecteren | 2
tegelijkertijd | benadering | reflecteren | 1
tegelijk | benadering | reflecteren | 0.5
specifiek | benadering | reflecteren | 1
concreet | benadering | reflecteren | 1
concrete | benadering | reflecteren | 1
precies | benadering | reflecteren | 0.5
met name | benadering | reflecteren | 1
vooral | benadering | reflecteren | 0.5
in het bijzonder | benadering | reflecteren | 1
het verschil | benadering | reflecteren | 1.5
verschil tussen | benadering | reflecteren | 1.5
onderscheid | benadering | reflecteren | 1.5
onderscheiden | benadering | reflecteren | 1.5
vergeleken met | benadering | reflecteren | 1
in vergelijking met | benadering | reflecteren | 1
anders dan | benadering | reflecteren | 0.5
in het begin | benadering | reflecteren | 1
aan het begin | benadering | reflecteren | 1
aan het eind | benadering | reflecteren | 1
aan het einde | benadering | reflecteren | 1
de eerste keer | benadering | reflecteren | 1
eerst | benadering | reflecteren | 0.5
daarna | benadering | reflecteren | 0.5
vervolgens | benadering | reflecteren | 0.5
na een paar minuten | benadering | reflecteren | 1.5
na … minuten | benadering | reflecteren | 1.5
twee keer | benadering | reflecteren | 0.5
drie keer | benadering | reflecteren | 0.5
soms | benadering | reflecteren | 1
af en toe | benadering | reflecteren | 1
regelmatig | benadering | reflecteren | 0.25 | | een gewoonte op een formulier ("ik bespreek regelmatig") is geen analyse; zwak
deels | benadering | reflecteren | 1.5
gedeeltelijk | benadering | reflecteren | 1.5
voor een deel | benadering | reflecteren | 1.5
tot op zekere hoogte | benadering | reflecteren | 2
niet altijd | benadering | reflecteren | 1.5
niet iedereen | benadering | reflecteren | 1.5
niet alles | benadering | reflecteren | 1.5
niet alleen | benadering | reflecteren | 1
niet helemaal | benadering | reflecteren | 1
niet per se | benadering | reflecteren | 1.5
niet zozeer | benadering | reflecteren | 1.5
minder zwart-wit | benadering | reflecteren | 2
zwart-wit | benadering | reflecteren | 1
nuance | benadering | reflecteren | 1.5
genuanceerd | benadering | reflecteren | 1.5
genuanceerder | benadering | reflecteren | 1.5
wel … maar | benadering | reflecteren | 0.5
ik merkte dat | benadering | reflecteren | 1
het viel me op | benadering | reflecteren | 1.5
het viel mij op | benadering | reflecteren | 1.5
wat me opviel | benadering | reflecteren | 1.5
wat mij opviel | benadering | reflecteren | 1.5
opvallend | benadering | reflecteren | 1
ik zag dat | benadering | reflecteren | 1
letterlijk | benadering | reflecteren | 0.5
stap voor stap | benadering | reflecteren | 1
per situatie | benadering | reflecteren | 1.5
afhankelijk van | benadering | reflecteren | 1.5
het hangt ervan af | benadering | reflecteren | 1.5
hangt af van | benadering | reflecteren | 1.5
in welke situatie | benadering | reflecteren | 1.5
op welk moment | benadering | reflecteren | 1.5
bij welke | benadering | reflecteren | 1
op maandag*/dinsdag*/woensdag*/donderdag*/vrijdag*/zaterdag*/zondag* | benadering | reflecteren | 1
net na | benadering | reflecteren | 1
juist na | benadering | reflecteren | 1
juist rond | benadering | reflecteren | 1
juist op | benadering | reflecteren | 0.5
het hele systeem | benadering | piekeren | 1.5
het hele … systeem | benadering | piekeren | 1
verschilt | benadering | reflecteren | 1.5
verschillen | benadering | reflecteren | 1
momenten | benadering | reflecteren | 1
drie momenten | benadering | reflecteren | 2
twee momenten | benadering | reflecteren | 2
wel … en … niet | benadering | reflecteren | 1
pas toen | benadering | reflecteren | 1.5
pas … toen | benadering | reflecteren | 1
bij het … bij het | benadering | reflecteren | 1
bij de … bij het | benadering | reflecteren | 1
bij het … bij de | benadering | reflecteren | 1
wel … alleen … niet | benadering | reflecteren | 1.5
wel … maar … niet | benadering | reflecteren | 1

# Toegevoegd: algemene uitspraken over "iedereen/niemand" en zekerheid zonder onderscheid.
doet maar wat | benadering | piekeren | 1.5
doen maar wat | benadering | piekeren | 1.5
niemand houdt zich aan | benadering | piekeren | 1.5
ik weet [het] precies | benadering | piekeren | 1.5 | statement
# Analytisch: onderscheid tussen situaties, momenten en mensen; vergelijken wat wel en niet werkt.
bij het … gaat/ging/loopt/liep het goed/beter/prima/soepel/rustig/vast/mis/stroef | benadering | reflecteren | 1.5
niet … in het algemeen | benadering | reflecteren | 1.5
bij twee/drie/sommige/enkele/andere begeleiders/collega's/clienten/bewoners | benadering | reflecteren | 1.5
dan als ik/we/wij/hij/zij/ze | benadering | reflecteren | 1.5
hoe het zo kon/heeft lopen/gaan/komen | benadering | reflecteren | 1.5
hoe het zo gekomen/gelopen is | benadering | reflecteren | 1.5
als ik … teruglees/terugkijk/nalees | benadering | reflecteren | 1.5
het gaat/ging altijd mis | benadering | piekeren | 2
dat doet hij/zij/ze altijd | benadering | piekeren | 1.5
nooit eens | benadering | piekeren | 1.5
vooral op momenten dat/waarop | benadering | reflecteren | 2
op momenten dat/waarop | benadering | reflecteren | 1.5
alleen als/wanneer | benadering | reflecteren | 1 | statement
in de ochtend/middag/avond/nacht | benadering | reflecteren | 1

# Een zorgvuldige toets van de eigen waarneming: nagaan of het klopt, terugzoeken, navragen.
# Analytisch, ook zonder vaste reflectiewoorden.
ik heb … nagevraagd | benadering | reflecteren | 1.5
ik heb … nagegaan | benadering | reflecteren | 1.5
ik ben … nagegaan | benadering | reflecteren | 1.5
heb … teruggelezen | benadering | reflecteren | 1.5
heb … teruggekeken | benadering | reflecteren | 1
heb … gecontroleerd of | benadering | reflecteren | 1.5
klopt dat wel | benadering | reflecteren | 1.5
of ik het goed zag | benadering | reflecteren | 1.5
of ik het goed had gezien | benadering | reflecteren | 1.5
of ik het goed begrepen had | benadering | reflecteren | 1.5
of het klopte | benadering | reflecteren | 1
of dat klopte | benadering | reflecteren | 1
niet zeker of ik | benadering | reflecteren | 1

# Veralgemenend over het systeem of de tijd: "het wordt alleen maar erger", "zo gaat het al jaren".
het wordt alleen maar erger | benadering | piekeren | 2
wordt elk jaar erger | benadering | piekeren | 2
het wordt elk jaar erger | benadering | piekeren | 2
zo gaat het al jaren | benadering | piekeren | 1.5
zo gaat het overal | benadering | piekeren | 1.5
zo gaat dat hier altijd | benadering | piekeren | 1.5
zo gaat het hier altijd | benadering | piekeren | 1.5
het is altijd hetzelfde liedje | benadering | piekeren | 1.5
