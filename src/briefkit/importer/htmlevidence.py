"""What a saved page says about itself: every title, date and author claim, with where it stood.

A page repeats its metadata in many places — JSON-LD, OpenGraph and `article:*`, `<meta>` names
(Dublin Core, Parse.ly, Sailthru, `citation_*`), microdata, `<time>`, the byline under the
headline, the URL's date path — and each of them is wrong on some sites (a stale `og:title`,
a JSON-LD date of the page's last rebuild, a byline that names the desk). This module only
*collects*: `htmlmeta` weighs the claims against each other. JSON-LD and `<meta>` are read by
`markupmeta` with lxml and `json` (the few keys needed are fixed; extruct's import alone costs more).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from briefkit.importer.accentedtitles import accented_lines
from briefkit.importer.bylines import is_agency_byline
from briefkit.importer.captionboxes import picture_credit
from briefkit.importer.cjkbylines import lead_credit, written_field
from briefkit.importer.credits import CREDIT_LABEL
from briefkit.importer.datelabels import PRINTED_LINE, RELEASE_LABEL, said_updated, updated_line
from briefkit.importer.dates import date_in_address, find_date, parse_date
from briefkit.importer.elementtext import clean_text, shown_text
from briefkit.importer.labelledlines import labelled_date
from briefkit.importer.lazyre import compile_later
from briefkit.importer.leaddatelines import lead_dateline
from briefkit.importer.markupmeta import (
    Claim,
    Evidence,
    byline_box_text,
    declared,
    json_ld_article,
    ld_str,
    meta_tags,
    microdata,
)
from briefkit.importer.namedates import named_beside_date
from briefkit.importer.namedboxes import boxed_writer
from briefkit.importer.pagebylines import (
    BYLINE_START,
    COMMENTS,
    in_comments,
    in_teaser_link,
    short_element,
)
from briefkit.importer.pagewalk import FURNITURE, element_children, page_elements
from briefkit.importer.titledlinks import named_after_office
from briefkit.importer.titleparts import masthead_sites, printed_as_masthead

# "data" is the date in Portuguese and Italian ("autor-data", "data-publicacao"), but only as a word of its
# own: glued to another word it is a developer's "metadata" or "retina-data"
_DATE_CLASS = compile_later(
    r"date|time|publish|posted|datum|fecha|meta|byline|dateline|info|(?<![a-z])data(?![a-z])", re.IGNORECASE
)
_TERM_OF = {"dd": "dt", "td": "th"}  # the value's tag and its term's, in a details list or a table
_NOT_PUBLISHED = compile_later(r"updat|modif|aktualisiert|geändert|edit|comment|kommentar|expire|event", re.IGNORECASE)
# the name over a post in a thread: "comment-author", "username", "AccountName", "poster"
_POSTER_CLASS = compile_later(r"author|user-?name|account-?name|poster|nickname", re.IGNORECASE)
_BYLINE_CLASS = compile_later(
    # "reporter", "muhabir" (Turkish), and "kisha"/"gija" (romanised Japanese and Korean) name the writer's box too
    r"byline|author|autor|auteur|contributor|writer|creator|verfasser|signature|firma|reporter|kisha|gija|muhabir",
    re.IGNORECASE,
)


def gather(tree: Any) -> Evidence:
    ev = Evidence()
    ev.metas = meta_tags(tree)
    ev.ld = json_ld_article(tree)
    ev.title_tag = clean_text(tree.findtext(".//title") or "")
    declared(ev)
    microdata(tree, ev)
    _visible(tree, ev)
    ev.site_names += masthead_sites(ev, tree)  # "Blog: Post" with the blog's name in the h1
    ev.site_names += printed_as_masthead(ev)  # the paper's name as every title, printed over the h1
    url = ev.metas.get("canonical") or ev.metas.get("og:url") or ld_str(ev.ld.get("url"))
    if url:
        if (day := date_in_address(url)) is not None:
            ev.dates.append(Claim(day.isoformat(), "url"))
        own = _own_teaser_date(tree, url)
        if own:
            ev.dates.append(Claim(own, "own-teaser"))
    return ev


_DATED_CLASS = compile_later(r"date|time", re.IGNORECASE)


def _own_teaser_date(tree: Any, url: str) -> str | None:
    """The date a list on the page prints beside a link to this very page.

    Sites list their latest stories around each one, and the list often holds the story itself,
    dated in the teaser's own date element, where the story's page shows no date of its own. A
    link with a fragment is a comment's permalink, not a teaser; links to the page dated on more
    than one day are a comment thread or a history, and say nothing.
    """
    path = urlsplit(url).path.rstrip("/")
    if len(path) < 8:
        return None  # a front page: every teaser links to a section of it
    days: dict[str, str] = {}
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or "#" in href or urlsplit(href).path.rstrip("/") != path:
            continue
        box = a
        for _ in range(4):  # the teaser: a small box around the link, not the page around it
            box = box.getparent()
            if box is None or len(clean_text(box.text_content())) > 400:
                break
            value = _dated_value(box)
            if value:
                when = parse_date(value) or find_date(value)
                if when is not None:
                    days.setdefault(str(when)[:10], value)
                break
    return next(iter(days.values())) if len(days) == 1 else None


_LIST_DEPTH = 6  # how far up from a <time> its teaser's box may stand (li > div > a > span > time …)


def in_teaser_list(el: Any) -> bool:
    """Whether a dated element belongs to one teaser of a list: an ancestor that links elsewhere, beside a
    sibling of its kind that is dated and links too. The story's own box holds the headline."""
    box = el.getparent()
    for _ in range(_LIST_DEPTH):
        parent = None if box is None else box.getparent()
        if box is None or parent is None or box.tag in ("body", "main", "html"):
            return False
        if box.xpath("boolean(.//h1)"):
            return False
        # one dated, linking sibling is enough: stop at the first, never read a long list's every teaser
        kin = any(s is not box and s.tag == box.tag and _links(s) and _dated_value(s) for s in parent)
        if kin and box.xpath("boolean(self::a[@href] | .//a[@href] | ancestor::a[@href])"):
            return True
        box = parent
    return False


def _links(box: Any) -> bool:
    """Whether a teaser links: a link inside it, or the teaser being one link (`<a class=card>… <time>`)."""
    return bool(box.xpath("boolean(self::a[@href] | .//a[@href])"))


def _dated_value(box: Any) -> str | None:
    """The first `<time>` or date-classed element's value inside a teaser."""
    for el in box.iter():
        if isinstance(el.tag, str) and (el.tag == "time" or _DATED_CLASS.search(el.get("class") or "")):
            value = el.get("datetime") or clean_text(el.text_content())
            if value and re.search(r"\d", value):
                return value
    return None


def _without_kicker(h1: Any, text: str) -> str:
    """A kicker in its own element ("Klimaschutz" before "Bohren, bis es heiß wird") is a label, not the headline."""
    parts = [p for p in h1 if isinstance(p.tag, str) and shown_text(p)]
    if not parts or (h1.text or "").strip() or len(parts) < 2 and not (parts[0].tail or "").strip():
        return text
    kicker = shown_text(parts[0])
    rest = text[len(kicker) :].lstrip(" :|–—-")
    if parts[0].tag in ("a", "br"):
        return text  # a linked headline: not a kicker
    if kicker.endswith(":"):
        # "<span>Irre Rettung am See:</span> Opa springt …": the colon printed in the kicker's own element makes
        # it the headline's first clause, read as one line; a label set apart has its colon hidden or in a span
        # of its own ("Klimaschutz<span hidden>: </span>"). The metadata still cuts it (`_trim_to_meta`) when no
        # title there holds it.
        return text
    if text.startswith(kicker) and len(kicker.split()) <= 5 and len(rest.split()) >= 3:
        return rest
    return text


_NOT_BYLINE = compile_later(r"box|bio|about|comment|more|list|widget|related|teaser", re.IGNORECASE)
_AUTHOR_PAGE = compile_later(
    r"/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|autores|redakteur|journalist|"
    r"journalisten)/[^/?#]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# a link to a member's page ("/members/1234", "/u/jdoe", "/mitglied/…"): who posted a page a community writes
_MEMBER_PAGE = compile_later(
    r"/(?:u|members?|users?|profiles?|profil|mitglied(?:er)?|benutzer|membres?|usuarios?|utenti|utente|gebruikers?|"
    r"leden|участники|пользователи)/"
    # not the site's own account pages ("/member/login.html", "/users/sign_up"): a login link names no one
    r"(?!(?:log-?in|log-?out|sign[-_]?in|sign[-_]?up|join|reg|register|registration|password|account|my-?page)"
    r"(?:\b|_))"
    r"[^/?#]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# a paragraph closed by its signature in brackets: "… hieß es. (FR mit dpa)"
_WIRE_SIGNATURE = compile_later(r"\(([^()]{2,60})\)\s*$")
# (a `dd`: a CMS's list of the article's details, "Geschrieben von …" beside "Kategorie: …")
_SHORT_TAGS = {"p", "span", "div", "small", "em", "i", "b", "strong", "address", "li", "a", "font", "cite", "dd", "td"}


# an address's path to the site's front page, also inside a web archive's copy ("/web/2016…/http://site/")
_HOME_PATH = compile_later(r"^(?:[a-z]+:)?(?://[^/]+)?(?:/web/\d+[a-z_]*/(?:https?://)?[^/]+)?/?(?:index\.\w+)?$")


def links_home(el: Any, text: str) -> bool:
    """A heading that is only a link to the front page: the site's logo, not a story's headline."""
    links = el.xpath(".//a[@href]") if el.tag != "a" else [el] if el.get("href") is not None else []
    return len(links) == 1 and bool(_HOME_PATH.match(links[0].get("href").strip())) and shown_text(links[0]) == text


_BREADCRUMB = compile_later(r"breadcrumb", re.IGNORECASE)


def _in_breadcrumb(el: Any) -> bool:
    """A heading inside the trail of links to the page's sections: its last crumb repeats the title as navigation.

    A trail is a line of links; a wrapper named for it ("page-with-breadcrumbs") that holds the story is not one.
    """
    return any(
        _BREADCRUMB.search(
            f"{a.get('class') or ''} {a.get('id') or ''} {a.get('typeof') or ''} {a.get('itemtype') or ''}"
        )
        and len(clean_text(a.text_content())) <= 300
        for a in el.iterancestors()
        if a.tag not in ("html", "body")
    )


# the term of a list of a story's details that names its date: "Data:", "Datum", "Fecha de publicación"
_DATE_TERM = compile_later(
    r"^(?:date|datum|data|fecha|дата|published|veröffentlicht|publié\s+le|publicado|pubblicato|gepubliceerd|"
    r"(?:date|data|fecha)\s+(?:de|di)\s+pub{1,2}lica(?:tion|ção|ción|zione)|publicatiedatum|дата\s+публикации)\s*[:：]?$",
    re.IGNORECASE,
)


def _termed_date(el: Any, order: int, ev: Evidence) -> None:
    """A date given in a list or table of the story's details (`<dt>Data:</dt><dd>02/12/2026</dd>`, a row
    `<th>Datum</th><td>…</td>`): the term says it is the story's date, as a labelled line does; the
    list's own class names nothing."""
    term = el.getprevious()
    if term is None or term.tag not in ("dt", "th") or not _DATE_TERM.match(clean_text(term.text_content())):
        return
    text = clean_text(el.text_content())
    if len(text) <= 60 and not in_comments(el) and parse_date(text) is not None:
        ev.dates.append(Claim(text, "dateline", order))


# a line that is a date and little else: the tags a template prints one in, and the separator after it
# ("font": a page of the 2000s sets its dateline in a font tag and nothing else)
# ("td": a table layout's cell holding the dateline, "Minggu, 19 Desember 2021 - 14:22 WIB | Dibaca: 2.114 kali")
_DATE_LINE_TAGS = ("p", "div", "span", "a", "small", "strong", "b", "em", "font", "td", "h2", "h3", "h4", "h5", "h6")
_YEAR = compile_later(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LINE_SEPARATOR = compile_later(r"\s+[|·•–—]\s+|\s*\|\s*")
_CHANGED = compile_later(
    r"updated|modified|aktualisiert|geändert|mise? à jour|modifié|actualiza(?:do|ción)|aggiorna(?:to|mento)|"
    r"atualiza(?:do|ção)|bijgewerkt|обновлено",
    re.IGNORECASE,
)
# (a release's label and number are one: "Pressemitteilung Nr. 37/2026 vom …", "Communiqué de presse du …")
_LABEL_WORD = compile_later(rf"^(?:{RELEASE_LABEL}|(?i:nr|no|n[°º.]|№)\.?\s*\d[\d/.-]*|[^\W\d_]+[.:]?)\s+")
_RELEASE_NUMBER = compile_later(r"^\d[\d/.-]*$")  # what is left of "No: 2022/14" once its label words are read
# "Antworten bis 23.06.2006", "Anmeldung ab …", "open until …": a label that makes the date a deadline or a start
_SPAN_WORD = compile_later(
    r"^(?:bis|ab|seit|until|till|since|before|after|from|to|by|vor|nach|hasta|desde|jusqu|depuis|avant|après|"
    r"entro|fino|dal|dalla|até|tot|vanaf|sinds|voor|до|с|после|deadline|frist)\b",
    re.IGNORECASE,
)


def _date_lines(tree: Any, index: dict[Any, int], ev: Evidence) -> None:
    """Lines that are a date and little else, whatever their class: "21.01.2022" in a heading over the
    headline, "01. November 2021 | Naturschutz" under it, "Pressemitteilung vom 20.01.2022".

    Many small sites and press offices print the story's date that way, with no date class, no
    `<time>` and no metadata. Such a line anywhere on the page may be a teaser's date, so these
    claims are kept apart ("date-line") and `pick_date` counts only the one beside the headline.
    A line may open with up to three words (a label: "Datum", "Pressemitteilung vom", but not
    "Aktualisiert" nor "bis") and go on after a separator ("| Berlin – …"); without a separator
    it must end with the date.
    """
    for el in _around_years(tree, index):
        opening = ""
        for piece in el.itertext():
            opening += piece
            if len(opening) > 120:
                break
        if not _YEAR.search(opening[:80]):
            continue
        parts = _LINE_SEPARATOR.split(clean_text(opening))
        if len(parts) > 1 and (BYLINE_START.match(parts[0]) or CREDIT_LABEL.match(parts[0])):
            # "Text: Jane Roe · Foto: Sam Poe · 4. Juni 2024", "By Jane Roe | 4 June 2024": a byline that dates itself
            # (not "Updated 5 June 2024": the last change, never the publication)
            dated = next(
                (p for p in parts[1:] if len(p) <= 60 and not _CHANGED.search(p) and parse_date(p) is not None), None
            )
            if dated:
                if not in_comments(el):
                    ev.dates.append(Claim(dated, "date-line", index.get(el, 0)))
                continue
        head = _LINE_SEPARATOR.split(clean_text(opening), maxsplit=1)
        if len(head) == 1 and len(clean_text(el.text_content())) > 60:
            continue  # no separator: the line must be the date alone (with its label)
        line = head[0]
        if _CHANGED.search(line) or PRINTED_LINE.match(line):
            continue  # the last change, even glued to the name before it ("Jane DoeAktualisiert: …"), or a print's day
        for _ in range(5):
            if len(line) <= 60 and parse_date(line) is not None:
                if not in_comments(el):
                    ev.dates.append(Claim(line, "date-line", index.get(el, 0)))
                break
            if len(head) > 1 and _RELEASE_NUMBER.match(line):
                # "Press release No: 2022/14 — 18 November 2022": the number's label, then the date after it
                line, head = _LINE_SEPARATOR.split(head[1], maxsplit=1)[0], head[:1]
                continue
            label = _LABEL_WORD.match(line)
            if label is None or _SPAN_WORD.match(label.group(0)):
                break  # a deadline or a start: not when the story came out
            line = line[label.end() :]


# where a year is printed but no date line can stand: a `<time>` is read as one (see `_visible`)
_NO_DATE_LINE = (*FURNITURE, "time")


def _around_years(tree: Any, index: dict[Any, int]) -> list[Any]:
    """The elements a year is printed in, and the three around each, in document order: the only
    ones that can be a date line (one pass over the text, not a reading of every element's text).

    An element's own text nodes are its text and its children's tails; those of an element in
    `_NO_DATE_LINE`, or inside one, are left out (XPath's `//text()[not(ancestor::nav or …)]`,
    which took most of the time of reading the date lines).
    """
    found: dict[Any, None] = {}
    for el, inside in page_elements(tree, _NO_DATE_LINE):
        if inside or el.tag in _NO_DATE_LINE:
            continue
        if not any(text and _YEAR.search(text) for text in (el.text, *(kid.tail for kid in el))):
            continue
        for _ in range(4):
            if el is None:
                break
            if el.tag in _DATE_LINE_TAGS:
                found[el] = None
            el = el.getparent()
    return sorted(found, key=lambda el: index.get(el, 0))


def _own_site(href: str, ev: Evidence) -> bool:
    """A link within the page's own site: a member page elsewhere ("Photo: jdoe / image library") is a credit."""
    host = urlsplit(href.strip()).hostname
    page = urlsplit(ev.metas.get("canonical") or ev.metas.get("og:url") or "").hostname
    return host is None or page is not None and host.removeprefix("www.") == page.removeprefix("www.")


# "title" in the class as the other languages spell it: "titel" (de, nl), "titre", "titulo" (es, pt), "titolo"
# (XPath's `contains(@class, …)`: anywhere in the attribute, in its case)
_TITLED = compile_later(r"headline|title|titel|titre|titulo|titolo")


def _visible(tree: Any, ev: Evidence) -> None:
    """Headings, bylines and datelines as the reader sees them, in document order."""
    index = {el: i for i, el in enumerate(tree.iter())}
    skip = "ancestor::nav or ancestor::footer or ancestor::aside"
    elements = page_elements(tree)
    headings = [
        el
        for el, skipped in elements
        if el.tag in ("h1", "h2") or not skipped and _TITLED.search(el.get("class") or "") is not None
    ]
    for el in headings:
        order = index.get(el, 0)
        text = shown_text(el)
        if not text or len(text) > 300 or el.tag in ("a", "span") and el.getparent().tag in ("h1", "h2"):
            continue
        source = el.tag if el.tag in ("h1", "h2") else "headline-class"
        if links_home(el, text) or _in_breadcrumb(el):
            ev.headings.append(Claim(text, "logo", order))
            continue
        if el.tag in ("h1", "h2") and [a.get("rel") for a in el.iter("a")] == ["bookmark"]:
            ev.permalinks.append(Claim(text, source, order))
        full = text
        if source == "h1":
            text = _without_kicker(el, text)
            full = full[: len(full) - len(text)]  # the kicker cut off, if any
        ev.headings.append(Claim(text, source, order))
        if source == "h1":  # a standfirst printed in its own element inside the h1 (a cut kicker is not one)
            for part in el:
                if not isinstance(part.tag, str):
                    continue
                part_text = shown_text(part)
                if not part_text or part_text == text or text.startswith(part_text) or part_text in full:
                    continue
                if text.endswith(part_text) and text[: -len(part_text)].rstrip().endswith(":"):
                    continue  # the clause after a kicker's printed colon: the headline's own second half
                ev.headings.append(Claim(part_text, "h1-part", order))
    for el in tree.xpath(f"//h3[not({skip})]"):  # a headline one level down again (see `lowheads`)
        ev.low_heads.append(Claim(shown_text(el), "h3", index.get(el, 0)))
    # a link to the author's archive ("/author/jane-doe/", "/autoren/…"): blogs and CMSs link the byline's name there
    for el in tree.xpath(f"//a[@href][not(@rel='author')][not({skip})]"):
        if _AUTHOR_PAGE.search(el.get("href")) and not _NOT_BYLINE.search(el.get("class") or ""):
            text = shown_text(el)
            if 2 <= len(text) <= 60:
                ev.authors.append(Claim(text, "author-link", index.get(el, 0)))
        elif _MEMBER_PAGE.search(el.get("href")) and _own_site(el.get("href"), ev) and not in_comments(el):
            text = shown_text(el)
            if 2 <= len(text) <= 40:
                ev.authors.append(Claim(text, "member-link", index.get(el, 0)))
    marked = [
        el
        for el, skipped in elements
        if el.tag == "time"
        or not skipped
        and el.get("class") is not None
        or el.get("rel") == "author"
        or el.get("id") is not None
        or not skipped
        and el.tag in _SHORT_TAGS
        and element_children(el) < 4
    ]
    # the story's first paragraph of prose after the h1: the only one whose opening dateline dates it
    lead_after = next((h.position for h in ev.headings if h.source == "h1"), None)
    for el in marked:
        order = index.get(el, 0)
        label = f"{el.get('class') or ''} {el.get('id') or ''}"
        if el.tag == "p" and len(ev.prose) < 3 and (credit := lead_credit(clean_text(el.text_content()))):
            # "〔記者王小明／台北報導〕市府今天…": a lead's own credit, however few letters a Chinese lead takes
            ev.authors.append(Claim(credit, "byline", order))
        if el.tag == "p" and len(el.text_content()) >= 100 and not in_comments(el):
            ev.prose.append(order)
            if lead_after is not None and order > lead_after:
                lead_after = None
                if (day := lead_dateline(clean_text(el.text_content()))) is not None:
                    ev.dates.append(Claim(day, "lead-dateline", order))
            wire = _WIRE_SIGNATURE.search(clean_text(el.text_content()))
            if wire and is_agency_byline(wire.group(1)):  # "… sagte er. (FR mit dpa)": the desk signs the story
                ev.authors.append(Claim(wire.group(1), "wire-signature", order))
        if _POSTER_CLASS.search(label) and len(el) <= 2 and in_comments(el):
            text = clean_text(el.text_content())
            if 2 <= len(text) <= 40:
                ev.posters.append(Claim(text, "poster", order))
        if el.tag == "time" and in_comments(el):
            ev.thread.append(Claim(el.get("datetime") or clean_text(el.text_content()), "thread", order))
            continue  # a reader's comment is dated too: never the story's date (but see `opening_post_date`)
        if el.tag == "time" and in_teaser_list(el):  # another story's date, in a list of links to it ("Most read")
            ev.teasers.append(el.get("datetime") or clean_text(el.text_content()))
            continue
        if el.tag == "time":
            if (_NOT_PUBLISHED.search(label) or el.get("itemprop") == "dateModified") and el.get("datetime"):
                ev.modified.append(el.get("datetime"))
            elif el.get("itemprop") or not el.text_content().strip() and el.get("datetime"):
                # microdata (read above, one witness not two), or a <time> that shows nothing: metadata, not a dateline
                if not el.get("itemprop"):
                    ev.dates.append(Claim(el.get("datetime") or "", "microdata", order))
            elif said_updated(el):  # "Actualizado <time>…": the last change, a witness only when nothing else dates it
                ev.modified.append(el.get("datetime") or clean_text(el.text_content()))
                ev.dates.append(Claim(ev.modified[-1], "updated", order))
            elif el.get("datetime") or el.text_content().strip():
                kind = "time-pub" if (el.get("pubdate") is not None or "publish" in label.lower()) else "time"
                ev.dates.append(Claim(el.get("datetime") or clean_text(el.text_content()), kind, order))
            continue
        if ("author" in (el.get("rel") or "").split() or _BYLINE_CLASS.search(label)) and not _NOT_BYLINE.search(label):
            # a reader's comment names its poster in the same markup ("autor", "author"): never the story's writer
            text = "" if in_comments(el) else byline_box_text(el)
            if 0 < len(text) <= 160 and not picture_credit(el, text):
                # a teaser card's byline names another story's writer: a last resort (see `pick_authors`)
                source = "teaser-byline" if in_teaser_link(el) else "rel-author" if el.get("rel") else "byline"
                ev.authors.append(Claim(text, source, order))
        if el.tag in _SHORT_TAGS and len(el) <= 4:
            short_element(el, order, ev)
            named_beside_date(el, order, ev)  # "<span>Jane Roe</span> <span>14 March 2023</span>" under the h1
            named_after_office(el, order, ev)  # "<a href=/board/jane-roe>Deputy Governor Jane Roe</a>"
        if el.tag in _SHORT_TAGS and len(el) <= 8:  # a post's footer line links its categories too
            labelled_date(el, order, ev)
        if _DATE_CLASS.search(label) and len(el) <= 6:
            text = clean_text(el.text_content())
            if not 6 <= len(text) <= 120 or not re.search(r"\d", text):
                continue
            if el.tag == "dl" and any(_DATE_TERM.match(clean_text(t.text_content())) for t in el.iter("dt")):
                continue  # a details list naming the publication date is read term by term (not a verdict's day)
            if in_comments(el) or COMMENTS.search(label):
                ev.thread.append(Claim(text, "thread", order))
            elif updated_line(text):  # "Aktualisiert am …" alone: the last change (see `said_updated`)
                ev.modified.append(text)
                ev.dates.append(Claim(text, "updated", order))
            elif not _NOT_PUBLISHED.search(label) and not PRINTED_LINE.match(text):
                ev.dates.append(Claim(text, "dateline", order))
                if written_field(text):  # "时间:… 来源:… 作者:王小明": the writer is one of the line's fields
                    ev.authors.append(Claim(text, "credit", order))
    _date_lines(tree, index, ev)
    boxed_writer(tree, index, ev)  # "<h4>Jane Roe</h4><p>Jane Roe is a reporter …</p>" under the story
    for el, inside in elements:  # a term's value: a <dd> after its <dt>, a <td> after its <th>
        term = _TERM_OF.get(el.tag) if not inside else None
        if term and any(sib.tag == term for sib in el.itersiblings(preceding=True)):
            _termed_date(el, index.get(el, 0), ev)
    # (a styled span, div or cell holding only a line of text: where such a page sets its headline as well)
    lines = f"//b[not({skip})] | //strong[not({skip})] | //font[not({skip})] | //*[self::span or self::div or self::td]"
    for el in [] if ev.headings else tree.xpath(f"{lines}[not(*) and not({skip})]"):
        text = shown_text(el)
        if 10 <= len(text) <= 300:
            ev.bold_lines.append(Claim(text, el.tag, index.get(el, 0)))
    if not ev.headings:  # "dupa o sedinta" in the <title>, "după o şedinţă" printed (`accentedtitles`)
        accented_lines(tree, ev, index)
