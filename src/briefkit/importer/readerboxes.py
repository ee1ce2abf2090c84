"""The boxes a page sets into a copied story to speak to its reader, not to tell the story.

A copied page keeps these boxes as single lines between the story's paragraphs, or as a few
lines under it. Each addresses the reader in words every site of its kind prints:

- the call for the reader's question or tip: a question to the reader, then a request to write to
  or send it to the newsroom ("Got a question? Send it to us for our weekly column.");
- the prompt of a rating widget: a short question whether the reader liked the page ("Did you
  enjoy this recipe?"), with nothing to report in it;
- a fact-checker's note on its method under the story: a heading naming "our method" and a few
  short lines to the end;
- the bio of the writer as the story's last line, opening with a person's name and saying since
  when or what they write ("N. N. has covered ecology since 2014"), when the byline's own form of
  the name (with a title, or not found at all) does not match it.
"""

from __future__ import annotations

import re

from briefkit.importer import boilerplate
from briefkit.importer.blocktext import SENTENCE_END
from briefkit.importer.lazyre import compile_later

# the request to write to or send something to the newsroom, in each listed language (the object pronoun
# or "our" names the newsroom)
_SEND_TO_US = compile_later(
    r"\b(?:schreiben\s+sie\s+uns|schreib\s+uns|schicken\s+sie\s+(?:uns|ihn|sie|es)|senden\s+sie\s+(?:uns|ihn|sie|es)|"
    r"melden\s+sie\s+sich|write\s+to\s+us|e-?mail\s+us|send\s+(?:it|them|us|yours?)\b|tell\s+us|contact\s+us|"
    r"get\s+in\s+touch|écrivez-nous|envoyez-(?:nous|la|le)|contactez-nous|signalez-(?:nous|la|le)|dites-nous|"
    r"escr[ií]benos|escribinos|env[ií]anos|mand[aá]nos|cont[aá]ctanos|cu[eé]ntanos|contanos|scrivi(?:ci|teci)|"
    r"invia(?:ci|tecela|cela)|manda(?:ci|tecela)|segnala(?:ci|tecela)|contatta(?:ci|teci)|escreva-nos|envie-nos|"
    r"mande-nos|contacte-nos|fale\s+connosco|fale\s+conosco|stuur\s+(?:hem|het|haar|ze|ons|je|uw)\b|mail\s+ons|"
    r"schrijf\s+ons|laat\s+het\s+ons\s+weten|neem\s+contact|напишите\s+нам|пришлите|присылайте|сообщите\s+нам)",
    re.I,
)
CALL_WORDS = 35
# "Did you like this recipe?", "Wie hat Ihnen das Rezept geschmeckt?": whether the reader liked the page
_LIKED = compile_later(
    r"\b(?:gefallen|gefällt|geschmeckt|like[ds]?|enjoy(?:ed)?|aimé|plu|gust[oó]|gustado|gusta|piaciut[oa]|"
    r"piace|gostou|gosta|gostaste|vond|bevallen|понравил\w*|нравится)\b",
    re.I,
)
_PAGE_THING = compile_later(
    r"\b(?:rezept|artikel|beitrag|text|recipe|article|story|post|recette|receta|art[ií]culo|nota|ricetta|articolo|"
    r"receita|artigo|recept|статья|статью|рецепт|материал)\b",
    re.I,
)
RATING_WORDS = 8
BARE_RATING_WORDS = 4  # "¿Te ha gustado?": with no object, only a very short question
# "Our method", "Notre méthode", "Cómo lo verificamos": the heading of a fact-checker's note on its work
_METHOD_HEAD = compile_later(
    r"^(?:(?:our|unsere|notre|nuestra|nuestro|la\s+nostra|il\s+nostro|a\s+nossa|o\s+nosso|onze|наша|наш)\s+)"
    r"(?:method(?:ology)?|methode|methodik|vorgehen|méthode|méthodologie|metodolog[ií]a|método|metodo|"
    r"werkwijze|methodiek|методика|метод)"
    r"|^(?:how\s+we\s+(?:checked|verif(?:y|ied)|work)|so\s+(?:haben\s+wir|prüfen\s+wir)\s+\w+|"
    r"comment\s+(?:nous\s+(?:avons\s+)?vérifi\w*|nous\s+travaillons)|c[oó]mo\s+(?:lo\s+)?verificamos|"
    r"come\s+(?:abbiamo\s+)?verifica\w*|como\s+verific\w*|zo\s+(?:checkten|controleerden)\s+wij|"
    r"как\s+мы\s+провер\w*)",
    re.I,
)
METHOD_LINES = 3
METHOD_WORDS = 80


def _text(unit: str) -> str:
    return boilerplate.plain(unit).lstrip("#").strip()


def _count(text: str) -> int:
    return len(boilerplate.words(text))


def is_reader_call(text: str) -> bool:
    """A question to the reader, then the request to send it in: the story's sentences tell, they do not
    ask their reader to write to the newsroom."""
    ask, mark, after = text.rpartition("?")
    call = re.split(r"[.!]\s", after, maxsplit=1)[0]  # the request is the sentence right after the question
    return bool(mark) and _count(text) <= CALL_WORDS and _SEND_TO_US.search(call) is not None and bool(ask.strip())


def is_rating_prompt(text: str) -> bool:
    """The rating widget's question: short, it asks whether the reader liked the page."""
    n = _count(text)
    if not text.endswith("?") or n > RATING_WORDS or not _LIKED.search(text):
        return False
    return _PAGE_THING.search(text) is not None or n <= BARE_RATING_WORDS


def _method_box(lines: list[str]) -> int | None:
    """Where the note on the checker's method starts: its heading among the story's last lines, a few short
    lines under it to the end."""
    for i in range(max(1, len(lines) - METHOD_LINES - 1), len(lines)):
        text = _text(lines[i])
        if text.endswith(SENTENCE_END) or not _METHOD_HEAD.match(text):
            continue
        if sum(_count(_text(u)) for u in lines[i + 1 :]) <= METHOD_WORDS:
            return i
    return None


def without_reader_boxes(lines: list[str]) -> list[str]:
    """The story's lines less the reader's calls and rating prompts, and less the method note at its end."""
    kept = [u for k, u in enumerate(lines) if k == 0 or not (is_reader_call(_text(u)) or is_rating_prompt(_text(u)))]
    end = _method_box(kept)
    return kept if end is None else kept[:end]


# a writer's bio as the story's last line: a name of two or three capitalised words, then what they do,
# since when they write, or what they have published
_NAMED = compile_later(r"^(?:[A-ZÀ-ÞА-Я][\w'’-]+\s+){1,2}[A-ZÀ-ÞА-Я][\w'’-]+\s+(?-i:[a-zà-ÿа-я])")
_SINCE_YEAR = compile_later(r"\b(?:seit|since|depuis|desde|dal|dall['’]|sinds|с)\s+(?:19|20)\d\d\b", re.I)
_PUBLISHED = compile_later(
    r"\b(?:hat|has|a|ha|tem|heeft|опубликовал\w*)\s+(?:\w+\s+){0,2}(?:veröffentlicht|published|publié|publicado|"
    r"pubblicato|gepubliceerd)\b",
    re.I,
)
BIO_WORDS = 60
BIO_SIGNS = 2


def is_unnamed_bio(text: str, writes: bool) -> bool:
    """The story's last line as its writer's bio, the name in it not the byline's: it opens with a name and
    gives two signs of a bio among these: what they write (`writes`, the caller's vocabulary), since what year,
    what they have published. One alone may be the story's last word on someone in it."""
    if _NAMED.match(text) is None or _count(text) > BIO_WORDS:
        return False
    return writes + bool(_SINCE_YEAR.search(text)) + bool(_PUBLISHED.search(text)) >= BIO_SIGNS


# "@jane.roe", "Instagram: @jane": a social network's handle, which a writer's box prints and a story's
# paragraph does not end on
_HANDLE = compile_later(r"(?:^|\s)@[\w.]{3,30}$")
_OPENS_SINCE = compile_later(_SINCE_YEAR.pattern.replace(r"\b(?:seit", r"^(?:seit"), re.I)


def is_nameless_bio(text: str) -> bool:
    """The story's last line as the rest of a writer's box whose name line went with the byline: it
    opens with since what year ("Since 2014 on the city desk, …", no subject) and closes on a handle."""
    return _count(text) <= BIO_WORDS and _OPENS_SINCE.match(text) is not None and _HANDLE.search(text) is not None
