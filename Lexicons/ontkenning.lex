# Ontkenning: woorden die een zinsdeel ontkennen, en de grenzen van hun bereik.
# ontkenning/zin: werkt binnen het eigen zinsdeel, voor en na het woord ("ik vind het niet
#   stom van hem", "ik begrijp hem niet"). Twee ontkenningen in één zinsdeel heffen elkaar op
#   ("het is niet zo dat ik het niet snap").
# ontkenning/volgende: werkt door tot het einde van de zin, over zinsdeelgrenzen heen
#   ("het is niet zo dat ik …").
# grens: waar een zinsdeel ophoudt: voegwoorden die een nieuwe bijzin of hoofdzin openen. Een
#   komma, puntkomma, dubbele punt en gedachtestreepje zijn altijd een grens. "En" is alleen
#   een grens als er een nieuw onderwerp volgt ("en ik", "en hij").
# Wat een ontkenning met een treffer doet, staat bij de treffer zelf (neg:flip, neg:cancel).
#
# patroon | categorie | label | gewicht | vlaggen | toelichting
niet | ontkenning | zin
nie | ontkenning | zin | 1 | | Vlaams, informeel
geen | ontkenning | zin
nooit | ontkenning | zin
niets | ontkenning | zin
niks | ontkenning | zin
nergens | ontkenning | zin
niemand | ontkenning | zin
allerminst | ontkenning | zin
geenszins | ontkenning | zin
evenmin | ontkenning | zin
noch | ontkenning | zin
nimmer | ontkenning | zin
het is niet zo dat | ontkenning | volgende
het was niet zo dat | ontkenning | volgende
niet dat | ontkenning | volgende
dat wil niet zeggen dat | ontkenning | volgende
maar | grens | -
omdat | grens | -
want | grens | -
doordat | grens | -
terwijl | grens | -
toen | grens | -
zodat | grens | -
hoewel | grens | -
alhoewel | grens | -
ofschoon | grens | -
waardoor | grens | -
nadat | grens | -
voordat | grens | -
zodra | grens | -
totdat | grens | -
tenzij | grens | -
dus | grens | -
daarom | grens | -
als | grens | -
wanneer | grens | -
en ik | grens | -
en hij | grens | -
en zij | grens | -
en ze | grens | -
en we | grens | -
en wij | grens | -
en je | grens | -
en dat | grens | -
en het | grens | -
en toen | grens | -
en daarna | grens | -
en dan | grens | -
dat | grens | - | 1 | | een bijzin met "dat" is een eigen zinsdeel ("ik besef nu dat het niet om … gaat")
of | grens | -
in plaats van | ontkenning | zin
i.p.v. | ontkenning | zin
ipv | ontkenning | zin
