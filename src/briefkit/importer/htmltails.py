"""What a saved page prints around its story that the extractor would keep: boxes with a form in
them or ending in a button (taken out of the parsed page before the story is extracted), and a
closing box of data or of a request to the reader (taken off the story's end); readers' comment
threads are cut by `commentthreads`.

A box holding a form control (a newsletter's e-mail field, a poll's choices, a search field) is the
site talking to its reader, never the story.
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer import adlabels, boilerplate, contactboxes, signups, storytrim
from briefkit.importer.affiliateboxes import drop_product_boxes
from briefkit.importer.authorlabels import AUTHOR_LABEL
from briefkit.importer.bylines import looks_like_name
from briefkit.importer.elementtext import element_text
from briefkit.importer.lazyre import compile_later

_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# the fields a reader fills in or ticks; a button alone is no form (a share, play or menu button sits in a header too)
_CONTROLS = ("input", "textarea", "select")
_FIELD_TYPES = ("", "text", "email", "search", "tel", "number", "radio", "checkbox")
_BOX_WORDS = 40  # a sign-up box or a poll says what it wants in a line or two


def _words(text: str) -> int:
    return len(re.findall(r"\w+", text))


def _holds(el: Any, other: Any) -> bool:
    return any(a is el for a in other.iterancestors())


def drop_form_boxes(tree: Any) -> None:
    """Each box around a form control whose words are few: a newsletter sign-up, a poll, a search.

    From the control up, the largest element of at most `_BOX_WORDS` words is the box; a story
    with a field in it (a calculator in a long read) has more words around the field than that.
    """
    body = tree.find("body")
    if body is None:
        return
    for control in list(body.iter(*_CONTROLS)):
        if (control.get("type") or "").lower() not in _FIELD_TYPES or not _holds(body, control):
            continue  # a hidden field shows nothing; a control in a box already taken out is gone
        box = None
        el = control.getparent()
        while el is not None and el.tag not in ("body", "html") and _words(element_text(el)) <= _BOX_WORDS:
            box, el = el, el.getparent()
        if box is not None:
            box.drop_tree()


# the reader addressed, in each language (French "je" is the writer, so Dutch only with its verb);
# the house speaking ("we", "our") is no sign: an organisation's own page is written so throughout
_READER = compile_later(
    r"\b(?:you|your|yours|ihnen|du|dich|dir|dein\w*|euch|vous|votre|vos|usted(?:es)?|vostr\w*|voc[eê]s?|"
    r"jij|jouw|heb\s+je|kun\s+je|wil\s+je|вы|вас|вам|ваш\w*)\b",
    re.I,
)
# how a line of the story ends; one ending in a colon introduces what the page dropped after it
_SENTENCE_END = (".", "!", "?", "…", "»", '"', "”", ")", ":", ";")
_DATA_LINE_WORDS = 12  # a data line (an address, a telephone) is short; a longer one is the story's, cut off
_BOX_LINES = 2
_BOX_TEXT = 30


def without_closing_box(blocks: list[str]) -> list[str]:
    """The story less a box the page prints after it: a last heading over a line or two that are no
    sentence of the story (a pharmacy on duty, a press contact's telephone) or that speak to the
    reader ("Got a tip? Send it to the newsroom."). A story's last section is
    written in sentences about its subject; a box gives data or asks something of its reader.
    """
    while len(blocks) > 1 and storytrim.footer_line(blocks[-1]):
        blocks = blocks[:-1]
    for _ in range(3):
        heads = [i for i, b in enumerate(blocks) if b.startswith("#")]
        if not heads or len(blocks) - heads[-1] - 1 not in range(1, _BOX_LINES + 1):
            return blocks
        i = heads[-1]
        under = [boilerplate.plain(b).strip() for b in blocks[i + 1 :]]
        before = sum(boilerplate.count_words(boilerplate.plain(b)) for b in blocks[:i])
        heading = boilerplate.plain(blocks[i]).strip()
        if (
            before < 100
            or boilerplate.count_words(heading) > 6
            or sum(boilerplate.count_words(t) for t in under) > _BOX_TEXT
            or any("\n" in b for b in blocks[i + 1 :])  # a list or a table is the section's content
            or not all(_data_line(t) or _READER.search(t) for t in under)
        ):
            return blocks
        blocks = blocks[:i]
    return blocks


def _data_line(text: str) -> bool:
    return not text.endswith(_SENTENCE_END) and boilerplate.count_words(text) <= _DATA_LINE_WORDS


_BUTTON_WORDS = 3  # "Donate", "Sign up now", "Помочь"
_PAIRED_BUTTON_WORDS = 6  # the second of two: "Already a subscriber? Log in"
_BUTTONS = ("a", "button")  # a link set apart as a button, or a button element ("Play", "Listen")
_BLOCKS = ("div", "p", "h1", "h2", "h3", "h4", "h5", "h6", "span", "strong", "b")


def drop_button_boxes(tree: Any) -> None:
    """Each short box that ends in a button or two: a request to the reader (donate, subscribe, join, listen).

    A link set apart as the last element of its box, of a few words, after a line or two of
    text is a button, whatever the page calls it; a story's links sit inside its sentences. The
    lines may be a short list under the box's label (a service widget: "Pharmacies on duty" over
    two addresses and "Show all"), which the button closes as it closes a pitch; a list with no label
    is a value of a data sheet (a product's pack sizes and "more details"), the page's content.
    A paywall or a registration box ends in two ("Subscribe" and "Log in"), a podcast's
    pointer in a play button.
    """
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "section", "aside")):
        kids = [k for k in box if isinstance(k.tag, str)]
        # a paywall's or a sign-up box's pair of buttons ("Buy the article" · "Already a subscriber? Log in")
        pair = len(kids) >= 3 and kids[-2].tag in _BUTTONS and not (kids[-2].tail or "").strip()
        buttons = kids[-2:] if pair else kids[-1:]
        if len(kids) < 2 or kids[-1].tag not in _BUTTONS or (kids[-1].tail or "").strip() or (box.text or "").strip():
            continue
        if any(k.tag not in (*_BLOCKS, "ul", "ol") or (k.tail or "").strip() for k in kids[: -len(buttons)]):
            continue
        if kids[0].tag in ("ul", "ol"):  # a list with no label over it: a data sheet's value and its "more" link
            continue
        sizes = sorted(_words(element_text(k)) for k in buttons)
        short = 0 < sizes[0] <= _BUTTON_WORDS and sizes[-1] <= _PAIRED_BUTTON_WORDS
        if short and _words(element_text(box)) <= _BOX_WORDS and _holds(body, box):
            box.drop_tree()


def drop_choice_boxes(tree: Any) -> None:
    """Each short box between the story's paragraphs that offers two or more buttons beside a line of
    text: a readers' poll's statement and its answers ("Agree" / "Disagree"), a rating's question.

    The answers are `<button>`s, no form field (`drop_form_boxes` takes those); a story's text has no
    buttons. Only after a paragraph: a header's box of buttons (listen, share) beside the standfirst
    stands before the story, and a row of buttons alone, with no line of text, is left to the line filters.
    """
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "section", "aside", "fieldset")):
        buttons = [k for k in box if k.tag == "button"]
        if len(buttons) < 2 or any(_words(element_text(b)) > _BUTTON_WORDS for b in buttons):
            continue
        told = _words(element_text(box)) - sum(_words(element_text(b)) for b in buttons)
        after_paragraph = any(sib.tag == "p" for sib in box.itersiblings(preceding=True))
        if 3 <= told and _words(element_text(box)) <= _BOX_WORDS and after_paragraph and _holds(body, box):
            box.drop_tree()


def drop_letter_boxes(tree: Any) -> None:
    """Each short box headed by an offer of the newsletter ("Sign up for our weekly newsletter"),
    with or without its form: the heading and the pitch under it are the site's, and the extractor,
    which drops the heading as a line of the page's, would keep the pitch as the story's last line.
    The box is the offer's element, or the one around it when it holds only the pitch besides."""
    body = tree.find("body")
    if body is None:
        return
    for head in list(body.iter(*_HEADINGS, "b", "strong")):
        if not _holds(body, head) or not signups.is_anchor(element_text(head)):
            continue
        box = head.getparent()
        if box is None or box.tag not in ("div", "section", "aside") or _words(element_text(box)) > _BOX_WORDS:
            continue
        if (box.text or "").strip() or next(iter(k for k in box if isinstance(k.tag, str)), None) is not head:
            continue  # the offer opens its box, as a heading does
        box.drop_tree()


# the label an advertisement carries on its box, in each language (`adlabels`)
# (or a sponsor's: "Sponsored content", "Contenido patrocinado", "Gesponserter Inhalt", the noun first or last)
_AD_LABEL = compile_later(
    r"^(?:(?:contenus?|contenidos?|contenuti|contenuto|conteúdos?)\s+)?"
    rf"(?:{adlabels.words()})"
    r"(?:\s+(?:content|inhalte?|inhoud))?\s*:?$",
    re.IGNORECASE,
)


def drop_ad_boxes(tree: Any) -> None:
    """Each short box opened by an advertisement's label ("Anzeige", "Sponsored"): the ad's copy under the
    label is the advertiser's, however much it reads like a sentence. A label alone, over nothing of its
    own, is left to the line filters (a copied page's label often stands over the story's next paragraph).
    A product box marked as an affiliate link is an ad too, with or without its label (`affiliateboxes`)."""
    body = tree.find("body")
    if body is None:
        return
    drop_product_boxes(tree)
    for box in list(body.iter("div", "section", "aside", "figure")):
        kids = [k for k in box if isinstance(k.tag, str)]
        if len(kids) < 2 or (box.text or "").strip() or not _AD_LABEL.match(element_text(kids[0]).strip()):
            continue
        if _words(element_text(box)) <= _BOX_WORDS and _holds(body, box):
            box.drop_tree()


_LINK_TITLE_WORDS = 16  # another story's headline: a line, never a paragraph
_LINK_ENTRIES = 3  # a box set inside a story points to one story or a few


def drop_link_boxes(tree: Any) -> None:
    """Each small box of a label that introduces links ("Lesen Sie auch:", "Mehr zum Thema", "Читайте
    также") and nothing after it but one to `_LINK_ENTRIES` links to other stories. The extractor drops
    the label and keeps the link's headline as a paragraph of its own, where it reads as the story's
    line; with its label the box is plainly the page's pointer elsewhere. The label may be the box's own
    text, not an element of its own ("<p>Leia também <a>…</a></p>")."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "p", "aside", "section")):
        kids = [k for k in box if isinstance(k.tag, str)]
        own = (box.text or "").strip()
        label, links = (own, kids) if own else (element_text(kids[0]) if kids else "", kids[1:])
        if not 1 <= len(links) <= _LINK_ENTRIES or not own and kids[0].tag == "a":
            continue
        if not boilerplate.is_box_label(label) or any(_words(k.tail or "") for k in kids):
            continue
        if all(k.tag == "a" and 0 < _words(element_text(k)) <= _LINK_TITLE_WORDS for k in links) and _holds(body, box):
            box.drop_tree()


def drop_headed_furniture_boxes(tree: Any) -> None:
    """Each short box of a heading over lines that are all furniture ("Sendehinweis" over a repeat's
    airing, "Persrechter" over the line for the press's questions, a game's name over its call): the line
    filters drop the lines, and the heading, which names a box of the site's, would stand over the
    story's next paragraph as if it were a subheading of the story. A contact heading over the office's
    number (`contactboxes`) is such a box too, though the line filters keep a number alone."""
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "section", "aside")):
        kids = [k for k in box if isinstance(k.tag, str)]
        if len(kids) < 2 or (box.text or "").strip() or kids[0].tag not in _HEADINGS:
            continue
        lines = [element_text(k) for k in kids[1:]]
        if any(k.tag not in _BLOCKS or (k.tail or "").strip() for k in kids[1:]) or not all(lines):
            continue
        furniture = all(map(boilerplate.is_interface_line, lines)) or contactboxes.contact_box(
            element_text(kids[0]), lines
        )
        if _words(element_text(box)) <= _BOX_WORDS and furniture and _holds(body, box):
            box.drop_tree()


_ROLE_WORDS = 10  # "Editor for the valley's towns", "Correspondent in Madrid": a line, no sentence


def without_role_line(blocks: list[str], authors: tuple[str, ...]) -> list[str]:
    """The story less the line under its signature that says what the writer does ("Editor for …").

    An author box closing a story prints the byline's name, then the writer's role in a short line.
    The extractor keeps both; the name signs the story, the role is the box's. Only when the line
    before the last is a byline's name and nothing else, and the last line is short and no sentence.
    """
    if len(blocks) < 3 or not authors:
        return blocks
    name, last = boilerplate.plain(blocks[-2]).strip(), boilerplate.plain(blocks[-1]).strip()
    if (
        name in authors
        and not blocks[-1].startswith(("#", "- ", "* ", "|", ">"))
        and boilerplate.count_words(last) <= _ROLE_WORDS
        and not last.endswith(_SENTENCE_END)
        and last not in authors  # two writers signing, one under the other
    ):
        return blocks[:-1]
    return blocks


_LINE_TAGS = ("div", "p", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd")
_NAME_WORDS = 4


def _box_lines(box: Any) -> list[str]:
    """A box's lines as a reader sees them: a `<br>` or a block element of its own starts a new one."""
    lines = [box.text or ""]
    for kid in box:
        if not isinstance(kid.tag, str):
            lines[-1] += kid.tail or ""
        elif kid.tag == "br":
            lines.append(kid.tail or "")
        elif kid.tag in _LINE_TAGS:
            lines += [element_text(kid), kid.tail or ""]
        else:
            lines[-1] += " " + element_text(kid) + " " + (kid.tail or "")
    return [t for line in lines if (t := re.sub(r"\s+", " ", line).strip())]


# more than the longest label `AUTHOR_LABEL` matches ("geschrieben von:", 16 characters)
_LABEL_CHARS = 40


def _chars(text: str | None) -> int:
    """The characters of `text` that are not white space: what stays of them in a line."""
    return sum(map(len, text.split())) if text else 0


def _printed(el: Any, most: int) -> int:
    """`_chars` of `el.text_content()` (its text nodes: elements' text, every node's tail but its
    own), counted only until they pass `most`."""
    count = 0
    for node in el.iter():
        count += _chars(node.text) if isinstance(node.tag, str) else 0  # a comment's words are not shown
        count += _chars(node.tail) if node is not el else 0
        if count > most:
            break
    return count


def _opens_short(box: Any, most: int) -> bool:
    """Whether the first of `_box_lines(box)` exists and has at most `most` characters that are not
    white space, found by counting, in the same walk, only as far as that line.

    On a page of nested boxes, `_box_lines` of each box reads its children's whole text: a
    tenth of a second on a large page, for boxes that almost never open with an author's label.
    """
    count = _chars(box.text)  # the line being read; every line before it was empty
    for kid in box:
        if not isinstance(kid.tag, str):
            count += _chars(kid.tail)
        elif kid.tag == "br" or kid.tag in _LINE_TAGS:
            if count:
                return count <= most
            if kid.tag != "br":  # the kid's text is a line of its own, its tail the next
                count = _printed(kid, most)
                if count:
                    return count <= most
            count = _chars(kid.tail)
        else:
            count += _printed(kid, most) + _chars(kid.tail)
        if count > most:
            return False
    return 0 < count <= most


def drop_author_boxes(tree: Any) -> None:
    """Each box under the story that introduces its writer: a label ("Autorin", "Author"), the name,
    and a short line on the writer's role ("Reporter for the valley's towns"), nothing else.

    The name is the page's byline again (read from the page before this runs); the role line is
    the box's and, kept, would read as the story's last line. Only after a paragraph of the
    story, and only where no paragraph of the story follows it.
    """
    body = tree.find("body")
    if body is None:
        return
    for box in list(body.iter("div", "aside", "section", "p")):
        if not _opens_short(box, _LABEL_CHARS):
            continue  # its first line is no label: its lines (every nested box's text again) are not read
        lines = _box_lines(box)
        if len(lines) != 3 or not AUTHOR_LABEL.match(lines[0]):
            continue
        name, role = lines[1], lines[2]
        if len(name.split()) > _NAME_WORDS or not looks_like_name(name) or looks_like_name(role):
            continue
        if _words(role) > _ROLE_WORDS or role.endswith(_SENTENCE_END):
            continue
        before = box.getprevious()
        after = [
            s for s in box.itersiblings() if isinstance(s.tag, str) and s.tag == "p" and _words(element_text(s)) >= 12
        ]
        if before is not None and before.tag == "p" and not after:
            box.drop_tree()


# A social network's post embedded in the page (its own embed markup): someone else's words shown
# beside the story, not the story; the article's reporting of what was posted stays.
_EMBEDDED_POSTS = " | ".join(
    f"//blockquote[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]"
    for name in ("twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "fb-post", "reddit-embed-bq")
)


def drop_embedded_posts(tree: Any) -> None:
    """Cut the social networks' posts embedded in the page, before the extractor reads it."""
    for post in tree.xpath(_EMBEDDED_POSTS):
        post.drop_tree()
