"""The importer's quality on real pages stays where it has been measured (a regression guard).

Reads the shared real pages (`../shared/realpages`, `../shared/realtext`: other people's pages,
never copied here) when they are present, scores each field the way `score.py` does, and fails
when a field falls below the floor recorded here. The floors sit a little under the figures in
`bench/IMPORT-RESULTS.md`, so a change that makes the importer worse on real pages fails.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
import yaml

import realimports

# field -> lowest accepted rate (share of pages, or of sentences for with/without)
FLOORS = {
    "realpages": {"title": 0.925, "date": 0.91, "author": 0.845, "with": 0.965, "without": 0.975},
    "realtext": {"title": 0.845, "date": 0.855, "author": 0.79, "with": 0.95, "without": 0.945},
}


def _norm(s: str) -> str:
    """score.py's normalisation: quotes, dashes and Markdown emphasis do not change the words."""
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                                   "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    s = re.sub(r"[*_`\\]", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def _fields(out: str) -> tuple[str, str, list[str], str]:
    """Headline, date, authors and body of an imported briefing, read as score.py reads them."""
    m = re.match(r"---\n(.*?)\n---\n?(.*)", out, re.S)
    if not m:
        return "", "", [], out
    try:
        meta = yaml.safe_load(m.group(1)) or {}
    except yaml.YAMLError:
        meta = {}
    meta = meta if isinstance(meta, dict) else {}
    src = meta.get("source") if isinstance(meta.get("source"), dict) else {}
    title = str(src.get("headline") or meta.get("title") or "")
    when = str(src.get("published") or meta.get("date") or "")
    return title, when, [str(a) for a in src.get("authors") or []], m.group(2)


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_fields_on_real_pages_stay_at_their_floor(corpus: str) -> None:
    pytest.importorskip("trafilatura")
    if not realimports.present(corpus):
        pytest.skip(f"../shared/{corpus} is not here")
    expected = realimports.expected(corpus)
    hits: dict[str, list[bool]] = {field: [] for field in FLOORS[corpus]}
    for name, code, out, _ in realimports.imported(corpus):
        want = expected[name]
        title, when, authors, body = _fields(out) if code == 0 else ("", "", [], "")
        body = _norm(body)
        if want.get("title"):
            hits["title"].append(_norm(title) == _norm(want["title"]))
        if want.get("date"):
            hits["date"].append(when[:10] == want["date"])
        if want.get("author"):
            first = _norm((want["author"] if isinstance(want["author"], list) else want["author"].split(";"))[0])
            hits["author"].append(any(first == _norm(a) or (len(first) > 4 and first in _norm(a)) for a in authors))
        hits["with"] += [_norm(s) in body for s in want.get("with") or []]
        hits["without"] += [_norm(s) not in body for s in want.get("without") or []]
    rates = {field: sum(v) / max(1, len(v)) for field, v in hits.items()}
    low = {field: f"{rate:.1%} < {FLOORS[corpus][field]:.0%}" for field, rate in rates.items()
           if rate < FLOORS[corpus][field]}
    assert not low, f"{corpus}: {low} (all: " + ", ".join(f"{f} {r:.1%}" for f, r in rates.items()) + ")"
