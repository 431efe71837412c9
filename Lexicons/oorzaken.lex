# Oorzaken (dimensie 5): één oorzaak of meerdere, met de context erbij?
# Piekeren: één oorzaak, vaak een persoon of "zo is het nou eenmaal" ("het komt gewoon door
# hem", "het ligt aan haar", "zijn schuld"). Reflecteren: meerdere oorzaken en de context:
# "doordat … en ook omdat", "daarnaast speelde", "mede door", "de drukte op de groep", het
# rooster, prikkels, de thuissituatie, de voorgeschiedenis. Contextwoorden zonder verband
# tellen licht; verbindingswoorden die oorzaken stapelen tellen zwaar.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
komt gewoon door | oorzaken | piekeren | 2
het komt gewoon door | oorzaken | piekeren | 2
komt allemaal door | oorzaken | piekeren | 2
ligt gewoon aan | oorzaken | piekeren | 2
ligt allemaal aan | oorzaken | piekeren | 2
het ligt aan hem/haar/hen/hun/mij | oorzaken | piekeren | 1.5 | neg:cancel
ligt aan hem/haar/hen/hun | oorzaken | piekeren | 1.5 | neg:cancel
ligt het aan hem/haar/hen/mij | oorzaken | piekeren | 1.5 | neg:cancel
ligt het aan de | oorzaken | piekeren | 1 | neg:cancel
nou eenmaal | oorzaken | piekeren | 2
nu eenmaal | oorzaken | piekeren | 2
zo is het gewoon | oorzaken | piekeren | 2
zo is hij/zij/ze gewoon | oorzaken | piekeren | 2
zo is hij/zij/ze | oorzaken | piekeren | 1
zo zit hij/zij/ze … in elkaar | oorzaken | piekeren | 2
zo zijn ze | oorzaken | piekeren | 1.5
zo zijn die | oorzaken | piekeren | 2
zijn/haar/hun schuld | oorzaken | piekeren | 2 | neg:cancel
z'n schuld | oorzaken | piekeren | 2 | neg:cancel
de schuld van | oorzaken | piekeren | 2 | neg:cancel
de schuld bij | oorzaken | piekeren | 1.5 | neg:cancel
schuld geven | oorzaken | piekeren | 1 | neg:cancel
alleen maar door | oorzaken | piekeren | 1.5
puur door | oorzaken | piekeren | 1.5
puur omdat | oorzaken | piekeren | 1.5
alleen maar omdat | oorzaken | piekeren | 1.5
gewoon omdat | oorzaken | piekeren | 1.5
komt door hem/haar/hen | oorzaken | piekeren | 1.5 | neg:cancel
allemaal door hem/haar/hen | oorzaken | piekeren | 2
door hem | oorzaken | piekeren | 0.5 | neg:cancel
dat zit in zijn/haar karakter | oorzaken | piekeren | 2
zijn/haar karakter | oorzaken | piekeren | 1
hij/zij/ze wil gewoon niet | oorzaken | piekeren | 2
hij/zij/ze heeft gewoon geen zin | oorzaken | piekeren | 2
onwil | oorzaken | piekeren | 1.5 | neg:flip | "het was niet onwil" zoekt verder
onwillig | oorzaken | piekeren | 1.5 | neg:flip
hij/zij/ze doet het erom | oorzaken | piekeren | 2
doet het er expres om | oorzaken | piekeren | 2
erom doen | oorzaken | piekeren | 1.5
het is gewoon | oorzaken | piekeren | 0.5
het is gewoon zo | oorzaken | piekeren | 1.5
daar is niks aan te doen | oorzaken | piekeren | 1.5
daar valt niks aan te doen | oorzaken | piekeren | 1.5
daar kan ik niks aan doen | oorzaken | piekeren | 1
doordat | oorzaken | reflecteren | 1.5
daardoor | oorzaken | reflecteren | 1
waardoor | oorzaken | reflecteren | 1 | statement
daarnaast | oorzaken | reflecteren | 1.5
bovendien | oorzaken | reflecteren | 1
ook omdat | oorzaken | reflecteren | 2
en ook omdat | oorzaken | reflecteren | 2
en omdat | oorzaken | reflecteren | 1.5
mede doordat | oorzaken | reflecteren | 2
mede door | oorzaken | reflecteren | 2
mede omdat | oorzaken | reflecteren | 2
speelde mee | oorzaken | reflecteren | 2
speelt mee | oorzaken | reflecteren | 2
speelde … mee | oorzaken | reflecteren | 2
speelt … mee | oorzaken | reflecteren | 2
meespelen | oorzaken | reflecteren | 2
meespeelde | oorzaken | reflecteren | 2
speelde ook | oorzaken | reflecteren | 1.5
een rol speelde | oorzaken | reflecteren | 2
een rol speelt | oorzaken | reflecteren | 2
een rol spelen | oorzaken | reflecteren | 2
een rol in | oorzaken | reflecteren | 1
daarnaast speelde | oorzaken | reflecteren | 2
in combinatie met | oorzaken | reflecteren | 2
combinatie van | oorzaken | reflecteren | 2
een optelsom | oorzaken | reflecteren | 2
opgestapeld | oorzaken | reflecteren | 1.5
stapeling | oorzaken | reflecteren | 1.5
onder andere | oorzaken | reflecteren | 1
o.a. | oorzaken | reflecteren | 1
meerdere oorzaken | oorzaken | reflecteren | 2.5
meerdere dingen | oorzaken | reflecteren | 1.5
meerdere factoren | oorzaken | reflecteren | 2.5
verschillende factoren | oorzaken | reflecteren | 2.5
verschillende dingen | oorzaken | reflecteren | 1
factoren | oorzaken | reflecteren | 1.5
factor | oorzaken | reflecteren | 1.5
de context | oorzaken | reflecteren | 1.5
context | oorzaken | reflecteren | 1 | link
omstandigheden | oorzaken | reflecteren | 1 | link
de omgeving | oorzaken | reflecteren | 1
de drukte | oorzaken | reflecteren | 1
drukte op de groep | oorzaken | reflecteren | 1.5
het was druk | oorzaken | reflecteren | 0.5
onrust op de groep | oorzaken | reflecteren | 1.5
onrust in de groep | oorzaken | reflecteren | 1.5
de onrust | oorzaken | reflecteren | 0.5
de sfeer op de groep | oorzaken | reflecteren | 1.5
de groepssfeer | oorzaken | reflecteren | 1.5
rooster | oorzaken | reflecteren | 0.5 | link
roosterwijziging | oorzaken | reflecteren | 1 | link
wisseling | oorzaken | reflecteren | 1 | link
wisselingen | oorzaken | reflecteren | 1 | link
personeelswisseling* | oorzaken | reflecteren | 1 | link
steeds andere gezichten | oorzaken | reflecteren | 1.5
onbekende invaller | oorzaken | reflecteren | 1
nieuwe collega | oorzaken | reflecteren | 0.5
de thuissituatie | oorzaken | reflecteren | 1.5
thuissituatie | oorzaken | reflecteren | 1 | link
de situatie thuis | oorzaken | reflecteren | 1.5
voorgeschiedenis | oorzaken | reflecteren | 1.5 | link
achtergrond | oorzaken | reflecteren | 1 | link
trauma | oorzaken | reflecteren | 1 | link
hechting | oorzaken | reflecteren | 1 | link
zijn/haar beperking | oorzaken | reflecteren | 1
zijn/haar diagnose | oorzaken | reflecteren | 1
prikkels | oorzaken | reflecteren | 1 | link
overprikkeld | oorzaken | reflecteren | 1.5 | link
overprikkeling | oorzaken | reflecteren | 1.5 | link
vermoeidheid | oorzaken | reflecteren | 1 | link
slecht geslapen | oorzaken | reflecteren | 1
pijn | oorzaken | reflecteren | 0.5 | link
medicatie | oorzaken | reflecteren | 0.5 | link
medicijnen | oorzaken | reflecteren | 0.5 | link
honger | oorzaken | reflecteren | 0.5 | link
overgang* | oorzaken | reflecteren | 1 | link
verandering | oorzaken | reflecteren | 1 | link
veranderingen | oorzaken | reflecteren | 1 | link
onvoorspelbaar | oorzaken | reflecteren | 1 | link
voorspelbaarheid | oorzaken | reflecteren | 1.5 | link
structuur | oorzaken | reflecteren | 0.5 | link
tijdsdruk | oorzaken | reflecteren | 1.5 | link
werkdruk | oorzaken | reflecteren | 1 | link
onderbezetting | oorzaken | reflecteren | 1 | link
zowel …6 als | oorzaken | reflecteren | 1.5
niet alleen …8 maar ook | oorzaken | reflecteren | 2
hangt samen met | oorzaken | reflecteren | 2
samenhangt met | oorzaken | reflecteren | 2
heeft te maken met | oorzaken | reflecteren | 1.5
had te maken met | oorzaken | reflecteren | 1.5
te maken heeft met | oorzaken | reflecteren | 1.5
te maken had met | oorzaken | reflecteren | 1.5
invloed | oorzaken | reflecteren | 1.5 | link
beïnvloed | oorzaken | reflecteren | 1.5 | link
beïnvloedt | oorzaken | reflecteren | 1.5 | link
van invloed | oorzaken | reflecteren | 1.5
effect op | oorzaken | reflecteren | 1.5
gevolg van | oorzaken | reflecteren | 1.5
als gevolg | oorzaken | reflecteren | 1.5
oorzaak | oorzaken | reflecteren | 1 | link
oorzaken | oorzaken | reflecteren | 1.5 | link
verklaring | oorzaken | reflecteren | 1.5 | link
verklaringen | oorzaken | reflecteren | 2 | link
mogelijke verklaring | oorzaken | reflecteren | 2
verklaart | oorzaken | reflecteren | 1 | link
wat eraan voorafging | oorzaken | reflecteren | 2
aanleiding | oorzaken | reflecteren | 1 | link
wat vooraf ging | oorzaken | reflecteren | 2
wat voorafging | oorzaken | reflecteren | 2
ervoor zorgde | oorzaken | reflecteren | 1
zorgde ervoor dat | oorzaken | reflecteren | 1.5
reageerde op | oorzaken | reflecteren | 1
een reactie op | oorzaken | reflecteren | 1.5
als reactie op | oorzaken | reflecteren | 1.5
ook een rol | oorzaken | reflecteren | 2
ook mee | oorzaken | reflecteren | 1
mijn eigen aandeel | oorzaken | reflecteren | 2
mijn aandeel | oorzaken | reflecteren | 2
mijn eigen rol | oorzaken | reflecteren | 2
mijn rol | oorzaken | reflecteren | 1
ook aan mij | oorzaken | reflecteren | 1.5
ligt aan de/het | oorzaken | piekeren | 1.5 | neg:cancel
lag aan de/het | oorzaken | piekeren | 1 | neg:cancel
de oorzaak van al/alle | oorzaken | piekeren | 2
is de oorzaak | oorzaken | piekeren | 1
reden is simpel | oorzaken | piekeren | 2
simpel: | oorzaken | piekeren | 1
, punt | oorzaken | piekeren | 1.5
punt. | oorzaken | piekeren | 0.5
dat verander je niet | oorzaken | piekeren | 2
daar kun je … niet tegenop | oorzaken | piekeren | 2
daar kun je toch niet tegenop | oorzaken | piekeren | 2
precies waar het door komt | oorzaken | piekeren | 2
waar het door komt | oorzaken | piekeren | 1
in de familie | oorzaken | piekeren | 1
van vader op zoon | oorzaken | piekeren | 1.5
meer hoef je er niet over te zeggen | oorzaken | piekeren | 2
die familie | oorzaken | piekeren | 0.5
is gewoon zo | oorzaken | piekeren | 1.5
maar ook aan | oorzaken | reflecteren | 2
ook aan | oorzaken | reflecteren | 1
meespeelt | oorzaken | reflecteren | 2 | link
wat meespeelt | oorzaken | reflecteren | 2
niet simpelweg | oorzaken | reflecteren | 2
niet zomaar | oorzaken | reflecteren | 1.5
opgegroeid | oorzaken | reflecteren | 1 | link
door de … en de | oorzaken | reflecteren | 1.5
door … en door | oorzaken | reflecteren | 1.5

# Toegevoegd: de diagnose of het karakter als enige, vaststaande verklaring (langer dan "zijn diagnose").
het is [gewoon/nu/nou] zijn/haar/hun diagnose/ziekte/stoornis/beperking/aandoening/karakter | oorzaken | piekeren | 2
dat komt door zijn/haar/hun diagnose/ziekte/stoornis/beperking/aandoening | oorzaken | piekeren | 2
# Meerdere oorzaken en context: een oorzaak uitsluiten, omstandigheden, voorgeschiedenis.
het zit niet in de/het/hem/haar | oorzaken | reflecteren | 1.5
het feit dat | oorzaken | reflecteren | 1
te vol/druk/krap was/is/werd | oorzaken | reflecteren | 1
doet denken aan | oorzaken | reflecteren | 1
dat komt gewoon omdat | oorzaken | piekeren | 2
dat ligt aan hem/haar/hen | oorzaken | piekeren | 1.5 | neg:cancel
het zal wel door | oorzaken | piekeren | 1
niet alleen door/aan/omdat | oorzaken | reflecteren | 2
meer dan één oorzaak | oorzaken | reflecteren | 2
verschillende oorzaken/redenen | oorzaken | reflecteren | 2
meerdere redenen | oorzaken | reflecteren | 2
wat er thuis speelt/speelde | oorzaken | reflecteren | 1.5
komt gewoon doordat/omdat | oorzaken | piekeren | 2
