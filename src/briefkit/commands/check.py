"""`briefkit check`: run every stage up to rendering and report; write nothing.

Exit 0 when clean (warnings allowed unless --strict), 1 on errors, 3 on an internal error.
"""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--drafts", action="store_true", help="check briefings marked draft too")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")


def run(args: argparse.Namespace) -> int:
    from briefkit.build import Builder
    from briefkit.report import print_diagnostics

    diags = Builder(Path(args.site), drafts=args.drafts, strict=args.strict).check()
    print_diagnostics(diags, strict=args.strict)
    if diags.failed(args.strict):
        return 1
    print("check passed: no errors" + (f" ({diags.summary()})" if diags.warnings else ""))
    return 0
