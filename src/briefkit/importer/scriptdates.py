"""Dates printed in scripts beyond the Latin, Greek and Cyrillic, made readable to `dates`.

News in Arabic, Persian, Urdu, Hindi, Bengali, Japanese, Chinese and Korean prints its dates with its
own digits ("١٨ فبراير ٢٠٢٥", "۲۸ ژانویه ۲۰۲۵", "१४ जनवरी २०२६", "৫ মার্চ ২০২৫"), its own month names
("14 जनवरी 2026", "18 فبراير 2025", "3 كانون الثاني 2025") or the characters for year, month and day
("2024年10月3日 18時42分", "2023년 8월 29일 오후 2:21"), and its own labels over them ("입력" and "수정", the
Korean entry and correction; "更新", "发布", "نشر", "آخر تحديث", "प्रकाशित", "अपडेटेड", the Bengali "প্রকাশ"
and "আপডেট": published and updated). `as_latin` writes
such a line as the readers in `dates` read the first eight languages: figures in ASCII, months and
weekdays in English, the CJK and Korean days in ISO order ("2024-10-03 18:42"), a day without its year
as "3 october", the morning and afternoon words as "am" and "pm", the labels as "published" and
"updated". A line of ASCII is given back untouched at the cost of one test, so the first eight
languages pay nothing.

Names are replaced only beside a figure (a month's name is a word of the language too: Persian
"مه" is May and mist, Hindi "मई" May). A Solar Hijri day ("۱۰ دی ۱۴۰۳") is turned Gregorian first
(`solarhijri`); the lunar Hijri calendar is not converted (the pages print the Gregorian day beside it).
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later, reaches
from briefkit.importer.monthnames import ENGLISH_DAYS, ENGLISH_MONTHS
from briefkit.importer.solarhijri import in_gregorian
from briefkit.importer.thaidates import thai_as_latin, thai_script

# the decimal digits of the scripts news is printed in: Arabic-Indic, Persian (Extended Arabic-Indic),
# Devanagari, Bengali, Gurmukhi, Gujarati, Tamil, Thai, fullwidth (Japanese and Chinese layouts)
_ZEROS = (0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0BE6, 0x0E50, 0xFF10)
_DIGITS = {zero + n: str(n) for zero in _ZEROS for n in range(10)}
# the punctuation a date uses in those scripts: the Arabic comma, fullwidth colon, comma, slash and brackets
_PUNCTUATION = {ord("،"): ",", ord("："): ": ", ord("，"): ",", ord("／"): "/", ord("（"): "(", ord("）"): ")"}
_TABLE = str.maketrans({**_DIGITS, **_PUNCTUATION})

# month names by number: Arabic (the Egyptian and Gulf names, the Levantine and Iraqi ones, the Maghreb's),
# Persian and Urdu (the Gregorian months), Hindi (with and without the nukta), Bengali (its "ি" and "ী" spellings;
# "য়" written either as one character or as "য" with its nukta: `_bengali_forms`)
_MONTHS: dict[int, str] = {
    1: "يناير كانون الثاني جانفي ژانویه ژانویهٔ جنوری जनवरी জানুয়ারি জানুয়ারী",
    2: "فبراير شباط فيفري فوریه فروری फ़रवरी फरवरी ফেব্রুয়ারি ফেব্রুয়ারী",
    3: "مارس آذار مارچ मार्च মার্চ",
    4: "أبريل ابريل إبريل نيسان أفريل آوریل اپریل अप्रैल अप्रेल এপ্রিল",
    5: "مايو أيار ماي مه مئی मई মে",
    6: "يونيو يونيه حزيران جوان ژوئن جون जून জুন",
    7: "يوليو يوليه تموز جويلية يوليوز ژوئیه ژوئیهٔ جولائی जुलाई জুলাই",
    8: "أغسطس اغسطس آب أوت غشت اوت آگوست اگست अगस्त আগস্ট আগষ্ট",
    9: "سبتمبر أيلول شتنبر سپتامبر ستمبر सितंबर सितम्बर সেপ্টেম্বর",
    10: "أكتوبر اكتوبر تشرين الأول اکتبر اکتوبر अक्टूबर अक्तूबर অক্টোবর",
    11: "نوفمبر تشرين الثاني نونبر نوامبر نومبر नवंबर नवम्बर নভেম্বর",
    12: "ديسمبر كانون الأول دجنبر دسامبر دسمبر दिसंबर दिसम्बर ডিসেম্বর",
}
# the two-word Levantine names, kept whole ("تشرين الأول" is October, "تشرين" alone names none)
_PAIRS = ("كانون الثاني", "تشرين الأول", "تشرين الثاني", "كانون الأول")
_WEEKDAYS: dict[int, str] = {
    1: "الاثنين الإثنين دوشنبه پیر सोमवार সোমবার",
    2: "الثلاثاء سه‌شنبه سه شنبه منگل मंगलवार মঙ্গলবার",
    3: "الأربعاء الاربعاء چهارشنبه بدھ बुधवार বুধবার",
    4: "الخميس پنجشنبه پنج‌شنبه جمعرات गुरुवार बृहस्पतिवार বৃহস্পতিবার",
    5: "الجمعة جمعه جمعہ शुक्रवार শুক্রবার",
    6: "السبت شنبه ہفتہ शनिवार শনিবার",
    7: "الأحد الاحد یکشنبه اتوار रविवार রবিবার রোববার",
}


def _names() -> dict[str, str]:
    names: dict[str, str] = {}
    for n, forms in _MONTHS.items():
        words = forms
        for pair in _PAIRS:
            if pair in words:
                names[pair] = ENGLISH_MONTHS[n - 1]
                words = words.replace(pair, "")
        names.update((w, ENGLISH_MONTHS[n - 1]) for word in words.split() for w in _bengali_forms(word))
    for n, forms in _WEEKDAYS.items():
        names.update((w, ENGLISH_DAYS[n - 1]) for w in forms.split() if w != "سه")
    names["سه شنبه"] = ENGLISH_DAYS[1]
    return names


def _bengali_forms(word: str) -> tuple[str, ...]:
    """The word as pages spell it: Bengali "য়" is one character (U+09DF) in some, "য" and its nukta in others."""
    one, two = "\u09df", "\u09af\u09bc"
    return tuple({word, word.replace(two, one), word.replace(one, two)})


_NAMES = _names()
_NAME = "|".join(sorted((re.escape(k) for k in _NAMES), key=len, reverse=True))
# a name beside a figure: after one ("18 فبراير", "14 जनवरी") or before one ("فبراير 18", a weekday before its day)
_NAMED = compile_later(rf"(?<=\d)(\s+)({_NAME})(?![^\W\d_])|(?<![^\W\d_])({_NAME})(?=\s*,?\s*\d)")

# the labels over a date: published (Korean "입력", "등록"; Japanese "公開", "配信", "掲載", "投稿"; Chinese "发布",
# "發佈", "发表"; Arabic "نشر", "تاريخ النشر"; Persian "تاریخ انتشار"; Hindi "प्रकाशित"), then updated
_PUBLISHED = (
    r"입력|등록|기사입력|公開日?|配信日?|掲載日?|投稿日?|发布时间|發佈時間|发布|發佈|發布|发表|發表|"
    r"تاريخ النشر|نشر في|نشر|تاریخ انتشار|منتشر شده|प्रकाशित|प्रकाशन|প্রকাশিত|প্রকাশ"
)
_UPDATED = (
    r"수정|업데이트|最終更新日?|更新日?|更新时间|更新時間|"
    r"آخر تحديث|تم التحديث|تحديث|به‌روزرسانی|بروزرسانی|अपडेटेड|अपडेट|अद्यतन|আপডেট|হালনাগাদ"
)
_LABEL = compile_later(rf"(?<![^\W\d_])(?:({_PUBLISHED})|({_UPDATED}))(?![^\W\d_])")
# a label glued to the figure before it, as a copied layout joins two spans ("14:21수정 2023.08.30")
_GLUED = compile_later(rf"(?<=\d)(?=(?:{_PUBLISHED}|{_UPDATED}))")

# 2024年10月3日, 2023년 8월 29일 (and the weekday after it: "(木)", "(목)", "星期四", "周四"); 10月3日 alone
_YMD = compile_later(
    r"((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]"
    r"(?:\s*\(?(?:[日月火水木金土一二三四五六天]|[월화수목금토일](?:요일)?)\)?|\s*(?:星期|周|週)[一二三四五六日天])?"
)
_MD = compile_later(r"(?<!\d)(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일](?:\s*\(?[日月火水木金土월화수목금토일]\)?)?")
# 18時42分, 18时42分, 18点42分, 18시 42분; 午前/午後, 上午/下午, 오전/오후 before the hour
_HM = compile_later(r"(\d{1,2})\s*[時时点點시]\s*(\d{1,2})\s*[分분]")
_HALF = compile_later(r"(午前|午後|上午|下午|오전|오후)\s*(\d{1,2}:\d{2})")
_PM = {"午後", "下午", "오후"}
# Arabic, Persian and Urdu "p.m." and "a.m." after an hour ("٣:٠٢ م", "10:15 ص", "3:02 ب.ظ")
_ARABIC_HALF = compile_later(r"(\d{1,2}:\d{2})\s*(م|مساء|مساءً|ب\.?\s?ظ|ص|صباحا|صباحاً|ق\.?\s?ظ)(?![^\W\d_])")
_CJK = compile_later(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", needs=reaches("\u3040"))
_SPACES = compile_later(r"\s{2,}")
# an hour whose minutes a copied Bengali or Hindi layout sets apart from the colon ("১০: ৩০")
_SPACED_HOUR = compile_later(r"(?<!\d)(\d{1,2}):\s(\d{2})(?!\d)")
_ARABIC_OR_INDIC = compile_later(r"[\u0600-\u06ff\u0900-\u09ff]")


def as_latin(text: str) -> str:
    """The line with its figures, month and weekday names, CJK days and date labels written as `dates` reads
    them; a line of ASCII unchanged."""
    if text.isascii():
        return text
    text = text.translate(_TABLE)
    if _CJK.search(text):
        text = _GLUED.sub(" ", text)
        text = _HM.sub(lambda m: f"{m[1]}:{int(m[2]):02d}", text)
        text = _HALF.sub(lambda m: f"{m[2]} {'pm' if m[1] in _PM else 'am'}", text)
        text = _YMD.sub(lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d} ", text)
        text = _MD.sub(
            lambda m: f"{int(m[2])} {ENGLISH_MONTHS[int(m[1]) - 1]} " if 1 <= int(m[1]) <= 12 else m[0], text
        )
    elif thai_script(text):
        text = thai_as_latin(text)
    elif _ARABIC_OR_INDIC.search(text):
        text = _SPACED_HOUR.sub(r"\1:\2", _NAMED.sub(_english, in_gregorian(text)))
        text = _ARABIC_HALF.sub(lambda m: f"{m[1]} {'am' if m[2][0] in 'صق' else 'pm'}", text)
    else:
        return text
    return _SPACES.sub(" ", _LABEL.sub(lambda m: "published" if m[1] else "updated", text)).strip()


def _english(m: re.Match[str]) -> str:
    if m[2] is not None:
        return m[1] + _NAMES[m[2]]
    return _NAMES[m[3]]
