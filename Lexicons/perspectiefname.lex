# Perspectiefname: inleven in het standpunt van de ander (reflecteren, dimensie perspectief).
# De cliënt, de ouders, de familie, collega's: wat zij wilden, voelden, dachten, nodig hadden;
# "door de ogen van", "vanuit haar beleving", "voor hem betekent dit". Alleen de naam van een
# ander noemen is geen perspectiefname; deze patronen vragen om het binnenperspectief van de
# ander (beleving, behoefte, gevoel, bedoeling).
@dimension perspectief
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
door de ogen van | perspectiefname | reflecteren | 2
door zijn ogen | perspectiefname | reflecteren | 2
door haar ogen | perspectiefname | reflecteren | 2
door hun ogen | perspectiefname | reflecteren | 2
met de ogen van | perspectiefname | reflecteren | 2
vanuit zijn/haar/hun perspectief | perspectiefname | reflecteren | 2
vanuit het perspectief van | perspectiefname | reflecteren | 2
vanuit de cliënt/client/jongere/bewoner/ouders/familie/moeder/vader | perspectiefname | reflecteren | 1.5
vanuit zijn/haar/hun beleving | perspectiefname | reflecteren | 2
zijn/haar/hun beleving | perspectiefname | reflecteren | 1.5
vanuit zijn/haar/hun kant | perspectiefname | reflecteren | 1.5
zijn/haar/hun kant | perspectiefname | reflecteren | 1
van zijn/haar/hun kant | perspectiefname | reflecteren | 1
in zijn/haar/hun schoenen | perspectiefname | reflecteren | 2
in zijn/haar/hun plaats | perspectiefname | reflecteren | 1.5
als ik hem/haar was | perspectiefname | reflecteren | 1.5
ik verplaatste me | perspectiefname | reflecteren | 2
me verplaatsen in | perspectiefname | reflecteren | 2
mij verplaatsen in | perspectiefname | reflecteren | 2
verplaatst in | perspectiefname | reflecteren | 2
inleven | perspectiefname | reflecteren | 1.5
ingeleefd | perspectiefname | reflecteren | 1.5
inlevingsvermogen | perspectiefname | reflecteren | 1
invoelen | perspectiefname | reflecteren | 1.5
voor hem/haar/hen/mevrouw/meneer was het | perspectiefname | reflecteren | 1.5
voor hem/haar/hen/mevrouw/meneer is het | perspectiefname | reflecteren | 1.5
voor hem/haar/hen betekent | perspectiefname | reflecteren | 2
voor hem/haar/hen betekende | perspectiefname | reflecteren | 2
voor de ouders/familie/cliënt/client/jongere/bewoner betekent | perspectiefname | reflecteren | 2
voor hem/haar/hen voelde | perspectiefname | reflecteren | 2
voor hem/haar/hen voelt | perspectiefname | reflecteren | 2
hoe het voor hem/haar/hen/mevrouw/meneer | perspectiefname | reflecteren | 2
hoe het voor de … was/is | perspectiefname | reflecteren | 2
hoe hij/zij/ze … ervaart/ervoer/beleeft/beleefde/ziet/zag | perspectiefname | reflecteren | 2
hoe hij/zij/ze zich voelde/voelt | perspectiefname | reflecteren | 2
wat hij/zij/ze … nodig had/heeft | perspectiefname | reflecteren | 2
wat hij/zij/ze wilde/wil/wou | perspectiefname | reflecteren | 1.5
wat hij/zij/ze … voelde/voelt | perspectiefname | reflecteren | 1.5
wat hij/zij/ze … bedoelde | perspectiefname | reflecteren | 1.5
wat hij/zij/ze … dacht/denkt | perspectiefname | reflecteren | 1
wat hem/haar … bezighoudt/bezighield | perspectiefname | reflecteren | 2
wat er in hem/haar omging | perspectiefname | reflecteren | 2
wat er … in hem/haar … omgaat/omging | perspectiefname | reflecteren | 2
wat er voor hem/haar | perspectiefname | reflecteren | 1
hij/zij/ze ervaart | perspectiefname | reflecteren | 1.5
hij/zij/ze ervoer | perspectiefname | reflecteren | 1.5
hij/zij/ze beleeft | perspectiefname | reflecteren | 1.5
hij/zij/ze beleefde | perspectiefname | reflecteren | 1.5
hij/zij/ze voelde zich | perspectiefname | reflecteren | 1
voelde hij/zij/ze zich | perspectiefname | reflecteren | 1
misschien voelde hij/zij/ze | perspectiefname | reflecteren | 2
misschien was hij/zij/ze | perspectiefname | reflecteren | 1.5
misschien is hij/zij/ze | perspectiefname | reflecteren | 1.5
misschien wilde hij/zij/ze | perspectiefname | reflecteren | 1.5
misschien dacht hij/zij/ze | perspectiefname | reflecteren | 1.5
misschien zocht hij/zij/ze | perspectiefname | reflecteren | 1.5
hij/zij/ze zal … gedacht hebben | perspectiefname | reflecteren | 1.5
hij/zij/ze zal … gevoeld hebben | perspectiefname | reflecteren | 1.5
ik kan me voorstellen dat hij/zij/ze/de/het | perspectiefname | reflecteren | 2
ik kan mij voorstellen dat | perspectiefname | reflecteren | 2
kan ik me voorstellen | perspectiefname | reflecteren | 2
zijn/haar/hun behoefte* | perspectiefname | reflecteren | 1.5
zijn/haar/hun angst | perspectiefname | reflecteren | 1.5
zijn/haar/hun onzekerheid | perspectiefname | reflecteren | 1.5
zijn/haar/hun onrust | perspectiefname | reflecteren | 1
zijn/haar/hun verdriet | perspectiefname | reflecteren | 1.5
zijn/haar/hun zorgen | perspectiefname | reflecteren | 1.5
zijn/haar/hun verhaal | perspectiefname | reflecteren | 1
zijn/haar/hun wens* | perspectiefname | reflecteren | 1.5
zijn/haar/hun gevoel | perspectiefname | reflecteren | 1.5
z'n behoefte* | perspectiefname | reflecteren | 1.5
z'n angst | perspectiefname | reflecteren | 1.5
zijn/haar/hun … manier om | perspectiefname | reflecteren | 1.5
probeerde … te vertellen | perspectiefname | reflecteren | 1.5
probeert … te vertellen | perspectiefname | reflecteren | 1.5
wilde … duidelijk maken | perspectiefname | reflecteren | 1
gedrag als signaal | perspectiefname | reflecteren | 2
een signaal | perspectiefname | reflecteren | 1
communiceert | perspectiefname | reflecteren | 1
de ouders zien | perspectiefname | reflecteren | 1.5
de ouders ervaren | perspectiefname | reflecteren | 1.5
de ouders/familie/moeder/vader … bang | perspectiefname | reflecteren | 1
voor de ouders | perspectiefname | reflecteren | 1
voor de familie | perspectiefname | reflecteren | 1
voor moeder | perspectiefname | reflecteren | 1
voor vader | perspectiefname | reflecteren | 1
hoe de ouders | perspectiefname | reflecteren | 1.5
hoe de familie | perspectiefname | reflecteren | 1.5
hoe moeder | perspectiefname | reflecteren | 1.5
hoe mijn collega | perspectiefname | reflecteren | 1.5
hoe collega's | perspectiefname | reflecteren | 1.5
mijn collega zag | perspectiefname | reflecteren | 1.5
mijn collega ziet | perspectiefname | reflecteren | 1.5
vanuit de collega | perspectiefname | reflecteren | 1.5
vanuit het team | perspectiefname | reflecteren | 1
wat het team | perspectiefname | reflecteren | 1
zijn/haar reactie … begrijpelijk | perspectiefname | reflecteren | 2
vanuit zijn/haar/hun … gezien | perspectiefname | reflecteren | 2
gezien vanuit | perspectiefname | reflecteren | 1.5
andere kant van het verhaal | perspectiefname | reflecteren | 2
ook een verhaal | perspectiefname | reflecteren | 1
wat hem/haar … helpt | perspectiefname | reflecteren | 1
wat hem/haar … hielp | perspectiefname | reflecteren | 1
wat hem/haar … raakt/raakte | perspectiefname | reflecteren | 1.5
waar hij/zij/ze … behoefte aan | perspectiefname | reflecteren | 2
waar hij/zij/ze … bang voor | perspectiefname | reflecteren | 2
wat voor hem/haar/hen | perspectiefname | reflecteren | 1.5
hoe zij/ze … ervoeren/beleefden/ervaren/beleven | perspectiefname | reflecteren | 2
voor hem/haar/hen is | perspectiefname | reflecteren | 1.5
voor mevrouw/meneer … is | perspectiefname | reflecteren | 1.5
denk dat … bang/boos/verdrietig/onzeker/eenzaam/gespannen/teleurgesteld/opgelucht/schaamt/schaamde/voelt/voelde/mist/miste | perspectiefname | reflecteren | 1.5
het laatste wat | perspectiefname | reflecteren | 1

# Toegevoegd: wat de ander ervoer, voelde of nodig had (ook in vraagvorm).
wat had/heeft hij/zij/ze … nodig | perspectiefname | reflecteren | 2
dat hij/zij/ze [zelf] tekortschiet/tekortschieten/tekortschoot/tekortschoten/faalt/faalde | perspectiefname | reflecteren | 1.5
hij/zij/ze … zich schaamde/schaamt/schaamden | perspectiefname | reflecteren | 1.5
hij/zij/ze … bang was/is/werd voor | perspectiefname | reflecteren | 1
zoekt/zocht hij/zij/ze … contact | perspectiefname | reflecteren | 1.5

# Hoe de ander het zag of beleefde, naast hoe de schrijver het zag.
voor hem/haar/hen was/is | perspectiefname | reflecteren | 1.5 | statement
zag/ziet het als | perspectiefname | reflecteren | 1.5
zagen/zien het als | perspectiefname | reflecteren | 1.5
terwijl ik het … bedoelde | perspectiefname | reflecteren | 1.5
wat zou het voor hem/haar/hen betekenen | perspectiefname | reflecteren | 2
voor hem/haar/hen … betekenen | perspectiefname | reflecteren | 1.5 | question

# Zich voorstellen hoe de ander het beleeft, in gewone woorden.
ik zie voor me hoe hij/zij/ze | perspectiefname | reflecteren | 1.5
ik zie hem/haar al | perspectiefname | reflecteren | 1
ik stel me voor hoe | perspectiefname | reflecteren | 1.5
hoe het voor hem/haar moet zijn | perspectiefname | reflecteren | 2
hoe het voor hem/haar was | perspectiefname | reflecteren | 2
wat het voor hem/haar betekent | perspectiefname | reflecteren | 2
wat dat voor hem/haar betekent | perspectiefname | reflecteren | 2
