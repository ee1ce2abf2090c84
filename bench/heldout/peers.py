"""newspaper4k and trafilatura on a held-out set's saved pages, scored as score.py scores.

usage: python bench/heldout/peers.py SETDIR...  (needs newspaper4k and trafilatura)"""
import gzip, json, re, sys, unicodedata, warnings
from pathlib import Path
warnings.filterwarnings("ignore")

def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = s.translate(str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"',
                                   "\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-", "\u00a0": " "}))
    s = re.sub(r"[*_`\\]", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()

def authors_match(want, got):
    first = norm((want if isinstance(want, list) else want.split(";"))[0])
    return any(first == norm(g) or (len(first) > 4 and first in norm(g)) for g in got)

def score(title, date, authors, text, want):
    body = norm(text)
    return {"title": norm(title) == norm(want["title"]) if want.get("title") else [],
            "date": (date or "")[:10] == want["date"] if want.get("date") else [],
            "author": authors_match(want["author"], authors) if want.get("author") else [],
            "with": [norm(s) in body for s in want.get("with") or []],
            "without": [norm(s) not in body for s in want.get("without") or []]}

def rate(res, f):
    vals = []
    for s in res.values():
        v = s[f]; vals.extend(v if isinstance(v, list) else [v])
    return 100 * sum(vals) / max(1, len(vals))

import newspaper, trafilatura
for root in sys.argv[1:]:
    d = Path(root) / "html"
    exp = json.loads((d / "expected.json").read_text())
    np_, tf = {}, {}
    for n, want in exp.items():
        raw = (d / n).read_bytes()
        html = (gzip.decompress(raw) if n.endswith(".gz") else raw).decode("utf-8", "replace")
        try:
            a = newspaper.Article(want.get("url") or "http://example.com/")
            a.download(input_html=html); a.parse()
            np_[n] = score(a.title, a.publish_date.isoformat() if a.publish_date else "", a.authors, a.text, want)
        except Exception:
            np_[n] = score("", "", [], "", want)
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
        if doc is None:
            tf[n] = score("", "", [], "", want)
        else:
            g = (lambda k: getattr(doc, k, None)) if not isinstance(doc, dict) else doc.get
            tf[n] = score(g("title") or "", g("date") or "", [x.strip() for x in (g("author") or "").split(";")], g("text") or "", want)
    for name, res in (("newspaper4k", np_), ("trafilatura", tf)):
        print(Path(root).name, name, " ".join(f"{rate(res, f):.1f}" for f in ("title", "date", "author", "with", "without")))
