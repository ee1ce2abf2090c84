"""Date lines of languages the readers learnt last, and a date line that is no page's date.

Bengali (its months and its "প্রকাশ" label, `scriptdates`), Swahili and Georgian (their months,
`regionalcalendar`), the Solar Hijri calendar of Persian news (`solarhijri`), and an obituary's days of a
life printed under its headline (`datelabels.LIFE_DATES`). The dumps are written for these tests.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from briefkit.importer.dates import find_date
from briefkit.importer.solarhijri import to_gregorian
from briefkit.importer.textdump import read_text_dump


def _dump(head: list[str], headline: str, under: list[str], paragraphs: list[str], tail: list[str]) -> str:
    return "\n".join([*head, headline, *under, "", *[p + "\n" for p in paragraphs], *tail])


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("প্রকাশ: ০৩ মার্চ ২০২৪, ০৮: ৪৫", datetime(2024, 3, 3, 8, 45)),  # Bengali figures and month, a spaced hour
        ("শুক্রবার, ১৭ নভেম্বর ২০২৩", date(2023, 11, 17)),  # a weekday before
        ("১১ জানুয়ারি ২০২২", date(2022, 1, 11)),  # "য়" as one character
        ("১১ জানুয\u09bcারি ২০২২", date(2022, 1, 11)),  # and as "য" with its nukta
        ("Julai 9, 2023", date(2023, 7, 9)),  # Swahili
        ("Ijumaa, Septemba 1, 2023", date(2023, 9, 1)),
        ("3 ნოემბერი, 2022", date(2022, 11, 3)),  # Georgian, the nominative
        ("3 ნოემბრის 2022", date(2022, 11, 3)),  # and the genitive
        ("۲۵ اسفند ۱۴۰۱", date(2023, 3, 16)),  # Solar Hijri
        ("یکشنبه 1 فروردین 1400 - 10:00", datetime(2021, 3, 21, 10, 0)),
    ],
)
def test_date_lines_of_more_languages(line: str, expected: date) -> None:
    assert find_date(line) == expected


def test_solar_hijri_days_around_the_new_year_and_a_leap_year() -> None:
    assert to_gregorian(1402, 1, 1) == date(2023, 3, 21)
    assert to_gregorian(1403, 12, 30) == date(2025, 3, 20)  # 1403 is a leap year: its Esfand has 30 days
    assert to_gregorian(1402, 12, 30) is None  # 1402 is not
    assert to_gregorian(1402, 7, 31) is None  # the second half's months have 30 days


def test_a_month_name_alone_is_no_date() -> None:
    # "دی" (a month) and "مهر" (a month, and kindness) beside a figure but without a year: no day is read
    assert find_date("۳ دی در راه است") is None
    assert find_date("Machi ni mwezi wa tatu") is None


def test_a_bengali_page_is_dated_by_its_label() -> None:
    paragraphs = [
        "শহরের নতুন সেতুর কাজ আজ সকালে শুরু হয়েছে। স্থানীয় মানুষ অনেক দিন ধরে এই সেতুর জন্য অপেক্ষা করছিলেন।",
        "প্রকল্পের প্রধান প্রকৌশলী বলেছেন, দুই বছরের মধ্যে কাজ শেষ হবে এবং নদী পার হতে সময় অনেক কমবে।",
        "বাজারের ব্যবসায়ীরা আশা করছেন, সেতু চালু হলে পণ্য আনা নেওয়া সহজ হবে এবং খরচও কমে আসবে।",
        "তবে কয়েকজন বাসিন্দা জানিয়েছেন, নির্মাণের সময় রাস্তায় যানজট বাড়তে পারে বলে তাঁরা চিন্তিত।",
    ]
    dump = _dump(
        ["প্রচ্ছদ", "দেশ", "বিশ্ব", "খেলা", "বিনোদন", "দেশ / নগর"],
        "নদীর ওপর নতুন সেতুর নির্মাণকাজ শুরু",
        ["নিজস্ব সংবাদদাতা", "প্রকাশ: ০৩ মার্চ ২০২৪, ০৮: ৪৫ আপডেট: ০৩ মার্চ ২০২৪, ১২: ১০"],
        paragraphs,
        ["আরও পড়ুন", "সব খবর", "© ২০২৪ নগর বার্তা"],
    )
    assert read_text_dump(dump).published == datetime(2024, 3, 3, 8, 45)


def test_a_swahili_page_is_dated_by_the_line_under_its_headline() -> None:
    paragraphs = [
        "Wakulima wa kahawa katika wilaya hiyo wamepata bei nzuri msimu huu baada ya mvua za kutosha kunyesha.",
        "Mwenyekiti wa chama cha ushirika alisema mavuno yameongezeka kwa karibu theluthi moja kuliko mwaka jana.",
        "Hata hivyo baadhi ya wakulima walilalamika kuhusu gharama ya usafiri kutoka mashambani hadi sokoni.",
        "Serikali ya wilaya imeahidi kukarabati barabara tatu kabla ya msimu ujao wa mavuno kuanza rasmi.",
    ]
    dump = _dump(
        ["Nyumbani", "Habari", "Michezo", "Biashara", "Tafuta", "Kilimo"],
        "Wakulima wa kahawa wafurahia bei mpya sokoni",
        ["Septemba 12, 2023", "Imesasishwa: Septemba 14, 2023", "Na Amina Saidi"],
        paragraphs,
        ["Habari Zinazohusiana", "Bei ya mahindi yashuka Septemba 2, 2023", "Mvua zaleta hasara Agosti 28, 2023"],
    )
    assert read_text_dump(dump).published == date(2023, 9, 12)


def test_a_persian_page_is_dated_by_its_solar_hijri_day_not_the_masthead() -> None:
    paragraphs = [
        "شهرداری اعلام کرد که کار ساخت پارک تازه در شمال شهر از هفته آینده آغاز می‌شود و یک سال طول می‌کشد.",
        "به گفته معاون شهردار، این پارک زمین بازی کودکان، مسیر دوچرخه و یک کتابخانه کوچک خواهد داشت.",
        "ساکنان محله از این خبر استقبال کردند اما خواستند که درختان قدیمی منطقه حفظ شوند.",
        "هزینه این طرح از بودجه سال آینده شهرداری پرداخت خواهد شد و پیمانکار آن هنوز انتخاب نشده است.",
    ]
    dump = _dump(
        ["سه‌شنبه ۲۲ اسفند ۱۴۰۲ - Mar 12, 2024", "صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی"],
        "ساخت پارک تازه در شمال شهر آغاز می‌شود",
        ["دوشنبه ۲۱ اسفند ۱۴۰۲ - ۱۴:۲۰", "کد خبر: ۵۵۱۲"],
        paragraphs,
        ["اخبار مرتبط", "© ۱۴۰۲ خبرگزاری شهر"],
    )
    assert read_text_dump(dump).published == datetime(2024, 3, 11, 14, 20)


def test_an_obituarys_days_of_a_life_do_not_date_the_page() -> None:
    paragraphs = [
        "Walter Penhale, who ran the ferry across the estuary for almost forty years, has died at the age of 88.",
        "He took over the crossing from his father in 1961 and missed only a handful of sailings in all that time.",
        "Passengers remember him for his weather forecasts, which he gave whether or not anyone had asked for one.",
        "He leaves a daughter, Ruth, who said the town had lost the man who knew every tide by heart.",
    ]
    dump = _dump(
        ["Home", "News", "Sport", "Obituaries"],
        "Walter Penhale, estuary ferryman for four decades, dies at 88",
        ["Walter James Penhale, born 2 February 1936; died 30 March 2024", "By Clare Notley 4 April 2024, 9:10am"],
        paragraphs,
        ["More obituaries", "© 2024 The Estuary Gazette"],
    )
    assert read_text_dump(dump).published == datetime(2024, 4, 4, 9, 10)


def test_an_update_counted_back_over_the_headline_leaves_the_date_further_up() -> None:
    # a running page: its date stands over a summary of points, and "Updated 3 minutes ago" over the post read
    # as the headline dates only the last change, not the page: the date further up is still the page's
    paragraphs = [
        "The harbour master said the outer breakwater had taken the worst of the swell overnight and would be "
        "inspected once the wind drops below gale force this afternoon.",
        "Ferry crossings to the islands remain suspended, and the operator expects to publish a revised timetable "
        "for the rest of the week by early evening.",
        "Residents of the lower town were asked to keep clear of the seafront, where spray has been thrown over "
        "the railings since first light.",
    ]
    under = ["Share", "Earlier updates", *paragraphs]
    head = [
        "Home", "News", "Weather", "LIVE", "Gales close the harbour as ferries stay in port",
        "Ferries to the islands cancelled until at least Thursday", "Seafront closed to walkers",
        "Mara Quill and Tobias Wren", "Mon 4 Mar 2024 09.30 GMT", "Share this page",
        "Spray over the railings at the lower town on Monday morning. Photograph: Staff",
        "Key events", "09.30 GMT Harbour master to inspect breakwater", "Live feed Updated 3 minutes ago",
        "09.30 GMT",
    ]  # fmt: skip
    dump = _dump(
        head,
        "Harbour master to inspect breakwater once the wind drops",
        [],
        under,
        ["Most read", "© 2024 The Coast Daily"],
    )
    published = read_text_dump(dump).published
    assert published is not None
    assert published.isoformat().startswith("2024-03-04")
