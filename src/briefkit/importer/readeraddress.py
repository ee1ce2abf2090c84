"""The reader addressed in languages other than English, as the appeal passes count it.

An appeal speaks to the reader ("Unterstützen Sie uns", "votre soutien", "tu apoyo"); a story's
paragraph speaks of other people. Most of these pronouns say "you" whatever their case, but the
German polite forms share their spelling with "she", "they", "her" and "their" ("sie", "ihnen",
"ihre"): only the capital says "you", and only inside a sentence, where a capital is no sentence's
start. So those are read case-sensitively, capitalised and after a lower-case word or a comma; a
story about customers and "ihre Abonnements" (their subscriptions) speaks to no one.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# German polite "you" ("Sie", "Ihnen", "Ihr", "Ihre", "Ihrem" …): capitalised, inside a sentence
_GERMAN_POLITE = r"(?<=[a-zäöüß,] )(?-i:Sie|Ihnen|Ihre?[mnrs]?)\b"

READER_OTHER = compile_later(
    r"\b(?:du|dich|dir|dein\w*|euch|vous|votre|vos|usted(?:es)?|tus?|vostr\w*|voc[eê]s?)\b"
    rf"|{_GERMAN_POLITE}|\b(?:вы|вас|вам|ваш\w*)\b",
    re.I,
)


def addresses_reader(text: str) -> bool:
    """Whether the text says "you" to the reader in one of the languages the pattern reads."""
    return READER_OTHER.search(text) is not None
