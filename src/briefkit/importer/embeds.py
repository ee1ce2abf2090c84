"""A poll and a pointer to audio or video, printed into a copied story's text.

Pages set a readers' poll between a story's paragraphs: its label ("Umfrage", "Encuesta"), its
question, the answers and the button that casts a vote, copied as one or a few short lines. They
point to a podcast's episode or a video the same way, with its length ("(27 Min.)", "01:34"). Both
are told by the button or the length with the word that names them; a story's own sentence about a
vote or a video ends in a full stop. A poll may instead set a statement to judge over a line of
answers only ("Agree Disagree", "Eens Oneens"), a yes and a no. The count of the votes cast so far,
set under the answers ("1 302 readers voted"), goes with them; `worldsignups` holds the poll's words
in twelve more languages. A video whose player was copied as its stand-in ("enable JavaScript to
watch the video") leaves its title on the line above: it goes too.
"""

from __future__ import annotations

import re

from briefkit.importer import farpagewords, pagenotes, worldsignups
from briefkit.importer.blocktext import plain, words
from briefkit.importer.lazyre import compile_later

# the button that casts a vote, and the count shown after it ("Bisher 312 Stimmen", "312 votes")
_VOTE = compile_later(
    r"(?:^|\s)(?:jetzt\s+)?(?:abstimmen|vote|votar|voter|votez|vota|votare|stemmen|stem|голосовать|проголосовать|"
    rf"{farpagewords.VOTE})(?P<count>\s+(?:bisher\s+|so\s+far\s+)?[\d.,]+\s+(?:stimmen|votes?|votos|voix|voti|stemmen|голос\w*))?"
    rf"(?:\s+{farpagewords.RESULTS})?\s*$",
    re.I,
)
_POLL_LABEL = compile_later(
    r"^(?:(?:the|our|die|unsere|le|notre|la|el|nuestra|il|a|o|a\s+nossa|de|onze|het)\s+)?"
    r"(?:(?:leser|reader'?s?|online-?)?(?:umfrage|poll|encuesta|sondage|sondaggio|enquete|enquête|peiling|pesquisa|"
    rf"опрос|{farpagewords.POLL})|stelling|statement|these|thèse|afirmaci[oó]n|affermazione|afirma[cç][aã]o|утверждение|"
    rf"abstimmung|vote|votación|votazione|votação|stemming|голосование|{worldsignups.POLL_LABEL})\s*[:.]?$",
    re.I,
)
# the answers' buttons alone on their line, a yes and a no among them ("Agree Disagree", "Sì No Vota",
# "Eens Oneens"): a poll's, under its question or the statement it asks the reader to judge
_YES = compile_later(
    r"^(?:yes|agree|ja|eens|oui|d['’]accord|s[iíì]|de\s+acuerdo|d['’]accordo|sim|concordo|да|согласен|согласна|"
    rf"stimme\s+zu|dafür|pour|a\s+favor|favorevole|{worldsignups.YES})$",
    re.I,
)
_NO = compile_later(
    r"^(?:no|disagree|nein|oneens|nee|non|pas\s+d['’]accord|en\s+desacuerdo|contrario|contraria|não|discordo|"
    rf"нет|не\s+согласен|не\s+согласна|stimme\s+nicht\s+zu|dagegen|contre|en\s+contra|in\s+disaccordo|"
    rf"{worldsignups.NO})$",
    re.I,
)
_ANSWER_SPLIT = compile_later(
    r"\s*[/|·•]\s*|\s{2,}|\s+(?=(?:disagree|oneens|nee|non|no|nein|não|discordo|нет|en\s+desacuerdo|"
    rf"pas\s+d['’]accord|in\s+disaccordo|stimme\s+nicht|dagegen|contre|en\s+contra|contrari[oa]|"
    rf"{worldsignups.NO})\b)",
    re.I,
)
# a word in small letters run into a capital with no space: two buttons' words copied as one
_GLUED_BUTTON = compile_later(r"(?<=[a-zäöüßàâçéèêëîïôûùáíóúñ])(?=[A-ZÄÖÜÀÂÇÉÈÊÁÍÓÚÑ])")
ANSWER_WORDS = 8
POLL_WORDS = 40  # a poll's question with its answers and its button, copied as one line
QUESTION_WORDS = 25

# a podcast's or a video's word, then its length: "(27 Min.)", "(31 min)", "01:34", "3:42 Min."
_MEDIA = compile_later(
    r"\b(?:podcast\w*|video\w*|vídeo\w*|folge|episode|épisode|episodio|aflevering|puntata|audio|видео)\b", re.I
)
_LENGTH = compile_later(
    r"(?:\(\s*\d{1,3}\s*(?:min|minuten|minutes|minutos|minuti|мин)\.?\s*\)|\b\d{1,2}:\d{2}(?:\s*min\.?)?)(?=\s|$)", re.I
)
MEDIA_WORDS = 25
VIDEO_TITLE_WORDS = 16


def is_media_pointer(block: str) -> bool:
    """A line pointing to a podcast's episode or a video, with its length: no sentence of the story."""
    text = plain(block).strip()
    lead = " ".join(text.split()[:6])
    return (
        0 < len(words(text)) <= MEDIA_WORDS
        and _MEDIA.search(lead) is not None
        and _LENGTH.search(text) is not None
        and not text.endswith(".")
    )


# the poll's label run into its question on one line ("Poll: Should the square be closed to cars?"), the
# answers' buttons lost when the page was copied or read
_LABELLED_QUESTION = compile_later(_POLL_LABEL.pattern.replace(r"\s*[:.]?$", r"\s*:\s+\S[^?]*\?$"), re.I)


def is_labelled_poll(text: str) -> bool:
    """A poll's question under its label on one line: a short question, no sentence of the story."""
    return _asks(text) and _LABELLED_QUESTION.match(text) is not None


def _is_vote_line(text: str, above: str) -> bool:
    """The poll's button at the line's end, under its question: asked on the line or the one above, or
    with the votes counted after it ("Abstimmen Bisher 312 Stimmen"); a sentence that ends in "vote" has
    no question before it."""
    text = _GLUED_BUTTON.sub(" ", text)  # "… zu vielAbstimmen": the button's word run into the last answer
    m = _VOTE.search(text) if 0 < len(words(text)) <= POLL_WORDS else None
    return m is not None and ("?" in text[: m.start()] or m.group("count") is not None or _asks(above))


def _asks(text: str) -> bool:
    return text.endswith("?") and 0 < len(words(text)) <= QUESTION_WORDS


def _is_answer_line(text: str) -> bool:
    """A line of a poll's answers only: a yes and a no, and at most the button that casts the vote."""
    text = _GLUED_BUTTON.sub(" ", text)  # "EensOneens": the two buttons' words run together
    if not 2 <= len(words(text)) <= ANSWER_WORDS or re.search(r"[.?!]$", text):
        return False
    text = _VOTE.sub("", text).strip()
    parts = [p.strip() for p in _ANSWER_SPLIT.split(text) if p and p.strip()]
    return (
        len(parts) >= 2
        and any(_YES.match(p) for p in parts)
        and any(_NO.match(p) for p in parts)
        and all(_YES.match(p) or _NO.match(p) for p in parts)
    )


def _asked_and_answered(text: str) -> bool:
    """A poll's question and its answers' buttons copied as one line ("Should the square be closed to
    cars? Agree Disagree"), its label before it or not: the question ends at its mark, the answers
    after it are only a yes and a no."""
    mark = text.rfind("?")
    return mark > 0 and _asks(text[: mark + 1].strip()) and _is_answer_line(text[mark + 1 :].strip())


def without_polls(blocks: list[str]) -> list[str]:
    """The blocks less each poll: the line with its vote button or its answers, the question (a short
    line that asks) or the statement to judge right above it and the poll's label above that; and the
    title over a video whose player was copied as its stand-in ("enable JavaScript to watch the video")."""
    drop = [False] * len(blocks)
    for i, block in enumerate(blocks):
        text = plain(block).strip()
        j = i - 1
        above = plain(blocks[j]).strip() if j >= 0 else ""
        answers = _is_answer_line(text) or _asked_and_answered(text)
        if not (answers or _is_vote_line(text, above)):
            continue
        drop[i] = True
        if i + 1 < len(blocks) and _counts_votes(plain(blocks[i + 1]).strip()):  # "Hlasovalo 8 214 čtenářů"
            drop[i + 1] = True
        # the question, or the statement the reader is asked to agree with, right above the answers
        judged = answers and j >= 0 and 0 < len(words(above)) <= QUESTION_WORDS
        if (_asks(above) or judged) and "?" not in text:
            drop[j] = True
            j -= 1
        if j >= 0 and _POLL_LABEL.match(plain(blocks[j]).strip()):
            drop[j] = True
    for i, block in enumerate(blocks):  # "How does this make you feel?" over "Happy" "Sad" "Angry" …
        moods = _mood_buttons(blocks, i + 1)
        if _asks(plain(block).strip()) and moods >= MOOD_BUTTONS:
            drop[i : i + 1 + moods] = [True] * (1 + moods)
    for i in range(1, len(blocks)):
        if _video_placeholder(plain(blocks[i]).strip()) and _video_title(plain(blocks[i - 1]).strip()):
            drop[i - 1] = True
    return [b for b, d in zip(blocks, drop, strict=True) if not d]


# the reactions a page offers under a story, a button each: the feelings every such box names, in the eight languages
_MOOD = compile_later(
    r"^(?:happy|sad|angry|inspired|afraid|scared|amused|surprised|excited|bored|annoyed|informed|love|wow|haha|"
    r"don['’]t\s+care|froh|glücklich|traurig|wütend|überrascht|erschrocken|egal|feliz|triste|enojad[oa]|"
    r"sorprendid[oa]|indiferente|heureux|en\s+colère|surpris|inquiet|irritad[oa]|surpres[oa]|felice|arrabbiat[oa]|"
    r"sorpres[oa]|blij|boos|verrast|радость|грусть|злость|удивление|страх|безразлично)\s*(?:\d{1,6})?$",
    re.I,
)
MOOD_BUTTONS = 4


def _mood_buttons(blocks: list[str], start: int) -> int:
    """How many reaction buttons stand one a line from `start` on: "Happy", "Sad", "Angry 12"."""
    n = 0
    while start + n < len(blocks) and _MOOD.match(plain(blocks[start + n]).strip()):
        n += 1
    return n


# the votes cast so far, counted under the answers: "8 214 readers voted", "Hlasovalo 8 214 čtenářů"
_VOTES = compile_later(
    rf"(?<!\w)(?:votes?|voted|voters|stimmen|abgestimmt|votants?|votos|votaron|voti|votanti|stemmen|gestemd|"
    rf"голос\w*|проголосова\w*|{worldsignups.VOTES})(?!\w)",
    re.I,
)
COUNT_WORDS = 6


def _counts_votes(text: str) -> bool:
    """The count of the votes cast under a poll's answers: a few words, a number, a word of voting."""
    return (
        0 < len(words(text)) <= COUNT_WORDS
        and re.search(r"\d", text) is not None
        and _VOTES.search(text) is not None
        and not text.endswith(".")
    )


def _video_placeholder(text: str) -> bool:
    """ "To watch the video, enable JavaScript": the player's stand-in, which names the video."""
    return 0 < len(words(text)) <= MEDIA_WORDS and _MEDIA.search(text) is not None and pagenotes.needs_script(text)


def _video_title(text: str) -> bool:
    """The video's title over its player: a short line that is no sentence."""
    return 0 < len(words(text)) <= VIDEO_TITLE_WORDS and not text.endswith((".", "!", "?", ":", "”", '"', "»"))
