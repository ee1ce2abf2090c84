"""Time `briefkit build` cold, no-op and after a one-briefing edit, side by side with Hugo.

    python bench/run.py                 # N = 1,000, 9 runs of each, results into bench/RESULTS.md
    python bench/run.py --large         # N = 1,000 and 10,000
    python bench/run.py --runs 5 --profile

Method (issue 8), and why:

- Every build is a subprocess (`python -m briefkit build --site DIR -v`, `hugo`), timed with a
  monotonic clock around spawn-to-exit, so start-up and imports count as a user feels them.
  Peak memory is the child's own ru_maxrss from os.wait4 (exact per child, no sampling).
- "Cold" first moves the previous output and cache aside with one rename each (O(1) on the
  same file system) and deletes them only after the timing loop: deleting 1,300 pages costs
  ~0.3 s, which must count against neither side.
- briefkit cold and Hugo cold alternate inside one loop (the order flipping each round), so
  both see the same machine load; the ratio is taken per round and its median reported. On a
  shared machine absolute times drift, same-round ratios much less.
- The one-edit runs append a sentence to a different briefing before each build, then check
  that the output equals a cold build of the edited content, file by file; the corpus is
  restored afterwards.
- A failing build is reported as such (exit code and its last line of output), never hidden:
  the harness must be usable while the build is still being written.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import pstats
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "RESULTS.md"
MARKER = "<!-- results below, newest first; bench/run.py inserts here -->"
TARGETS = {"cold_ratio": 1.0, "noop": 0.25, "edit": 0.30, "large_scale": 10.0, "large_rss_mib": 600}
EDIT_SENTENCE = "\nA correction was appended to this briefing for timing run {k}.\n"
STAGE_LINE = re.compile(r"^\s+([a-z_]+)\s+([0-9.]+) s$")

sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402
import hugo as hugo_mod  # noqa: E402

# ------------------------------------------------------------------------------ one timed run


@dataclass(frozen=True)
class Run:
    wall: float  # seconds, spawn to exit
    rss_mib: float  # the child's peak resident set
    code: int
    out: str  # stdout and stderr, for failures and stage timings

    @property
    def ok(self) -> bool:
        return self.code == 0

    def stages(self) -> dict[str, float]:
        return {m.group(1): float(m.group(2)) for line in self.out.splitlines()
                if (m := STAGE_LINE.match(line))}

    def failure(self) -> str:
        lines = [ln.strip() for ln in self.out.splitlines() if ln.strip()]
        errors = [ln for ln in lines if "error" in ln.lower()]
        return f"exit {self.code}: {(errors or lines or ['(no output)'])[0][:160]}"


def timed(cmd: list[str], cwd: Path | None = None) -> Run:
    """Run `cmd` once; wall time and the child's own peak RSS (os.wait4 reports exactly it)."""
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: tell Popen not to wait
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    return Run(wall, usage.ru_maxrss / 1024, proc.returncode, text)


# ------------------------------------------------------------------------------ the sites


@dataclass
class Bench:
    """One corpus laid out twice (briefkit in site/, Hugo in hugo/) plus a folder for set-asides."""

    root: Path
    n: int
    seed: int
    hugo: str | None
    aside_count: int = 0
    pagefind: str | None = None  # with search on: the binary both sides index with

    def __post_init__(self) -> None:
        self.root = self.root.resolve()  # the commands run with the corpus folder as cwd

    @property
    def site(self) -> Path:
        return self.root / "site"

    @property
    def hugo_site(self) -> Path:
        return self.root / "hugo"

    @property
    def aside(self) -> Path:
        return self.root / "aside"

    def prepare(self) -> None:
        """Generate the corpus unless an identical one (same generator, N, seed) is there."""
        stamp = hashlib.sha256(b"".join(
            p.read_bytes() for p in (HERE / "corpus.py", HERE / "hugo.py"))).hexdigest()[:16]
        stamp += f" n={self.n} seed={self.seed} search={bool(self.pagefind)}\n"
        stamp_file = self.root / "stamp"
        if stamp_file.is_file() and stamp_file.read_text() == stamp and (self.site / "site.yaml").is_file():
            print(f"reusing the corpus in {self.root}")
        else:
            if self.root.exists():
                shutil.rmtree(self.root)
            print(f"generating {self.n} briefings into {self.root} …")
            corpus_mod.write_site(corpus_mod.build_corpus(self.n, self.seed), self.site)
            hugo_mod.convert(self.site, self.hugo_site)
            if self.pagefind:  # the default configuration: search on
                yaml_file = self.site / "site.yaml"
                yaml_file.write_text(yaml_file.read_text().replace("search: false", "search: true"))
            stamp_file.write_text(stamp)
        # A killed run's set-asides stay until this run's end (see `clear_aside`).

    def set_aside(self, *paths: Path) -> None:
        """Move each existing path out of the way with one rename: O(1), whatever it holds."""
        self.aside.mkdir(exist_ok=True)
        for path in paths:
            if path.exists():
                self.aside_count += 1
                os.rename(path, self.aside / f"{self.aside_count}-{path.name}")

    def clear_aside(self) -> None:
        """Delete what was set aside: only once every timing is done (see `main`).

        On ext4 without a journal (this bench's machine), the kernel will not reuse an inode
        freed in the last 60-300 s, and every new file's allocation scans past those first:
        creating 10,000 files took 0.2 s on a quiet disk and 2-3.7 s just after 20,000 were
        deleted. Deleting a set-aside site between timed builds made the next builds pay that,
        the larger corpus most (quadratic in the files), so the timings measured the clean-up.
        """
        shutil.rmtree(self.aside, ignore_errors=True)

    # the three commands ---------------------------------------------------------------

    def briefkit(self, *extra: str) -> Run:
        return timed([sys.executable, "-m", "briefkit", "build", "--site", str(self.site), "-v", *extra],
                     cwd=self.root)

    def briefkit_cold(self) -> Run:
        self.set_aside(self.site / "output", self.site / ".briefkit-cache")
        return self.briefkit()

    def hugo_cold(self) -> Run:
        h = self.hugo_site
        self.set_aside(h / "public", h / "resources", h / ".hugo-cache")
        assert self.hugo
        hugo = [self.hugo, "--source", str(h), "--cacheDir", str(h / ".hugo-cache")]
        if not self.pagefind:
            return timed(hugo, cwd=h)
        # `hugo && pagefind --site public`, as a Hugo site adds search: one shell, both timed
        script = f"{shlex.join(hugo)} && {shlex.join([self.pagefind, '--site', str(h / 'public')])}"
        return timed(["sh", "-c", script], cwd=h)


def pagefind_binary() -> str | None:
    """The binary the `pagefind[bin]` package ships: the one briefkit's build runs."""
    try:
        from pagefind_bin import get_executable
    except ImportError:
        return None
    exe = get_executable()
    return str(exe) if exe else None


def search_bundle(folder: Path) -> bool:
    return any(folder.rglob("pagefind*.js")) if folder.is_dir() else False


def html_pages(folder: Path) -> int:
    return sum(1 for _ in folder.rglob("*.html")) if folder.is_dir() else 0


def hugo_page_stat(run: Run) -> int | None:
    m = re.search(r"^\s*Pages\s*\|\s*(\d+)", run.out, re.M)
    return int(m.group(1)) if m else None


def differing_files(a: Path, b: Path) -> list[str]:
    """Relative paths whose bytes differ, or that exist on one side only."""
    def files(root: Path) -> dict[str, Path]:
        return {p.relative_to(root).as_posix(): p for p in root.rglob("*") if p.is_file()} if root.is_dir() else {}
    fa, fb = files(a), files(b)
    return sorted(rel for rel in fa.keys() | fb.keys()
                  if rel not in fa or rel not in fb or fa[rel].read_bytes() != fb[rel].read_bytes())


# ------------------------------------------------------------------------------ measurements


@dataclass
class Series:
    name: str
    runs: list[Run] = field(default_factory=list)

    @property
    def good(self) -> list[Run]:
        return [r for r in self.runs if r.ok]

    def median(self) -> float | None:
        return statistics.median(r.wall for r in self.good) if self.good else None

    def stage_medians(self) -> dict[str, float]:
        per: dict[str, list[float]] = {}
        for r in self.good:
            for stage, s in r.stages().items():
                per.setdefault(stage, []).append(s)
        return {k: statistics.median(v) for k, v in per.items()}


@dataclass
class Report:
    n: int
    series: list[Series]
    ratios: list[float]
    pages: dict[str, int | None]
    edit_check: str
    notes: list[str]
    search: bool = False


def measure(bench: Bench, runs: int) -> Report:
    notes: list[str] = []
    cold_b, cold_h = Series("briefkit cold"), Series("Hugo + Pagefind cold" if bench.pagefind else "Hugo cold")
    noop, edit = Series("briefkit no-op"), Series("briefkit one-briefing edit")
    ratios: list[float] = []

    print("warm-up (untimed): one cold build each, so both read from a warm page cache")
    warm = bench.briefkit_cold()
    if not warm.ok:
        notes.append(f"briefkit build failed in the warm-up: {warm.failure()}")
    if bench.hugo:
        hw = bench.hugo_cold()
        if not hw.ok:
            notes.append(f"Hugo failed in the warm-up: {hw.failure()}")

    for i in range(runs):
        order = ("b", "h") if i % 2 == 0 else ("h", "b")
        got: dict[str, Run] = {}
        for who in order:
            if who == "b":
                got["b"] = bench.briefkit_cold()
                cold_b.runs.append(got["b"])
            elif bench.hugo:
                got["h"] = bench.hugo_cold()
                cold_h.runs.append(got["h"])
        if "h" in got and got["b"].ok and got["h"].ok:
            ratios.append(got["b"].wall / got["h"].wall)
        print(f"  round {i + 1}/{runs}: " + ", ".join(
            f"{'briefkit' if k == 'b' else 'hugo'} {r.wall:.2f} s{'' if r.ok else ' FAILED'}" for k, r in got.items()))
    pages = {"briefkit": html_pages(bench.site / "output"),
             "hugo": html_pages(bench.hugo_site / "public") if bench.hugo else None,
             "hugo_stat": hugo_page_stat(cold_h.good[-1]) if cold_h.good else None}
    if bench.pagefind:
        made = {"briefkit": search_bundle(bench.site / "output" / "pagefind")}
        if bench.hugo:
            made["Hugo + Pagefind"] = search_bundle(bench.hugo_site / "public" / "pagefind")
        for who, ok in made.items():
            if not ok:
                notes.append(f"{who} wrote no search bundle: its cold figures are not comparable")

    # No-op: nothing changed since the last build.
    bench.briefkit()
    for i in range(runs):
        noop.runs.append(bench.briefkit())
    print(f"  no-op: {[round(r.wall, 3) for r in noop.runs]}")

    # One edit: a different briefing each time; then compare with a cold build of the result.
    briefings = sorted((bench.site / "content" / "briefings").glob("*.md"))
    originals: dict[Path, bytes] = {}
    edit_check = "not run"
    try:
        for k in range(runs):
            path = briefings[(k * 7919) % len(briefings)]
            originals.setdefault(path, path.read_bytes())
            with path.open("a", encoding="utf-8") as fh:
                fh.write(EDIT_SENTENCE.format(k=k))
            edit.runs.append(bench.briefkit())
        print(f"  one edit: {[round(r.wall, 3) for r in edit.runs]}")
        if edit.runs and edit.runs[-1].ok:
            fresh = bench.root / "verify-output"
            bench.set_aside(bench.site / ".briefkit-cache", fresh)
            cold = bench.briefkit("--output", str(fresh))
            if cold.ok:
                diff = differing_files(bench.site / "output", fresh)
                if bench.pagefind:  # Pagefind's own bytes vary from run to run (its hash maps' order)
                    diff = [d for d in diff if not d.startswith("pagefind/") and d != ".briefkit-manifest.json"]
                same = "yes, byte for byte" + (" (the search bundle aside)" if bench.pagefind else "")
                edit_check = (same if not diff else
                              f"NO: {len(diff)} files differ from a cold build, e.g. {', '.join(diff[:3])}")
            else:
                edit_check = f"cold build for comparison failed ({cold.failure()})"
            bench.set_aside(fresh)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    return Report(bench.n, [cold_b, cold_h, noop, edit] if bench.hugo else [cold_b, noop, edit],
                  ratios, pages, edit_check, notes, search=bool(bench.pagefind))


def profile_cold(bench: Bench, top: int = 15) -> str:
    """cProfile of one cold build, top functions by cumulative time (directories stripped)."""
    prof = bench.root / "cold.prof"
    prof.unlink(missing_ok=True)  # never report a stale profile
    bench.set_aside(bench.site / "output", bench.site / ".briefkit-cache")
    run = timed([sys.executable, "-m", "cProfile", "-o", str(prof), "-m", "briefkit", "build",
                 "--site", str(bench.site)], cwd=bench.root)
    if not run.ok or not prof.is_file():
        return f"(no profile: the build failed, {run.failure()})"
    stats = pstats.Stats(str(prof)).strip_dirs()
    rows = [(nc, tt, ct, pstats.func_std_string(func)) for func, (_, nc, tt, ct, _) in stats.stats.items()]
    total = max(ct for _, _, ct, _ in rows)
    # Frames that merely wrap the whole build (runpy, the CLI, Builder.build) say nothing about
    # where time goes; skip those within 3% of the total so the top 15 are the informative ones.
    by_cum = [r for r in sorted(rows, key=lambda r: -r[2]) if r[2] < 0.97 * total][:top]
    by_own = sorted(rows, key=lambda r: -r[1])[:top]

    def fmt(title: str, chosen: list[tuple[int, float, float, str]]) -> str:
        lines = [f"# {title}", f"{'ncalls':>9} {'own s':>8} {'cumul s':>8}  function"]
        lines += [f"{nc:>9} {tt:>8.3f} {ct:>8.3f}  {name}" for nc, tt, ct, name in chosen]
        return "\n".join(lines)

    return (f"# total {total:.2f} s under the profiler\n\n"
            + fmt(f"top {top} by cumulative time (frames wrapping the whole build left out)", by_cum)
            + "\n\n" + fmt(f"top {top} by own time", by_own) + "\n")


# ------------------------------------------------------------------------------ reporting


def _fmt(seconds: float | None) -> str:
    return "–" if seconds is None else (f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s")


def _verdict(value: float | None, limit: float, unit: str = "") -> str:
    if value is None:
        return f"≤ {limit}{unit}: not measured"
    if value <= limit:
        return f"≤ {limit}{unit}: met"
    return f"≤ {limit}{unit}: missed by {value / limit:.2f}×"


def table(report: Report) -> str:
    rows = ["| measurement | ok runs | median | min | max | peak RSS | pages/s | target |",
            "|---|---|---|---|---|---|---|---|"]
    targets = {"briefkit no-op": ("noop", " s"), "briefkit one-briefing edit": ("edit", " s")}
    for s in report.series:
        good = s.good
        walls = [r.wall for r in good]
        pages = report.pages["hugo" if s.name.startswith("Hugo") else "briefkit"] or 0
        med = s.median()
        target = ""
        if s.name in targets:
            key, unit = targets[s.name]
            target = _verdict(med, TARGETS[key], unit)
        failed = [r for r in s.runs if not r.ok]
        fail_note = f" ({len(failed)} failed: {failed[0].failure()})" if failed else ""
        cells = [f"{s.name}{fail_note}", f"{len(good)}/{len(s.runs)}", _fmt(med),
                 _fmt(min(walls) if walls else None), _fmt(max(walls) if walls else None),
                 f"{max(r.rss_mib for r in good):.0f} MiB" if good else "–",
                 f"{pages / med:.0f}" if med and pages else "–", target]
        rows.append("| " + " | ".join(cells) + " |")
    if report.ratios:
        r = report.ratios
        peer = "Hugo + Pagefind" if report.search else "Hugo"
        rows.append(f"| **briefkit / {peer}, cold** (per round) | {len(r)} | **{statistics.median(r):.2f}×** | "
                    f"{min(r):.2f}× | {max(r):.2f}× | | | {_verdict(statistics.median(r), TARGETS['cold_ratio'], '×')} |")
    return "\n".join(rows) + "\n"


def source_fingerprint() -> str:
    """A hash of briefkit's sources: on a shared checkout they can change in the middle of a run.
    Compiled code is not a source: bytecode, and the built-in theme the warm-up build compiles."""
    h = hashlib.sha256()
    for path in sorted((REPO / "src" / "briefkit").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and "__jinjacache__" not in path.parts:
            h.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def bytecode() -> str:
    """Whether the timed briefkit starts from cached bytecode (what a regular install has).

    Python skips a module's bytecode when its source changed since it was written; where
    `PYTHONDONTWRITEBYTECODE` is set it then compiles the module on every start.
    """
    probe = ("import importlib.util, os, pathlib, sys, briefkit; root = pathlib.Path(briefkit.__file__).parent; "
             "src = [p for p in root.rglob('*.py') if '__pycache__' not in p.parts]; "
             "ok = 0\n"
             "for p in src:\n"
             "    try: h = open(importlib.util.cache_from_source(str(p)), 'rb').read(16)\n"
             "    except OSError: continue\n"
             "    st = os.stat(p); ok += h[8:12] == int(st.st_mtime).to_bytes(4, 'little') and "
             "h[12:16] == (st.st_size & 0xFFFFFFFF).to_bytes(4, 'little')\n"
             "print(ok, len(src))")
    try:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
        fresh, total = (int(x) for x in done.stdout.split())
    except (OSError, ValueError, subprocess.SubprocessError):
        return "bytecode: unknown"
    if fresh == total:
        return "briefkit's bytecode cached (as a regular install has it)"
    return (f"briefkit's bytecode cached for {fresh} of {total} modules"
            + (" (the others are compiled on every start)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""))


def machine() -> dict[str, str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def out(cmd: list[str]) -> str:
        try:
            return subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return "unknown"

    return {
        "date": out(["date", "-u"]),
        "machine": f"{os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}",
        "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(),
        "bytecode": bytecode(),
        "briefkit": out(["git", "describe", "--always", "--tags", "--dirty"]),
        "hugo": (out(["hugo", "version"]).split(" BuildDate")[0] if shutil.which("hugo") else "not installed"),
    }


def section(reports: list[Report], info: dict[str, str], runs: int, profile: str | None) -> str:
    lines = [f"## {info['date']} · N = {', '.join(f'{r.n:,}' for r in reports)} · briefkit {info['briefkit']}", "",
             f"- machine: {info['machine']}; load average at start {info['load']}",
             f"- Python {info['python']}; {info['hugo']}; {info.get('bytecode', 'bytecode: unknown')}",
             f"- {runs} runs of each, cold runs alternating briefkit/Hugo; "
             + ("search on (`search: true`, the default), Hugo timed as `hugo && pagefind --site public` with the "
                f"same Pagefind binary ({info.get('pagefind', '?')})" if reports[0].search
                else "search indexing off (`search: false`)"),
             "- cold: the site's output and `.briefkit-cache/` set aside; the built-in theme compiled once per "
             "installation (by the untimed warm-up build, as by briefkit's first build on a machine)", ""]
    for rep in reports:
        p = rep.pages
        lines.append(f"### {rep.n:,} briefings")
        lines.append("")
        lines.append(f"HTML pages: briefkit {p['briefkit']}, Hugo {p['hugo'] if p['hugo'] is not None else '–'}"
                     + (f" (Hugo's own page count, feeds and taxonomy lists included: {p['hugo_stat']})"
                        if p.get("hugo_stat") else "") + ".")
        lines.append("")
        lines.append(table(rep))
        lines.append(f"One-edit output equals a cold build of the edited content: {rep.edit_check}.")
        cold = rep.series[0]
        stages = cold.stage_medians()
        if stages:
            lines.append("")
            lines.append("briefkit cold, median seconds per stage (`build -v`): "
                         + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()) + ".")
        for note in rep.notes:
            lines.append(f"\n**Note:** {note}")
        lines.append("")
    if len(reports) > 1:
        small, large = reports[0].series[0], reports[-1].series[0]
        if small.median() and large.median():
            scale = large.median() / small.median()
            rss = max(r.rss_mib for r in large.good)
            lines.append(f"Scaling: {reports[-1].n:,} cold / {reports[0].n:,} cold = {scale:.1f}× "
                         f"({_verdict(scale, TARGETS['large_scale'], '×')}); peak RSS {rss:.0f} MiB "
                         f"({_verdict(rss, TARGETS['large_rss_mib'], ' MiB')}).")
            lines.append("")
    if profile:
        lines += [f"cProfile of one cold build at N = {reports[0].n:,} (the profiler itself slows it ~2×):", "",
                  "```", profile.rstrip(), "```", ""]
    return "\n".join(lines) + "\n"


def record(text: str, path: Path = RESULTS) -> None:
    """Insert a section under the marker (newest first), creating the file when needed."""
    old = path.read_text("utf-8") if path.is_file() else f"# Benchmark results\n\n{MARKER}\n"
    if MARKER not in old:
        old = old.rstrip("\n") + f"\n\n{MARKER}\n"
    head, tail = old.split(MARKER, 1)
    path.write_text(f"{head}{MARKER}\n\n{text}{tail.lstrip(chr(10))}", "utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time briefkit builds (and Hugo's) on a synthetic corpus.")
    parser.add_argument("--runs", type=int, default=9, help="timed runs of each kind (default 9)")
    parser.add_argument("--briefings", type=int, default=1000, help="corpus size (default 1000)")
    parser.add_argument("--large", action="store_true", help="also run at 10,000 briefings")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus-dir", type=Path, default=HERE,
                        help="where corpora are generated and kept for reuse (default: bench/)")
    parser.add_argument("--no-hugo", action="store_true", help="skip Hugo even when it is installed")
    parser.add_argument("--profile", action="store_true", help="add a cProfile of one cold build")
    parser.add_argument("--results", type=Path, default=RESULTS, help="Markdown file to record into")
    parser.add_argument("--dry-run", action="store_true", help="print the section; do not record it")
    parser.add_argument("--search", action="store_true",
                        help="the default configuration, search on; Hugo runs as `hugo && pagefind --site public`")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")

    hugo = None if args.no_hugo else shutil.which("hugo")
    if hugo is None and not args.no_hugo:
        print("hugo is not installed: timing briefkit alone (no ratio)")
    info = machine()
    pagefind = None
    if args.search:
        pagefind = pagefind_binary()
        if pagefind is None:
            parser.error("--search needs the pagefind binary: pip install 'pagefind[bin]'")
        info["pagefind"] = subprocess.run([pagefind, "--version"], capture_output=True, text=True).stdout.strip()
    before = source_fingerprint()
    sizes = [args.briefings] + ([10_000] if args.large and args.briefings != 10_000 else [])
    reports = []
    profile = None
    benches = []
    try:
        for n in sizes:
            suffix = "-search" if pagefind else ""
            bench = Bench(args.corpus_dir / f"corpus-n{n}-s{args.seed}{suffix}", n, args.seed, hugo, pagefind=pagefind)
            benches.append(bench)
            bench.prepare()
            print(f"N = {n}: {args.runs} runs each")
            reports.append(measure(bench, args.runs))
            if args.profile and profile is None:
                profile = profile_cold(bench)
    finally:
        for bench in benches:  # only now: see `Bench.clear_aside`
            bench.clear_aside()
    text = section(reports, info, args.runs, profile)
    if source_fingerprint() != before:
        text = text.replace("\n\n", "\n\n**Warning:** briefkit's sources changed during this run, so its "
                            "figures mix versions; rerun on a quiet tree.\n\n", 1)
    print()
    print(text)
    if not args.dry_run:
        record(text, args.results)
        print(f"recorded in {args.results}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
