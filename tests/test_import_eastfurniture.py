"""The furniture of pages written right to left and in the Asian scripts, a gallery's captions, and
the furniture's shapes every language shares (a labelled row of share buttons, a comment thread
set as bare text between line breaks).

The pages and lines are written for these tests, in the shapes pages print them.
"""

from __future__ import annotations

import lxml.html
import pytest

from briefkit.importer.blocktext import words
from briefkit.importer.gallerycaptions import counted
from briefkit.importer.htmlpage import read_html
from briefkit.importer.commentthreads import drop_comment_threads
from briefkit.importer.pagedata import is_page_data
from briefkit.importer.pagewords import CONTROL_ROW, END_MARKER
from briefkit.importer.authornotes import without_author_note
from briefkit.importer.storyedges import COMMENTS, is_furniture
from briefkit.importer.textdump import read_text_dump


def test_a_word_keeps_its_vowel_signs_and_joiners() -> None:
    assert words("नगर परिषद ने पुल बनाया।") == ["नगर", "परिषद", "ने", "पुल", "बनाया"]
    assert words("شهرداری می\u200cگوید") == ["شهرداری", "می\u200cگوید"]
    assert words("the well-known bridge, it's") == ["the", "well-known", "bridge", "it's"]


@pytest.mark.parametrize(
    "line",
    ["أخبار ذات صلة", "اخبار مرتبط", "پربازدیدها", "संबंधित खबरें", "ये भी पढ़ें", "関連ニュース", "アクセスランキング",
     "相关新闻", "관련기사", "ข่าวที่เกี่ยวข้อง", "Tin liên quan", "כתבות נוספות"],
)  # fmt: skip
def test_the_heading_of_a_box_of_links_is_an_end_marker(line: str) -> None:
    assert END_MARKER.match(line)


@pytest.mark.parametrize("line", ["٣ تعليقات", "نظرات", "コメント", "댓글", "أضف تعليق", "תגובות"])
def test_the_comments_heading_ends_the_story(line: str) -> None:
    assert COMMENTS.match(line)


@pytest.mark.parametrize(
    "line",
    ["الوسوم: المدينة الجسر", "टैग: पुल नगर परिषद", "タグ：橋 市議会", "标签：桥梁", "Tematy: most rada miasta",
     "Aiheet: silta kaupunki"],
)  # fmt: skip
def test_the_tags_label_of_each_language_files_the_story(line: str) -> None:
    assert is_page_data(line)


def test_a_row_of_network_buttons_under_its_own_label_is_furniture() -> None:
    assert CONTROL_ROW.match("Del artiklen: Facebook LinkedIn Kopiér link")
    assert is_furniture("Jaa: Facebook X WhatsApp")
    assert not is_furniture("The council said: Facebook and X will carry the notices.")


def test_a_row_of_short_links_parted_by_bars_is_furniture() -> None:
    assert is_furniture("Print page | Print version | Send page")
    assert not is_furniture("The vote was close | the mayor said. | It passed.")


def test_a_closing_note_on_the_writer_goes_in_the_further_languages() -> None:
    body = ["The bridge opens in May.", "Work starts on the second one in June.", "Aino Virta on lehden toimittaja."]
    assert without_author_note(body, ("Aino Virta",)) == body[:2]


_JAPANESE = """トップ
社会
経済
市の新しい橋が完成　通勤時間が短縮へ
2025年4月2日 10時00分
シェア
市は1日、川の両岸を結ぶ新しい橋が完成したと発表しました。通勤の時間が十分ほど短くなる見込みで、市民からは期待の声が上がっています。
橋の長さはおよそ300メートルで、歩道と自転車道も整備されました。工事には3年がかかり、費用は約40億円だったということです。
市の担当者は「多くの人に使ってもらいたい。安全な通行のために点検も続けていく」と話しています。
関連ニュース
市議会　橋の名前を募集へ3月20日 18時00分
川沿いの公園　春に再整備3月12日 12時00分
アクセスランキング
駅前の商店街で火事
週末は全国的に雨
"""


def test_a_japanese_page_is_read_by_its_characters_and_ends_at_its_related_box() -> None:
    article = read_text_dump(_JAPANESE)
    assert article.title == "市の新しい橋が完成　通勤時間が短縮へ"
    assert "通勤の時間が十分ほど短くなる" in article.body and "点検も続けていく" in article.body
    assert "名前を募集" not in article.body and "商店街で火事" not in article.body


_HINDI = """होम
देश
शहर
नगर परिषद ने नदी पर नया पुल खोला, लोगों का सफर आसान हुआ
सुनीता वर्मा, भोपाल
प्रकाशित: 2 अप्रैल 2025
नगर परिषद ने मंगलवार को नदी पर बने नए पुल को आम लोगों के लिए खोल दिया। इससे दोनों किनारों के गांवों के बीच की दूरी काफी कम हो गई है।
परिषद के अध्यक्ष ने कहा कि पुल का निर्माण तीन साल में पूरा हुआ और इस पर लगभग चालीस करोड़ रुपये खर्च हुए।
स्थानीय लोगों ने बताया कि अब उन्हें बाजार और अस्पताल तक पहुंचने में आधा समय लगेगा।
टैग: पुल नगर परिषद भोपाल
संबंधित खबरें
शहर में नई बस सेवा शुरू 28 मार्च 2025
नदी किनारे पार्क का काम अधूरा 20 मार्च 2025
"""


def test_a_hindi_page_ends_at_its_tags_and_related_box() -> None:
    article = read_text_dump(_HINDI)
    assert article.title == "नगर परिषद ने नदी पर नया पुल खोला, लोगों का सफर आसान हुआ"
    assert "आधा समय लगेगा" in article.body
    assert "बस सेवा" not in article.body and "पार्क का काम" not in article.body


_GALLERY = """Town News
In pictures: the harbour festival returns
By Jane Roe
The harbour festival came back on Saturday after two years away, and the quay was full until late.
Organisers said the boats would sail again next summer, weather and money allowing, and thanked the crews.
1 of 3
Children paint the old lighthouse on a long sheet of paper by the water.
Photo: Town News
2 of 3
The brass band plays on the deck of the ferry as it leaves the pier.
Photo: Town News
3 of 3
Fireworks over the harbour close the night, as they did before the storm.
Photo: Town News
The town council paid for most of the festival, and local shops gave the rest of the money for it.
"""


def test_a_gallerys_captions_stay_in_the_story_and_its_counters_go() -> None:
    article = read_text_dump(_GALLERY)
    assert "brass band plays on the deck" in article.body and "Fireworks over the harbour" in article.body
    assert "1 of 3" not in article.body and "2 of 3" not in article.body


def test_one_fraction_alone_is_no_gallery() -> None:
    assert counted(["The score", "2/5", "A line."]) == (set(), set())
    counters, _ = counted(["1 of 3", "a", "2 of 3", "b", "3 of 3", "c"])
    assert counters == {0, 2, 4}


_STORY = [
    "The harbour festival came back on Saturday after two years away, and the quay was full until late.",
    "Organisers said the boats would sail again next summer, weather and money allowing, and thanked the crews.",
    "The town council paid for most of the festival, and local shops gave the rest of the money for it.",
]


def test_a_saved_gallerys_captions_come_back_beside_their_counters() -> None:
    slides = "".join(
        f"<div class='slide'><img src='p{k}.jpg' alt=''><div class='meta'><span>{k} of 3</span>"
        f"<p class='cap'>{cap}</p><p class='credit'>Photo: Town News</p></div></div>"
        for k, cap in enumerate(
            [
                "Children paint the old lighthouse on a long sheet of paper by the water.",
                "The brass band plays on the deck of the ferry as it leaves the pier.",
                "Fireworks over the harbour close the night, as they did before the storm.",
            ],
            1,
        )
    )
    page = (
        "<html lang='en'><head><title>In pictures: the harbour festival returns</title></head><body>"
        "<article><h1>In pictures: the harbour festival returns</h1>"
        f"<p>{_STORY[0]}</p><p>{_STORY[1]}</p><div class='gallery'>{slides}</div><p>{_STORY[2]}</p>"
        "</article></body></html>"
    )
    body = read_html(page).body
    assert all(s in body for s in _STORY)
    assert "brass band plays on the deck" in body


def test_a_comment_thread_set_as_text_between_line_breaks_goes_whole() -> None:
    paras = "".join(f"<p>{s}</p>" for s in _STORY)
    page = (
        "<html><body><table><tr><td>" + paras + "</td></tr>"
        "<tr><td><b>Comments (2)</b><br><br><span>harbourfan - 2025.04.02 12:47</span><br>"
        "What a night it was for all of us.<br><br><span>old sailor - 2025.04.02 15:02</span><br>"
        "Next year the band should play longer.<br></td></tr></table></body></html>"
    )
    text = _after_threads_dropped(page)
    assert all(s in text for s in _STORY)
    assert "What a night" not in text and "play longer" not in text


@pytest.mark.parametrize("heading", ["3 comentarii", "2 hozzászólások", "3 تعليقات", "2 コメント"])
def test_a_saved_pages_comment_heading_counted_before_its_word_opens_a_thread(heading: str) -> None:
    paras = "".join(f"<p>{s}</p>" for s in _STORY)
    page = (
        f"<html><body><article>{paras}</article><section><h3>{heading}</h3>"
        "<div><b>reader_7</b> <span>2025-04-02 10:15</span><p>A line a reader wrote under the story.</p></div>"
        "<div><b>M. K.</b> <span>2025-04-02 11:40</span><p>Another reader answered with a second line.</p></div>"
        "</section></body></html>"
    )
    text = _after_threads_dropped(page)
    assert all(s in text for s in _STORY)
    assert "a reader wrote" not in text and "second line" not in text


def _after_threads_dropped(page: str) -> str:
    """The page's text once its comment threads are dropped."""
    tree = lxml.html.document_fromstring(page)
    drop_comment_threads(tree)
    return str(tree.text_content())
