"""Rendering: page plans to HTML with Jinja2.

The site's `templates/` folder is searched before the built-in theme, so a site overrides
the theme file by file (override `base.html` alone to restyle every page). Autoescape is on
everywhere and undefined names fail loudly (StrictUndefined): a template typo is a build
error, not a silently empty page.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from markupsafe import Markup

from briefkit.config import SiteConfig

_new_str = str.__new__


def _escape_text(s: str) -> str:
    """What markupsafe's escaping does to a str, with str methods only: its C function is a
    private name any release may rename, and it saved under 3 % of a cold build."""
    return s.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;").replace("'", "&#39;").replace('"', "&#34;")


if TYPE_CHECKING:
    import jinja2

    from briefkit.pages import PagePlan


class Renderer:
    def __init__(self, config: SiteConfig, *, keep_compiled: bool = False) -> None:
        """`keep_compiled`: store compiled templates in the site's cache folder (builds only:
        `check` promises to write nothing)."""
        import jinja2

        from briefkit.pages import chrome

        self.config = config
        loaders: list[jinja2.BaseLoader] = []
        if config.templates_dir.is_dir() and config.templates_dir.resolve().is_relative_to(config.root.resolve()):
            loaders.append(_confined_loader(config.templates_dir))
        loaders.append(jinja2.PackageLoader("briefkit", "theme/templates"))
        self.env: jinja2.Environment = jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders),
            undefined=jinja2.StrictUndefined,
            **_COMPILING,
            bytecode_cache=_bytecode_cache(config, write=keep_compiled),
            # A Renderer lives for one build: checking every template's mtime on each of the
            # four lookups per page cost more than the build's own template compiling.
            auto_reload=False,
        )
        self.env.globals["site"] = chrome(config)
        self.env.template_class = _template_class()

    def render(self, plan: PagePlan) -> str:
        template = self.env.get_template(plan.template)
        return template.render(view=plan.view, page=plan.view.page)

    def fingerprint(self) -> str:
        """A hash of every template source in effect (site overrides shadow theme files)."""
        h = hashlib.sha256()
        loader = self.env.loader
        assert loader is not None
        for name in sorted(set(loader.list_templates())):
            source, _, _ = loader.get_source(self.env, name)
            h.update(name.encode("utf-8") + b"\0" + source.encode("utf-8") + b"\0")
        return h.hexdigest()


def escape(s: Any) -> Markup:
    """`markupsafe.escape`, with the same result, at about half its cost.

    A page escapes ~280 values (every `{{ }}` under autoescape): ~0.35 µs each was an eighth
    of the render stage. Markup is made with `str.__new__` instead of `Markup.__new__` (which
    only unwraps `__html__` again, in Python), and Markup is returned as it is (immutable).
    """
    if type(s) is str:
        return _new_str(Markup, _escape_text(s))
    if type(s) is Markup:
        return s
    if hasattr(s, "__html__"):
        return _new_str(Markup, s.__html__())
    return _new_str(Markup, _escape_text(str(s)))


@functools.cache
def _template_class() -> Any:
    """A Template whose compiled code escapes with `escape` (the name its module code binds
    from `jinja2.runtime`, looked up in the module's globals at every call)."""
    import jinja2

    class _Template(jinja2.Template):
        @classmethod
        def from_code(cls, environment: Any, code: Any, globals: Any, uptodate: Any = None) -> Any:
            template = super().from_code(environment, code, globals, uptodate)
            template.root_render_func.__globals__["escape"] = escape
            return template

    return _Template


def _confined_loader(folder: os.PathLike[str]) -> jinja2.BaseLoader:
    """The site's templates, and only they: a template file that is a symlink leading out of
    templates/ is treated as absent (the theme's file of that name is used), never read."""
    from pathlib import Path

    import jinja2

    real = Path(folder).resolve()

    class _Confined(jinja2.FileSystemLoader):
        def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
            source, filename, uptodate = super().get_source(environment, template)
            if not Path(filename).resolve().is_relative_to(real):
                raise jinja2.TemplateNotFound(template)
            return source, filename, uptodate

        def list_templates(self) -> list[str]:
            return [t for t in super().list_templates() if (real / t).resolve().is_relative_to(real)]

    return _Confined(str(folder))


# The Environment options that change what a template compiles to (with StrictUndefined,
# which does not): part of the key of the compiled built-in theme.
_COMPILING: dict[str, Any] = {
    "autoescape": True,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    "extensions": ("briefkit.inlinemacros.InlineMacros",),
}
_THEME_TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "theme", "templates")
THEME_CACHE = os.path.join(os.path.dirname(_THEME_TEMPLATES), "__jinjacache__")  # beside the theme, like __pycache__


def _bytecode_cache(config: SiteConfig, *, write: bool) -> jinja2.BytecodeCache:
    """Where compiled templates are kept: the site's own in its cache folder (compiling the
    theme costs a build more than rendering the one page an edit changed), the built-in
    theme's in the installed package, like Python's bytecode of briefkit's modules.

    The built-in theme is the same for every site on the machine, so after briefkit's first
    build there no build compiles it again (~0.05 s of CPU, a twentieth of a cold build of
    1,000 briefings): its folder is named for the versions of briefkit and Jinja and the
    options above; where the package cannot be written to, it is compiled on each build as
    before. Jinja keys each entry by the template's source checksum (and Python's version), so
    an edited template is compiled again. A cache that cannot be read or written is no cache;
    it never fails a build. `write=False` (check) only reads.
    """
    import jinja2

    from briefkit import __version__, inlinemacros

    options = repr(sorted(_COMPILING.items())) + jinja2.__version__ + __version__ + _rewriter_digest()
    theme_dir = os.path.join(THEME_CACHE, hashlib.sha256(options.encode()).hexdigest()[:16])
    site_dir = str(config.cache_dir / "jinja" / os.path.basename(theme_dir))

    class _Compiled(jinja2.BytecodeCache):
        def get_cache_key(self, name: str, filename: str | None = None) -> str:
            built_in = filename is not None and os.path.abspath(filename).startswith(_THEME_TEMPLATES + os.sep)
            return ("theme-" if built_in else "site-") + super().get_cache_key(name, filename)

        def get_bucket(
            self, environment: jinja2.Environment, name: str, filename: str | None, source: str
        ) -> jinja2.bccache.Bucket:
            # A template that copies macros from others (`inline … from`) is compiled anew when they change.
            for other in inlinemacros.sources_used(source):
                try:
                    source += "\0" + environment.loader.get_source(environment, other)[0]  # type: ignore[union-attr]
                except Exception:  # noqa: BLE001 - a missing one is reported when compiling
                    pass
            return super().get_bucket(environment, name, filename, source)

        def _path(self, key: str) -> str:
            return os.path.join(theme_dir if key.startswith("theme-") else site_dir, key + ".cache")

        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                with open(self._path(bucket.key), "rb") as f:
                    bucket.load_bytecode(f)
            except Exception:  # noqa: BLE001 - missing or unreadable: compiled anew
                bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            if not write:
                return
            path = self._path(bucket.key)
            temporary = f"{path}.{os.getpid()}.tmp"
            try:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(temporary, "wb") as f:
                    bucket.write_bytecode(f)
                os.replace(temporary, path)  # a reader sees the old entry or the whole new one
            except Exception:  # noqa: BLE001
                try:
                    os.unlink(temporary)
                except OSError:
                    pass

    return _Compiled()


@functools.cache
def _rewriter_digest() -> str:
    """The `inline` extension rewrites sources before compiling: a change to it is a new key too.
    Read once per process (`serve` makes a Renderer on every rebuild)."""
    from briefkit import inlinemacros

    with open(inlinemacros.__file__, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()
