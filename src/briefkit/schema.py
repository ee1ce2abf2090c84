"""Front matter -> the typed model, with every problem reported where it is.

`parse_document` looks at one file only (so it can be cached by the file's hash and run in
parallel); `sitechecks.check_content` then checks what needs the whole site.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from briefkit import frontmatter
from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.fields import Fields, type_name
from briefkit.loader import SourceFile
from briefkit.model import (
    Actor,
    ActorKind,
    ActorRef,
    Briefing,
    Designation,
    DocKind,
    Image,
    Provision,
    Sanction,
    SanctionRef,
    Source,
)
from briefkit.urls import ID_RE

Document = Briefing | Actor | Sanction

BRIEFING_FIELDS = (
    "title",
    "summary",
    "date",
    "updated",
    "draft",
    "authors",
    "source",
    "tags",
    "actors",
    "sanctions",
    "images",
)
SOURCE_FIELDS = ("publisher", "headline", "authors", "published", "url", "standfirst")
ACTOR_REF_FIELDS = ("id", "role", "note")
SANCTION_REF_FIELDS = ("id", "provision", "note")
IMAGE_FIELDS = ("src", "alt", "caption", "credit", "license", "source_url")
ACTOR_FIELDS = ("name", "kind", "summary", "aliases", "country", "role", "ids", "designations")
DESIGNATION_FIELDS = ("sanction", "provision", "date", "note")
SANCTION_FIELDS = ("title", "summary", "issuer", "symbol", "adopted", "url", "regime", "aliases", "provisions")
PROVISION_FIELDS = ("label", "summary")


def parse_document(src: SourceFile, config: SiteConfig, diags: Diagnostics) -> Document | None:
    """One file's front matter and body as a model object, or None when it cannot be one."""
    parsed = frontmatter.parse(src.text, src.path, diags)
    if parsed.meta is None:
        return None
    # A document with field errors is still returned when it has its required fields, so the
    # whole-site checks can report its unknown ids in the same run; the build fails anyway.
    if src.kind is DocKind.BRIEFING:
        doc: Document | None = _briefing(src, parsed, config, diags)
    elif src.kind is DocKind.ACTOR:
        doc = _actor(src, parsed, diags)
    else:
        doc = _sanction(src, parsed, diags)
    return doc


def _briefing(src: SourceFile, parsed: frontmatter.Parsed, config: SiteConfig, diags: Diagnostics) -> Briefing | None:
    f = Fields(parsed.meta, src.path, diags, known=BRIEFING_FIELDS, what="a briefing")
    tz = config.tz
    title = f.text("title", required=True)
    summary = f.text("summary", required=True)
    when, date_only = f.instant("date", tz, required=True)
    updated, _ = f.instant("updated", tz)
    if when and updated and updated < when:
        diags.error(
            "'updated' is earlier than 'date'",
            f.pos("updated"),
            "updated is the last substantive change, so it comes after date",
        )
    source = None
    sf = f.sub("source", known=SOURCE_FIELDS, what="source")
    if sf is not None:
        published, _ = sf.instant("published", tz)
        source = Source(
            publisher=sf.text("publisher"),
            headline=sf.text("headline"),
            authors=sf.text_list("authors"),
            published=published,
            url=sf.url("url"),
            standfirst=sf.text("standfirst"),
        )
    actors = tuple(_refs(f, "actors", ACTOR_REF_FIELDS, "an actor reference", ActorRef))
    sanctions = tuple(_refs(f, "sanctions", SANCTION_REF_FIELDS, "a sanction reference", SanctionRef))
    images = tuple(_images(f))
    if title is None or summary is None or when is None:
        return None
    return Briefing(
        id=src.id,
        path=src.path,
        title=title,
        summary=summary,
        date=when,
        date_only=date_only,
        body=parsed.body,
        body_line=parsed.body_line,
        updated=updated,
        draft=f.boolean("draft"),
        authors=f.text_list("authors"),
        source=source,
        tags=f.text_list("tags"),
        actors=actors,
        sanctions=sanctions,
        images=images,
    )


def _refs(f: Fields, key: str, known: tuple[str, ...], what: str, cls: type) -> list:
    """`- some-id` or `- {id: some-id, role: …}` items, each keeping its position."""
    out = []
    for item, pos in f.items(key):
        ref_id: str | None
        extra: dict[str, Any]
        id_pos: Pos | None
        if isinstance(item, str):
            ref_id, extra, id_pos = item.strip(), {}, pos
        elif isinstance(item, dict):
            sub = Fields(item, f.path, f.diags, known=known, what=what, default_mark=getattr(item, "mark", None))
            ref_id = sub.text("id", required=True)
            if ref_id is None:
                continue
            id_pos = sub.pos("id")
            extra = {k: sub.text(k) for k in known if k != "id"}
            if "provision" in known and "provision" in item:
                extra["provision_pos"] = sub.pos("provision")
        else:
            f.diags.error(
                f"each entry of '{key}' must be an id or a map with an id, not {type_name(item)}",
                pos,
                "e.g. `- some-id` or `- {id: some-id}`",
            )
            continue
        if not ID_RE.match(ref_id):
            f.diags.error(
                f"'{ref_id}' is not a valid id", id_pos, "ids are lower-case words joined by hyphens, e.g. kim-jong-un"
            )
            continue
        out.append(cls(id=ref_id, pos=id_pos, **extra))
    return out


def _images(f: Fields) -> list[Image]:
    out = []
    for item, pos in f.items("images"):
        if not isinstance(item, dict):
            f.diags.error(
                f"each image must be a map with caption and credit, not {type_name(item)}",
                pos,
                'e.g. `- {caption: "…", credit: "AP"}`',
            )
            continue
        sub = Fields(
            item, f.path, f.diags, known=IMAGE_FIELDS, what="an image", default_mark=getattr(item, "mark", None)
        )
        caption = sub.text("caption")
        credit = sub.text("credit")
        src = sub.text("src")
        alt = sub.text("alt")
        if caption is None:
            f.diags.error(
                "an image needs a caption",
                sub.pos("caption") if "caption" in item else pos,
                'add `caption: "what the picture shows"`',
            )
        if credit is None:
            f.diags.error(
                "an image needs a credit",
                sub.pos("credit") if "credit" in item else pos,
                'add `credit: "…"` exactly as the source credits it, e.g. "AFP via Getty Images"',
            )
        if src is not None and alt is None:
            f.diags.error(
                "an image with a src needs alt text",
                pos,
                'add `alt: "…"` describing the picture for readers who cannot see it',
            )
        if src is not None and not _check_src(src, sub, f.diags):
            src = None
        if caption and credit:
            out.append(
                Image(
                    caption=caption,
                    credit=credit,
                    src=src,
                    alt=alt,
                    license=sub.text("license"),
                    source_url=sub.url("source_url"),
                    pos=pos,
                )
            )
    return out


def _check_src(src: str, f: Fields, diags: Diagnostics) -> bool:
    """http(s) URLs, or a path relative to content/ that stays inside it."""
    parts = urlsplit(src)
    if parts.scheme in ("http", "https") and parts.netloc:
        return True
    if parts.scheme or parts.netloc or src.startswith(("/", "\\")) or "\\" in src:
        diags.error(
            f"image src '{src}' must be an http(s) URL or a path under content/",
            f.pos("src"),
            "e.g. src: images/aurus-senat.jpg (the file content/images/aurus-senat.jpg)",
        )
        return False
    if ".." in PurePosixPath(src).parts:
        diags.error(
            f"image src '{src}' leaves the site's content/ folder",
            f.pos("src"),
            "put the picture under content/images/ and write src: images/<name>",
        )
        return False
    return True


def _actor(src: SourceFile, parsed: frontmatter.Parsed, diags: Diagnostics) -> Actor | None:
    f = Fields(parsed.meta, src.path, diags, known=ACTOR_FIELDS, what="an actor")
    name = f.text("name", required=True)
    kind = f.choice("kind", [k.value for k in ActorKind], required=True)
    country = f.text("country")
    if country is not None and not (len(country) == 2 and country.isascii() and country.isalpha()):
        diags.error(
            f"'country' must be an ISO 3166-1 alpha-2 code, not '{country}'", f.pos("country"), "e.g. RU, KP, US"
        )
        country = None
    ids: list[tuple[str, str]] = []
    raw_ids = f.mapping("ids") or {}
    for scheme, value in raw_ids.items():
        pos = (
            Pos(src.path, raw_ids.value_mark(scheme).line, raw_ids.value_mark(scheme).col)
            if hasattr(raw_ids, "value_mark")
            else f.pos("ids")
        )
        if not isinstance(value, (str, int)) or isinstance(value, bool) or not str(value).strip():
            diags.error(f"the id '{scheme}' must be text, not {type_name(value)}", pos)
            continue
        ids.append((str(scheme), str(value).strip()))
    if name is None or kind is None:
        return None
    return Actor(
        id=src.id,
        path=src.path,
        name=name,
        kind=ActorKind(kind),
        body=parsed.body,
        body_line=parsed.body_line,
        summary=f.text("summary"),
        aliases=f.text_list("aliases"),
        country=country.upper() if country else None,
        role=f.text("role"),
        ids=tuple(ids),
        designations=tuple(_designations(f)),
    )


def _designations(f: Fields) -> list[Designation]:
    """`- {sanction: id, provision: key, date: YYYY-MM-DD, note: …}`, each keeping its positions."""
    out = []
    for item, pos in f.items("designations"):
        if not isinstance(item, dict):
            f.diags.error(
                f"each designation must be a map with a sanction, not {type_name(item)}",
                pos,
                "e.g. `- {sanction: eu-269-2014, date: 2022-02-25}`",
            )
            continue
        sub = Fields(
            item,
            f.path,
            f.diags,
            known=DESIGNATION_FIELDS,
            what="a designation",
            default_mark=getattr(item, "mark", None),
        )
        sanction = sub.text("sanction", required=True)
        if sanction is None:
            continue
        if not ID_RE.match(sanction):
            f.diags.error(
                f"'{sanction}' is not a valid id",
                sub.pos("sanction"),
                "ids are lower-case words joined by hyphens, e.g. us-eo-13687",
            )
            continue
        out.append(
            Designation(
                sanction,
                provision=sub.text("provision"),
                listed=sub.day("date"),
                note=sub.text("note"),
                pos=sub.pos("sanction"),
                provision_pos=sub.pos("provision") if "provision" in item else None,
            )
        )
    return out


def _sanction(src: SourceFile, parsed: frontmatter.Parsed, diags: Diagnostics) -> Sanction | None:
    f = Fields(parsed.meta, src.path, diags, known=SANCTION_FIELDS, what="a sanction")
    title = f.text("title", required=True)
    issuer = f.text("issuer", required=True)
    provisions: list[Provision] = []
    raw = f.mapping("provisions") or {}
    for key, value in raw.items():
        mark = raw.value_mark(key) if hasattr(raw, "value_mark") else None
        pos = Pos(src.path, mark.line, mark.col) if mark else f.pos("provisions")
        if not ID_RE.match(str(key)):
            kpos = raw.key_mark(key) if hasattr(raw, "key_mark") else mark
            diags.error(
                f"provision key '{key}' must be lower-case words joined by hyphens",
                Pos(src.path, kpos.line, kpos.col) if kpos else pos,
                "e.g. op8-a-iii or art10",
            )
            continue
        if isinstance(value, str):
            provisions.append(Provision(str(key), value.strip()))
            continue
        if not isinstance(value, dict):
            diags.error(
                f"provision '{key}' must be a map with a label", pos, f'e.g. {key}: {{label: "…", summary: "…"}}'
            )
            continue
        pf = Fields(
            value,
            src.path,
            diags,
            known=PROVISION_FIELDS,
            what=f"provision '{key}'",
            default_mark=getattr(value, "mark", None),
        )
        label = pf.text("label", required=True)
        if label:
            provisions.append(Provision(str(key), label, pf.text("summary")))
    if title is None or issuer is None:
        return None
    return Sanction(
        id=src.id,
        path=src.path,
        title=title,
        issuer=issuer,
        body=parsed.body,
        body_line=parsed.body_line,
        summary=f.text("summary"),
        symbol=f.text("symbol"),
        adopted=f.day("adopted"),
        url=f.url("url"),
        regime=f.text("regime"),
        aliases=f.text_list("aliases"),
        provisions=tuple(provisions),
    )


# whole-site checks ---------------------------------------------------------------------------
