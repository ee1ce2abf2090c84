"""What a news page wraps around the article, recognised by general rules.

Copied pages carry the publisher's furniture: "Comments", "Advertisement", share and "related"
links, log-in prompts, cookie banners, newsletter promotions and donation appeals. None of it is
the story. The rules here work on *shapes* and *vocabulary*, not on any publisher's sentences:

- short interface lines ("Share", "Related …", "Sign up …", "Most viewed") are dropped;
- an appeal is a paragraph in the publisher's own voice (we/our, addressing you/your outside
  quotations) that uses the vocabulary of support, subscriptions and newsletters; once one is
  found, its neighbours in the same voice go with it, so whole appeal blocks disappear;
- after an end-of-article marker (comments, "explore more", "most viewed"), a short tail of
  furniture is cut whole;
- site.yaml's `importer.boilerplate` adds phrases a site wants gone.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefkit.importer import (
    appealvoice,
    disclaimers,
    editornotes,
    embeds,
    farpagewords,
    inlineboxes,
    navlines,
    pagecalls,
    pagewords,
    readercalls,
    relatedlines,
    shoutedtabs,
    siteselfnotes,
    teasers,
    tipcalls,
)
from briefkit.importer.blocktext import SENTENCE_END as SENTENCE_END
from briefkit.importer.blocktext import count_words as count_words
from briefkit.importer.blocktext import plain as plain
from briefkit.importer.blocktext import words as words
from briefkit.importer.lazyre import compile_later
from briefkit.importer.pagedata import is_page_data
from briefkit.importer.smallprint import is_cookie_banner as is_cookie_banner
from briefkit.importer.smallprint import is_form_notice
from briefkit.importer.smallprint import is_legal as is_legal

_UI_LINE = compile_later(
    r"""^(?:
        \d*\s*comments?(?:\s*\(\d+\))?|(?:view|show|hide|load|read)\s+(?:all\s+)?comments?|
        most\s+(?:read|popular|viewed|commented|shared|liked|recent)(?:\s+.*)?|
        this\s+(?:article|story|page|content)\s+is\s+(?:more\s+than|over)\s+.*\bold|
        (?:facebook|twitter|x|reddit|linkedin|pinterest|flipboard|whatsapp|telegram|bluesky|threads|messenger|tumblr|
           copy|copy\s+url|e-?mail|sms|more\s+sharing\s+options|share\s+(?:via|on)\s+.*)|
        \d+\s+min(?:ute)?s?\s+(?:read|listen)|(?:published|updated|posted)|
        (?:(?:published|updated|posted|last\s+updated)\s*:?\s*)?\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|
        (?:open|close)\s+(?:panel|menu|navigation|search|sidebar)|
        (?:media|video|audio)\s+caption\b.*|(?:purchase|buy)\s+(?:licensing\s+rights|this\s+photo|photo|reprints?)|order\s+reprints?.*|
        contribute|keywords|(?:related|suggested)\s+(?:topics|tags|content|articles|stories|coverage|links|news|reading)|
        ={2,}\s*\w[\w .&-]{0,30}|\(?ends?\)?|
        [\w.+-]+@[\w-]+(?:\.[\w-]+)+|\#[^\s\#].{0,80}|
        ©.*|(?:\(c\)|copyright)\s.*rights\s+reserved.*|
        advertisement|advert|ad|sponsored(?:\s+content)?|paid\s+content|promoted|
        skip\s+(?:to|past)\s+.*|skip\s+(?:advertisement|ad)|.*\bafter\s+\w*\s*promotion|
        share(?:\s+(?:this|the|full))?(?:\s+(?:article|story|page|on\s+\w+|via\s+\w+))?(?:\s*:\s*[^.]{0,80})?|
        copy\s+link|link\s+copied|print(?:\s+this)?(?:\s+article)?|e-?mail(?:\s+this\s+article)?|
        save(?:\s+(?:this\s+)?(?:article|story))?|bookmark|gift(?:\s+this)?\s+article|
        reuse\s+this\s+content|topics|tags|
        (?:read|see)\s+(?:more|also|next)\b.*|more\s+(?:on|about|from)\s+(?:this|these|the)\s+\w+.*|
        explore\s+more\b.*|recommended(?:\s+(?:for\s+you|stories|reading))?|you\s+may\s+also\s+like|
        listen(?:\s+to\s+(?:this|the)\s+(?:article|story))?(?:\s+.*)?|
        follow(?:\s+us)?(?:\s+on\s+.*)?|
        sign\s+up\b.*|subscribe\b.*|newsletters?\b.*|
        log\s?in|sign\s?in|register|create\s+(?:an|your|a\s+free)\s+account|already\s+(?:a\s+subscriber|have\s+an\s+account).*|
        thank\s+you\s+for\s+(?:registering|subscribing|signing\s+up|reading|your\s+support).*|
        accept(?:\s+all)?(?:\s+cookies)?|reject\s+all|(?:manage|cookie)\s+(?:cookies|settings|preferences|policy|consent).*|
        image|photo|enlarge\s+this\s+image|toggle\s+caption|hide\s+caption|expand|close|menu|search|home|back\s+to\s+top|
        open\s+image\s+in\s+gallery|view\s+image\s+in\s+fullscreen|
        join\s+(?:our|the)\s+.*\b(?:forum|conversation|conversations|discussion|community|debate|comments?)\b.*
    )[.:!]?$""",
    re.I | re.X,
)
# "Related: Kim Jong-un meets ..." — a headline-like link, not a sentence
_RELATED = compile_later(
    r"^(?:related|(?:also\s+)?read\s+also|also\s+read|read\s+more|more\s+on\s+this|recommended|watch|keep\s+reading|"
    r"see\s+also|read(?=\s*[|:])|also\s+on\s+(?:[^\W_]+\s+){0,3}?[^\W_]+(?=\s*:)|"
    r"(?:subscribers?|members?|premium)(?:\s+only|\s+article|\s+content)|listen|video)\b\s*[:\-–]?\s*",
    re.I,
)
# A line that only says "read more" / "related" introduces the headline link that follows it
_PROMO_LABEL = compile_later(
    r"^(?:related(?:\s+\w+)?|also\s+read|read\s+also|read\s+more(?:\s+(?:from|on|at)\s+[^.!?:]{1,40}:)?|keep\s+reading|"
    r"see\s+also|more\s+on\s+this(?:\s+story)?|recommended)\s*:?$",
    re.I,
)
# "Read more on water safety", "Lees meer over de stikstofcrisis": the label names the topic of the one story
# it links to, in a few words and no sentence
_TOPIC_LABEL = compile_later(
    r"^(?:read\s+more|more|lesen\s+sie\s+mehr|mehr|(?:lire|en\s+savoir)\s+plus|plus|(?:lee|leer|lea)\s+más|más|"
    r"(?:leggi|scopri)\s+(?:di\s+più|altro)|(?:leia|saiba)\s+mais|(?:lees\s+)?meer|читайте\s+(?:больше|подробнее)|"
    r"больше)\s+(?:on|about|zu[mr]?|über|sur|sobre|su(?:l|lla|gli|i)?|over|о|об|про)\s+[^\W\d_][^.!?:]{0,40}$",
    re.I,
)
TOPIC_LABEL_WORDS = 8
# a headline in title case ("Your Tap Water May Contain It. Here Is How to Find Out."): most of its longer
# words open with a capital, which a sentence's do not, full stop or none
TITLE_CASE_SHARE = 0.75


def _title_cased(block: str) -> bool:
    long = [w for w in words(plain(block)) if len(w) >= 4 and w[0].isalpha()]
    return len(long) >= 3 and sum(w[0].isupper() for w in long) >= TITLE_CASE_SHARE * len(long)


# Who else worked on the story, printed as its last line: "Reporting by …; Editing by …", "AP writer X
# contributed". The saved page prints it inside the article, so it is the story's close (and ends it)
CLOSING_CREDIT = compile_later(
    r"^(?:(?:additional\s+)?(?:reporting|writing|editing|research|graphics)\s+by\b.*|"
    r"(?:[\w.'’-]+\s+){0,5}"
    r"(?:(?:writers?|reporters?|correspondents?|journalists?|staff)\b.{0,160}\b|[\w.'’ -]{0,80}\s)contributed"
    r"(?:\s+(?:to\s+this\s+(?:report|story|article)|reporting))?\.?)$",
    re.I,
)
# A source or a compiler's credit, printed over a list of stories as often as under one: furniture
_CONTRIBUTORS = compile_later(
    r"^(?:(?:source|sources|with\s+(?:agencies|wires))\s*:\s*[^.]{2,60}|"
    r"(?:compiled|edited|written)\s+by\s+[^.]{2,80})$",
    re.I,
)
_LOGIN = compile_later(
    r"\b(?:log(?:ged)?[ -]?in|sign(?:ed)?[ -]?in|register(?:ing|ed)?\b|create\s+an\s+account"
    r"|refresh\s+(?:the|your)\s+(?:page|browser))",
    re.I,
)
_END_MARKER = compile_later(
    r"^(?:\d*\s*comments?|join\s+(?:our|the)\s+.*(?:forum|conversation|discussion|community)|"
    r"most\s+(?:read|popular|viewed|commented|shared)|more\s+on\s+this\s+story|explore\s+more\b.*|"
    r"reuse\s+this\s+content|related\s+(?:articles|stories|topics|content)|topics|you\s+may\s+also\s+like|"
    r"recommended(?:\s+for\s+you)?|more\s+from\s+.*|view\s+comments|show\s+comments|read\s+next|"
    r"our\s+standards\b.*|suggested\s+topics|\(end\)|end|keywords|related\s+(?:tags|coverage)|"
    r"={2,}\s*\w[\w .&-]{0,30})[.:!]?$",
    re.I,
)
_COUNTED = compile_later(r"\(\d{1,5}\)\s*:?$")


@dataclass(frozen=True, slots=True)
class Filtered:
    """Blocks kept (in order) and the text that was dropped (for guessing the publisher)."""

    kept: list[str]
    removed: list[str]


# "vor 2 Stunden", "il y a 3 heures", "hace 2 horas", "2 ore fa", "há 2 dias", "2 uur geleden", under
# an optional "updated" label: a time relative to the reading, which dates nothing (never a publication date)
_RELATIVE_TIME = compile_later(
    r"^(?:(?:aktualisiert|mis\s+à\s+jour|actualizado|aggiornato|atualizado|bijgewerkt)\s*:?\s*)?"
    r"(?:vor|il\s+y\s+a|hace|há)\s+\d+\s+\w+$|^(?:(?:aggiornato|bijgewerkt)\s*:?\s*)?\d+\s+\w+\s+(?:fa|geleden)$",
    re.I,
)


# "Follow us on X", "Síguenos en Telegram y Twitter para recibir …", in each listed language
_FOLLOW_US = compile_later(
    r"^(?:follow\s+us|s[ií]guenos|folgen\s+sie\s+uns|folge\s+uns|suivez-nous|seguici|siga-nos|nos\s+siga|volg\s+ons|"
    rf"подписывайтесь\s+на|следите\s+за\s+нами|{farpagewords.FOLLOW_US})\b",
    re.I,
)


# "Previous article: Title", "Nächster BeitragTitle", "Article suivant Title": a link to the story
# beside this one on the site, its label glued to the title as often as not
NEIGHBOUR_POST = compile_later(
    r"^(?:(?:previous|next|older|newer)\s+(?:article|post|story|entry)|(?:vorherige[rs]?|nächste[rs]?|ältere[rs]?|"
    r"neuere[rs]?)\s+(?:artikel|beitrag|eintrag)|(?:article|billet)\s+(?:précédent|precedent|suivant)|"
    r"art[ií]culo\s+(?:anterior|siguiente)|(?:siguiente|anterior)\s+art[ií]culo|"
    r"articolo\s+(?:precedente|successivo)|(?:artigo|post)\s+(?:anterior|seguinte)|pr[oó]ximo\s+(?:artigo|post)|"
    r"(?:vorig|volgend)e?\s+(?:artikel|bericht)|(?:предыдущая|следующая)\s+статья)(?=$|[\s:»›>|\-–]|(?-i:[A-ZÀ-ÞА-Я„“\"«]))",
    re.I,
)


# ">> Another story's headline <<": a line framed by arrows on both sides points to another page. German
# quotation marks (»…«) frame quotes, so they are not arrows here.
_ARROWED = compile_later(r"^(?:>>|►|▶|→)\s+\S.*\s(?:<<|◄|◀|←)$")


# "< Anterior", "Next »", "← Précédent": a pager's button to the site's story before or after this one, its arrow
# alone before or after the word (a story's sentence never sets an arrow beside a lone "next")
_PAGER = compile_later(
    r"^(?:[<«‹←◄◀]+\s*(?:previous|prev|older|anterior|précédent|precedent|precedente|vorherige[rs]?|zurück|vorige|"
    r"предыдущая|назад|poprzedni|předchozí|önceki|előző)|(?:next|newer|seguinte|siguiente|suivant|successivo|"
    r"successiva|weiter|nächste[rs]?|volgende|следующая|далее|próximo|próxima|następny|další|sonraki|következő)"
    r"\s*[>»›→►▶]+)$",
    re.I,
)


# a sentence's last mark, in the scripts too (the danda, the Urdu and the CJK full stops): a line ending on one is
# the story's sentence that opens with a label's words, no headline
_SENTENCE_ENDS = (".", "”", '"', "।", "۔", "。")


# what points at a link before its label: an arrow, a bullet, an opening bracket
_POINTER = compile_later(r"^[\s(\[➤►▶▸→➔»>•■]+")


@functools.lru_cache(maxsize=4096)
def is_interface_line(block: str) -> bool:
    """A short line of page furniture: "Comments", "Share", "Related …", "Sign up to …"."""
    text = plain(block)
    n = len(words(text))
    if n == 0 or not re.search(r"[^\W_]", text):  # "___", "* * *": separators, not text
        return True
    if n <= 14 and (_UI_LINE.match(text) or _RELATIVE_TIME.match(text)):
        return True
    if n <= 25 and (_FOLLOW_US.match(text) or pagewords.THANKS_FOR_READING.match(text)):  # "Síguenos en …"
        return True
    if n <= 8 and (pagewords.UI_LINE.match(text) or pagewords.END_MARKER.match(text)):
        return True
    # "➤ Lesen Sie auch: …", "(Also on the blog: …)": the pointer or bracket around the label is no text
    pointed = _POINTER.sub("", text).rstrip().rstrip(")]").rstrip()
    if n <= 16 and _RELATED.match(pointed) and not pointed.endswith((".", "”", '"')):
        return True
    # "Lees ookDe …", "Lire aussi. Un titre", "LEGGI ANCHE Montevarchi, …": the label names its line a link,
    # so a long headline still is one
    read_also = (
        pagewords.READ_ALSO_LINK.match(pointed)
        or pagewords.shouted_read_also(pointed)
        or pagewords.read_on_glued(pointed)
        or pagewords.end_label_glued(pointed)
    )
    if n <= 24 and read_also and not pointed.endswith(_SENTENCE_ENDS):
        return True
    # an app's promotion, a raffle, a licence, a paywall's button, a podcast's pointer, a poll's question, …
    if siteselfnotes.is_site_note(text, n) or embeds.is_media_pointer(text) or embeds.is_labelled_poll(text):
        return True
    if editornotes.is_editors_note(text, n):  # a correction, a machine-made summary's note, a live page's pointer
        return True
    if pagecalls.is_page_call(text, n):  # a paywall's count, an offer, a shop's or a button's call
        return True
    if n <= 30 and NEIGHBOUR_POST.match(text):
        return True
    if n <= 2 and _PAGER.match(text.strip()):
        return True
    if n <= 30 and (_ARROWED.match(block.strip().lstrip("\\")) or _ARROWED.match(text.strip())):
        return True
    if n <= 60 and _CONTRIBUTORS.match(text):
        return True
    return False


def is_page_line(text: str) -> bool:
    """An interface line that is no correction: a copied story's span reaches its correction at its foot."""
    return is_interface_line(text) and not editornotes.is_correction(text, len(words(text)))


@functools.lru_cache(maxsize=4096)
def is_login_line(block: str) -> bool:
    text = plain(block)
    return (
        bool(_LOGIN.search(text))
        and (appealvoice.addresses_reader(text) or len(words(text)) <= 6)
        and len(words(text)) <= 45
    )


def _matches_extra(block: str, phrases: tuple[str, ...]) -> bool:
    text = _norm(plain(block))
    for phrase in phrases:
        p = _norm(phrase)
        if p and p in text and len(text) <= len(p) * 1.5 + 40:
            return True
    return False


def text_key(text: str) -> str:
    """A text's words, lower-cased, without the punctuation between them: what two printings of the
    same line (a headline and its repeat, a paragraph and the extractor's copy) have in common; a soft
    hyphen a page prints into long words joins their parts again."""
    return re.sub(r"\W+", " ", text.replace("\u00ad", "")).strip().lower()


def _norm(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def strip_extra_phrases(block: str, phrases: tuple[str, ...]) -> str:
    """Remove configured phrases that sit inside a longer paragraph."""
    for phrase in phrases:
        if phrase.strip():
            block = re.sub(re.escape(phrase.strip()), "", block, flags=re.I)
    return re.sub(r"\s{2,}", " ", block).strip()


def filter_blocks(blocks: list[str], extra_phrases: tuple[str, ...] = ()) -> Filtered:
    """Drop furniture, appeal blocks and the end-of-page tail from a list of paragraphs."""
    n = len(blocks)
    drop = [False] * n
    anchor = [False] * n
    texts = [plain(b) for b in blocks]
    page = "\n".join(texts)  # a word run together twice on the page is a name, not a glue
    for i, block in enumerate(blocks):
        if editornotes.closing_correction(texts, i):  # the story's own note under its last paragraph
            continue
        if _matches_extra(block, extra_phrases) or appealvoice.is_appeal(block) or (i >= 0.7 * n and is_legal(block)):
            drop[i] = anchor[i] = True
        elif (
            is_interface_line(block)
            or is_login_line(block)
            or is_cookie_banner(block)
            or is_page_data(block)
            or _is_widget_data(block)
            or is_form_notice(block)
            or pagecalls.is_inline_call(plain(block))
            or readercalls.is_reader_call(plain(block), len(words(plain(block))))
            # a disclaimer under its label, a call for tips: cut from the story, but no mark of where it ends
            or disclaimers.is_disclaimer(texts[i])
            or tipcalls.is_tip_call(texts[i], len(words(texts[i])))
        ):
            drop[i] = True
            # "Read more" on its own line: the headline it links to follows it
            label = _PROMO_LABEL.match(plain(block)) or pagewords.READ_ALSO.match(plain(block))
            if label and i + 1 < n and inlineboxes.is_headline_link(blocks[i + 1]):
                drop[i + 1] = True
                # more titles under it, each with another title under it: a subheading over a paragraph stays
                j = i + 2
                while (
                    j + 1 < n and j - i <= LINKED_TITLES and all(map(inlineboxes.is_headline_link, blocks[j : j + 2]))
                ):
                    drop[j] = True
                    j += 1
            elif _topic_label(block) and i + 1 < n and not is_interface_line(blocks[i + 1]):
                under = blocks[i + 1]  # a title, not a control that the pass weighs on its own ("Comment now")
                drop[i + 1] = drop[i + 1] or inlineboxes.is_headline_link(under) or _title_cased(under)
        elif titles := inlineboxes.more_info_titles(blocks, i):  # "More information" over other stories' titles
            drop[i : i + 1 + titles] = [True] * (1 + titles)
        elif teasers.ends_in_more_link(block):  # another page's teaser, with its title and label over it
            start = teasers.teaser_start(blocks, i)
            drop[start : i + 1] = [True] * (i + 1 - start)
        elif relatedlines.shouted_pointer(plain(block)) or relatedlines.glued_pointer(plain(block), page):
            drop[i] = True  # another story's headline under its label in capitals or glued to it
    for start, end in shoutedtabs.shouted_runs(blocks):  # a row of tabs in capitals
        drop[start:end] = [True] * (end - start)
    for i in navlines.pointer_lines(blocks):  # "Next chapter: … →", ">> another story's title"
        drop[i] = True
    for start, end in teasers.excerpt_lists(blocks):  # a blog's latest posts, each cut off after a few words
        drop[start:end] = [True] * (end - start)
    # appeal blocks: spread from each anchor over neighbours in the publisher's voice
    for i in range(n):
        if not anchor[i]:
            continue
        for step in (-1, 1):
            j = i + step
            while 0 <= j < n and (drop[j] or appealvoice.in_house_voice(blocks[j])):
                drop[j] = True
                j += step
    _cut_tail(blocks, drop)
    kept = [
        strip_extra_phrases(b, extra_phrases) if extra_phrases else b
        for b, d in zip(blocks, drop, strict=True)
        if not d
    ]
    removed = [b for b, d in zip(blocks, drop, strict=True) if d]
    return Filtered([b for b in kept if b], removed)


# A picture's address printed as text ("…/uploads/2022/12/pier.jpg 1707 2560 Jane Roe"): a widget
# whose template printed its data fields (related posts, a slider), never a sentence of a story
_BARE_PICTURE_URL = compile_later(r"(?<![(\[<])https?://\S+?\.(?:jpe?g|png|gif|webp|avif|svg)\b", re.I)


def _topic_label(block: str) -> bool:
    """A label naming the topic of the one story it links to; not the heading of the page's tail ("Mehr zu
    dem Thema"), which the tail's own pass weighs with what stands under it."""
    text = plain(block).strip()
    return len(words(text)) <= TOPIC_LABEL_WORDS and _TOPIC_LABEL.match(text) is not None and not is_box_label(text)


def _is_widget_data(block: str) -> bool:
    return _BARE_PICTURE_URL.search(block) is not None and not block.lstrip().startswith("!")


LINKED_TITLES = 3  # the most titles of other stories a "Read more" label links to between the story's paragraphs
CREDIT_WORDS = 60  # a longer line opening "Reporting by" is the story's sentence, not its credit


def is_box_label(text: str) -> bool:
    """A label over a box of links: an end marker, or one that introduces links ("Related", "Lesen Sie auch")."""
    text = text.strip()
    return bool(_END_MARKER.match(text) or pagewords.END_MARKER.match(text) or _PROMO_LABEL.match(text)) or bool(
        pagewords.READ_ALSO.match(text)
    )


def _cut_tail(blocks: list[str], drop: list[bool]) -> None:
    """After an end marker in the second half of the page, a short tail is furniture: cut it. A
    closing credit ("Reporting by …") is such a marker too, but the story's own last line. A marker
    over a box of links with only the story's paragraphs under it is no end (see `inlineboxes`)."""
    n = len(blocks)
    counts = [len(words(plain(b))) for b in blocks]
    for i in range(n):
        text = plain(blocks[i])
        marker = bool(_END_MARKER.match(text) or pagewords.END_MARKER.match(text))
        # a heading with its count ("Comments (24)") opens the readers' section, never a box inside the story
        boxed = (marker or is_box_label(text)) and not _COUNTED.search(text)
        inside = inlineboxes.box_end(blocks, drop, i, is_box_label) if boxed else None
        if inside is None and boxed and pagewords.CITE_ONLY.match(text):
            inside = inlineboxes.cited_box_end(blocks, drop, i, is_box_label)
        if inside is not None:  # a box of links between the story's paragraphs: the box goes, the story stays
            drop[i:inside] = [True] * (inside - i)
            return
        if i < n // 2:
            continue
        if CLOSING_CREDIT.match(text) and len(words(text)) <= CREDIT_WORDS:
            cut = i + 1
        elif marker or re.fullmatch(r"\s*(?:_{3,}|-{3,}|\*(?:\s*\*){2,})\s*", blocks[i]):
            cut = i
        else:
            continue
        before = sum(c for c, d in zip(counts[:i], drop[:i], strict=True) if not d)
        after = sum(c for c, d in zip(counts[i + 1 :], drop[i + 1 :], strict=True) if not d)
        if after <= max(120, before // 4):
            for j in range(cut, n):
                drop[j] = True
            return
