"""A few words right over a much longer headline are its label, not the headline (`shortlabels`)."""

from briefkit.importer.shortlabels import short_label
from briefkit.importer.textdump import read_text_dump


def test_short_label_shape() -> None:
    long = "Town council agrees to rebuild the old harbour bridge by next spring"
    assert short_label("Harbour works", long, 4, 5)
    assert not short_label("Harbour works", long, 3, 5)  # not right over it
    assert not short_label("The bridge will be rebuilt", "Council agrees on a new harbour bridge", 4, 5)


def test_label_over_headline_in_dump() -> None:
    story = (
        "The town council voted on Tuesday evening to rebuild the old harbour bridge, which has been "
        "closed to cars since the storm in March. Work on the bridge will start in the autumn, the mayor said."
    )
    text = "\n".join(
        [
            "Home",
            "News",
            "Local",
            "Work on harbour bridge",
            "Town council agrees to rebuild the old harbour bridge by next spring",
            "12 May 2024, 10:30",
            "",
            story,
            "",
            "The harbour bridge was built in 1911 and carried about four thousand cars a day before it was closed.",
            "",
            "Residents have asked for a ferry to run until the new bridge opens; the council will look at it.",
        ]
    )
    assert read_text_dump(text).title == "Town council agrees to rebuild the old harbour bridge by next spring"


def test_hangul_syllables_weigh_two_letters() -> None:
    from briefkit.importer.blocktext import syllable_weight
    from briefkit.importer.storyspan import _content_words

    assert syllable_weight("항구") == 4  # a Korean word of two syllables
    assert syllable_weight("港口") == 2  # a Chinese run of two characters stays a label's length
    assert "항구" in _content_words("새 항구 다리")
