"""The build: every stage in order, timed, from site.yaml to a written site.

Read `Builder.build` top to bottom and you have read the pipeline (ARCHITECTURE.md draws it).
Nothing here raises on bad content: problems become diagnostics, and the output folder is
only touched when the whole site was produced without failing diagnostics, so a broken
edit never costs the user their last good build.
"""

from __future__ import annotations

import time
import traceback
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Iterator

from briefkit.config import SiteConfig, load_config
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.output import OutputFile, OutputRefused, WriteReport, check_destination, write_site

if TYPE_CHECKING:
    from briefkit.assemble import Site
    from briefkit.model import Content
    from briefkit.pages import PagePlan

IMAGES_DIR = "images"  # content/images/** is published at images/**
STATIC_DIR = "static"  # theme static, then the site's static/, are published at static/**
THEME_STATIC = Path(__file__).parent / "theme" / "static"


@dataclass
class BuildResult:
    ok: bool
    diagnostics: Diagnostics
    output: Path
    pages: int = 0
    report: WriteReport | None = None
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in stage order


@dataclass
class _Produced:
    """What the stages before writing yield: the config, and the files when all went well."""

    config: SiteConfig | None
    files: list[OutputFile] | None
    pages: int = 0


class Builder:
    """Builds one site; `serve` keeps one and calls `build()` on every change."""

    def __init__(
        self,
        site_dir: Path,
        *,
        output: Path | None = None,
        drafts: bool = False,
        strict: bool = False,
        base_url: str | None = None,
    ) -> None:
        self.site_dir = Path(site_dir)
        self.output = Path(output) if output is not None else None
        self.drafts = drafts
        self.strict = strict
        self.base_url = base_url

    def check(self) -> Diagnostics:
        """Every stage up to and including rendering (template errors are found); writes nothing."""
        diags = Diagnostics()
        self._produce(diags, {}, search=False)
        return diags

    def build(self) -> BuildResult:
        diags, timings = Diagnostics(), {}
        produced = self._produce(diags, timings)
        config = produced.config
        dest = self._destination(config)
        result = BuildResult(False, diags, dest, produced.pages, None, timings)
        if config is None or produced.files is None or diags.failed(self.strict):
            return result
        with _timed(timings, "write"):
            try:
                result.report = write_site(produced.files, dest, site_root=config.root)
            except OutputRefused as refused:
                diags.error(refused.message, hint=refused.hint)
                return result
            except OSError as exc:
                diags.error(f"could not write the site into {dest}: {exc.strerror or exc}",
                            hint="the previous output is unchanged; check free space and permissions")
                return result
        result.ok = True
        return result

    # ------------------------------------------------------------------ the stages

    def _produce(self, diags: Diagnostics, timings: dict[str, float], *, search: bool = True) -> _Produced:
        from briefkit.assemble import assemble
        from briefkit.loader import load_content
        from briefkit.pages import plan_pages

        with _timed(timings, "config"):
            config = load_config(self.site_dir, diags, base_url=self.base_url)
        if config is None:
            return _Produced(None, None)
        try:  # refuse a dangerous output folder before doing any work
            check_destination(self._destination(config), config.root)
        except OutputRefused as refused:
            diags.error(refused.message, hint=refused.hint)
            return _Produced(config, None)

        with _timed(timings, "content"):
            content = load_content(config, diags, drafts=self.drafts)
        with _timed(timings, "markdown"):
            bodies = _render_bodies(content, config, diags)
        with _timed(timings, "assemble"):
            # With errors already found, assemble's warnings are mostly their echoes (an actor
            # "not annotated" because its misspelt reference was dropped): keep them out.
            site = assemble(config, content, bodies, Diagnostics() if diags.errors else diags,
                            drafts=self.drafts)
        with _timed(timings, "assets"):
            assets = _assets(config, site, diags)
        if diags.errors:  # a partial site is not worth rendering; every content problem is known
            return _Produced(config, None)
        with _timed(timings, "pages"):
            plans = plan_pages(site)
        with _timed(timings, "render"):
            pages = _render_pages(config, plans, diags)
        if pages is None:
            return _Produced(config, None)
        extras = _site_files(config, site, plans, pages, diags, search=search, timings=timings)
        return _Produced(config, pages + extras + assets, len(pages))

    def _destination(self, config: SiteConfig | None) -> Path:
        if self.output is not None:
            return self.output
        return config.output_dir if config is not None else self.site_dir / "output"


def build(site_dir: Path, **kw: Any) -> BuildResult:
    return Builder(site_dir, **kw).build()


def check(site_dir: Path, **kw: Any) -> Diagnostics:
    return Builder(site_dir, **kw).check()


# ---------------------------------------------------------------------- stage helpers


@contextmanager
def _timed(timings: dict[str, float], stage: str) -> Iterator[None]:
    start = time.perf_counter()
    try:
        yield
    finally:
        timings[stage] = timings.get(stage, 0.0) + time.perf_counter() - start


def _render_bodies(content: Content, config: SiteConfig, diags: Diagnostics) -> dict[str, Any]:
    """Every document's Markdown body, keyed by id (briefings autolink their own actors)."""
    from briefkit.linking import LinkIndex
    from briefkit.markdown import render_body

    index = LinkIndex.from_content(content, config, diags)
    bodies: dict[str, Any] = {}
    for b in content.briefings.values():
        ctx = index.context_for_briefing(b, config)
        bodies[b.id] = render_body(b.body, ctx, pos=Pos(b.path, b.body_line), diags=diags)
    registry = index.context_for_registry(config)
    for doc in [*content.actors.values(), *content.sanctions.values()]:
        bodies[doc.id] = render_body(doc.body, registry, pos=Pos(doc.path, doc.body_line), diags=diags)
    return bodies


def _render_pages(config: SiteConfig, plans: list[PagePlan], diags: Diagnostics) -> list[OutputFile] | None:
    """HTML for every plan; a template error becomes a diagnostic at the template's line."""
    import jinja2

    from briefkit.render import Renderer

    renderer = Renderer(config)
    files: list[OutputFile] = []
    reported: set[tuple[str, str]] = set()
    for plan in plans:
        try:
            html = renderer.render(plan)
        except jinja2.TemplateSyntaxError as exc:
            diags.error(f"template syntax error: {exc.message}", _template_pos(config, exc.filename or exc.name, exc.lineno),
                        "fix the template; the built-in theme in briefkit/theme/templates shows working ones")
            return None  # the same broken template would fail every page
        except jinja2.TemplateError as exc:
            pos = _failing_template_line(config, exc)
            key = (str(pos), str(exc))
            if key not in reported:
                reported.add(key)
                diags.error(f"template error while rendering {plan.path}: {exc}", pos,
                            "a name the template uses is not defined for this page; "
                            "compare with the built-in theme's template of the same name")
            continue
        data = html.encode("utf-8") if isinstance(html, str) else html
        files.append(OutputFile(_page_file(plan.path), data))
    return None if reported else files


def _site_files(config: SiteConfig, site: Site, plans: list[PagePlan], pages: list[OutputFile],
                diags: Diagnostics, *, search: bool, timings: dict[str, float]) -> list[OutputFile]:
    """Feeds, sitemap.xml, robots.txt, and the search index over the rendered pages."""
    from briefkit.pages import site_files

    with _timed(timings, "feeds"):
        files = [OutputFile(path, data) for path, data in site_files(site, plans)]
    if search and config.search:
        from briefkit.search import index_site

        with _timed(timings, "search"):
            files += index_site(config, pages, diags)
    return files


def _page_file(path: str) -> str:
    """Plans name files ("briefings/x/index.html"); accept a directory URL too."""
    return path + "index.html" if path == "" or path.endswith("/") else path


def _template_pos(config: SiteConfig, filename: str | None, line: int | None) -> Pos | None:
    if not filename:
        return None
    path = Path(filename)
    for base, shown in ((config.root, ""), (Path(__file__).parent, "briefkit/")):
        try:
            return Pos(shown + path.resolve().relative_to(base.resolve()).as_posix(), line)
        except ValueError:
            continue
    return Pos(filename, line)


def _failing_template_line(config: SiteConfig, exc: BaseException) -> Pos | None:
    """Jinja rewrites tracebacks so template frames carry the template file and line."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if not f.filename.endswith(".py")]
    if not frames:
        return None
    return _template_pos(config, frames[-1].filename, frames[-1].lineno)


# ---------------------------------------------------------------------- images and static files


def _assets(config: SiteConfig, site: Site, diags: Diagnostics) -> list[OutputFile]:
    """Images and static files to copy; warns about local images that are not there.

    Order matters: the site's static/ comes after the theme's, so it overrides file by file.
    """
    _check_images(config, site, diags)
    files = _tree(config.content_dir / IMAGES_DIR, IMAGES_DIR, config.root)
    files += _tree(THEME_STATIC, STATIC_DIR, None)
    files += _tree(config.static_dir, STATIC_DIR, config.root)
    return files


# Files editors, file managers and version control leave behind: never part of a site. Other
# dotfiles are published like any file (someone put them in static/ on purpose).
_JUNK_NAMES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", ".keep", ".gitignore",
                         ".git", ".svn", ".hg", "__pycache__"})


def _is_junk(name: str) -> bool:
    return name in _JUNK_NAMES or name.startswith((".#", "._")) or name.endswith(("~", ".swp", ".swo", ".tmp"))


def _tree(folder: Path, prefix: str, must_stay_in: Path | None) -> list[OutputFile]:
    """Every file under `folder` (editor and OS junk skipped) as `prefix/<relative path>`."""
    if not folder.is_dir():
        return []
    root = must_stay_in.resolve() if must_stay_in is not None else None
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(_is_junk(part) for part in rel.parts) or not path.is_file():
            continue
        if root is not None and not path.resolve().is_relative_to(root):
            continue  # a symlink out of the site: never publish what lies outside it
        out.append(OutputFile(f"{prefix}/{rel.as_posix()}", source=path))
    return out


def _check_images(config: SiteConfig, site: Site, diags: Diagnostics) -> None:
    for bid in site.briefings:
        for image in site.content.briefings[bid].images:
            src = image.src
            if not src or "://" in src or src.startswith("//"):
                continue
            rel = PurePosixPath(src)
            if ".." in rel.parts or rel.is_absolute():
                continue  # schema reports an src that leaves the site
            file = config.content_dir / rel
            if not file.is_file():
                diags.warning(
                    f"image '{src}' not found: there is no content/{rel.as_posix()}",
                    image.pos,
                    f"add the picture as content/{rel.as_posix()}, or drop `src` to show the caption "
                    "and credit only",
                    code="image-missing",
                )
            elif rel.parts[0] != IMAGES_DIR:
                diags.warning(
                    f"image '{src}' is outside content/images/, the only image folder that is published",
                    image.pos,
                    f"move it to content/images/ and write src: images/{rel.name}",
                    code="image-unpublished",
                )


__all__ = ["BuildResult", "Builder", "build", "check"]
