"""The boxes a page sets into or under a copied story: each goes, the story's own lines stay.

The dumps are written for these tests: a short local report on a footbridge closed for repairs,
with the shapes copied pages give (an ad under its bare label, a box of other titles or of dated
events between two paragraphs, a quiz's teaser, an offer's price, the blog's neighbouring posts,
the writer's bio under the story, the readers' comments under a heading with their count).
"""

from __future__ import annotations

from briefkit.importer import storyboxes
from briefkit.importer.boilerplate import is_interface_line
from briefkit.importer.textdump import read_text_dump

HEAD = [
    "Skip to content",
    "News Weather Sport Region",
    "Home / Region / Riverside",
    "Footbridge over the canal closes for six weeks of repairs",
    "By Ann Example",
    "14 March 2024, 09:10",
]
STORY = [
    "The footbridge between the market square and the station will close on Monday, because two of its "
    "steel beams have rusted through and must be replaced before the summer.",
    "Walkers will have to take the road bridge further north, which adds about ten minutes to the trip, "
    "the council's engineers said at a meeting on Tuesday evening.",
    "Traders on the market square fear that fewer commuters will pass their stalls in the morning while "
    "the works go on, and have asked for signs that point to the square.",
]
SUBHEAD = "Works planned for the quiet weeks"
LATER = [
    "The engineers said the repairs had been planned for the weeks before Easter, when the fewest people "
    "cross the canal on their way to the station and back.",
    "Whether the footbridge opens again in May depends on the delivery of the new beams, a spokesman for "
    "the council added on Wednesday.",
]
FOOT = ["Contact Imprint Privacy © Riverside Courier 2024"]


def _dump(*parts: list[str]) -> str:
    return "\n\n".join(line for part in parts for line in part) + "\n"


def _body(*parts: list[str]) -> str:
    return read_text_dump(_dump(HEAD, *parts, FOOT)).body


def test_an_ads_pitch_under_its_bare_label_goes() -> None:
    ad = ["Advertisement", "Home insurance from 4.90 € a month – compare the plans now and save up to 20 percent."]
    body = _body(STORY, ad, [SUBHEAD], LATER)
    assert "Home insurance" not in body and "compare the plans" not in body
    assert "depends on the delivery" in body and SUBHEAD in body


def test_an_ads_title_over_its_pitch_goes_and_a_paragraph_under_a_bare_label_stays() -> None:
    ad = ["Sponsored", "Garden sheds built to last", "The new range from a maker of sheds – see it at the spring fair."]
    body = _body(STORY, ad, [SUBHEAD], LATER)
    assert "Garden sheds built to last" not in body and "spring fair" not in body
    # the ad itself was a picture: the story's next paragraph stands under the label
    body = _body(STORY, ["Anzeige"], LATER)
    assert "planned for the weeks before Easter" in body


def test_the_subheading_under_a_bare_ad_label_stays_with_its_paragraph() -> None:
    # the ad was a picture; what the label stands over is the story's next subheading and paragraph
    assert storyboxes.without_asides([*STORY, "Advertisement", SUBHEAD, *LATER]) == [*STORY, SUBHEAD, *LATER]


def test_an_ad_with_its_label_in_capitals_on_its_line_goes() -> None:
    line = "SPONSORED Damp walls dried in two days – Book a survey with a local firm. Learn more"
    assert storyboxes.without_asides([*STORY, line, *LATER]) == [*STORY, *LATER]
    # a story's sentence that opens with the word in capitals but small letters after it is no ad
    assert storyboxes._SHOUTED_AD.match("SPONSORED by the council, the fair returns.") is None


def test_a_box_of_other_titles_inside_the_story_goes_and_the_subheading_under_it_stays() -> None:
    box = [
        "Top stories",
        "Council agrees budget after long night session",
        "Storm closes the coast road for a day",
        "Local team reaches the cup final",
    ]
    body = _body(STORY, box, [SUBHEAD], LATER)
    assert "Council agrees budget" not in body and "Storm closes" not in body and "cup final" not in body
    assert "Top stories" not in body
    assert SUBHEAD in body and "depends on the delivery" in body


def test_a_calendar_box_of_dated_entries_goes_whole() -> None:
    box = ["Events in Riverside", "16.05. Book sale at the library", "21.05. Choir evening in the church hall"]
    body = _body(STORY, box, LATER)
    assert "Book sale" not in body and "Choir evening" not in body
    assert "planned for the weeks before Easter" in body


def test_titles_under_an_end_marker_go_when_the_story_and_its_list_go_on() -> None:
    # "Most read" also ends a page's story: here three titles, the story's subheading, and the story
    # with a list of its own under them; the list kept the boilerplate pass from seeing a box
    box = ["Most read", "Parking fees rise in April", "Why the bakery on the corner closed", "A walk along the dunes"]
    listed = [
        "The council is looking at three ways to help the traders:",
        "signs at the station that point to the market;",
        "a shuttle bus on market days;",
        "a free hour of parking near the square.",
    ]
    body = _body(STORY, box, [SUBHEAD], LATER[:1], listed, LATER[1:])
    assert "Parking fees rise" not in body and "bakery on the corner" not in body
    assert SUBHEAD in body and "a shuttle bus on market days" in body and "depends on the delivery" in body


def test_a_teasers_question_and_call_goes_and_a_subheading_that_asks_stays() -> None:
    quiz = "Quiz of the week: how well do you know the bridges of the county? Play now and win points"
    assert storyboxes._teaser(quiz)
    assert not storyboxes._teaser("Who pays for the repairs? The council and the rail company share the bill")
    assert not storyboxes._teaser("Too expensive?")
    body = _body(STORY, [quiz], LATER)
    assert "Quiz of the week" not in body and "planned for the weeks before Easter" in body


def test_an_offers_price_for_a_month_of_reading_goes() -> None:
    assert storyboxes._teaser("Special offer: 1 € for the first month to read all our stories")
    assert not storyboxes._teaser("Deposit: 1500 €")
    assert not storyboxes._teaser("Tickets cost 9 € a month for pupils.")


def test_the_blogs_links_to_its_neighbouring_posts_go() -> None:
    nav = "« Previous post: A winter walk on the dunes Next post: Plum jam without pectin »"
    assert storyboxes.without_asides([*STORY, nav]) == STORY


def test_the_writers_name_and_bio_under_the_story_go() -> None:
    bio = ["Ann Example", "Reporter for the county since 2015, she writes on transport and the town's planning."]
    body = _body(STORY, LATER, bio)
    assert "Reporter for the county" not in body and "depends on the delivery" in body
    # under a name that is not the byline's, or with no word of the writer's trade, the lines are the story's
    kept = [*STORY, *LATER, "Ann Example", "Traders on the square were not convinced by the plan at all."]
    assert storyboxes.without_boxes(kept, ("Ann Example",))[0] == kept


def test_a_bio_that_opens_with_the_writers_first_name_goes() -> None:
    kept = [*STORY, *LATER, "Ann has reported on roads and bridges in the county for more than a decade."]
    assert storyboxes.without_boxes(kept, ("Ann Example",))[0] == [*STORY, *LATER]
    assert storyboxes.without_boxes(kept, ("Bea Sample",))[0] == kept


def test_a_comment_heading_with_its_count_ends_the_story_though_a_comment_speaks_of_it() -> None:
    comments = [
        "Reactions (12)",
        "Jo R. 5 hours ago",
        "The footbridge was rusty for years, the council should have replaced the beams much earlier.",
    ]
    body = _body(STORY, LATER, comments)
    assert "should have replaced the beams" not in body and "depends on the delivery" in body


def test_a_link_under_a_shouted_label_and_a_button_with_its_arrow_go() -> None:
    lines = [
        "MORE: Harbour wall to be raised by a metre before the autumn storms",
        "More from the Courier: the town's best cafés by the water",
        "Sign up free »",
        "Next ›",
    ]
    assert storyboxes.without_asides([*STORY, *lines, *LATER]) == [*STORY, *LATER]
    # the story's own lines: a sentence after "More:", a quote in guillemets, a long line with an arrow
    kept = [
        "More: the council said the bridge would be safer than before.",
        "« Nous attendons la fin des travaux »",
        "The plan has three steps, the engineer said, and the second is the longest »",
    ]
    assert storyboxes.without_asides([*STORY, *kept]) == [*STORY, *kept]


def test_a_polls_question_over_its_answers_goes_and_an_answered_subheading_stays() -> None:
    assert storyboxes._teaser("Would you cross the canal by the road bridge every day? Yes No Vote")
    assert not storyboxes._teaser("Where does the old bridge keeper live today? Here by the lock since 1970")
    assert not storyboxes._teaser("When will the bridge open again for all walkers? Wednesday, if the beams arrive")


def test_a_row_of_buttons_copied_without_spaces_goes() -> None:
    assert storyboxes.without_asides([*STORY, "Jump to RecipePrint Recipe", *LATER]) == [*STORY, *LATER]
    # the link down to the recipe's card alone is the page's line too, in each language
    assert all(is_interface_line(t) for t in ("Jump to recipe", "Zum Rezept springen", "Aller à la recette"))
    # a name with a capital inside it is one word of a sentence, not two buttons
    kept = "McAllister opens the new bakery by the canal"
    assert storyboxes.without_asides([*STORY, kept]) == [*STORY, kept]
