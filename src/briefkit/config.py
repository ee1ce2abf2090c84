"""site.yaml -> SiteConfig.

Settings are a typed, frozen object, not a string-keyed dict: a misspelt key is an error with
a suggestion, and every stage reads the same validated values.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from briefkit.diagnostics import Diagnostics, Pos

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
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_path(self) -> str:
        """The path part of base_url: "/" or "/repo/"."""
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


CONFIG_FILE = "site.yaml"
_KEYS = (
    "title",
    "base_url",
    "description",
    "language",
    "timezone",
    "autolink",
    "allow_html",
    "author",
    "cname",
    "feed_entries",
    "search",
    "output",
    "importer",
)


def normalise_base_url(url: str) -> str | None:
    """'https://x.org/repo' -> 'https://x.org/repo/'; None when it is not an absolute http(s) URL."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        return None
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return f"{parts.scheme}://{parts.netloc}{path}"


def load_config(root: Path, diags: Diagnostics, *, base_url: str | None = None) -> SiteConfig | None:
    """Read `root/site.yaml`; report problems into `diags`; None when the site cannot be read."""
    from briefkit import yamlpos
    from briefkit.fields import Fields
    from briefkit.loader import decode

    root = Path(root)
    path = root / CONFIG_FILE
    if not path.is_file():
        diags.error(
            f"no {CONFIG_FILE} in {root}",
            Pos(CONFIG_FILE),
            "run briefkit in a site folder, pass --site DIR, or create one with `briefkit new DIR`",
        )
        return None
    text = decode(path.read_bytes(), CONFIG_FILE, diags)
    if text is None:
        return None
    try:
        meta = yamlpos.load(text)
    except yamlpos.YamlError as exc:
        m = exc.mark
        diags.error(exc.message, Pos(CONFIG_FILE, m.line, m.col) if m else Pos(CONFIG_FILE), exc.hint)
        return None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        diags.error(f"{CONFIG_FILE} must be a set of `key: value` settings", Pos(CONFIG_FILE, 1, 1))
        return None
    before = len(diags.errors)
    f = Fields(meta, CONFIG_FILE, diags, known=_KEYS, what=CONFIG_FILE)
    title = f.text("title", required=True) or "Untitled"
    url = base_url if base_url is not None else f.text("base_url", required=True)
    normal = normalise_base_url(url) if url else None
    if url and normal is None:
        where = Pos("--base-url") if base_url is not None else f.pos("base_url")
        diags.error(
            f"base_url must be an absolute http(s) URL, not '{url}'",
            where,
            "e.g. https://example.org/ or https://user.github.io/repo/",
        )
    tz_name = f.text("timezone") or "UTC"
    try:
        ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        diags.error(
            f"unknown timezone '{tz_name}'",
            f.pos("timezone"),
            "use an IANA name such as UTC, Europe/London or Asia/Seoul",
        )
        tz_name = "UTC"
    importer = f.sub("importer", known=("boilerplate",), what="importer settings")
    config = SiteConfig(
        root=root.resolve(),
        title=title,
        base_url=normal or "http://localhost/",
        description=f.text("description") or "",
        language=f.text("language") or "en",
        timezone=tz_name,
        autolink=f.choice("autolink", ("first", "all", "none"), default="first"),  # type: ignore[arg-type]
        allow_html=f.boolean("allow_html"),
        author=f.text("author"),
        cname=f.text("cname"),
        feed_entries=f.integer("feed_entries", 20, 1, 1000),
        search=f.boolean("search", True),
        output=f.text("output") or "output",
        importer_boilerplate=importer.text_list("boilerplate") if importer else (),
    )
    return None if len(diags.errors) > before else config
