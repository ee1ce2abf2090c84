"""The assets stage: images and static files copied as they are (editor and OS junk skipped)."""

from __future__ import annotations

from pathlib import Path

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.output import OutputFile
from briefkit.urls import IMAGES_DIR

STATIC_DIR = "static"  # theme static, then the site's static/, are published at static/**
THEME_STATIC = Path(__file__).parent.parent / "theme" / "static"


def asset_files(config: SiteConfig, diags: Diagnostics) -> list[OutputFile]:
    """Images and static files to copy (schema has warned about images that are not there).

    Order matters: the site's static/ comes after the theme's, so it overrides file by file.
    """
    files = _tree(config.content_dir / IMAGES_DIR, IMAGES_DIR, config, diags)
    files += _tree(THEME_STATIC, STATIC_DIR, None, diags)
    files += _tree(config.static_dir, STATIC_DIR, config, diags)
    return files


# Files editors, file managers and version control leave behind: never part of a site. Other
# dotfiles are published like any file (someone put them in static/ on purpose).
_JUNK_NAMES = frozenset(
    {".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", ".keep", ".gitignore", ".git", ".svn", ".hg", "__pycache__"}
)


def _is_junk(name: str) -> bool:
    return name in _JUNK_NAMES or name.startswith((".#", "._")) or name.endswith(("~", ".swp", ".swo", ".tmp"))


def _tree(folder: Path, prefix: str, site: SiteConfig | None, diags: Diagnostics) -> list[OutputFile]:
    """Every file under `folder` (editor and OS junk skipped) as `prefix/<relative path>`.

    A folder publishes what lies in it and nothing else: a symlink that leads out of it (to
    site.yaml, .git, drafts or the rest of the disk) is skipped with a warning.
    """
    if not folder.is_dir():
        return []
    real = folder.resolve()
    where = folder.relative_to(site.root).as_posix() if site is not None else prefix
    if site is not None and not real.is_relative_to(site.root.resolve()):
        diags.warning(
            f"{where}/ links to a folder outside the site: not published",
            Pos(f"{where}/"),
            f"make {where}/ a real folder inside the site",
        )
        return []
    out = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(_is_junk(part) for part in rel.parts) or not path.is_file():
            continue
        if not path.resolve().is_relative_to(real):
            diags.warning(
                f"{where}/{rel.as_posix()} links outside {where}/: not published",
                Pos(f"{where}/{rel.as_posix()}"),
                "copy the file in instead of linking to it",
            )
            continue
        out.append(OutputFile(f"{prefix}/{rel.as_posix()}", source=path))
    return out
