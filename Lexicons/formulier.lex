# Formulier: de vaste kopjes van een formulier of sjabloon (leerdoelen, POP, STARR, evaluatie).
# "Leerdoel 1: Ik wil voor het eind van de periode …" is het eigen doel vooraf (fase 1), geen
# afgewogen alternatief (fase 4) en geen oplossingsgerichtheid; "gestart met", "ingezet" op een
# formulier melden voortgang, geen uitproberen van een eerder voornemen (regel `form`). Alleen
# aan het begin van een zin of regel.
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
leerdoel | formulier | - | 1 | start
leerdoelen | formulier | - | 1 | start
mijn leerdoel | formulier | - | 1 | start
persoonlijk leerdoel | formulier | - | 1 | start
wat ga ik doen | formulier | - | 1 | start
wat wil ik leren | formulier | - | 1 | start
wat wil ik bereiken | formulier | - | 1 | start
hoe ga ik dat doen | formulier | - | 1 | start
wanneer ben ik tevreden | formulier | - | 1 | start
wanneer is het behaald | formulier | - | 1 | start
actie | formulier | - | 1 | start
acties | formulier | - | 1 | start
actiepunt | formulier | - | 1 | start
actiepunten | formulier | - | 1 | start
doel | formulier | - | 1 | start
doelen | formulier | - | 1 | start
werkpunt | formulier | - | 1 | start
werkpunten | formulier | - | 1 | start
ontwikkelpunt | formulier | - | 1 | start
ontwikkelpunten | formulier | - | 1 | start
stand van zaken | formulier | - | 1 | start
tussenstand | formulier | - | 1 | start
planning | formulier | - | 1 | start
kerntaak | formulier | - | 1 | start
werkproces | formulier | - | 1 | start
competentie | formulier | - | 1 | start
