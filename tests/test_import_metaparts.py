"""The byline-and-date line of a text dump read part by part (fixtures in our own words)."""

from __future__ import annotations

from briefkit.importer.metaparts import meta_parts
from briefkit.importer.textdump import read_text_dump


def test_a_yearless_update_label_closing_a_dated_line_goes() -> None:
    line = "Ada Quist, Bo Lind · Harbour News · Posted: Mar 04, 2025 7:10 AM EST | Last Updated: March 5"
    assert meta_parts(line) == ["Ada Quist, Bo Lind", "Posted: Mar 04, 2025 7:10 AM EST"]
    # with its year it is a date the reader takes as the update's
    assert len(meta_parts(line.replace("March 5", "March 5, 2025"))) == 3


def test_the_writers_of_such_a_line_and_not_the_share_rows_label() -> None:
    dump = (
        "News\nPolitics\nHarbour board approves a second ferry berth for the island route\n"
        "The berth will take the larger ferry that now waits offshore in bad weather\n"
        "Ada Quist, Bo Lind · Harbour News · Posted: Mar 04, 2025 7:10 AM EST | Last Updated: March 5\n"
        "Social Sharing\nFacebookXEmail\n"
        "The harbour board voted on Tuesday to build a second berth for the island ferry, after a winter in "
        "which the larger boat spent eleven days waiting offshore.\n\n"
        "The new berth will sit on the sheltered side of the breakwater and should be ready before next "
        "winter, the board's chair said after the vote.\n\n"
        "Islanders had asked for the change for years, saying the missed crossings kept them from hospital "
        "appointments and cost shops their deliveries.\n\n"
        "The cost will be shared between the province and the ferry operator, which has agreed to a longer "
        "contract in return.\n"
    )
    article = read_text_dump(dump)
    assert article.authors == ("Ada Quist", "Bo Lind")
    assert str(article.published).startswith("2025-03-04")


def test_a_dated_line_parted_by_slashes_names_the_writer_not_the_desk() -> None:
    line = "Ada Quist / Valley News Service / Published: Mar 04, 2025, 07:10 IST · Updated: Mar 04, 2025, 09:00 IST"
    assert meta_parts(line)[:2] == ["Ada Quist", "Published: Mar 04, 2025, 07:10 IST"]
    assert meta_parts("Ada Quist / Agency") == ["Ada Quist / Agency"]  # undated: one byline, the writer's
