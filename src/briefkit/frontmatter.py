"""Front matter: the YAML between `---` lines at the top of a document.

Reading and writing live together so the importer writes exactly what the loader reads.
Text reaching `split` is already decoded and has LF line ends (see `loader.decode`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import yaml

from briefkit import yamlpos
from briefkit.diagnostics import Diagnostics, Pos

DELIMITER = "---"
# What YAML's reader refuses anywhere in a stream (PyYAML's own definition of printable).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class Parsed:
    meta: Any  # usually a yamlpos.YMap; None when there was no usable front matter
    body: str
    body_line: int  # 1-based line of the body's first line


def parse(text: str, path: str, diags: Diagnostics) -> Parsed:
    """Split and parse; every problem becomes a diagnostic at its line and column."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != DELIMITER:
        diags.error(
            "no front matter: the file must start with a line `---`",
            Pos(path, 1, 1),
            "start the file with `---`, the YAML fields, then another `---` line",
        )
        return Parsed(None, text, 1)
    close = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (DELIMITER, "...")), None)
    if close is None:
        diags.error(
            "the front matter opened on line 1 is never closed",
            Pos(path, 1, 1),
            "add a line `---` after the last front-matter field",
        )
        return Parsed(None, "", len(lines) + 1)
    yaml_text = "\n".join(lines[1:close])
    body = "\n".join(lines[close + 1 :])
    body_line = close + 2
    try:
        meta = yamlpos.load(yaml_text, line_offset=1)
    except yamlpos.YamlError as exc:
        mark = exc.mark
        diags.error(exc.message, Pos(path, mark.line, mark.col) if mark else Pos(path, 2), exc.hint)
        return Parsed(None, body, body_line)
    if meta is None:
        meta = yamlpos.YMap()
        meta.mark, meta.key_marks, meta.value_marks = yamlpos.Mark(2, 1), {}, {}
    if not isinstance(meta, dict):
        diags.error(
            "front matter must be a set of `key: value` fields",
            Pos(path, 2, 1),
            "write one `key: value` per line between the `---` lines",
        )
        return Parsed(None, body, body_line)
    return Parsed(meta, body, body_line)


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases, long lines kept whole: files a person edits next."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


# Characters YAML reads as line breaks besides LF: unquoted, they come back as spaces or LFs.
_OTHER_BREAKS = frozenset("\r\x85\u2028\u2029")


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    if _OTHER_BREAKS.intersection(data):
        style: str | None = '"'  # escaped as \r, \N, \L, \P: read back unchanged
    else:
        style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


def _datetime_representer(dumper: yaml.SafeDumper, data: datetime) -> yaml.Node:
    # ISO 8601 with the "T", as writers type it and as the example content reads.
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", data.isoformat())


_Dumper.add_representer(str, _str_representer)
_Dumper.add_representer(datetime, _datetime_representer)


def dump_meta(meta: dict[str, Any]) -> str:
    return yaml.dump(meta, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False)


def dump_document(meta: dict[str, Any], body: str, *, comments: Iterable[str] = ()) -> str:
    """A document the loader reads back to the same values; comments become `# ...` lines."""
    parts = [DELIMITER, dump_meta(meta).rstrip("\n")]
    for c in comments:
        for line in str(c).splitlines() or [""]:
            # YAML rejects control characters even inside comments: a note quoting a stray
            # escape byte from an article must not make the written file unreadable.
            parts.append(_NON_PRINTABLE.sub("\ufffd", f"# {line}").rstrip())
    parts.append(DELIMITER)
    text = "\n".join(parts) + "\n"
    body = body.strip("\n")
    return text + ("\n" + body + "\n" if body else "")
