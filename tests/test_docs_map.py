"""The maps of the code stay true: every module is named where ARCHITECTURE.md says to look.

ARCHITECTURE.md names every module of the core and the edges; the importer's two hundred
modules are listed, stage by stage, in `src/briefkit/importer/README.md`. A module added or
removed without its line there is caught here, not by the next reader.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "briefkit"
IMPORTER_MAP = PACKAGE / "importer" / "README.md"


def _modules(folder: Path) -> set[str]:
    return {path.stem for path in folder.glob("*.py") if not path.stem.startswith("__")}


def _listed(text: str) -> list[str]:
    return re.findall(r"^- `([a-z_0-9]+)`:", text, flags=re.MULTILINE)


def test_every_importer_module_has_its_line_in_the_map() -> None:
    listed = _listed(IMPORTER_MAP.read_text(encoding="utf-8"))
    modules = _modules(PACKAGE / "importer")
    assert sorted(modules - set(listed)) == []
    assert sorted(set(listed) - modules) == []
    assert len(listed) == len(set(listed)), "a module listed twice"


def test_architecture_names_every_module_outside_the_importer() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`([a-z_0-9]+)(?:\.py)?`", text))
    missing = []
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] == "importer" or path.stem.startswith("__"):
            continue
        if path.stem not in named:
            missing.append("/".join(parts))
    assert sorted(missing) == []


def test_architecture_points_to_the_importer_map() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert "src/briefkit/importer/README.md" in text
