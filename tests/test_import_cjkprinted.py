"""A saved page in Japanese with no heading element: its `<title>` keeps the headline's main line, and the
styled cell over the story prints the main line and, after a space, the headline's second part.

The page is written for the test (no publisher's text).
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

_MAIN = "市立図書館の分館、来年度から週末休館へ"
_SECOND = "利用者減で運営見直し、移動図書館を拡充"
_PROSE = (
    "市教育委員会は5日、市内にある三つの分館のうち二つについて、来年度から土曜と日曜を休館にすると発表した。"
    "平日の開館時間は午後7時まで延ばし、仕事帰りの利用者が立ち寄りやすくする。"
)
_MORE = (
    "分館の利用者数はこの10年で半分近くに減り、週末の来館者は一日平均で20人ほどにとどまっていた。"
    "委員会は浮いた人件費で移動図書館の車を1台増やし、山あいの集落を回る回数を倍にする方針だ。"
)


def _page(cell: str) -> str:
    return (
        '<html lang="ja"><head><meta charset="utf-8"><title>東町タイムス | ' + _MAIN + "</title></head><body>"
        '<table><tr><td class="menu"><a href="/">トップ</a> <a href="/local">地域</a></td></tr>'
        '<tr><td class="midashi"><b>' + cell + "</b></td></tr>"
        '<tr><td class="date">2025年11月6日</td></tr>'
        '<tr><td class="honbun"><p>' + _PROSE + "</p><p>" + _MORE + "</p><p>" + _PROSE + "</p></td></tr>"
        "</table></body></html>"
    )


def test_the_headlines_second_part_after_a_space_is_kept() -> None:
    article = read_html(_page(_MAIN + "\u3000" + _SECOND))
    assert article.title.split() == [_MAIN, _SECOND]


def test_a_date_after_the_main_line_is_not_read_as_its_second_part() -> None:
    assert read_html(_page(_MAIN + "\u3000" + "2025年11月6日")).title == _MAIN
