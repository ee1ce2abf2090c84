"""An Arabic byline run into its date's labels, and a Vietnamese writer signing under the story.

Fixtures in the project's own words: "بقلم" (by) and "نُشر في" (published on) with the age the page
prints after the date, and a Vietnamese name alone under the last paragraph, over the story's tags.
"""

from __future__ import annotations

from briefkit.importer.metaparts import meta_parts
from briefkit.importer.textdump import read_text_dump
from storytexts import MENU, TAIL, dump

AR_HEADLINE = "البلدية تفتتح حديقة عامة جديدة في وسط المدينة"
AR_STORY = [
    "افتتحت البلدية صباح اليوم حديقة عامة جديدة في وسط المدينة، تضم ممرات للمشي وملاعب للأطفال ومساحات خضراء واسعة.",
    "وقال رئيس البلدية إن الحديقة ستفتح أبوابها يومياً من السادسة صباحاً حتى العاشرة مساءً طوال أيام الأسبوع.",
    "وأضاف أن المشروع استغرق عامين من العمل، وأن البلدية تخطط لافتتاح حديقتين أخريين في الأحياء الشرقية.",
]
AR_BYLINE = "بقلم ليلى منصور نُشر في: الثلاثاء 4 مارس 2025 - 09:15 منذ 2 ساعات آخر تحديث: 4 مارس 2025 - 11:40"


def test_the_arabic_byline_ends_at_the_dates_label() -> None:
    assert meta_parts(AR_BYLINE)[0] == "بقلم ليلى منصور"


def test_an_arabic_byline_run_into_its_dates() -> None:
    article = read_text_dump(dump(MENU, [AR_HEADLINE, AR_BYLINE, *AR_STORY], TAIL))
    assert article.authors == ("ليلى منصور",)
    assert str(article.published)[:10] == "2025-03-04"


VI_HEADLINE = "Thành phố mở thêm tuyến xe buýt nối sân bay với trung tâm"
VI_STORY = [
    "Thứ hai, 03/03/2025 - 08:00",
    "Từ tháng sau, hành khách có thể đi xe buýt từ sân bay vào trung tâm thành phố với giá vé thấp hơn taxi.",
    "Theo sở giao thông, tuyến mới chạy mỗi 20 phút từ năm giờ sáng đến mười một giờ đêm, dừng ở tám điểm.",
    "Nhiều người dân cho biết họ mong tuyến xe sẽ giúp giảm tình trạng kẹt xe vào giờ cao điểm ở cửa ngõ sân bay.",
    "Sở giao thông cho biết sẽ theo dõi số lượng khách trong ba tháng đầu để điều chỉnh tần suất chạy xe cho phù hợp.",
]


def test_a_vietnamese_name_signing_under_the_story() -> None:
    # "Minh" is also a word of the language ("chứng minh"): the name's syllables inside the story tell no one
    story = [
        *VI_STORY[:3],
        "Người dân sẽ phải chứng minh nơi ở để mua vé tháng với giá ưu đãi dành cho cư dân.",
        *VI_STORY[3:],
    ]
    lines = [VI_HEADLINE, *story, "Trần Minh Khoa", "Từ khóa: xe buýt sân bay giao thông công cộng thành phố"]
    assert read_text_dump(dump(MENU, lines, TAIL)).authors == ("Trần Minh Khoa",)


def test_a_vietnamese_name_the_story_speaks_of_is_not_its_writer() -> None:
    story = [
        *VI_STORY[:3],
        "Ông Trần Minh Khoa, giám đốc sở, cho biết tuyến xe sẽ được mở rộng vào năm sau.",
        *VI_STORY[3:],
    ]
    lines = [VI_HEADLINE, *story, "Trần Minh Khoa", "Từ khóa: xe buýt sân bay giao thông công cộng thành phố"]
    assert read_text_dump(dump(MENU, lines, TAIL)).authors != ("Trần Minh Khoa",)
