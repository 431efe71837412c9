# Eigenbelang: de schrijver noemt wat hem of haar zelf goed uitkomt, om het af te wegen tegen wat
# het voor de ander betekent: "mij zou het goed uitkomen als hij vrijdag gaat, maar ik zie voor
# me hoe hij daar zit". Met een ander in dezelfde of de volgende zinnen is dat een afweging
# (fase 4) en begrip (houding, reflecteren), ook zonder vaste reflectiewoorden (regel
# `own_convenience`).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
mij/me zou het … uitkomen | eigenbelang | -
zou mij/me … uitkomen | eigenbelang | -
het zou mij/me … uitkomen | eigenbelang | -
voor mij zou het makkelijker | eigenbelang | -
voor mij is het makkelijker | eigenbelang | -
voor mij zou het handiger | eigenbelang | -
voor mij is het handiger | eigenbelang | -
het scheelt mij/me … tijd | eigenbelang | -
het zou mij/me … tijd schelen | eigenbelang | -
ik zou het liefst | eigenbelang | -
het liefst zou ik | eigenbelang | -
makkelijker voor mij/mezelf | eigenbelang | -
handiger voor mij/mezelf | eigenbelang | -
ik zou zelf liever | eigenbelang | -
eerlijk gezegd komt het mij/me … goed uit | eigenbelang | -
komt mij/me … goed uit | eigenbelang | -
