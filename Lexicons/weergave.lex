# Weergave: de woorden van een ander, door de schrijver naverteld. "Ze zei dat ik voortaan eerst
# de rapportage lees", "hij vroeg waarom we dat zo doen", "volgens haar moet ik strenger zijn".
# Wat na zo'n kader komt, tot het einde van de zin, is het plan, het oordeel of de vraag van de
# ander: het vertelt wat er gebeurde (fase 2) en telt niet als voornemen, inzicht, oordeel of
# waarom-vraag van de schrijver (regel `reported_speech`). Spreekt de schrijver zelf ("ik zei dat",
# "wij vonden dat"), dan blijven het de eigen woorden.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
zei/zegt/zeiden/zeggen dat | weergave | -
zei/zegt … dat | weergave | - | 1 | | "zei ze tegen me dat"
vroeg/vraagt/vroegen/vragen waarom | weergave | -
vroeg/vraagt/vroegen/vragen of | weergave | -
vroeg/vraagt … waarom | weergave | - | 1 | | "vroeg me waarom"
vroeg/vraagt … of | weergave | -
vond/vindt/vonden/vinden dat | weergave | -
vond/vindt … dat | weergave | - | 1 | | "vond het belangrijk dat"
wil/wilde/willen/wilden dat ik | weergave | -
wil/wilde/willen/wilden dat we | weergave | -
vertelde/vertelt/vertelden dat | weergave | -
legde/legt … uit dat | weergave | -
gaf/geeft … aan dat | weergave | -
adviseerde/adviseert … om | weergave | -
raadde/raadt … aan | weergave | -
liet/laat … weten dat | weergave | -
benadrukte/benadrukt dat | weergave | -
meende/meent dat | weergave | -
volgens haar/hem/hen/hun/mijn/de/het | weergave | - | 1 | | een mening van een ander
vindt zij/hij/ze | weergave | -
zegt zij/hij/ze | weergave | -
zei zij/hij/ze | weergave | -
