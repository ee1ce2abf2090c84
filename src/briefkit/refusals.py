"""The refusals: an output folder briefkit will not write into, said before any work."""

from __future__ import annotations

from pathlib import Path

from briefkit.manifest import MANIFEST_NAME

# Folders of the site that an output folder must never be, nor sit inside.
_PROTECTED = ("content", "templates", "static", ".git")


class OutputRefused(Exception):
    """The destination is not briefkit's to write: nothing was touched."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


# --------------------------------------------------------------------------- refusals


def check_destination(dest: Path, site_root: Path) -> None:
    """Raise OutputRefused when writing the site into `dest` could destroy anything.

    Called before any work so a refused build costs nothing and touches nothing.
    """
    real = Path(dest).resolve()
    root = Path(site_root).resolve()
    shown = str(dest)
    if real == root:
        raise OutputRefused(
            f"the output folder {shown} is the site folder itself",
            "build into a folder of its own, e.g. --output output",
        )
    if root.is_relative_to(real):
        raise OutputRefused(
            f"the output folder {shown} contains the site folder {site_root}",
            "build into a folder of its own, e.g. --output output",
        )
    for name in _PROTECTED:
        guarded = root / name
        if real == guarded or real.is_relative_to(guarded):
            raise OutputRefused(
                f"the output folder {shown} is inside the site's {name}/ folder",
                "build into a folder of its own, e.g. --output output",
            )
    if real.exists() and not real.is_dir():
        raise OutputRefused(
            f"the output path {shown} is a file, not a folder",
            "choose another --output, or move that file away",
        )
    if real.is_dir() and not (real / MANIFEST_NAME).is_file() and any(real.iterdir()):
        raise OutputRefused(
            f"the output folder {shown} is not empty and was not created by briefkit (it has no {MANIFEST_NAME})",
            "briefkit replaces its output folder whole; choose an empty or new folder with "
            "--output, or move those files away",
        )


# --------------------------------------------------------------------------- writing
