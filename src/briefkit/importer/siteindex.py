"""What `briefkit import` needs of a site: its registry, the tags it uses, the articles it holds.

An import matches an article against the actors and sanctions, suggests tags the site's
briefings already use and refuses an article a briefing already holds. That needs the registry's
documents whole, but of each briefing only its tags and its source address: reading every
briefing through the schema (every value with its position, every field checked, references
resolved) took about a second on a site of 1,000 briefings, which `briefkit check` reports on
anyway; their front matter alone, read with libyaml, takes a tenth of that.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics
from briefkit.importer.lazyre import compile_later
from briefkit.model import Content, DocKind
from briefkit.urls import ID_RE


@dataclass
class SiteIndex:
    """The registry (`content.briefings` is left empty), the tags in use, the articles held."""

    content: Content
    tag_uses: Counter[str] = field(default_factory=Counter)  # tag -> briefings (drafts aside) using it
    held: dict[str, Path] = field(default_factory=dict)  # `url_key(source.url)` -> the briefing's file


def load_index(config: SiteConfig, diags: Diagnostics) -> SiteIndex:
    """The registry checked as `check` checks it; the briefings read for their tags and addresses only."""
    from briefkit.loader import discover, read_source
    from briefkit.schema import parse_document
    from briefkit.sitechecks import check_content

    docs = []
    briefings: list[Path] = []
    for path, rel, kind in discover(config, diags):
        if kind is DocKind.BRIEFING:
            briefings.append(path)
            continue
        src = read_source(path, rel, kind, diags)
        doc = parse_document(src, config, diags) if src is not None else None
        if doc is not None:
            docs.append(doc)
    index = SiteIndex(check_content(docs, config, diags))
    _read_briefings(briefings, index)
    return index


def _read_briefings(paths: list[Path], index: SiteIndex) -> None:
    """Each briefing's `source.url` (any briefing naming an article holds it: drafts and briefings
    with errors too) and the tags of those the site shows (a title, summary and date, not a draft)."""
    import yaml

    from briefkit.importer.pageurls import url_key

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser is ten times faster
    for path in paths:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError):
            continue
        if not text.startswith("---"):
            continue
        front = text.split("\n---", 1)[0][3:]
        if "url:" not in front and "tags:" not in front:
            continue  # neither an address nor a tag: the YAML need not be read
        wanted, keys = _wanted(front)
        try:
            meta = yaml.load(wanted, Loader=loader)  # noqa: S506 — a safe loader, the C one when present
        except yaml.YAMLError:
            try:  # an alias to an anchor in a field left out, say: the whole front matter
                meta = yaml.load(front, Loader=loader)  # noqa: S506
            except yaml.YAMLError:
                continue
        if not isinstance(meta, dict):
            continue
        source = meta.get("source")
        url = source.get("url") if isinstance(source, dict) else None
        if isinstance(url, str) and url.strip():
            index.held.setdefault(url_key(url), path)
        if _REQUIRED <= keys and meta.get("draft") is not True and ID_RE.match(path.stem):
            tags = meta.get("tags")
            if isinstance(tags, list):
                index.tag_uses.update(t.strip() for t in tags if isinstance(t, str) and t.strip())


_WANTED = frozenset({"draft", "tags", "source"})
_REQUIRED = frozenset({"title", "summary", "date"})  # a briefing without them is no briefing: its tags are not counted
_TOP_KEY = compile_later(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]|$)")


def _wanted(front: str) -> tuple[str, set[str]]:
    """The front matter's fields read here without the others (building the values of a
    briefing's actors, sanctions, images and dates cost three times the reading of the rest),
    and the names of all its top-level fields.

    A top-level field is its line and the indented or blank lines under it; front matter laid
    out any other way (a quoted or complex key, a flow mapping, an anchor) is returned whole.
    """
    kept: list[str] = []
    keys: set[str] = set()
    keep = False
    for line in front.split("\n"):
        if line[:1] not in ("", " ", "\t", "#"):
            m = _TOP_KEY.match(line)
            if m is None or "&" in line or "*" in line:
                return front, set(_REQUIRED)
            keys.add(m.group(1))
            keep = m.group(1) in _WANTED
        if keep:
            kept.append(line)
    return "\n".join(kept), keys
