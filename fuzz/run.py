"""Fuzz briefkit's input stages at scale with the project's own property tests.

The properties in tests/test_props_*.py (front matter, YAML, schema, loader, Markdown, the
importer's text and HTML readers, any bytes through `read_article`) run in the default suite
with a few hundred examples each. This driver re-runs the same properties with
BRIEFKIT_FUZZ_SCALE times as many examples and reports how many inputs were tried and how
long it took; a crash is a failing property with Hypothesis' minimal falsifying example.

    python fuzz/run.py                 # scale 60: about 100,000 generated inputs
    python fuzz/run.py --scale 200     # longer
    python fuzz/run.py --seed 1        # reproducible run (hypothesis --hypothesis-seed)

Why Hypothesis and not atheris: the targets are pure Python, the interesting inputs are
structured (YAML front matter, Markdown, HTML) and the strategies already aim at them; atheris
would need a separate harness per target and adds coverage-guided mutation mostly for native
code. The figures of each run go into SECURITY.md ("Fuzzing").
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = ["tests/test_props_frontmatter.py", "tests/test_props_pipeline.py"]
# Examples per property at scale 1, as written in the test files (kept in step by hand).
BASE_EXAMPLES = {"tests/test_props_frontmatter.py": 300 * 3,
                 "tests/test_props_pipeline.py": 200 + 40 + 200 + 200 + 120 + 60}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=60, help="multiply every property's examples")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    args = parser.parse_args(argv)
    env = dict(os.environ, BRIEFKIT_FUZZ_SCALE=str(args.scale))
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics",
           *TARGETS]
    if args.seed is not None:
        cmd.append(f"--hypothesis-seed={args.seed}")
    planned = sum(BASE_EXAMPLES.values()) * args.scale
    print(f"fuzzing {len(TARGETS)} files, up to {planned:,} generated inputs (scale {args.scale})", flush=True)
    started = time.monotonic()
    rc = subprocess.call(cmd, cwd=ROOT, env=env)
    print(f"done in {time.monotonic() - started:,.0f} s: "
          + ("no crash" if rc == 0 else "FAILURES (see the falsifying examples above)"))
    return rc


if __name__ == "__main__":
    raise SystemExit(main())
