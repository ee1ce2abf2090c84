"""The header of a copied page: which line is the headline, who signed it and when.

Each dump is written for the test (no publisher's text); each case is a shape real pages have.
"""

from __future__ import annotations

import pytest

from briefkit.importer.textdump import read_text_dump

_FERRY_STORY = (
    "Nach dem Ende der Bauarbeiten am Anleger fährt die Fähre zu den Inseln ab Montag wieder dreimal am Tag, "
    "wie die Reederei am Dienstag mitteilte. Die Fahrgäste hatten monatelang auf den Bus ausweichen müssen.\n"
    "Die Fahrpläne hängen ab sofort in den Häfen aus, und die Tickets gibt es wie bisher an Bord und im "
    "Büro der Reederei am Markt, wo auch die Zeitkarten für Pendler verkauft werden.\n"
    "Im Sommer soll ein vierter Umlauf am Abend dazukommen, wenn die Zahl der Gäste es erlaubt, sagte der "
    "Geschäftsführer der Reederei bei der Vorstellung der neuen Fahrpläne im Rathaus.\n"
)


def test_an_abbreviation_does_not_make_a_site_name_a_sentence() -> None:
    # "e.V. Verein" is no sentence break: the association's name over the breadcrumb is furniture,
    # and the headline is the breadcrumb's last part printed again under it
    dump = (
        "Start\nÜber uns\nFähre\nHafen\n"
        "Fährfreunde e.V. Verein zur Förderung der Fähren zu den Inseln im Norden\n"
        "Aktuelles » Hafen » Die Fähre fährt wieder\nDie Fähre fährt wieder\n" + _FERRY_STORY + "Impressum\n"
    )
    assert read_text_dump(dump).title == "Die Fähre fährt wieder"


def test_the_headline_is_the_nearest_title_above_a_long_standfirst() -> None:
    # a section label two lines up, the headline, then a standfirst longer than it and the byline
    dump = (
        "Start\nin Hafen\nDie Fähre fährt wieder dreimal täglich zu den Inseln\n"
        "Nach monatelangen Bauarbeiten am Anleger nimmt die Reederei den gewohnten Fahrplan ab Montag wieder auf\n"
        "von Jane Roe 28. Januar 2025, 12:01\n" + _FERRY_STORY + "Impressum\n"
    )
    article = read_text_dump(dump)
    assert article.title == "Die Fähre fährt wieder dreimal täglich zu den Inseln"
    assert article.authors == ("Jane Roe",)


def test_a_headline_the_page_repeats_beats_a_shorter_standfirst_under_it() -> None:
    # the headline is also in the list of most-read stories; the standfirst under it is shorter
    headline = "Nach langem Umbau: Die Fähre zu den Inseln läuft wieder im alten Takt der Reederei"
    dump = (
        f"Menü\nMeistgelesen\n{headline}\nNeuer Spielplatz am Deich eröffnet\nLokales\n{headline}\n"
        "Die Fähre fährt ab Montag wieder dreimal am Tag\n"
        "Von Jane Roe | 28.01.2025 12:01\n" + _FERRY_STORY + "Impressum\n"
    )
    assert read_text_dump(dump).title == headline


def test_a_section_path_over_a_long_headline_stays_a_kicker() -> None:
    dump = (
        "Start\nInseln / Fähre\n"
        "Die Fähre zu den Inseln fährt nach dem Ende der Bauarbeiten am Anleger wieder dreimal am Tag\n"
        "Die Fahrgäste mussten monatelang auf den Bus ausweichen.\nMeistgelesen\n" + _FERRY_STORY + "Impressum\n"
    )
    assert read_text_dump(dump).title == (
        "Die Fähre zu den Inseln fährt nach dem Ende der Bauarbeiten am Anleger wieder dreimal am Tag"
    )


def test_the_breadcrumbs_last_part_confirms_the_headline_over_its_standfirst() -> None:
    dump = (
        "Start\nTiere\nSie sind hier: > Die Fähre zu den Inseln im Takt\nHafen und Inseln\nDie Fähre zu den Inseln im Takt\n"
        "Reederei beendet die Bauarbeiten am Anleger\n" + _FERRY_STORY + "Impressum\n"
    )
    assert read_text_dump(dump).title == "Die Fähre zu den Inseln im Takt"


_HARBOUR_STORY = (
    "Start\nHafen\nDie Fähre fährt wieder dreimal täglich\n"
    "Nach dem Ende der Bauarbeiten am Anleger fährt die Fähre zu den Inseln ab Montag wieder dreimal am Tag, "
    "wie die Reederei mitteilte.\n"
    "Die Fahrpläne hängen ab sofort in den Häfen aus, und die Tickets gibt es wie bisher an Bord und im "
    "Büro der Reederei am Markt.\n"
    "Im Sommer soll ein vierter Umlauf am Abend dazukommen, wenn die Zahl der Gäste es erlaubt, sagte der "
    "Geschäftsführer bei der Vorstellung der Pläne.\n"
    "Die alte Fähre aus den sechziger Jahren geht an einen Verein, der sie als schwimmendes Museum im Hafen "
    "erhalten will und dafür Spenden sammelt.\n"
)
_SOURCES = "".join(
    f"Quelle {k}: Hafenchronik der Inseln, Band {k}, herausgegeben vom Heimatverein im Jahr 19{k}0.\n"
    for k in range(5, 9)
)


@pytest.mark.parametrize("signature", [
    # the story's last line, over the press office's contact paragraph
    "Erstellt von Jane Roe\nKontakt\nDie Pressestelle der Reederei ist werktags von acht bis sechzehn Uhr "
    "telefonisch und per E-Mail für alle Fragen zu den Fahrplänen erreichbar.\n",
    "Text: Jane Roe\nFotos: Hafenarchiv\nLiteratur:\n" + _SOURCES,  # a signature over a list of sources
])
def test_a_signature_closing_the_story_names_the_author(signature: str) -> None:
    dump = _HARBOUR_STORY + signature + "Teilen\nImpressum\n"
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_a_byline_split_after_its_colon_is_joined() -> None:
    # after the story, where a bare name is not taken for its author
    dump = _HARBOUR_STORY + "By :\nJane Roe\nTeilen\nImpressum\n"
    assert read_text_dump(dump).authors == ("Jane Roe",)


@pytest.mark.parametrize("box", [
    "Autor: Jane Roe\nStand:\n",  # the label on the name's own line
    "Vorheriger Beitrag Nächster Beitrag\nAutor Jane Roe\n",  # a navigation line over it is no name
])
def test_an_author_line_after_the_story_names_the_author(box: str) -> None:
    dump = _HARBOUR_STORY + "Teilen\n" + "Weitere Artikel aus dem Hafen\n" * 13 + box + "Impressum\n"
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_a_teaser_above_a_list_of_teasers_is_not_the_headline() -> None:
    # the list of other stories ends right above the headline; its first teaser shares as many words
    # with the story as the headline does
    teasers = (
        "Die Reederei gibt die alte Fähre im Sommer an den Verein im Hafen\n"
        "Neuer Spielplatz am Deich eröffnet\nMarkt zieht in die Halle um\nDeichschäfer sucht Nachfolger\n"
        "Kutter kehren mit vollen Netzen heim\nLeuchtturm wird neu gestrichen\nVorherige Nächste\n"
    )
    headline = "Fähre wieder im alten Takt"
    dump = _HARBOUR_STORY.replace("Hafen\n", "Hafen\n" + teasers, 1).replace("Die Fähre fährt wieder dreimal täglich", headline)
    assert read_text_dump(dump).title == headline


def test_a_caption_credit_and_role_between_headline_and_story_are_no_teaser_list() -> None:
    dump = (
        "Home\nNews\nAsia\nMissile launches: Seoul condemns 'provocation' as drills continue\nPublished\n"
        "19 June 2024\nShare\nclose panel\nImage source, Picture Agency\nImage caption,\n"
        "South Korean soldiers watch a screen showing a news broadcast of the launch\nBy Jean Roe\nSeoul correspondent\n"
        "North Korea has fired two ballistic missiles into the sea, days after it warned that joint military "
        "drills by its neighbours would be met with a response.\n"
        "South Korea's military said the launches took place early on Wednesday morning and that it had raised "
        "its level of surveillance in case of further tests.\n"
        "The missiles are thought to have flown about 600km before landing in the sea between the peninsula "
        "and Japan, officials in Tokyo said.\n"
    )
    assert read_text_dump(dump).title == "Missile launches: Seoul condemns 'provocation' as drills continue"


def test_a_byline_under_the_headline_beats_a_teaser_naming_someone_above_it() -> None:
    dump = _HARBOUR_STORY.replace(
        "Hafen\n", "Hafen\nEin Buch zum Geburtstag von Hanna Poe\n", 1
    ).replace("täglich\n", "täglich\n28. Januar 2025 von Jane Roe\n", 1)
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_menu_entries_under_the_headline_are_no_bare_names() -> None:
    menu = "Menü\nDatenschutz\nKontakt\nVerschlüsselte Kommunikation\nGeschützte Beiträge\nImpressum\n"
    dump = _HARBOUR_STORY.replace("täglich\n", "täglich\n" + menu + "Veröffentlicht am 28. Januar 2025 von Jane Roe\n", 1)
    assert read_text_dump(dump).authors == ("Jane Roe",)


def test_a_date_alone_under_the_story_dates_it_before_the_teasers_after_it() -> None:
    teasers = "".join(
        f"Weitere Nachricht aus dem Hafen Nummer {k}\nKurz gemeldet: der Hafen meldet Neuigkeiten, die Reederei auch.\n"
        f"Weiterlesen … Weitere Nachricht aus dem Hafen Nummer {k}\n{20 - k}.01.2025\n"
        for k in range(1, 4)
    )
    dump = _HARBOUR_STORY + "21.01.2025\nZurück\n" + teasers + "Impressum\n"
    published = read_text_dump(dump).published
    assert published is not None and published.isoformat()[:10] == "2025-01-21"


def test_a_headline_over_its_dated_byline_beats_the_sites_tagline() -> None:
    # the tagline shares a word with the story, the headline none: its dated byline decides
    dump = (
        "Inselblog\nGeschichten aus dem Inselblog und vom Hafen\nZum Inhalt springen\nStartseite\n"
        "← Voriger Beitrag über den Winter\nWürde des Winters – ein Projekt\n"
        "Veröffentlicht am 13. März 2025 von Jane Roe\n" + _HARBOUR_STORY.split("täglich\n", 1)[1]
    )
    assert read_text_dump(dump).title == "Würde des Winters – ein Projekt"


def test_a_link_mark_in_brackets_before_the_headline_is_left_out() -> None:
    dump = (
        "Impressum\n[› Projekte\n[› Über uns\n[› kontakt@example.org\n[> Jane Roe\n"
        "Jane Roe, geboren 1980 in Kiel, studierte Schiffbau in Hamburg und arbeitet seit 2010 als freie "
        "Gestalterin für Museen und Vereine an der Küste.\n"
        "Ausstellungen und Projekte: das Hafenmuseum in Kiel, die Werftausstellung in Flensburg und die "
        "Reihe über alte Fähren, die seit drei Jahren durch die Häfen der Inseln tourt.\n"
    )
    assert read_text_dump(dump).title == "Jane Roe"


def test_a_shortened_headline_over_its_date_gives_way_to_the_full_one_under_it() -> None:
    dump = _HARBOUR_STORY.replace(
        "Die Fähre fährt wieder dreimal täglich\n",
        "Die Fähren der Inseln - Teil 4\nDienstag, 2. November 2025\n"
        "Die Fähren der Inseln - Teil 4 – Die alte Fähre (Baujahr 1961)\n",
        1,
    )
    assert read_text_dump(dump).title == "Die Fähren der Inseln - Teil 4 – Die alte Fähre (Baujahr 1961)"


def test_a_topic_label_that_repeats_the_headline_s_first_words_stays_a_kicker() -> None:
    # the label, a long headline that starts with it, a standfirst, then a bare name as byline
    dump = (
        "Início\nMundo\nEntrar\nInseln im Norden\n"
        "Inseln im Norden bekommen ab Montag wieder dreimal täglich eine Fähre nach dem Ende der Bauarbeiten\n"
        "Die Reederei nimmt den gewohnten Fahrplan wieder auf. Die Busse fahren nicht mehr.\n"
        "Jane Roe\n28. Januar 2025, 12:01\n" + _FERRY_STORY + "Impressum\n"
    )
    article = read_text_dump(dump)
    assert article.title.startswith("Inseln im Norden bekommen ab Montag")
    assert article.authors == ("Jane Roe",)


def test_a_trail_of_links_taken_for_the_headline_gives_its_last_part() -> None:
    # the page's trail of links ends in the story's name;
    # the one-word name under it is no title-shaped line, so the page's first title-like line heads it
    crumb = "Sie sind hier: Start » Häfen » Nordsee » Neuharlingersiel"
    dump = (
        crumb + "\nFoto: Jane Roe [CC BY-SA 3.0], via Wikimedia Commons\nNeuharlingersiel\n" + _FERRY_STORY
        + "Impressum\n" + crumb + "\nTags:\n • Häfen • Fähren\n"
    )
    assert read_text_dump(dump).title == "Neuharlingersiel"


@pytest.mark.parametrize("label", ["Herzlich Willkommen", "Lesen Sie Auch", "Escucha La Noticia", "Top News"])
def test_a_greeting_or_a_call_to_read_on_is_no_byline(label: str) -> None:
    # a capitalised two- or three-word label between headline and story reads like a bare name;
    # a page's welcome or its "read also" / "listen" call is furniture, and the story is unsigned
    dump = "Start\nHafen\nDie Fähre fährt wieder\n" + label + "\n" + _FERRY_STORY + "Impressum\n"
    article = read_text_dump(dump)
    assert article.title == "Die Fähre fährt wieder"
    assert article.authors == ()


@pytest.mark.parametrize("desk", ["Redaktion", "Die Redaktion", "La rédaction", "Redacción"])
def test_the_desk_alone_under_the_headline_over_its_date_signs_the_story(desk: str) -> None:
    dump = (
        "Start\nHafen\nDie Fähre fährt wieder\n" + desk + "\nam 4. Mai 2021 um 10:15\n" + _FERRY_STORY + "Impressum\n"
    )
    article = read_text_dump(dump)
    assert article.authors == (desk,)
    assert article.published is not None and article.published.isoformat()[:10] == "2021-05-04"


def test_a_desk_named_in_the_menu_over_the_headline_signs_nothing() -> None:
    dump = "Start\nRedaktion\nDie Fähre fährt wieder\nam 4. Mai 2021 um 10:15\n" + _FERRY_STORY + "Impressum\n"
    assert read_text_dump(dump).authors == ()


@pytest.mark.parametrize(
    "credit", ["Jane Roe im Gespräch mit Ann Example", "Jane Roe in conversation with Ann Example"]
)
def test_an_interviews_credit_line_names_both_who_talk(credit: str) -> None:
    # the credit stands between the lead and the interview's first answer
    lead = "Die Fähre fährt wieder, aber die Pendler fragen sich, wie lange noch, und die Reederei muss sparen."
    answers = _FERRY_STORY.replace("Nach dem Ende", '"Nach dem Ende', 1)
    dump = "Start\nHafen\nDie Fähre fährt wieder\n" + lead + "\n" + credit + "\n" + answers + "Impressum\n"
    assert read_text_dump(dump).authors == ("Jane Roe", "Ann Example")


def test_a_date_glued_to_the_headline_dates_it_and_leaves_a_headline_with_a_month_in_it() -> None:
    # the page prints its date and headline without a space between; the headline names a month and
    # year and ends in a bracket, which makes it no archive label ("Archiv 2021")
    dump = "Start\nFähren\nHäfen\n04.05.2021Fahrgastzahlen April 2021 (Inselverkehr)\n" + _FERRY_STORY + "Impressum\n"
    article = read_text_dump(dump)
    assert article.title == "Fahrgastzahlen April 2021 (Inselverkehr)"
    assert article.published is not None and article.published.isoformat()[:10] == "2021-05-04"


def test_the_list_of_stories_dating_the_headline_beats_a_teasers_date_over_it() -> None:
    # the page lists its stories (title over date) before the story; the last teaser's date stands
    # a few lines over the headline, but the list also gives this headline its own date
    teasers = [
        "Neuer Anleger im Süden",
        "2. März 2021",
        "Die Fähre fährt wieder",
        "4. Mai 2021",
        "Winterfahrplan beschlossen",
        "20. Januar 2021",
        "Sturm über dem Hafen",
        "11. Januar 2021",
    ]
    dump = "\n".join(["Start", "Hafen", *teasers, "Foto: Hafenamt", "Verkehr", "Die Fähre fährt wieder"])
    article = read_text_dump(dump + "\n" + _FERRY_STORY + "Impressum\n")
    assert article.title == "Die Fähre fährt wieder"
    assert article.published is not None and article.published.isoformat()[:10] == "2021-05-04"


def test_a_written_by_line_with_its_date_under_the_headline_is_the_byline() -> None:
    # "Written by … on …" closing a story credits its writer; over the story it is the byline, and the
    # short first paragraph under it opens the story instead of being read as a standfirst
    dump = (
        "Home\nHealth\nFive ways to sleep better tonight\n"
        "Written by Jane Roe, PhD on March 3, 2024\n"
        "It can be hard to fall asleep after a long day.\n"
        "Most adults need seven to nine hours of sleep a night, but many get far less than that, and the "
        "reasons range from late meals and bright screens to worry about the next day's work.\n"
        "The good news is that small changes to an evening routine help most people, and none of them "
        "costs anything: a fixed bedtime, a dark and cool room, and no coffee after lunch.\n"
        "Here are the five that the research supports best, from the simplest to the hardest to keep up.\n"
        "Share\nRelated stories\n"
    )
    article = read_text_dump(dump)
    assert article.authors == ("Jane Roe",)
    assert article.body.startswith("It can be hard to fall asleep")
    assert article.standfirst is None


def test_a_short_subtitle_under_the_headline_opens_the_body() -> None:
    # a deck of a few words between headline and dateline is what a reader of the page reads first:
    # the body keeps it (as the saved page's importer does), and it is not printed twice as a standfirst
    deck = "Seit Oktober gesperrter Anleger wieder offen – ein vierter Umlauf im Sommer geplant"
    dump = (
        "Start\nHafen\nDie Fähre fährt wieder dreimal täglich zu den Inseln\n"
        f"{deck}\n28. Januar 2025\n" + _FERRY_STORY + "Impressum\n"
    )
    article = read_text_dump(dump)
    assert article.title == "Die Fähre fährt wieder dreimal täglich zu den Inseln"
    assert article.body.startswith(f"{deck}\n\nNach dem Ende der Bauarbeiten")
    assert article.standfirst is None
    assert article.summary == deck


def test_the_headline_printed_again_under_its_dated_line_is_no_standfirst() -> None:
    # "date | headline" over the headline alone: the second is the page's title element again,
    # neither the summary nor the body's first line
    headline = "Die Fähre fährt wieder dreimal täglich zu den Inseln"
    dump = f"Start\nHafen\n28.01.2025 | {headline}\n{headline}\n" + _FERRY_STORY + "Impressum\n"
    article = read_text_dump(dump)
    assert article.title == headline
    assert headline not in article.body
    assert article.summary != headline


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Seit Oktober gesperrter Anleger wieder offen – ein vierter Umlauf im Sommer geplant", True),
        ("Die Fähre und ihr Kapitän", True),
        ("Geschrieben am 28.01.2025 von Jane Roe", False),  # a date in it: the dateline
        ("Mo bis Fr: 9:00 – 16:00 Uhr", False),  # a clock time: opening hours, a timestamp
        ("Von Jane Roe", False),  # a byline
        ("Bild 1 von 5", False),  # a counter of a few words
        ("vor 5 Stunden in Hafen, kein Kommentar", False),  # the story's age
        ("Hafen - Fähre - Inseln - Fahrplan", False),  # a row of links
    ],
)
def test_only_a_line_of_text_under_the_headline_opens_the_story(line: str, opens: bool) -> None:
    from briefkit.importer.textdump import opens_story

    assert opens_story(line) is opens
