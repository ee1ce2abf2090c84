"""Month and weekday names of languages in Latin script that neither the eight nor CLDR's twenty list here.

Galician ("27 de xaneiro de 2020", "Luns"), Icelandic ("14. ágúst 2024"), Albanian ("5 qershor 2023"),
Malay ("12 Ogos 2024") and Filipino ("Hunyo 3, 2024") news print these; the regional presses of Spain
and the Nordic, Balkan and South-East Asian ones. `worlddates.in_english` reads them with the rest, as a
dictionary looked up word by word in a line that prints a figure. Names that are words of other
languages are left out (Malay "Mac", March; Albanian "maj" and "mars" are the Slavic and French
months already), and the short forms, which are syllables of too many words.
"""

from __future__ import annotations

# each month's forms, space-separated: Galician, Icelandic, Albanian, Malay, Filipino
REGIONAL_MONTHS: dict[int, str] = {
    1: "xaneiro janúar janar enero",
    2: "febreiro febrúar shkurt pebrero",
    3: "marzo marso",
    4: "abril apríl prill",
    5: "maio maí mayo",
    6: "xuño júní qershor hunyo",
    7: "xullo júlí korrik julai hulyo",
    8: "ágúst gusht ogos",
    9: "setembro shtator setyembre",
    10: "outubro október tetor oktubre",
    11: "novembro nóvember nëntor nobyembre",
    12: "decembro desember dhjetor disember disyembre",
}
# Galician, Icelandic, Albanian weekdays (Monday first)
REGIONAL_DAYS: dict[int, str] = {
    1: "luns mánudagur mánudaginn hënë",
    2: "martes þriðjudagur þriðjudaginn martë",
    3: "mércores miðvikudagur miðvikudaginn mërkurë",
    4: "xoves fimmtudagur fimmtudaginn enjte",
    5: "venres föstudagur föstudaginn premte",
    6: "sábado laugardagur laugardaginn shtunë",
    7: "domingo sunnudagur sunnudaginn diel",
}
