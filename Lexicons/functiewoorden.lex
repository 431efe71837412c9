# Functiewoorden: woorden die in gewoon Nederlands vaak twee keer achter elkaar staan zonder dat
# er iets herhaald wordt: "ik merkte dat dat gesprek", "als je je verplaatst", "die die dag",
# "het het". Een verdubbeld functiewoord is grammatica, geen zorg die terugkomt (de herhaling
# van hetzelfde woord telt alleen voor andere woorden).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
dat | functiewoord | -
die | functiewoord | -
je | functiewoord | -
het | functiewoord | -
er | functiewoord | -
de | functiewoord | -
wat | functiewoord | -
als | functiewoord | -
of | functiewoord | -
te | functiewoord | -
van | functiewoord | -
in | functiewoord | -
op | functiewoord | -
zich | functiewoord | -
ze | functiewoord | -
we | functiewoord | -
zij | functiewoord | -
wie | functiewoord | -
hem | functiewoord | -
haar | functiewoord | -
hun | functiewoord | -
dan | functiewoord | -
toen | functiewoord | -
daar | functiewoord | -
zo | functiewoord | -
