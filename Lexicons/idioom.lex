# Idioom: vaste uitdrukkingen met een signaalwoord erin, die niets van dat signaal betekenen.
# "Door het vele malen te oefenen" is geen malen, "niet voor niets" geen absoluut woord, "steeds
# meer collega's" geen herhaling van een zorg, "heen en weer" geen "weer". Elk signaal dat binnen
# de woorden van een idioom valt, telt niet (regel `idiom`); het idioom zelf is geen bewijs.
# Een nieuw idioom hoort hier, niet in de code.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
vele/meerdere/talloze/tig/ettelijke/honderd/duizend malen | idioom | - | 1 | | "vele malen": vaak, geen malen
twee/drie/vier/vijf/tien/zoveel/zo veel malen | idioom | - | 1 | |
niet voor niets | idioom | - | 1 | | "niet zonder reden"
voor niets | idioom | - | 1 | | gratis of zonder reden; "alles voor niets" staat in spuien
niets aan de hand | idioom | - | 1 | |
niets bijzonders | idioom | - | 1 | |
niks bijzonders | idioom | - | 1 | |
verder niets | idioom | - | 1 | |
verder niks | idioom | - | 1 | |
zo goed als niets | idioom | - | 1 | |
niets te maken met | idioom | - | 1 | |
steeds meer/vaker/minder/beter/slechter/groter/kleiner/duidelijker/makkelijker/moeilijker/zelfstandiger/rustiger | idioom | - | 1 | | een geleidelijke verandering, geen herhaling
nog steeds | idioom | - | 1 | | iets duurt voort
heen en weer | idioom | - | 1 | |
weer terug | idioom | - | 1 | |
weer thuis | idioom | - | 1 | |
weer naar huis | idioom | - | 1 | |
weer op de groep | idioom | - | 1 | |
weer aan het werk | idioom | - | 1 | |
weer beter | idioom | - | 1 | | herstel
weer opgeknapt | idioom | - | 1 | |
weer rustig | idioom | - | 1 | |
weer even | idioom | - | 1 | |
weer eens | idioom | - | 1 | |
alles bij elkaar | idioom | - | 1 | |
alles op alles | idioom | - | 1 | |
alles wat nodig is | idioom | - | 1 | |
voor altijd | idioom | - | 1 | |
altijd al | idioom | - | 1 | |
zoals altijd | idioom | - | 1 | | een gewoonte, geen veralgemening
zoals gewoonlijk | idioom | - | 1 | |
iedereen aan tafel | idioom | - | 1 | |
met z'n allen | idioom | - | 1 | |
de hele dag door | idioom | - | 1 | |
niets/niks liever | idioom | - | 1 | | "ik doe niets liever dan": een voorkeur, geen veralgemening
nog altijd | idioom | - | 1 | | iets duurt voort ("nog altijd boos")
niets meer of minder dan | idioom | - | 1 | |
niets minder dan | idioom | - | 1 | |
zei/zegt/zeiden/zeggen … altijd | idioom | - | 1 | | een gezegde van iemand, geen oordeel van de schrijver
