"""The feeds, sitemap, robots.txt and search stage: the files made from the whole site."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Any

from briefkit.build.ahead import Ahead
from briefkit.build.render_pages import LastOutput
from briefkit.build.timing import timed
from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics
from briefkit.output import OutputFile

if TYPE_CHECKING:
    from briefkit.assemble import Site


def site_files(
    config: SiteConfig,
    site: Site,
    sitemap: list[Any],
    pages: list[OutputFile],
    diags: Diagnostics,
    *,
    search: bool,
    stale_search: bool = False,
    timings: dict[str, float],
    recorded: dict[str, tuple[bytes, str]] | None = None,
    last: LastOutput | None = None,
    made: dict[str, tuple[bytes, str]] | None = None,
    ahead: Ahead,
    early: Any = None,
) -> list[OutputFile]:
    """Feeds, sitemap.xml, robots.txt, and the search index over the rendered pages.

    The feeds (as a set) and the sitemap each have a digest of what they are made from; with
    a cache, when it is the one `recorded` for the files in the output (`state.site_files`, set
    only after a successful write) and `last` still holds those files, they are reused as they are:
    an edit of a briefing's wording changes no feed. `made` receives path -> (digest, sha256)
    for each file made or reused, for the record. `early`: a `searchplace.EarlyIndex`.
    """
    from briefkit.cache import text_digest
    from briefkit.feeds import feed_path, feed_paths
    from briefkit.sitemap import ROBOTS_FILE, SITEMAP_FILE, robots_txt, sitemap_xml

    def the_sitemap() -> list[tuple[str, bytes, str]]:
        data = sitemap_xml(listed)
        return [(SITEMAP_FILE, data, hashlib.sha256(data).hexdigest())]

    with timed(timings, "feeds"):
        listed = [e for e in sitemap if e is not None]
        groups: list[tuple[bytes, list[str], Callable[[], list[tuple[str, bytes, str]]]]] = [
            (ahead.feeds_key(site), sorted(feed_path(p) for p in feed_paths(site)), partial(ahead.feeds, site)),
            (text_digest(tuple((e.loc, e.lastmod) for e in listed)), [SITEMAP_FILE], the_sitemap),
        ]
        files = []
        for key, paths, make in groups:
            old = [recorded.get(p) for p in paths] if recorded and last is not None else []
            if old and all(
                r is not None and r[0] == key and last.holds(p, r[1])  # type: ignore[union-attr]
                for p, r in zip(paths, old, strict=True)
            ):
                files += [last.file(p, r[1]) for p, r in zip(paths, old, strict=True)]  # type: ignore[union-attr, index]
                if made is not None:
                    made.update(zip(paths, old, strict=True))  # type: ignore[arg-type]
                continue
            for path, data, sha in make():
                files.append(OutputFile(path, data, digest=sha))
                if made is not None:
                    made[path] = (key, sha)
        files.append(OutputFile(ROBOTS_FILE, robots_txt(config)))
    if search and config.search:
        from briefkit.search import index_site

        with timed(timings, "search"):
            files += index_site(config, pages, diags, reuse_stale=stale_search, early=early)
    return files
