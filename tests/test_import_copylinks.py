"""A text dump dated by the address its share box shows beside "copy link" (fixtures in our own words)."""

from __future__ import annotations

from datetime import date

from briefkit.importer.copylinks import copied_addresses
from briefkit.importer.textdump import read_text_dump

_STORY = (
    "Weekly news\n\nThe village bakery reopens as a workshop for young people with disabilities\n\n"
    "Eight young people now bake the bread that the village shop sells every morning before seven.\n\n"
    "The bakery had stood empty for two years after its owner retired and no buyer came forward.\n\n"
    "A charity took over the lease in the summer and fitted the kitchen with lower worktops.\n\n"
    "The shop next door has ordered rolls for the whole winter, and the school wants cakes on Fridays.\n\n"
)


def test_the_share_boxs_address_dates_a_dump_without_a_date() -> None:
    dump = _STORY + "Copy link: https://news.example.org/region/2025/03/11/village-bakery-workshop\n\nMore news\n"
    assert read_text_dump(dump).published == date(2025, 3, 11)


def test_an_address_under_another_label_is_another_pages() -> None:
    dump = _STORY + "Read more: https://news.example.org/region/2025/03/11/village-bakery-workshop\n\nMore news\n"
    assert read_text_dump(dump).published is None
    assert copied_addresses(["Kopírovať odkaz: https://a.example/2025/01/02/x", "Odkaz: https://a.example/"]) == [
        "https://a.example/2025/01/02/x"
    ]
