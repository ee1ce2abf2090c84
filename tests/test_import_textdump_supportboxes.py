"""A donation box's sentence and a messenger channel's plug inside a copied story: each names its
gift or its channel once, in the house's voice or to the reader, in any of the listed languages.

The lines are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer import appealvoice
from briefkit.importer.supportboxes import is_channel_plug, is_gift_appeal, without_support_boxes
from briefkit.importer.textdump import read_text_dump


def test_a_gift_named_in_the_house_voice_or_to_the_reader_is_an_appeal() -> None:
    assert is_gift_appeal("Votre don permet de planter dix arbres de plus au printemps.")
    assert is_gift_appeal("Регулярное пожертвование помогает нам оплачивать бензин для лодки.")
    assert is_gift_appeal("Con tu donación compramos semillas para los huertos escolares.")
    # the story's own report of a gift: no house, no reader
    assert not is_gift_appeal("The foundation said the donation would pay for a new roof on the school.")


def test_a_channel_plug_needs_a_network_and_a_voice() -> None:
    assert is_channel_plug("Abonnez-vous à notre chaîne WhatsApp pour suivre la saison.")
    assert not is_channel_plug("The minister said she would not follow the debate on Telegram.")
    assert not is_channel_plug("Subscribe to our weekly letter for the harbour's news.")  # no network


def test_the_russian_dative_us_is_the_house_voice() -> None:
    assert appealvoice.voiced("Это помогает нам работать дальше.")


def test_a_gift_box_under_a_story_leaves_it() -> None:
    story = [
        "Volunteers clear the old mill stream",
        "By Ada Quill",
        "June 3, 2024",
        "Twenty volunteers spent Saturday pulling branches and old tyres out of the mill stream.",
        "The stream had flooded the lower meadow twice this spring, the parish council said.",
        "A second day of work is planned for the autumn, when the water level is lower.",
        "Support our work",
        "A monthly donation of five pounds helps us buy gloves and tools for the volunteers.",
        "Give",
    ]
    body = read_text_dump("\n".join(story) + "\n").body
    assert "monthly donation" not in body
    assert "A second day of work is planned" in body
    kept, removed = without_support_boxes(["Plain line.", "Your gift is tax-deductible."])
    assert kept == ["Plain line."] and removed == ["Your gift is tax-deductible."]


def test_the_newsroom_speaking_of_its_readers_is_furniture_in_each_language() -> None:
    # the English words (readers, newsroom) were known already; the other languages' now count too
    assert appealvoice.is_appeal("Notre rédaction répond chaque mois aux courriers de ses lecteurs sur la ville.")
    assert appealvoice.is_appeal("Onze redactie leest alle berichten van lezers en antwoordt elke vrijdag.")
    # a story about a newsroom, with no house voice, is the story's
    assert not appealvoice.is_appeal("La rédaction du quotidien régional a voté une motion contre le plan de départs.")
