"""site.yaml -> SiteConfig. (Contract; implementation in progress.)"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from briefkit.diagnostics import Diagnostics

AutolinkMode = Literal["first", "all", "none"]


@dataclass(frozen=True)
class SiteConfig:
    root: Path  # the site folder (holds site.yaml)
    title: str
    base_url: str  # absolute, ends with "/": "https://user.github.io/repo/"
    description: str = ""
    language: str = "en"
    timezone: str = "UTC"
    autolink: AutolinkMode = "first"
    allow_html: bool = False
    author: str | None = None
    cname: str | None = None
    feed_entries: int = 20
    search: bool = True
    output: str = "output"  # output folder, relative to root unless absolute
    importer_boilerplate: tuple[str, ...] = ()  # extra phrases the importer strips

    @property
    def base_path(self) -> str:
        """The path part of base_url: "/" or "/repo/"."""
        from urllib.parse import urlsplit

        p = urlsplit(self.base_url).path or "/"
        return p if p.endswith("/") else p + "/"

    def url(self, site_path: str = "") -> str:
        """Root-relative URL of a site path: "briefings/x/" -> "/repo/briefings/x/"."""
        return self.base_path + site_path.lstrip("/")

    def abs_url(self, site_path: str = "") -> str:
        """Absolute URL under base_url (canonical links, feeds, sitemap)."""
        return self.base_url + site_path.lstrip("/")

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def static_dir(self) -> Path:
        return self.root / "static"

    @property
    def cache_dir(self) -> Path:
        return self.root / ".briefkit-cache"

    @property
    def output_dir(self) -> Path:
        p = Path(self.output)
        return p if p.is_absolute() else self.root / p


def load_config(root: Path, diags: Diagnostics, *, base_url: str | None = None) -> SiteConfig | None:
    """Read `root/site.yaml`; report problems into `diags`; None when the site cannot be read."""
    raise NotImplementedError
