# Fasen: de vijf fasen van de reflectiespiraal (Korthagen), label = fase.
# 1 handelen/ervaring: wat je vooraf wilde bereiken, waar je op wilde letten ("ik wilde",
#   "mijn doel was", "ik had me voorgenomen", "ik was van plan").
# 2 terugblikken: wat er concreet gebeurde; wat jij en de ander deden, dachten, voelden. Naast
#   deze woorden telt de analyse vertellende zinnen (verhaal.lex) als terugblik.
# 3 bewustwording van wezenlijke aspecten: samenhang, invloed van de context, wat het voor je
#   betekent, de kern ("ik besef", "de kern is", "eigenlijk ging het om").
# 4 alternatieven ontwikkelen: andere mogelijkheden, voor- en nadelen, een besluit ("ik had
#   ook kunnen", "een andere mogelijkheid", "volgende keer wil ik"). "Had ik maar" is spijt,
#   geen alternatief (piekeren.lex wint waar beide passen).
# 5 uitproberen: de nieuwe aanpak proberen, verslag van een eerder voornemen ("deze keer deed
#   ik", "zoals ik me vorige keer had voorgenomen", "ik heb het uitgeprobeerd"). Een
#   voornemen (fase 1) in een zin die naar een eerder moment verwijst (tijd.lex, "eerder")
#   wordt door de analyse als fase 5 gelezen.
# Een gewicht onder 1 is een zwakke aanwijzing: pas samen met een tweede telt de fase.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
ik wilde | fase | 1 | 1 | statement
ik wou | fase | 1 | 1 | statement
wilde ik | fase | 1 | 1 | statement
ik wilde graag | fase | 1
ik wilde vooral | fase | 1
ik wilde … bereiken | fase | 1 | 1.5
ik wilde … letten op | fase | 1 | 1.5
ik wilde … proberen | fase | 1 | 1.5
we wilden | fase | 1 | 1 | statement
mijn doel voor | fase | 1 | 1.5
doel van het gesprek | fase | 1 | 1.5
doel van het huisbezoek | fase | 1 | 1.5
met als doel | fase | 1 | 1.5
had als doel | fase | 1 | 1.5
ik had als doel | fase | 1 | 2
ik had me … voorgenomen | fase | 1 | 2
ik had mij … voorgenomen | fase | 1 | 2
had ik me … voorgenomen | fase | 1 | 2
had ik mij … voorgenomen | fase | 1 | 2
ik nam me … voor | fase | 1 | 1.5
ik nam mij … voor | fase | 1 | 1.5
ik was van plan | fase | 1 | 2
was ik van plan | fase | 1 | 2
mijn plan was | fase | 1 | 2
het plan was | fase | 1 | 1.5
mijn bedoeling was | fase | 1 | 2
het was de bedoeling dat ik | fase | 1 | 2
het was mijn bedoeling | fase | 1 | 2
mijn insteek was | fase | 1 | 2
mijn insteek | fase | 1 | 1
ik ging … met het idee | fase | 1 | 1.5
ik ging erheen om | fase | 1 | 1.5
ik ging … om te | fase | 1 | 0.5
ik hoopte | fase | 1 | 1.5
ik hoopte dat | fase | 1 | 1.5
ik had bedacht | fase | 1 | 1.5
ik had … bedacht dat | fase | 1 | 1.5
vooraf | fase | 1 | 1
van tevoren | fase | 1 | 1
voorafgaand | fase | 1 | 1
ter voorbereiding | fase | 1 | 1.5
ik had me voorbereid | fase | 1 | 1.5
ik had … voorbereid | fase | 1 | 1
voorbereiding | fase | 1 | 0.5
ik wilde … dat hij/zij/ze | fase | 1 | 1
wat ik wilde bereiken | fase | 1 | 2
wat ik wilde | fase | 1 | 1
waar ik op wilde letten | fase | 1 | 2
mijn voornemen was | fase | 1 | 2
situatie | fase | 2 | 0.5 | start
wat er gebeurde | fase | 2 | 1.5
wat gebeurde er | fase | 2 | 1.5
ik deed | fase | 2 | 1
ik zei | fase | 2 | 1
ik vroeg | fase | 2 | 1
ik dacht | fase | 2 | 1
ik voelde | fase | 2 | 1
ik zag | fase | 2 | 1
ik merkte | fase | 2 | 1
ik reageerde | fase | 2 | 1
ik heb … gezegd | fase | 2 | 1
ik heb … gedaan | fase | 2 | 1
ik heb … gevraagd | fase | 2 | 1
ik besef | fase | 3 | 2 | neg:cancel
ik besef me | fase | 3 | 2 | neg:cancel
besef ik | fase | 3 | 2 | neg:cancel
ik besefte | fase | 3 | 2 | neg:cancel
besefte ik | fase | 3 | 2 | neg:cancel
ik realiseer me | fase | 3 | 2 | neg:cancel
ik realiseer mij | fase | 3 | 2 | neg:cancel
realiseer ik me | fase | 3 | 2 | neg:cancel
ik realiseerde me | fase | 3 | 2 | neg:cancel
realiseerde ik me | fase | 3 | 2 | neg:cancel
de kern is | fase | 3 | 2.5
de kern was | fase | 3 | 2.5
de kern van | fase | 3 | 2
in de kern | fase | 3 | 2
de essentie | fase | 3 | 2
waar het eigenlijk om gaat | fase | 3 | 2.5
waar het eigenlijk om ging | fase | 3 | 2.5
waar het om draait | fase | 3 | 2
waar het om ging | fase | 3 | 1
eigenlijk ging het om | fase | 3 | 2.5
eigenlijk gaat het om | fase | 3 | 2.5
het ging eigenlijk om | fase | 3 | 2.5
het gaat eigenlijk om | fase | 3 | 2.5
het ging niet om | fase | 3 | 1.5
het gaat niet om | fase | 3 | 1.5
het echte probleem | fase | 3 | 2.5
het eigenlijke probleem | fase | 3 | 2.5
het werkelijke probleem | fase | 3 | 2.5
het onderliggende | fase | 3 | 2
onderliggend | fase | 3 | 1.5
onder de oppervlakte | fase | 3 | 2
wat er eigenlijk speelde | fase | 3 | 2.5
wat er onder zat | fase | 3 | 2
wat eronder zat | fase | 3 | 2
wat er echt speelde | fase | 3 | 2.5
wat dit voor mij betekent | fase | 3 | 2.5
wat het voor mij betekent | fase | 3 | 2.5
wat dit voor mij betekende | fase | 3 | 2.5
dit betekent voor mij | fase | 3 | 2.5
voor mij betekent dit | fase | 3 | 2.5
voor mij betekent | fase | 3 | 2
voor hem/haar/hen betekent | fase | 3 | 1.5
betekent dat ik | fase | 3 | 1.5
dat betekent | fase | 3 | 1
wat betekent | fase | 3 | 0.5
het zegt iets over | fase | 3 | 2
dat zegt iets over | fase | 3 | 2
zegt iets over mij | fase | 3 | 2.5
ik zie nu | fase | 3 | 2 | neg:cancel
nu zie ik | fase | 3 | 2 | neg:cancel
ik zie in | fase | 3 | 2 | neg:cancel
ik zag in | fase | 3 | 2 | neg:cancel
ik ben gaan inzien | fase | 3 | 2
inzien | fase | 3 | 1.5 | neg:cancel
inzicht | fase | 3 | 1.5 | neg:cancel
inzichten | fase | 3 | 1.5
het drong tot me door | fase | 3 | 2
drong … tot me door | fase | 3 | 2
het werd me duidelijk | fase | 3 | 2
het werd mij duidelijk | fase | 3 | 2
werd me … duidelijk | fase | 3 | 2
het is me duidelijk geworden | fase | 3 | 2
ik ontdekte | fase | 3 | 1.5
ik ontdek | fase | 3 | 1.5
ontdekking | fase | 3 | 1.5
ik merk dat ik | fase | 3 | 1.5
ik merkte dat ik | fase | 3 | 1
merk ik dat ik | fase | 3 | 1.5
ik merk bij mezelf | fase | 3 | 2
bij mezelf | fase | 3 | 1
ik herken … patroon | fase | 3 | 2.5
patroon | fase | 3 | 1.5
patronen | fase | 3 | 1.5
mijn valkuil | fase | 3 | 2.5
valkuil | fase | 3 | 1.5
mijn kwaliteit | fase | 3 | 1.5
mijn kracht | fase | 3 | 1
mijn eigen aandeel | fase | 3 | 2
mijn aandeel | fase | 3 | 2
mijn eigen rol | fase | 3 | 2
achteraf denk ik | fase | 3 | 1.5
achteraf gezien | fase | 3 | 1.5
achteraf zie ik | fase | 3 | 2
terugkijkend | fase | 3 | 1.5
als ik terugkijk | fase | 3 | 1.5
nu ik erop terugkijk | fase | 3 | 1.5
nu begrijp ik | fase | 3 | 2
ik begrijp nu | fase | 3 | 2
nu snap ik | fase | 3 | 2
ik snap nu | fase | 3 | 2
ik begrijp beter | fase | 3 | 2
het heeft te maken met | fase | 3 | 1.5
dat heeft te maken met | fase | 3 | 1.5
het had te maken met | fase | 3 | 1.5
te maken met mijn | fase | 3 | 2
hangt samen met | fase | 3 | 1.5
samenhang | fase | 3 | 1.5
de reden is | fase | 3 | 1
de reden was | fase | 3 | 1
het raakt aan | fase | 3 | 2
raakte me omdat | fase | 3 | 2
het raakte me | fase | 3 | 1
wat me raakte | fase | 3 | 1.5
ik heb geleerd | fase | 3 | 1.5
ik leerde | fase | 3 | 1.5
wat ik hiervan leer | fase | 3 | 2
wat ik geleerd heb | fase | 3 | 2
wat ik heb geleerd | fase | 3 | 2
ik word me bewust | fase | 3 | 2
ik werd me bewust | fase | 3 | 2
bewust geworden | fase | 3 | 2
bewustwording | fase | 3 | 2
ik ben me … bewust | fase | 3 | 1.5
eigen normen | fase | 3 | 2
mijn normen | fase | 3 | 2
mijn waarden | fase | 3 | 2
mijn overtuiging | fase | 3 | 2
belangrijk voor mij | fase | 3 | 1
voor mij belangrijk | fase | 3 | 1
daar zit het | fase | 3 | 1.5
daar zit de | fase | 3 | 1
blijkbaar | fase | 3 | 0.5
misschien … omdat | fase | 3 | 1
misschien had het … te maken | fase | 3 | 2
kwam … voort uit | fase | 3 | 2
komt … voort uit | fase | 3 | 2
voortkomt uit | fase | 3 | 2
voortkwam uit | fase | 3 | 2
eigenlijk was ik | fase | 3 | 1.5
eigenlijk ben ik | fase | 3 | 1.5
eigenlijk wilde ik | fase | 3 | 1
ik had ook kunnen | fase | 4 | 2.5
had ik ook kunnen | fase | 4 | 2.5
ik had … ook kunnen | fase | 4 | 2.5
had ik … ook … kunnen | fase | 4 | 2.5
ik had … ook | fase | 4 | 0.5
ik had … anders kunnen | fase | 4 | 2
ik had ook | fase | 4 | 1
ik kan ook | fase | 4 | 1.5
ik kon ook | fase | 4 | 1.5
ik zou ook kunnen | fase | 4 | 2
ik zou …8 kunnen | fase | 4 | 1.5
zou ik …8 kunnen | fase | 4 | 1.5
we zouden …8 kunnen | fase | 4 | 1.5
je zou …8 kunnen | fase | 4 | 1.5
een andere mogelijkheid | fase | 4 | 2.5
andere mogelijkheden | fase | 4 | 2.5
een mogelijkheid is | fase | 4 | 2
een mogelijkheid | fase | 4 | 1
mogelijkheden | fase | 4 | 1.5
een andere optie | fase | 4 | 2.5
een optie is | fase | 4 | 2
optie | fase | 4 | 1
opties | fase | 4 | 1.5
een alternatief | fase | 4 | 2.5
alternatief | fase | 4 | 2
alternatieven | fase | 4 | 2.5
een andere aanpak | fase | 4 | 2
een andere manier | fase | 4 | 1.5
een andere richting | fase | 4 | 1.5
richtingen | fase | 4 | 1.5
twee/drie/verschillende/meerdere mogelijkheden | fase | 4 | 2.5
twee/drie/verschillende/meerdere opties | fase | 4 | 2.5
twee/drie/verschillende/meerdere richtingen | fase | 4 | 2.5
twee/drie/verschillende/meerdere manieren | fase | 4 | 2
voordeel | fase | 4 | 1.5
nadeel | fase | 4 | 1.5
voordelen | fase | 4 | 1.5
nadelen | fase | 4 | 1.5
voor- en nadelen | fase | 4 | 2.5
het risico | fase | 4 | 1
afwegen | fase | 4 | 1.5
afweging | fase | 4 | 1.5
ik weeg | fase | 4 | 1.5
ik kies ervoor | fase | 4 | 2
ik kies voor | fase | 4 | 2
ik heb gekozen | fase | 4 | 1.5
ik kies | fase | 4 | 1
kies ik | fase | 4 | 1.5
keuze | fase | 4 | 0.5
in plaats van | fase | 4 | 0.5
volgende keer | fase | 4 | 2
de volgende keer | fase | 4 | 2
een volgende keer | fase | 4 | 2
bij een volgende | fase | 4 | 2
voortaan | fase | 4 | 2
in het vervolg | fase | 4 | 2
vanaf nu | fase | 4 | 1.5
ik neem me voor | fase | 4 | 2
ik neem mij voor | fase | 4 | 2
neem ik me voor | fase | 4 | 2
mijn voornemen is | fase | 4 | 2
ik ga … proberen | fase | 4 | 2
ik wil … proberen | fase | 4 | 2
ik ga … oefenen | fase | 4 | 2
ik wil … oefenen | fase | 4 | 2
ik wil voortaan | fase | 4 | 2
ik ga voortaan | fase | 4 | 2
wat ik anders wil | fase | 4 | 2
wat ik anders ga | fase | 4 | 2
anders aanpakken | fase | 4 | 1.5
anders doen | fase | 4 | 1
wat kan ik anders | fase | 4 | 1.5
wat had ik anders kunnen | fase | 4 | 0.3
wat zou ik anders | fase | 4 | 1.5
wat zou helpen | fase | 4 | 1.5
het zou helpen als | fase | 4 | 2
ik ga … bespreken | fase | 4 | 1.5
ik ga … voorstellen | fase | 4 | 1.5
ik stel … voor | fase | 4 | 1
ik bel … om | fase | 4 | 1
ik ga … vragen | fase | 4 | 1
ik ga … eerst | fase | 4 | 1.5
ik wil eerst | fase | 4 | 1.5
ik ga eerst | fase | 4 | 1.5
mijn plan is | fase | 4 | 2
het plan is | fase | 4 | 1.5
ik ga | fase | 4 | 0.5
ik wil | fase | 4 | 0.5 | statement wish
ga ik | fase | 4 | 0.5
wil ik | fase | 4 | 0.5 | statement wish
we gaan | fase | 4 | 0.5
we willen | fase | 4 | 0.5 | wish
wij gaan | fase | 4 | 0.5
ik heb geprobeerd | fase | 5 | 1
ik heb … geprobeerd | fase | 5 | 1
heb ik … geprobeerd | fase | 5 | 1
ik probeerde | fase | 5 | 0.5
deze keer | fase | 5 | 0.5
dit keer | fase | 5 | 0.5
deze keer deed ik | fase | 5 | 2.5
zoals voorgenomen | fase | 5 | 3
zoals afgesproken | fase | 5 | 1.5
zoals besproken | fase | 5 | 1.5
zoals ik … had bedacht | fase | 5 | 2.5
zoals in de intervisie | fase | 5 | 2.5
wat ik in de intervisie | fase | 5 | 2
uitgeprobeerd | fase | 5 | 2.5
heb … uitgeprobeerd | fase | 5 | 2.5
ik probeerde het … uit | fase | 5 | 2.5
uitproberen | fase | 5 | 1
toegepast | fase | 5 | 2
ik paste … toe | fase | 5 | 2
heb … toegepast | fase | 5 | 2
ik heb het anders aangepakt | fase | 5 | 2.5
anders aangepakt | fase | 5 | 2
anders gedaan | fase | 5 | 1.5
nu heb ik | fase | 5 | 1
nu deed ik | fase | 5 | 2
nu vroeg ik | fase | 5 | 2
nu heb ik eerst | fase | 5 | 2.5
voor het eerst | fase | 5 | 0.5
het werkte | fase | 5 | 1.5
het werkte niet | fase | 5 | 1.5
dat werkte | fase | 5 | 1.5
werkte het | fase | 5 | 1.5
het effect was | fase | 5 | 2
het resultaat was | fase | 5 | 2
effect | fase | 5 | 0.5
het verschil met vorige keer | fase | 5 | 3
anders dan vorige keer | fase | 5 | 3
in tegenstelling tot vorige keer | fase | 5 | 3
vergeleken met vorige keer | fase | 5 | 3
net als vorige keer | fase | 5 | 1.5
het lukte nu | fase | 5 | 2
nu lukte het | fase | 5 | 2
deze week heb ik | fase | 5 | 1.5
de nieuwe aanpak | fase | 5 | 2
nieuwe aanpak | fase | 5 | 1.5
de tip van | fase | 5 | 1.5
de tip uit | fase | 5 | 2
het advies van | fase | 5 | 1
mijn leerdoel | fase | 5 | 1
mijn/ons/het doel … was | fase | 1 | 2
mijn/ons/het doel … is | fase | 1 | 1
doel | fase | 1 | 1.5 | start
doel van | fase | 1 | 1.5
nam ik me … voor | fase | 1 | 1.5
nam ik mij … voor | fase | 1 | 1.5
spraken we … af om | fase | 1 | 1.5
hadden we … afgesproken om/dat | fase | 1 | 1.5
afgesproken om | fase | 1 | 1
wilde … eigenlijk | fase | 1 | 0.5
ik had … voorgesteld | fase | 1 | 1
had ik … voorgesteld | fase | 1 | 1
wat ik daarvan leer | fase | 3 | 2
wat ik ervan leer | fase | 3 | 2
daarvan leer ik | fase | 3 | 2
hiervan leer ik | fase | 3 | 2
leer ik | fase | 3 | 1
ik heb … geleerd | fase | 3 | 1.5
wat ik … heb geleerd | fase | 3 | 2
gaat … niet om … maar | fase | 3 | 2
ging … niet om … maar | fase | 3 | 2
niet om … maar om | fase | 3 | 2
niet over … maar over | fase | 3 | 2
meer over … dan over | fase | 3 | 2
meer om … dan om | fase | 3 | 2
gaat … meer over | fase | 3 | 1.5
gaat … eigenlijk over | fase | 3 | 2
ging … eigenlijk over | fase | 3 | 2
voor mezelf betekent | fase | 3 | 2.5
betekent het dat | fase | 3 | 1.5
doet iets met | fase | 3 | 1.5
deed iets met | fase | 3 | 1.5
ik merk dat | fase | 3 | 1
zegt iets over hoe | fase | 3 | 2
het zit hem in | fase | 3 | 2
zit hem in | fase | 3 | 1.5
door elkaar lopen | fase | 3 | 1.5
lopen … door elkaar | fase | 3 | 1.5
komt … samen | fase | 3 | 1
samen zijn | fase | 3 | 0.5
een paar dingen | fase | 3 | 1
twee dingen | fase | 3 | 1
meerdere dingen | fase | 3 | 1.5
er speelt | fase | 3 | 1
speelt er | fase | 3 | 1
meer speelt | fase | 3 | 1.5
mijn reflex | fase | 3 | 2
reflex | fase | 3 | 1
komt uit mijn | fase | 3 | 2
herken … bij mezelf | fase | 3 | 2
bij mezelf herken | fase | 3 | 2
wat er … gebeurt | fase | 3 | 0.5
wat er volgens mij | fase | 3 | 1.5
mijn idee is | fase | 3 | 1
ik zie het als | fase | 3 | 1.5
eigenlijk het … probleem | fase | 3 | 1.5
het verrassende | fase | 3 | 1.5
verrassend | fase | 3 | 0.5
wat ik ga doen | fase | 4 | 2.5
wat ik wil doen | fase | 4 | 2.5
wat we gaan doen | fase | 4 | 2.5
wat we kiezen | fase | 4 | 2.5
wat ik kies | fase | 4 | 2.5
we kiezen | fase | 4 | 1.5
we besluiten | fase | 4 | 2
ik besluit | fase | 4 | 2
besluit ik | fase | 4 | 2
mijn voorstel | fase | 4 | 2
voorstel | fase | 4 | 1
voorstellen | fase | 4 | 1
wat ik kan proberen | fase | 4 | 2.5
wat ik kan doen | fase | 4 | 2
wat we kunnen doen | fase | 4 | 2.5
wat we zouden kunnen | fase | 4 | 2.5
misschien moeten we | fase | 4 | 1.5
misschien moet ik | fase | 4 | 1
misschien kan ik | fase | 4 | 1.5
misschien kunnen we | fase | 4 | 1.5
actiepunt | fase | 4 | 1.5
actiepunten | fase | 4 | 1.5
dat ga ik | fase | 4 | 1.5
ik probeer | fase | 4 | 0.3 | statement
probeer ik | fase | 4 | 0.3 | statement
we evalueren | fase | 4 | 1.5
evalueren we | fase | 4 | 1.5
kijken we … terug | fase | 4 | 1.5
ik kijk … terug | fase | 4 | 1
terugkijken | fase | 4 | 1
ik wil … bellen/vragen/voorstellen/bespreken/inbrengen/meenemen/aankaarten/navragen/uitzoeken/regelen/afspreken/oefenen/leren | fase | 4 | 1.5 | statement
wil ik … bellen/vragen/voorstellen/bespreken/inbrengen/meenemen/aankaarten/navragen/uitzoeken/regelen/afspreken | fase | 4 | 1.5 | statement
ik ga … bellen/vragen/voorstellen/bespreken/inbrengen/meenemen/aankaarten/navragen/uitzoeken/regelen/afspreken | fase | 4 | 1.5 | statement
wil ik meenemen | fase | 4 | 1.5
ik neem … mee naar | fase | 4 | 1.5
zoals ik … voorgenomen | fase | 5 | 3
zoals … afgesproken | fase | 5 | 2
zoals … voorgesteld | fase | 5 | 1.5
de proef | fase | 5 | 2
proef | fase | 5 | 1.5
proefperiode | fase | 5 | 2
terugblik op | fase | 5 | 1.5
het effect | fase | 5 | 1
effect zag | fase | 5 | 1.5
voor haar/hem werkt het | fase | 5 | 2
werkt het | fase | 5 | 1
dat heb ik … gedaan | fase | 5 | 1
heb ik dat … gedaan | fase | 5 | 1
dat hebben we … gedaan | fase | 5 | 1
we hebben … geprobeerd | fase | 5 | 1.5
hebben we … geprobeerd | fase | 5 | 1.5
heb ik … uitgeprobeerd | fase | 5 | 2.5
nu … wel | fase | 5 | 0.5
niet gaat om | fase | 3 | 1.5
niet … gaat om … maar | fase | 3 | 2
minder om … dan om | fase | 3 | 2
minder over … dan over | fase | 3 | 2
niet alleen … maar ook | fase | 3 | 0.5
verklaart | fase | 3 | 1
dat verklaart | fase | 3 | 2
mijn eigen beeld | fase | 3 | 2
mijn eigen | fase | 3 | 0.5
eigen opvoeding | fase | 3 | 2
zelf ook | fase | 3 | 1
ik … zelf ook | fase | 3 | 0.5
k/'k wilde | fase | 1 | 1 | statement
wou ik | fase | 1 | 1 | statement
wilde ik … vooral | fase | 1 | 1
met de bedoeling | fase | 1 | 2
met het doel | fase | 1 | 2
met als insteek | fase | 1 | 2
met de gedachte | fase | 1 | 1.5
met het idee | fase | 1 | 1.5
het idee was | fase | 1 | 1.5
de bedoeling was | fase | 1 | 2
was bedoeld om | fase | 1 | 2
bedoeld om | fase | 1 | 1
mijn opdracht | fase | 1 | 1.5
opdracht aan mezelf | fase | 1 | 2
mijn aandachtspunt | fase | 1 | 2
aandachtspunt | fase | 1 | 1
mijn focus lag | fase | 1 | 2
mijn focus | fase | 1 | 1
focus lag | fase | 1 | 1.5
waar het mij om ging | fase | 1 | 2
waar het me om ging | fase | 1 | 2
van plan | fase | 1 | 1.5
van zins | fase | 1 | 2
vastbesloten | fase | 1 | 1.5
erop gebrand | fase | 1 | 2
erop uit | fase | 1 | 1.5
had … ingeprent | fase | 1 | 2
ingeprent | fase | 1 | 1.5
met mezelf afgesproken | fase | 1 | 2
had ik met mezelf afgesproken | fase | 1 | 2
ik had het plan | fase | 1 | 2
had het plan | fase | 1 | 1.5
hadden … besloten om | fase | 1 | 1.5
had … besloten om | fase | 1 | 1.5
op voorhand | fase | 1 | 1.5
voor de start | fase | 1 | 1
bij aanvang | fase | 1 | 1
vandaag let ik | fase | 1 | 1.5
let ik … op | fase | 1 | 1
ik let … op | fase | 1 | 1
wilde … laten | fase | 1 | 1
wou … laten | fase | 1 | 1
mijn leervraag | fase | 1 | 1.5
mijn leerdoel was | fase | 1 | 2
ik mikte op | fase | 1 | 2
ik streefde | fase | 1 | 2
mijn streven | fase | 1 | 2
ik hoopte … te | fase | 1 | 1
ik ging … in met | fase | 1 | 1.5
ben … in gegaan met | fase | 1 | 1.5
naar binnen gegaan met | fase | 1 | 1.5
de kern | fase | 3 | 1.5
kern: | fase | 3 | 1
nu pas | fase | 3 | 1.5
pas nu | fase | 3 | 1.5
wat ik nu pas zie | fase | 3 | 2.5
wat ik nu zie | fase | 3 | 2
werd duidelijk | fase | 3 | 1.5
duidelijk geworden | fase | 3 | 2
voor mij werd duidelijk | fase | 3 | 2.5
het kwartje viel | fase | 3 | 2.5
kwartje viel | fase | 3 | 2.5
het punt is | fase | 3 | 2
wat hier speelt | fase | 3 | 2.5
wat er speelt | fase | 3 | 1.5
wat … speelt | fase | 3 | 1
onder … zit | fase | 3 | 1.5
zit vooral | fase | 3 | 1
zit 'm in | fase | 3 | 2
zit hem … in | fase | 3 | 2
zat 'm in | fase | 3 | 2
raakt aan | fase | 3 | 1.5
iets van mezelf | fase | 3 | 2
bleek … te | fase | 3 | 1
blijkt | fase | 3 | 1
bleek | fase | 3 | 0.5
ontdekken | fase | 3 | 1
te ontdekken dat | fase | 3 | 2
viel me op dat ik | fase | 3 | 2
viel mij op dat ik | fase | 3 | 2
wat mij opvalt | fase | 3 | 1.5
wat me opvalt | fase | 3 | 1.5
samenhing met | fase | 3 | 2
samenhangt met | fase | 3 | 2
hing samen met | fase | 3 | 2
kwam niet uit het niets | fase | 3 | 2
niet uit het niets | fase | 3 | 2
geen onwil | fase | 3 | 2
is geen … maar | fase | 3 | 2
geen … maar van | fase | 3 | 2
was geen … maar | fase | 3 | 2
geen teken van | fase | 3 | 1
geen spel | fase | 3 | 1
de enige manier | fase | 3 | 1
een manier om | fase | 3 | 1
snap ik dat | fase | 3 | 2
begrijp ik dat | fase | 3 | 2
ik zie dat | fase | 3 | 1
nu zie ik dat | fase | 3 | 2
je ziet dan | fase | 3 | 1.5
dat voelt hij | fase | 3 | 1
loyaliteit | fase | 3 | 1.5
overbelast | fase | 3 | 1
eigenlijk de | fase | 3 | 0.5
da's eigenlijk | fase | 3 | 1
dat is eigenlijk | fase | 3 | 1
ik twijfel tussen | fase | 4 | 2.5
twijfel tussen | fase | 4 | 2
ik overweeg | fase | 4 | 2
overweeg ik | fase | 4 | 2
ik denk erover | fase | 4 | 2
ik neig naar | fase | 4 | 2
neig ik | fase | 4 | 1.5
ofwel … ofwel | fase | 4 | 2.5
of … of | fase | 4 | 0.5
of eerst | fase | 4 | 1.5
of ik … of | fase | 4 | 1.5
ik ben er nog niet uit | fase | 4 | 2.5
nog niet uit of | fase | 4 | 2
twee wegen | fase | 4 | 2
twee mogelijkheden | fase | 4 | 2.5
middenweg | fase | 4 | 2
als ik het opnieuw zou doen | fase | 4 | 2.5
als ik het over zou doen | fase | 4 | 2.5
zou ik … eerst | fase | 4 | 1.5
we kunnen … ook | fase | 4 | 1.5
we kunnen het | fase | 4 | 1
kan ik … ook | fase | 4 | 1.5
kan ik | fase | 4 | 0.5 | statement
we kunnen | fase | 4 | 0.5 | statement
beter om | fase | 4 | 1.5
mss beter | fase | 4 | 1.5
misschien beter | fase | 4 | 1.5
het zou schelen | fase | 4 | 2
zou schelen | fase | 4 | 1.5
zou … rust geven | fase | 4 | 1.5
zou … helpen | fase | 4 | 1.5
lijkt me … betere | fase | 4 | 1.5
lijkt me een | fase | 4 | 1
de betere | fase | 4 | 1
betere volgorde | fase | 4 | 1.5
wat als we | fase | 4 | 2
wat als ik | fase | 4 | 2
weegt … zwaarder | fase | 4 | 1.5
ik hou … aan | fase | 4 | 1
bij het volgende | fase | 4 | 1.5
laat ik … tot | fase | 4 | 1
ik ga … niet meer | fase | 4 | 1.5
ik vraag eerst | fase | 4 | 1.5
vraag ik eerst | fase | 4 | 1.5
eerst … dan pas | fase | 4 | 1
wordt mijn aanpak | fase | 4 | 2
uitgevoerd | fase | 5 | 1.5
uitgetest | fase | 5 | 2
getest | fase | 5 | 1
we testen | fase | 5 | 1.5
geoefend | fase | 5 | 1.5
volgehouden | fase | 5 | 1.5
gedurfd | fase | 5 | 1.5
toegezegd | fase | 5 | 1
had … toegezegd | fase | 5 | 2
had … besloten | fase | 5 | 1
had … voorgesteld | fase | 5 | 1.5
dat ik had voorgesteld | fase | 5 | 2
zoals ik … schreef | fase | 5 | 2.5
in mijn vorige verslag | fase | 5 | 2
waar we het over hadden | fase | 5 | 2
waar ik … over twijfelde | fase | 5 | 2
de stap gezet | fase | 5 | 1.5
stap gezet | fase | 5 | 1.5
ik heb de stap | fase | 5 | 1.5
mijn voornemen … uitgevoerd | fase | 5 | 3
mijn voornemen … volgehouden | fase | 5 | 3
mijn afspraak met mezelf gehouden | fase | 5 | 3
afspraak met mezelf … gehouden | fase | 5 | 3
mijn voornemen van | fase | 5 | 2
het experiment | fase | 5 | 2
experiment | fase | 5 | 1.5
heeft … gedraaid | fase | 5 | 1.5
loopt nu | fase | 5 | 1.5
hangt nu | fase | 5 | 1
de eerste reacties | fase | 5 | 1.5
voor de tweede keer | fase | 5 | 1.5
de derde week | fase | 5 | 1.5
de tweede week | fase | 5 | 1.5
beide keren | fase | 5 | 1.5
nu twee keer | fase | 5 | 1.5
nu … keer | fase | 5 | 1
# A comparison with a named earlier moment reports how the new approach went.
anders dan in januari/februari/maart/april/mei/juni/juli/augustus/september/oktober/november/december | fase | 5 | 2
anders dan vorig/vorige/eerder | fase | 5 | 2
verschil met … vorig/vorige | fase | 5 | 2
# An ongoing practice since a month, by the writer ("sinds maart fiets ik …").
sinds januari/februari/maart/april/mei/juni/juli/augustus/september/oktober/november/december … ik/we/wij | fase | 5 | 1
# An agreement or intention told with its date or partner in between.
zoals …6 had afgesproken | fase | 5 | 2.5
zoals …6 had voorgenomen | fase | 5 | 2.5
twee keer zo gedaan | fase | 5 | 2
begonnen met het | fase | 5 | 1
gestart met | fase | 5 | 0.4 | | zwak: alleen met een eerder voornemen of een echt uitproberen in de zin
ingezet | fase | 5 | 0.4 | | zwak: een formulier meldt zo voortgang, geen uitproberen
zet ik nu | fase | 5 | 1.5
nu ook eerst | fase | 5 | 2
heb ik nu | fase | 5 | 1
sinds we | fase | 5 | 1
sinds je | fase | 5 | 0.5
de … variant gekozen | fase | 5 | 1.5
het helpt | fase | 5 | 1
dat het helpt | fase | 5 | 1.5
ging dat al beter | fase | 5 | 2
al beter | fase | 5 | 1
gaat al vlotter | fase | 5 | 2
al vlotter | fase | 5 | 1.5
merkbaar | fase | 5 | 1
uit het mdo | fase | 5 | 1
nu | fase | 5 | 0.3
sinds | fase | 5 | 0.4
mijn/het voornemen … was | fase | 1 | 2
met het plan | fase | 1 | 1.5
met als plan | fase | 1 | 1.5
duidelijk wordt | fase | 3 | 1.5
wordt me … duidelijk | fase | 3 | 2
wordt mij … duidelijk | fase | 3 | 2
komt … uit mijn eigen | fase | 3 | 2
ben … anders gaan | fase | 5 | 2
heb … anders gedaan | fase | 5 | 2
vergeleken met vorige | fase | 5 | 2.5
lukt het me beter | fase | 5 | 2
lukt het mij beter | fase | 5 | 2
gaat het … beter | fase | 5 | 1
nieuwe poging | fase | 5 | 2
een nieuwe poging | fase | 5 | 2
net als [de] vorige keer | fase | 5 | 1.5
opnieuw | fase | 5 | 0.5
voorgenomen … heb ik … gedaan | fase | 5 | 3
heb ik gedaan | fase | 5 | 0.5
stap … gezet | fase | 5 | 1.5
liep … soepeler | fase | 5 | 1
soepeler | fase | 5 | 0.5
één doel | fase | 1 | 1.5
met … doel | fase | 1 | 1
ik me … had voorgenomen | fase | 1 | 2
ik mij … had voorgenomen | fase | 1 | 2
mijn/ons/het/de doel/bedoeling/plan/voornemen/insteek/opzet/idee/streven/aandachtspunt … was | fase | 1 | 2
voor mezelf … bepaald/besloten/afgesproken | fase | 1 | 2
had ik … bepaald | fase | 1 | 1.5
ik had … bepaald | fase | 1 | 1.5
draait … om | fase | 3 | 1.5
draait het om | fase | 3 | 2
gaat het om | fase | 3 | 1
zou … beter … zijn | fase | 4 | 1.5
zou beter zijn | fase | 4 | 2
het zou beter | fase | 4 | 2
wil ik … kijken/uitzoeken/navragen/bespreken/proberen | fase | 4 | 1.5 | statement
daar wil ik | fase | 4 | 1
sinds ik/we/wij | fase | 5 | 1
het/de nieuwe | fase | 5 | 0.4
draait nu | fase | 5 | 1.5
rustiger | fase | 5 | 0.4
beter | fase | 5 | 0.3
minder | fase | 5 | 0.3
makkelijker | fase | 5 | 0.4
sneller | fase | 5 | 0.3
duidelijk minder | fase | 5 | 1
verrassend goed | fase | 5 | 1
geprobeerd | fase | 5 | 1
bijgehouden | fase | 5 | 1
eerste ervaringen | fase | 5 | 1.5
ervaringen met | fase | 5 | 1
ben ik … begonnen | fase | 5 | 1.5
ik ben … begonnen | fase | 5 | 1.5
voor 't eerst | fase | 5 | 0.5
werkt | fase | 5 | 0.4
gaat het vanzelf | fase | 5 | 1.5
vanzelf | fase | 5 | 0.4
bewust | fase | 5 | 0.4

# Inzicht zonder vakwoorden: wat iets voor de ander betekent, een conclusie ("het was dus
# niet …"), verklaringen naast elkaar wegen ("het zou … kunnen zijn"), nagaan hoe het kwam.
betekent/betekende voor hem/haar/hen/mij | fase | 3 | 2
betekende voor mij | fase | 3 | 2
het was/is dus | fase | 3 | 1 | statement
het ging/gaat dus | fase | 3 | 1 | statement
was dus niet | fase | 3 | 1.5 | statement
is dus niet | fase | 3 | 1.5 | statement
zou … kunnen zijn | fase | 3 | 1 | statement
kan ook allebei | fase | 3 | 1
maakte dat | fase | 3 | 1 | statement
hoe het kwam/komt | fase | 3 | 1.5 | statement
waar het vandaan kwam/komt | fase | 3 | 1.5 | statement
op z'n/zijn kop | fase | 3 | 1.5
mijn idee van | fase | 3 | 1
het verschil tussen | fase | 3 | 1.5
valt me/mij op | fase | 3 | 1.5
het valt me/mij op dat ik | fase | 3 | 2
was/is eigenlijk | fase | 3 | 1 | statement
wat ik nu … begrijp/snap/zie/besef | fase | 3 | 2 | statement
wat ik … ben gaan begrijpen/inzien/zien | fase | 3 | 2 | statement
begin/begon te zien/begrijpen/snappen/beseffen | fase | 3 | 2
heeft/had/hebben/hadden … te maken met | fase | 3 | 1.5
goed/slecht/anders uitgepakt | fase | 5 | 1.5
pakte/pakt … goed/slecht/anders uit | fase | 5 | 1.5
nieuwe werkwijze | fase | 5 | 1.5 | statement

# Inzicht in gewone woorden: waar het vooral om ging, wat de schrijver bij zichzelf merkte, wat
# die eruit haalt, een eigen beeld dat verschuift, oorzaken die samenkomen.
ging/gaat … vooral over/om | fase | 3 | 1.5 | statement
gemerkt dat ik | fase | 3 | 2
wat ik eruit/daaruit/hieruit haal/haalde | fase | 3 | 2
dingen tegelijk | fase | 3 | 1.5
verschuift/verschoof voor mij | fase | 3 | 2
ik zag het als … terwijl | fase | 3 | 2
het is/was niet zo dat | fase | 3 | 1 | statement
wat ik/we … niet had/hadden verwacht | fase | 3 | 2
in een ander licht | fase | 3 | 2
bedenk/bedacht ik nu | fase | 3 | 1.5
als ik het … terugzie/naga/nakijk | fase | 3 | 1.5
daar ging/gaat het … om | fase | 3 | 2 | statement
drie/vier/meerdere dingen | fase | 3 | 1
ik denk omdat | fase | 3 | 2
het eerlijke antwoord | fase | 3 | 2
iets anders dan | fase | 3 | 1 | statement
eigenlijk | fase | 3 | 1 | start statement
als ik eerlijk kijk/ben | fase | 3 | 1.5
ik dacht altijd dat … maar | fase | 3 | 2
meer een … dan een | fase | 3 | 1.5 | statement

# Een eigen waarde met haar reden ("ik doe dit omdat ik het belangrijk vind dat kinderen …"): de
# schrijver benoemt wat er voor hem of haar toe doet en waarom (fase 3). Alleen met een verband
# in de zin (`link`): "ik vind het belangrijk dat we op tijd beginnen" zonder reden is een wens.
# En een afweging die de ander eerst recht doet ("ik snap best dat …, maar …").
ik vind/vond het belangrijk dat/om | fase | 3 | 1.5 | link
vind/vond ik het belangrijk | fase | 3 | 1.5 | link
ik het belangrijk vind/vond | fase | 3 | 1.5 | link
ik snap/begrijp best dat …8 maar | fase | 3 | 1.5
ik snap/begrijp heus wel dat …8 maar | fase | 3 | 1.5
