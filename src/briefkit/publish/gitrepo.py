"""The git plumbing publish needs, and nothing that touches a working tree.

Every operation here reads or writes objects and refs only: blobs go in with `hash-object`,
trees are assembled in a *temporary* index file (`GIT_INDEX_FILE`) and written with
`write-tree`, commits are made with `commit-tree`, and a branch moves with `update-ref`. The
user's checkout, index and HEAD are never read for writing, so publishing from a dirty tree,
mid-rebase or on any branch cannot disturb their work.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path


class GitError(Exception):
    """A git command failed; `stderr` holds git's own words for the user."""

    def __init__(self, args: Sequence[str], returncode: int, stderr: str) -> None:
        self.args_ = tuple(args)
        self.returncode = returncode
        self.stderr = stderr.strip()
        super().__init__(f"git {' '.join(args)} failed ({returncode}): {self.stderr}")


@dataclass(frozen=True)
class GitResult:
    returncode: int
    stdout: str
    stderr: str


@dataclass(frozen=True)
class PushOutcome:
    """What `git push --porcelain` said: ok, or the rejection reason git gave."""

    ok: bool
    reason: str  # e.g. "[rejected] (fetch first)"; "" when ok
    stderr: str


@dataclass(frozen=True)
class StagedFile:
    """A file for the published tree: where it goes and where its bytes are (or the bytes)."""

    path: str  # POSIX path inside the published tree
    source: Path | None = None
    data: bytes | None = None


def find_git() -> bool:
    """Whether a git executable is on PATH (publish cannot work without one)."""
    from shutil import which

    return which("git") is not None


class GitRepo:
    """The repository holding a site folder, driven through the git executable."""

    def __init__(self, cwd: Path, env: Mapping[str, str] | None = None) -> None:
        self.cwd = cwd
        self._env = dict(env) if env is not None else None

    # -- running ---------------------------------------------------------------

    def run(
        self,
        *args: str,
        input: bytes | None = None,
        env: Mapping[str, str] | None = None,
        check: bool = True,
    ) -> GitResult:
        full_env = dict(self._env if self._env is not None else os.environ)
        if env:
            full_env.update(env)
        # Stable, untranslated output: we parse some of it.
        full_env.setdefault("LC_ALL", "C")
        proc = subprocess.run(
            ["git", *args],
            cwd=self.cwd,
            input=input,
            capture_output=True,
            env=full_env,
        )
        out = proc.stdout.decode("utf-8", "replace")
        err = proc.stderr.decode("utf-8", "replace")
        if check and proc.returncode != 0:
            raise GitError(args, proc.returncode, err)
        return GitResult(proc.returncode, out, err)

    def value(self, *args: str) -> str | None:
        """stdout of a query, stripped; None when git says no (non-zero exit)."""
        r = self.run(*args, check=False)
        return r.stdout.strip() if r.returncode == 0 else None

    # -- questions -------------------------------------------------------------

    def is_repository(self) -> bool:
        return self.value("rev-parse", "--is-inside-work-tree") == "true"

    def toplevel(self) -> Path:
        return Path(self.run("rev-parse", "--show-toplevel").stdout.strip())

    def objects_dir(self) -> Path:
        p = self.run("rev-parse", "--git-path", "objects").stdout.strip()
        return (self.cwd / p).resolve()

    def remotes(self) -> list[str]:
        return [r for r in self.run("remote").stdout.split() if r]

    def head_commit(self) -> str | None:
        return self.value("rev-parse", "--verify", "--quiet", "HEAD^{commit}")

    def current_branch(self) -> str | None:
        return self.value("symbolic-ref", "--quiet", "--short", "HEAD")

    def short(self, rev: str) -> str:
        return self.run("rev-parse", "--short", rev).stdout.strip()

    def ref_commit(self, ref: str) -> str | None:
        return self.value("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")

    def tree_of(self, commit: str) -> str:
        return self.run("rev-parse", f"{commit}^{{tree}}").stdout.strip()

    def is_ancestor(self, older: str, newer: str) -> bool:
        return self.run("merge-base", "--is-ancestor", older, newer, check=False).returncode == 0

    def valid_branch_name(self, name: str) -> bool:
        return self.run("check-ref-format", f"refs/heads/{name}", check=False).returncode == 0 and bool(name)

    def changed_files(self, pathspec: str = ".") -> list[str]:
        """Modified, staged, deleted and untracked (not ignored) files under `pathspec`,
        as repository-relative paths."""
        out = self.run("status", "--porcelain=v1", "-z", "--untracked-files=all", "--", pathspec).stdout
        files: list[str] = []
        entries = out.split("\0")
        i = 0
        while i < len(entries):
            entry = entries[i]
            i += 1
            if len(entry) < 4:
                continue
            status, path = entry[:2], entry[3:]
            if "R" in status or "C" in status:
                i += 1  # the rename's source path follows; the new path is what matters
            files.append(path)
        return files

    # -- writing objects -------------------------------------------------------

    def write_tree(self, files: Iterable[StagedFile], *, object_dir: Path | None = None) -> str:
        """Store `files` as blobs and trees; return the root tree's id.

        With `object_dir`, new objects go to that folder (the repository's own objects stay
        readable as an alternate), so a dry run leaves the repository byte-for-byte as it was.
        """
        env: dict[str, str] = {}
        if object_dir is not None:
            env["GIT_OBJECT_DIRECTORY"] = str(object_dir)
            env["GIT_ALTERNATE_OBJECT_DIRECTORIES"] = str(self.objects_dir())
        files = sorted(files, key=lambda f: f.path)
        on_disk = [f for f in files if f.source is not None]
        blob_ids: dict[str, str] = {}
        if on_disk:
            for f in on_disk:
                if "\n" in str(f.source) or "\n" in f.path:
                    raise GitError(("hash-object",), 1, f"cannot publish a file name with a newline: {f.path!r}")
            listing = "".join(f"{f.source}\n" for f in on_disk).encode("utf-8")
            ids = self.run("hash-object", "-w", "--no-filters", "--stdin-paths", input=listing, env=env).stdout.split()
            blob_ids.update(zip((f.path for f in on_disk), ids, strict=True))
        for f in files:
            if f.source is None:
                blob_ids[f.path] = self.run(
                    "hash-object", "-w", "--no-filters", "--stdin", input=f.data or b"", env=env
                ).stdout.strip()
        with tempfile.TemporaryDirectory(prefix="briefkit-index-") as tmp:
            index_env = {**env, "GIT_INDEX_FILE": str(Path(tmp) / "index")}
            info = b"".join(f"100644 {blob_ids[f.path]}\t{f.path}".encode() + b"\0" for f in files)
            self.run("update-index", "--add", "-z", "--index-info", input=info, env=index_env)
            return self.run("write-tree", env=index_env).stdout.strip()

    def commit_tree(self, tree: str, message: str, parent: str | None) -> str:
        args = ["commit-tree", tree]
        if parent:
            args += ["-p", parent]
        return self.run(*args, input=message.encode("utf-8")).stdout.strip()

    def update_branch(self, branch: str, commit: str, old: str | None) -> None:
        args = ["update-ref", "-m", "briefkit publish", f"refs/heads/{branch}", commit]
        if old:
            args.append(old)
        self.run(*args)

    def push(self, remote: str, commit: str, branch: str, *, force: bool) -> PushOutcome:
        args = ["push", "--porcelain"]
        if force:
            args.append("--force")
        args += [remote, f"{commit}:refs/heads/{branch}"]
        r = self.run(*args, check=False)
        if r.returncode == 0:
            return PushOutcome(True, "", r.stderr)
        reason = ""
        for line in r.stdout.splitlines():
            # porcelain: "<flag>\t<from>:<to>\t<summary> (<reason>)"; "!" marks a rejection
            parts = line.split("\t")
            if len(parts) >= 3 and parts[0] == "!":
                reason = parts[2].strip()
        return PushOutcome(False, reason, r.stderr.strip())
