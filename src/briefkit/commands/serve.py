"""`briefkit serve`: build, serve on loopback, rebuild and reload the browser on every save."""

from __future__ import annotations

import argparse
from pathlib import Path


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1, this machine only)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    parser.add_argument("--open", action="store_true", help="open the preview in a web browser")
    parser.add_argument("--drafts", action="store_true", help="include draft briefings")


def run(args: argparse.Namespace) -> int:
    from briefkit.serve import serve

    return serve(Path(args.site), host=args.host, port=args.port, open_browser=args.open, drafts=args.drafts)
