# Persoon: wie er in een zin aan het woord is of besproken wordt.
# De analyse gebruikt dit niet als marker op zich, maar om rollen te bepalen: een zin met veel
# "ik" en niemand anders is zelfgericht (perspectief, piekerpool); een oordeel met "ik" erbij
# is zelfverwijt, met een ander erbij een oordeel over de ander; een verslag zonder enige
# eerste of tweede persoon buiten aanhalingstekens is geen reflectie van de schrijver (nieuws,
# encyclopedie). Labels: ik (eerste persoon enkelvoud), wij, jij (ook het algemene "je" van
# wie in de tweede persoon reflecteert), ander (derden: cliënt, ouders, collega's, naasten).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
ik | persoon | ik
'k | persoon | ik | 1 | | Vlaams en informeel
k | persoon | ik | 1 | start | informeel, alleen aan het begin van een zin
ikke | persoon | ik
ikzelf | persoon | ik
me | persoon | ik
mij | persoon | ik
mijn | persoon | ik
m'n | persoon | ik
mn | persoon | ik | 1 | | spelfout voor m'n
mezelf | persoon | ik
mijzelf | persoon | ik
we | persoon | wij
wij | persoon | wij
ons | persoon | wij
onze | persoon | wij
onszelf | persoon | wij
wijzelf | persoon | wij
je | persoon | jij
jij | persoon | jij
jou | persoon | jij
jouw | persoon | jij
jezelf | persoon | jij
ge | persoon | jij | 1 | | Vlaams
gij | persoon | jij | 1 | | Vlaams
u | persoon | jij
hij | persoon | ander
hem | persoon | ander
zij | persoon | ander
ze | persoon | ander
haar | persoon | ander
hen | persoon | ander
hun | persoon | ander
z'n | persoon | ander
zn | persoon | ander | 1 | | spelfout voor z'n
zichzelf | persoon | ander
hemzelf | persoon | ander
haarzelf | persoon | ander
cliënt* | persoon | ander
bewoner* | persoon | ander
deelnemer* | persoon | ander
jongere* | persoon | ander
jongen | persoon | ander
jongens | persoon | ander
meisje | persoon | ander
meiden | persoon | ander
kind | persoon | ander
kinderen | persoon | ander
kindje | persoon | ander
pupil | persoon | ander
moeder | persoon | ander
vader | persoon | ander
ouders | persoon | ander
mama | persoon | ander
papa | persoon | ander
mams | persoon | ander
opa | persoon | ander
oma | persoon | ander
zoon | persoon | ander
dochter | persoon | ander
broer | persoon | ander
broertje | persoon | ander
zus | persoon | ander
zusje | persoon | ander
partner | persoon | ander
echtgeno* | persoon | ander
schoonzoon | persoon | ander
schoondochter | persoon | ander
familie | persoon | ander
familieleden | persoon | ander
naasten | persoon | ander
mantelzorger* | persoon | ander
pleegouder* | persoon | ander
pleegmoeder | persoon | ander
pleegvader | persoon | ander
gezin | persoon | ander
buurvrouw | persoon | ander
buurman | persoon | ander
buren | persoon | ander
mevrouw | persoon | ander
meneer | persoon | ander
mevr. | persoon | ander
mevr | persoon | ander
dhr. | persoon | ander
dhr | persoon | ander
mw. | persoon | ander
collega | persoon | ander
collega's | persoon | ander
collegas | persoon | ander
teamgenoot | persoon | ander
teamgenoten | persoon | ander
teamleider | persoon | ander
leidinggevende | persoon | ander
manager | persoon | ander
coördinator | persoon | ander
begeleider | persoon | ander
begeleiders | persoon | ander
begeleidster | persoon | ander
woonbegeleider | persoon | ander
persoonlijk begeleider | persoon | ander
pb'er | persoon | ander
mentor | persoon | ander
stagiair* | persoon | ander
invaller* | persoon | ander
invalkracht | persoon | ander
nachtdienst | persoon | ander | 0.5 | | de collega van de nachtdienst
huisarts | persoon | ander
arts | persoon | ander
avg | persoon | ander | 1 | | arts verstandelijk gehandicapten
dokter | persoon | ander
psycholoog | persoon | ander
psychiater | persoon | ander
gedragsdeskundige | persoon | ander
orthopedagoog | persoon | ander
verpleegkundige* | persoon | ander
verzorgende* | persoon | ander
wijkverpleegkundige | persoon | ander
fysiotherapeut | persoon | ander
ergotherapeut | persoon | ander
therapeut | persoon | ander
maatschappelijk werker | persoon | ander
casemanager | persoon | ander
jeugdzorgwerker | persoon | ander
gezinsvoogd | persoon | ander
voogd | persoon | ander
leerkracht | persoon | ander
juf | persoon | ander
meester | persoon | ander
vrijwilliger* | persoon | ander
medebewoner* | persoon | ander
groepsgenoot | persoon | ander
groepsgenoten | persoon | ander
supervisor | persoon | ander
intervisiegroep | persoon | ander
iemand | persoon | ander
anderen | persoon | ander
de ander | persoon | ander

# instelling: een organisatie of het systeem als onderwerp van een oordeel ("de ouderenzorg is om te
# huilen", "het management heeft geen idee"): een oordeel daarover buiten citaten is de eigen stem
# van de schrijver, ook zonder "ik" (regel `system_judgement`).
de organisatie | persoon | instelling
het management | persoon | instelling
de directie | persoon | instelling
de leiding | persoon | instelling
de zorg | persoon | instelling
de ouderenzorg | persoon | instelling
de jeugdzorg | persoon | instelling
de gehandicaptenzorg | persoon | instelling
de ggz | persoon | instelling
de thuiszorg | persoon | instelling
het systeem | persoon | instelling
het ministerie | persoon | instelling
de overheid | persoon | instelling
de politiek | persoon | instelling
den haag | persoon | instelling
de gemeente | persoon | instelling
de verzekeraar | persoon | instelling
de zorgverzekeraar | persoon | instelling
de zorgverzekeraars | persoon | instelling
de inspectie | persoon | instelling
de administratie | persoon | instelling
die administratie | persoon | instelling
de regels | persoon | instelling
de bureaucratie | persoon | instelling
de bestuurders | persoon | instelling
de bestuurder | persoon | instelling
het bestuur | persoon | instelling
de raad van bestuur | persoon | instelling
de instelling | persoon | instelling
de voorziening | persoon | instelling | 1 | | Vlaams
het beleid | persoon | instelling
het kantoor | persoon | instelling
kantoor | persoon | instelling
het hoofdkantoor | persoon | instelling
daarboven | persoon | instelling | 1 | | "ze daarboven"
boven ons | persoon | instelling
de planning | persoon | instelling
management | persoon | instelling
