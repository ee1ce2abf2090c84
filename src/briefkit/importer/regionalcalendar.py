"""Month and weekday names of languages that neither the eight nor CLDR's twenty list here.

Galician ("27 de xaneiro de 2020", "Luns"), Icelandic ("14. ágúst 2024"), Albanian ("5 qershor 2023"),
Malay ("12 Ogos 2024"), Filipino ("Hunyo 3, 2024"), Swahili ("Aprili 15, 2025", "Jumatano") and Georgian
("12 ოქტომბერი 2023", the genitive "12 ოქტომბრის" too) news print these; the regional presses of Spain,
the Nordic, Balkan and South-East Asian ones, East Africa's and the Caucasus'. `worlddates.in_english`
reads them with the rest, as a dictionary looked up word by word in a line that prints a figure. Names
that are words of other languages are left out (Malay "Mac", March; Albanian "maj" and "mars" are the
Slavic and French months already; Georgian "კვირა", Sunday, is the week too), and the short forms, which
are syllables of too many words.
"""

from __future__ import annotations

# each month's forms, space-separated: Galician, Icelandic, Albanian, Malay, Filipino, Swahili, Georgian
REGIONAL_MONTHS: dict[int, str] = {
    1: "xaneiro janúar janar enero januari იანვარი იანვრის",
    2: "febreiro febrúar shkurt pebrero februari თებერვალი თებერვლის",
    3: "marzo marso machi მარტი მარტის",
    4: "abril apríl prill aprili აპრილი აპრილის",
    5: "maio maí mayo მაისი მაისის",
    6: "xuño júní qershor hunyo ივნისი ივნისის",
    7: "xullo júlí korrik julai hulyo ივლისი ივლისის",
    8: "ágúst gusht ogos agosti აგვისტო აგვისტოს",
    9: "setembro shtator setyembre septemba სექტემბერი სექტემბრის",
    10: "outubro október tetor oktubre oktoba ოქტომბერი ოქტომბრის",
    11: "novembro nóvember nëntor nobyembre novemba ნოემბერი ნოემბრის",
    12: "decembro desember dhjetor disember disyembre desemba დეკემბერი დეკემბრის",
}
# Galician, Icelandic, Albanian, Swahili, Georgian weekdays (Monday first)
REGIONAL_DAYS: dict[int, str] = {
    1: "luns mánudagur mánudaginn hënë jumatatu ორშაბათი",
    2: "martes þriðjudagur þriðjudaginn martë jumanne სამშაბათი",
    3: "mércores miðvikudagur miðvikudaginn mërkurë jumatano ოთხშაბათი",
    4: "xoves fimmtudagur fimmtudaginn enjte alhamisi ხუთშაბათი",
    5: "venres föstudagur föstudaginn premte ijumaa პარასკევი",
    6: "sábado laugardagur laugardaginn shtunë jumamosi შაბათი",
    7: "domingo sunnudagur sunnudaginn diel jumapili",
}
