"""Publishing a built site onto a pages branch: build, snapshot, commit, push, in that order,
stopping at the first thing that is not right so that nothing half-done reaches the remote.

Order matters for safety: repository and remote are checked before the (slow) build; the build
goes to a throwaway folder, never the user's `output/`; the commit is pushed by id
(`<commit>:refs/heads/<branch>`) and the local branch only moves after the remote accepted it,
so a rejected push leaves both sides exactly as they were.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from briefkit.diagnostics import Diagnostics
from briefkit.publish.gitrepo import GitError, GitRepo, StagedFile, find_git
from briefkit.publish.workflow import MANIFEST_NAME


class PublishError(Exception):
    """Publishing stopped; `message` and `hint` are for the user, and nothing was pushed."""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class PublishOptions:
    site: Path
    remote: str = "origin"
    branch: str = "gh-pages"
    cname: str | None = None  # None: keep the pages branch's CNAME, if any; "": no CNAME
    message: str | None = None
    base_url: str | None = None
    dry_run: bool = False
    force: bool = False
    strict: bool = False


@dataclass(frozen=True)
class BuildOutcome:
    ok: bool
    diagnostics: Diagnostics


# (site folder, output folder, base_url override, strict) -> outcome; the real one is `build_site`.
BuildFn = Callable[[Path, Path, "str | None", bool], BuildOutcome]

Status = Literal["dry-run", "published", "unchanged"]


@dataclass(frozen=True)
class PublishResult:
    status: Status
    files: int
    remote: str
    branch: str
    parent: str | None  # the pages-branch commit the new one sits on (None: a fresh history)
    parent_label: str  # where the parent came from, for people
    message: str
    commit: str | None  # the commit now on the remote (None for a dry run)
    cname: str | None = None  # the CNAME the published tree carries
    cname_kept: bool = False  # taken over from the previous publish, not asked for this time
    warnings: Diagnostics = field(default_factory=Diagnostics)


def build_site(site: Path, output: Path, base_url: str | None, strict: bool) -> BuildOutcome:
    """The real build, through the core's `Builder` (imported here: publish is an edge)."""
    from briefkit.build import Builder

    result = Builder(site, output=output, base_url=base_url, strict=strict).build()
    diags = result.diagnostics
    if not isinstance(diags, Diagnostics):
        collected = Diagnostics()
        collected.extend(diags)
        diags = collected
    return BuildOutcome(bool(result.ok), diags)


def staged_files(folder: Path, *, cname: str | None) -> list[StagedFile]:
    """Every file of the built site, minus briefkit's manifest, plus `.nojekyll` (GitHub
    would otherwise run Jekyll, which hides `_`-prefixed paths) and `CNAME` when asked."""
    files: list[StagedFile] = []
    for p in sorted(folder.rglob("*")):
        if p.is_dir():
            continue
        rel = p.relative_to(folder).as_posix()
        if rel in (MANIFEST_NAME, ".nojekyll", "CNAME"):
            continue
        files.append(StagedFile(rel, source=p))
    files.append(StagedFile(".nojekyll", data=b""))
    if cname:
        files.append(StagedFile("CNAME", data=f"{cname}\n".encode()))
    return files


def default_message(repo: GitRepo, dirty: bool) -> str:
    from briefkit import __version__

    head = repo.head_commit()
    branch = repo.current_branch() or "detached HEAD"
    if head is None:
        subject = f"Publish site ({branch}, no commits yet)"
        body = f"Built by briefkit {__version__}."
    else:
        subject = f"Publish site from {repo.short(head)} ({branch})"
        body = f"Built by briefkit {__version__} from {head}."
    if dirty:
        body += "\nThe working tree had uncommitted changes: this site matches no single commit."
    return f"{subject}\n\n{body}\n"


def _check_repository(opts: PublishOptions) -> GitRepo:
    if not find_git():
        raise PublishError("git is not installed (or not on PATH)", "install git, then publish again")
    if not opts.site.is_dir():
        raise PublishError(f"no such site folder: {opts.site}")
    repo = GitRepo(opts.site)
    if not repo.is_repository():
        raise PublishError(
            f"not a git repository: {opts.site.resolve()}",
            "publish commits the built site to a branch of the site's repository and pushes it: "
            "run `git init`, commit the site, and `git remote add origin URL`",
        )
    if not repo.valid_branch_name(opts.branch):
        raise PublishError(f"not a valid branch name: {opts.branch!r}", "try --branch gh-pages")
    if opts.branch == repo.current_branch():
        raise PublishError(
            f"refusing to publish onto '{opts.branch}': it is the branch checked out here",
            "the pages branch holds only the built site; pick another with --branch",
        )
    remotes = repo.remotes()
    if opts.remote not in remotes:
        listed = ", ".join(remotes) if remotes else "none"
        raise PublishError(
            f"no remote named '{opts.remote}' (remotes: {listed})",
            f"pick one with --remote NAME, or add it: git remote add {opts.remote} URL",
        )
    return repo


def _uncommitted(repo: GitRepo, warnings: Diagnostics) -> bool:
    files = repo.changed_files(".")
    if not files:
        return False
    shown = ", ".join(files[:10]) + (f" and {len(files) - 10} more" if len(files) > 10 else "")
    warnings.warning(
        f"uncommitted changes in the site: {shown}",
        hint="the published site will not match any commit; commit first to be able to trace it",
        code="publish-dirty",
    )
    return True


def _parent(repo: GitRepo, opts: PublishOptions) -> tuple[str | None, str]:
    """The pages-branch commit to build on, and a label saying where it came from.

    The remote-tracking ref (as of the last fetch or push) wins when it is ahead of the local
    branch, so a fresh clone continues the remote's history; when the remote moved on since,
    the push is rejected rather than silently overwriting someone else's publish.
    """
    if opts.force:
        return None, "none (--force starts a new history)"
    local = repo.ref_commit(f"refs/heads/{opts.branch}")
    tracking = repo.ref_commit(f"refs/remotes/{opts.remote}/{opts.branch}")
    if tracking and (local is None or local == tracking or repo.is_ancestor(local, tracking)):
        return tracking, f"{opts.remote}/{opts.branch}"
    if local:
        return local, opts.branch
    return None, "none (a new branch)"


def _previous_cname(repo: GitRepo, opts: PublishOptions) -> str | None:
    """The custom domain the pages branch already serves. Dropping CNAME because one publish
    forgot `--cname` would quietly take a custom domain offline, so it carries over (even
    with --force, which rewrites history, not settings); `--cname ''` removes it."""
    for ref in (f"refs/remotes/{opts.remote}/{opts.branch}", f"refs/heads/{opts.branch}"):
        if repo.ref_commit(ref):
            text = repo.value("cat-file", "blob", f"{ref}:CNAME")
            return text.strip() or None if text is not None else None
    return None


def publish(opts: PublishOptions, *, build: BuildFn | None = None) -> PublishResult:
    """Build the site and put it on `opts.branch` at `opts.remote`; raise PublishError when
    anything stops it (build errors come back as `PublishBuildFailed` with their diagnostics).
    `build` defaults to the core's builder; tests pass a small fake."""
    repo = _check_repository(opts)
    warnings = Diagnostics()
    dirty = _uncommitted(repo, warnings)
    message = opts.message if opts.message else default_message(repo, dirty)
    if not message.endswith("\n"):
        message += "\n"

    with tempfile.TemporaryDirectory(prefix="briefkit-publish-") as tmp:
        out = Path(tmp) / "site"
        outcome = (build or build_site)(opts.site, out, opts.base_url, opts.strict)
        warnings.extend(outcome.diagnostics.items)
        if not outcome.ok or outcome.diagnostics.failed(opts.strict):
            raise PublishBuildFailed(warnings)
        if not (out / "index.html").is_file():
            raise PublishError("the build produced no index.html; nothing was published")
        parent, parent_label = _parent(repo, opts)
        cname, cname_kept = opts.cname, False
        if cname is None:
            cname = _previous_cname(repo, opts)
            cname_kept = cname is not None
        files = staged_files(out, cname=cname)
        try:
            if opts.dry_run:
                objects = Path(tmp) / "objects"
                objects.mkdir()
                tree = repo.write_tree(files, object_dir=objects)
            else:
                tree = repo.write_tree(files)
        except GitError as e:
            raise PublishError(f"could not store the built site in git: {e.stderr}") from e

    common: dict[str, Any] = dict(
        files=len(files),
        remote=opts.remote,
        branch=opts.branch,
        parent=parent,
        parent_label=parent_label,
        message=message,
        warnings=warnings,
        cname=cname or None,
        cname_kept=cname_kept,
    )
    unchanged = parent is not None and repo.tree_of(parent) == tree
    if opts.dry_run:
        if unchanged:
            return PublishResult("unchanged", commit=parent, **common)
        return PublishResult("dry-run", commit=None, **common)

    if unchanged:
        tracking = repo.ref_commit(f"refs/remotes/{opts.remote}/{opts.branch}")
        if tracking == parent:
            return PublishResult("unchanged", commit=parent, **common)
        commit = parent  # already committed locally, never pushed: push it as it is
    else:
        try:
            commit = repo.commit_tree(tree, message, parent)
        except GitError as e:
            raise PublishError(
                f"could not make the commit: {e.stderr}",
                "git needs to know who you are: git config user.name 'Your Name'; git config user.email you@example.org"
                if "identity" in e.stderr.lower()
                else None,
            ) from e

    assert commit is not None
    pushed = repo.push(opts.remote, commit, opts.branch, force=opts.force)
    if not pushed.ok:
        raise _push_error(opts, pushed.reason, pushed.stderr)
    old_local = repo.ref_commit(f"refs/heads/{opts.branch}")
    try:
        repo.update_branch(opts.branch, commit, old_local)
    except GitError as e:  # the remote has it; only the local copy of the branch lags
        warnings.warning(
            f"published, but the local branch '{opts.branch}' could not follow: {e.stderr}",
            hint=f"git fetch {opts.remote} {opts.branch}:{opts.branch} brings it up to date",
        )
    return PublishResult("published", commit=commit, **common)


class PublishBuildFailed(PublishError):
    """The build had errors: its diagnostics say why; the pages branch was not touched."""

    def __init__(self, diagnostics: Diagnostics) -> None:
        super().__init__(
            "the build failed, so nothing was published",
            "fix the problems above and publish again; the pages branch is as it was",
        )
        self.diagnostics = diagnostics


def _push_error(opts: PublishOptions, reason: str, stderr: str) -> PublishError:
    git_said = "\n".join(line for line in stderr.splitlines() if line.strip() and not line.startswith("hint:"))
    head = f"push to {opts.remote} was rejected: {opts.branch} {reason}".rstrip()
    if not reason:
        head = f"could not push to {opts.remote}"
    if git_said:
        head += "\n" + "\n".join(f"  git: {line.strip()}" for line in git_said.splitlines())
    if "fetch first" in reason or "non-fast-forward" in reason:
        hint = (
            f"{opts.remote}'s {opts.branch} has commits this repository has not seen: "
            f"`git fetch {opts.remote} {opts.branch}` and publish again to add to its history, "
            f"or publish with --force to replace it"
        )
    elif reason:
        hint = "the remote refused the push; see git's message above"
    else:
        hint = f"check that '{opts.remote}' is reachable and that you may push to it"
    return PublishError(head, hint)
