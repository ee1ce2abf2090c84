"""The label of one related story run into its headline on a line of its own inside a copied story
("Related story …", "Noticia relacionada …"), in each language: a pointer, not a paragraph.

The lines are written for the test; each is a shape real pages have.
"""

from __future__ import annotations

from briefkit.importer import pagewords, storyboxes, teaserlines

STORY = [
    "The village bakery reopened on Saturday under a new owner, after standing empty for most of a year.",
    "Queues formed in front of the shop from seven o'clock, and the first trays were sold out by nine.",
]
LATER = ["The new owner plans to bake rye bread again, as the old baker did for forty years before he retired."]


def test_a_related_storys_label_with_its_headline_goes() -> None:
    for line in (
        "Related story Village bakery finds a new owner at last",
        "À lire sur le même sujet Boulangeries : la farine coûte plus cher",
        "Noticia relacionada Las panaderías del valle suben el precio del pan",
        "Notizia correlata Forni, cosa cambia con le nuove regole",
        "Notícia relacionada Padarias: o preço da farinha sobe outra vez",
        "Gerelateerd artikel Waarom bakkers zo vroeg opstaan",
    ):
        assert pagewords.spaced_read_also(line), line
        assert storyboxes.without_asides([*STORY, line, *LATER]) == [*STORY, *LATER], line
    # the story's own sentence that opens with the words ends with its mark
    assert not pagewords.spaced_read_also("Related story lines were told by the baker's son on Sunday.")


def test_a_labelled_teaser_closed_by_its_read_now_button_goes() -> None:
    for line in (
        "Premium: How bakers really live – hours, pay, burns Read now",
        "Exklusiv: So leben Bäcker wirklich – Lohn, Schichten, Hitze Jetzt lesen",
        "Abonnés : la vie des boulangers, heure par heure Lire maintenant",
    ):
        assert teaserlines.is_read_now_teaser(line), line
        assert storyboxes.without_asides([*STORY, line, *LATER]) == [*STORY, *LATER], line
    # a sentence of the story that mentions reading ends on its mark, or has no label before it
    assert not teaserlines.is_read_now_teaser("Note: the baker asks his guests to read now.")
    assert not teaserlines.is_read_now_teaser("Many guests stop by the shop to read now")
