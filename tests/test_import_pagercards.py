"""A blog's link to its next post under the story ("Next post" over that post's title) is no author's
card, though a shouted title ending on its mark reads like a bio under a name. Dump written for the test.
"""

from __future__ import annotations

import storytexts
from briefkit.importer.textdump import read_text_dump


def test_a_next_post_link_under_the_story_names_no_author() -> None:
    menu = "\n".join(storytexts.MENU)
    tail = (
        "Previous Post\nWHY THE HARBOUR NEEDS A SECOND PIER NOW\nNext Post\n"
        "HOW TO BOOK A CABIN ON THE NIGHT FERRY: WHAT YOU SHOULD KNOW!\nLeave a reply\n"
    )
    dump = f"{menu}\nFerry to the islands runs again\n{storytexts.FERRY}{tail}Imprint\n"
    assert read_text_dump(dump).authors == ()
