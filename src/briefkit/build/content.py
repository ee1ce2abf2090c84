"""The content and Markdown stages with the cache: documents read and parsed, bodies rendered,
each reused from the memo when its bytes (and, for a body, its link context) are unchanged."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos

if TYPE_CHECKING:
    from briefkit.cache import CacheState
    from briefkit.markdown import MarkdownContext
    from briefkit.model import Content


@dataclass(frozen=True)
class _KnownSource:
    """A content file by its site path and the sha256 of its bytes: its parse is in the memo."""

    path: str
    digest: str


def load_content(
    config: SiteConfig,
    diags: Diagnostics,
    drafts: bool,
    state: CacheState,
    inputs: dict[str, Any] | None = None,
    *,
    meanwhile: Callable[[], object] | None = None,
) -> tuple[Content, dict[str, str]]:
    """`loader.load_content`, with parsed documents taken from the cache by file digest.

    Returns the content and each document's digest by path (the key of its rendered body).
    A file is read unless `inputs` (`cache.scan_inputs` of this build) shows the same size and
    mtime as when it was last read, neither then nor now racy; parsing is skipped for bytes
    already parsed.
    Diagnostics come out in the order the plain loader gives them, cached ones replayed.
    """
    from briefkit.loader import discover, read_source
    from briefkit.parallel import map_ordered
    from briefkit.schema import parse_document
    from briefkit.sitechecks import check_content
    from briefkit.urls import ID_RE

    found = discover(config, diags)
    # (path, kind, source or None, diagnostics of reading it); files to read are read (and
    # parsed, when their bytes are new) where they are parsed: over the cores when many.
    sources: list[tuple[Path, Any, Any, Diagnostics]] = []
    unread: list[tuple[int, Path, str, Any]] = []
    known, state.sources = state.sources, {}
    for path, rel, kind in found:
        now = inputs.get(rel) if inputs is not None else None
        rec = known.get(rel)
        if now is not None and now[2] is None and rec is not None and rec[:2] == now[:2]:
            entry = state.docs.get(rel)
            if entry is not None and entry[0] == rec[2] and ID_RE.match(path.stem):
                # Status unchanged since it was read (and not racy then or now): its parse is known.
                state.sources[rel] = rec
                sources.append((path, kind, _KnownSource(rel, rec[2]), Diagnostics()))
                continue
        unread.append((len(sources), path, rel, kind))
        sources.append((path, kind, None, Diagnostics()))

    def read_and_parse(item: tuple[int, Path, str, Any]) -> tuple[str | None, list[Any], Any]:
        """(digest, reading's diagnostics, (document, parsing's diagnostics) or None when the
        bytes are those already parsed): the file's text never travels back."""
        _, path, rel, kind = item
        read_diags = Diagnostics()
        src = read_source(path, rel, kind, read_diags)
        if src is None:
            return None, list(read_diags), None
        if (state.docs.get(src.path) or ("",))[0] == src.digest:
            return src.digest, list(read_diags), None
        local = Diagnostics()
        doc = parse_document(src, config, local)
        return src.digest, list(read_diags), (doc, list(local))

    parsed_all = map_ordered(read_and_parse, unread, meanwhile=meanwhile)
    for (i, path, rel, kind), (digest, reading, parsed) in zip(unread, parsed_all, strict=True):
        got = Diagnostics()
        got.extend(reading)
        if digest is None:
            sources[i] = (path, kind, None, got)
            continue
        now = inputs.get(rel) if inputs is not None else None
        if not reading and now is not None and now[2] is None:
            state.sources[rel] = (now[0], now[1], digest)
        if parsed is not None:
            state.docs[rel] = (digest, parsed[0], parsed[1])
        sources[i] = (path, kind, _KnownSource(rel, digest), got)

    docs = []
    broken: dict[str, Any] = {}
    digests: dict[str, str] = {}
    for path, kind, src, read_diags in sources:
        diags.extend(read_diags)
        doc = None
        if src is not None:
            _, doc, doc_diags = state.docs[src.path]
            diags.extend(doc_diags)
            digests[src.path] = src.digest
        if doc is not None:
            docs.append(doc)
        elif ID_RE.match(path.stem):
            broken[path.stem] = kind
    live = {src.path for _, _, src, _ in sources if src is not None}
    for gone in [p for p in state.docs if p not in live]:
        del state.docs[gone]
    return check_content(docs, config, diags, drafts=drafts, broken=broken), digests


def render_bodies(
    content: Content,
    config: SiteConfig,
    diags: Diagnostics,
    state: CacheState | None = None,
    digests: dict[str, str] | None = None,
    body_digests: dict[str, bytes] | None = None,
    *,
    meanwhile: Callable[[], object] | None = None,
) -> dict[str, Any]:
    """Every document's Markdown body, keyed by id (briefings autolink their own actors).

    A cached body is reused when its document's bytes and the link context it was rendered
    in are the same, and every link target it used still has the same URL, title and kind.
    `body_digests` receives `pagekeys.body_digest` of each body, computed where it is rendered
    and kept with it in the memo (page keys need one per body; an edit renders one).
    """
    from briefkit.cache import text_digest
    from briefkit.linking import LinkIndex
    from briefkit.markdown import render_body
    from briefkit.pagekeys import body_digest
    from briefkit.parallel import map_ordered

    index = LinkIndex.from_content(content, config, diags)
    names = text_digest(sorted((k, tuple(v)) for k, v in index.terms.items()))
    digests = digests or {}
    registry = index.context_for_registry(config)
    # A briefing's context (the names it autolinks) follows from its file's bytes (its actor
    # references) and the registry's names: both are in its key, so the context itself is
    # only built for the bodies that are rendered.
    # Each key is the file's path and digest under the context's digest, hashed directly: a
    # `text_digest` per document cost ~4 ms of an edit.
    contexts = {
        "briefing": text_digest("briefing", config.autolink, config.allow_html, names),
        "registry": text_digest("registry", config.allow_html, names),
    }

    def key_of(kind: str, path: str) -> bytes:
        data = contexts[kind] + f"\0{path}\0{digests.get(path) or ''}".encode("utf-8", "surrogatepass")
        return hashlib.blake2b(data, digest_size=20).digest()

    jobs: list[tuple[Any, MarkdownContext | None, bytes]] = []  # (doc, ctx or None, key)
    for b in content.briefings.values():
        jobs.append((b, None, key_of("briefing", b.path)))
    registry_docs: list[Any] = [*content.actors.values(), *content.sanctions.values()]
    for doc in registry_docs:
        jobs.append((doc, registry, key_of("registry", doc.path)))

    bodies: dict[str, Any] = {}
    todo = []
    for doc, ctx, key in jobs:
        hit = state.bodies.get(doc.id) if state is not None and doc.path in digests else None
        if hit is not None and hit[0] == key and all(index.targets.get(i) == t for i, t in hit[1]):
            bodies[doc.id] = hit[2]
            if body_digests is not None:
                body_digests[doc.id] = hit[3]
        else:
            todo.append((doc, ctx if ctx is not None else index.context_for_briefing(doc, config), key))

    def render(job: tuple[Any, Any, bytes]) -> tuple[Any, list[Any], bytes]:
        doc, ctx, _ = job
        local = Diagnostics()
        body = render_body(doc.body, ctx, pos=Pos(doc.path, doc.body_line), diags=local)
        return body, list(local), body_digest(body)

    for (doc, ctx, key), (body, body_diags, digest) in zip(
        todo, map_ordered(render, todo, meanwhile=meanwhile), strict=True
    ):
        diags.extend(body_diags)
        bodies[doc.id] = body
        if body_digests is not None:
            body_digests[doc.id] = digest
        if state is not None:
            if body_diags or doc.path not in digests:
                state.bodies.pop(doc.id, None)
            else:
                used = dict.fromkeys([*body.links, *ctx.autolink_terms])
                state.bodies[doc.id] = (key, tuple((i, index.targets.get(i)) for i in used), body, digest)
    if state is not None:
        for gone in [i for i in state.bodies if i not in bodies]:
            del state.bodies[gone]
    return {doc.id: bodies[doc.id] for doc, _, _ in jobs}
