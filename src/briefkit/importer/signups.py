"""A newsletter's sign-up box printed into a story's text.

Publishing systems put the same box under (or inside) every story: a short heading ("Get every
story in your inbox"), one sentence of pitch, and the form's line (a field's placeholder and its
button, "Your e-mail  Sign up"). Copied as text, the box reads like a subheading and a short
paragraph. What gives it away in every language is the reader's mailbox: the story is not
delivered to "your inbox", "tu correo", "la tua casella di posta" anywhere but in such a box.

A line naming the reader's (or the house's) mailbox in few words anchors a box; the box is the
anchor, the one short sentence under an anchor that is a heading, the short lines of sign-up
vocabulary around it and the form's line after it (a few words with no sentence's end).
`worldsignups` holds the mailbox, the letter and the button in twelve more languages; there, a line
that names the letter and asks to sign up for it anchors a box too.
"""

from __future__ import annotations

import re

from briefkit.importer import appealvoice, boilerplate, worldsignups
from briefkit.importer.lazyre import compile_later

# the mailbox itself, in the listed languages
_MAILBOX = compile_later(
    r"\b(?:inbox|mailbox|mailing\s+list|e-?mail\s+list|posteingang|postfach|postvak|"
    r"bo[iî]te\s+(?:mail|e-?mail|de\s+r[ée]ception|aux\s+lettres)|bandeja\s+de\s+entrada|"
    r"casella\s+(?:di\s+posta|e-?mail|mail)|posta\s+elettronica|caixa\s+de\s+(?:entrada|correio)|"
    r"почтов\w+\s+ящик\w*)\b",
    re.I,
)
# the reader's own mailbox, the possessive right before it: "your inbox", "tu correo", "je mailbox"
_YOUR_MAILBOX = compile_later(
    r"\b(?:your|je|jouw|uw|ihr(?:em|en|e)?|dein(?:em|en|e)?|votre|ta|tu|su|tua|tuo|sua|seu|teu|ваш\w*)\s+"
    r"(?:e-?mail|mail|correo(?:\s+electr[oó]nico)?|courriel|posta|почт\w+|inbox|mailbox|postvak|posteingang|"
    r"postfach|bo[iî]te|bandeja|casella|caixa)\b"
    rf"|(?<!\w)(?:{worldsignups.YOUR_MAILBOX})(?!\w)",
    re.I,
)
# the words of signing up itself (not of support or of reading): what a box's other lines say
_SIGNUP = compile_later(
    r"\b(?:sign(?:ing)?\s+up|subscri\w*|newsletters?|register\w*|free|gratis|gratuit\w*|kostenlos\w*|"
    r"anmeld\w*|abonn\w*|inscr[ií]\w*|suscr[ií]\w*|ap[uú]nta\w*|iscri\w*|assin\w*|cadastr\w*|"
    r"inschrijv\w*|aanmeld\w*|schrijf\s+je\s+in|подпис\w*|рассылк\w*)\b",
    re.I,
)
# a line this long or shorter may be a box's pitch; a story's paragraph is longer or says nothing of sign-ups
_PITCH_WORDS = 25
_FORM_WORDS = 5


def _count(text: str) -> int:
    return len(boilerplate.words(text))


def _heading(text: str) -> bool:
    return 0 < _count(text) <= 10 and not text.rstrip().endswith(boilerplate.SENTENCE_END)


# the letter itself, by the names it goes by in the listed languages
_LETTER = compile_later(
    rf"newsletter\w*|nieuwsbrie\w*|infolettre\w*|lettre\s+d['’]information|bolet[ií]n|rassegna|рассылк\w*|"
    rf"{worldsignups.LETTER}",
    re.I,
)


def is_anchor(block: str) -> bool:
    """A short line that offers the story to the reader's mailbox ("Get it in your inbox"), or a
    heading that asks the reader to sign up for the letter ("Sign up for our weekly newsletter")."""
    text = boilerplate.plain(block)
    if _count(text) > 30 or text.rstrip().endswith("?"):
        return False
    if _heading(text) and _BUTTON.search(text) and _LETTER.search(text):
        return True
    if _WORLD_SIGN_UP.search(text) and _LETTER.search(text):  # "Iratkozzon fel hírlevelünkre, és …"
        return True
    return bool(_YOUR_MAILBOX.search(text)) or bool(_MAILBOX.search(text)) and appealvoice.voiced(text)


# signing up in the languages beyond the eight, where `boilerplate`'s appeal words miss the letter's call
_WORLD_SIGN_UP = compile_later(rf"(?<!\w)(?:{worldsignups.SIGN_UP})(?!\w)", re.I)


# the form's button alone on its line: a verb of signing up, in each language ("Sign up", "Jetzt abonnieren")
_BUTTON = compile_later(
    r"(?:\w+\s+)?(?:sign\s+(?:me\s+)?up|subscribe|abonn\w*|anmelden|inscr[ií]\w*|suscr[ií]\w*|ap[uú]nta(?:te|me)|iscriv\w*|"
    rf"assin\w*|aanmelden|inschrijven|подпис\w*|{worldsignups.SIGN_UP})(?:\s+\w+)?[!]?",
    re.I,
)
_BUTTON_WORDS = 3


def _buttoned_box(blocks: list[str], i: int) -> int:
    """A box told by its button instead of a mailbox: a heading (the letter's name), one short
    sentence of pitch, maybe the form's field ("Email address"), and a line that is only the sign-up
    button. The pitch may end on no stop when the heading calls to sign up as the button does ("Sign
    up to Harbour Weekly" / "The week's stories from the coast" / "Sign up"). How many lines the box
    has, or 0."""
    if i < 2:
        return 0
    button = boilerplate.plain(blocks[i]).strip()
    if _count(button) > _BUTTON_WORDS or _BUTTON.fullmatch(button) is None:
        return 0
    k = i - 1
    if k >= 2 and 0 < _count(blocks[k]) <= _FIELD_WORDS and _heading(boilerplate.plain(blocks[k]).strip()):
        k -= 1  # the form's field between the pitch and the button
    pitch, head = (boilerplate.plain(blocks[j]).strip() for j in (k, k - 1))
    stopped = (
        pitch.endswith(boilerplate.SENTENCE_END) or _BUTTON.match(head) is not None and _count(pitch) > _FIELD_WORDS
    )
    return i - k + 2 if 0 < _count(pitch) <= _PITCH_WORDS and stopped and _heading(head) else 0


_FIELD_WORDS = 2  # "Email address", "E-Mail": a form's field, shorter than any pitch


def _pitched_button(button: str, pitch: str) -> bool:
    """A box with no heading: one short sentence or two that speak of subscribing, then the button alone."""
    return (
        _count(button) <= _BUTTON_WORDS
        and _BUTTON.fullmatch(button) is not None
        and 0 < _count(pitch) <= _PITCH_WORDS
        and pitch.endswith(boilerplate.SENTENCE_END)
        and _SIGNUP.search(pitch) is not None
    )


def _closing_box(blocks: list[str]) -> bool:
    """A box closing the story whose button the story's end left out: a heading that names the letter,
    then one short sentence of pitch, the story's last line."""
    if len(blocks) < 3:
        return False
    head, pitch = (boilerplate.plain(blocks[k]).strip() for k in (-2, -1))
    short = 0 < _count(pitch) <= _PITCH_WORDS and pitch.endswith(boilerplate.SENTENCE_END)
    return short and _heading(head) and _LETTER.search(head) is not None


def without_buttoned_boxes(blocks: list[str]) -> list[str]:
    """The lines less each box told by its sign-up button; run before the boilerplate pass, which
    drops the button as a line of the page's controls and leaves its heading and pitch behind."""
    drop = [False] * len(blocks)
    if _closing_box(blocks):
        drop[-2:] = [True, True]
    for i in range(len(blocks)):
        if lines := _buttoned_box(blocks, i):
            drop[i + 1 - lines : i + 1] = [True] * lines
        elif i >= 1 and _pitched_button(boilerplate.plain(blocks[i]).strip(), boilerplate.plain(blocks[i - 1]).strip()):
            drop[i - 1 : i + 1] = [True] * 2
    return [b for b, d in zip(blocks, drop, strict=True) if not d]


def without_box_over(body: list[str], below: list[str]) -> list[str]:
    """The story less the heading and pitch of a sign-up box that ends it, when the line under the
    story is the box's button: where the story was found to end, the button (a short line, no prose)
    fell outside it, and the box is told by it all the same."""
    if not below or not body:
        return body
    lines = _buttoned_box([*body, below[0]], len(body))
    return body[: len(body) + 1 - lines] if lines else body


def closes_box(units: list[str], i: int) -> bool:
    """Whether line `i` is the button of a sign-up box whose heading and pitch stand right over it: a
    short line of no prose, which a story's end found by its prose leaves out, though it tells the box."""
    return _buttoned_box(units, i) > 0


def without_signup_boxes(blocks: list[str]) -> tuple[list[str], list[str]]:
    """The blocks less each sign-up box, and the lines removed (in order)."""
    drop = [False] * len(blocks)
    for i, block in enumerate(blocks):
        if drop[i] or not is_anchor(block):
            continue
        drop[i] = True
        text = boilerplate.plain(block)
        j = i + 1
        # the pitch under a heading that names the mailbox, however it words the offer
        if _heading(text) and j < len(blocks) and _count(boilerplate.plain(blocks[j])) <= _PITCH_WORDS:
            drop[j] = True
            j += 1
        for step, k in ((1, j), (-1, i - 1)):
            while 0 <= k < len(blocks):
                line = boilerplate.plain(blocks[k])
                short_offer = _count(line) <= _PITCH_WORDS and bool(_SIGNUP.search(line))
                form = step == 1 and _count(line) <= _FORM_WORDS and _heading(line)
                if not (short_offer or form):
                    break
                drop[k] = True
                k += step
    kept = [b for b, d in zip(blocks, drop, strict=True) if not d]
    return kept, [b for b, d in zip(blocks, drop, strict=True) if d]


def is_whole_box(lines: list[str]) -> bool:
    """Whether a stretch of short lines is one sign-up box and nothing else (its heading, its pitch
    naming the reader's mailbox, its form's line and button): a box the page sets between two of the
    story's paragraphs ends only itself, where a stretch holding other furniture too (tags, a share
    bar, a teaser's label) is the page's tail."""
    if not lines:
        return False
    last = boilerplate.plain(lines[-1]).strip()
    if _BUTTON.fullmatch(last) is None and not is_anchor(last) and _SIGNUP.search(last) is None:
        return False  # the stretch ends on a line not the box's (a name over the writer's bio under it)
    if not without_buttoned_boxes(lines):
        return True
    kept, boxed = without_signup_boxes(lines)
    return not kept and bool(boxed)


BOX_LINES = 6  # a box's heading, pitch, field, button and its small print: no more


def past_inset_box(units: list[str], values: list[int], end: int) -> int:
    """A run of prose that stops at a sign-up box, moved past the box to the end of the prose under
    it, when a paragraph of whole sentences follows the box: the box's pitch weighs as furniture and
    cuts the densest prose in two, though the story goes on under it (where it ends then is told by
    the furniture after it, as for any run)."""
    for k in range(end + 1, min(len(units), end + BOX_LINES + 1)):
        if values[k] <= 0:
            continue
        text = boilerplate.plain(units[k]).rstrip()
        paragraph = _count(text) >= _PARAGRAPH_WORDS and text.endswith(boilerplate.SENTENCE_END)
        if not paragraph or not is_whole_box(units[end:k]):
            return end
        while k < len(units) and values[k] > 0:
            k += 1
        return k
    return end


_PARAGRAPH_WORDS = 10
