"""The calls a page makes to its reader in one line (see `pagecalls`): a promotion under its
"don't miss" label, a back link opened by its arrow, a donation call with the sum it asks for, a
reminder under its label, an offer for members, the page's own offer after a question; and a
related-links heading glued to the headline under it. The story's sentences on the same subjects stay.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import is_interface_line
from briefkit.importer.pagecalls import is_inline_call, is_page_call
from briefkit.importer.pagewords import END_MARKER, end_label_glued


@pytest.mark.parametrize(
    "line",
    [
        "DON'T MISS: A free calendar with Saturday's edition – find out more",
        "Nicht verpassen: Die besten Wanderwege der Region im Überblick",
        "À ne pas manquer : le marché de Noël ouvre ses portes",
        "No te pierdas: las rutas de otoño por la sierra",
        "← Back to all news",
        "‹ Zurück zur Übersicht",
    ],
)
def test_a_promotion_under_its_label_and_a_back_link_are_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Don't miss the chance to see the comet this week, astronomers said on Monday.",
        "Nicht verpassen wollte die Feuerwehr den Termin: Sie kam schon am Morgen.",
        "← Wind from the west brought rain. The harbour closed for two days.",
    ],
)
def test_the_storys_sentences_with_the_same_words_stay(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Support the hall: text HALL 5 to 70070 to donate £5",
        "Adotta un libro: con 20 euro contribuisci al restauro della biblioteca",
        "Helfen Sie mit: Mit 10 € spenden Sie eine Mahlzeit",
        "Ajudar a escola: doação de 15 euros pelo site",
        "Nicht vergessen: Elternabend am Dienstag, Anmeldung über die Schul-App",
        "Don't forget: the school photographer visits on Monday 3 March",
        "Hofladen: Saatgut zu Sonderkonditionen für Mitglieder bis Ende Mai",
        "Bar du club : offres spéciales pour les membres jusqu'au 30 juin",
        "Still looking for a room? Browse our list of guesthouses with a discount for families",
        "¿Buscas plan? Descubre nuestras rutas guiadas para grupos",
    ],
)
def test_a_call_set_between_the_storys_paragraphs_is_furniture(line: str) -> None:
    assert is_inline_call(line)


@pytest.mark.parametrize(
    "line",
    [
        # the story's sentences: they end as sentences, or name no sum, or have no label
        "The appeal: residents gave £4,000 to the hall fund over the summer.",
        "Hall appeal: residents are asked to donate what they can",
        "Residents can text HALL 5 to 70070 to donate £5 to the appeal",
        "Donald Smith: the tariff of $50 per tonne stands",
        "Don't forget the parents' evening, the head teacher told the meeting.",
        "The shop sells seed on special terms for members, the board said.",
        "Hofladen: Saatgut für alle Kunden zum halben Preis",
        "Why did the council wait? See our report from last year.",
    ],
)
def test_the_storys_lines_about_donations_reminders_and_offers_stay(line: str) -> None:
    assert not is_inline_call(line)


@pytest.mark.parametrize(
    "line",
    ["Mehr zum ThemaWarum die Fähre ausfällt", "Lire aussiLe port rouvre lundi", "Lo más leídoEl puerto cierra"],
)
def test_a_related_heading_glued_to_the_headline_under_it_is_furniture(line: str) -> None:
    assert end_label_glued(line)


def test_a_related_heading_with_a_space_or_a_capitalised_word_after_it_is_not_glued() -> None:
    assert not end_label_glued("Mehr zum Thema Fähre sagte der Bürgermeister nichts")
    assert not end_label_glued("Mehr zu BBC und anderen Sendern")


def test_the_related_heading_with_its_also_is_an_end_marker() -> None:
    assert END_MARKER.match("También te puede interesar")
    assert not END_MARKER.match("También te puede interesar saber que el museo abre el lunes")


@pytest.mark.parametrize(
    "line",
    [
        # a tipping game whose prize is a chance to win, opened by its call to bet
        "Predict the final score for a chance to win two season tickets.",
        "Dê o seu palpite para o clássico e concorra a uma bola autografada.",
        "Voorspel de uitslag en maak kans op een gesigneerd shirt.",
        "Pronostica il risultato e concorri a una sciarpa della squadra.",
        "Tippen Sie das Ergebnis: Sie haben eine Chance auf zwei Freikarten.",
        # a shop's plug under its label, with its price
        "From our shop: hand-painted harbour mugs, set of two, €24",
        "Aus unserem Shop: Hafenkalender 2027, 14,90 €",
        "Nella nostra boutique: tazze dipinte a mano, 12 €",
    ],
)
def test_a_game_with_a_chance_to_win_and_a_shops_plug_are_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The coach said his players would bet on themselves and had a chance to win the league until May.",
        "Shop prices: bread at 2 €, milk at 1 €",
        "The shop's owner: a baker who sells his bread for 2 €",
    ],
)
def test_a_story_on_chances_and_shop_prices_stays(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sollen wir über Ihre Straße berichten? Füllen Sie unser Formular aus.",
        "Want us to look into a problem on your street? Fill in our form.",
        "Un problème dans votre quartier ? Remplissez le formulaire de la rédaction.",
        "Хотите, чтобы мы рассказали о вашем дворе? Заполните форму на сайте.",
        "Подписывайтесь на наш канал, чтобы первыми узнавать новости порта.",
    ],
)
def test_the_newsrooms_form_after_its_question_and_a_channels_call_are_furniture(line: str) -> None:
    assert is_interface_line(line)


def test_a_story_sentence_about_a_form_stays() -> None:
    assert not is_interface_line("Residents must fill in a form at the town hall before the ferry pass is issued.")
    assert not is_interface_line("Подписывайтесь, говорил он, а потом сам отказался от подписи под письмом.")


@pytest.mark.parametrize(
    "label",
    [
        "Лента новостей",
        "Newsticker",
        "Latest news",
        "Ultime notizie",
        "Laatste nieuws",
        "In other news",
        "Другие новости",
    ],
)
def test_the_sites_feed_of_latest_headlines_is_an_end_marker(label: str) -> None:
    assert END_MARKER.match(label)
    assert not END_MARKER.match(label + " from the harbour were read aloud at the meeting on Monday")


@pytest.mark.parametrize(
    ("line", "call"),
    [
        ("Our blog is independent. Support us on a tipping site from 2 € a month.", True),
        ("Soutenez-nous à partir de 3 € par mois.", True),
        ("Support for farmers rose to 2 € per litre.", False),  # a story's sentence on support
        ("The ministry will support the plan with 40 million euros.", False),
    ],
)
def test_a_support_appeal_with_the_sum_it_asks_for(line: str, call: bool) -> None:
    assert is_page_call(line, len(line.split())) is call
