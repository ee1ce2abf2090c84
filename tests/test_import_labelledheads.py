"""A related-links label whose links the extractor already cut, standing right over the story's own
subheading: the label goes, the subheading and the story under it stay (`inlineboxes`)."""

from __future__ import annotations

import pytest

from briefkit.importer.htmlpage import read_html
from briefkit.importer.inlineboxes import is_headline_link

_PARA = (
    "The harbour board met on Tuesday evening and agreed, after a long debate, to dredge the channel "
    "before the spring tides arrive, despite objections from two fishing crews."
)


def _page(label: str) -> str:
    return f"""<html lang="en"><head><title>Dredging plan backed</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour board backs the dredging plan</h1>
<div class="text"><p>{_PARA}</p></div><div class="text"><p>{_PARA.replace('Tuesday', 'Monday')}</p></div>
<div class="inline-list"><p class="title">{label}</p><ul>
<li><a href="/news/a">Ferry timetable changes for the winter months</a></li>
<li><a href="/news/b">New lighthouse keeper starts work on the point</a></li></ul></div>
<h2>Work starts in March</h2>
<div class="text"><p>The contractor said the work would begin in March and last about six weeks, weather permitting, with the
channel closed to larger boats at night.</p></div>
<div class="text"><p>Crews that objected said they would ask the council to review the timetable before the tides turn.</p></div>
</article><footer>Contact us</footer></body></html>"""


@pytest.mark.parametrize("label", ["► SEE ALSO:", "Related:", "▶️ Read more"])
def test_a_subheading_under_a_related_label_stays_with_the_story_under_it(label: str) -> None:
    body = read_html(_page(label)).body
    assert "Work starts in March" in body
    assert "begin in March and last about six weeks" in body
    assert "Ferry timetable changes" not in body


def test_a_marked_subheading_is_no_other_storys_title() -> None:
    assert is_headline_link("Ferry timetable changes for the winter")
    assert not is_headline_link("## Work starts in March")
