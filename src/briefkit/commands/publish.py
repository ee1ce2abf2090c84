"""`briefkit publish`: build and push the site to a GitHub Pages branch, or (`--workflow`)
write the GitHub Actions workflow that lets GitHub build and deploy it on every push."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefkit.diagnostics import Diagnostics


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--remote", default="origin", help="the git remote to push to (default: origin)")
    parser.add_argument("--branch", default="gh-pages", help="the pages branch (default: gh-pages)")
    parser.add_argument(
        "--cname",
        metavar="HOST",
        help="custom domain for a CNAME file (default: site.yaml's cname, else the one "
        "already published; --cname '' removes it)",
    )
    parser.add_argument("-m", "--message", help="commit message (default: names the source commit)")
    parser.add_argument("--base-url", metavar="URL", help="build with this base_url instead of site.yaml's")
    parser.add_argument("--strict", action="store_true", help="refuse to publish when the build has warnings too")
    parser.add_argument(
        "-n",
        "--dry-run",
        action="store_true",
        help="build and say what would be published; commit and push nothing",
    )
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace the pages branch's history (and, with --workflow, overwrite the file)",
    )
    parser.add_argument(
        "--workflow",
        action="store_true",
        help="write .github/workflows/pages.yml for GitHub's own Pages deployment instead",
    )


def run(args: argparse.Namespace) -> int:
    from briefkit.publish.gitrepo import GitError

    site = Path(getattr(args, "site", ".") or ".")
    try:
        if args.workflow:
            return _write_workflow(site, force=args.force, dry_run=args.dry_run)
        return _publish(site, args)
    except GitError as e:
        # git itself refused something we did not foresee: its words are the best explanation
        return _fail(f"git {' '.join(e.args_[:1])} failed: {e.stderr}", "nothing was pushed")


def _fail(message: str, hint: str | None = None, extra: Diagnostics | None = None) -> int:
    """Print why publishing stopped. The build's own diagnostics come first and the verdict
    last, as `briefkit build` does: the verdict's hint points at "the problems above", and a
    position-less error would otherwise sort ahead of them."""
    from briefkit.diagnostics import Diagnostics
    from briefkit.report import print_diagnostics

    verdict = Diagnostics()
    verdict.error(message, hint=hint)
    if extra is not None and extra.items:
        print_diagnostics(extra)
        print(verdict.items[0].format(), file=sys.stderr)
    else:
        print_diagnostics(verdict)
    return 1


def _config_cname(site: Path, base_url: str | None) -> str | None:
    """site.yaml's cname; when site.yaml cannot be read the build reports why, so stay quiet."""
    from briefkit.config import load_config
    from briefkit.diagnostics import Diagnostics

    if not (site / "site.yaml").is_file():
        return None
    config = load_config(site, Diagnostics(), base_url=base_url)
    return config.cname if config is not None else None


def _publish(site: Path, args: argparse.Namespace) -> int:
    from briefkit.publish import PublishBuildFailed, PublishError, PublishOptions, publish
    from briefkit.report import print_diagnostics

    opts = PublishOptions(
        site=site,
        remote=args.remote,
        branch=args.branch,
        cname=args.cname.strip() if args.cname is not None else _config_cname(site, args.base_url),
        message=args.message,
        base_url=args.base_url,
        dry_run=args.dry_run,
        force=args.force,
        strict=args.strict,
    )
    try:
        result = publish(opts)
    except PublishBuildFailed as e:
        return _fail(e.message, e.hint, e.diagnostics)
    except PublishError as e:
        return _fail(e.message, e.hint)

    if result.warnings.items:
        print_diagnostics(result.warnings)
    where = f"{result.remote} {result.branch}"
    subject = result.message.splitlines()[0]
    if result.status == "dry-run":
        print(f"dry run: would publish {result.files} files to {where}")
        parent = f"{_short(result.parent)} ({result.parent_label})" if result.parent else result.parent_label
        print(f"  parent:  {parent}")
        print(f"  message: {subject}")
        print("nothing was committed or pushed")
    elif result.status == "unchanged":
        print(f"nothing to publish: {where} already holds this site ({_short(result.commit)})")
    else:
        on = f"on {_short(result.parent)}" if result.parent else "as a new history"
        print(f"published {result.files} files to {where}: {_short(result.commit)} {on}")
        print(f"  {subject}")
    if result.cname_kept:
        print(f"kept CNAME {result.cname} from the previous publish (--cname HOST changes it, --cname '' removes it)")
    return 0


def _short(commit: str | None) -> str:
    return commit[:7] if commit else "-"


def _write_workflow(site: Path, *, force: bool, dry_run: bool) -> int:
    from briefkit.publish.gitrepo import GitRepo, find_git
    from briefkit.publish.workflow import WORKFLOW_PATH, WorkflowSpec, installs_itself, render_workflow

    root, branch = site, "main"
    if find_git():
        repo = GitRepo(site)
        if site.is_dir() and repo.is_repository():
            root = repo.toplevel()
            remote_head = repo.value("symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD")
            if remote_head and "/" in remote_head:
                branch = remote_head.split("/", 1)[1]
            else:
                branch = repo.current_branch() or "main"
    rel = Path(os.path.relpath(site.resolve(), root.resolve())).as_posix()
    # briefkit's own repository installs itself; any other, the briefkit version writing this.
    spec = (
        WorkflowSpec(branch=branch, site=rel, install=".[search]")
        if installs_itself(root)
        else (WorkflowSpec(branch=branch, site=rel))
    )
    text = render_workflow(spec)
    target = root / WORKFLOW_PATH
    if dry_run:
        sys.stdout.write(text)
        return 0
    if target.exists() and not force:
        return _fail(
            f"{WORKFLOW_PATH.as_posix()} already exists; not overwriting it",
            "compare it with `briefkit publish --workflow --dry-run`, or pass --force to replace it",
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {WORKFLOW_PATH.as_posix()} (deploys on every push to {branch})")
    print("next: commit it, push, and in the repository's Settings > Pages set Source to 'GitHub Actions'")
    return 0
