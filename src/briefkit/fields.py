"""Per-field readers for YAML mappings: type checks that report, never raise.

`schema` and `config` describe their documents with these. Each reader returns the converted
value or None, and reports a problem at the value's own line and column, so a file with three
mistakes yields three diagnostics in one run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date, datetime, time, tzinfo
from typing import Any
from urllib.parse import urlsplit

from briefkit import yamlpos
from briefkit.diagnostics import Diagnostics, Pos, did_you_mean

_TYPE_NAMES = {
    str: "text",
    bool: "true/false",
    int: "a number",
    float: "a number",
    list: "a list",
    dict: "a map",
    date: "a date",
    datetime: "a date and time",
    type(None): "nothing",
}


def type_name(value: Any) -> str:
    for t, name in _TYPE_NAMES.items():
        if type(value) is t or (t in (list, dict) and isinstance(value, t)):
            return name
    return type(value).__name__


def _mark_pos(path: str, mark: yamlpos.Mark) -> Pos:
    return Pos(path, mark.line, mark.col)


class Fields:
    """A view of one YAML mapping, with the set of keys it may hold."""

    def __init__(
        self,
        meta: dict,
        path: str,
        diags: Diagnostics,
        *,
        known: Iterable[str],
        what: str,
        default_mark: yamlpos.Mark | None = None,
    ):
        self.meta = meta
        self.path = path
        self.diags = diags
        self.what = what
        self.known = tuple(known)
        self._default = getattr(meta, "mark", None) or default_mark or yamlpos.Mark(1, 1)
        for key in meta:
            if key not in self.known:
                hint = did_you_mean(key, self.known) or f"the fields of {what} are: {', '.join(self.known)}"
                self.diags.error(f"unknown field '{key}' in {what}", self.key_pos(key), hint)

    # positions -----------------------------------------------------------------------
    def pos(self, key: str) -> Pos:
        if isinstance(self.meta, yamlpos.YMap) and key in self.meta:
            return _mark_pos(self.path, self.meta.value_mark(key))
        return _mark_pos(self.path, self._default)

    def key_pos(self, key: str) -> Pos:
        if isinstance(self.meta, yamlpos.YMap) and key in self.meta:
            return _mark_pos(self.path, self.meta.key_mark(key))
        return _mark_pos(self.path, self._default)

    @property
    def here(self) -> Pos:
        return _mark_pos(self.path, self._default)

    def _get(self, key: str, required: bool) -> Any:
        value = self.meta.get(key)
        if value is None:
            if required:
                self.diags.error(f"{self.what} is missing the required field '{key}'", self.here, f"add `{key}: …`")
            return None
        return value

    def _wrong(self, key: str, expected: str, value: Any, hint: str | None = None) -> None:
        self.diags.error(
            f"'{key}' must be {expected}, not {type_name(value)}",
            self.pos(key),
            hint or (f'quote it: {key}: "{value}"' if expected == "text" else None),
        )

    # readers ---------------------------------------------------------------------------
    def text(self, key: str, *, required: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self._wrong(key, "text", value)
            return None
        value = value.strip()
        if not value:
            if required:
                self.diags.error(f"'{key}' is empty", self.pos(key), f"write the {key} after `{key}:`")
            return None
        return value

    def boolean(self, key: str, default: bool = False) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self._wrong(key, "true or false", value)
            return default
        return value

    def integer(self, key: str, default: int, lo: int, hi: int) -> int:
        value = self._get(key, False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            self.diags.error(f"'{key}' must be a whole number from {lo} to {hi}", self.pos(key))
            return default
        return value

    def choice(
        self, key: str, choices: Iterable[str], *, required: bool = False, default: str | None = None
    ) -> str | None:
        choices = tuple(choices)
        value = self.text(key, required=required)
        if value is None:
            return default
        if value not in choices:
            hint = did_you_mean(value, choices) or f"one of: {', '.join(choices)}"
            self.diags.error(f"'{key}' must be one of {', '.join(choices)}, not '{value}'", self.pos(key), hint)
            return default
        return value

    def text_list(self, key: str) -> tuple[str, ...]:
        out = []
        for item, pos in self.items(key):
            if not isinstance(item, str) or not item.strip():
                self.diags.error(f"each entry of '{key}' must be text, not {type_name(item)}", pos)
                continue
            out.append(item.strip())
        return tuple(out)

    def items(self, key: str) -> Iterator[tuple[Any, Pos]]:
        """A list field's items with their positions; a lone scalar is reported."""
        value = self._get(key, False)
        if value is None:
            return
        if not isinstance(value, list):
            self._wrong(
                key, "a list", value, f"write it as a list: {key}: [{value}]" if isinstance(value, str) else None
            )
            return
        for i, item in enumerate(value):
            yield item, _mark_pos(self.path, yamlpos.value_mark(value, i, self._default))

    def mapping(self, key: str) -> dict | None:
        value = self._get(key, False)
        if value is None:
            return None
        if not isinstance(value, dict):
            self._wrong(key, "a map of `name: value` fields", value)
            return None
        return value

    def sub(self, key: str, *, known: Iterable[str], what: str) -> Fields | None:
        value = self.mapping(key)
        if value is None:
            return None
        return Fields(value, self.path, self.diags, known=known, what=what, default_mark=getattr(value, "mark", None))

    def url(self, key: str) -> str | None:
        value = self.text(key)
        if value is None:
            return None
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            self.diags.error(
                f"'{key}' must be an http(s) URL, not '{value}'",
                self.pos(key),
                "write the full address, e.g. https://example.org/page",
            )
            return None
        return value

    def day(self, key: str) -> date | None:
        value = self._get(key, False)
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.diags.error(f"'{key}' is not a date: '{value}'", self.pos(key), "write it as YYYY-MM-DD")
        return None

    def instant(self, key: str, tz: tzinfo, *, required: bool = False) -> tuple[datetime | None, bool]:
        """An aware datetime and whether only a day was given. Naive times are in `tz`."""
        value = self._get(key, required)
        if value is None:
            return None, False
        parsed = parse_instant(value, tz)
        if parsed is None:
            self.diags.error(
                f"'{key}' is not a date or date-time: '{value}'",
                self.pos(key),
                "write YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS with an offset such as +00:00",
            )
            return None, False
        return parsed


def parse_instant(value: Any, tz: tzinfo) -> tuple[datetime, bool] | None:
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if len(text) == 10 else datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=tz)
        return value, False
    if isinstance(value, date):
        return datetime.combine(value, time(0, 0), tzinfo=tz), True
    return None
