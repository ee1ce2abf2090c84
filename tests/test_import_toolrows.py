"""A row of networks' buttons and page tools, and a CJK caption with its bracketed credit, are no title."""

from __future__ import annotations

from briefkit.importer.sharerows import tool_row
from briefkit.importer.textdump import read_text_dump

_PAGE = (
    "港灣日報\n首頁\n地方\n生活\n"
    "首頁 > 地方\n"
    "颱風過境 漁港百艘漁船受損\n"
    "2025/08/02 09:15\n"
    "Facebook LINE 列印 字級\n"
    "漁港內翻覆的漁船與散落的浮具。（記者王小明攝）\n\n"
    "颱風昨晚通過北部海面，漁港內停泊的漁船有一百多艘受到不同程度的損壞，漁會今天上午開始清點損失，"
    "並協助漁民申請救助。\n\n"
    "漁會總幹事表示，今年颱風來得比往年早，不少漁民來不及把船拉上岸，預估損失金額將超過三千萬元，"
    "漁會已經向縣政府提出緊急救助的申請。\n\n"
    "縣政府農業處說，會在一週內派員到漁港現場勘查，並依照受損程度發放救助金，也呼籲漁民保留受損照片，"
    "以便後續申請相關補助。\n"
)


def test_tool_row_and_cjk_caption_are_not_the_title() -> None:
    assert read_text_dump(_PAGE).title == "颱風過境 漁港百艘漁船受損"


def test_tool_row_shape() -> None:
    assert tool_row("LINE Facebook 複製 字級")
    assert tool_row("Facebook Twitter")
    assert not tool_row("Facebook and LINE fined")  # a headline's words in small letters
    assert not tool_row("Facebook 股價 大跌 分析師 看法")  # one network among other words


def test_cjk_caption_with_its_credit_in_brackets_is_no_head() -> None:
    from briefkit.importer.headshapes import not_a_head

    assert not_a_head("漁港內翻覆的漁船與散落的浮具。（記者王小明攝）")
    assert not not_a_head("颱風過境（快訊）")  # a label's brackets, after no sentence
