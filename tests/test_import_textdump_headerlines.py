"""Header lines as publishing systems print them under a headline: a blog's byline with both of its
dates run together, a wire's byline with the name in capitals and its service after it.

The lines are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from datetime import date

from briefkit.importer.bylines import parse_byline
from briefkit.importer.dates import find_date
from briefkit.importer.inlinebylines import find_byline
from briefkit.importer.textdump import read_text_dump


def test_a_published_date_run_into_the_modified_one_reads_as_the_first() -> None:
    assert find_date("Posted on June 2, 2023June 9, 2023") == date(2023, 6, 2)
    assert find_date("Publicado el 2 junio 2023 · 4 junio 2023") == date(2023, 6, 2)


def test_the_dates_label_after_a_name_is_not_the_names() -> None:
    assert find_byline("by Ann Example Posted on June 2, 2023June 9, 2023") == ("Ann Example",)
    assert find_byline("di Anna Esempio pubblicato il 2 giugno 2023") == ("Anna Esempio",)


def test_a_wire_byline_in_capitals_keeps_the_name_and_leaves_the_service() -> None:
    assert parse_byline("By ANN EXAMPLE Northern Wire Service") == ("Ann Example",)
    assert parse_byline("By ANN EXAMPLE") == ("Ann Example",)
    # without "By" a line in capitals followed by words is no byline
    assert parse_byline("ANN EXAMPLE Northern Wire Service") == ()


def test_a_blog_byline_with_glued_dates_gives_author_and_published_date() -> None:
    text = "\n".join(
        [
            "The Lake Review",
            "Why the old boathouse is being restored",
            "by Ann Example Posted on June 2, 2023June 9, 2023",
            "The boathouse at the north end of the lake has stood empty for thirty years, its doors nailed "
            "shut and its slipway lost under reeds.",
            "A group of rowers raised the money to repair the roof last winter, and the council has now "
            "agreed to lease them the building for a nominal rent.",
            "The first boats are expected back on the water in the spring, once the slipway is cleared "
            "and the new doors are hung.",
            "A reader wrote on June 12, 2023 at 9:00 am that the boathouse was where she learnt to row.",
        ]
    )
    article = read_text_dump(text)
    assert article.authors == ("Ann Example",)
    assert article.published == date(2023, 6, 2)


def _ferry_page(over_date: str, under_date: str) -> str:
    return "\n".join(
        [
            "Valley News",
            over_date,
            "Updated 3 May 2024, 08:45 · Published 2 May 2024, 11:30",
            under_date,
            "Ann Example, John Sample",
            "The harbour board voted on Thursday for a ferry to the island every hour, the transport "
            "department of the harbour said.",
            "Until now the boat left only every two hours, and the transport committee had long asked "
            "the harbour for more crossings.",
            "The new timetable will be tried for one season, and the harbour will decide in October whether "
            "to keep it for the years to come.",
        ]
    )


RU_FERRY = [
    "Вести долины",
    "Новости Гавань Транспорт",
    "Обновлено 3 мая 2024, 08:45 · Опубликовано 2 мая 2024, 11:30",
    "Паром будет ходить каждый час с июня",
    "Анна Примерова, Иван Образцов",
    "Совет гавани в четверг решил, что транспорт на остров будет отправляться чаще, сообщили в управлении гавани.",
    "До сих пор судно уходило раз в два часа, и транспортный комитет давно просил гавань о новых рейсах.",
    "Новое расписание проверят в течение одного сезона, а осенью гавань решит, сохранять ли его дальше.",
]


def test_a_row_of_section_links_over_the_dateline_gives_way_to_the_headline_under_it() -> None:
    article = read_text_dump("\n".join(RU_FERRY))
    assert article.title == "Паром будет ходить каждый час с июня"
    assert article.authors == ("Анна Примерова", "Иван Образцов")
    english = read_text_dump(_ferry_page("News Harbour Transport", "Islanders get their hourly boat this summer"))
    assert english.title == "Islanders get their hourly boat this summer"


def test_a_headline_over_the_dateline_keeps_its_place_over_a_line_in_sentence_case() -> None:
    # the line over the date has small words: a headline, and the line under the date its standfirst
    article = read_text_dump(_ferry_page("Hourly ferry for the harbour", "Islanders get their boat this summer"))
    assert article.title == "Hourly ferry for the harbour"


IT_FERRY = [
    "Lettere dal Fiume Iscriviti Accedi",
    "Perché i traghetti sul fiume tornano di moda",
    "Un viaggio lungo il fiume per capire chi sceglie la barca",
    "Di Anna Esempio",
    "3 mag 2024",
    "12Commenti 4Condividi",
    "Alle sette di mattina il pontile è già affollato di pendolari, biciclette e qualche turista con la mappa.",
    "Il traghetto sul fiume che parte da qui arriva in centro in quaranta minuti, e chi lo prende lo fa per scelta.",
    "Ho passato la mattina a bordo con un gruppo di studenti, una pensionata e un medico che viaggia ogni giorno.",
    "I traghetti tornano di moda: le aziende hanno capito che esiste un pubblico disposto a pagare per il viaggio.",
    "Grazie per aver letto Lettere dal Fiume! Iscriviti gratuitamente per ricevere i nuovi post e sostenere il lavoro.",
    "Iscriviti",
    "Condividi",
]


def test_a_site_bar_with_its_sign_up_and_log_in_buttons_is_no_headline() -> None:
    from briefkit.importer.storyedges import SITE_NOTICE

    assert SITE_NOTICE.search("Lettere dal Fiume Iscriviti Accedi")
    assert SITE_NOTICE.search("Cuaderno del Río Suscríbete Entrar")
    assert not SITE_NOTICE.search("Perché i traghetti sul fiume tornano di moda")
    assert not SITE_NOTICE.search("Gli abbonati della piscina comunale sono raddoppiati")  # subscribers, a noun
    assert read_text_dump("\n".join(IT_FERRY)).title == "Perché i traghetti sul fiume tornano di moda"


RELEASE = [
    "Example Water",
    "Home Customers Press Jobs",
    "{label}",
    "Example Water will renew forty kilometres of old pipes",
    "9 April 2024",
    "RIVERTON, 9 April 2024. Example Water has approved a three-year plan to replace the oldest pipes "
    "in its network, most of them laid more than fifty years ago.",
    "According to the company's engineers, a large share of the water lost before it reaches homes "
    "escapes through leaks in pipes of that age.",
    "The works will be carried out in phases and coordinated with the towns to keep disruption low.",
    "About Example Water",
    "Example Water is the public company that supplies drinking water to forty towns in the valley.",
]


def test_a_press_release_without_a_byline_is_its_issuers() -> None:
    article = read_text_dump("\n".join(RELEASE).format(label="Press release"))
    assert article.authors == ("Example Water",)
    assert "About Example Water" not in article.body
    assert "supplies drinking water to forty towns" not in article.body
    for label in ("Nota de prensa", "Pressemitteilung", "Persbericht"):
        assert read_text_dump("\n".join(RELEASE).format(label=label)).authors == ("Example Water",), label
    # without the label it is a story about the company, not one it signs
    assert read_text_dump("\n".join(RELEASE).format(label="Business")).authors == ()
