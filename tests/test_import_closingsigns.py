"""A story signed at its end after a short last sentence, by a wire after a dash, and a date read as no name.

Small pages written for these tests (`closingcredits`, `wirecredits`, `datenames`): a closing credit
under a short closing sentence, "-- AGENCY" under the last paragraph, a wire's byline box running
into its labelled date.
"""

from __future__ import annotations

from briefkit.importer.datenames import is_date_part
from briefkit.importer.htmlpage import read_html

PROSE = (
    "The harbour board voted on Tuesday to widen the northern quay, a project that has waited for funding "
    "since the storm damaged its wall three winters ago."
)


def page(header: str, body: str) -> str:
    return (
        "<!doctype html><html><head><title>Quay works approved | Harbour Herald</title>"
        '<meta property="og:site_name" content="Harbour Herald"></head><body><article>'
        f"<h1>Quay works approved</h1>{header}<div class='text'>{body}</div></article></body></html>"
    )


def test_a_closing_credit_under_a_short_last_sentence_names_the_reporter() -> None:
    body = f"<p>{PROSE}</p><p>{PROSE}</p><p>The works are due to start in May next year.</p>"
    credit = "<p><em>Reporting by Ines Marlow in Portside; editing by Tom Reyes</em></p>"
    assert read_html(page("", body + credit)).authors == ("Ines Marlow",)
    # a label, not a sentence, over the credit: no close of the story
    label = f"<p>{PROSE}</p><p>{PROSE}</p><p>More on this</p>"
    assert read_html(page("", label + credit)).authors != ("Ines Marlow",)


def test_a_wire_signing_after_a_dash_under_the_last_paragraph() -> None:
    body = f"<p>{PROSE}</p><p>{PROSE}</p><p>-- BERNAMA</p>"
    assert [a.casefold() for a in read_html(page("", body)).authors] == ["bernama"]
    # a dash and a word that is no agency's name sign nothing
    other = f"<p>{PROSE}</p><p>{PROSE}</p><p>-- Quay Works</p>"
    assert read_html(page("", other)).authors == ()


def test_a_date_is_no_name() -> None:
    assert is_date_part("Jan 22") and is_date_part("22 Jan.") and is_date_part("März 2024")
    assert not is_date_part("Jane Roe") and not is_date_part("June Carter") and not is_date_part("Mark 22a")
    box = '<div class="byline"><div class="ag">AFP</div><span>Last Updated: Jan 22, 2025, 06:41:00 PM IST</span></div>'
    assert "Jan 22" not in read_html(page(box, f"<p>{PROSE}</p><p>{PROSE}</p>")).authors
