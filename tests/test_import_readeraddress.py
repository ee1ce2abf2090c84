"""German's polite "you" is told from "she", "they" and "their" by its capital inside a sentence."""

from briefkit.importer import appealvoice
from briefkit.importer.readeraddress import addresses_reader


def test_lower_case_their_is_no_reader_address() -> None:
    assert not addresses_reader("Die Stadtwerke müssen ihre Kundinnen und ihnen allen schreiben.")
    assert not addresses_reader("Dann können sie kündigen.")


def test_capitalised_polite_forms_inside_a_sentence_address_the_reader() -> None:
    assert addresses_reader("Sichern Sie sich jetzt den Zugang.")
    assert addresses_reader("Wir danken Ihnen für die Treue.")
    assert addresses_reader("Mit Ihrer Hilfe geht es weiter, danke für Ihre Spende.")


def test_other_languages_still_read() -> None:
    assert addresses_reader("Merci pour votre soutien.")
    assert addresses_reader("Gracias por tu apoyo.")


def test_a_story_paragraph_on_subscribers_and_their_contracts_stays() -> None:
    paragraph = (
        "Für langjährige Kunden bleibt der Vertrag, wie er ist. Die Anbieter müssen ihre Abonnentinnen "
        "und Abonnenten einen Monat vorher informieren. Wer widerspricht, kann zum Quartalsende aussteigen."
    )
    assert not appealvoice.is_appeal(paragraph)


def test_an_appeal_with_the_polite_form_is_still_one() -> None:
    assert appealvoice.is_appeal("Jetzt abonnieren und Ihre Vorteile als Abonnent sichern.")
