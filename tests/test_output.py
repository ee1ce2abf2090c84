"""output.write_site: staged, swapped in whole, hard-links unchanged files, refuses foreign folders."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefkit import output, swap
from briefkit.output import MANIFEST_NAME, OutputFile, OutputRefused, check_destination, write_site


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (manifest included) and its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir() if p.name != folder.name)


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    for sub in ("content/briefings", "templates", "static"):
        (root / sub).mkdir(parents=True)
    (root / "site.yaml").write_text("title: t\n")
    return root


def files(**pages: str) -> list[OutputFile]:
    """files(a__index_html="x") -> [OutputFile("a/index.html", b"x")]"""
    def path(key: str) -> str:
        stem, _, ext = key.replace("__", "/").rpartition("_")
        return f"{stem}.{ext}"
    return [OutputFile(path(k), v.encode()) for k, v in pages.items()]


# ------------------------------------------------------------------ writing and reporting


def test_first_write_creates_files_and_a_manifest(site: Path) -> None:
    dest = site / "output"
    img = site / "content" / "pic.jpg"
    img.write_bytes(b"\xff\xd8jpeg")
    report = write_site(
        [OutputFile("index.html", b"<h1>home</h1>"), OutputFile("images/pic.jpg", source=img)],
        dest, site_root=site,
    )
    assert (dest / "index.html").read_bytes() == b"<h1>home</h1>"
    assert (dest / "images/pic.jpg").read_bytes() == b"\xff\xd8jpeg"
    assert report.written == ["images/pic.jpg", "index.html"]
    assert report.unchanged == [] and report.removed == []
    manifest = (dest / MANIFEST_NAME).read_text()
    assert '"index.html"' in manifest and '"images/pic.jpg"' in manifest
    assert siblings(dest) == sorted(["content", "templates", "static", "site.yaml"])


def test_manifest_is_deterministic(site: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    write_site(files(index_html="x", css__s_css="y"), a, site_root=site)
    write_site(list(reversed(files(index_html="x", css__s_css="y"))), b, site_root=site)
    assert snapshot(a) == snapshot(b)


def test_unchanged_files_are_hard_linked_and_keep_inode_and_mtime(site: Path) -> None:
    dest = site / "output"
    write_site(files(a__index_html="same", b__index_html="old", gone_html="bye"), dest, site_root=site)
    before = os.stat(dest / "a/index.html")
    os.utime(dest / "a/index.html", ns=(before.st_atime_ns, before.st_mtime_ns - 10**9))
    before = os.stat(dest / "a/index.html")

    report = write_site(files(a__index_html="same", b__index_html="new"), dest, site_root=site)

    after = os.stat(dest / "a/index.html")
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert (dest / "b/index.html").read_text() == "new"
    assert not (dest / "gone.html").exists()
    assert report.unchanged == ["a/index.html"]
    assert report.written == ["b/index.html"]
    assert report.removed == ["gone.html"]


def test_an_edited_output_file_is_rewritten_not_linked(site: Path) -> None:
    dest = site / "output"
    write_site(files(index_html="good"), dest, site_root=site)
    (dest / "index.html").write_text("GOOD")  # same size, someone edited the built file
    report = write_site(files(index_html="good"), dest, site_root=site)
    assert (dest / "index.html").read_text() == "good"
    assert report.written == ["index.html"]


def test_files_nobody_builds_any_more_vanish_with_the_old_site(site: Path) -> None:
    dest = site / "output"
    write_site(files(index_html="x", old__index_html="y"), dest, site_root=site)
    (dest / "notes.txt").write_text("dropped in by hand")
    report = write_site(files(index_html="x"), dest, site_root=site)
    assert sorted(snapshot(dest)) == [MANIFEST_NAME, "index.html"]
    assert report.removed == ["notes.txt", "old/index.html"]


def test_later_file_with_the_same_path_wins(site: Path) -> None:
    dest = site / "output"
    write_site([OutputFile("static/s.css", b"theme"), OutputFile("static/s.css", b"site")], dest, site_root=site)
    assert (dest / "static/s.css").read_bytes() == b"site"


@pytest.mark.parametrize("bad", ["", "/abs.html", "../up.html", "a/../../b", "dir/", MANIFEST_NAME, "./a"])
def test_paths_outside_the_site_are_programming_errors(site: Path, bad: str) -> None:
    with pytest.raises(ValueError):
        write_site([OutputFile(bad, b"x")], site / "output", site_root=site)
    assert not (site / "output").exists()


def test_an_existing_empty_folder_is_accepted(site: Path) -> None:
    dest = site / "output"
    dest.mkdir()
    write_site(files(index_html="x"), dest, site_root=site)
    assert (dest / "index.html").read_text() == "x"
    assert siblings(dest) == sorted(["content", "templates", "static", "site.yaml"])


def test_output_outside_the_site_folder_and_nested_parents(site: Path, tmp_path: Path) -> None:
    dest = tmp_path / "elsewhere" / "deep" / "out"
    write_site(files(index_html="x"), dest, site_root=site)
    assert (dest / "index.html").read_text() == "x"


# ------------------------------------------------------------------ refusals


def test_refuses_a_foreign_non_empty_folder_and_touches_nothing(site: Path) -> None:
    dest = site / "public"
    dest.mkdir()
    (dest / "thesis.docx").write_text("years of work")
    with pytest.raises(OutputRefused) as err:
        write_site(files(index_html="x"), dest, site_root=site)
    assert "not empty" in err.value.message and "public" in err.value.message
    assert err.value.hint
    assert snapshot(dest) == {"thesis.docx": b"years of work"}
    assert siblings(dest) == sorted(["content", "templates", "static", "site.yaml"])


@pytest.mark.parametrize(
    "where, words",
    [
        (".", "site folder itself"),
        ("..", "contains the site"),
        ("content", "content/"),
        ("content/briefings/out", "content/"),
        ("templates", "templates/"),
        ("static/out", "static/"),
    ],
)
def test_refuses_the_site_itself_its_parents_and_its_source_folders(site: Path, where: str, words: str) -> None:
    before = snapshot(site.parent)
    with pytest.raises(OutputRefused) as err:
        write_site(files(index_html="x"), site / where, site_root=site)
    assert words in err.value.message
    assert snapshot(site.parent) == before
    assert not (site / where / "index.html").exists()


def test_refuses_a_file(site: Path) -> None:
    target = site / "output"
    target.write_text("i am a file")
    with pytest.raises(OutputRefused) as err:
        check_destination(target, site)
    assert "is a file" in err.value.message
    assert target.read_text() == "i am a file"


def test_refusal_sees_through_relative_paths_and_symlinks(site: Path, tmp_path: Path) -> None:
    link = tmp_path / "link-to-content"
    link.symlink_to(site / "content")
    with pytest.raises(OutputRefused):
        check_destination(link, site)
    with pytest.raises(OutputRefused):
        check_destination(site / "output" / ".." / "content", site)


# ------------------------------------------------------------------ failures leave the last good build


def test_a_build_failing_late_leaves_the_output_as_it_was(site: Path) -> None:
    dest = site / "output"
    write_site(files(index_html="good", a__index_html="good a"), dest, site_root=site)
    good = snapshot(dest)

    def pages():
        yield OutputFile("index.html", b"new")
        yield OutputFile("a/index.html", b"new a")
        raise RuntimeError("template blew up on the last page")

    with pytest.raises(RuntimeError):
        write_site(pages(), dest, site_root=site)
    assert snapshot(dest) == good
    assert siblings(dest) == sorted(["content", "templates", "static", "site.yaml"])


def test_a_failure_while_staging_removes_the_staging_folder(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dest = site / "output"
    write_site(files(index_html="good"), dest, site_root=site)
    good = snapshot(dest)
    monkeypatch.setattr(output, "write_manifest", lambda *a: (_ for _ in ()).throw(OSError(28, "No space left")))
    with pytest.raises(OSError):
        write_site(files(index_html="new"), dest, site_root=site)
    assert snapshot(dest) == good
    assert siblings(dest) == sorted(["content", "templates", "static", "site.yaml"])


def test_leftovers_of_a_killed_build_are_cleaned_at_the_next_build(site: Path) -> None:
    dest = site / "output"
    write_site(files(index_html="good"), dest, site_root=site)
    pid = dead_pid()
    staging = site / f".output.briefkit-staging-{pid}-00ff00ff"
    (staging / "deep").mkdir(parents=True)
    (staging / ".briefkit-staging").touch()
    (staging / "deep/half.html").write_text("half")
    old = site / f".output.briefkit-staging-{pid}-11ff11ff"  # previous site after an exchange
    old.mkdir()
    (old / MANIFEST_NAME).write_text("{}")
    foreign = site / f".output.briefkit-old-{pid}-22ff22ff"  # same name pattern, not ours
    foreign.mkdir()
    (foreign / "keep.txt").write_text("keep")
    alive = site / f".output.briefkit-staging-{os.getppid()}-33ff33ff"  # a build still running
    alive.mkdir()
    (alive / ".briefkit-staging").touch()

    write_site(files(index_html="new"), dest, site_root=site)

    assert not staging.exists() and not old.exists()
    assert (foreign / "keep.txt").read_text() == "keep"
    assert alive.exists()
    assert (dest / "index.html").read_text() == "new"


@pytest.mark.parametrize("mark", [".briefkit-staging", MANIFEST_NAME])
def test_a_build_killed_while_removing_a_leftover_leaves_it_removable(
        site: Path, monkeypatch: pytest.MonkeyPatch, mark: str) -> None:
    dest = site / "output"
    write_site(files(index_html="good"), dest, site_root=site)
    leftover = site / f".output.briefkit-staging-{dead_pid()}-55ff55ff"
    for folder in ("a", "b", "c"):
        (leftover / folder).mkdir(parents=True)
        (leftover / folder / "page.html").write_text("half")
    (leftover / mark).write_text("{}")
    real_rmtree, removed = output.shutil.rmtree, []

    def killed_after_one(path: str, *args: object, **kwargs: object) -> None:
        if removed:
            raise KeyboardInterrupt("killed")  # the build dies in the middle of the removal
        removed.append(path)
        real_rmtree(path, *args, **kwargs)

    monkeypatch.setattr(output.shutil, "rmtree", killed_after_one)
    with pytest.raises(KeyboardInterrupt):
        output.recover(dest)
    assert (leftover / mark).exists() and len(list(leftover.iterdir())) == 3  # mark + two folders left
    monkeypatch.setattr(output.shutil, "rmtree", real_rmtree)

    write_site(files(index_html="new"), dest, site_root=site)
    assert not leftover.exists()
    assert siblings(dest) == sorted(["content", "templates", "static", "site.yaml"])


def test_fallback_swap_without_renameat2(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(swap, "exchange", lambda a, b: False)
    dest = site / "output"
    write_site(files(index_html="one", x_html="x"), dest, site_root=site)
    write_site(files(index_html="two"), dest, site_root=site)
    assert sorted(snapshot(dest)) == [MANIFEST_NAME, "index.html"]
    assert (dest / "index.html").read_text() == "two"
    assert siblings(dest) == sorted(["content", "templates", "static", "site.yaml"])


def test_a_kill_between_the_fallback_renames_is_undone(site: Path) -> None:
    dest = site / "output"
    write_site(files(index_html="good"), dest, site_root=site)
    good = snapshot(dest)
    aside = site / f".output.briefkit-old-{dead_pid()}-44ff44ff"
    os.rename(dest, aside)  # the state a kill between the two renames leaves
    report = write_site(files(index_html="good", extra_html="e"), dest, site_root=site)
    assert report.unchanged == ["index.html"]  # the last good site was put back first
    assert (dest / "index.html").read_bytes() == good["index.html"]
    assert not aside.exists()


def test_the_atomic_exchange_is_used_on_linux(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if swap.renameat2() is None:
        pytest.skip("no renameat2 on this system")
    calls = []
    real = swap.exchange
    monkeypatch.setattr(swap, "exchange", lambda a, b: calls.append(real(a, b)) or calls[-1])
    dest = site / "output"
    write_site(files(index_html="one"), dest, site_root=site)
    write_site(files(index_html="two"), dest, site_root=site)
    assert calls == [True]
    assert (dest / "index.html").read_text() == "two"


# ------------------------------------------------------------------ SIGKILL at any moment

# A child process writes a generated site; chosen functions are wrapped so it announces each
# step on stdout and, at the step the test names, waits to be SIGKILLed there.
_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from briefkit import output, swap
    from briefkit.output import OutputFile, write_site

    site, dest, version, stop, fallback = sys.argv[1:6]
    step = {"n": 0}

    def point(name):
        step["n"] += 1
        print(name, flush=True)
        if name == stop or (stop.isdigit() and step["n"] == int(stop)):
            time.sleep(60)

    def wrap(mod, attr, name):
        real = getattr(mod, attr)
        def wrapped(*a, **k):
            point("before-" + name)
            result = real(*a, **k)
            point("after-" + name)
            return result
        setattr(mod, attr, wrapped)

    class Announced(OutputFile):
        def read(self):
            point("file")
            return super().read()

    if fallback == "1":
        swap.exchange = lambda a, b: False
    wrap(output, "write_manifest", "manifest")
    wrap(output, "swap_in", "swap")
    wrap(output, "remove_ours", "remove")
    wrap(swap, "remove_ours", "remove")
    wrap(output.os, "rename", "rename")
    wrap(output.os, "link", "link")

    pages = [Announced(f"p/{i}/index.html", f"{version} page {i}".encode()) for i in range(40)]
    pages += [Announced(f"same/{i}.css", b"unchanged across versions") for i in range(20)]
    if version == "old":
        pages += [Announced(f"stale/{i}.html", b"only in the old site") for i in range(10)]
    write_site(pages, Path(dest), site_root=Path(site))
    print("done", flush=True)
    """
)


def run_writer(site: Path, dest: Path, version: str, stop: str = "never", fallback: bool = False):
    return subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(site), str(dest), version, stop, "1" if fallback else "0"],
        stdout=subprocess.PIPE, text=True,
    )


def build_to(site: Path, dest: Path, version: str, fallback: bool = False) -> dict[str, bytes]:
    proc = run_writer(site, dest, version, fallback=fallback)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0 and out.endswith("done\n")
    return snapshot(dest)


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, bytes]]:
    base = tmp_path_factory.mktemp("expected")
    (base / "site").mkdir()
    return {v: build_to(base / "site", base / v, v) for v in ("old", "new")}


def kill_at(site: Path, dest: Path, stop: str, fallback: bool) -> bool:
    """Run the writer until it reaches `stop`, SIGKILL it there; False if it never got there."""
    proc = run_writer(site, dest, "new", stop=stop, fallback=fallback)
    assert proc.stdout is not None
    for count, line in enumerate(proc.stdout, start=1):
        name = line.strip()
        if name in (stop, "done") or (stop.isdigit() and count == int(stop)):
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    return proc.returncode == -signal.SIGKILL


STOPS = [
    "file", "after-link", "before-manifest", "after-manifest", "before-swap",
    "before-rename", "after-rename", "after-swap", "before-remove",
]


@pytest.mark.parametrize("fallback", [False, True], ids=["exchange", "rename-aside"])
@pytest.mark.parametrize("stop", STOPS)
def test_sigkill_leaves_the_last_good_build_or_the_new_one_whole(
    tmp_path: Path, expected: dict[str, dict[str, bytes]], stop: str, fallback: bool
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    dest = site / "output"
    assert build_to(site, dest, "old", fallback=fallback) == expected["old"]

    killed = kill_at(site, dest, stop, fallback)
    if stop in ("before-rename", "after-rename") and not fallback:
        # with the exchange there is no rename of an existing output: the writer just finishes
        assert not killed or snapshot(dest) == expected["new"]
    else:
        assert killed, f"the writer never reached {stop}"
    state = snapshot(dest) if dest.exists() else None
    if not (fallback and stop == "after-rename" and state is None):
        assert state in (expected["old"], expected["new"]), f"half-written output after a kill at {stop}"

    # the next build repairs and cleans everything the kill left behind
    assert build_to(site, dest, "new", fallback=fallback) == expected["new"]
    assert [n for n in os.listdir(site) if n != "output"] == []


def test_sigkill_at_random_moments(tmp_path: Path, expected: dict[str, dict[str, bytes]]) -> None:
    site = tmp_path / "site"
    site.mkdir()
    dest = site / "output"
    rng = random.Random(2397)
    for _ in range(6):
        assert build_to(site, dest, "old") == expected["old"]
        kill_at(site, dest, str(rng.randint(1, 150)), fallback=rng.random() < 0.5)
        assert snapshot(dest) in (expected["old"], expected["new"])
    assert build_to(site, dest, "new") == expected["new"]
    assert [n for n in os.listdir(site) if n != "output"] == []


def test_a_build_with_nothing_to_do_still_removes_what_a_killed_build_left(make_site) -> None:
    # A cold build stages pages while it renders: killed then, it leaves the output as it was
    # and a staging folder, and the next build may well have nothing to write.
    from briefkit.build import Builder

    root = make_site()
    assert Builder(root).build().ok
    leftover = root / f".output.briefkit-staging-{dead_pid()}-0123abcd"
    (leftover / "briefings" / "x").mkdir(parents=True)
    (leftover / ".briefkit-staging").touch()
    (leftover / "briefings" / "x" / "index.html").write_text("half a site")
    again = Builder(root).build()
    assert again.ok and again.report.written == []  # nothing to do...
    assert not leftover.exists()  # ...but the leftover is gone
