"""Stories in scripts other than the Latin one, read through `read_html` as a user imports them:
their letters come back as written and their paragraphs are judged as sentences."""

from __future__ import annotations

from briefkit.importer.blocktext import SENTENCE_END
from briefkit.importer.htmlpage import read_html
from briefkit.importer.joiners import keep_joiners

ZWNJ = "\u200c"

# Persian writes the zero-width non-joiner inside words: "می‌رسد", "هزینه‌های"
PERSIAN = [
    f"شهرداری روز دوشنبه اعلام کرد که ساخت پل تازه در شمال شهر تا پایان سال به پایان می{ZWNJ}رسد.",
    f"کارشناسان می{ZWNJ}گویند هزینه{ZWNJ}های ساخت در ماه{ZWNJ}های اخیر بسیار افزایش یافته است.",
    f"ساکنان محله از طولانی شدن کار ناراضی هستند و خواستار اطلاع{ZWNJ}رسانی بهتر شده{ZWNJ}اند.",
    "مدیر پروژه گفت که بخش اصلی پل پیش از آغاز فصل بارندگی نصب خواهد شد.",
]

# a Japanese story cut into one container per section, each ending on the next section's heading
JAPANESE = [
    "市は5日、駅前の再開発計画について住民説明会を開き、新しい図書館と広場を整備する方針を示しました。",
    "計画によりますと、図書館は地上4階建てで、子ども向けの読書室や学習スペースを設けます。総事業費はおよそ40億円と見込まれています。",
    "説明会では、住民から駐車場の不足や工事中の騒音を心配する声が相次ぎました。",
    "市の担当者は「皆さんの意見を踏まえて、計画を見直す部分もある」と話していました。",
    "再開発は来年春に着工し、すべての工事が終わるのは2030年の予定です。",
]


def _page(lang: str, title: str, body: str) -> str:
    return (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<nav><a href='/'>Home</a></nav><main><article>"
        f"<h1>{title}</h1>{body}</article></main><footer><p>(c) 2026</p></footer></body></html>"
    )


def test_a_persian_story_keeps_the_non_joiners_inside_its_words() -> None:
    body = "".join(f"<p>{p}</p>" for p in PERSIAN)
    article = read_html(_page("fa", "پل تازه در شمال شهر", body))
    for paragraph in PERSIAN:
        assert paragraph in article.body
    assert f"می{ZWNJ}گویند" in article.body


def test_the_stand_ins_never_clash_with_the_page() -> None:
    page = f"<p>a{ZWNJ}b \U00010000 c\u200dd</p>"
    swapped, back = keep_joiners(page)
    assert ZWNJ not in swapped and "\u200d" not in swapped
    assert back(swapped) == page
    plain = "<p>no joiners here</p>"
    assert keep_joiners(plain)[0] == plain


def test_a_japanese_story_in_one_box_per_section_is_kept_whole() -> None:
    body = (
        f"<div class='text'><p>{JAPANESE[0]}</p><h2>図書館は2028年に開館へ</h2></div>"
        f"<div class='text'><p>{JAPANESE[1]}</p><p>{JAPANESE[2]}</p><h2>住民から不安の声</h2></div>"
        f"<div class='text'><p>{JAPANESE[3]}</p><p>{JAPANESE[4]}</p></div>"
    )
    article = read_html(_page("ja", "駅前に新図書館　市が再開発計画を説明", body))
    for paragraph in JAPANESE:
        assert paragraph in article.body


def test_the_full_stops_of_other_scripts_end_a_sentence() -> None:
    for line in ("話していました。", "と話した。」", "آیا این درست است؟", "यह योजना पूरी हुई।"):
        assert line.endswith(SENTENCE_END)
    assert not "住民から不安の声".endswith(SENTENCE_END)
