"""Captions closed by their picture's credit in the languages beyond the first eight, in both formats.

A copied page prints the lead picture's caption as a line over the story; a saved page sets it in a table cell
or a paragraph under the picture, outside `<figure>`. Either way the caption goes to the briefing's pictures
with its credit, never into the story. Pages and dumps here are written for these tests.
"""

from __future__ import annotations

import pytest

from briefkit.importer import credits
from briefkit.importer.htmlpage import read_html
from briefkit.importer.textdump import read_text_dump
from briefkit.importer.worldcredits import split_world_credit

_STORY = (
    "The ferry between the two islands runs again from Monday after a winter of repairs to its engines.\n\n"
    "The harbour office said the first crossing leaves at seven in the morning and the last at nine at night.\n\n"
    "Fishermen who use the same quay welcomed the news, though some asked for more room to moor their boats.\n\n"
    "The council will review the timetable in the summer, when the number of visitors to the islands peaks.\n\n"
)


@pytest.mark.parametrize(
    ("line", "caption", "credit"),
    [
        ("Feribot iskelede bekliyor. (Fotoğraf: Ajans)", "Feribot iskelede bekliyor.", "Ajans"),
        ("Паром у причалу. Фото: прес-служба порту", "Паром у причалу.", "прес-служба порту"),
        ("Phà cập bến vào buổi sáng. Ảnh: K.L.", "Phà cập bến vào buổi sáng.", "K.L."),
        ("Prom przy nabrzeżu. Fot. Anna Nowak", "Prom przy nabrzeżu.", "Anna Nowak"),
        ("Паромът на кея, зимата на 2024 · Снимка: личен архив", "Паромът на кея, зимата на 2024", "личен архив"),
        ("부두에 정박한 여객선 모습. 사진=해운일보", "부두에 정박한 여객선 모습.", "해운일보"),
        ("渡轮停靠在码头。（记者李明摄）", "渡轮停靠在码头。", "记者李明"),
        ("码头施工现场。 海港日报记者 张伟 摄", "码头施工现场。", "海港日报记者 张伟"),
        # the labels of Thai, Bengali, Hebrew, Georgian and Tamil, a chart's label, and English "Picture by"
        ("เรือข้ามฟากจอดที่ท่า เมื่อเช้าวันจันทร์ (ภาพ: ฝ่ายภาพ)", "เรือข้ามฟากจอดที่ท่า เมื่อเช้าวันจันทร์", "ฝ่ายภาพ"),
        ("ঘাটে দাঁড়িয়ে থাকা ফেরি। ছবি: রহিম উদ্দিন", "ঘাটে দাঁড়িয়ে থাকা ফেরি।", "রহিম উদ্দিন"),
        ("המעבורת ברציף בבוקר (צילום: דנה כהן)", "המעבורת ברציף בבוקר", "דנה כהן"),
        ("ბორანი ნავსადგურში. ფოტო: ნინო ბერიძე", "ბორანი ნავსადგურში.", "ნინო ბერიძე"),
        ("துறைமுகத்தில் நிற்கும் படகு. படம்: க. ராமன்", "துறைமுகத்தில் நிற்கும் படகு.", "க. ராமன்"),
        ("Fahrgastzahlen je Monat seit 2023. Grafik: Anna Beispiel", "Fahrgastzahlen je Monat seit 2023.", "Anna Beispiel"),
        ("The ferry leaves the quay at dawn. Picture by Sam Doe", "The ferry leaves the quay at dawn.", "Sam Doe"),
        # separated by a spaced hyphen or the Arabic semicolon, and a source named before the photographer
        ("العبارة عند الرصيف (أرشيفية) - تصوير: سالم علي", "العبارة عند الرصيف (أرشيفية)", "سالم علي"),
        ("نمایی از اسکله در صبح؛ عکس: سارا امینی", "نمایی از اسکله در صبح", "سارا امینی"),
        ("渡轮停靠在码头。（图片来源：海港日报 摄影：张伟）", "渡轮停靠在码头。", "海港日报 摄影：张伟"),
    ],
)
def test_a_caption_ends_in_its_credit_under_its_languages_label(line: str, caption: str, credit: str) -> None:
    assert split_world_credit(line) == (caption, credit)
    assert credits.split_trailing_credit(line) == (caption, credit)


@pytest.mark.parametrize(
    "line",
    [
        "He held up the photo: a boat on the quay",  # a sentence naming a picture, no credit set apart
        "The crew said. Photo: the ferry leaves the quay at seven and returns at nine every night of the week",
        "这部纪录片在码头拍摄",  # "filmed at the quay": the verb, no photographer
        "他说，照片都是在码头拍摄的。",
        "The ferry runs again. The office said so. Crews worked all winter. Foto: Anna Nowak",  # a paragraph
        "The crew kept going. Picture by picture, they rebuilt the album of the old harbour.",  # "by" in a sentence
        "She studied the chart - graphic: it showed the tides of the week and the hours of the ferry.",
    ],
)
def test_a_story_line_that_names_a_picture_keeps_its_words(line: str) -> None:
    assert split_world_credit(line) is None


def test_a_copied_pages_captions_leave_the_story_with_their_credit() -> None:
    dump = (
        "Home\nNews\nThe island ferry sails again\nBy Jane Roe\n12 March 2025\n"
        "The ferry at the quay in the morning. Ảnh: K.L.\n\n" + _STORY + "About us\nContact\n"
    )
    article = read_text_dump(dump)
    assert [(i.caption, i.credit) for i in article.images] == [("The ferry at the quay in the morning.", "K.L.")]
    assert "quay in the morning" not in article.body
    assert "The ferry between the two islands runs again" in article.body


def test_a_caption_between_a_stories_paragraphs_leaves_it_in_any_script() -> None:
    paragraphs = _STORY.split("\n\n")
    dump = (
        "Home\nNews\nThe island ferry sails again\nBy Jane Roe\n12 March 2025\n\n"
        + "\n\n".join(paragraphs[:2])
        + "\n\nঘাটে দাঁড়িয়ে থাকা ফেরি। ছবি: রহিম উদ্দিন\n\n"
        + "\n\n".join(paragraphs[2:])
        + "About us\nContact\n"
    )
    article = read_text_dump(dump)
    assert [(i.caption, i.credit) for i in article.images] == [("ঘাটে দাঁড়িয়ে থাকা ফেরি।", "রহিম উদ্দিন")]
    assert "রহিম" not in article.body
    assert "Fishermen who use the same quay" in article.body
    assert "The council will review the timetable" in article.body


def test_a_copied_lead_caption_signed_by_its_photographer_and_outlet() -> None:
    dump = (
        "Home\nNews\nThe island ferry sails again\nBy Jane Roe\n12 March 2025\nShare\nEmail\n"
        "Passengers boarded the first ferry on Monday. Sam Poe / KXYZ\n\n" + _STORY + "About us\nContact\n"
    )
    article = read_text_dump(dump)
    assert [(i.caption, i.credit) for i in article.images] == [
        ("Passengers boarded the first ferry on Monday.", "Sam Poe / KXYZ")
    ]
    assert "Passengers boarded" not in article.body


def _page(picture_and_caption: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in _STORY.strip().split("\n\n"))
    return (
        "<html lang='en'><head><title>The island ferry sails again</title>"
        "<link rel='canonical' href='https://news.example.org/ferry'></head><body>"
        f"<article><h1>The island ferry sails again</h1>{picture_and_caption}{paragraphs}</article></body></html>"
    )


def test_a_saved_pages_caption_cell_under_the_picture_cell_goes_to_the_picture() -> None:
    page = _page(
        "<table><tr><td><img src='/img/ferry.jpg' alt='The ferry'></td></tr>"
        "<tr><td class='photo-caption'>Phà cập bến vào buổi sáng. Ảnh: K.L.</td></tr></table>"
    )
    article = read_html(page)
    assert [(i.caption, i.credit, i.src) for i in article.images] == [
        ("Phà cập bến vào buổi sáng.", "K.L.", "https://news.example.org/img/ferry.jpg")
    ]
    assert "Phà" not in article.body


def test_a_saved_pages_credited_line_under_a_picture_goes_to_the_picture() -> None:
    page = _page("<p><img src='/img/quay.jpg' alt=''></p><p>码头施工现场。 海港日报记者 张伟 摄</p>")
    article = read_html(page)
    assert [(i.caption, i.credit, i.src) for i in article.images] == [
        ("码头施工现场。", "海港日报记者 张伟", "https://news.example.org/img/quay.jpg")
    ]
    assert "码头施工现场" not in article.body
    assert "The ferry between the two islands runs again" in article.body


def test_a_saved_pages_first_paragraph_under_a_picture_stays_the_storys() -> None:
    # a paragraph under a picture that closes on no credit is the story's own, not a caption
    page = _page("<p><img src='/img/quay.jpg' alt=''></p>")
    article = read_html(page)
    assert not article.images
    assert article.body.startswith("The ferry between the two islands runs again")


def test_a_small_type_line_under_a_picture_is_its_caption_without_a_credit() -> None:
    page = _page("<div><img src='/img/quay.jpg' alt=''><br><font size='-1'>The quay at dawn＝3 March</font></div>")
    article = read_html(page)
    assert "The quay at dawn" not in article.body
    assert any("The quay at dawn" in n for n in article.notes)  # kept for the analyst, as a note


def test_the_labels_over_a_copied_lead_caption_are_the_headers() -> None:
    # a print button and a view counter between the byline and the picture: with the caption taken out as
    # the picture's, the counter is not read as a subheading over the story's first paragraph
    dump = (
        "Home\nNews\nThe island ferry sails again\nBy Jane Roe\n12 March 2025\nPrint\nEmail\nReads: 2031\n"
        "The ferry at the quay in the morning. Ảnh: K.L.\n\n" + _STORY + "About us\nContact\n"
    )
    article = read_text_dump(dump)
    assert "Reads: 2031" not in article.body
    assert article.body.startswith("The ferry between the two islands runs again")


def test_a_thumbnails_caption_in_small_type_keeps_its_credit_and_its_picture() -> None:
    cells = "".join(
        f"<td><a href='/g/{n}'><img src='/g/{n}.jpg' alt=''></a><br><font size='1'>{what}<br>Photo: Sam Poe</font></td>"
        for n, what in enumerate(["The ferry leaves the quay", "Cars wait on the ramp"])
    )
    article = read_html(_page(f"<table><tr>{cells}</tr></table>"))
    assert [(i.caption, i.credit, i.src) for i in article.images] == [
        ("The ferry leaves the quay", "Sam Poe", "https://news.example.org/g/0.jpg"),
        ("Cars wait on the ramp", "Sam Poe", "https://news.example.org/g/1.jpg"),
    ]
    assert "Sam Poe" not in article.body


def test_small_type_beside_a_logo_or_under_a_banner_is_no_caption() -> None:
    masthead = (
        "<table><tr><td><a href='/'><img src='/logo.gif' alt='The Harbour Post'></a></td>"
        "<td><font size='1'>Friday 14 March 2025</font><br><form><input name='q'></form></td></tr></table>"
    )
    banner = "<div><img src='/ad.gif' alt=''><br><small>ADVERTISEMENT</small></div>"
    article = read_html(_page(masthead + banner))
    assert not any("Friday 14 March" in n or "ADVERTISEMENT" in n for n in article.notes)


def test_a_lazy_pictures_address_is_the_real_one_not_its_placeholder() -> None:
    page = _page(
        "<figure><img src='/img/spinner.gif' data-src='/img/ferry.jpg' alt='The ferry'>"
        "<figcaption>The ferry at the quay. Photo: Sam Poe</figcaption></figure>"
    )
    assert [i.src for i in read_html(page).images] == ["https://news.example.org/img/ferry.jpg"]


def test_a_caption_cell_under_an_icon_takes_no_address_from_it() -> None:
    # a zoom button's icon or a hidden spinner over the caption is the page's, not the picture
    page = _page(
        "<table><tr><td><img src='/theme/icon-zoom.png' alt=''></td></tr>"
        "<tr><td class='photo-caption'>Phà cập bến vào buổi sáng. Ảnh: K.L.</td></tr></table>"
    )
    assert [(i.caption, i.src) for i in read_html(page).images] == [("Phà cập bến vào buổi sáng.", None)]
