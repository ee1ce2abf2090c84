"""Bylines in scripts with no capitals, the further closing labels, and a caption's keyword (`caselessnames`)."""

from __future__ import annotations

from briefkit.importer.bylines import parse_byline
from briefkit.importer.caselessnames import caseless_name
from briefkit.importer.textdump import read_text_dump


def test_keyword_before_a_caseless_name() -> None:
    assert parse_byline("بقلم سارة المنصوري") == ("سارة المنصوري",)
    assert parse_byline("מאת דנה כהן", bare=False) == ("דנה כהן",)
    assert parse_byline("लेखक: अमित कुमार वर्मा") == ("अमित कुमार वर्मा",)


def test_a_sentence_after_the_keyword_is_no_name() -> None:
    assert parse_byline("كتب الوزير في رسالته إلى البرلمان أن الخطة ستنفذ العام المقبل") == ()
    assert not caseless_name("Jane Roe")
    assert not caseless_name("２０２４")
    assert caseless_name("박서준")


def test_a_bare_caseless_line_is_no_byline() -> None:
    assert parse_byline("سارة المنصوري") == ()


def test_further_latin_labels() -> None:
    assert parse_byline("Laporan: Budi Santoso") == ("Budi Santoso",)
    assert parse_byline("Toimetaja: Mari Tamm") == ("Mari Tamm",)


_STORY = (
    "Pelabuhan baru dibuka untuk kapal nelayan di pantai utara\n\n"
    "Minggu, 5 Mei 2024 - 09:10 WIB\n\n"
    "Nelayan menurunkan hasil tangkapan di Kampung Lautan, Pesisir. (Foto: Kabar Kita/Budi)\n\n"
    + "\n\n".join(
        f"Paragraf {n}: pemerintah daerah membuka pelabuhan baru yang menampung lebih dari seratus kapal, "
        "dan para nelayan menyambutnya dengan gembira karena jarak ke laut kini lebih dekat."
        for n in range(6)
    )
    + "\n\nLaporan: Budi Santoso\n\nBagikan: Facebook X WhatsApp\n"
)


def test_closing_label_beats_a_captions_place() -> None:
    assert read_text_dump(_STORY).authors == ("Budi Santoso",)


def _signed(last: str, closing: str) -> str:
    body = "\n\n".join(
        f"Paragraph {n}: the council voted to keep the harbour open through the winter, and the fishing crews "
        "welcomed the decision after a long season of uncertainty about their moorings."
        for n in range(6)
    )
    return f"Harbour stays open through the winter months\n\n12 March 2024\n\n{body}\n\n{last}\n\n{closing}\n"


def test_name_with_address_or_agency_signs_the_story() -> None:
    from briefkit.importer.signoffs import _signing_names

    assert _signing_names("Mara Lindqvist mara@example.org") == ("Mara Lindqvist",)
    assert _signing_names("Mara Lindqvist, ABC") == ("Mara Lindqvist",)
    assert _signing_names("Mara Lindqvist, Oslo harbour") == ()


def test_a_name_part_inside_a_story_word_is_not_the_subject() -> None:
    # "Anh" is inside "thanh", "nhanh": only a word opening with a part of the name tells the subject
    story = _signed("Tran Anh", "Share: Facebook X").replace("harbour", "thanh harbour")
    assert read_text_dump(story).authors == ("Tran Anh",)


def test_a_caption_with_a_wire_credit_names_no_writer() -> None:
    from briefkit.importer.textaround import _CAPTION_CREDIT

    assert _CAPTION_CREDIT.search("Boats moored in the bay di Porto Alto - ALL RIGHTS RESERVED EPA/JANE ROE")
    assert _CAPTION_CREDIT.search("Nelayan di Kampung Lautan. (Foto: Kabar Kita/Budi)")
    assert not _CAPTION_CREDIT.search("The council met on Tuesday to vote on the budget.")
