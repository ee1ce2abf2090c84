"""The benchmark corpus: deterministic, shaped as issue 8 says, and clean under `check`.

A benchmark is only comparable over time if its input is the same every time, and only
honest if briefkit does the work a real site would give it (warnings or skipped links would
make it cheaper), so these properties are tested rather than assumed.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"


def _load(name: str) -> ModuleType:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))  # run.py imports its siblings by name
    spec = importlib.util.spec_from_file_location(f"bench_{name}", BENCH / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


corpus = _load("corpus")


def _generate(out: Path, n: int = 12, seed: int = 1) -> Path:
    code = corpus.main(["--briefings", str(n), "--out", str(out), "--seed", str(seed)])
    assert code == 0
    return out


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _front(path: Path) -> tuple[dict, str]:
    _, meta, body = path.read_text("utf-8").split("---\n", 2)
    return yaml.safe_load(meta), body


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _generate(tmp_path_factory.mktemp("corpus") / "site")


def test_same_seed_gives_byte_identical_trees(tmp_path: Path, small: Path) -> None:
    again = _tree(_generate(tmp_path / "again"))
    assert again == _tree(small)
    other = _tree(_generate(tmp_path / "other", seed=2))
    assert other.keys() != again.keys() or other != again  # the seed is actually used


def test_refuses_to_overwrite_an_existing_site(small: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        corpus.main(["--briefings", "3", "--out", str(small)])
    assert exc.value.code == 2
    assert "already exists" in capsys.readouterr().err


def test_site_yaml_turns_search_off(small: Path) -> None:
    config = yaml.safe_load((small / "site.yaml").read_text("utf-8"))
    assert config["search"] is False
    assert config["base_url"] == "https://example.org/"


def test_briefings_are_shaped_as_the_issue_says(small: Path) -> None:
    actors = {p.stem: _front(p)[0] for p in (small / "content/actors").glob("*.md")}
    sanctions = {p.stem: _front(p)[0] for p in (small / "content/sanctions").glob("*.md")}
    files = sorted((small / "content/briefings").glob("*.md"))
    assert len(files) == 12
    dates, used, tags = set(), set(), set()
    for path in files:
        meta, body = _front(path)
        refs = meta["actors"]
        assert 3 <= len(refs) <= 7 and all(r["role"] for r in refs), path.name
        assert 0 <= len(meta.get("sanctions", [])) <= 3
        assert 2 <= len(meta["tags"]) <= 5
        assert 2 <= len(meta["images"]) <= 3
        assert all(set(img) == {"caption", "credit"} for img in meta["images"])  # credit-only
        assert 4000 <= len(body.encode()) <= 12000, (path.name, len(body))
        assert "\n## " in body and "\n- " in body and "[[" in body
        for ref in refs:  # every annotated actor is named in the prose, by name or alias
            a = actors[ref["id"]]
            assert any(term in body for term in [a["name"], *a.get("aliases", [])]), (path.name, ref["id"])
        for ref in meta.get("sanctions", []):
            sid = ref["id"] if isinstance(ref, dict) else ref
            if isinstance(ref, dict) and "provision" in ref:
                assert ref["provision"] in sanctions[sid]["provisions"]
            used.add(sid)
        for link in re.findall(r"\[\[([^\]|]+)", body):
            assert link in actors or link in sanctions or (small / f"content/briefings/{link}.md").is_file()
            used.add(link)
        used.update(r["id"] for r in refs)
        tags.update(meta["tags"])
        dates.add(meta["date"])
    assert len(dates) == len(files)  # unique instants
    assert set(actors) | set(sanctions) <= used  # no "unreferenced entry" warnings
    assert (len(actors), len(sanctions), len(tags)) == corpus.registry_sizes(12)


def test_registries_have_the_reference_sizes_and_no_shared_alias() -> None:
    c = corpus.build_corpus(1000, seed=1)
    assert (len(c.briefings), len(c.actors), len(c.sanctions), len(c.tags)) == (1000, 200, 30, 60)
    assert {a.kind for a in c.actors} == {"person", "organisation", "state"}
    assert all(2 <= len(s.provisions) <= 4 for s in c.sanctions)
    terms = [t for a in c.actors for t in (a.name, *a.aliases)]
    assert len(terms) == len(set(terms))
    years = {b.date.year for b in c.briefings}
    assert len(years) >= 5
    assert len({b.date for b in c.briefings}) == 1000
    cited = {s for b in c.briefings for s, _ in b.sanctions}
    assert cited == {s.id for s in c.sanctions}
    assert {t for b in c.briefings for t in b.tags} == set(c.tags)
    assert any(p for b in c.briefings for _, p in b.sanctions) and any(
        p is None for b in c.briefings for _, p in b.sanctions)


def _builder_or_skip():
    try:
        from briefkit.build import Builder
    except ImportError:
        pytest.skip("briefkit.build has no Builder yet")
    if not hasattr(Builder, "check"):
        pytest.skip("briefkit.build.Builder has no check() yet")
    return Builder


def test_small_corpus_checks_clean(small: Path) -> None:
    Builder = _builder_or_skip()
    try:
        diags = Builder(small).check()
    except NotImplementedError:
        pytest.skip("briefkit.build is still a stub")
    assert [str(d) for d in diags.errors] == []
    assert [str(d) for d in diags.warnings] == []


def test_hugo_layout_maps_three_taxonomies(small: Path, tmp_path: Path) -> None:
    hugo = _load("hugo")
    counts = hugo.convert(small, tmp_path / "hugo")
    assert counts["briefings"] == 12
    config = (tmp_path / "hugo/hugo.toml").read_text()
    assert 'actor = "actors"' in config and 'sanction = "sanctions"' in config and "limit = 20" in config
    page = next((tmp_path / "hugo/content/briefings").glob("*.md"))
    meta, body = _front(page)
    source, _ = _front(small / "content/briefings" / page.name)
    assert meta["actors"] == [r["id"] for r in source["actors"]]
    assert meta["tags"] == source["tags"]
    assert "[[" not in body and "](/" in body  # [[id]] became Markdown links
    assert (tmp_path / "hugo/content/actors" / meta["actors"][0] / "_index.md").is_file()


@pytest.mark.skipif(shutil.which("hugo") is None, reason="hugo is not installed")
def test_hugo_builds_the_layout_with_term_pages_and_feeds(small: Path, tmp_path: Path) -> None:
    hugo = _load("hugo")
    site = tmp_path / "hugo"
    hugo.convert(small, site)
    done = subprocess.run(["hugo", "--source", str(site), "--cacheDir", str(tmp_path / "cache")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    public = site / "public"
    actor = next((small / "content/actors").glob("*.md")).stem
    assert actor in (public / "actors" / actor / "index.html").read_text()
    assert (public / "actors" / actor / "index.xml").is_file()
    assert (public / "sitemap.xml").is_file()
    html = [p for p in public.rglob("*.html")]
    assert len(html) > 12 + 36


def test_runner_records_newest_first(tmp_path: Path) -> None:
    run = _load("run")
    results = tmp_path / "RESULTS.md"
    run.record("## first\n", results)
    run.record("## second\n", results)
    text = results.read_text()
    assert text.index("## second") < text.index("## first")
    assert text.count(run.MARKER) == 1


def test_runner_compares_trees_byte_for_byte(tmp_path: Path) -> None:
    run = _load("run")
    for side in ("a", "b"):
        (tmp_path / side / "x").mkdir(parents=True)
        (tmp_path / side / "x/same.html").write_text("same")
        (tmp_path / side / "x/diff.html").write_text(side)
    (tmp_path / "a/only.html").write_text("")
    assert run.differing_files(tmp_path / "a", tmp_path / "b") == ["only.html", "x/diff.html"]


def test_the_busiest_actors_network_labels_never_overlap(tmp_path: Path) -> None:
    # A corpus of 150 briefings: its busiest actor appears with more actors than the picture shows.
    import xml.etree.ElementTree as ET

    from briefkit import chartlabels
    from briefkit.build import build

    site = _generate(tmp_path / "site", n=150)
    assert build(site, output=tmp_path / "out").ok
    svgs = {}
    for page in (tmp_path / "out" / "actors").glob("*/index.html"):
        html = page.read_text(encoding="utf-8")
        m = re.search(r'<svg class="chart chart-network".*?</svg>', html, re.S)
        if m:
            svgs[page.parent.name] = m.group(0)
    busiest = max(svgs, key=lambda a: svgs[a].count("<circle"))
    root = ET.fromstring(svgs[busiest])
    texts = list(root.iter("{http://www.w3.org/2000/svg}text"))
    assert len(texts) >= 12
    boxes = [chartlabels.box(float(t.get("x")), float(t.get("y")), t.get("text-anchor"), t.text or "",
                             bold="chart-centre-label" in t.get("class", "")) for t in texts]
    for i, a in enumerate(boxes):
        assert a.left >= 0 and a.right <= float(root.get("width"))
        assert not any(a.overlaps(b) for b in boxes[i + 1:]), texts[i].text
