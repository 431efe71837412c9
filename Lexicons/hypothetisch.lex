# Hypothetisch: een zinsdeel dat een mogelijkheid of een verondersteld geval beschrijft.
# "Stel dat hij weer boos wordt", "als ik zou zeggen dat het stom was", "alsof": wat in zo'n
# zinsdeel staat is niet gebeurd en ook niet het oordeel van de schrijver. Oordelen en
# absolute woorden tellen er half; spijt ("als ik maar …") is per definitie contrafeitelijk en
# telt wel. Alternatieven (fase 4) zijn vaak hypothetisch en tellen gewoon. Ook een eerdere
# gedachte die de schrijver nu navertelt ("mijn eerste reactie was …", "eerst dacht ik …")
# is een oordeel van toen, op afstand: het telt half.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
stel dat | hypothetisch | -
stel je voor | hypothetisch | -
stel je eens voor | hypothetisch | -
gesteld dat | hypothetisch | -
veronderstel | hypothetisch | -
in het geval dat | hypothetisch | -
in geval van | hypothetisch | -
mocht hij/zij/ze/het/ik | hypothetisch | -
indien | hypothetisch | -
wat als | hypothetisch | -
wat zou er gebeuren als | hypothetisch | -
alsof | hypothetisch | -
als … zou | hypothetisch | -
als … zouden | hypothetisch | -
zou | hypothetisch | - | 0.5
zouden | hypothetisch | - | 0.5
zou kunnen | hypothetisch | -
stel | hypothetisch | - | 0.5 | start
mijn eerste reactie | hypothetisch | - | 1 | | een gedachte van toen, geen oordeel van nu
mijn eerste gedachte | hypothetisch | - | 1 | | een gedachte van toen, geen oordeel van nu
eerst dacht ik | hypothetisch | - | 1
ik dacht toen | hypothetisch | - | 1
op dat moment dacht ik | hypothetisch | - | 1
toen dacht ik | hypothetisch | - | 1
