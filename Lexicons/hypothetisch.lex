# Hypothetisch: een zinsdeel dat een mogelijkheid of een verondersteld geval beschrijft.
# "Stel dat hij weer boos wordt", "als ik zou zeggen dat het stom was", "alsof": wat in zo'n
# zinsdeel staat is niet gebeurd en ook niet het oordeel van de schrijver. Oordelen en
# absolute woorden tellen er half; spijt ("als ik maar …") is per definitie contrafeitelijk en
# telt wel. Alternatieven (fase 4) zijn vaak hypothetisch en tellen gewoon.
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
