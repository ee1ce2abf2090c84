"""Short invented news pages in languages beyond the importer's first eight, as saved HTML and as text dumps.

Each page is written for these tests (nothing is copied from a real site): a menu, a breadcrumb, the headline,
a byline with the language's own keyword, a dateline with the language's "published" label, a relative time
("3 hours ago") beside the absolute day, an "updated" line with a later day, the story, related links and a
footer. The publication day (2 December 2026) differs from the update (3 December) and from what the relative
time would give, so a test can tell which was read.
"""

from __future__ import annotations

import html
from dataclasses import dataclass


@dataclass(frozen=True)
class WorldPage:
    """One invented article: what a reader sees on the page, and what the importer must read from it."""

    lang: str
    site: str
    menu: tuple[str, ...]
    crumbs: str
    title: str
    byline: str
    author: str
    dateline: str
    relative: str
    updated: str
    paragraphs: tuple[str, ...]
    related: tuple[str, ...]
    footer: tuple[str, ...]
    day: str = "2026-12-02"

    def text_dump(self) -> str:
        """What select-all and copy gives on the page: one line a block."""
        lines = [*self.menu, self.crumbs, self.title, self.byline, f"{self.dateline} · {self.relative}", ""]
        for para in self.paragraphs:
            lines += [para, ""]
        lines += [self.updated, "", *self.related, "", *self.footer]
        return "\n".join(lines) + "\n"

    def saved_html(self) -> str:
        """The page as a browser saves it: a plain document with no metadata to lean on."""
        e = html.escape
        nav = "".join(f'<li><a href="/{i}">{e(m)}</a></li>' for i, m in enumerate(self.menu))
        body = "".join(f"<p>{e(p)}</p>" for p in self.paragraphs)
        related = "".join(f'<li><a href="/r{i}">{e(r)}</a></li>' for i, r in enumerate(self.related[1:]))
        foot = " | ".join(e(f) for f in self.footer)
        return (
            f'<!DOCTYPE html><html lang="{self.lang}"><head><meta charset="utf-8">'
            f"<title>{e(self.title)} - {e(self.site)}</title></head><body>"
            f"<header><div class=logo>{e(self.site)}</div><nav><ul>{nav}</ul></nav></header>"
            f'<main><div class="crumbs">{e(self.crumbs)}</div><article><h1>{e(self.title)}</h1>'
            f'<div class="meta"><span class="author">{e(self.byline)}</span> '
            f'<span class="date">{e(self.dateline)}</span> <span class="ago">{e(self.relative)}</span></div>'
            f"{body}<p class=upd><small>{e(self.updated)}</small></p></article>"
            f"<aside><h2>{e(self.related[0])}</h2><ul>{related}</ul></aside></main>"
            f"<footer>{foot}</footer></body></html>"
        )


PAGES: tuple[WorldPage, ...] = (
    WorldPage(
        lang="pl",
        site="Kurier Nadrzeczny",
        menu=("Strona główna", "Wiadomości", "Region", "Sport", "Kultura", "Kontakt"),
        crumbs="Strona główna » Region » Transport",
        title="Nowy most na Wiśle otwarty dla pieszych i rowerzystów",
        byline="Autor: Magdalena Król",
        author="Magdalena Król",
        dateline="Opublikowano: 2 grudnia 2026, 09:15",
        relative="3 godziny temu",
        updated="Aktualizacja: 3 grudnia 2026, 11:40",
        paragraphs=(
            "Po dwóch latach budowy nowa kładka nad Wisłą została w środę otwarta dla pieszych i rowerzystów.",
            "Most ma ponad trzysta metrów długości i łączy bulwary z osiedlami na drugim brzegu rzeki.",
            "Według urzędników z przeprawy może codziennie korzystać nawet dziesięć tysięcy osób.",
            "Mieszkańcy od lat czekali na to połączenie, bo dotąd musieli nadkładać kilka kilometrów drogi.",
            "Wieczorem konstrukcja będzie podświetlana, a na środku mostu stanęły ławki i punkty widokowe.",
        ),
        related=("Czytaj także", "Remont dworca potrwa do wiosny", "Nowe linie autobusowe od stycznia"),
        footer=("Regulamin", "Polityka prywatności", "Redakcja"),
    ),
    WorldPage(
        lang="cs",
        site="Zpravodaj Podhůří",
        menu=("Domů", "Zprávy", "Kraj", "Sport", "Kultura", "Kontakty"),
        crumbs="Domů › Kraj › Doprava",
        title="Nová lávka přes řeku spojí obě části města",
        byline="Autor: Tomáš Dvořák",
        author="Tomáš Dvořák",
        dateline="Publikováno: 2. prosince 2026 9:15",
        relative="před 3 hodinami",
        updated="Aktualizováno: 3. prosince 2026 11:40",
        paragraphs=(
            "Po dvou letech stavby otevřelo město ve středu novou lávku pro pěší a cyklisty přes řeku.",
            "Lávka měří přes tři sta metrů a spojuje nábřeží se sídlištěm na druhém břehu.",
            "Podle radnice ji může denně využít až deset tisíc lidí, kteří dosud museli chodit oklikou.",
            "Obyvatelé na spojení čekali mnoho let a stavbu často sledovali přímo z nábřeží.",
            "Večer bude konstrukce osvětlená a uprostřed lávky jsou lavičky a vyhlídková místa.",
        ),
        related=("Mohlo by vás zajímat", "Oprava nádraží potrvá do jara", "Nové autobusové linky od ledna"),
        footer=("Podmínky užití", "Ochrana osobních údajů", "Redakce"),
    ),
    WorldPage(
        lang="sv",
        site="Norrbygden",
        menu=("Nyheter", "Sport", "Kultur", "Ekonomi", "Debatt", "Logga in"),
        crumbs="Nyheter / Lokalt / Trafik",
        title="Ny gång- och cykelbro över älven invigd",
        byline="Av Karin Lindqvist",
        author="Karin Lindqvist",
        dateline="Publicerad 2 december 2026 kl. 09.15",
        relative="för 3 timmar sedan",
        updated="Uppdaterad 3 december 2026 kl. 11.40",
        paragraphs=(
            "Efter två års byggande invigdes på onsdagen den nya gång- och cykelbron över älven.",
            "Bron är drygt trehundra meter lång och förbinder kajen med bostadsområdena på andra sidan.",
            "Enligt kommunen kan upp till tiotusen personer om dagen använda den nya förbindelsen.",
            "Många boende har väntat i åratal på bron och har hittills fått ta en lång omväg till centrum.",
            "På kvällarna kommer bron att vara upplyst och mitt på bron finns bänkar och utsiktsplatser.",
        ),
        related=("Läs också", "Renoveringen av stationen dröjer till våren", "Nya busslinjer från januari"),
        footer=("Kontakta oss", "Integritetspolicy", "Ansvarig utgivare"),
    ),
    WorldPage(
        lang="da",
        site="Fjordposten",
        menu=("Forside", "Nyheder", "Lokalt", "Sport", "Kultur", "Log ind"),
        crumbs="Forside > Lokalt > Trafik",
        title="Ny cykelbro over havnen er åbnet for trafik",
        byline="Af Mette Sørensen",
        author="Mette Sørensen",
        dateline="Publiceret 2. december 2026 kl. 09.15",
        relative="for 3 timer siden",
        updated="Opdateret 3. december 2026 kl. 11.40",
        paragraphs=(
            "Efter to års byggeri blev den nye cykel- og gangbro over havnen onsdag åbnet for trafik.",
            "Broen er over trehundrede meter lang og forbinder kajen med boligområderne på den anden side.",
            "Ifølge kommunen kan op til titusind mennesker om dagen bruge den nye forbindelse.",
            "Mange beboere har i årevis ventet på broen og har hidtil måttet tage en lang omvej.",
            "Om aftenen bliver broen oplyst, og midt på broen er der bænke og udsigtspunkter.",
        ),
        related=("Læs også", "Renoveringen af stationen varer til foråret", "Nye buslinjer fra januar"),
        footer=("Kontakt redaktionen", "Privatlivspolitik", "Cookies"),
    ),
    WorldPage(
        lang="nb",
        site="Vestlandsbladet",
        menu=("Nyheter", "Sport", "Kultur", "Debatt", "Meny", "Logg inn"),
        crumbs="Nyheter › Lokalt › Samferdsel",
        title="Ny gang- og sykkelbru over elva åpnet onsdag",
        byline="Av Ole Haugen",
        author="Ole Haugen",
        dateline="Publisert: 02.12.2026 09:15",
        relative="3 timer siden",
        updated="Oppdatert: 03.12.2026 11:40",
        paragraphs=(
            "Etter to års bygging ble den nye gang- og sykkelbrua over elva åpnet onsdag formiddag.",
            "Brua er over tre hundre meter lang og knytter kaia sammen med boligfeltene på den andre siden.",
            "Ifølge kommunen kan opptil ti tusen mennesker bruke den nye forbindelsen hver dag.",
            "Mange beboere har ventet på brua i årevis og har hittil måttet ta en lang omvei til sentrum.",
            "Om kvelden blir brua opplyst, og midt på brua er det satt opp benker og utsiktspunkter.",
        ),
        related=("Les også", "Oppussingen av stasjonen varer til våren", "Nye busslinjer fra januar"),
        footer=("Kontakt oss", "Personvern", "Ansvarlig redaktør"),
    ),
    WorldPage(
        lang="fi",
        site="Jokilaakson Sanomat",
        menu=("Etusivu", "Uutiset", "Urheilu", "Kulttuuri", "Mielipide", "Kirjaudu"),
        crumbs="Etusivu / Uutiset / Liikenne",
        title="Uusi kevyen liikenteen silta avattiin joen yli",
        byline="Teksti: Aino Virtanen",
        author="Aino Virtanen",
        dateline="Julkaistu 2.12.2026 9.15",
        relative="3 tuntia sitten",
        updated="Päivitetty 3.12.2026 11.40",
        paragraphs=(
            "Kahden vuoden rakennustyön jälkeen uusi kevyen liikenteen silta avattiin keskiviikkona joen yli.",
            "Silta on yli kolmesataa metriä pitkä ja yhdistää rantakadun vastarannan asuinalueisiin.",
            "Kaupungin mukaan siltaa voi käyttää jopa kymmenentuhatta ihmistä päivässä.",
            "Moni asukas on odottanut siltaa vuosia ja joutunut tähän asti kiertämään pitkän matkan keskustaan.",
            "Iltaisin silta valaistaan, ja sen keskelle on rakennettu penkkejä ja näköalapaikkoja.",
        ),
        related=("Lue myös", "Aseman remontti jatkuu kevääseen", "Uudet bussilinjat tammikuusta alkaen"),
        footer=("Ota yhteyttä", "Tietosuoja", "Toimitus"),
    ),
    WorldPage(
        lang="tr",
        site="Kıyı Gazetesi",
        menu=("Anasayfa", "Gündem", "Ekonomi", "Spor", "Kültür", "İletişim"),
        crumbs="Anasayfa > Gündem > Ulaşım",
        title="Nehir üzerindeki yeni yaya köprüsü hizmete açıldı",
        byline="Yazar: Elif Şahin",
        author="Elif Şahin",
        dateline="Yayınlanma: 02.12.2026 09:15",
        relative="3 saat önce",
        updated="Güncelleme: 03.12.2026 11:40",
        paragraphs=(
            "İki yıl süren inşaatın ardından nehir üzerindeki yeni yaya ve bisiklet köprüsü çarşamba günü açıldı.",
            "Üç yüz metreyi aşan köprü, rıhtımı karşı kıyıdaki mahallelere bağlıyor.",
            "Belediyeye göre köprüyü her gün on bine kadar kişi kullanabilecek.",
            "Mahalle sakinleri bu bağlantıyı yıllardır bekliyordu ve şimdiye kadar uzun bir yol dolaşmak zorundaydı.",
            "Akşamları köprü ışıklandırılacak ve köprünün ortasına banklar ile seyir noktaları yerleştirildi.",
        ),
        related=(
            "İlginizi çekebilir",
            "İstasyonun yenilenmesi bahara kadar sürecek",
            "Ocak ayından itibaren yeni otobüs hatları",
        ),
        footer=("Künye", "Gizlilik Politikası", "Bize Ulaşın"),
    ),
    WorldPage(
        lang="ro",
        site="Gazeta de Câmpie",
        menu=("Acasă", "Știri", "Local", "Sport", "Cultură", "Contact"),
        crumbs="Acasă » Local » Transport",
        title="Noua pasarelă peste râu a fost deschisă pentru pietoni",
        byline="Autor: Andrei Popescu",
        author="Andrei Popescu",
        dateline="Publicat: 2 decembrie 2026, 09:15",
        relative="acum 3 ore",
        updated="Actualizat: 3 decembrie 2026, 11:40",
        paragraphs=(
            "După doi ani de lucrări, noua pasarelă pentru pietoni și bicicliști peste râu a fost deschisă miercuri.",
            "Pasarela are peste trei sute de metri și leagă cheiul de cartierele de pe celălalt mal.",
            "Potrivit primăriei, până la zece mii de oameni pe zi vor putea folosi noua legătură.",
            "Mulți locuitori au așteptat ani de zile acest pod și până acum trebuiau să facă un ocol lung.",
            "Seara pasarela va fi luminată, iar la mijlocul ei au fost amenajate bănci și puncte de belvedere.",
        ),
        related=("Citește și", "Renovarea gării durează până în primăvară", "Linii noi de autobuz din ianuarie"),
        footer=("Termeni și condiții", "Politica de confidențialitate", "Redacția"),
    ),
    WorldPage(
        lang="hu",
        site="Alföldi Hírek",
        menu=("Címlap", "Belföld", "Gazdaság", "Sport", "Kultúra", "Kapcsolat"),
        crumbs="Címlap » Belföld » Közlekedés",
        title="Átadták az új gyalogos- és kerékpáros hidat a folyó felett",
        byline="Szerző: Kovács Eszter",
        author="Kovács Eszter",
        dateline="Közzétéve: 2026. december 2. 09:15",
        relative="3 órája",
        updated="Frissítve: 2026. december 3. 11:40",
        paragraphs=(
            "Kétéves építkezés után szerdán átadták az új gyalogos- és kerékpáros hidat a folyó felett.",
            "A híd több mint háromszáz méter hosszú, és a rakpartot köti össze a túlparti lakótelepekkel.",
            "A polgármesteri hivatal szerint naponta akár tízezer ember is használhatja az új átkelőt.",
            "A lakók évek óta vártak erre a kapcsolatra, és eddig hosszú kerülőt kellett tenniük a belváros felé.",
            "Esténként a hidat kivilágítják, a közepén pedig padokat és kilátópontokat alakítottak ki.",
        ),
        related=("Ezek is érdekelhetik", "Tavaszig tart az állomás felújítása", "Januártól új buszjáratok indulnak"),
        footer=("Impresszum", "Adatvédelem", "Szerkesztőség"),
    ),
    WorldPage(
        lang="el",
        site="Η Φωνή της Πεδιάδας",
        menu=("Αρχική", "Ειδήσεις", "Πολιτική", "Αθλητικά", "Πολιτισμός", "Επικοινωνία"),
        crumbs="Αρχική > Ειδήσεις > Συγκοινωνίες",
        title="Εγκαινιάστηκε η νέα πεζογέφυρα πάνω από τον ποταμό",
        byline="Της Μαρίας Νικολάου",
        author="Μαρίας Νικολάου",
        dateline="Δημοσίευση: 2 Δεκεμβρίου 2026, 09:15",
        relative="πριν από 3 ώρες",
        updated="Ενημέρωση: 3 Δεκεμβρίου 2026, 11:40",
        paragraphs=(
            "Μετά από δύο χρόνια εργασιών, η νέα γέφυρα για πεζούς και ποδηλάτες άνοιξε την Τετάρτη.",
            "Η γέφυρα έχει μήκος πάνω από τριακόσια μέτρα και συνδέει την προκυμαία με την απέναντι όχθη.",
            "Σύμφωνα με τον δήμο, έως και δέκα χιλιάδες άνθρωποι την ημέρα θα μπορούν να τη χρησιμοποιούν.",
            "Οι κάτοικοι περίμεναν χρόνια αυτή τη σύνδεση και μέχρι τώρα έκαναν μεγάλο κύκλο ως το κέντρο.",
            "Το βράδυ η γέφυρα θα φωτίζεται, ενώ στη μέση της τοποθετήθηκαν παγκάκια και σημεία θέασης.",
        ),
        related=(
            "Διαβάστε επίσης",
            "Η ανακαίνιση του σταθμού θα διαρκέσει ως την άνοιξη",
            "Νέες γραμμές λεωφορείων από τον Ιανουάριο",
        ),
        footer=("Όροι χρήσης", "Πολιτική απορρήτου", "Ταυτότητα"),
    ),
    WorldPage(
        lang="uk",
        site="Вісті Придніпров'я",
        menu=("Головна", "Новини", "Політика", "Спорт", "Культура", "Контакти"),
        crumbs="Головна » Новини » Транспорт",
        title="Новий пішохідний міст через річку відкрили для містян",
        byline="Автор: Олена Коваленко",
        author="Олена Коваленко",
        dateline="Опубліковано: 2 грудня 2026, 09:15",
        relative="3 години тому",
        updated="Оновлено: 3 грудня 2026, 11:40",
        paragraphs=(
            "Після двох років будівництва новий міст для пішоходів і велосипедистів через річку відкрили в середу.",
            "Міст має понад триста метрів завдовжки і з'єднує набережну з житловими кварталами на іншому березі.",
            "За даними міської ради, щодня ним зможуть користуватися до десяти тисяч людей.",
            "Мешканці роками чекали на це сполучення і досі мусили робити великий гак, щоб дістатися центру.",
            "Увечері міст підсвічуватимуть, а посередині встановили лавки та оглядові майданчики.",
        ),
        related=("Читайте також", "Ремонт вокзалу триватиме до весни", "Нові автобусні маршрути з січня"),
        footer=("Про нас", "Політика конфіденційності", "Редакція"),
    ),
    WorldPage(
        lang="en",
        site="Harbour City Daily",
        menu=("Home", "National", "World", "Business", "Sports", "Subscribe"),
        crumbs="Home > National > Transport",
        title="New footbridge across the river opens to walkers and cyclists",
        byline="By Park Ji-won",
        author="Park Ji-won",
        dateline="Published: Dec 2, 2026, 22:15 KST",
        relative="3 hours ago",
        updated="Updated: Dec 3, 2026, 11:40 KST",
        paragraphs=(
            "After two years of construction, the new footbridge for walkers and cyclists opened on Wednesday.",
            "The bridge is more than three hundred metres long and links the riverside park with the estates opposite.",
            "City officials said up to ten thousand people a day could use the new crossing once the winter is over.",
            "Residents had waited years for the link and until now had to take a long detour to reach the centre.",
            "The structure will be lit at night, and benches and viewing points have been placed along its middle.",
        ),
        related=("Most Read", "Station renovation to last until spring", "New bus routes from January"),
        footer=("Terms of Service", "Privacy Policy", "Contact Us"),
    ),
)
