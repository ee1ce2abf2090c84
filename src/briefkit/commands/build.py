"""`briefkit build`: build the site into its output folder.

Exit codes: 0 built, 1 the site has errors (or warnings with --strict; the output folder is
left exactly as it was), 2 usage errors (argparse), 3 an internal error: a bug in briefkit,
shown as one line asking for a report (set BRIEFKIT_DEBUG=1 to see the traceback).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output", metavar="DIR", help="build into DIR (default: site.yaml's `output`, output/ in the site folder)"
    )
    parser.add_argument("--drafts", action="store_true", help="include briefings marked draft")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument(
        "--base-url", metavar="URL", help="override site.yaml's base_url, e.g. https://user.github.io/repo/"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="print how long each stage took")


def run(args: argparse.Namespace) -> int:
    import gc

    from briefkit.build import Builder
    from briefkit.report import print_diagnostics

    # One build and the process ends: the collector would only scan the build's objects
    # when the build turns it back on (~0.02 s of an edit build); exiting frees them all.
    gc.disable()

    result = Builder(
        Path(args.site),
        output=Path(args.output) if args.output else None,
        drafts=args.drafts,
        strict=args.strict,
        base_url=args.base_url,
        progress=True,  # drawn only on a terminal, and only once the build has taken a second
    ).build()
    print_diagnostics(result.diagnostics, strict=args.strict)
    if args.verbose:
        for stage, seconds in result.timings.items():
            print(f"  {stage:<10} {seconds:8.3f} s", file=sys.stderr)
    if not result.ok:
        kept = f": {shown_path(result.output)} was left as it was" if result.output.is_dir() else ""
        print(f"build failed{kept}", file=sys.stderr)
        return 1
    report = result.report
    total = sum(result.timings.values())
    counts = f" ({report.summary()})" if report else ""
    print(f"built {result.pages} pages into {shown_path(result.output)} in {total:.2f} s{counts}")
    return 0


def shown_path(path: Path) -> str:
    """A folder as the user would type it: relative to the working directory when inside it."""
    try:
        rel = path.resolve().relative_to(Path.cwd().resolve())
        text = rel.as_posix() if rel.parts else "."
    except ValueError:
        text = str(path)
    return text.rstrip("/") + "/"
