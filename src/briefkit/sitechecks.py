"""What needs the whole site to check: ids unique across kinds, references to actors, sanctions
and provisions that exist, designations of known measures, images that stay inside the site.

Runs after `schema.parse_document` has read each file on its own (cached by the file's hash, in
parallel); a problem is reported at the reference that has it, with a hint naming what exists.
"""

from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos, did_you_mean
from briefkit.model import (
    Actor,
    Briefing,
    Content,
    DocKind,
    Sanction,
)
from briefkit.schema import Document
from briefkit.urls import IMAGES_DIR


def check_content(
    docs: list[Document],
    config: SiteConfig,
    diags: Diagnostics,
    *,
    drafts: bool = False,
    broken: dict[str, DocKind] | None = None,
) -> Content:
    """Ids unique across kinds, references resolved; returns the store of valid documents."""
    seen: dict[str, Document] = {}
    briefings: dict[str, Briefing] = {}
    actors: dict[str, Actor] = {}
    sanctions: dict[str, Sanction] = {}
    for doc in sorted(docs, key=lambda d: d.path):
        if doc.id in seen:
            diags.error(
                f"duplicate id '{doc.id}': {seen[doc.id].path} has it too",
                Pos(doc.path, 1, 1),
                "ids are unique across briefings, actors and sanctions; rename one file",
            )
            continue
        seen[doc.id] = doc
        if isinstance(doc, Briefing):
            briefings[doc.id] = doc
        elif isinstance(doc, Actor):
            actors[doc.id] = doc
        else:
            sanctions[doc.id] = doc
    broken = dict(broken or {})
    for a in actors.values():
        _check_designations(a, actors, sanctions, diags, broken)
    for b in briefings.values():
        _check_refs(b, actors, sanctions, diags, broken)
        _check_images(b, config, diags)
    if not drafts:
        briefings = {k: v for k, v in briefings.items() if not v.draft}
    return Content(briefings=briefings, actors=actors, sanctions=sanctions, broken=broken)


def _kind_hint(ref_id: str, wanted: str, actors: dict, sanctions: dict, others: dict) -> str | None:
    if wanted == "actor" and ref_id in sanctions:
        return f"'{ref_id}' is a sanction: list it under `sanctions:`"
    if wanted == "sanction" and ref_id in actors:
        return f"'{ref_id}' is an actor: list it under `actors:`"
    return did_you_mean(ref_id, others) or (f"add content/{wanted}s/{ref_id}.md to the registry, or fix the id")


def _check_refs(
    b: Briefing,
    actors: dict[str, Actor],
    sanctions: dict[str, Sanction],
    diags: Diagnostics,
    broken: dict[str, DocKind],
) -> None:
    seen: set[str] = set()
    for ref in b.actors:
        if broken.get(ref.id) is DocKind.ACTOR:
            continue
        if ref.id not in actors:
            diags.error(f"unknown actor '{ref.id}'", ref.pos, _kind_hint(ref.id, "actor", actors, sanctions, actors))
        elif ref.id in seen:
            diags.warning(f"actor '{ref.id}' is listed twice", ref.pos, "keep one entry")
        seen.add(ref.id)
    seen_pairs: set[tuple[str, str | None]] = set()
    for cited in b.sanctions:
        sanction = sanctions.get(cited.id)
        if broken.get(cited.id) is DocKind.SANCTION:
            continue
        if sanction is None:
            diags.error(
                f"unknown sanction '{cited.id}'",
                cited.pos,
                _kind_hint(cited.id, "sanction", actors, sanctions, sanctions),
            )
            continue
        if cited.provision is not None and sanction.provision(cited.provision) is None:
            keys = [p.key for p in sanction.provisions]
            hint = did_you_mean(cited.provision, keys) or (
                f"'{cited.id}' has the provisions: {', '.join(keys)}"
                if keys
                else f"'{cited.id}' lists no provisions; add them under `provisions:` in {sanction.path}"
            )
            diags.error(
                f"unknown provision '{cited.provision}' of sanction '{cited.id}'",
                cited.provision_pos or cited.pos,
                hint,
            )
        if (cited.id, cited.provision) in seen_pairs:
            diags.warning(f"sanction '{cited.id}' is cited twice with the same provision", cited.pos)
        seen_pairs.add((cited.id, cited.provision))


def _check_designations(
    a: Actor, actors: dict[str, Actor], sanctions: dict[str, Sanction], diags: Diagnostics, broken: dict[str, DocKind]
) -> None:
    """A designation names a sanction of the registry, and a provision of it where it gives one."""
    for d in a.designations:
        if broken.get(d.sanction) is DocKind.SANCTION:
            continue
        sanction = sanctions.get(d.sanction)
        if sanction is None:
            diags.error(
                f"unknown sanction '{d.sanction}' in a designation",
                d.pos,
                _kind_hint(d.sanction, "sanction", actors, sanctions, sanctions),
            )
        elif d.provision is not None and sanction.provision(d.provision) is None:
            keys = [p.key for p in sanction.provisions]
            hint = did_you_mean(d.provision, keys) or (
                f"'{d.sanction}' has the provisions: {', '.join(keys)}"
                if keys
                else f"'{d.sanction}' lists no provisions; add them under `provisions:` in {sanction.path}"
            )
            diags.error(f"unknown provision '{d.provision}' of sanction '{d.sanction}'", d.provision_pos or d.pos, hint)


def _check_images(b: Briefing, config: SiteConfig, diags: Diagnostics) -> None:
    content: Path | None = None  # resolved once a briefing has a local picture
    for img in b.images:
        if img.src is None or urlsplit(img.src).scheme:
            continue
        if content is None:
            content = config.content_dir.resolve()
        rel = PurePosixPath(img.src.removeprefix("./"))
        target = (content / rel).resolve()
        if not target.is_relative_to(content):
            diags.error(
                f"image src '{img.src}' leaves the site's content/ folder",
                img.pos,
                "put the picture under content/images/",
            )
        elif not target.is_file():
            diags.warning(
                f"image '{img.src}' not found: there is no content/{rel.as_posix()}",
                img.pos,
                f"add the picture as content/{rel.as_posix()}, or drop `src` to show the caption and credit only",
                code="image-missing",
            )
        elif rel.parts[0] != IMAGES_DIR:
            diags.warning(
                f"image '{img.src}' is outside content/images/, the only image folder that is published",
                img.pos,
                f"move it to content/images/ and write src: images/{rel.name}",
                code="image-unpublished",
            )
