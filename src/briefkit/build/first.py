"""Pages a build hands over before the rest: what `serve` shows a writer first.

Mature generators' live previews ("fast render" in Hugo) render the pages the open browsers
show before the rest of the site. Here the build asks `wanted` for those pages once the
content is read and the site assembled (its earlier stages are short for an edit), renders
those among the pages it must render anyway, and hands `deliver` the ones whose bytes differ
from the output's; then it renders and writes the whole site as always. The pages handed over
are the very ones the write then puts in the output (same plan, same render), and nothing is
written for them early: the output still changes only when the whole site is swapped in.

A cold build (the first under `serve`) asks sooner: once the content is read, while the
Markdown stage's children render the bodies, the parent renders the wanted pages from the
front matter's relations and only the bodies those pages show (`render_soon`). The relations
follow from the front matter alone and a page reads the bodies it shows and no other, so these
are the bytes the render stage makes later; the relations are the ones the build then uses.

The core defines this shape and calls it; the edge (`serve`) provides it, so the build never
imports the preview.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos

if TYPE_CHECKING:
    from briefkit.build.ahead import Ahead
    from briefkit.model import Content


@dataclass(frozen=True)
class FirstPages:
    """`wanted()`: site files shown now ("briefings/x/index.html"), asked when the pages are
    about to render (and, in a cold build, once the content is read); `deliver(pages)`: those
    rendered whose bytes changed, file -> bytes, called (from the build's thread) before any
    other page renders. An exception in either is ignored: the build goes on, and its end
    tells the browsers as usual."""

    wanted: Callable[[], Collection[str]]
    deliver: Callable[[dict[str, bytes]], None]


class _Bodies(Mapping[str, Any]):
    """The site's rendered bodies, each rendered when first read, as `render_bodies` renders
    it (same context, same parser): a page reads only the bodies it shows."""

    def __init__(self, content: Content, config: SiteConfig) -> None:
        self._content, self._config = content, config
        # the order of `render_bodies`' result: briefings, then actors and sanctions
        self._docs = {d.id: d for kind in (content.briefings, content.actors, content.sanctions) for d in kind.values()}
        self._got: dict[str, Any] = {}
        self._index: Any = None

    def __getitem__(self, doc_id: str) -> Any:
        got = self._got.get(doc_id)
        if got is None:
            from briefkit.linking import LinkIndex
            from briefkit.markdown import render_body

            doc = self._docs[doc_id]
            if self._index is None:
                self._index = LinkIndex.from_content(self._content, self._config, Diagnostics())
            if self._content.briefings.get(doc_id) is doc:
                ctx = self._index.context_for_briefing(doc, self._config)
            else:
                ctx = self._index.context_for_registry(self._config)
            pos = Pos(doc.path, doc.body_line)
            got = self._got[doc_id] = render_body(doc.body, ctx, pos=pos, diags=Diagnostics())
        return got

    def __iter__(self) -> Iterator[str]:
        return iter(self._docs)

    def __len__(self) -> int:
        return len(self._docs)


def render_soon(first: FirstPages, config: SiteConfig, content: Content, drafts: bool, ahead: Ahead) -> set[str]:
    """Render the pages `first` wants from the content alone and hand them over; returns
    their files. Makes `ahead.related` (the build's relations) when it is not made yet."""
    try:
        wanted = set(first.wanted())
    except Exception:  # noqa: BLE001 - the edge's trouble: the build goes on without it
        return set()
    if not wanted:
        return set()
    from briefkit.assemble import Site
    from briefkit.pagekeys import page_jobs

    if ahead.related is None:
        ahead.relate(content, drafts)
    assert ahead.related is not None
    site = Site(config=config, content=content, bodies=_Bodies(content, config), **ahead.related)
    renderer = ahead.renderer()
    pages: dict[str, bytes] = {}
    for job in page_jobs(site, {}, {}):
        if job.path not in wanted:
            continue
        try:
            html = renderer.render(job.plan())
        except Exception:  # noqa: BLE001 - the render stage renders it again and reports
            continue
        pages[job.path] = html.encode("utf-8") if isinstance(html, str) else html
    if pages:
        try:
            first.deliver(pages)
        except Exception:  # noqa: BLE001 - as above
            pass
    return set(pages)


def both_meanwhile(
    soon: Callable[[Ahead], object] | None, relate: Callable[[], object] | None, ahead: Ahead
) -> Callable[[], None] | None:
    """The Markdown stage's work of the parent while its children render the bodies: the
    pages wanted first (`render_soon`, which makes the relations), else the relations."""
    if soon is None and relate is None:
        return None

    def work() -> None:
        if soon is not None:
            soon(ahead)
        if relate is not None and ahead.related is None:
            relate()

    return work
