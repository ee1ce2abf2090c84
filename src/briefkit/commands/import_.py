"""`briefkit import SOURCE…`: articles (text dumps, saved HTML pages, web addresses, feeds) into briefings.

Each source is read into an `Article`, matched against the site's registry, and written to
`content/briefings/<yyyy-mm-dd>-<slug>.md` (or printed with --stdout). One bad source does not
stop the others; the exit code is 1 if any source failed, and a failed source writes nothing.
An article a briefing already annotates (the same `source.url`) is not imported twice.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import TextIO


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "sources",
        nargs="*",
        metavar="SOURCE",
        help="a .txt/.md page-text dump, a saved .html/.htm page, a folder of them, or an article's http(s) address",
    )
    parser.add_argument(
        "--feed",
        action="append",
        default=[],
        metavar="URL|FILE",
        help="import every article of an RSS or Atom feed no briefing holds yet (repeatable)",
    )
    parser.add_argument("--stdout", action="store_true", help="print the briefing instead of writing it")
    parser.add_argument(
        "--force", action="store_true", help="overwrite a briefing that already exists, or holds the same article"
    )
    parser.add_argument("--dry-run", action="store_true", help="say what would be written; write nothing")
    parser.add_argument(
        "--timeout",
        type=_positive,
        default=None,
        metavar="SECONDS",
        help="give up on a web address after this long (default: 20)",
    )
    parser.add_argument(
        "--max-size",
        type=_positive,
        default=None,
        metavar="MB",
        help="refuse a page or feed larger than this (default: 10)",
    )


def _positive(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be more than 0, not {text}")
    return value


def run(args: argparse.Namespace) -> int:
    from briefkit.diagnostics import Diagnostics, Pos
    from briefkit.importer.article import ImportProblem
    from briefkit.importer.sources import expand, is_url, read_article, read_url
    from briefkit.report import print_diagnostics

    if not args.sources and not args.feed:
        print("error: nothing to import: give a SOURCE (file, folder or URL) or --feed URL|FILE", file=sys.stderr)
        return 2
    out: TextIO = sys.stderr if args.stdout else sys.stdout
    problems = Diagnostics()
    config, index = _site(Path(args.site), needed=not args.stdout, problems=problems)
    if config is None and not args.stdout:
        print_diagnostics(problems)
        return 1
    run_ = _Run(args, config, index, problems, out)
    seen: set[Path] = set()
    for source in dict.fromkeys(args.sources):  # in the order given, each once
        if is_url(source):
            try:
                article = read_url(source, run_.extra, timeout=args.timeout, max_bytes=run_.max_bytes)
            except ImportProblem as exc:
                article = _draft_or_error(exc, source, problems)
                if article is None:
                    continue
            run_.one(source, source, article)
            continue
        files, refused = expand([Path(source)])
        for path, why in refused:
            problems.error(why, Pos(str(path)))
        for path in files:
            if path in seen:
                continue
            seen.add(path)
            try:
                article = read_article(path, run_.extra)
            except ImportProblem as exc:
                article = _draft_or_error(exc, str(path), problems)
                if article is None:
                    continue
            run_.one(str(path), path.name, article)
    for feed in args.feed:
        run_.feed(feed)
    print_diagnostics(problems)
    return 1 if problems.errors else 0


def _draft_or_error(exc, label: str, problems):
    """The draft a thin but dated page still gives (said as a warning), or None (said as an error)."""
    from briefkit.diagnostics import Pos

    if exc.draft is None:
        problems.error(exc.message, Pos(label), exc.hint)
        return None
    problems.warning(
        f"{exc.message}: written as a draft",
        Pos(label),
        "the page's text did not come through: paste it into the briefing, or delete the file",
    )
    return exc.draft


class _Run:
    """One `import` run: its options, the site (its `SiteIndex`), and the articles the site holds (by address)."""

    def __init__(self, args: argparse.Namespace, config, index, problems, out: TextIO) -> None:
        self.args, self.config, self.index, self.problems, self.out = args, config, index, problems, out
        self.extra: tuple[str, ...] = tuple(config.importer_boilerplate) if config else ()
        self.max_bytes = int(args.max_size * 1_000_000) if args.max_size else None
        self.planned: set[Path] = set()
        self.held: dict[str, Path] = index.held if index is not None else {}

    def one(self, label: str, source_name: str, article, *, in_feed: bool = False) -> str:
        """Import one article; what became of it: "imported", "skipped" or "failed"."""
        from briefkit.diagnostics import Pos
        from briefkit.importer.pageurls import absolute_url, url_key

        url = absolute_url(article.url)
        replace: Path | None = None
        if url and not self.args.stdout and url_key(url) in self.held:
            replace = self.held[url_key(url)]
            shown = _shown(replace, self.config.root)
            if in_feed and not self.args.force:
                print(f"{label}: skipped: {shown} holds this article already", file=self.out)
                return "skipped"
            if not self.args.force:
                self.problems.error(
                    f"{shown} holds this article already ({url}): nothing written",
                    Pos(label),
                    "pass --force to replace that file with a new import",
                )
                return "failed"
        errors_before = len(self.problems.errors)
        done = _import_one(
            label,
            source_name,
            article,
            self.args,
            self.config,
            self.index,
            self.planned,
            self.problems,
            self.out,
            replace=replace,
        )
        if done and url:
            self.held[url_key(url)] = done
        return "imported" if len(self.problems.errors) == errors_before else "failed"

    def feed(self, source: str) -> None:
        """Every item of one feed the site does not hold yet; one failed item never stops the rest."""
        from briefkit.diagnostics import Pos
        from briefkit.importer.article import ImportProblem
        from briefkit.importer.feed import read_feed
        from briefkit.importer.pageurls import url_key
        from briefkit.importer.sources import read_url

        try:
            items = read_feed(source, timeout=self.args.timeout, max_bytes=self.max_bytes)
        except ImportProblem as exc:
            self.problems.error(exc.message, Pos(source), exc.hint)
            return
        counts = {"imported": 0, "skipped": 0, "failed": 0}
        for item in items:
            if item.link is None:
                self.problems.error(
                    f"the item {item.title[:80]!r} has no http(s) link",
                    Pos(source),
                    "the feed must link each item to its article",
                )
                counts["failed"] += 1
                continue
            if not self.args.stdout and not self.args.force and url_key(item.link) in self.held:
                shown = _shown(self.held[url_key(item.link)], self.config.root)
                print(f"{item.link}: skipped: {shown} holds this article already", file=self.out)
                counts["skipped"] += 1
                continue
            try:
                article = read_url(item.link, self.extra, timeout=self.args.timeout, max_bytes=self.max_bytes)
            except ImportProblem as exc:
                self.problems.error(exc.message, Pos(item.link), exc.hint)
                counts["failed"] += 1
                continue
            counts[self.one(item.link, item.link, _with_feed_data(article, item), in_feed=True)] += 1
        verb = "printed" if self.args.stdout else "would import" if self.args.dry_run else "imported"
        print(
            f"{source}: {len(items)} item(s): {verb} {counts['imported']}, skipped {counts['skipped']} "
            f"(already held), failed {counts['failed']}",
            file=self.out,
        )


def _site(root: Path, *, needed: bool, problems) -> tuple[object | None, object | None]:
    """The site's config and `SiteIndex`; without a site, --stdout still works (no annotations)."""
    from briefkit.config import load_config
    from briefkit.diagnostics import Diagnostics
    from briefkit.importer.siteindex import load_index

    diags = Diagnostics()
    if not (root / "site.yaml").is_file():
        if needed:
            problems.error(
                f"no site.yaml in {root}: import writes into a site's content/briefings/",
                hint="run it inside a site, pass --site DIR, or print the briefing with --stdout",
            )
        else:
            print(
                f"note: no site.yaml in {root}: importing without a registry (no actors or sanctions)", file=sys.stderr
            )
        return None, None
    config = load_config(root, diags)
    if config is None:
        problems.extend(diags.items)
        return None, None
    index = load_index(config, diags)
    if diags.errors:
        print(
            f"note: the site's registry has {len(diags.errors)} error(s) (see `briefkit check`); "
            "annotations use the entries that are valid",
            file=sys.stderr,
        )
    return config, index


def _import_one(
    label: str,
    source_name: str,
    article,
    args,
    config,
    index,
    planned: set[Path],
    problems,
    out: TextIO,
    *,
    replace: Path | None = None,
) -> Path | None:
    """Write (or print) one briefing; the file written, or None (printed, or refused: said why)."""
    from briefkit.diagnostics import Pos
    from briefkit.importer.annotate import annotate
    from briefkit.importer.writer import render, target_path

    content = index.content if index is not None else None
    notes = annotate(article, content, index.tag_uses if index is not None else None)
    when: datetime | date | None = article.published
    extra_notes: list[str] = []
    if when is None:
        when = date.today()
        extra_notes.append(
            f"no publication date found: date set to today ({when.isoformat()}); put the article's date in"
        )
        article = _with_notes(article, extra_notes)
    document, written_notes = render(
        article, notes, source_name=source_name, when=when, tz=config.tz if config is not None else None
    )
    if args.stdout:
        sys.stdout.write(document)
        sys.stdout.flush()  # the report goes to stderr: keep the two in order on a terminal
        _report(label, None, article, notes, written_notes, out, verb="printed")
        return None
    target = replace or target_path(config.content_dir, article.title, when)
    shown = _shown(target, config.root)
    if target in planned:
        problems.error(
            f"another source in this run also becomes {shown}",
            Pos(label),
            "import them one at a time, or rename one after importing",
        )
        return None
    if target.exists() and not args.force:
        problems.error(f"{shown} already exists: nothing written", Pos(label), "pass --force to overwrite it")
        return None
    planned.add(target)
    doc_id = target.stem
    if content is not None and (doc_id in content.actors or doc_id in content.sanctions):
        problems.error(
            f"the id '{doc_id}' is already an actor or a sanction",
            Pos(label),
            "rename the file after importing with --stdout",
        )
        return None
    if args.dry_run:
        _report(label, shown, article, notes, written_notes, out, verb="would write")
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(document, encoding="utf-8")
    _report(label, shown, article, notes, written_notes, out, verb="replaced" if replace else "wrote")
    return target


def _with_feed_data(article, item):
    """What the page does not say and the feed does: its date and authors (with a note saying so)."""
    from dataclasses import replace

    if article.published is None and item.published is not None:
        article = replace(
            article, published=item.published, notes=(*article.notes, "the page gives no date: the date is the feed's")
        )
    if not article.authors and item.authors:
        article = replace(
            article,
            authors=item.authors,
            notes=(*article.notes, "the page names no author: the authors are the feed's"),
        )
    return article


def _with_notes(article, extra: list[str]):
    from dataclasses import replace

    return replace(article, notes=tuple(article.notes) + tuple(extra))


def _shown(target: Path, root: Path) -> str:
    try:
        return target.relative_to(root).as_posix()
    except ValueError:
        return str(target)


def _report(label: str, shown: str | None, article, notes, written_notes: list[str], out: TextIO, *, verb: str) -> None:
    """What was decided and what was not, so the analyst knows what to review."""
    head = f"{label}: {verb} {shown}" if shown else f"{label}: {verb}"
    lines = [head, f"  title: {article.title}"]
    published = article.published.isoformat() if article.published else "not found"
    by = ", ".join(article.authors) or "not found"
    lines.append(f"  by: {by} · {article.publisher or 'publisher not found'} · {published}")
    lines.append(
        f"  images: {len(article.images)}"
        + "".join(f"\n    - {i.caption or i.alt} ({i.credit})" for i in article.images)
    )
    lines.append(f"  actors: {', '.join(notes.actors) or 'none found'}")
    lines.append(f"  sanctions: {', '.join(notes.sanctions) or 'none found'}")
    if notes.tags:
        lines.append(f"  tags: {', '.join(notes.tags)}")
    for n in (*article.notes, *notes.ambiguous, *written_notes):
        lines.append(f"  note: {n}")
    if notes.suggested_actors:
        lines.append(f"  not in the registry: {'; '.join(notes.suggested_actors)}")
    if notes.suggested_sanctions:
        lines.append(f"  cited, not in the registry: {'; '.join(notes.suggested_sanctions)}")
    if notes.suggested_provisions:
        lines.append(
            "  sanctions described without a number, maybe:"
            + "".join(f"\n    - {hint}" for hint in notes.suggested_provisions)
        )
    print("\n".join(lines), file=out)
