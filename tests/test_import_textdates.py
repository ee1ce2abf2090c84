"""Dates in text dumps: the forms a copied page prints its date in, and which of its dates is the story's.

The lines and dumps are written for these tests; the shared real dumps are scored by
`test_import_quality`.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefkit.importer.datelabels import RELATIVE_DATE
from briefkit.importer.dates import date_in_address, find_date, in_future, parse_date
from briefkit.importer.textdump import read_text_dump


@pytest.mark.parametrize(("line", "expected"), [
    ("14.03.24", date(2024, 3, 14)),  # a post's date badge, alone on its line, the year cut to two digits
    ("3.11.98", date(1998, 11, 3)),
    (" 14.03.24 ", date(2024, 3, 14)),
    ("7.4.30", None),  # a one-digit month: a version number as likely as a date
    ("Version 1.11.23 released", None),  # inside a sentence, no time after it: not a date
    ("Spielstand 14.03.24 nach drei Runden", None),
    ("31.02.24", None),  # no such day
])
def test_a_two_digit_year_alone_on_its_line(line: str, expected: object) -> None:
    assert find_date(line) == expected
    assert parse_date(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # a dateline that parts the two-digit year from its hour with a bar, a dot or a dash
    ("Kiel 14.03.24 | 06:40 Uhr", datetime(2024, 3, 14, 6, 40)),
    ("14.03.24 · 06:40", datetime(2024, 3, 14, 6, 40)),
    ("14-03-24 - 06:40", datetime(2024, 3, 14, 6, 40)),
    ("Stand 14.03.24 | Seite 3", None),  # no hour after the bar: the year might be anything
])
def test_a_two_digit_year_parted_from_its_hour(line: str, expected: object) -> None:
    assert find_date(line) == expected


def test_a_post_dated_with_a_two_digit_year_under_its_headline() -> None:
    dump = (
        "Startseite\nGalerie\nAnmelden\nWohnen\nRezepte\n"
        "Ein Balkon voller Kräuter\n09.05.24\n"
        "Seit dem Frühjahr wachsen auf meinem kleinen Balkon Thymian, Salbei und Minze in alten Kisten, "
        "die ich vom Flohmarkt geholt und selbst gestrichen habe.\n"
        "Am Abend sitze ich gern zwischen den Töpfen und freue mich, wie gut alles riecht, "
        "seit die Sonne länger scheint und die Pflanzen kräftig gewachsen sind.\n"
        "Impressum\nDatenschutz\n"
    )
    assert read_text_dump(dump).published == date(2024, 5, 9)


def test_a_two_digit_year_with_a_comma_before_the_time() -> None:
    assert find_date("09.05.24, 18:30 Uhr") == datetime(2024, 5, 9, 18, 30)


_MENU = "Startseite\nPolitik\nKultur\nSport\nSuche\n"
_HEADLINE = "Stadtbibliothek öffnet künftig auch am Sonntag\n"
_STORY = (
    "Die Bibliothek in der Altstadt wird ab dem Herbst auch sonntags geöffnet sein, wie die Leitung "
    "nach einer Umfrage unter den Lesern mitteilte, die sich das seit Langem gewünscht hatten.\n"
    "Für die zusätzlichen Stunden werden zwei neue Stellen geschaffen; ehrenamtliche Helfer sollen "
    "außerdem Lesungen für Kinder anbieten, solange das Geld dafür reicht.\n"
    "Die Stadt rechnet mit deutlich mehr Besuchern, vor allem von Familien und Studierenden, "
    "die unter der Woche kaum Zeit für einen Besuch finden.\n"
)
_FOOTER = "Impressum\nDatenschutz\n"


def test_a_date_still_to_come_is_an_event_not_the_story_date() -> None:
    # a meeting the page announces after the story, and nothing else dated
    dump = _MENU + _HEADLINE + _STORY + "Nächste Lesung: 14. Januar 2999\n" + _FOOTER
    assert read_text_dump(dump).published is None
    dump = _MENU + _HEADLINE + "14. Januar 2999\n" + _STORY + _FOOTER
    assert read_text_dump(dump).published is None
    assert in_future(date(2024, 3, 14), today=date(2024, 3, 12))
    assert not in_future(datetime(2024, 3, 13, 23, 0), today=date(2024, 3, 12))  # a zone ahead of ours


@pytest.mark.parametrize("label", [
    "Aktualisiert am", "Zuletzt aktualisiert:", "Mis à jour le", "Dernière mise à jour :", "Actualizado el",
    "Aggiornato il", "Atualizado em", "Bijgewerkt op", "Обновлено", "Last updated",
])
def test_the_published_date_beats_the_updated_one_above_it(label: str) -> None:
    dump = _MENU + _HEADLINE + f"{label} 15.03.2024\nVeröffentlicht am 12.03.2024\n" + _STORY + _FOOTER
    assert read_text_dump(dump).published == date(2024, 3, 12)


def test_a_day_a_story_sentence_tells_of_is_not_its_date() -> None:
    told = (
        "Die Öffnung wurde schon am 3. Mai 2019 im Kulturausschuss besprochen, damals ohne einen Beschluss, "
        "wie aus den Protokollen hervorgeht.\n"
    )
    assert read_text_dump(_MENU + _HEADLINE + _STORY + told + _FOOTER).published is None
    # a dateline opening the story's first sentence is its date
    opened = "Hamburg (dpa), 3. Mai 2019 – " + _STORY
    assert read_text_dump(_MENU + _HEADLINE + opened + _FOOTER).published == date(2019, 5, 3)
    # a sentence saying when the page itself was published is its date, wherever the date stands in it
    said = "Der Beitrag wurde am 3. Mai 2019 auf der Seite der Stadt veröffentlicht.\n"
    assert read_text_dump(_MENU + _HEADLINE + _STORY + said + _FOOTER).published == date(2019, 5, 3)


@pytest.mark.parametrize(("line", "expected"), [
    ("Gepubliceerd: 12-03-2024, 10:15", datetime(2024, 3, 12, 10, 15)),  # day first, dashes
    ("Pubblicato il 12-03-2024", date(2024, 3, 12)),
    ("2024/03/12 10:15 | Wirtschaft", datetime(2024, 3, 12, 10, 15)),  # year first, slashes
    ("Stand 2024-03-12T10:15 Uhr", datetime(2024, 3, 12, 10, 15)),  # a machine's timestamp, printed
    ("12. Mrz. 2024", date(2024, 3, 12)),  # the German short month with its consonants only
    ("Tel. 030-12-2024-7", None),  # a phone number's groups
    ("ISBN 2024/03/12/7", None),
])
def test_more_date_forms_inside_a_line(line: str, expected: object) -> None:
    assert find_date(line) == expected


_STORY_EN = (
    "The library in the old town will open on Sundays from the autumn, its director said after a survey "
    "of readers who had asked for it for years.\n"
    "Two new posts will be created for the extra hours, and volunteers are to offer readings for children "
    "for as long as the money lasts.\n"
    "The town expects many more visitors, above all families and students who find little time for a "
    "visit during the week.\n"
)


@pytest.mark.parametrize("ago", [
    "2 hours ago", "vor 5 Stunden", "hace 3 horas", "il y a 2 jours", "3 часа назад",
    # one of a unit, in words or without a number; a month back; the day named from the reading with its hour
    "vor einer Stunde", "vor einem Tag", "hace 1 día", "un'ora fa", "1 giorno fa", "een dag geleden",
    "час назад", "vor 2 Monaten", "2 maanden geleden", "gestern, 10:15", "Yesterday at 9:30 AM",
    "hoy a las 10:15", "вчера в 10:15",
])
def test_a_date_counted_back_from_the_reading_leaves_the_story_undated(ago: str) -> None:
    # the only full date on the page is the one a box of other stories gives one of them
    dump = (
        "Home\nNews\nLibrary to open on Sundays\n" + f"By Jane Roe\n{ago}\n" + _STORY_EN
        + "More stories\nBus lines change in the spring\nMarch 2, 2024\n"
    )
    assert read_text_dump(dump).published is None


def test_a_labelled_date_under_the_story_beats_a_clock_over_the_headline() -> None:
    dump = (
        "Home\nNews\nSaturday, November 2, 2024\nTown\nLibrary to open on Sundays\n" + _STORY_EN
        + "Published March 12, 2024\nShare\n"
    )
    assert read_text_dump(dump).published == date(2024, 3, 12)


def test_a_french_time_with_spaces_around_its_h() -> None:
    assert find_date("Publié le 12 mars 2024 à 10 h 15") == datetime(2024, 3, 12, 10, 15)
    assert find_date("12 mars 2024 à 9h") == datetime(2024, 3, 12, 9, 0)


def test_a_sentence_about_a_book_published_does_not_beat_the_date_over_the_headline() -> None:
    dump = (
        "Home\nNews\nKultur\n12. März 2024\nDie Stadtbibliothek liest vor\n"
        "Das Buch ist am 3. Mai 2019 im kleinen Verlag erschienen.\n" + _STORY + _FOOTER
    )
    assert read_text_dump(dump).published == date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-5-5", date(2022, 5, 5)),  # a CMS's metadata without zero padding
        ("2022-5-5 22:17:36", datetime(2022, 5, 5, 22, 17, 36)),
        ("2022-05-6T12:00:00.000Z", "2022-05-06T12:00:00+00:00"),
        ("2022-5-55", None),
        ("Jan 04 09:34 2021", datetime(2021, 1, 4, 9, 34)),  # the clock between the day and the year
        ("Mon Jan  4 09:34:12 2021", datetime(2021, 1, 4, 9, 34, 12)),
        ("Mon Jan  4 09:34:12 CET 2021", "2021-01-04T09:34:12+01:00"),  # Unix `date`: its zone before the year
        ("Jan 04 09:34 in 2021", None),
    ],
)
def test_machine_printed_dates_are_read(text: str, expected: object) -> None:
    found = parse_date(text)
    if isinstance(expected, str):
        assert isinstance(found, datetime) and found.isoformat() == expected
    else:
        assert found == expected


@pytest.mark.parametrize("line", [
    "Heute im Stadtrat", "Gestern war ein langer Tag", "Was vor 20 Jahren geschah", "2 Stunden Fahrt", "Today we look at 3 things",
])
def test_a_subtitle_with_a_word_of_time_counts_no_time_back(line: str) -> None:
    # a day's word without its hour, years back, a duration: a subtitle's words, not the story's age
    assert RELATIVE_DATE.search(line) is None


@pytest.mark.parametrize(("line", "expected"), [
    ("4 сент. 2024", date(2024, 9, 4)),  # the Russian short months as papers print them
    ("12 нояб. 2023, 10:15", datetime(2023, 11, 12, 10, 15)),
    ("3 февр. 2022", date(2022, 2, 3)),
])
def test_russian_short_months(line: str, expected: object) -> None:
    assert find_date(line) == expected


def test_the_date_a_broadcaster_labels_stand_beats_its_videos_air_date() -> None:
    # a video player between headline and story, the programme's air date under it, then the page's own
    story = [
        "Die Fähre zur Insel fährt nach einem Schaden am Getriebe wochenlang nicht, teilte die Reederei am Dienstag mit.",
        "Bis die Reparatur abgeschlossen ist, bringt ein kleineres Schiff die Bewohner und ihre Einkäufe hinüber.",
        "Die Reederei will die Kosten für bereits gebuchte Fahrten für Autos vollständig erstatten, hieß es weiter.",
    ]
    head = ["Start", "Regional", "Fähre zur Insel fällt wochenlang aus", "Video abspielen 2:47 Min."]
    head += ["Für dieses Video wird JavaScript benötigt.", "Inselmagazin · 01.05.2021 · 19:30 Uhr"]
    article = read_text_dump("\n".join([*head, "Stand: 04.05.2021 14:05 Uhr", *story, "Impressum"]) + "\n")
    assert article.published is not None and article.published.day == 4


def test_a_labelled_date_line_with_an_issue_note_after_it_dates_the_story() -> None:
    dump = (
        "Field Notes\nScience News Opinion\nBees time their flights by shadows\n"
        "Rooftop hives hint that foragers read the length of shadows\n"
        "By Ann Roe\n"
        "Published online March 6, 2025 · In print: Vol. 12, No. 4, April 2025\n"
        "Honeybees are famous for navigating by the sun, and a new study suggests they use shadows as well.\n"
        "A team placed eight hives on rooftops and lengthened the shadows on their landing boards with panels.\n"
        "When the shadows grew longer, the foragers set out earlier in the afternoon, as if the day were ending.\n"
        "Other researchers say the warmth of the boards may explain the result just as well as the shadows do.\n"
    )
    assert read_text_dump(dump).published == date(2025, 3, 6)


def test_a_signed_date_line_with_an_update_after_it_gives_the_writer_and_the_date() -> None:
    dump = (
        "Le Journal du Val\nAccueil / Doubs\nLa passerelle fermée six mois pour travaux\n"
        "Par Anne Roux - 08 avr. 2025 à 19:05 | mis à jour le 09 avr. 2025 à 07:30 - Temps de lecture : 3 min\n"
        "La passerelle piétonne qui relie le quartier au centre-ville sera fermée à partir du 22 avril prochain.\n"
        "Une navette gratuite est prévue pendant les travaux, qui doivent durer au moins jusqu'à la fin de l'été.\n"
        "Les commerçants du quartier craignent de perdre une partie de leur clientèle pendant toute cette période.\n"
        "La ville promet une signalisation renforcée et des places de stationnement supplémentaires à proximité.\n"
    )
    article = read_text_dump(dump)
    assert article.authors == ("Anne Roux",)
    assert article.published == datetime(2025, 4, 8, 19, 5)


@pytest.mark.parametrize("footer", [
    "This page was last edited on 2 June 2023, at 08:40.",
    "Diese Seite wurde zuletzt am 2. Juni 2023 um 08:40 Uhr bearbeitet.",
    "La dernière modification de cette page a été faite le 2 juin 2023 à 08:40.",
    "Esta página se editó por última vez el 2 jun 2023 a las 08:40.",
    "Questa pagina è stata modificata per l'ultima volta il 2 giu 2023 alle 08:40.",
    "Esta página foi editada pela última vez às 08h40min de 2 de junho de 2023.",
    "Deze pagina is voor het laatst bewerkt op 2 jun 2023 om 08:40.",
    "Эта страница в последний раз была отредактирована 2 июня 2023 года в 08:40.",
])
def test_a_wiki_footer_naming_this_page_and_its_last_edit_dates_it(footer: str) -> None:
    # the languages put more words than German before the date: it still dates the page, not a story's day
    article = read_text_dump(_MENU + _HEADLINE + _STORY + footer + "\n" + _FOOTER)
    assert article.published is not None
    assert (article.published.year, article.published.month, article.published.day) == (2023, 6, 2)


def test_a_story_sentence_about_another_page_edited_is_not_the_page_date() -> None:
    told = "Der Verein hat seine alte Seite über die Sammlung zuletzt im Jahr 2019 am 3. Mai 2019 bearbeitet.\n"
    assert read_text_dump(_MENU + _HEADLINE + _STORY + told + _FOOTER).published is None


def test_a_list_of_other_stories_with_their_dates_does_not_date_the_page() -> None:
    # an undated post, then the blog's "read next" list: those dates are the other posts', and saying
    # "no date found" is better than passing one of them off as this page's
    related = "Mehr aus dem Blog\nWarum die Linden im Park so früh blühen 4. März 2023\nEin Winter ohne Schnee im Tal 9. Februar 2023\n"
    assert read_text_dump(_MENU + _HEADLINE + _STORY + related + _FOOTER).published is None
    # a single such line after the story still dates it
    single = "Die Bibliothek im Überblick 4. März 2023\n"
    assert read_text_dump(_MENU + _HEADLINE + _STORY + single + _FOOTER).published == date(2023, 3, 4)
    # and so do two lines further off that name the writer, not another story
    tools = "Teilen\nDrucken\nKommentare (0)\nSchreiben Sie den ersten Kommentar\nNach oben\n"
    signed = "Ein Beitrag von Jana Rau, 4. März 2023\nÜberarbeitet von Jana Rau, 9. März 2023\n"
    assert read_text_dump(_MENU + _HEADLINE + _STORY + tools + signed + _FOOTER).published == date(2023, 3, 4)


def test_an_undated_dump_under_its_own_address_takes_the_day_filed_in_it() -> None:
    address = "https://news.example.org/stadt/2024/03/12/bibliothek-sonntag/\n"
    article = read_text_dump(address + _MENU + _HEADLINE + _STORY + _FOOTER)
    assert article.published == date(2024, 3, 12)
    assert any("address" in note for note in article.notes)  # said, since no reader saw that day printed
    # a printed date beats the address; a link under the story may be another page's
    printed = _MENU + _HEADLINE + "14. März 2024\n" + _STORY + _FOOTER
    assert read_text_dump(address + printed).published == date(2024, 3, 14)
    assert read_text_dump(_MENU + _HEADLINE + _STORY + address + _FOOTER).published is None


@pytest.mark.parametrize(("url", "expected"), [
    ("https://example.org/2024/03/12/slug/", date(2024, 3, 12)),
    ("https://example.org/blog/2024-3-12-slug", date(2024, 3, 12)),
    ("https://example.org/news/20240312/", date(2024, 3, 12)),
    ("https://example.org/2024/02/31/slug/", None),  # no such day
    ("https://example.org/products/2024/", None),
])
def test_the_day_in_an_address(url: str, expected: object) -> None:
    assert date_in_address(url) == expected


@pytest.mark.parametrize(("updated", "published"), [
    ("Aktualisiert am 15.03.2024", "Veröffentlicht am 12.03.2024"),
    ("Updated March 15, 2024", "Published March 12, 2024"),
    ("Mis à jour le 15 mars 2024", "Publié le 12 mars 2024"),
    ("Actualizado el 15/03/2024", "Publicado el 12/03/2024"),
    ("Bijgewerkt op 15 maart 2024", "Gepubliceerd op 12 maart 2024"),
])
def test_an_update_under_the_headline_yields_to_the_publication_date_under_the_story(
    updated: str, published: str
) -> None:
    article = read_text_dump(_MENU + _HEADLINE + updated + "\n" + _STORY + published + "\n" + _FOOTER)
    assert article.published == date(2024, 3, 12)
    assert not any("last-updated" in note for note in article.notes)
    # with no publication date anywhere the update is used, and the note says so
    article = read_text_dump(_MENU + _HEADLINE + updated + "\n" + _STORY + _FOOTER)
    assert article.published == date(2024, 3, 15)
    assert any("last-updated" in note for note in article.notes)
