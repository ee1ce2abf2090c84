"""Stories written for the importer's tests, shared by the files that set them in one page shape or another.

Each is a few plain sentences in the project's own words: what a test asserts is where furniture
goes, so the story itself only has to read as one.
"""

from __future__ import annotations

LIBRARY = [
    "The county library will open on Sunday afternoons from the first week of next month onwards.",
    "Volunteers from the reading club offered to staff the front desk for the first half year.",
    "The council had closed the building on Sundays four years ago to save on heating costs.",
    "Parents of school children had asked for the change in a letter signed by three hundred people.",
    "The opening hours will be checked again after the summer, when the first visitor numbers are in.",
]
CANAL_OPENING = [
    "The canal between the two lakes will close to boats from next Monday while engineers repair the old lock gates.",
    "Owners of houseboats moored along the towpath have been told to move to the lower basin before the weekend.",
    "The lock keeper said the gates had leaked badly since a storm in November loosened their hinges.",
]
CANAL_CLOSING = [
    "The works are expected to cost about two million euros, shared between the region and the water board.",
    "Boats should be able to pass again in time for the summer season, if the weather holds, the board said.",
]
# the ferry story as one copied text, a paragraph a line
FERRY = (
    "The ferry to the islands runs three times a day again from Monday, now that the work on the pier "
    "is done, the operator said on Tuesday. Passengers had to take the bus for months.\n"
    "The new timetables are posted in the harbours, and tickets are sold on board as before and at the "
    "operator's office on the market square, where commuters also buy their season passes.\n"
    "A fourth crossing in the evening is planned for the summer if enough passengers come, the manager "
    "said when the timetables were presented at the town hall last week.\n"
)
# the harbour board's vote on the north pier, a paragraph an item (the first three are the story's core)
PIER = [
    "The harbour board voted on Tuesday to rebuild the old north pier, which storms damaged badly "
    "last winter, and to open it again to fishing boats before the next season starts.",
    "Engineers told the board that the wooden deck can be saved, but that the posts under it must be "
    "replaced with concrete ones that stand up better to the salt water and the ice.",
    "The work is expected to cost about two million, and the town will ask the regional fund to pay "
    "for half of it, as it did when the south pier was rebuilt ten years ago.",
    "Fishermen who have moored at the ferry landing since the storm welcomed the decision, though "
    "several said that they had hoped the work would begin much sooner than the autumn.",
    "The board's chair said that the tender will be published next month and that local firms are "
    "encouraged to bid, since the pier matters to the whole town and not only to the harbour.",
]

# a copied page's menu and footer around a story, for the text-dump tests
MENU = ["Home", "News", "Region", "Sport", "Business", "Contact"]
TAIL = ["Most read", "Ferry fares go up in spring", "Imprint", "Privacy"]


def dump(*parts: list[str]) -> str:
    """The parts' lines as one copied page, as `document.body.innerText` gives it."""
    return "\n".join(line for part in parts for line in part) + "\n"


# a short story with its headline, byline and date, a line each: a copied page from its headline down
ISLAND_ROUTE = [
    "Ferry timetable changes for the island route",
    "By Ada Quill",
    "June 3, 2024",
    "The island ferry will leave half an hour earlier on weekdays from July, the operator said on Monday.",
    "The change follows complaints from commuters who missed their first train on the mainland.",
    "A second boat will be added on Saturdays during the summer months, when visitor numbers peak.",
    "The operator said fares would stay the same until the end of the year at least.",
]
