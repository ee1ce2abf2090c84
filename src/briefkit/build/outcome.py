"""What a build yields: `BuildResult` for its caller, `Produced` between producing and writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit.build.render_pages import Rendered
from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics
from briefkit.output import OutputFile, WriteReport


@dataclass
class BuildResult:
    ok: bool
    diagnostics: Diagnostics
    output: Path
    pages: int = 0
    report: WriteReport | None = None
    timings: dict[str, float] = field(default_factory=dict)  # stage -> seconds, in stage order


@dataclass
class Produced:
    """What the stages before writing yield: the config, and the files when all went well."""

    config: SiteConfig | None
    files: list[OutputFile] | None
    pages: int = 0
    # path -> what each page planned this time stands for (see `render_pages`)
    rendered: dict[str, Rendered] = field(default_factory=dict)
    # feed or sitemap path -> (digest of what it is made from, sha256) (see `site_files`)
    site_files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    built: dict[str, Any] = field(default_factory=dict)  # see `built_from`
    staging: Any = None  # the `output.Staging` the pages were put into, if any

    def discard(self) -> None:
        """Remove the staged pages of a build that will not be written."""
        if self.staging is not None:
            self.staging.discard()
            self.staging = None
