"""Copied pages in scripts that mark vowels with signs or write no spaces: the story and its headline found.

The lines are written for these tests: a Hindi page (whose words carry vowel signs and whose sentences end
on the danda) and a Japanese one (whose sentences are runs of characters, no spaces between the words).
"""

from __future__ import annotations

from briefkit.importer import storyspan, titlelines
from briefkit.importer.blocktext import count_words, letter_runs, words
from briefkit.importer.textdump import _units, read_text_dump


def test_a_word_keeps_its_vowel_signs() -> None:
    assert words("नगर निगम ने बजट पेश किया।") == ["नगर", "निगम", "ने", "बजट", "पेश", "किया"]
    assert letter_runs("नई सड़क") == ["नई", "सड़क"]
    assert count_words("市は3日、新しい図書館の計画を発表しました。") > 8


_HINDI = [
    "होम",
    "शहर",
    "खेल",
    "होम › शहर",
    "नगर निगम ने नई बस सेवा शुरू की, शहर के बाहरी इलाकों को मिलेगा फायदा",
    "पहले चरण में बीस बसें चलेंगी; किराया पुरानी दरों पर ही रहेगा और टिकट मोबाइल से भी मिलेगा",
    "अनिता वर्मा, भोपाल",
    "प्रकाशित: 9 मार्च 2025, 10:30 AM (IST)",
    "",
    "नगर निगम ने सोमवार को शहर के बाहरी इलाकों के लिए नई बस सेवा शुरू की, जिससे हजारों यात्रियों को रोज़ राहत मिलेगी।",
    "अधिकारियों ने बताया कि पहले चरण में बीस बसें चलेंगी और अगले साल तक इनकी संख्या दोगुनी कर दी जाएगी।",
    "यात्रियों ने कहा कि अब तक उन्हें काम पर पहुँचने के लिए दो बार वाहन बदलना पड़ता था, जिसमें समय और पैसा दोनों लगते थे।",
    "निगम के अनुसार बसों का किराया पुरानी दरों पर ही रहेगा और टिकट मोबाइल ऐप से भी खरीदे जा सकेंगे।",
    "",
    "संबंधित खबरें",
    "शहर में नई सड़क का काम शुरू",
]


def test_a_hindi_page_gets_its_headline_and_date() -> None:
    article = read_text_dump("\n".join(_HINDI))
    assert article.title == _HINDI[4]
    assert article.published is not None and article.published.date().isoformat() == "2025-03-09"


_JAPANESE = [
    "本文へ移動",
    "トップ",
    "社会",
    "経済",
    "市が新しい図書館の建設計画を発表　来年春に着工へ",
    "2025年3月9日 10時30分",
    "シェア",
    "市は9日、駅前に新しい図書館を建設する計画を発表しました。来年春に着工し、三年後の開館を目指すということです。",
    "新しい図書館には子ども向けの広い読書室や、学生が使える学習スペースが設けられる予定で、蔵書は現在の二倍になります。",
    "市の担当者は「誰もが気軽に立ち寄れる場所にしたい」と話していて、今後、住民の意見を聞く説明会を開くことにしています。",
    "建設にかかる費用はおよそ四十億円で、市は国の補助金を活用するとしています。",
    "関連ニュース",
    "アクセスランキング",
]


def test_a_japanese_page_gets_its_story_and_headline() -> None:
    units = _units("\n".join(_JAPANESE))
    span = storyspan.locate(units)
    assert span is not None and span.headline == _JAPANESE[4]
    article = read_text_dump("\n".join(_JAPANESE))
    assert article.title == _JAPANESE[4]
    assert article.published is not None and article.published.date().isoformat() == "2025-03-09"


def test_a_caption_credited_in_more_languages_is_no_headline() -> None:
    for caption in (
        "Koulun piha on ollut tyhjä koko kesän. Kuva: Anna Virta",
        "Szkoła stoi pusta od wakacji. Zdjęcie: Jan Nowak",
        "校舎は夏から使われていない　写真：山田花子",
        "المدرسة مغلقة منذ الصيف الماضي. الصورة: سارة علي",
    ):
        assert not titlelines.title_shaped(caption), caption


_CHINESE = [
    "首页",
    "新闻",
    "地方",
    "市政府公布新公交线路计划　明年春季开通",
    "2025年3月9日 10:30",
    "市政府9日公布了新的公交线路计划，新线路将连接火车站和城市东部的工业园区，预计明年春季开通。",
    "根据计划，新线路全长约十八公里，沿途设置二十四个站点，高峰时段每八分钟一班。",
    "市交通局负责人表示，新线路开通后，东部园区职工的通勤时间有望缩短一半。",
    "不少市民对此表示欢迎，也希望夜间能够增加班次。",
    "热门推荐",
    "春天来了，这些地方的花都开了？",
    "一图读懂今年的城市建设重点……",
    "相关新闻",
    "老城区道路改造工程本月启动",
]


def test_a_chinese_page_ends_its_story_at_the_box_of_recommended_stories() -> None:
    body = read_text_dump("\n".join(_CHINESE)).body
    assert _CHINESE[5] in body and _CHINESE[8] in body
    assert "春天来了" not in body and "一图读懂" not in body and "老城区道路" not in body
