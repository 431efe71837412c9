# Verband: woorden die dingen met elkaar verbinden: oorzaak, gevolg, reden, tegenstelling.
# Op zich zeggen ze weinig (ook een nieuwsbericht zegt "omdat"); samen met een voorzichtige
# eigen interpretatie ("ik denk dat", "misschien", "volgens mij") vormen ze een verklaring in
# wording: de schrijver zoekt hoe het samenhangt (fase 3, bewustwording).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
omdat | verband | -
doordat | verband | -
want | verband | -
daardoor | verband | -
waardoor | verband | -
dus | verband | - | 0.5
door | verband | - | 0.5
daarom | verband | -
vandaar | verband | -
zodat | verband | - | 0.5
komt door | verband | -
komt doordat | verband | -
komt … door | verband | -
te maken met | verband | -
gaat om | verband | -
gaat over | verband | -
ging om | verband | -
ging over | verband | -
gaat … om | verband | - | 0.5
gaat … over | verband | - | 0.5
betekent | verband | -
betekende | verband | -
speelt | verband | -
speelde | verband | -
zit hem in | verband | -
oorzaak | verband | -
reden | verband | -
verklaart | verband | -
verklaring | verband | -
niet … maar | verband | -
meer … dan | verband | - | 0.5
hangt samen | verband | -
invloed | verband | -
leidt tot | verband | -
leidde tot | verband | -
zorgt voor | verband | -
zorgde voor | verband | -
zorgt ervoor | verband | -
zorgde ervoor | verband | -
gevolg | verband | -
als gevolg | verband | -
samen | verband | - | 0.5
bij elkaar | verband | - | 0.5
daarmee | verband | - | 0.5
daaruit | verband | - | 0.5
voortkomt | verband | -
voortkwam | verband | -
namelijk | verband | -
immers | verband | -
