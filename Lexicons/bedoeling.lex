# Bedoeling: de waarde en het doel van het werk, het goede voor de cliënt (DESIGN §3).
# "De bedoeling" (wat van waarde is voor deze cliënt op dit moment), wat voor iemand
# belangrijk is, wat hij nodig heeft, de waarden van de organisatie, kwaliteit van leven.
# Een waarom-vraag met zo'n woord is purpose_linked; een verslag dat ernaar verwijst, weegt
# de betekenis voor het eigen handelen (diepte 3).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
de bedoeling | doel | - | 2
bedoeling | doel | - | 1
vanuit de bedoeling | doel | - | 2.5
werken vanuit de bedoeling | doel | - | 3
waar doen we het voor | doel | - | 2.5
waar doen we dit voor | doel | - | 2.5
waar we het voor doen | doel | - | 2.5
waar doe ik het voor | doel | - | 2
voor wie doen we | doel | - | 2.5
wat voor hem/haar/hen … belangrijk is | doel | - | 2.5
wat voor hem/haar/hen … belangrijk was | doel | - | 2.5
wat voor de cliënt/client/bewoner/jongere/ouders/familie … belangrijk | doel | - | 2.5
wat voor mevrouw/meneer … belangrijk | doel | - | 2.5
voor hem/haar/hen … belangrijk | doel | - | 2
voor hem/haar/hen … zo belangrijk | doel | - | 2
belangrijk … voor hem/haar/hen | doel | - | 1.5
belangrijk voor de cliënt/client/bewoner/jongere | doel | - | 2
voor de cliënt/client/bewoner/jongere/deelnemer | doel | - | 1
voor mevrouw/meneer | doel | - | 1
wat hij/zij/ze … nodig heeft | doel | - | 2
wat hij/zij/ze … nodig had | doel | - | 2
wat hij/zij/ze … echt nodig | doel | - | 2.5
wat hem/haar … helpt | doel | - | 1.5
wat goed is voor | doel | - | 2
wat het beste is voor | doel | - | 2
wat goed voor hem/haar | doel | - | 2
in het belang van | doel | - | 2.5
zijn/haar/hun belang | doel | - | 2
belang van de cliënt/client/bewoner/jongere/kinderen | doel | - | 2.5
het belang van | doel | - | 1
kwaliteit van leven | doel | - | 2.5
kwaliteit van bestaan | doel | - | 2.5
welzijn | doel | - | 1.5
welbevinden | doel | - | 1.5
eigen regie | doel | - | 2
zelfstandigheid | doel | - | 1
eigenwaarde | doel | - | 1
waardigheid | doel | - | 2
autonomie | doel | - | 1.5
zijn/haar/hun wens* | doel | - | 1.5
wat hij/zij/ze … wil | doel | - | 1
wat hij/zij/ze zelf wil | doel | - | 2
wat hij/zij/ze zelf wilde | doel | - | 2
zijn/haar/hun behoefte* | doel | - | 1.5
waarden | doel | - | 1.5
onze waarden | doel | - | 2.5
onze visie | doel | - | 2
de visie | doel | - | 1.5
de missie | doel | - | 1.5
waar we voor staan | doel | - | 2.5
het doel van de zorg | doel | - | 2.5
doel van de begeleiding | doel | - | 2
waartoe | doel | - | 1
zinvol | doel | - | 1.5
zingeving | doel | - | 2
betekenisvol | doel | - | 1.5
wat ertoe doet | doel | - | 2
wat telt | doel | - | 1
waar hij/zij/ze blij van wordt | doel | - | 2
waar hij/zij/ze … gelukkig van | doel | - | 2
passende zorg | doel | - | 2
de cliënt centraal | doel | - | 2.5
de mens centraal | doel | - | 2.5
centraal staat | doel | - | 1
ten dienste van | doel | - | 1.5
ten behoeve van | doel | - | 1
voor wie | doel | - | 1
de regels of de cliënt | doel | - | 2.5
de regel boven | doel | - | 2
voor hem/haar/hen | doel | - | 1 | question
voor de bewoners/cliënten/clienten/jongeren/kinderen/deelnemers/mensen/families/ouders | doel | - | 1
voor onze bewoners/cliënten/clienten/jongeren/kinderen/mensen | doel | - | 1.5
voor iemand als | doel | - | 1.5
nodig | doel | - | 1 | question
nodig heeft | doel | - | 1.5
nodig hebben | doel | - | 1
verdienen | doel | - | 1 | question
verdient | doel | - | 1 | question
helpen | doel | - | 0.5 | question
helpt | doel | - | 0.5 | question
waarde | doel | - | 1.5
van waarde | doel | - | 2
veiligheid | doel | - | 1
gezondheid | doel | - | 1
goed voor haar/hem/hen | doel | - | 1.5
de wens van | doel | - | 1.5
de bewoners | doel | - | 0.5 | question
de cliënt | doel | - | 0.5 | question
de mensen | doel | - | 0.5 | question
