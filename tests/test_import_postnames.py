"""A Korean, Chinese or Japanese byline prints the writer's post after the name: the name alone is the author."""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

BODY = "<p>" + " ".join(["항구 방파제 공사가 긴 논의 끝에 시의회에서 승인되었으며 내년 봄에 착공할 예정이다."] * 8) + "</p>"


def _page(byline: str) -> str:
    return (
        "<!doctype html><html><head><title>방파제 공사 승인</title></head><body><article>"
        f"<h1>방파제 공사 승인</h1><div class='byline'><a href='/reporter/x'>{byline}</a></div>{BODY}"
        "</article></body></html>"
    )


def test_a_korean_reporters_post_after_the_name_is_left_off() -> None:
    assert read_html(_page("<span class='name'>박서연</span> <span class='pos'>기자</span>")).authors == ("박서연",)


def test_a_japanese_post_glued_to_the_name_is_left_off() -> None:
    assert read_html(_page("<span class='name'>山川花子記者</span>")).authors == ("山川花子",)
