"""Pages whose story is not written in paragraphs: a wiki's page of short steps under its own
table of contents, a data sheet's lines under the story, a recipe's card. Prose density finds at
best a piece of such a story; what the page prints around it tells where the rest is.

The dumps are written for these tests in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer import storycontents, storysheet
from briefkit.importer.textdump import read_text_dump

MENU = ["Home", "Pages", "Recent changes", "Members", "Help", "Log in"]
FOOTER = [
    "page revision: 4, last edited: 3 May 2021 10:12",
    "Edit Tags History Print",
    "Terms of Service | Privacy | Report a problem",
    "Unless said otherwise, what this site shows may be shared under a free licence.",
]


def _dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_contents_list_under_the_headline_names_the_sections_of_a_story_in_short_lines() -> None:
    sections = {
        "Casting on": [
            "make a slip knot and put it on the left needle",
            "knit into the loop and pull the new stitch onto the left needle",
            "repeat until the needle holds as many stitches as the pattern asks for",
        ],
        "The knit stitch": [
            "hold the needle with the stitches in the left hand",
            "push the right needle through the first stitch from the front to the back",
            "wrap the yarn round it and pull the new loop through, then let the old stitch drop off",
        ],
        "The purl stitch": [
            "bring the yarn to the front of the work before each stitch",
            "push the right needle through the stitch from the back to the front, and wrap the yarn "
            "round it the other way, so that the bumps of the row show on the side that faces you now",
            "let the old stitch drop off the left needle",
        ],
        "Moss Stitch": [
            "knit one stitch and purl the next, all along the row",
            "on the next row, knit the purled stitches and purl the knitted ones",
        ],
        "Casting off": [
            "knit two stitches as usual",
            "lift the first one over the second and off the needle",
            "cut the yarn and pull its end through the last loop",
        ],
    }
    contents = ["First knitting stitches", "Fold", "Contents", *sections]
    body = [line for name, lines in sections.items() for line in [name, *lines]]
    article = read_text_dump(_dump(MENU, contents, body, FOOTER))
    assert article.title == "First knitting stitches"
    assert "slip knot" in article.body  # the first section's first step
    assert "pull its end through the last loop" in article.body  # the last section's last step
    assert "licence" not in article.body and "revision" not in article.body
    assert article.authors == ()  # an entry of two capitalised words names a section, not a writer


def test_a_menu_printed_again_with_its_submenus_is_no_contents_list() -> None:
    menu = ["News", "Sport", "Culture", "Travel"]
    submenus = ["News", "Politics", "Economy", "Sport", "Football", "Tennis", "Culture", "Film", "Books"]
    units = [*menu, *submenus, "Travel", "Europe", "Asia", "Board votes to rebuild the north pier"]
    assert storycontents.find_contents(units) is None


PRODUCT = [
    "Home",
    "Products",
    "News",
    "Contact",
    "New water meters with remote reading for flats and small houses",
    "12.03.2022 09:30",
    "The maker has added a range of water meters to its catalogue that can be read from a distance, so "
    "that nobody needs to enter the flat to note the figures at the end of the year.",
    "The meters send their readings by radio to a collector in the stairwell, which passes them on to "
    "the building's manager once a month and warns of leaks as soon as the flow never stops.",
    "They fit the pipes most older buildings have, and the old meters can be swapped in under an hour "
    "without changing anything else in the bathroom or the kitchen.",
]
SHEET = [
    "ACCURACY",
    "class R160",
    "BATTERY",
    "twelve years",
    "GENERAL:",
    "• cold and hot water versions",
    "• radio and wired versions",
    "• readings kept for eighteen months",
    "SINGLE JET:",
    "• Nominal flow: 1.6 m3/h",
    "• Working pressure: 16 bar",
    "• Weight: 0.4 kg",
]
SITE_FOOT = ["Imprint", "Privacy policy", "Terms of use"]


def test_a_data_sheet_under_the_story_is_the_storys_up_to_the_page_footer() -> None:
    article = read_text_dump(_dump(PRODUCT, SHEET, SITE_FOOT))
    assert "class R160" in article.body and "Working pressure: 16 bar" in article.body
    assert "Weight: 0.4 kg" in article.body
    assert "Privacy policy" not in article.body


def test_labels_in_capitals_under_the_story_are_a_menu_not_a_data_sheet() -> None:
    menu = ["NEWS", "SPORT", "WEATHER", "CULTURE", "TRAVEL", "MONEY", "VIDEOS", "PODCASTS", "ARCHIVE"]
    units = PRODUCT + menu + SITE_FOOT
    end = len(PRODUCT)
    assert storysheet.past_sheet(units, [-2] * len(units), end, lambda k: False) == end
    sheet = PRODUCT + SHEET + SITE_FOOT
    assert storysheet.past_sheet(sheet, [-2] * len(sheet), end, lambda k: False) == end + len(SHEET)


def test_a_recipes_card_under_the_post_keeps_its_ingredients_and_steps() -> None:
    post = [
        "Home",
        "Recipes",
        "About",
        "Plum cake from the tray",
        "August 30, 2021",
        "Every late summer the old tree behind the house gives more plums than we can eat, and this cake "
        "is how most of them end up: a thin yeast dough, a lot of fruit and a little crumble on top.",
        "It is not a cake for a party, but it keeps for two days under a cloth, and on the second day it "
        "tastes even better, when the juice of the plums has soaked into the dough beneath them.",
        "Pin",
        "Print",
        "Plum cake from the tray",
        "Servings",
        "12",
        "pieces",
        "Prep time",
        "30",
        "minutes",
        "Baking time",
        "40",
        "minutes",
        "Ingredients",
        "500 g flour",
        "1 cube of yeast",
        "250 ml warm milk",
        "80 g butter",
        "1 egg",
        "a pinch of salt",
        "2 kg plums, halved and stoned",
        "For the crumble:",
        "100 g flour",
        "70 g sugar",
        "70 g butter",
        "Directions",
        "Mix the flour, the yeast and the milk to a soft dough and let it rise for an hour.",
        "Roll it out on the tray and cover it with the plums, cut side up.",
        "Bake for forty minutes, until the edges are brown.",
        "Related",
        "Apple pie with a lattice",
        "Leave a Comment",
    ]
    article = read_text_dump(_dump(post))
    assert "2 kg plums" in article.body and "until the edges are brown" in article.body
    assert "lattice" not in article.body


def test_a_sites_imprint_is_named_by_its_menu_entry_and_keeps_its_short_lines() -> None:
    page = [
        "Home",
        "Our work",
        "Team",
        "Imprint",
        "Privacy",
        "Imprint",
        "Disclosure under § 5 MDA",
        "Studio Example",
        "Jane Roe",
        "Harbour Street 12",
        "12345 Sampletown",
        "Phone 0123 456789",
        "VAT number: XY123456789",
        "Responsible for the content under § 18 of the state treaty",
        "Jane Roe",
        "Harbour Street 12",
        "12345 Sampletown",
        "Liability for content",
        "As a provider we are responsible for our own content on these pages under the general laws, "
        "but we are not obliged to watch over the information that others send or store here.",
        "Duties to remove or block the use of information under the general laws remain untouched; "
        "we will remove such content at once as soon as we learn of a breach of the law.",
        "Liability for links",
        "Our pages link to the websites of others, whose content we cannot influence, and for which we "
        "therefore cannot take any responsibility; their own providers answer for them.",
    ]
    article = read_text_dump(_dump(page, SITE_FOOT))
    assert article.title == "Imprint"
    assert "Disclosure under § 5 MDA" in article.body  # a law's section is no counter
    assert "Responsible for the content under § 18 of the state treaty" in article.body
