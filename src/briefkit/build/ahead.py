"""Work of later stages done ahead, while an earlier stage's children work (see `Ahead`)."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING, Any

from briefkit.config import SiteConfig

if TYPE_CHECKING:
    from briefkit.assemble import Site
    from briefkit.model import Content


class Ahead:
    """Work of later stages done while an earlier stage's children work, when there are
    children (`parallel.map_ordered`'s `meanwhile`: a cold build's other core otherwise
    waited for it between stages), else when first needed: the Markdown parser and the
    compiled templates (during the content stage), the relations (Markdown stage), the
    feeds (render stage)."""

    def __init__(self, config: SiteConfig, *, keep_compiled: bool) -> None:
        self.config, self.keep_compiled = config, keep_compiled
        self._renderer: Any = None
        self._compiled = False
        self._feeds: list[tuple[str, bytes, str]] | None = None
        self._feeds_key: bytes | None = None
        self.related: dict[str, Any] | None = None  # `assemble.relate`'s, when made ahead

    def prepare(self) -> None:
        from briefkit.markdown import prepare_parser

        prepare_parser(self.config.allow_html)
        self.templates()
        import briefkit.assemble  # noqa: F401 - imported by the stages after this one
        import briefkit.pages  # noqa: F401 - its imports (views, feeds, JSON-LD) too

    def renderer(self) -> Any:
        if self._renderer is None:
            from briefkit.render import Renderer

            self._renderer = Renderer(self.config, keep_compiled=self.keep_compiled)
        return self._renderer

    def relate(self, content: Content, drafts: bool) -> None:
        from briefkit.assemble import relate

        self.related = relate(content, drafts=drafts)

    def feeds(self, site: Site) -> list[tuple[str, bytes, str]]:
        """`feeds.feed_files(site)` with each file's sha256, made once (ahead, while the render
        stage's children work), and so is `feeds_key`."""
        if self._feeds is None:
            from briefkit.feeds import feed_files

            self._feeds = [(path, data, hashlib.sha256(data).hexdigest()) for path, data in feed_files(site)]
            self.feeds_key(site)
        return self._feeds

    def feeds_key(self, site: Site) -> bytes:
        """`feeds.feeds_digest(site)`: what the feeds are made from."""
        if self._feeds_key is None:
            from briefkit.feeds import feeds_digest

            self._feeds_key = feeds_digest(site)
        return self._feeds_key

    def templates(self) -> None:
        """Compile the page templates once, before forking, so each process does not compile them again."""
        if self._compiled:
            return
        self._compiled = True
        from briefkit.pages import PAGE_TEMPLATES

        renderer = self.renderer()
        for name in PAGE_TEMPLATES:
            try:
                renderer.env.get_template(name)
            except Exception:  # noqa: BLE001 - reported when the page is rendered
                pass
