"""Reporter credits as Chinese, Japanese and Taiwanese newsrooms print them, and login links that name no one.

Fixtures in the project's own words: a bracketed credit with the place the story was filed from, a
credit in full-width square brackets, the writer as one field of a portal's metadata line, and a
site's account links beside a Korean byline.
"""

from __future__ import annotations

import json

from briefkit.importer.bylines import parse_byline
from briefkit.importer.cjkbylines import cjk_names, reporter_credit
from briefkit.importer.htmlpage import read_html
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, TAIL, dump

HEADLINE = "河堤步道整修完成 周末重新開放"
LEAD = "市府表示，河堤步道的整修工程已經完成，周末起重新開放給民眾散步與騎車使用，" * 3
MORE = "工務局說，新的步道加寬了一公尺，並在沿線增設照明和休息座椅，方便夜間使用的民眾。" * 3


def ld(obj: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj, ensure_ascii=False)}</script>'


def page(top: str = "", head: str = "", before: str = "") -> str:
    return (
        f"<!doctype html><html><head><title>{HEADLINE}</title>{head}</head><body>{before}<article>"
        f"<h1>{HEADLINE}</h1>{top}<p>{LEAD}</p><p>{MORE}</p></article></body></html>"
    )


def test_a_bracketed_credit_with_the_place_it_was_filed_from() -> None:
    assert cjk_names("〔記者周明遠／高雄報導〕") == ["周明遠"]
    assert cjk_names("〔記者周明遠、陳靜／綜合報導〕") == ["周明遠", "陳靜"]
    assert cjk_names("［記者 佐藤花子］") == ["佐藤花子"]


def test_the_writer_as_a_field_of_the_metadata_line() -> None:
    assert cjk_names("时间:2024-05-02 09:10 来源:江南晨报 作者:周明远 点击: 次") == ["周明远"]
    assert cjk_names("来源：江南晨报 作者：周明远 责任编辑：李华") == ["周明远"]
    # the paper's role before the name, with or without a space: the name, not the role
    assert cjk_names("来源：江南晨报 作者：本报记者 周明远 字号：大 中 小") == ["周明远"]
    assert cjk_names("来源：江南晨报 作者：本报记者周明远 责任编辑：李华") == ["周明远"]
    assert reporter_credit("来源:江南晨报 时间:2024-05-02") == ()  # no writer's field: no credit
    assert reporter_credit("記者會上，市長周明遠表示") == ()  # a sentence, not a credit


def test_a_copied_line_that_credits_the_reporter_is_a_byline() -> None:
    assert parse_byline("〔記者周明遠／高雄報導〕", bare=False) == ("周明遠",)
    assert parse_byline("作者:周明远 来源:江南晨报", bare=False) == ("周明远",)


def test_a_saved_pages_reporter_box_beats_the_papers_name_in_the_json_ld() -> None:
    head = ld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "南方晨報"}})
    top = "<p class='news-reporter'>〔記者周明遠／高雄報導〕</p>"
    assert read_html(page(top=top, head=head)).authors == ("周明遠",)


def test_a_saved_pages_metadata_line_names_the_writer_over_the_meta_author() -> None:
    head = '<meta name="author" content="江南财经网">'
    top = (
        "<div class='info'><small>时间:</small>2024-05-02 09:10 "
        "<small>来源:</small>江南财经网 <small>作者:</small>周明远</div>"
    )
    assert read_html(page(top=top, head=head)).authors == ("周明远",)


def test_the_sites_login_link_is_no_member_and_no_writer() -> None:
    before = "<div class='top'><a href='/member/login.html'>로그인</a> <a href='/member/join.html'>회원가입</a></div>"
    head = ld({"@type": "NewsArticle", "author": {"@type": "Person", "name": "박지훈 기자"}})
    html = page(head=head, before=before)
    assert read_html(html).authors == ("박지훈",)


def test_a_copied_page_with_the_credit_under_the_headline() -> None:
    text = dump(MENU, [HEADLINE, "2024/05/02 10:32", "〔記者周明遠／高雄報導〕", LEAD, MORE], TAIL)
    assert read_text_dump(text).authors == ("周明遠",)


def test_a_copied_lead_that_opens_with_the_reporters_credit() -> None:
    lead = "〔記者周明遠／高雄報導〕" + LEAD
    text = dump(MENU, [HEADLINE, "2024/05/02 10:32", "LINE Facebook 字級", lead, MORE], TAIL)
    assert read_text_dump(text).authors == ("周明遠",)


def test_a_saved_pages_lead_that_opens_with_the_reporters_credit() -> None:
    head = '<meta name="author" content="南方晨報">'
    html = (
        f"<!doctype html><html><head><title>{HEADLINE}</title>{head}</head><body><article>"
        f"<h1>{HEADLINE}</h1><p>〔記者周明遠／高雄報導〕{LEAD}</p><p>{MORE}</p></article></body></html>"
    )
    assert read_html(html).authors == ("周明遠",)


def test_a_box_classed_by_the_turkish_word_for_reporter() -> None:
    head = '<meta name="author" content="Körfez Haber">'
    top = "<span class='muhabir'>Deniz Akyürek - Körfez Haber</span>"
    assert read_html(page(top=top, head=head)).authors == ("Deniz Akyürek",)
