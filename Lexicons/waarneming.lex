# Waarneming en interpretatie: het verschil tussen wat je zag en wat je ervan maakte.
# waarneming: wat zintuiglijk vast te stellen was ("ik zag dat", "ik hoorde", "hij zei",
#   "het viel me op"): concreet terugblikken (fase 2) en analytisch kijken.
# interpretatie: wat de schrijver van een ander denkt ("ik denk dat hij", "volgens mij wilde
#   ze", "het leek alsof", "ik ging ervan uit"): een poging tot perspectiefname, die sterker
#   wordt als er een voorbehoud of een waarneming naast staat. Een interpretatie zonder
#   waarneming, met een oordeel erbij, is eerder een vonnis.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
ik zag dat | waarneming | - | 1.5
ik zag hoe | waarneming | - | 1.5
ik zag | waarneming | -
zag ik | waarneming | -
ik zie dat | waarneming | - | 1.5
ik zie | waarneming | - | 0.5
ik hoorde | waarneming | -
hoorde ik | waarneming | -
ik hoor | waarneming | - | 0.5
ik merkte | waarneming | -
merkte ik | waarneming | -
ik merk | waarneming | - | 0.5
ik observeerde | waarneming | - | 1.5
ik heb geobserveerd | waarneming | - | 1.5
ik nam waar | waarneming | - | 1.5
het viel me op | waarneming | - | 1.5
het viel mij op | waarneming | - | 1.5
viel me op | waarneming | - | 1.5
wat me opviel | waarneming | - | 1.5
wat mij opviel | waarneming | - | 1.5
opvallend was | waarneming | - | 1.5
hij/zij/ze zei | waarneming | -
zei hij/zij/ze | waarneming | -
hij/zij/ze vroeg | waarneming | -
vroeg hij/zij/ze | waarneming | -
hij/zij/ze riep | waarneming | -
riep hij/zij/ze | waarneming | -
hij/zij/ze reageerde | waarneming | -
hij/zij/ze keek | waarneming | -
hij/zij/ze liep | waarneming | -
hij/zij/ze begon | waarneming | -
zijn/haar stem | waarneming | -
zijn/haar gezicht | waarneming | -
zijn/haar houding | waarneming | - | 0.5
lichaamstaal | waarneming | - | 1.5
letterlijk | waarneming | - | 0.5
ik denk dat hij/zij/ze/mevrouw/meneer | interpretatie | - | 1.5
denk ik dat hij/zij/ze | interpretatie | - | 1.5
ik dacht dat hij/zij/ze | interpretatie | - | 1
volgens mij wilde/was/had/voelde/vond/dacht | interpretatie | - | 1.5
ik had het idee dat hij/zij/ze | interpretatie | - | 1.5
ik had het gevoel dat hij/zij/ze | interpretatie | - | 1.5
ik heb het gevoel dat hij/zij/ze | interpretatie | - | 1.5
het leek alsof | interpretatie | - | 1.5
het leek of | interpretatie | - | 1.5
hij/zij/ze leek | interpretatie | - | 1
ik vermoed dat | interpretatie | - | 1.5
ik interpreteerde | interpretatie | - | 2
mijn interpretatie | interpretatie | - | 2
ik ging ervan uit | interpretatie | - | 1.5
ik ga ervan uit | interpretatie | - | 1.5
ik nam aan | interpretatie | - | 1.5
ik neem aan | interpretatie | - | 1
kennelijk | interpretatie | - | 1
ik vulde in | interpretatie | - | 2
ingevuld | interpretatie | - | 1
invullen | interpretatie | - | 1
