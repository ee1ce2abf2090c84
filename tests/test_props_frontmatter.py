"""Property tests: the front-matter reader and YAML layer never raise, whatever the text.

`frontmatter.parse` must end in a `Parsed` (meta or not) and, when it has no meta, at least one
error naming the file; `yamlpos.load` raises only `YamlError`; a document the importer would
write (`dump_document`) reads back to the same values.
"""

from __future__ import annotations

import datetime as dt

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefkit import frontmatter, yamlpos
from briefkit.diagnostics import Diagnostics


def _n(default: int) -> int:
    """fuzz/run.py scales every property up through BRIEFKIT_FUZZ_SCALE (default: 1)."""
    return default * int(os.environ.get("BRIEFKIT_FUZZ_SCALE", "1"))


FAST = settings(max_examples=_n(300), deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces that steer generated text into YAML's interesting corners.
_YAML_BITS = st.sampled_from([
    "---\n", "...\n", "\n", "  ", "- ", ": ", "key: ", "title: ", "date: 2024-02-30", "? ", "&a ",
    "*a", "*b", "<<: *a\n", "!!python/object:os.system", "!!str ", "!!binary ", "!tag ", "%YAML 1.2\n",
    "[", "]", "{", "}", ",", "'", '"', "|\n", ">-\n", "#", "\t", "\r", "\ufeff", "\x00", "\x85",
    "\u2028", "1e400", "0o7", ".nan", "yes", "~", "\\", "@", "`", "é",
])
yamlish = st.lists(_YAML_BITS | st.text(max_size=6), max_size=40).map("".join)


@FAST
@given(st.one_of(yamlish, st.text(), st.tuples(yamlish, st.text(max_size=20)).map(lambda t: f"---\n{t[0]}\n---\n{t[1]}")))
def test_parse_never_raises(text: str) -> None:
    diags = Diagnostics()
    parsed = frontmatter.parse(text, "content/briefings/x.md", diags)
    assert isinstance(parsed, frontmatter.Parsed)
    assert isinstance(parsed.body, str) and parsed.body_line >= 1
    if parsed.meta is None:
        assert diags.errors, "no meta, yet no error"
        assert all(d.pos.path == "content/briefings/x.md" for d in diags.errors)
    else:
        assert isinstance(parsed.meta, dict)


@FAST
@given(yamlish)
def test_yaml_load_raises_only_yaml_error(text: str) -> None:
    try:
        yamlpos.load(text, line_offset=1)
    except yamlpos.YamlError as exc:
        assert exc.message
        assert exc.mark is None or exc.mark.line >= 1


_scalars = st.one_of(
    st.text(max_size=30), st.integers(-10**6, 10**6), st.booleans(), st.none(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
)
_keys = st.text(st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=15)
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(_keys, inner, max_size=4), max_leaves=12)


@FAST
@given(st.dictionaries(_keys, _values, max_size=6), st.text(max_size=60), st.lists(st.text(max_size=20), max_size=3))
def test_dump_document_reads_back_to_the_same_values(meta: dict, body: str, comments: list[str]) -> None:
    text = frontmatter.dump_document(meta, body, comments=comments)
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # what the loader hands to parse
    diags = Diagnostics()
    parsed = frontmatter.parse(text, "x.md", diags)
    assert not diags.errors, [str(d) for d in diags]
    assert _plain(parsed.meta) == _plain(meta)


def _plain(value):
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
