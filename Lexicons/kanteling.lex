# Kanteling: de wending van piekeren naar reflecteren binnen één verslag.
# Een verslag dat piekerend begint en dan omslaat ("Toch probeer ik het van een afstand te
# bekijken", "Als ik het door haar ogen bekijk", "Tegelijk: hoe komt het dat …") heeft beide
# polen: de analyse leest het als gemengd, ook als een van beide polen zwaarder weegt. Alleen
# aan het begin van een zin (vlag start) of als vaste wending.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
toch | kanteling | - | 1 | start
tegelijk | kanteling | - | 1 | start
tegelijkertijd | kanteling | - | 1 | start
maar goed | kanteling | - | 1 | start
aan de andere kant | kanteling | - | 1
anderzijds | kanteling | - | 1
als ik … bekijk | kanteling | - | 1.5
als ik het … bekijk | kanteling | - | 1.5
van een afstand | kanteling | - | 1.5
met wat afstand | kanteling | - | 1.5
nu ik … afstand | kanteling | - | 1.5
als ik eerlijk ben | kanteling | - | 1
eerlijk gezegd | kanteling | - | 0.5
nu ik erover nadenk | kanteling | - | 1.5
nu ik het opschrijf | kanteling | - | 1.5
bij nader inzien | kanteling | - | 1.5
als ik … rustig … nadenk | kanteling | - | 1.5
als ik het rijtje afga | kanteling | - | 1.5
als ik … terugkijk | kanteling | - | 1
achteraf | kanteling | - | 0.5 | start
ik probeer … te bekijken | kanteling | - | 1.5
probeer ik … te bekijken | kanteling | - | 1.5
ik probeer … te zien | kanteling | - | 1
maar misschien | kanteling | - | 1 | start
misschien | kanteling | - | 0.3 | start
maar nu | kanteling | - | 1
nu het … stiller | kanteling | - | 1.5
