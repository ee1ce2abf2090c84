"""Make the text-dump half of a held-out set: each saved page opened in headless Chromium with
JavaScript off, `document.body.innerText` (what select-all + copy gives), as realtext/ does.

usage: python bench/heldout/dumptext.py SETDIR   (reads SETDIR/html/*.html.gz + expected.json, writes SETDIR/text/)
"""
import gzip
import json
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

root = Path(sys.argv[1])
html, text = root / "html", root / "text"
text.mkdir(exist_ok=True)
exp = json.loads((html / "expected.json").read_text())
out = {}
with sync_playwright() as p:
    browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
    ctx = browser.new_context(java_script_enabled=False, offline=True)
    page = ctx.new_page()
    for name, want in sorted(exp.items()):
        src = html / name
        raw = gzip.decompress(src.read_bytes()) if name.endswith(".gz") else src.read_bytes()
        tmp = text / ("_" + name.removesuffix(".gz"))
        tmp.write_bytes(raw)
        page.goto(tmp.resolve().as_uri(), wait_until="load")
        body = page.evaluate("document.body ? document.body.innerText : ''")
        tmp.unlink()
        stem = name.split(".")[0]
        (text / f"{stem}.txt").write_text(body, encoding="utf-8")
        out[f"{stem}.txt"] = want
    browser.close()
(text / "expected.json").write_text(json.dumps(out, ensure_ascii=False, indent=1))
print(f"{len(out)} dumps in {text}")
