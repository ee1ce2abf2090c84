"""`briefkit import SOURCE…`: articles (text dumps, saved HTML pages) into briefings.

Each source is read into an `Article`, matched against the site's registry, and written to
`content/briefings/<yyyy-mm-dd>-<slug>.md` (or printed with --stdout). One bad source does not
stop the others; the exit code is 1 if any source failed, and a failed source writes nothing.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", type=Path, metavar="SOURCE",
                        help="a .txt/.md page-text dump, a saved .html/.htm page, or a folder of them")
    parser.add_argument("--stdout", action="store_true", help="print the briefing instead of writing it")
    parser.add_argument("--force", action="store_true", help="overwrite a briefing that already exists")
    parser.add_argument("--dry-run", action="store_true", help="say what would be written; write nothing")


def run(args: argparse.Namespace) -> int:
    from briefkit.diagnostics import Diagnostics, Pos
    from briefkit.importer.article import ImportProblem
    from briefkit.importer.sources import expand, read_article
    from briefkit.report import print_diagnostics

    out: TextIO = sys.stderr if args.stdout else sys.stdout
    problems = Diagnostics()
    config, content = _site(Path(args.site), needed=not args.stdout, problems=problems)
    if config is None and not args.stdout:
        print_diagnostics(problems)
        return 1
    extra = tuple(config.importer_boilerplate) if config else ()
    files, refused = expand(list(args.sources))
    for path, why in refused:
        problems.error(why, Pos(str(path)))
    planned: set[Path] = set()
    for path in files:
        try:
            article = read_article(path, extra)
        except ImportProblem as exc:
            problems.error(exc.message, Pos(str(path)), exc.hint)
            continue
        _import_one(path, article, args, config, content, planned, problems, out)
    print_diagnostics(problems)
    return 1 if problems.errors else 0


def _site(root: Path, *, needed: bool, problems) -> tuple[object | None, object | None]:
    """The site's config and registry; without a site, --stdout still works (no annotations)."""
    from briefkit.config import load_config
    from briefkit.diagnostics import Diagnostics
    from briefkit.loader import load_content

    diags = Diagnostics()
    if not (root / "site.yaml").is_file():
        if needed:
            problems.error(f"no site.yaml in {root}: import writes into a site's content/briefings/",
                           hint="run it inside a site, pass --site DIR, or print the briefing with --stdout")
        else:
            print(f"note: no site.yaml in {root}: importing without a registry (no actors or sanctions)", file=sys.stderr)
        return None, None
    config = load_config(root, diags)
    if config is None:
        problems.extend(diags.items)
        return None, None
    content = load_content(config, diags)
    if diags.errors:
        print(f"note: the site has {len(diags.errors)} content error(s) (see `briefkit check`); "
              "annotations use the entries that are valid", file=sys.stderr)
    return config, content


def _import_one(path: Path, article, args, config, content, planned: set[Path], problems, out: TextIO) -> None:
    from briefkit.diagnostics import Pos
    from briefkit.importer.annotate import annotate
    from briefkit.importer.writer import render_document, target_path

    notes = annotate(article, content)
    when: datetime | date | None = article.published
    extra_notes: list[str] = []
    if when is None:
        when = date.today()
        extra_notes.append(f"no publication date found: date set to today ({when.isoformat()}); put the article's date in")
        article = _with_notes(article, extra_notes)
    document = render_document(article, notes, source_name=path.name, when=when)
    if args.stdout:
        sys.stdout.write(document)
        sys.stdout.flush()  # the report goes to stderr: keep the two in order on a terminal
        _report(path, None, article, notes, out, verb="printed")
        return
    target = target_path(config.content_dir, article.title, when)
    shown = _shown(target, config.root)
    if target in planned:
        problems.error(f"another source in this run also becomes {shown}", Pos(str(path)),
                       "import them one at a time, or rename one after importing")
        return
    if target.exists() and not args.force:
        problems.error(f"{shown} already exists: nothing written", Pos(str(path)), "pass --force to overwrite it")
        return
    planned.add(target)
    doc_id = target.stem
    if content is not None and (doc_id in content.actors or doc_id in content.sanctions):
        problems.error(f"the id '{doc_id}' is already an actor or a sanction", Pos(str(path)),
                       "rename the file after importing with --stdout")
        return
    if args.dry_run:
        _report(path, shown, article, notes, out, verb="would write")
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document, encoding="utf-8")
    _report(path, shown, article, notes, out, verb="wrote")


def _with_notes(article, extra: list[str]):
    from dataclasses import replace

    return replace(article, notes=tuple(article.notes) + tuple(extra))


def _shown(target: Path, root: Path) -> str:
    try:
        return target.relative_to(root).as_posix()
    except ValueError:
        return str(target)


def _report(path: Path, shown: str | None, article, notes, out: TextIO, *, verb: str) -> None:
    """What was decided and what was not, so the analyst knows what to review."""
    head = f"{path}: {verb} {shown}" if shown else f"{path}: {verb}"
    lines = [head, f"  title: {article.title}"]
    published = article.published.isoformat() if article.published else "not found"
    lines.append(f"  by: {', '.join(article.authors) or 'not found'} · {article.publisher or 'publisher not found'} · {published}")
    lines.append(f"  images: {len(article.images)}" + "".join(f"\n    - {i.caption} ({i.credit})" for i in article.images))
    lines.append(f"  actors: {', '.join(notes.actors) or 'none found'}")
    lines.append(f"  sanctions: {', '.join(notes.sanctions) or 'none found'}")
    if notes.tags:
        lines.append(f"  tags: {', '.join(notes.tags)}")
    for n in (*article.notes, *notes.ambiguous):
        lines.append(f"  note: {n}")
    if notes.suggested_actors:
        lines.append(f"  not in the registry: {'; '.join(notes.suggested_actors)}")
    if notes.suggested_sanctions:
        lines.append(f"  cited, not in the registry: {'; '.join(notes.suggested_sanctions)}")
    if notes.suggested_provisions:
        lines.append("  sanctions described without a number, maybe:"
                     + "".join(f"\n    - {hint}" for hint in notes.suggested_provisions))
    print("\n".join(lines), file=out)
