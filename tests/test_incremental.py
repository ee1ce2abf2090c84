"""Incremental builds equal cold builds, byte for byte, after any sequence of edits.

The build cache (parsed documents, rendered bodies, reused pages, the spare output tree, the
no-op skip) may only ever make a build faster. So every test here applies random edits to a
generated site — add, change, delete and rename briefings, rename actors, relabel provisions,
override a template, change site.yaml — rebuilding after each, and compares the result with
a cold build (no cache, no output) of a copy of the same files: the same success or failure,
the same diagnostics and the same output bytes, manifest included.
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

import pytest

from briefkit.build import Builder, BuildResult

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small benchmark-shaped site (20 briefings), generated once for the module."""
    out = tmp_path_factory.mktemp("corpus") / "site"
    subprocess.run([sys.executable, str(REPO / "bench" / "corpus.py"), "--briefings", "20", "--out", str(out)],
                   check=True, capture_output=True)
    return out


@pytest.fixture
def site(corpus: Path, tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(corpus, root)
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def messages(result: BuildResult) -> list[str]:
    return [d.format() for d in result.diagnostics.sorted()]


def cold_build(site: Path, scratch: Path) -> tuple[BuildResult, dict[str, bytes] | None]:
    """Build a copy of the site's sources with no cache and no output."""
    if scratch.exists():
        shutil.rmtree(scratch)
    shutil.copytree(site, scratch, ignore=shutil.ignore_patterns(".briefkit-cache", "output"))
    result = Builder(scratch).build()
    out = scratch / "output"
    return result, snapshot(out) if out.is_dir() else None


def assert_same_as_cold(site: Path, result: BuildResult, scratch: Path, step: str) -> None:
    cold, cold_out = cold_build(site, scratch)
    assert result.ok == cold.ok, step
    assert messages(result) == messages(cold), step
    if cold.ok:
        got = snapshot(site / "output")
        assert got.keys() == cold_out.keys(), (step, sorted(got.keys() ^ cold_out.keys())[:5])
        differing = [k for k in got if got[k] != cold_out[k]]
        assert not differing, (step, differing[:5])


# ------------------------------------------------------------------ edits


def briefings(site: Path) -> list[Path]:
    return sorted((site / "content" / "briefings").glob("*.md"))


def set_field(path: Path, key: str, value: str) -> None:
    text = path.read_text(encoding="utf-8")
    new, n = re.subn(rf"(?m)^{key}: .*$", f"{key}: {value}", text, count=1)
    assert n == 1, (path, key)
    path.write_text(new, encoding="utf-8")


def edit_body(site: Path, rng: random.Random) -> str:
    p = rng.choice(briefings(site))
    with p.open("a", encoding="utf-8") as f:
        f.write(f"\nA sentence added in edit {rng.randrange(10**6)}.\n")
    return f"append to {p.name}"


def edit_title(site: Path, rng: random.Random) -> str:
    p = rng.choice(briefings(site))
    set_field(p, "title", f'"A retitled briefing {rng.randrange(10**6)}"')  # shows in cards, links, feeds
    return f"retitle {p.name}"


def edit_date(site: Path, rng: random.Random) -> str:
    p = rng.choice(briefings(site))
    set_field(p, "date", f"20{rng.randrange(18, 25)}-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T10:00:00+00:00")
    return f"redate {p.name} (previous/next, timeline, home)"


def edit_tags(site: Path, rng: random.Random) -> str:
    p = rng.choice(briefings(site))
    text = p.read_text(encoding="utf-8")
    tag = rng.choice(["fresh tag", "arms trade", "Cyber Talks"])
    text = text.replace("tags:\n", f'tags:\n  - "{tag}"\n', 1)
    p.write_text(text, encoding="utf-8")
    return f"tag {p.name} with {tag!r}"


def add_briefing(site: Path, rng: random.Random) -> str:
    src = rng.choice(briefings(site))
    new = src.with_name(f"added-{rng.randrange(10**6)}.md")
    shutil.copyfile(src, new)
    set_field(new, "title", f'"An added briefing {new.stem}"')
    return f"add {new.name}"


def relink(site: Path, old_id: str, new_id: str | None) -> None:
    """What a writer does after deleting or renaming a briefing: fix the [[links]] to it."""
    pattern = re.compile(rf"\[\[{re.escape(old_id)}(\|[^\]]*)?\]\]")
    for p in briefings(site):
        text = p.read_text(encoding="utf-8")
        new = pattern.sub((lambda m: f"[[{new_id}{m.group(1) or ''}]]") if new_id else "an earlier briefing", text)
        if new != text:
            p.write_text(new, encoding="utf-8")


def delete_briefing(site: Path, rng: random.Random) -> str:
    p = rng.choice(briefings(site))
    p.unlink()
    relink(site, p.stem, None)
    return f"delete {p.name}"


def rename_briefing(site: Path, rng: random.Random) -> str:
    p = rng.choice(briefings(site))
    new = p.with_name(f"renamed-{rng.randrange(10**6)}.md")
    p.rename(new)
    relink(site, p.stem, new.stem)
    return f"rename {p.name} -> {new.name}"


def break_then_fix(site: Path, rng: random.Random) -> str:
    """A failing build in the middle of the sequence (a link to a missing id), fixed later."""
    p = rng.choice([q for q in briefings(site) if "\ndraft: true\n" not in q.read_text(encoding="utf-8")])  # drafts are not built
    text = p.read_text(encoding="utf-8")
    p.write_text(text + "\nSee [[no-such-briefing]].\n", encoding="utf-8")
    return f"break {p.name}"


def rename_actor(site: Path, rng: random.Random) -> str:
    p = rng.choice(sorted((site / "content" / "actors").glob("*.md")))
    set_field(p, "name", f'"Renamed Actor {rng.randrange(10**6)}"')  # autolinks, mentions, roles
    return f"rename actor {p.stem}"


def retitle_sanction(site: Path, rng: random.Random) -> str:
    linked = sorted({m for p in briefings(site) for m in re.findall(r"\[\[([a-z0-9-]+)\]\]", p.read_text("utf-8"))})
    sanctions = [p for p in sorted((site / "content" / "sanctions").glob("*.md")) if p.stem in linked]
    p = rng.choice(sanctions or sorted((site / "content" / "sanctions").glob("*.md")))
    set_field(p, "title", f'"Retitled instrument {rng.randrange(10**6)}"')  # the text of [[its-id]] links
    return f"retitle sanction {p.stem}"


def relabel_provision(site: Path, rng: random.Random) -> str:
    p = rng.choice(sorted((site / "content" / "sanctions").glob("*.md")))
    text = p.read_text(encoding="utf-8")
    new = re.sub(r'label: ".*"', f'label: "Relabelled provision {rng.randrange(10**6)}"', text, count=1)
    p.write_text(new, encoding="utf-8")
    return f"relabel a provision of {p.stem}"


def override_template(site: Path, rng: random.Random) -> str:
    from briefkit import render

    theme = Path(render.__file__).parent / "theme" / "templates"
    name = rng.choice(["base.html", "briefing.html", "list.html"])
    (site / "templates").mkdir(exist_ok=True)
    target = site / "templates" / name
    source = target.read_text(encoding="utf-8") if target.exists() else (theme / name).read_text(encoding="utf-8")
    marker = f"<!-- override {rng.randrange(10**6)} -->"
    if "{% extends" in source:  # text outside a block of a child template is never shown
        source = source.replace("{% endblock", marker + "{% endblock", 1)
    else:
        source += marker + "\n"
    target.write_text(source, encoding="utf-8")
    return f"override {name}"


def drop_override(site: Path, rng: random.Random) -> str:
    overrides = sorted((site / "templates").glob("*.html")) if (site / "templates").is_dir() else []
    if not overrides:
        return override_template(site, rng)
    victim = rng.choice(overrides)
    victim.unlink()
    return f"drop override {victim.name}"


def edit_site_yaml(site: Path, rng: random.Random) -> str:
    set_field(site / "site.yaml", "description", f"Edited description {rng.randrange(10**6)}")
    return "edit site.yaml"


def respell_tag(site: Path, rng: random.Random) -> str:
    """Respell a tag in most of its briefings: the merged tag's display name flips everywhere,
    also on the pages of the briefings whose files still spell it the old way."""
    texts = {q: q.read_text(encoding="utf-8") for q in briefings(site)}
    spellings = sorted({t for text in texts.values() for t in re.findall(r'(?m)^  - "([^"]+)"$', text)})
    # The most widely held tag, so that some of its briefings keep the old spelling.
    tag = max(spellings, key=lambda t: (sum(f'  - "{t}"\n' in text for text in texts.values()), rng.random()))
    holders = [q for q, text in texts.items() if f'  - "{tag}"\n' in text]
    respelt = tag.upper() if tag != tag.upper() else tag.lower()
    for q in holders[: len(holders) // 2 + 1]:
        q.write_text(q.read_text(encoding="utf-8").replace(f'  - "{tag}"\n', f'  - "{respelt}"\n', 1), "utf-8")
    return f"respell tag {tag!r} as {respelt!r} in {len(holders) // 2 + 1} of {len(holders)} briefings"


def redate_to_newest(site: Path, rng: random.Random) -> str:
    """Move an old briefing to the top: home's latest, previous/next on both sides, feeds."""
    p = rng.choice(briefings(site))
    set_field(p, "date", f"2031-0{rng.randrange(1, 10)}-1{rng.randrange(10)}T08:30:00+02:00")
    return f"redate {p.name} to the newest"


def add_related_briefing(site: Path, rng: random.Random) -> str:
    """A new briefing sharing another's tags and actors: it enters related lists, tag, actor
    and sanction pages, and the previous/next chain wherever its date falls."""
    src = rng.choice(briefings(site))
    new = src.with_name(f"related-{rng.randrange(10**6)}.md")
    shutil.copyfile(src, new)
    set_field(new, "title", f'"A related briefing {new.stem}"')
    set_field(new, "date", f"20{rng.randrange(18, 25)}-1{rng.randrange(3)}-0{rng.randrange(1, 10)}T12:00:00+00:00")
    return f"add {new.name}, related to {src.name}"


def rekind_actor(site: Path, rng: random.Random) -> str:
    """An actor's kind shows on every briefing that names it, and groups the actors index."""
    p = rng.choice(sorted((site / "content" / "actors").glob("*.md")))
    text = p.read_text(encoding="utf-8")
    kind = re.search(r"(?m)^kind: (\w+)$", text).group(1)  # type: ignore[union-attr]
    set_field(p, "kind", "person" if kind != "person" else "state")
    return f"make actor {p.stem} a {'person' if kind != 'person' else 'state'}"


def resummarise_actor(site: Path, rng: random.Random) -> str:
    p = rng.choice(sorted((site / "content" / "actors").glob("*.md")))
    set_field(p, "summary", f'"A new summary {rng.randrange(10**6)}"')  # the actors index, its own page
    return f"resummarise actor {p.stem}"


def make_draft(site: Path, rng: random.Random) -> str:
    p = rng.choice(briefings(site))
    text = p.read_text(encoding="utf-8")
    p.write_text(text.replace("\ntitle: ", "\ndraft: true\ntitle: ", 1), encoding="utf-8")
    relink(site, p.stem, None)  # a link to a draft is an error in a published build
    return f"make {p.name} a draft (gone from every list)"


def mention_actor(site: Path, rng: random.Random) -> str:
    """Name a registry actor in a briefing's text: an "annotated?" warning appears or goes,
    though no relation between documents changes."""
    actor = rng.choice(sorted((site / "content" / "actors").glob("*.md")))
    name = re.search(r'(?m)^name: "?([^"\n]+)"?$', actor.read_text(encoding="utf-8")).group(1)  # type: ignore[union-attr]
    p = rng.choice(briefings(site))
    with p.open("a", encoding="utf-8") as f:
        f.write(f"\nIn edit {rng.randrange(10**6)} the text names {name}.\n")
    return f"name actor {actor.stem} in {p.name}"


def designate_actor(site: Path, rng: random.Random) -> str:
    """A listing shows on the actor page, the sanction page and the briefings naming the actor."""
    p = rng.choice(sorted((site / "content" / "actors").glob("*.md")))
    s = rng.choice(sorted((site / "content" / "sanctions").glob("*.md")))
    text = p.read_text(encoding="utf-8")
    head, sep, rest = text[3:].partition("\n---")
    entry = f"designations:\n  - {{sanction: {s.stem}, date: 2020-01-{rng.randrange(1, 29):02d}}}"
    p.write_text("---" + head.rstrip("\n") + "\n" + entry + sep + rest, encoding="utf-8")
    return f"designate actor {p.stem} under {s.stem}"


def nothing(site: Path, rng: random.Random) -> str:
    return "no change"


EDITS: list[Callable[[Path, random.Random], str]] = [
    edit_body, edit_body, edit_title, edit_date, edit_tags, add_briefing, delete_briefing, rename_briefing,
    rename_actor, retitle_sanction, relabel_provision, override_template, drop_override, edit_site_yaml, nothing, break_then_fix,
    respell_tag, redate_to_newest, add_related_briefing, rekind_actor, resummarise_actor, make_draft,
    mention_actor, mention_actor, designate_actor,
]


def age_edited_files(site: Path, step: int) -> None:
    """Give files edited just now an older mtime, distinct per step (and no longer "racy"), so
    that builds trust the status of unchanged files instead of reading them again."""
    import os
    import time

    now = time.time_ns()
    when = now - 3600 * 10**9 + step * 10**9
    for p in [site / "site.yaml", *(site / "content").rglob("*"), *(site / "templates").rglob("*")]:
        if p.is_file() and p.stat().st_mtime_ns > now - 3600 * 10**9 + 100 * 10**9:
            os.utime(p, ns=(when, when))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_edit_sequences_build_what_a_cold_build_builds(site: Path, tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    edits = EDITS[:]  # every kind of edit once, in a random order, each after the others' effects
    rng.shuffle(edits)
    kept = Builder(site)  # serve's way: one Builder across rebuilds (the in-memory cache)
    assert kept.build().ok
    broken: list[Path] = []
    for step, edit in enumerate(edits):
        what = edit(site, rng)
        if edit is break_then_fix:
            broken = [p for p in briefings(site) if "[[no-such-briefing]]" in p.read_text(encoding="utf-8")]
        elif broken:  # fixed at the next step, so every other edit is checked on a good build
            for p in broken:
                p.write_text(p.read_text(encoding="utf-8").replace("[[no-such-briefing]]", "nothing"), "utf-8")
            broken, what = [], what + ", then fix the broken link"
        if seed != 1:
            age_edited_files(site, step)
        # Alternate between the long-lived Builder and a fresh one (the on-disk cache).
        builder = kept if step % 2 else Builder(site)
        result = builder.build()
        assert_same_as_cold(site, result, tmp_path / "cold", f"step {step}: {what}")
        assert result.ok == (not broken), f"step {step}: {what}"


def test_every_affected_page_follows_a_title_edit(site: Path, tmp_path: Path) -> None:
    """A title shows on the home page, tag, actor and sanction pages, feeds, related and prev/next."""
    assert Builder(site).build().ok
    target = briefings(site)[-1]  # the newest: it is on the home page and in every feed it belongs to
    set_field(target, "title", '"Unmistakable new headline"')
    result = Builder(site).build()
    assert result.ok
    hits = {p for p, data in snapshot(site / "output").items() if b"Unmistakable new headline" in data}
    assert "index.html" in hits and "feed.xml" in hits
    for prefix in ("tags/", "actors/", "briefings/"):
        assert any(p.startswith(prefix) and p != f"briefings/{target.stem}/index.html" for p in hits), prefix
    assert_same_as_cold(site, result, tmp_path / "cold", "retitle the newest briefing")


def test_pages_wanted_first_are_handed_over_before_the_rest_as_they_are_written(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`serve`'s fast render: the pages asked for first come out of the build before any other
    page renders, only when they changed, with the bytes the write then puts in the output;
    and the output still equals a cold build's."""
    import briefkit.parallel
    from briefkit.build import FirstPages

    builder = Builder(site)
    assert builder.build().ok
    target = briefings(site)[-1]
    page = f"briefings/{target.stem}/index.html"
    wanted = {f"briefings/{b.stem}/index.html" for b in briefings(site)} | {"no/such/index.html"}
    before = snapshot(site / "output")
    set_field(target, "title", '"Handed over first"')
    handed: dict[str, bytes] = {}
    handed_when_rest_rendered: list[int] = []
    real_map = briefkit.parallel.map_ordered

    def watching_map(fn, items, **kw):  # type: ignore[no-untyped-def]
        if fn.__name__ == "try_page":
            handed_when_rest_rendered.append(len(handed))
        return real_map(fn, items, **kw)

    monkeypatch.setattr(briefkit.parallel, "map_ordered", watching_map)
    result = builder.build(first=FirstPages(lambda: wanted, handed.update))
    assert result.ok
    after = snapshot(site / "output")
    changed = {p for p in wanted if p in after and after[p] != before.get(p)}
    assert page in changed and len(changed) < len(wanted) - 1
    assert set(handed) == changed  # the wanted pages that changed, and only those
    assert b"Handed over first" in handed[page]
    assert handed_when_rest_rendered == [len(changed)]
    assert all(after[p] == data for p, data in handed.items())
    assert_same_as_cold(site, result, tmp_path / "cold", "retitle with a page wanted first")


def test_warm_reads_the_memo_a_skipped_build_left_unread_and_the_next_build_uses_it(site: Path, tmp_path: Path) -> None:
    """`serve` restarted on an unchanged site: its first build is skipped without reading the
    memo; `warm` reads it, and the first edit's build works from that very state."""
    assert Builder(site).build().ok
    builder = Builder(site)
    assert builder.build().ok
    state = builder._state
    assert state is not None and not state.loaded
    builder.warm()
    assert state.loaded
    set_field(briefings(site)[3], "title", '"Edited after warming"')
    result = builder.build()
    assert builder._state is state
    assert_same_as_cold(site, result, tmp_path / "cold", "edit after warm")


def test_nothing_changed_skips_the_build_and_says_so(site: Path) -> None:
    first = Builder(site).build()
    assert first.ok
    before = {p: p.stat().st_mtime_ns for p in (site / "output").rglob("*")}
    again = Builder(site).build()
    assert again.ok and again.report is not None
    assert again.report.written == [] and again.report.removed == []
    assert len(again.report.unchanged) == len(first.report.written + first.report.unchanged)
    assert again.pages == first.pages
    assert list(again.timings) == ["config"]  # nothing after the check ran
    assert {p: p.stat().st_mtime_ns for p in (site / "output").rglob("*")} == before


def test_an_edited_output_file_is_rebuilt_even_when_the_sources_did_not_change(site: Path) -> None:
    assert Builder(site).build().ok
    page = site / "output" / "index.html"
    good = page.read_bytes()
    page.write_bytes(b"vandalised")
    result = Builder(site).build()
    assert result.ok and "index.html" in result.report.written
    assert page.read_bytes() == good


@pytest.mark.parametrize("child", ["walks", "fails", "cannot fork"])
def test_files_added_to_the_output_by_hand_go_with_the_next_build(
        site: Path, child: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # The writer's list of the output's files is made ahead, in a child, while the memo is
    # read; when the child fails or cannot be started, the writer walks the output itself.
    from briefkit import output, parallel

    assert Builder(site).build().ok
    (site / "output/notes.txt").write_text("dropped in by hand")
    (site / "output/briefings/extra").mkdir()
    (site / "output/briefings/extra/page.html").write_text("<p>not built</p>")
    walks: list[int] = []
    real = output.existing_files

    def counted(dest: Path) -> set[str]:
        walks.append(os.getpid())
        if child == "fails" and os.getpid() != parent:
            raise OSError("the child's walk failed")
        return real(dest)

    parent = os.getpid()
    monkeypatch.setattr(output, "existing_files", counted)
    if child == "cannot fork":
        monkeypatch.setattr(parallel, "can_fork", lambda: False)
    edit = next((site / "content/briefings").glob("*.md"))
    edit.write_text(edit.read_text(encoding="utf-8") + "\nOne more sentence.\n", encoding="utf-8")
    result = Builder(site).build()
    assert result.ok and result.report is not None
    assert sorted(result.report.removed) == ["briefings/extra/page.html", "notes.txt"]
    assert not (site / "output/notes.txt").exists() and not (site / "output/briefings/extra").exists()
    assert walks == ([parent] if child != "walks" else [])  # a child's walk is not seen here
    again = Builder(site).build()  # and the spare the old output became holds none of them
    assert again.ok and list(again.timings) == ["config"]
    edit.write_text(edit.read_text(encoding="utf-8") + "\nAnd another.\n", encoding="utf-8")
    assert Builder(site).build().ok
    assert not (site / "output/notes.txt").exists() and not (site / "output/briefings/extra").exists()


def test_warnings_are_reported_again_by_a_build_with_nothing_changed(site: Path) -> None:
    extra = site / "content" / "actors" / "nobody-cites-me.md"
    extra.write_text('---\nname: "Nobody Cites Me"\nkind: person\n---\nUnused.\n', encoding="utf-8")
    first = Builder(site).build()
    again = Builder(site).build()
    assert first.ok and again.ok
    assert "nobody-cites-me" in "\n".join(messages(first))
    assert messages(again) == messages(first)


def test_page_jobs_name_the_files_their_plans_write(site: Path) -> None:
    """A page reused by its dependency key is looked up by the job's path, before planning:
    that path must be the planned page's file, for every page, in the same order."""
    from briefkit.assemble import assemble
    from briefkit.build.content import load_content, render_bodies
    from briefkit.build.render_pages import page_file
    from briefkit.cache import CacheState
    from briefkit.config import load_config
    from briefkit.diagnostics import Diagnostics
    from briefkit.pagekeys import page_jobs
    from briefkit.pages import plan_pages

    diags = Diagnostics()
    config = load_config(site, diags)
    assert config is not None
    state = CacheState("test")
    content, digests = load_content(config, diags, False, state)
    built = assemble(config, content, render_bodies(content, config, diags), diags)
    jobs = page_jobs(built, digests)
    assert [job.path for job in jobs] == [page_file(plan.path) for plan in plan_pages(built)]
    keys = [job.key() for job in jobs]
    assert all(k is not None for k in keys)
    assert len(set(keys)) == len(jobs)


def test_pages_held_compressed_are_written_as_rendered(site: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Large sites keep rendered pages zlib-compressed until the write: same bytes, same cache."""
    import briefkit.build.render_pages

    monkeypatch.setattr(briefkit.build.render_pages, "PACK_PAGES", 1)
    assert Builder(site).build().ok
    edit_title(site, random.Random(5))
    result = Builder(site).build()
    assert result.ok and len(result.report.written) > 2
    monkeypatch.undo()  # the cold build to compare with holds plain bytes
    assert_same_as_cold(site, result, tmp_path / "cold", "retitle, pages packed")
