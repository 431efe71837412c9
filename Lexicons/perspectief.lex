# Perspectief (dimensie 1): over wie gaat het verhaal?
# Piekeren: alleen over jezelf, je eigen kant, alleen staan ("ik, ik, ik", "niemand ziet wat ik
# doe", "alles komt op mij neer"). Reflecteren: over het probleem en in contact met anderen:
# navragen, samen kijken, bespreken met collega's, feedback vragen. Het inleven in de ander
# zelf (door de ogen van de cliënt, de ouders) staat in perspectiefname.lex.
# Naast deze woorden telt de analyse een zin die alleen over de schrijver gaat (veel "ik",
# niemand anders, met gevoel of oordeel) als zelfgericht.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
ik sta er alleen voor | perspectief | piekeren | 1.5
ik stond er alleen voor | perspectief | piekeren | 1.5
ik sta er helemaal alleen voor | perspectief | piekeren | 2
niemand ziet | perspectief | piekeren | 1.5
niemand begrijpt mij/me | perspectief | piekeren | 1.5
niemand helpt mij/me | perspectief | piekeren | 1.5
niemand snapt | perspectief | piekeren | 1.5
niemand vraagt | perspectief | piekeren | 1
niemand die | perspectief | piekeren | 1
alles komt op mij/mijn … neer | perspectief | piekeren | 1.5
alles komt weer op mij | perspectief | piekeren | 1.5
ik moet alles alleen | perspectief | piekeren | 1.5
ik moet alles zelf | perspectief | piekeren | 1.5
ik doe alles alleen | perspectief | piekeren | 1.5
ik moet het allemaal | perspectief | piekeren | 1.5
ik ik ik | perspectief | piekeren | 2
het gaat om mij | perspectief | piekeren | 1
wat moet ik | perspectief | piekeren | 0.5 | question
hoe moet ik nu | perspectief | piekeren | 1
ik word er gek van | perspectief | piekeren | 1.5
ik word gek van | perspectief | piekeren | 1.5
ik kan er niet meer tegen | perspectief | piekeren | 1.5
ik kan er niet tegen | perspectief | piekeren | 1
ik heb er zo'n last van | perspectief | piekeren | 1
ik heb er last van | perspectief | piekeren | 0.5
mijn eigen gevoel | perspectief | piekeren | 0.5
ik voel me zo | perspectief | piekeren | 1
ik voelde me zo | perspectief | piekeren | 1
ik voel me echt | perspectief | piekeren | 1
ik voel me totaal | perspectief | piekeren | 1
ik voel me alleen | perspectief | piekeren | 1.5
ik voel me niet gezien | perspectief | piekeren | 1.5
ik voel me niet gehoord | perspectief | piekeren | 1.5
ik word niet gezien | perspectief | piekeren | 1.5
ik word niet gehoord | perspectief | piekeren | 1.5
niet gewaardeerd | perspectief | piekeren | 1
en ik dan | perspectief | piekeren | 1.5
waarom ik | perspectief | piekeren | 0.5 | question
altijd ik | perspectief | piekeren | 1.5
weer ik | perspectief | piekeren | 1
ik ben degene die | perspectief | piekeren | 1
mij overkomt | perspectief | piekeren | 1
overkomt mij/me | perspectief | piekeren | 1.5
mij overkwam | perspectief | piekeren | 1
samen met | perspectief | reflecteren | 0.5
in overleg met | perspectief | reflecteren | 1
in overleg | perspectief | reflecteren | 0.5
overlegd met | perspectief | reflecteren | 1
overleg met | perspectief | reflecteren | 0.5
besproken met | perspectief | reflecteren | 1
heb het … besproken | perspectief | reflecteren | 1
bespreken met | perspectief | reflecteren | 1
ik vroeg hem/haar/hen/mevrouw/meneer | perspectief | reflecteren | 1
ik heb hem/haar/hen/mevrouw/meneer gevraagd | perspectief | reflecteren | 1
heb ik … gevraagd hoe/wat/of/waarom | perspectief | reflecteren | 1
ik vroeg … hoe/wat | perspectief | reflecteren | 1
gevraagd hoe | perspectief | reflecteren | 1
gevraagd wat | perspectief | reflecteren | 1
navragen | perspectief | reflecteren | 1
nagevraagd | perspectief | reflecteren | 1
ik vraag … na | perspectief | reflecteren | 1
gecheckt bij | perspectief | reflecteren | 1
checken bij | perspectief | reflecteren | 1
afgestemd | perspectief | reflecteren | 1
afstemmen | perspectief | reflecteren | 1
afstemming | perspectief | reflecteren | 1
feedback | perspectief | reflecteren | 1
feedback gevraagd | perspectief | reflecteren | 1.5
mijn collega's/collega … zei/zeiden/gaf/gaven/vonden/vond/zagen/zag | perspectief | reflecteren | 1
een collega … zei/gaf/vond/zag | perspectief | reflecteren | 1
met het team | perspectief | reflecteren | 1
met de collega's | perspectief | reflecteren | 1
met collega's | perspectief | reflecteren | 1
met mijn collega | perspectief | reflecteren | 1
in het team | perspectief | reflecteren | 0.5
in de intervisie | perspectief | reflecteren | 1
tijdens de intervisie | perspectief | reflecteren | 1
in de supervisie | perspectief | reflecteren | 1
met mijn werkbegeleider | perspectief | reflecteren | 1
met de gedragsdeskundige | perspectief | reflecteren | 1
met de orthopedagoog | perspectief | reflecteren | 1
met de ouders | perspectief | reflecteren | 1
met moeder | perspectief | reflecteren | 1
met de familie | perspectief | reflecteren | 1
ik luisterde | perspectief | reflecteren | 1
heb geluisterd | perspectief | reflecteren | 1
luisteren naar | perspectief | reflecteren | 1
ik heb … laten vertellen | perspectief | reflecteren | 1
liet … vertellen | perspectief | reflecteren | 1
de ruimte geven | perspectief | reflecteren | 1
ruimte gegeven | perspectief | reflecteren | 1
samen kijken | perspectief | reflecteren | 1
samen gekeken | perspectief | reflecteren | 1
samen bedacht | perspectief | reflecteren | 1
samen zoeken | perspectief | reflecteren | 1
samen met hem | perspectief | reflecteren | 1
samen met haar | perspectief | reflecteren | 1
in gesprek | perspectief | reflecteren | 0.5
het gesprek aangaan | perspectief | reflecteren | 1
hulp gevraagd | perspectief | reflecteren | 1
om hulp vragen | perspectief | reflecteren | 1
om advies | perspectief | reflecteren | 1
advies gevraagd | perspectief | reflecteren | 1
sparren | perspectief | reflecteren | 1
gespard | perspectief | reflecteren | 1
ik heb … gebeld om | perspectief | reflecteren | 0.5
ik zit er … mee | perspectief | piekeren | 1.5
ik weet niet hoe ik | perspectief | piekeren | 1
verdien | perspectief | piekeren | 1
ik … verdien | perspectief | piekeren | 1
te horen hoe | perspectief | reflecteren | 1.5
ben … langsgegaan | perspectief | reflecteren | 1

# Toegevoegd: alleen de eigen kant; versus samen kijken met de ander.
ik sta er … alleen voor | perspectief | piekeren | 1.5
niemand luistert | perspectief | piekeren | 1.5
niemand heeft door | perspectief | piekeren | 1.5
het draait … om mij | perspectief | piekeren | 1
samen … gekeken/bekeken/besproken/nagedacht | perspectief | reflecteren | 1.5
ik heb … teruggevraagd | perspectief | reflecteren | 1.5
heb ik … voorgelegd aan | perspectief | reflecteren | 1.5
