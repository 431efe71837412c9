# Tijd: verwijzingen naar een eerder moment en naar de toekomst, voor de spiraal.
# eerder: een vorig moment waar een voornemen werd gemaakt ("vorige keer", "in de vorige
#   intervisie", "twee weken geleden"). Een voornemen of poging in dezelfde zin als zo'n
#   verwijzing maakt er fase 5 van: het eerdere voornemen wordt nu uitgeprobeerd.
# toekomst: een later moment ("volgende week", "morgen", "de komende tijd"); een voornemen
#   met een moment erbij is concreet (diepte 4 vraagt om een concreet voornemen).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
vorige keer | eerder | -
de vorige keer | eerder | -
vorige week | eerder | -
vorige maand | eerder | -
vorige dienst | eerder | -
de vorige dienst | eerder | -
vorig verslag | eerder | -
mijn vorige verslag | eerder | -
het vorige verslag | eerder | -
vorige intervisie | eerder | -
vorige supervisie | eerder | -
de vorige intervisie | eerder | -
de vorige supervisie | eerder | -
vorige bijeenkomst | eerder | -
vorig gesprek | eerder | -
het vorige gesprek | eerder | -
vorige evaluatie | eerder | -
laatst | eerder | - | 0.5
eerder | eerder | - | 0.5
eerder had ik | eerder | -
destijds | eerder | -
geleden | eerder | -
sinds de intervisie | eerder | -
sinds de supervisie | eerder | -
na de intervisie | eerder | -
na de supervisie | eerder | -
na ons gesprek | eerder | -
in de intervisie | eerder | - | 0.5
in de supervisie | eerder | - | 0.5
zoals afgesproken | eerder | -
zoals besproken | eerder | -
volgende week | toekomst | -
komende week | toekomst | -
de komende tijd | toekomst | -
de komende weken | toekomst | -
morgen | toekomst | -
overmorgen | toekomst | -
straks | toekomst | - | 0.5
binnenkort | toekomst | -
volgende keer | toekomst | -
de volgende keer | toekomst | -
bij de volgende | toekomst | -
volgende dienst | toekomst | -
volgend overleg | toekomst | -
het volgende overleg | toekomst | -
volgende intervisie | toekomst | -
de volgende intervisie | toekomst | -
het teamoverleg | toekomst | - | 0.5
in het teamoverleg | toekomst | - | 0.5
voor vrijdag | toekomst | -
voor maandag | toekomst | -
deze week nog | toekomst | -
voortaan | toekomst | -
vanaf nu | toekomst | -
vanaf morgen | toekomst | -
over twee weken | toekomst | -
over een week | toekomst | -
over een maand | toekomst | -
in januari/februari/maart/april/mei/juni/juli/augustus/september/oktober/november/december | eerder | - | 0.5
sinds januari/februari/maart/april/mei/juni/juli/augustus/september/oktober/november/december | eerder | - | 0.5
sinds de/het/ons … intervisie/teamoverleg/overleg/gesprek/supervisie | eerder | -
afgelopen | eerder | - | 0.5
de afgelopen … weken/maanden | eerder | - | 0.5
in januari/februari/maart/april/mei/juni/juli/augustus/september/oktober/november/december | toekomst | - | 0.5
de komende … weken/dagen/maanden | toekomst | -
na een maand/week | toekomst | - | 0.5
na … weken | toekomst | - | 0.5
tegen het teamoverleg | toekomst | -
op het teamoverleg | toekomst | - | 0.5
in het teamoverleg van | toekomst | - | 0.5
het teamoverleg van | toekomst | - | 0.5
vanaf volgende | toekomst | -
vanaf maandag/dinsdag/woensdag/donderdag/vrijdag | toekomst | -
deze week | toekomst | - | 0.5

# Een voornemen of afspraak in de voltooid verleden tijd wijst zelf terug naar het moment
# waarop het werd gemaakt ("ik had me voorgenomen", "we hadden afgesproken").
had/hadden … voorgenomen | eerder | -
hadden … afgesproken | eerder | -
had … afgesproken | eerder | -
zoals … besproken/afgesproken | eerder | -
had … opgeschreven | eerder | -
