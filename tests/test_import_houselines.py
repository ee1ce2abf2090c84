"""The lines a site prints in its own voice into a copied story: they go; the story's sentences on the
same subjects stay.

The lines are written for these tests in the eight languages, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

from briefkit.importer.houselines import house_line, without_house_lines
from briefkit.importer.textdump import read_text_dump

HOUSE = [
    # a pointer to one other story after a related-links label
    "On the same subject: Lock keepers ask for a second shift in summer",
    "Mehr zum Thema: Warum die Schleuse so lange braucht",
    "Notas relacionadas: Suben las tarifas del transbordador",
    # the rules for the readers' comments
    "Comments are moderated and must respect our community guidelines.",
    "Kommentare werden vor der Freischaltung moderiert. Beleidigungen löschen wir.",
    "Les commentaires doivent rester respectueux et sont modérés avant publication.",
    "Los comentarios están sujetos a las normas de la comunidad.",
    # a newsletter's line for the reader it was forwarded to
    "Forwarded this email? Sign up here for free.",
    "Wurde Ihnen dieser Newsletter weitergeleitet? Hier anmelden.",
    "On vous a transféré cette lettre ? Inscrivez-vous ici.",
    "¿Te reenviaron este correo? Suscríbete aquí.",
    "Ti è stata inoltrata questa newsletter? Iscriviti qui.",
    "Recebeu este e-mail encaminhado? Inscreva-se aqui.",
    "Is deze nieuwsbrief naar je doorgestuurd? Meld je aan.",
    "Вам переслали это письмо? Подпишитесь здесь.",
    "Kommentare sind nur im Rahmen unserer Netiquette erlaubt.",
    "Os comentários estão sujeitos às regras do site.",
    "Reacties worden gemodereerd; beledigende berichten verwijderen we.",
    "Комментарии проходят модерацию и должны соответствовать правилам сайта.",
    # a press office's contact line
    "Anna Example – 06 11 22 33 44 – press@ferries.example",
    "Pressestelle: +49 421 555 0198, presse@hafen.example",
    # the house's podcast
    "Listen to our podcast Harbour Talk, new every Monday",
    "🎧 Ascolta il nostro podcast sul porto, ogni venerdì",
    "Luister ook naar onze podcast Haven en Zee",
    # whether the reader liked the article, the appeal after it
    "Did you like this article? Good journalism costs money. Support our newsroom.",
    "Gostou deste artigo? Assine a revista e apoie o jornalismo local.",
    "¿Te gustó este artículo? Apoya nuestro trabajo con una suscripción.",
    # a subscription's price called out
    "Ce reportage vous est offert. Pour en lire d'autres, abonnez-vous dès 1 € par mois.",
    "Alle Geschichten vom Hafen: jetzt abonnieren Sie für 2,99 € im Monat",
    # the printed paper's delivery
    "Get the Gazette delivered to your door every Friday — ask at your newsagent",
    "Recevez la Gazette livrée chez vous chaque samedi",
    # a share's quote set into the story
    "Hafenwerke AG 14,62 € +3,1 % Zur Aktie",
    "Port Holdings 212.40 −0.8%",
    "Werftbau Nord Aktie 8,05 € −2,4 % Zum Kursverlauf Auf die Watchlist",
    # a newsletter's pitch with its sign-up button after it
    "Harbour Morning – the tides, the ferries and the news at seven. Sign up now",
    "Hafen am Morgen – alle Nachrichten vom Kai jeden Tag um 7 Uhr. Jetzt kostenlos abonnieren",
    "Le Quai – l'essentiel du port chaque matin. Inscrivez-vous gratuitement",
    # a pointer to a video or a live page
    "WATCH: The ferry leaves the harbour for the last time",
    "VIDEO | Así fue el último viaje del transbordador",
    "KIJK. De laatste overtocht van de veerboot",
    "EN DIRECT Suivez la séance du conseil portuaire",
    "Liveticker: Hafenfest mit Feuerwerk",
    "Zum Kommentar: Eine Fähre, die zu spät kommt",
    "Editorial: The harbour deserves better",
    "Смотрите: последний рейс парома",
    # the link to every article on the subject
    "Alle Artikel zur Hafenkrise",
    "All our coverage on the ferry dispute",
    "Tutti gli articoli sulla crisi del porto",
    "Все материалы по теме порта",
    # the call to write in or to advertise, with the way to do it
    "Schreiben Sie uns: hafen@radio.example",
    "Écrivez-nous : port@radio.example ou au 02 99 11 22 33",
    "Scriveteci a porto@radio.example",
    "Advertise in the Harbour News? Call 01234 567890",
    "Adverteren in de Havenkrant? Mail naar advertenties@haven.example",
    # the printed issue the story comes from
    "This article appeared in issue 12/2026 of the Harbour Weekly. Subscribe to read the whole issue",
    "Dieser Beitrag erschien in der Ausgabe 12/2026",
    "Cet article est paru dans le numéro 12 de La Gazette du port",
    "Este artigo foi publicado na edição de março da revista",
    # who funds the reporting
    "Ann Example's reporting on the harbour is funded in part by the Coastal News Fund.",
    "Diese Recherche wurde vom Fonds für Lokaljournalismus gefördert.",
    "Ce reportage a été réalisé avec le soutien de la fondation du littoral.",
    "Материал подготовлен при поддержке фонда местных новостей.",
    # a link's line sending the reader to the site's other stories "here"
    "Read the latest harbour stories here.",
    "Mehr Nachrichten aus dem Hafenviertel finden Sie bei uns.",
    "Retrouvez toutes les infos du port ici",
    "Читайте новости порта здесь",
    # a bar of buttons
    "Share Copy link",
    "Teilen Drucken Merken",
    "READ LATER PRINT SHARE",
]
STORY = [
    "More on this later, the harbour master said, as the first boats came in.",
    "Comments from the public are welcome until the end of the month, the water board said.",
    "Les commentaires des riverains seront lus en conseil municipal le 12 mai.",
    "Los comentarios están llegando desde todos los pueblos del valle, dijo la alcaldesa.",
    "The letter was forwarded to the council, which voted to subscribe to the scheme.",
    "The ferry company can be reached on 0800 123 456 during the repairs, the operator said.",
    "We listened to our neighbours' podcast about the pier before the meeting, she said.",
    "Did the board like the plan? Most members did, and they voted for it on Tuesday.",
    "The operator raised the price of a season ticket to 45 € and asked commuters to subscribe early.",
    "Share prices of the ferry company fell after the announcement.",
    "Umsatz 2025: 1,2 Mrd. Euro, +3 %",
    "Residents get their post delivered twice a week, the ferry operator said",
    "Süd\t3.870\t+9,4 %",
    "The share closed at 14.62, up +3.1% on the day.",
    "The board's share of the works is 14,62 € per boat, −3,1 % against last year and a lower rate than planned for the yard",
    "The ferry runs every morning at seven. Sign up for the new timetable at the harbour office.",
    "Die Fähre fährt jeden Morgen um 7 Uhr. Anmelden muss sich niemand.",
    "Watch the tide, the harbour master told the crews, before the ferry left.",
    "Live music returns to the harbour on Saturday, the council said.",
    "Editorial staff at the harbour paper went on strike on Monday.",
    "Video cameras on the pier recorded the collision, the police said.",
    "All articles of the contract were signed on Tuesday, the operator said.",
    "Write to us, the harbour master told residents, if the noise goes on.",
    "Advertising on the ferries will pay for the new timetable, the operator said.",
    "This article of the law was first published in 1998, the lawyer said.",
    "The harbour project is funded in part by the region, the council said.",
    "Read the letter, she said, and you will see why we are angry about the ferry here.",
    "More news of the ferry is expected next week, when the board meets in the harbour town.",
]


@pytest.mark.parametrize("line", HOUSE)
def test_a_line_in_the_sites_own_voice_goes(line: str) -> None:
    assert house_line(line)


@pytest.mark.parametrize("line", STORY)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not house_line(line)


PARAGRAPHS = [
    "The lock between the two lakes will close to boats from Monday while the old gates are repaired.",
    "Owners of houseboats moored along the towpath have been told to move to the lower basin this week.",
    "The lock keeper said the gates had leaked badly since a storm in November loosened their hinges.",
    "The works are expected to cost about two million euros, shared between the region and the board.",
    "Boats should be able to pass again in time for the summer season, if the weather holds.",
]


def test_the_one_share_bar_under_the_story_ends_it() -> None:
    body = [*PARAGRAPHS, "Share Copy link", "Ferry timetable changes for the holidays", "© Lake News 2026"]
    assert without_house_lines(body) == PARAGRAPHS


def test_a_share_bar_with_the_storys_paragraphs_under_it_goes_alone() -> None:
    body = [PARAGRAPHS[0], PARAGRAPHS[1], "Teilen Drucken", *PARAGRAPHS[2:]]
    assert without_house_lines(body) == PARAGRAPHS


def test_a_live_pages_share_bars_end_nothing() -> None:
    body = [PARAGRAPHS[0], "Share Copy link", PARAGRAPHS[1], PARAGRAPHS[2], "Share Copy link", *PARAGRAPHS[3:]]
    assert without_house_lines(body) == PARAGRAPHS


def test_the_call_for_tips_and_the_line_naming_the_newsroom_go() -> None:
    body = [*PARAGRAPHS, "Got a news tip?", "Contact our newsroom and send us your photos."]
    assert without_house_lines(body) == PARAGRAPHS
    asked = [*PARAGRAPHS[:3], "Haben Sie einen Hinweis?", "Schreiben Sie an redaktion@see.example", *PARAGRAPHS[3:]]
    assert without_house_lines(asked) == PARAGRAPHS


def test_a_longer_call_for_tips_and_the_line_naming_the_reporters_go() -> None:
    asked = [
        *PARAGRAPHS[:3],
        "Do you have a tip about the ferries in your harbour?",
        "Here is how to reach our reporters.",
        *PARAGRAPHS[3:],
    ]
    assert without_house_lines(asked) == PARAGRAPHS


def test_a_subheading_asking_about_the_story_stays() -> None:
    body = [*PARAGRAPHS[:3], "Have we heard the whole story?", *PARAGRAPHS[3:]]
    assert without_house_lines(body) == body


def _dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


HEAD = [
    "Skip to content",
    "News Region Sport",
    "Lock on the lake canal closes for repairs",
    "By Ann Example",
    "3 May 2026",
]


def test_a_related_label_over_one_headline_inside_the_story_goes() -> None:
    text = _dump(
        *HEAD,
        *PARAGRAPHS[:3],
        "Notas relacionadas\nSuben las tarifas del transbordador",
        *PARAGRAPHS[3:],
        "Aviso de privacidad",
    )
    body = read_text_dump(text).body
    assert "Suben las tarifas" not in body and "Notas relacionadas" not in body
    assert "if the weather holds" in body


def test_a_papers_citation_box_ends_its_text() -> None:
    text = _dump(
        *HEAD,
        *PARAGRAPHS,
        "Suggested citation",
        "Example, A./Sample, B. (2026): Locks and lakes. Working paper 3/2026, Lakeside.",
        "Copy",
        "Ann Example leads the institute's work on inland waterways. Before that she ran a boatyard.",
        "Topics: Canals · Regions",
        "Imprint",
    )
    body = read_text_dump(text).body
    assert "Working paper 3/2026" not in body and "leads the institute's work" not in body
    assert "if the weather holds" in body


def test_a_press_releases_contacts_heading_ends_it() -> None:
    text = _dump(
        *HEAD,
        *PARAGRAPHS,
        "Contacts presse",
        "Anne Exemple – 06 11 22 33 44",
        "À propos de l'association",
        "Fondée en 1990, l'association réunit les usagers des canaux de la région et leurs familles.",
        "Mentions légales",
    )
    body = read_text_dump(text).body
    assert "Fondée en 1990" not in body and "06 11 22 33 44" not in body
    assert "if the weather holds" in body


def test_the_form_to_report_a_mistake_ends_the_story() -> None:
    text = _dump(
        *HEAD,
        *PARAGRAPHS,
        "REPORTE UN ERROR",
        "Ayúdenos a mejorar: escríbanos si encontró errores de contenido, de ortografía o de puntuación en esta nota.",
        "¿Cuál es el error?",
        "Correo electrónico",
        "Acepto términos y condiciones",
    )
    body = read_text_dump(text).body
    assert "Ayúdenos a mejorar" not in body and "Correo electrónico" not in body
    assert "if the weather holds" in body


def test_a_bar_of_buttons_naming_the_article_goes() -> None:
    for bar in ("Share full article 12", "Ascolta l'articolo Salva Commenta", "Deel artikel Bewaar", "Artikel anhören Teilen"):
        assert house_line(bar), bar
    for line in ("The article", "Listen to the ferry's horn.", "Deel van het artikel"):
        assert not house_line(line), line
