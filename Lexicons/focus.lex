# Focus (dimensie 2): waar richt de aandacht zich op?
# Piekeren: op fouten, falen en wat mislukte ("ik heb het weer verpest", "het ging helemaal
# mis", "het lukt me niet"). Reflecteren: op oplossingen, wat werkte en volgende stappen
# ("volgende keer", "ik ga", "wat zou helpen", "een plan", "wat ging goed"). Spijt, herhaling
# en malen (die ook op fouten gefixeerd zijn) staan in piekeren.lex.
# Ontkenning: "het ging niet mis" telt niet als faalfocus; "geen plan" niet als oplossing.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
verpest | focus | piekeren | 1.5 | neg:cancel
verpesten | focus | piekeren | 1.5 | neg:cancel
verpestte | focus | piekeren | 1.5 | neg:cancel
verknald | focus | piekeren | 1.5 | neg:cancel
verknoeid | focus | piekeren | 1.5 | neg:cancel
verprutst | focus | piekeren | 1.5 | neg:cancel
mislukt | focus | piekeren | 1.5 | neg:cancel
mislukte | focus | piekeren | 1.5 | neg:cancel
mislukking | focus | piekeren | 1.5 | neg:cancel
gefaald | focus | piekeren | 1.5 | neg:cancel
falen | focus | piekeren | 1 | neg:cancel
faal | focus | piekeren | 1.5 | neg:cancel
faalde | focus | piekeren | 1.5 | neg:cancel
fout gedaan | focus | piekeren | 1.5 | neg:cancel
fout gegaan | focus | piekeren | 1 | neg:cancel
ging fout | focus | piekeren | 1 | neg:cancel
fouten | focus | piekeren | 0.5 | neg:cancel
de fout in | focus | piekeren | 1.5 | neg:cancel
blunder | focus | piekeren | 1.5 | neg:cancel
flater | focus | piekeren | 1.5 | neg:cancel
afgang | focus | piekeren | 1.5 | neg:cancel
misser | focus | piekeren | 1 | neg:cancel
ging … mis | focus | piekeren | 1 | neg:cancel
gaat … mis | focus | piekeren | 1 | neg:cancel
is … misgegaan | focus | piekeren | 1 | neg:cancel
misgegaan | focus | piekeren | 1 | neg:cancel
misging | focus | piekeren | 1 | neg:cancel
ging helemaal mis | focus | piekeren | 2 | neg:cancel
ging weer mis | focus | piekeren | 2 | neg:cancel
gaat weer mis | focus | piekeren | 2 | neg:cancel
alles mis | focus | piekeren | 2 | neg:cancel
loopt … mis | focus | piekeren | 1 | neg:cancel
liep … mis | focus | piekeren | 1 | neg:cancel
uit de hand | focus | piekeren | 0.5 | neg:cancel
het lukt me niet | focus | piekeren | 1.5
het lukt mij niet | focus | piekeren | 1.5
het lukte me niet | focus | piekeren | 1.5
het lukte mij niet | focus | piekeren | 1.5
lukt het me niet | focus | piekeren | 1.5
lukt het mij … niet | focus | piekeren | 1.5
lukt het me … nooit | focus | piekeren | 2
lukt het mij … nooit | focus | piekeren | 2
het lukt me nooit | focus | piekeren | 2
weer niet gelukt | focus | piekeren | 2
niet gelukt | focus | piekeren | 1
tekortgeschoten | focus | piekeren | 1.5 | neg:cancel
tekort geschoten | focus | piekeren | 1.5 | neg:cancel
schiet … tekort | focus | piekeren | 1.5 | neg:cancel
schoot … tekort | focus | piekeren | 1.5 | neg:cancel
tekortschieten | focus | piekeren | 1.5 | neg:cancel
niet goed genoeg | focus | piekeren | 1.5
weer verkeerd | focus | piekeren | 1.5 | neg:cancel
verkeerd gedaan | focus | piekeren | 1.5 | neg:cancel
verkeerd aangepakt | focus | piekeren | 1.5 | neg:cancel
verkeerde beslissing | focus | piekeren | 1.5 | neg:cancel
niks goed | focus | piekeren | 2
niets goed | focus | piekeren | 2
nooit iets goed | focus | piekeren | 2
niks goed doen | focus | piekeren | 2
een puinhoop | focus | piekeren | 1.5
puinhoop | focus | piekeren | 1
chaos | focus | piekeren | 0.5
rampzalig | focus | piekeren | 1.5
een ramp | focus | piekeren | 1.5
gênant | focus | piekeren | 1 | neg:cancel
schande | focus | piekeren | 1.5 | neg:cancel
ik schaam me | focus | piekeren | 1.5 | neg:cancel
ik schaamde me | focus | piekeren | 1.5 | neg:cancel
het had niet mogen gebeuren | focus | piekeren | 1.5
dat had nooit mogen | focus | piekeren | 1.5
volgende keer | focus | reflecteren | 1.5
de volgende keer | focus | reflecteren | 1.5
een volgende keer | focus | reflecteren | 1.5
bij een volgende | focus | reflecteren | 1.5
voortaan | focus | reflecteren | 1.5
vanaf nu | focus | reflecteren | 1
in het vervolg | focus | reflecteren | 1.5
ik ga | focus | reflecteren | 0.5
ik ga … proberen | focus | reflecteren | 1.5
ik ga … vragen | focus | reflecteren | 1
ik ga … bespreken | focus | reflecteren | 1.5
ik ga … voorstellen | focus | reflecteren | 1.5
ik ga … oefenen | focus | reflecteren | 1.5
ik ga … letten | focus | reflecteren | 1.5
ik ga … bellen | focus | reflecteren | 1
ik ga … inbrengen | focus | reflecteren | 1.5
ga ik … proberen | focus | reflecteren | 1.5
ga ik … vragen | focus | reflecteren | 1
ga ik … bespreken | focus | reflecteren | 1.5
ik wil … proberen | focus | reflecteren | 1.5
ik wil … oefenen | focus | reflecteren | 1.5
ik wil … leren | focus | reflecteren | 1.5
wil ik … proberen | focus | reflecteren | 1.5
ik neem me voor | focus | reflecteren | 1.5
ik neem mij voor | focus | reflecteren | 1.5
neem ik me voor | focus | reflecteren | 1.5
ik kan … proberen | focus | reflecteren | 1
wat zou helpen | focus | reflecteren | 1.5
wat zou kunnen helpen | focus | reflecteren | 1.5
wat helpt | focus | reflecteren | 1
wat kan helpen | focus | reflecteren | 1.5
wat hielp | focus | reflecteren | 1
het zou helpen | focus | reflecteren | 1.5
zou … helpen | focus | reflecteren | 1
helpend | focus | reflecteren | 1
oplossing | focus | reflecteren | 1 | neg:cancel
oplossingen | focus | reflecteren | 1 | neg:cancel
een volgende stap | focus | reflecteren | 1.5
volgende stap | focus | reflecteren | 1.5
kleine stap | focus | reflecteren | 1
stappen | focus | reflecteren | 0.5
een plan | focus | reflecteren | 1 | neg:cancel
mijn plan | focus | reflecteren | 1
plan van aanpak | focus | reflecteren | 1.5
afspraak | focus | reflecteren | 0.5
afspraken | focus | reflecteren | 0.5
we spreken af | focus | reflecteren | 1.5
we hebben afgesproken | focus | reflecteren | 1
ik spreek … af | focus | reflecteren | 1
ik stel … voor | focus | reflecteren | 1
ik stel voor | focus | reflecteren | 1.5
wat werkt | focus | reflecteren | 1.5
wat werkte | focus | reflecteren | 1.5
wat wel werkt | focus | reflecteren | 2
wat wel werkte | focus | reflecteren | 2
wat ging goed | focus | reflecteren | 1.5
wat goed ging | focus | reflecteren | 1.5
ging goed | focus | reflecteren | 1 | neg:cancel
goed ging | focus | reflecteren | 1 | neg:cancel
het is gelukt | focus | reflecteren | 1.5 | neg:cancel
het lukte | focus | reflecteren | 1 | neg:cancel
dat lukte | focus | reflecteren | 1 | neg:cancel
lukte het | focus | reflecteren | 1 | neg:cancel
is gelukt | focus | reflecteren | 1 | neg:cancel
gelukt | focus | reflecteren | 1 | neg:cancel
werkte goed | focus | reflecteren | 1.5 | neg:cancel
werkt goed | focus | reflecteren | 1.5 | neg:cancel
leerpunt | focus | reflecteren | 1.5
leerpunten | focus | reflecteren | 1.5
leerdoel | focus | reflecteren | 1.5
leerdoelen | focus | reflecteren | 1.5
verbeterpunt | focus | reflecteren | 1
ontwikkelpunt | focus | reflecteren | 1.5
werkpunt | focus | reflecteren | 1
wat ik hiervan leer | focus | reflecteren | 2
wat ik meeneem | focus | reflecteren | 1.5
neem ik mee | focus | reflecteren | 1.5
ik neem … mee | focus | reflecteren | 1
aanpak | focus | reflecteren | 0.5
aanpakken | focus | reflecteren | 0.5
kans | focus | reflecteren | 0.5
kansen | focus | reflecteren | 1
ik ga kijken | focus | reflecteren | 1
ik ga eerst | focus | reflecteren | 1.5
ik pak … op | focus | reflecteren | 1
op de agenda | focus | reflecteren | 1
agenderen | focus | reflecteren | 1.5
inbrengen | focus | reflecteren | 1
ik breng … in | focus | reflecteren | 1
wat kan ik | focus | reflecteren | 1
wat kunnen we | focus | reflecteren | 1.5
hoe kunnen we | focus | reflecteren | 1.5
hoe kan ik | focus | reflecteren | 1
verkeerde | focus | piekeren | 1 | neg:cancel
de verkeerde dingen | focus | piekeren | 2 | neg:cancel
ontsporen | focus | piekeren | 1.5 | neg:cancel
ontspoord | focus | piekeren | 1.5 | neg:cancel
de mist in | focus | piekeren | 1.5 | neg:cancel
is weg | focus | piekeren | 0.5
kapot | focus | piekeren | 0.7
verloren | focus | piekeren | 0.7
al het vertrouwen | focus | piekeren | 1.5
wat wel lukt | focus | reflecteren | 2
wat wel lukte | focus | reflecteren | 2
wat lukte | focus | reflecteren | 1.5
wat wel goed ging | focus | reflecteren | 2
wat ik hiervan meeneem | focus | reflecteren | 2
meeneem | focus | reflecteren | 1
opgelost | focus | reflecteren | 1.5 | neg:cancel
plan ik | focus | reflecteren | 1.5
laten we kijken | focus | reflecteren | 1.5
anders kan doen | focus | reflecteren | 1.5
wat … werkte/werkt | focus | reflecteren | 1.5
goed werkte | focus | reflecteren | 1.5
verder naar kijken | focus | reflecteren | 1.5
wil ik … kijken/uitzoeken/navragen | focus | reflecteren | 1

# Toegevoegd: leren en verder kijken; wat werkt, wat ik ermee doe.
iets van geleerd | focus | reflecteren | 2
veel van geleerd | focus | reflecteren | 2
daarvan geleerd | focus | reflecteren | 1.5
werkt [het] beter als/wanneer/om | focus | reflecteren | 1.5
wat ik met die/dat/deze … doe | focus | reflecteren | 2
wat ik daarmee/ermee doe/kan/wil | focus | reflecteren | 2
zegt ook iets | focus | reflecteren | 1.5
een andere vraag/blik/bril/kijk | focus | reflecteren | 1.5
ging/liep/gaat/loopt pas mis toen/als/wanneer | focus | reflecteren | 1
belangrijker is | focus | reflecteren | 1
# Toegevoegd: wat ik meeneem en wat ik anders ga doen; tegenover alleen de fout zien.
wat ik … meeneem | focus | reflecteren | 1.5
neem ik … mee | focus | reflecteren | 1
ik wil … uitproberen | focus | reflecteren | 1.5
ik ga … uitproberen | focus | reflecteren | 1.5
een volgende keer zou ik | focus | reflecteren | 2
het was een leerzame | focus | reflecteren | 1.5
wat ging er wel goed | focus | reflecteren | 1.5
ik denk alleen maar aan wat er mis | focus | piekeren | 2
alles ging fout | focus | piekeren | 2
