"""The page's foot under a copied story, in the shapes and scripts the story's end once ran into: a lone tags
label over its tags one a line, the related and comment headings of Tamil pages, a Japanese page's print and
back-to-the-list row, a Chinese paper's editor line and bracketed copyright notice, the heading over a site's
legal pages, a pager's arrowed buttons, a newsletter issue's sponsor and a messenger channel's call in Hindi.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer import boilerplate, pagedata, smallprint
from briefkit.importer.textdump import read_text_dump


def _body(*lines: str) -> str:
    return read_text_dump("\n".join(lines) + "\n").body


_THAI_STORY = (
    "การท่าเรือประกาศเปิดท่าเรือข้ามฟากแห่งใหม่ริมแม่น้ำเจ้าพระยาในวันจันทร์หน้า หลังปรับปรุงมานานกว่าหนึ่งปี",
    "",
    "ผู้อำนวยการท่าเรือระบุว่า ท่าใหม่รองรับผู้โดยสารได้วันละสองหมื่นคน และมีทางลาดสำหรับรถเข็นทุกจุด",
    "",
    "ชาวบ้านริมน้ำส่วนใหญ่พอใจกับการเปิดท่าครั้งนี้ แต่บางส่วนกังวลเรื่องที่จอดรถที่ยังมีไม่เพียงพอในช่วงเช้า",
    "",
    "การท่าเรือจะเพิ่มเที่ยวเรือในชั่วโมงเร่งด่วนอีกสี่เที่ยว และจะประเมินผลอีกครั้งเมื่อครบสามเดือน",
    "",
)


def test_a_lone_tags_label_over_its_tags_ends_the_story_before_the_writers_box() -> None:
    assert pagedata.is_filing_line("แท็ก") and pagedata.is_filing_line("Etiketler")
    assert not pagedata.is_filing_line("Temas")  # topics alone are a story's subheading too: the colon tells
    body = _body(
        "หน้าแรก",
        "ข่าว",
        "การเมือง",
        "ท่าเรือข้ามฟากแห่งใหม่เปิดบริการวันจันทร์หน้า",
        "ผู้เขียน: สมชาย ใจงาม",
        "3 มี.ค. 2569 - 10:15 น.",
        "",
        *_THAI_STORY,
        "แท็ก",
        "ท่าเรือ",
        "เรือข้ามฟาก",
        "สมชาย ใจงาม",
        "ผู้สื่อข่าวสายคมนาคม ติดตามเรื่องการเดินทางทางน้ำมากว่าสิบปี",
        "ข่าวที่เกี่ยวข้อง",
        "ค่าโดยสารเรือด่วนปรับขึ้นสองบาท",
        "สะพานข้ามแม่น้ำแห่งใหม่เริ่มก่อสร้าง",
    )
    assert "จะประเมินผลอีกครั้งเมื่อครบสามเดือน" in body
    assert "ผู้สื่อข่าวสายคมนาคม" not in body
    assert "เรือข้ามฟาก\n" not in body + "\n"


_TAMIL_STORY = (
    "நகரின் புதிய படகுத் துறை அடுத்த திங்கள்கிழமை முதல் பயணிகளுக்குத் திறக்கப்படும் என்று துறைமுக அலுவலகம் தெரிவித்தது.",
    "",
    "ஒரு நாளைக்கு இருபதாயிரம் பயணிகள் வரை இந்தத் துறையைப் பயன்படுத்த முடியும் என்று அதிகாரிகள் கூறினர்.",
    "",
    "கரையோர மக்கள் இந்த முடிவை வரவேற்றாலும், வாகன நிறுத்தும் இடம் போதாது என்று சிலர் கவலை தெரிவித்தனர்.",
    "",
    "மூன்று மாதங்களுக்குப் பிறகு சேவையின் நிலை மீண்டும் ஆய்வு செய்யப்படும் என்று அலுவலகம் கூறியது.",
    "",
)


def test_a_tamil_pages_tags_related_stories_and_comments_are_not_the_story() -> None:
    body = _body(
        "முகப்பு",
        "செய்திகள்",
        "புதிய படகுத் துறை திங்கள்கிழமை திறப்பு",
        "எழுதியவர்: க. ராமன்",
        "3 மார்ச் 2025",
        "",
        *_TAMIL_STORY,
        "குறிச்சொற்கள்: படகு துறைமுகம்",
        "தொடர்புடைய செய்திகள்",
        "பேருந்து கட்டணம் உயர்வு",
        "புதிய பாலம் கட்டுமானம் தொடக்கம்",
        "வாசகர் கருத்துகள்",
        "முருகன், அடையாறு 2 மணி நேரத்துக்கு முன்",
        "எங்கள் பகுதிக்கும் ஒரு படகுத் துறை வேண்டும் என்று பல ஆண்டுகளாகக் கேட்டு வருகிறோம்.",
    )
    assert "மீண்டும் ஆய்வு செய்யப்படும்" in body
    assert "பேருந்து கட்டணம்" not in body
    assert "பல ஆண்டுகளாகக் கேட்டு வருகிறோம்" not in body


def test_a_japanese_pages_print_row_and_the_days_other_news_end_the_story() -> None:
    body = _body(
        "ホーム\tニュース\tスポーツ",
        "ホーム > ニュース > 地域",
        "渡し船の新しい乗り場、来週月曜に開業",
        "2025年3月3日（月）　掲載",
        "",
        "市港湾課は2日、川沿いに整備していた渡し船の新しい乗り場を来週月曜に開業すると発表した。一日に約2万人が利用できる。",
        "",
        "乗り場には車いす用のスロープが設けられ、朝の通勤時間帯には便数を増やす。市は3か月後に利用状況を検証する。",
        "",
        "近くに住む男性（68）は「待ち時間が短くなれば助かる」と話した。駐車場が足りないとの声もある。（山田花子）",
        "この記事を印刷する　ニュース一覧へ戻る",
        "この日のほかのニュース",
        "・市立図書館、夜間開館を試行（3/2）",
        "・港の朝市、今年も始まる（3/1）",
        "掲載記事・写真の無断転載を禁じます。",
    )
    assert "駐車場が足りないとの声もある" in body
    assert "印刷する" not in body
    assert "無断転載" not in body


def test_a_chinese_papers_editor_line_and_bracketed_copyright_notice_are_not_the_story() -> None:
    assert pagedata.is_page_data("责任编辑：王小红")
    assert not pagedata.is_page_data("编辑：这个决定让很多人感到意外。")  # a sentence after the label
    body = _body(
        "首页 | 新闻 | 财经",
        "当前位置：首页 > 新闻 > 本地",
        "新渡口下周一启用 每天可接待两万名乘客",
        "2025-03-03 09:20:00 来源：滨江日报 作者：本报记者 陈明",
        "",
        "3月2日，市港务部门宣布，江边新建的渡口将于下周一正式启用。新渡口每天可接待约两万名乘客。",
        "",
        "据介绍，新渡口设有无障碍坡道，早高峰时段将增加四个班次。港务部门表示，三个月后将评估运营情况。",
        "",
        "附近居民对此表示欢迎，但也有人担心停车位不足。有关部门表示，将在周边增设临时停车场。",
        "",
        "责任编辑：王小红",
        "【版权声明】凡本网注明“来源：滨江网”的作品，版权均属本网所有，未经授权不得转载。",
        "相关阅读",
        "公交线路调整方案公布",
    )
    assert "将在周边增设临时停车场" in body
    assert "王小红" not in body
    assert "版权声明" not in body


_LONG_STORY = (
    "The town's swimming pool will close for two years from September for a full renovation, the council said.",
    "",
    "Built in the seventies, the pool takes some two hundred thousand visits a year, but its boilers and pipes are worn.",
    "",
    "The plan adds an outdoor basin heated all year and solar panels on the roof, at a cost of nineteen million.",
    "",
    "Swimming clubs will share the pools of two nearby towns while the work lasts, with a bus laid on for schools.",
    "",
    "The opposition voted against, saying the timetable was too tight and an extension would have cost less.",
    "",
)
_LEGAL_PARAGRAPHS = (
    "The site is published by a company with a capital of one million euros, registered in the trade register of "
    "the town, whose office stands in the main square; its publisher is the chairman of its board.",
    "",
    "Any copying, showing, changing, publishing or sending of all or part of the site or its content, by any means "
    "and on any medium, is forbidden without the publisher's written leave.",
    "",
    "Under the data protection rules you may see, correct, erase or move the data held on you, and object to its "
    "use, by writing to the publisher's data officer at the address above.",
    "",
    "Comments posted on the site are the sole responsibility of those who write them; the publisher may remove any "
    "that break the law or the house rules without notice.",
    "",
)


def test_the_heading_over_the_sites_legal_pages_ends_the_story_whatever_prose_follows() -> None:
    assert smallprint.is_legal_heading("Mentions légales")
    assert smallprint.is_legal_heading("Estatuto Editorial e Ficha Técnica")
    assert not smallprint.is_legal_heading("Legal notice served on the landlord")
    body = _body(
        "Home",
        "News",
        "Sport",
        "Town pool to close for two years",
        "By Clara Dunmore",
        "4 February 2023",
        "",
        *_LONG_STORY,
        "Legal notice",
        *_LEGAL_PARAGRAPHS,
    )
    assert "an extension would have cost less" in body
    assert "trade register" not in body
    assert "sole responsibility" not in body


def test_a_pagers_arrowed_buttons_are_furniture() -> None:
    for line in ("< Anterior", "Seguinte >", "« Previous", "Next »", "← Précédent", "Suivant →"):
        assert boilerplate.is_interface_line(line), line
    assert not boilerplate.is_interface_line("Next")  # the word alone is a story's subheading as often
    body = _body(
        "Home",
        "News",
        "Town pool to close for two years",
        "By Clara Dunmore",
        "4 February 2023",
        "",
        *_LONG_STORY,
        "< Previous",
        "Next >",
        "Most read",
        "Library opens on Sundays",
        "Imprint and Privacy policy",
        *_LEGAL_PARAGRAPHS,
    )
    assert "an extension would have cost less" in body
    assert "Previous" not in body and "trade register" not in body


def test_a_newsletter_issues_sponsor_paragraph_is_not_the_letter() -> None:
    body = _body(
        "Home",
        "Archive",
        "About",
        "The week the tide tables changed",
        "By Ossian Pell",
        "Mar 3, 2025",
        "",
        "The harbour board published new tide tables on Monday, and for once the change matters to everyone on the quay.",
        "",
        "This issue is brought to you by Tidewise. Check every tide, every berth and every lock in one app. "
        "Readers of this letter get a month free with the code below.",
        "",
        "The board moved the reference point twenty metres seaward, which shifts every high water by about four minutes.",
        "",
        "Skippers who time the lock to the minute will want to print the new tables before the weekend.",
        "",
        "That is all for this week. Reply to this email if your boat was caught out by the change.",
    )
    assert "Tidewise" not in body
    assert "shifts every high water" in body


def test_a_messenger_channels_call_in_hindi_is_not_the_story() -> None:
    body = _body(
        "होम",
        "देश",
        "राज्य",
        "नदी पर नया घाट सोमवार से खुलेगा",
        "रिपोर्ट: अमित वर्मा",
        "प्रकाशित: 3 मार्च 2025, 10:15 AM IST",
        "",
        "शहर में नदी किनारे बना नया घाट सोमवार से लोगों के लिए खोल दिया जाएगा। नगर निगम ने रविवार को यह जानकारी दी।",
        "",
        "निगम के अधिकारियों ने बताया कि घाट पर रोज़ करीब बीस हज़ार लोग आ सकेंगे और वहां रैंप भी बनाया गया है।",
        "",
        "आसपास के लोगों ने फैसले का स्वागत किया, लेकिन कुछ ने पार्किंग की कमी पर चिंता जताई।",
        "",
        "ताज़ा खबरें सबसे पहले पढ़ने के लिए हमारे WhatsApp चैनल से जुड़ें।",
        "",
        "और खबरें",
        "बस किराया बढ़ा",
    )
    assert "पार्किंग की कमी पर चिंता जताई" in body
    assert "WhatsApp" not in body


def test_a_paywalls_share_of_the_piece_unread_and_a_subscribers_gift_are_page_calls() -> None:
    for line in (
        "Il vous reste 64.8% de cet article à lire. La suite est réservée aux abonnés.",
        "You have 55% of this article left to read.",
        "Abonnee? Geef dit artikel cadeau aan iemand zonder abonnement.",
        "Subscribers can gift this article to a friend.",
    ):
        assert boilerplate.is_interface_line(line), line
    for line in (
        "Only 40% of the article was read by the panel, the study found, which surprised its authors.",
        "She decided to give this story to a friend who edits a small magazine in the north.",
    ):
        assert not boilerplate.is_interface_line(line), line
    body = _body(
        "Accueil",
        "International",
        "Le canal rouvre aux bateaux au printemps",
        "Par Léa Fournier",
        "Publié le 4 mars 2025 à 10h20",
        "",
        "Les écluses du canal, fermées depuis l'automne pour travaux, rouvriront aux bateaux de plaisance en avril.",
        "",
        "Les nouvelles portes, fabriquées dans un atelier de la région, ont été posées la semaine dernière.",
        "",
        "Les loueurs de bateaux, privés de clients depuis six mois, attendent la réouverture avec impatience.",
        "",
        "Il vous reste 64.8% de cet article à lire. La suite est réservée aux abonnés.",
    )
    assert "attendent la réouverture avec impatience" in body
    assert "64.8%" not in body


def test_a_call_to_follow_the_site_in_polish_is_furniture() -> None:
    assert boilerplate.is_interface_line("Dołącz do nas na Facebooku i bądź na bieżąco")
    assert boilerplate.is_interface_line("Obserwuj nas w mediach społecznościowych")
    assert not boilerplate.is_interface_line("Dołącz do nas w sobotę, mówili organizatorzy festynu w parku.")
