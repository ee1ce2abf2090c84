"""The importer's quality on real pages stays where it has been measured (a regression guard).

Reads the shared real pages (`../shared/realpages`, `../shared/realtext`: other people's pages,
never copied here) when they are present, scores each field the way `score.py` does, and fails
when a field falls below the floor recorded here. The floors sit a little under the figures in
`bench/IMPORT-RESULTS.md`, so a change that makes the importer worse on real pages fails.
"""

from __future__ import annotations

import gzip
import json
import re
import unicodedata
from pathlib import Path

import pytest

from briefkit.importer.article import Article, ImportProblem

SHARED = next(
    (p / "shared" for p in Path(__file__).resolve().parents[2:4] if (p / "shared" / "realpages").is_dir()),
    Path(__file__).resolve().parents[2] / "shared",
)
# field -> lowest accepted rate (share of pages, or of sentences for with/without)
FLOORS = {
    "realpages": {"title": 0.84, "date": 0.85, "author": 0.67, "with": 0.91, "without": 0.93},
    "realtext": {"title": 0.58, "date": 0.70, "author": 0.41, "with": 0.88, "without": 0.73},
}


def _norm(s: str) -> str:
    """score.py's normalisation: quotes, dashes and Markdown emphasis do not change the words."""
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                                   "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    s = re.sub(r"[*_`\\]", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def _read(corpus: str, name: str) -> Article | None:
    from briefkit.importer.htmlpage import read_html
    from briefkit.importer.textdump import read_text_dump

    raw = (SHARED / corpus / name).read_bytes()
    try:
        if name.endswith(".gz"):
            return read_html(gzip.decompress(raw).decode("utf-8", "replace"))
        return read_text_dump(raw.decode("utf-8", "replace"))
    except ImportProblem:
        return None


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(FLOORS))
def test_fields_on_real_pages_stay_at_their_floor(corpus: str) -> None:
    pytest.importorskip("trafilatura")
    if not (SHARED / corpus / "expected.json").is_file():
        pytest.skip(f"../shared/{corpus} is not here")
    expected = json.loads((SHARED / corpus / "expected.json").read_text())
    hits: dict[str, list[bool]] = {field: [] for field in FLOORS[corpus]}
    for name, want in sorted(expected.items()):
        article = _read(corpus, name)
        title = article.title if article else ""
        when = article.published.isoformat() if article and article.published else ""
        authors = list(article.authors) if article else []
        body = _norm(article.body if article else "")
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
