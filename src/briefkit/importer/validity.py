"""The safety net under the writer: an imported briefing always passes `briefkit check`.

The readers and the writer try to write only what the schema accepts, but pages are endless in
what they hold. So before a briefing is written, its front matter is read back with the
project's own schema code (`schema.parse_document`, what `check` runs on every briefing) and
each field it would reject becomes a `# …` comment with the reason: the analyst sees what was
found and why it was left out, and the file is valid. The body goes through the Markdown
stage's own checks the same way (an article's `[[…]]` is not a briefkit link; a
`javascript:` link is no link).
"""

from __future__ import annotations

import re
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostic, Diagnostics, Pos
from briefkit.frontmatter import dump_document, dump_meta
from briefkit.importer.lazyre import compile_later
from briefkit.loader import SourceFile
from briefkit.model import DocKind
from briefkit.schema import parse_document

REQUIRED = ("title", "summary", "date")
_NAME = "imported.md"
# The link syntax of a Markdown line: "[text](address …)", the text kept when the link goes
_MD_LINK = compile_later(r"(?<!!)\[([^\]\n]*)\]\(([^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+\"[^\"\n]*\")?\)")


def checked_meta(meta: dict[str, Any], tz: tzinfo | None = None) -> tuple[dict[str, Any], list[str]]:
    """`meta` without what `check` would reject, and a comment for each thing left out."""
    config = _config(tz)
    if not _errors(meta, config):
        return meta, []  # the common case: one read-back
    out: dict[str, Any] = {}
    comments: list[str] = []
    for key in REQUIRED:
        value = meta.get(key)
        problems = _errors({**_PLACEHOLDERS, key: value}, config) if value is not None else ["missing"]
        if problems:
            out[key] = _PLACEHOLDERS[key]
            comments.append(f"{key} replaced by a placeholder ({problems[0]}); it was: {_shown(value)}")
        else:
            out[key] = value
    core = dict(out)
    for key, value in meta.items():
        if key in REQUIRED:
            continue
        if isinstance(value, list):
            items = []
            for item in value:
                problems = _errors({**core, key: [item]}, config)
                if problems:
                    comments.append(f"{key}: an entry left out ({problems[0]}): {_shown(item)}")
                else:
                    items.append(item)
            if items:
                out[key] = items
        elif isinstance(value, dict):
            kept = {}
            for sub, sub_value in value.items():
                problems = _errors({**core, key: {sub: sub_value}}, config)
                if problems:
                    comments.append(f"{key}.{sub} left out ({problems[0]}): {_shown(sub_value)}")
                else:
                    kept[sub] = sub_value
            if kept:
                out[key] = kept
        else:
            problems = _errors({**core, key: value}, config)
            if problems:
                comments.append(f"{key} left out ({problems[0]}): {_shown(value)}")
            else:
                out[key] = value
    # Fields valid one by one may still clash together: the last resort drops whole fields.
    for _ in range(len(out)):
        problems_at = _error_lines(out, config)
        if not problems_at:
            break
        line, message = problems_at[0]
        field = _field_at(out, line)
        if field is None or field in REQUIRED:
            break
        comments.append(f"{field} left out ({message}): {_shown(out.pop(field))}")
    return out, comments


def checked_body(body: str) -> tuple[str, list[str]]:
    """The body with what the Markdown stage would reject made plain text, and what was changed.

    The Markdown stage rejects only links (`[[…]]`, `[…](…)`, `[…]: …`, `<…>`) and pictures
    (`![…](…)`): a body with neither `[` nor `<` has none, and is not rendered (loading the
    Markdown parser and rendering cost a tenth of a second).
    """
    if "[" not in body and "<" not in body:
        return body, []
    from briefkit.markdown import MarkdownContext, render_body

    ctx = MarkdownContext(targets={}, autolink="none", autolink_terms={}, mention_terms={})
    notes: list[str] = []
    for attempt in range(3):  # each pass mends every reported line; a second pass finds none
        diags = Diagnostics()
        render_body(body, ctx, pos=Pos(_NAME, 0), diags=diags)
        if not diags.errors:
            break
        lines = body.split("\n")
        bad = {d.pos.line for d in diags.errors if d.pos and d.pos.line and 1 <= d.pos.line <= len(lines)}
        if not bad or attempt == 2:  # a problem placed on no line: mend them all
            bad = set(range(1, len(lines) + 1))
        for n in bad:
            lines[n - 1] = _mend_line(lines[n - 1])
        body = "\n".join(lines)
        notes = ["links the site could not show (`[[…]]`, or an address that is not http(s)) became plain text"]
    return body, notes


def _mend_line(line: str) -> str:
    from briefkit.markdown import unsafe_scheme

    line = line.replace("[[", "\\[[")
    return _MD_LINK.sub(lambda m: m.group(0) if not unsafe_scheme(m.group(2)) else m.group(1), line)


_PLACEHOLDERS: dict[str, Any] = {"title": "(no headline found)", "summary": "(no summary found)", "date": date.today()}


def _config(tz: tzinfo | None) -> SiteConfig:
    name = getattr(tz, "key", None) or "UTC"
    return SiteConfig(root=Path("."), title="import", base_url="https://example.org/", timezone=name)


def _read_back(meta: dict[str, Any], config: SiteConfig) -> list[Diagnostic]:
    text = dump_document(meta, "")
    src = SourceFile(path=_NAME, kind=DocKind.BRIEFING, id="imported", text=text, digest="")
    diags = Diagnostics()
    parse_document(src, config, diags)
    return diags.errors


def _errors(meta: dict[str, Any], config: SiteConfig) -> list[str]:
    return [d.message for d in _read_back(meta, config)]


def _error_lines(meta: dict[str, Any], config: SiteConfig) -> list[tuple[int, str]]:
    return [(d.pos.line if d.pos and d.pos.line else 0, d.message) for d in _read_back(meta, config)]


def _field_at(meta: dict[str, Any], line: int) -> str | None:
    """The top-level field whose lines hold file line `line` (the file's line 1 is `---`)."""
    start = 2
    for key, value in meta.items():
        size = dump_meta({key: value}).count("\n")
        if start <= line < start + size:
            return key
        start += size
    return None


def _shown(value: Any) -> str:
    """A value as one YAML line, for a comment the analyst can copy back."""
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    import yaml

    text = yaml.safe_dump(value, default_flow_style=True, allow_unicode=True, width=10_000, sort_keys=False)
    text = text.strip().removesuffix("...").strip()
    return re.sub(r"\s*\n\s*", " ", text)[:300]
