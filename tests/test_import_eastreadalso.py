"""A pointer to one other story set between a story's paragraphs, in the languages written right to left,
the Indic scripts, East Asia's, Vietnamese and Swahili: its label and that story's headline are one copied
line ("ये भी पढ़ें: …"), with a colon, or only a space where the script has no capitals to mark the headline.
The story's own sentence that opens with the same words ends on its full stop and stays.

The lines are written for these tests.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import is_interface_line


@pytest.mark.parametrize(
    "line",
    [
        "اقرأ أيضًا: الميناء يحصل على رافعة جديدة هذا الصيف",
        "اقرأ أيضاً: الميناء يحصل على رافعة جديدة هذا الصيف",
        "بیشتر بخوانید: بندر امسال جرثقیل تازه می‌گیرد",
        "یہ بھی پڑھیں: بندرگاہ کو اس گرمی میں نئی کرین ملے گی",
        "עוד בנושא: הנמל יקבל מנוף חדש בקיץ",
        "ये भी पढ़ें: बंदरगाह को इस गर्मी में नई क्रेन मिलेगी",
        "আরও পড়ুন বন্দরে এই গ্রীষ্মে নতুন ক্রেন বসবে",
        "Also ReadThe harbour gets a new crane this summer",
        "Xem thêm: Cảng biển sẽ có cần cẩu mới vào mùa hè",
        "Soma pia: Bandari kupata winchi mpya msimu huu",
        "관련기사: 항구에 새 크레인 설치",
    ],
)
def test_a_pointer_to_another_story_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "ये भी पढ़ें कि बंदरगाह ने नई क्रेन के लिए कितना खर्च किया।",
        "یہ بھی پڑھیں کہ بندرگاہ نے نئی کرین پر کتنا خرچ کیا۔",
        "আরও পড়ুন বন্দরের বাজেট নিয়ে আমাদের আগের প্রতিবেদনটি, তিনি বলেন।",
        "Also read the council's own report on the crane, she said.",
    ],
)
def test_the_storys_sentence_opening_with_the_words_stays(line: str) -> None:
    assert not is_interface_line(line)
