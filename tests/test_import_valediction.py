"""A letter's closing over the writer's name under the story (fixtures in our own words).

A mayor's or a chair's letter in a newsletter has no byline: it ends "Ihr" / the name / the office,
as a letter is signed. The name under the closing is the writer's.
"""

from __future__ import annotations

from briefkit.importer.textdump import read_text_dump

_LETTER = (
    "Gemeindebrief Ausgabe 11/2025\n\nAus dem Rathaus\n\nDie neue Brücke über den Mühlbach wird im Frühjahr gebaut\n\n"
    "Liebe Mitbürgerinnen und Mitbürger, nach langen Beratungen hat der Gemeinderat den Bau der neuen Brücke "
    "beschlossen.\n\n"
    "Die alte Holzbrücke ist seit dem Hochwasser gesperrt, und viele Kinder müssen seither einen Umweg zur "
    "Schule nehmen.\n\n"
    "Die Bauarbeiten beginnen im März und sollen bis zu den Sommerferien abgeschlossen sein, wenn das Wetter "
    "mitspielt.\n\n"
    "Ich danke allen, die in den Versammlungen ihre Vorschläge eingebracht und Geduld mit uns gehabt haben.\n\n"
    "{closing}\nAnnelie Brandstetter\nBürgermeisterin\n\n"
    "Weitere Beiträge in dieser Ausgabe\nAbfallkalender 2026 liegt im Rathaus aus\n"
)


def test_the_name_under_a_letters_closing_signs_the_story() -> None:
    assert read_text_dump(_LETTER.format(closing="Ihre")).authors == ("Annelie Brandstetter",)


def test_without_the_closing_the_name_past_the_story_is_not_read_as_its_signature() -> None:
    assert read_text_dump(_LETTER.format(closing="Abfallkalender")).authors != ("Annelie Brandstetter",)
