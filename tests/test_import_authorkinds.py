"""Writers named where a copied page's script or layout puts them.

Fixtures in the project's own words: a Japanese story whose last paragraph closes on its writer in
brackets, a Korean byline running into its date labels, a Tamil reporter's label, a Vietnamese writer
signing under a story whose caption credits the same person's photo, and a German desk in the header
over a story whose closing credits line names the writer.
"""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, TAIL, dump

JA_HEADLINE = "市立図書館、夜間開館を試行　平日は午後9時まで"
JA_LEAD = "市教育委員会は、市立図書館の開館時間を平日に限って午後9時まで延ばす試みを来月から始めると発表した。" * 2
JA_MORE = "仕事帰りの利用者から要望が多かったといい、利用状況を見ながら来年度以降の本格実施を検討する。" * 2
JA_TEASERS = [
    "この記事を印刷する",
    "この日のほかのニュース",
    "・駅前の再開発、来月に着工（5/2）",
    "・市民マラソンの参加者を募集（5/1）",
]


def test_a_japanese_story_closing_on_its_writer_in_brackets_after_its_last_sentence() -> None:
    last = "市の担当者は「多くの人に使ってもらえれば」と話している。（野々村彩）"
    text = dump(MENU, [JA_HEADLINE, "2024年5月2日", JA_LEAD, JA_MORE, last], JA_TEASERS, TAIL)
    assert read_text_dump(text).authors == ("野々村彩",)


def test_a_closing_note_in_brackets_is_no_writer() -> None:
    last = "市の担当者は「多くの人に使ってもらえれば」と話している。（敬称略）"
    text = dump(MENU, [JA_HEADLINE, "2024年5月2日", JA_LEAD, JA_MORE, last], JA_TEASERS, TAIL)
    assert read_text_dump(text).authors == ()


KO_HEADLINE = "도심 공원 야간 개방 시간 연장…시민 의견 반영"
KO_LEAD = "시는 다음 달부터 도심 공원 세 곳의 야간 개방 시간을 밤 11시까지 늘린다고 밝혔습니다. " * 2
KO_MORE = "시민들의 요청이 많았던 만큼 조명과 안전 요원도 함께 늘릴 계획이라고 설명했습니다. " * 2


def test_a_korean_byline_running_into_its_posted_and_modified_labels() -> None:
    byline = "박지훈 기자 입력 2024.05.02 (10:32) 수정 2024.05.02 (11:05) 3시간 전"
    text = dump(MENU, [KO_HEADLINE, byline, "공유하기", KO_LEAD, KO_MORE], TAIL)
    assert read_text_dump(text).authors == ("박지훈",)


def test_a_tamil_reporters_label_before_the_name() -> None:
    headline = "மாநகராட்சி புதிய பூங்காவை திறந்தது"
    lead = "மாநகராட்சி புதிய பூங்காவை இன்று காலை திறந்து வைத்தது. " * 3
    more = "பூங்காவில் நடைபாதை, விளையாட்டு மைதானம் மற்றும் இருக்கைகள் அமைக்கப்பட்டுள்ளன. " * 3
    byline = "செய்தியாளர்: எஸ். முருகன் | Updated: 3 May 2024, 9:10 am"
    text = dump(MENU, [headline, byline, lead, more], TAIL)
    assert read_text_dump(text).authors == ("எஸ். முருகன்",)


VI_LEAD = "Thành phố đã khánh thành cây cầu mới bắc qua sông vào sáng nay, rút ngắn đường đi cho hàng nghìn người dân."
VI_MORE = "Theo ban quản lý dự án, cây cầu dài hơn 400 mét và được xây dựng trong gần hai năm với tổng vốn lớn."
VI_LAST = (
    "Chính quyền địa phương cho biết sẽ tiếp tục cải tạo các tuyến đường dẫn vào cầu trong năm tới để giảm ùn tắc."
)


def test_a_vietnamese_writer_signing_under_the_story_whose_caption_credits_the_writers_photo() -> None:
    caption = "Người dân đi bộ trên cây cầu mới trong ngày khánh thành. Ảnh: Quang Huy"
    story = ["Cầu mới bắc qua sông được khánh thành", "Thứ năm, 2/5/2024, 10:20 (GMT+7)", VI_LEAD, caption]
    story += [VI_MORE, VI_LAST, "Quang Huy", "Tags: cầu giao thông đô thị"]
    text = dump(MENU, story, TAIL)
    assert read_text_dump(text).authors == ("Quang Huy",)


DE_LEAD = (
    "Die Stadtwerke haben am Montag das neue Blockheizkraftwerk am Hafen in Betrieb genommen, nach zwei Jahren Bauzeit."
)
DE_MORE = "Das Kraftwerk soll künftig rund dreitausend Haushalte mit Wärme versorgen und den Ausstoß deutlich senken."
DE_LAST = (
    "Im Herbst folgt ein Tag der offenen Tür, an dem Besucher die Anlage von innen besichtigen können, "
    "so die Stadtwerke."
)


def test_a_desk_in_the_header_gives_way_to_the_writer_the_closing_credits_name() -> None:
    header = ["Neues Kraftwerk am Hafen geht ans Netz", "Geschrieben von: Redaktion", "Veröffentlicht: 6. Mai 2024"]
    story = [DE_LEAD, DE_MORE, DE_LAST, "Text: Lena Vogt / Fotos: Stadtwerke Nord", "Energie", "Hafen"]
    text = dump(MENU, header, story, TAIL)
    assert read_text_dump(text).authors == ("Lena Vogt",)
