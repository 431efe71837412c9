# Diepte: wat een verslag transformerend maakt (diepte 4).
# aanname: eigen aannames, normen, overtuigingen of de routines van het team ter discussie
#   ("ik ging ervan uit dat", "waarom doen we dit eigenlijk zo", "zo doen we het nu eenmaal",
#   "vanzelfsprekend", "een blinde vlek").
# metareflectie: reflectie op de reflectie zelf ("als ik dit teruglees", "bij het schrijven
#   van dit verslag merk ik", "mijn manier van reflecteren"). Het woord "reflectie" alleen is
#   geen metareflectie: wie spuit en het reflectie noemt, piekert nog steeds.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
mijn aanname | aanname | - | 2
mijn aannames | aanname | - | 2
aanname | aanname | - | 1.5
aannames | aanname | - | 1.5
ik ging ervan uit | aanname | - | 1.5
ik ga ervan uit | aanname | - | 1
ik ging er … van uit | aanname | - | 1.5
ik nam aan | aanname | - | 1
ik dacht altijd | aanname | - | 2
ik heb altijd gedacht | aanname | - | 2
ik vond altijd | aanname | - | 2
vanzelfsprekend | aanname | - | 1.5
vanzelfsprekendheid | aanname | - | 2
vanzelfsprekendheden | aanname | - | 2
zo doen we het altijd | aanname | - | 2
zo doen we het hier | aanname | - | 2
zo doen we dat | aanname | - | 1.5
zo doen we het nu eenmaal | aanname | - | 2
we doen het altijd zo | aanname | - | 2
we doen dit altijd zo | aanname | - | 2
we doen dat altijd | aanname | - | 2
waarom doen we | aanname | - | 2.5 | question
waarom doen wij | aanname | - | 2.5 | question
waarom hebben we | aanname | - | 1.5 | question
waarom vinden we | aanname | - | 2 | question
waarom doe ik | aanname | - | 1.5 | question
zo zijn we het gewend | aanname | - | 2
gewend | aanname | - | 0.5
gewoonte | aanname | - | 1.5
gewoontes | aanname | - | 1.5
routine | aanname | - | 1
routines | aanname | - | 1.5
automatisme | aanname | - | 1.5
automatismen | aanname | - | 1.5
automatische piloot | aanname | - | 2
ter discussie | aanname | - | 2
ik stel … ter discussie | aanname | - | 2.5
ongeschreven regel* | aanname | - | 2
onze werkwijze | aanname | - | 1.5
de werkwijze | aanname | - | 1
ons protocol | aanname | - | 1
het protocol | aanname | - | 0.5
de regels | aanname | - | 0.5
regels boven | aanname | - | 2
blinde vlek | aanname | - | 2.5
vooroordeel | aanname | - | 2
vooroordelen | aanname | - | 2
mijn beeld van | aanname | - | 1.5
mijn referentiekader | aanname | - | 2.5
referentiekader | aanname | - | 2
mijn opvatting | aanname | - | 1.5
mijn overtuiging | aanname | - | 2
overtuigingen | aanname | - | 2
mijn norm | aanname | - | 2
mijn normen | aanname | - | 2
mijn eigen normen | aanname | - | 2.5
dat hoort zo | aanname | - | 1.5
zo hoort het | aanname | - | 1.5
ik kijk er nu anders naar | aanname | - | 2.5
ik kijk er anders naar | aanname | - | 2
anders naar kijken | aanname | - | 1.5
ik stel mezelf de vraag | aanname | - | 2
eigenlijk zo | aanname | - | 1 | question
klopt dat wel | aanname | - | 1.5
klopt dat eigenlijk | aanname | - | 2
is dat wel zo | aanname | - | 1.5
als ik dit teruglees | metareflectie | - | 2.5
als ik dit nu teruglees | metareflectie | - | 2.5
nu ik dit teruglees | metareflectie | - | 2.5
nu ik dit opschrijf | metareflectie | - | 2.5
terwijl ik dit schrijf | metareflectie | - | 2.5
bij het schrijven | metareflectie | - | 2
tijdens het schrijven | metareflectie | - | 2
door dit te schrijven | metareflectie | - | 2
dit verslag | metareflectie | - | 0.5
in mijn verslagen | metareflectie | - | 2
mijn vorige verslagen | metareflectie | - | 2
mijn eigen verslag | metareflectie | - | 1.5
mijn manier van reflecteren | metareflectie | - | 2.5
hoe ik reflecteer | metareflectie | - | 2.5
mijn reflecties | metareflectie | - | 1.5
wat ik opschrijf | metareflectie | - | 1.5
wat ik hier opschrijf | metareflectie | - | 2
ik merk dat ik in | metareflectie | - | 1
ik zie bij mezelf | metareflectie | - | 1.5
ik zie in mijn | metareflectie | - | 1.5
in mijn reflectie | metareflectie | - | 1.5
eigenlijk | aanname | - | 1 | question
gezien als | aanname | - | 1.5
zag ik … als | aanname | - | 1.5
ik zag hem/haar/het als | aanname | - | 1.5
ik dacht dat | aanname | - | 1
ik dacht altijd dat | aanname | - | 2
omdat ik dacht | aanname | - | 1.5
ik vond … zelf ook | aanname | - | 1.5
ongemakkelijk … om op te schrijven | metareflectie | - | 2.5
eerlijk opschrijven | metareflectie | - | 2
eerlijk gezegd | metareflectie | - | 0.5
