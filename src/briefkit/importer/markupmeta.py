"""What a page declares about itself in machine-readable markup: JSON-LD, `<meta>` names
(OpenGraph, `article:*`, Dublin Core, Parse.ly, Sailthru, `citation_*`) and microdata, as claims
(`Claim`, gathered in an `Evidence`). `htmlevidence` adds what the visible page says; `htmlmeta`
weighs them. JSON-LD and `<meta>` are read with lxml and `json` rather than extruct: the few keys
needed are fixed, and extruct's import alone costs more than reading them by hand.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from briefkit.importer.authorlabels import AUTHOR_LABEL
from briefkit.importer.bylines import looks_like_name, parse_byline
from briefkit.importer.creditlines import credit_lines
from briefkit.importer.elementtext import clean_text
from briefkit.importer.lazyre import compile_later
from briefkit.importer.linkednames import linked_names

_ARTICLE_TYPES = {
    "newsarticle",
    "article",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "blogposting",
    "opinionnewsarticle",
    "backgroundnewsarticle",
    "report",
    "posting",
    "socialmediaposting",
    "liveblogposting",
    "scholarlyarticle",
    "techarticle",
    "review",
    "discussionforumposting",
    "medicalwebpage",
    "creativework",
    "webpage",
    "itempage",
    "recipe",
    "howto",
    "event",
    # a photo gallery's page (schema.org's galleries are WebPages): the pictures are the story, credited to their
    # photographer-writer
    "imagegallery",
    "mediagallery",
    "videogallery",
}
_GALLERIES = {"imagegallery", "mediagallery", "videogallery"}
# <meta> names that carry the publication date, most specific first.
DATE_METAS = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "article:published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_time",
    "published-date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "article.published",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "og:updated_time_never",
    "originalpublicationdate",
    "displaydate",
    "release_date",
    "created",
)
MODIFIED_METAS = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dc.date.modified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "revised",
)
AUTHOR_METAS = (
    "author",
    "article:author",
    "og:article:author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
    "sailthru.author",
    "citation_author",
    "authors",
    "twitter:data1_never",
    "shareaholic:article_author_name",
    "cxenseparse:author",
)
TITLE_METAS = (
    "og:title",
    "twitter:title",
    "dc.title",
    "dcterms.title",
    "citation_title",
    "parsely-title",
    "sailthru.title",
    "headline",
)


@dataclass(frozen=True, slots=True)
class Claim:
    """One place's answer for one field; `source` names the place (see the weights in htmlmeta)."""

    value: str
    source: str
    position: int = 0  # document order, for claims read from the visible page


@dataclass
class Evidence:
    titles: list[Claim] = field(default_factory=list)
    dates: list[Claim] = field(default_factory=list)
    authors: list[Claim] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)  # when the page says it was changed: never the publication
    # dates inside a comment thread: never the story's, unless the thread is the page (a forum's opening post)
    thread: list[Claim] = field(default_factory=list)
    # dates of other stories in a list of links to them: never the story's, whoever reads them (htmldate does)
    teasers: list[str] = field(default_factory=list)
    posters: list[Claim] = field(default_factory=list)  # the names over a thread's posts (see `opening_poster`)
    prose: list[int] = field(default_factory=list)  # where paragraphs of prose outside a thread stand
    headings: list[Claim] = field(default_factory=list)  # h1/h2 and headline-marked elements, in order
    low_heads: list[Claim] = field(default_factory=list)  # h3s outside nav, aside and footer (see `lowheads`)
    permalinks: list[Claim] = field(default_factory=list)  # headings that are one link to a post (rel="bookmark")
    # lines set in bold or a font tag: where a page without headings prints its headline (see `_headline_anchor`)
    bold_lines: list[Claim] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    # the names a credits line gives another task than the writing (pictures, editing): never the author
    other_makers: list[str] = field(default_factory=list)
    # an editor's or photographer's line of its own ("Editor: Jane Roe"): not the writer, unless a byline says so
    lone_makers: list[str] = field(default_factory=list)
    # the publication a "Source:" line names that is no agency ("来源：<the paper>"): a house, never a person
    named_sources: list[str] = field(default_factory=list)
    metas: dict[str, str] = field(default_factory=dict)
    ld: dict[str, Any] = field(default_factory=dict)
    title_tag: str = ""
    headline_pos: int | None = None  # where the chosen headline stands, set by the title's pick
    lang: str = ""  # the page's declared language (see `pagelanguage`)


# "Roe, Jane", "van der Berg, J.": a surname of up to three words, its comma, then the given names or initials
_SURNAME_FIRST = compile_later(
    r"^([^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}),\s*([A-ZÀ-ÞА-ЯЁ][\w'’.-]*(?:\s+[A-ZÀ-ÞА-ЯЁ][\w'’.-]*){0,2})$"
)


def meta_tags(tree: Any) -> dict[str, str]:
    """`<meta>` values by lower-cased name/property (the first of each), and the canonical link.

    `citation_author` (the scholarly tags) is repeated once per author, surname first: its values
    are all kept, "; "-joined, each as a byline prints it ("Roe, Jane" -> "Jane Roe").
    """
    out: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = clean_text(html.unescape(el.get("content") or ""))
        if key == "citation_author" and value:  # one tag per author, each "Surname, Given" as a catalogue files it
            value = _SURNAME_FIRST.sub(r"\2 \1", value)
            out[key] = f"{out[key]}; {value}" if key in out else value
        elif key and value and key not in out:
            out[key] = value
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            out.setdefault("canonical", el.get("href").strip())
    return out


def json_ld_article(tree: Any) -> dict[str, Any]:
    """The page's article object from its JSON-LD scripts: the most article-like one, if any.

    Its author and publisher may be references to other nodes of the page's graph ({"@id": …},
    as SEO plugins write a Person once and point to it): they are given the node they name.
    """
    best: tuple[tuple[int, bool], dict[str, Any]] = ((0, True), {})
    named: dict[str, dict[str, Any]] = {}
    # the headline the page prints and its social card repeats: the object that gives it is the page's own
    heads = {_folded(h.text_content()) for h in tree.iter("h1")} | {
        _folded(t) for t in tree.xpath("//meta[@property='og:title']/@content")
    }
    heads.discard("")
    own = {_address(u) for u in tree.xpath("//link[@rel='canonical']/@href|//meta[@property='og:url']/@content")}
    for script in tree.xpath("//script[@type='application/ld+json' or @type='application/json+ld']"):
        raw = (script.text or "").strip()
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):  # nested past the parser's depth: no article's data
            try:  # a trailing comma or a stray control character is common; strict=False forgives the latter
                data = json.loads(re.sub(r",\s*([}\]])", r"\1", raw), strict=False)
            except (ValueError, RecursionError):
                continue
        for obj in walk_ld(data):
            if isinstance(obj.get("@id"), str) and obj.get("name"):
                named.setdefault(obj["@id"], obj)
            types = obj.get("@type")
            names = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if not names & _ARTICLE_TYPES:
                continue
            rank = (2 if names & {"webpage", "itempage", "creativework", "event", *_GALLERIES} else 3) * bool(
                obj.get("headline") or obj.get("datePublished")
            ) + bool(obj.get("author"))
            rank -= 2 * _elsewhere(obj, own)
            # of two equally article-like objects, the one giving the headline the page prints
            key = (rank, _folded(ld_str(obj.get("headline"))) in heads)
            if key > best[0]:
                best = (key, obj)
    found = _with_references(best[1], named)
    if found and _names_other(found, heads | {_folded(t) for t in tree.xpath("//title/text()")}):
        found[FOREIGN] = True
    return found


# marks an article object whose headline (or name) shares no word with any title the page prints: a
# template's placeholder ("Article headline") or the section's own record ("Commentary"), never this story's
FOREIGN = "@briefkit-foreign"


def _names_other(obj: dict[str, Any], heads: set[str]) -> bool:
    """Whether the object's headline or name has words and none of them is in the page's titles.

    A headline shortened, rephrased for search or given the site's name still shares a word with
    the printed one; a CMS template's default value or a section page's record shares none, and
    its dates are the template's or the section's, not the story's.
    """
    named = _folded(ld_str(obj.get("headline") or obj.get("name")))
    own = {w for h in heads for w in h.split()}
    mine = {w for w in named.split() if not w.isdigit()}
    return bool(mine) and bool(own) and not mine & own


def _address(url: str) -> str:
    """An address as two spellings of one page share it: no scheme, host case, query or closing slash."""
    bare = re.sub(r"^(?:https?:)?//", "", url.strip()).split("#")[0].split("?")[0].rstrip("/")
    host, _, path = bare.partition("/")
    return f"{host.lower().removeprefix('www.')}/{path}"


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _elsewhere(obj: dict[str, Any], own: set[str]) -> bool:
    """Whether an article object names another page's address than this page's own: a sidebar's story.

    A page can carry the markup of the stories it lists beside its own (a "top stories" box
    filed as articles of their own); their headline, date and author are not this page's.
    """
    url = obj.get("url")
    if not own or not isinstance(url, str) or not url.startswith(("http", "/")):
        return False
    if url.startswith("/"):
        return not any(o.partition("/")[2] == url.strip("/").split("?")[0] for o in own)
    return _address(url) not in own


# marks a node that stood in the article only as a reference: often the CMS account that filed the post
# ("vpohl", a desk's team name) rather than the signature the page prints, so a weaker witness
REFERENCED = "@briefkit-referenced"


def _with_references(obj: dict[str, Any], named: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The article with each bare {"@id": …} author, creator or publisher replaced by the node it names."""

    def node(item: Any) -> Any:
        if isinstance(item, dict) and not item.get("name") and item.get("@id") in named:
            return {**named[item["@id"]], REFERENCED: True}
        return item

    out = dict(obj)
    for key in ("author", "creator", "publisher"):
        value = obj.get(key)
        if isinstance(value, list):
            out[key] = [node(item) for item in value]
        elif value is not None:
            out[key] = node(value)
    return out


def walk_ld(data: Any) -> list[dict[str, Any]]:
    """Every object of a JSON-LD tree, each before the objects under it (depth first, in order).

    Walked with a stack of its own, not by recursion: a page's data nested some hundreds of levels
    deep (broken or hostile markup) would exhaust Python's call stack, and the import with it.
    """
    found: list[dict[str, Any]] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            stack.extend(item.get(key) for key in reversed(_NESTING_KEYS))
    return found


_NESTING_KEYS = ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement")


def ld_str(value: Any) -> str:
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("@id") or ""
    return html.unescape(value).strip() if isinstance(value, str) else ""


def ld_people(value: Any) -> list[tuple[str, bool]]:
    """JSON-LD `author` as (name, is_person): a string, an object, or a list of either."""
    items = value if isinstance(value, list) else [value] if value else []
    out: list[tuple[str, bool]] = []
    for item in items:
        kind = item.get("@type") if isinstance(item, dict) else None
        person = not (
            isinstance(kind, str) and kind.lower() in ("organization", "newsmediaorganization", "corporation")
        )
        name = clean_text(ld_str(item))
        if name and not name.startswith(("http", "/", "#")):
            out.append((name, person))
    return out


def declared(ev: Evidence) -> None:
    """The claims of the JSON-LD article object and the `<meta>` tags already read into `ev`."""
    ld, metas = ev.ld, ev.metas
    foreign = bool(ld.get(FOREIGN))  # a template's or a section's record: its dates are weak witnesses
    if (ld.get("headline") or ld.get("name")) and not foreign:
        ev.titles.append(Claim(clean_text(ld_str(ld.get("headline") or ld.get("name"))), "jsonld"))
    for key in TITLE_METAS:
        if metas.get(key):
            ev.titles.append(Claim(metas[key], "meta"))
    if ev.title_tag:
        ev.titles.append(Claim(ev.title_tag, "title"))
    for key in ("datePublished", "dateCreated", "uploadDate"):
        if ld_str(ld.get(key)):
            kind = "jsonld-foreign" if foreign else "jsonld" if key == "datePublished" else "jsonld-created"
            ev.dates.append(Claim(ld_str(ld.get(key)), kind))
    for key in DATE_METAS:
        if metas.get(key):
            ev.dates.append(Claim(metas[key], "citation" if key.startswith("citation_") else "meta"))
    authors = ld.get("author") or ld.get("creator")
    people = ld_people(authors)
    persons = [name for name, person in people if person]
    referenced = any(
        isinstance(a, dict) and a.get(REFERENCED) for a in (authors if isinstance(authors, list) else [authors])
    )
    if persons:  # one claim for the whole list: co-authors stay together
        ev.authors.append(Claim("; ".join(persons), "jsonld-ref" if referenced else "jsonld"))
    for name, person in people:
        if not person:
            ev.authors.append(Claim(name, "jsonld-org"))
    ev.modified += [v for v in (ld_str(ld.get("dateModified")), *(metas.get(k, "") for k in MODIFIED_METAS)) if v]
    for key in AUTHOR_METAS:
        value = metas.get(key, "")
        if value and not value.startswith(("http", "/", "@")):
            ev.authors.append(Claim(value, "meta"))
    for n in range(1, 5):  # "twitter:label1" = "Written by", "twitter:data1" = the name (WordPress SEO plugins)
        label = metas.get(f"twitter:label{n}", "")
        if AUTHOR_LABEL.match(label) and metas.get(f"twitter:data{n}"):
            ev.authors.append(Claim(metas[f"twitter:data{n}"], "meta"))
    publisher = ld.get("publisher")
    for name in (
        ld_str(publisher),
        metas.get("og:site_name", ""),
        metas.get("application-name", ""),
        metas.get("twitter:site", "").lstrip("@"),
        metas.get("publisher", ""),
        metas.get("dc.publisher", ""),
    ):
        if name and not re.match(r"(?:https?:)?//|#", name):  # a JSON-LD "@id" reference names nobody
            ev.site_names.append(clean_text(name))


def microdata(tree: Any, ev: Evidence) -> None:
    """schema.org microdata in the page's elements (`itemprop`), outside `<meta>`."""
    for el in tree.xpath("//*[@itemprop='datePublished' or @itemprop='dateCreated'][not(self::meta)]"):
        value = el.get("datetime") or el.get("content") or clean_text(el.text_content())
        if value:
            ev.dates.append(Claim(value, "microdata"))
    for el in tree.xpath("//*[@itemprop='author' or @itemprop='creator'][not(self::meta)]"):
        names = el.xpath(".//*[@itemprop='name']")
        value = (
            (names[0].get("content") or clean_text(names[0].text_content()))
            if names
            else (el.get("content") or clean_text(el.text_content()))
        )
        if value:
            ev.authors.append(Claim(value, "microdata"))
    for el in tree.xpath("//*[@itemprop='headline' or @itemprop='name'][not(self::meta)][ancestor::*[@itemscope]]"):
        if el.get("itemprop") == "headline":
            ev.headings.append(Claim(clean_text(el.text_content()), "itemprop"))


def byline_box_text(el: Any) -> str:
    """A byline element's text; for a box whose lines are parted by `<br>`, its first line alone.

    A forum or a blog sets its poster's name over "Member since …", "Posts: 312" in one box: run
    together, the lines make no name. A first line that is only a label ("By") keeps the whole text.
    """
    whole = clean_text(el.text_content())
    if writers := credit_lines(el):  # "Reporting by Jane Roe" over "Data analysis by Sam Poe": both write
        return "; ".join(writers)
    if el.find(".//br") is None:
        return linked_names(el) or _name_apart(el, whole)
    pieces: list[str] = []
    for event, node in etree.iterwalk(el, events=("start", "end")):
        if event == "start" and node.tag == "br":
            break
        if event == "start":
            pieces.append(node.text or "" if isinstance(node.tag, str) else "")
        elif node is not el:
            pieces.append(node.tail or "")
    first = clean_text(" ".join(pieces))
    return first if len(first) >= 2 and not AUTHOR_LABEL.match(first) else whole


def _name_apart(el: Any, whole: str) -> str:
    """ "<span>Jane Roe</span> <span>Harbour reporter, Kingsbury</span>": a name in an element of its
    own, its role in the next, run together into words no byline parser reads as a name; the name is
    set apart from them ("Jane Roe | Harbour reporter, Kingsbury"). A box whose whole text is a
    byline ("Jane Roe and John Doe") stays as it is."""
    parts = [clean_text(child.text_content()) for child in el if isinstance(child.tag, str)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or not looks_like_name(parts[0]) or not whole.startswith(parts[0]) or parse_byline(whole):
        return whole
    return f"{parts[0]} | {whole[len(parts[0]) :].strip()}"
