# Voorbehoud: voorzichtige, tastende taal (hedges).
# Wie reflecteert, houdt een interpretatie open ("misschien", "het zou kunnen dat", "ik
# vermoed", "volgens mij") en nuanceert ("soms", "een beetje", "deels"). Een voorbehoud is
# geen reflectie op zich, maar het maakt een verklaring tot een hypothese in plaats van een
# vonnis; de analyse gebruikt het als steun voor een onderzoekende waarom-vraag en voor
# perspectiefname ("misschien was hij bang").
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
misschien | voorbehoud | -
wellicht | voorbehoud | -
mogelijk | voorbehoud | - | 0.5
mogelijkerwijs | voorbehoud | -
waarschijnlijk | voorbehoud | -
vermoedelijk | voorbehoud | -
ik vermoed | voorbehoud | -
vermoed ik | voorbehoud | -
ik denk dat | voorbehoud | - | 0.5
denk ik | voorbehoud | - | 0.5
het lijkt erop | voorbehoud | -
het lijkt alsof | voorbehoud | -
het leek alsof | voorbehoud | -
het leek erop | voorbehoud | -
lijkt | voorbehoud | - | 0.5
het zou kunnen | voorbehoud | -
zou kunnen zijn | voorbehoud | -
kan het zijn dat | voorbehoud | -
het kan zijn dat | voorbehoud | -
ik weet het niet zeker | voorbehoud | -
niet zeker | voorbehoud | - | 0.5
volgens mij | voorbehoud | -
ik heb het idee | voorbehoud | -
ik had het idee | voorbehoud | -
ik heb de indruk | voorbehoud | -
ik had de indruk | voorbehoud | -
de indruk | voorbehoud | - | 0.5
kennelijk | voorbehoud | -
blijkbaar | voorbehoud | - | 0.5
eventueel | voorbehoud | -
enigszins | voorbehoud | -
een beetje | voorbehoud | - | 0.5
ergens | voorbehoud | - | 0.5
soms | voorbehoud | - | 0.5
deels | voorbehoud | -
gedeeltelijk | voorbehoud | -
voor een deel | voorbehoud | -
tot op zekere hoogte | voorbehoud | -
min of meer | voorbehoud | -
als het ware | voorbehoud | -
ik vraag me af | voorbehoud | -
ik vroeg me af | voorbehoud | -
wie weet | voorbehoud | -
zou het kunnen | voorbehoud | -
eigenlijk | voorbehoud | - | 0.3
