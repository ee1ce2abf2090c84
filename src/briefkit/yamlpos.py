"""YAML that remembers where every value came from.

`yaml.safe_load` throws positions away, but a diagnostic must say `path:line:col`. So we let
PyYAML (its C parser when built with libyaml) compose the node graph, and convert nodes to plain
Python values ourselves: mappings become `YMap` (a dict that knows each key's and value's
position), sequences `YList`. Scalars go through PyYAML's *safe* constructor, so a
`!!python/object` tag is an error, never executed. Aliases are followed, but the number of
values produced is bounded, so an alias bomb ("billion laughs") fails fast instead of eating
memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # libyaml's parser is ~8x faster; the construction below is the same either way
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader

MAX_VALUES = 50_000  # values produced from one document, aliases expanded
MAX_DEPTH = 64
MAX_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Mark:
    """1-based line and column in the file (the document's offset already added)."""

    line: int
    col: int


class YamlError(Exception):
    def __init__(self, message: str, mark: Mark | None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.mark = mark
        self.hint = hint


class YMap(dict):
    """A dict whose keys and values know their position in the file.

    Positions are kept as PyYAML's own marks and made into `Mark`s when asked for: most are
    never asked for (only a problem needs one), and making ~60 per document up front was a
    sixth of reading front matter.
    """

    mark: Mark
    key_marks: dict[Any, Any]  # key -> PyYAML mark (0-based, without the document's offset)
    value_marks: dict[Any, Any]
    offset: int = 0  # lines before the document (see `load`)

    def key_mark(self, key: Any) -> Mark:
        raw = self.key_marks.get(key)
        return self.mark if raw is None else _mark(raw, self.offset)

    def value_mark(self, key: Any) -> Mark:
        raw = self.value_marks.get(key)
        return self.mark if raw is None else _mark(raw, self.offset)


class YList(list):
    """A list whose items know their position in the file (kept as `YMap` keeps them)."""

    mark: Mark
    item_marks: list[Any]
    offset: int = 0

    def item_mark(self, index: int) -> Mark:
        return _mark(self.item_marks[index], self.offset) if index < len(self.item_marks) else self.mark


def _mark(raw: Any, offset: int) -> Mark:
    return Mark(raw.line + 1 + offset, raw.column + 1)


def value_mark(container: Any, key: Any, default: Mark) -> Mark:
    if isinstance(container, YMap):
        return container.value_mark(key)
    if isinstance(container, YList) and isinstance(key, int):
        return container.item_mark(key)
    return default


def load(text: str, *, line_offset: int = 0) -> Any:
    """Parse one YAML document. `line_offset` is added to every line (front matter starts at 2)."""
    if len(text) > MAX_CHARS:
        raise YamlError(
            f"front matter is too large ({len(text):,} characters; the limit is {MAX_CHARS:,})",
            Mark(line_offset + 1, 1),
            "front matter holds metadata; move long text into the body",
        )
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        return _Converter(loader, line_offset).convert(node, 0)
    except yaml.MarkedYAMLError as exc:
        m = exc.problem_mark or exc.context_mark
        mark = Mark(m.line + 1 + line_offset, m.column + 1) if m else None
        problem = exc.problem or "invalid YAML"
        if exc.context and exc.context not in problem:
            problem = f"{problem} ({exc.context})"
        raise YamlError(f"invalid YAML: {problem}", mark, _yaml_hint(problem)) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", Mark(line_offset + 1, 1)) from None
    finally:
        loader.dispose()


def _yaml_hint(problem: str) -> str:
    if "mapping values are not allowed" in problem:
        return "a value containing ': ' must be quoted, e.g. title: \"Kim: the visit\""
    if "could not find expected ':'" in problem:
        return "each line of front matter is `key: value`; check indentation and quotes"
    if "found character '\\t'" in problem or "tab" in problem:
        return "YAML indentation uses spaces, not tabs"
    if "constructor" in problem or "tag" in problem:
        return "only plain YAML is allowed: strings, numbers, dates, lists and maps"
    return "check the indentation and quoting around this position"


class _Converter:
    def __init__(self, loader: Any, line_offset: int):
        self.loader = loader
        self.offset = line_offset
        self.count = 0

    def mark(self, node: yaml.Node) -> Mark:
        return _mark(node.start_mark, self.offset)

    def convert(self, node: yaml.Node, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_VALUES or depth > MAX_DEPTH:
            raise YamlError(
                "front matter expands to too many values (an alias bomb?)",
                self.mark(node),
                "avoid YAML anchors and aliases (&name / *name) in front matter",
            )
        if node.tag not in _SAFE_TAGS:
            raise YamlError(
                f"the YAML tag {node.tag.replace('tag:yaml.org,2002:', '!!')!r} is not allowed",
                self.mark(node),
                "only plain YAML is allowed: strings, numbers, dates, lists and maps",
            )
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, depth)
        if isinstance(node, yaml.SequenceNode):
            out = YList()
            out.mark, out.offset = self.mark(node), self.offset
            out.item_marks = []
            for item in node.value:
                out.append(self.convert(item, depth + 1))
                out.item_marks.append(item.start_mark)
            return out
        if node.tag == _STR_TAG:  # what the constructor would return, without its bookkeeping
            return node.value
        try:
            return self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError) as exc:  # e.g. 2024-02-31 resolved as a timestamp
            raise YamlError(
                f"invalid value {node.value!r}: {exc}",
                self.mark(node),
                "write dates as YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+00:00",
            ) from None

    def mapping(self, node: yaml.MappingNode, depth: int) -> YMap:
        out = YMap()
        out.mark, out.offset = self.mark(node), self.offset
        out.key_marks = {}
        out.value_marks = {}
        self.loader.flatten_mapping(node)  # resolves `<<` merge keys
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError("a key must be plain text", self.mark(key_node))
            key = self.convert(key_node, depth + 1)
            if not isinstance(key, str):
                key = str(key).lower() if isinstance(key, bool) else str(key)
            if key in out:
                raise YamlError(
                    f"duplicate key {key!r} (first at line {out.key_mark(key).line})",
                    self.mark(key_node),
                    "a key may appear once; remove or merge one of them",
                )
            try:
                out[key] = self.convert(value_node, depth + 1)
            except YamlError as exc:
                if exc.message.startswith("invalid value"):  # name the field: "'date': invalid value …"
                    exc.message = f"'{key}': {exc.message}"
                raise
            out.key_marks[key] = key_node.start_mark
            out.value_marks[key] = value_node.start_mark
        return out


_STR_TAG = "tag:yaml.org,2002:str"
_SAFE_TAGS = frozenset(
    "tag:yaml.org,2002:" + t for t in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)
