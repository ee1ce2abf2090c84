"""The atomic swap of a staged site into place, and the repair of what a killed build left.

Leftover staging/aside folders are named `.<dest>.briefkit-<kind>-<pid>-<token>` and removed
by the next build once their process is gone (see `output` for the guarantee as a whole).
"""

from __future__ import annotations

import errno
import functools
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from briefkit.manifest import MANIFEST_NAME, STAGING_MARK

LEFTOVER_RE = re.compile(r"^\.(?P<name>.+)\.briefkit-(?P<kind>staging|old)-(?P<pid>\d+)-[0-9a-f]+$")


def swap_in(staging: Path, dest: Path) -> Path | None:
    """Put `staging` at `dest`; return the path now holding the previous site, if any."""
    if not dest.exists():
        os.rename(staging, dest)
        return None
    if exchange(staging, dest):
        return staging  # after the exchange, the staging name holds the previous site
    aside = new_leftover_path(dest, "old")
    os.rename(dest, aside)
    os.rename(staging, dest)  # a kill between these two renames is undone by undo_leftovers
    return aside


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


@functools.cache
def renameat2() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        fn = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):  # glibc older than 2.28, or musl without it
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


def exchange(a: Path, b: Path) -> bool:
    """Swap two directory entries in one atomic step; False when the system cannot."""
    fn = renameat2()
    if fn is None:
        return False
    import ctypes

    if fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP):
        return False
    raise OSError(err, os.strerror(err), str(b))


# --------------------------------------------------------------------------- leftovers


def new_leftover_path(dest: Path, kind: str) -> Path:
    return dest.parent / f".{dest.name}.briefkit-{kind}-{os.getpid()}-{secrets.token_hex(4)}"


def recover(dest: Path) -> None:
    """Undo what killed builds left next to `dest` (see `undo_leftovers`); never fails."""
    try:
        undo_leftovers(Path(dest).resolve())
    except OSError:
        pass


def undo_leftovers(dest: Path) -> None:
    """Undo what a killed build left next to `dest`.

    An `old` folder while `dest` is missing is the last good site, renamed aside by the
    fallback swap just before the kill: put it back. Every other leftover whose process is
    gone is deleted (only if it is ours: manifest, staging mark, or empty).
    """
    leftovers = []
    for entry in dest.parent.iterdir():
        m = LEFTOVER_RE.match(entry.name)
        if m and m["name"] == dest.name and entry.is_dir() and not entry.is_symlink():
            if not _pid_alive(int(m["pid"])):
                leftovers.append((m["kind"], entry))
    if not dest.exists():
        for kind, entry in leftovers:
            if kind == "old" and (entry / MANIFEST_NAME).is_file():
                os.rename(entry, dest)
                leftovers.remove((kind, entry))
                break
    for _kind, entry in leftovers:
        remove_ours(entry)


def remove_ours(path: Path) -> None:
    """Delete a folder briefkit made; leave anything else alone."""
    if not path.is_dir() or path.is_symlink():
        return
    marks = (path / MANIFEST_NAME, path / STAGING_MARK)
    if any(mark.exists() for mark in marks):
        # The marks go last: a build killed while deleting leaves a folder the next build
        # still knows as ours and finishes deleting (with `shutil.rmtree` it could be left
        # without its mark, and so kept for good).
        with os.scandir(path) as entries:
            for entry in entries:
                if entry.name in (MANIFEST_NAME, STAGING_MARK):
                    continue
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path, ignore_errors=True)
                else:
                    unlink_if_there(entry.path)
        for mark in marks:
            unlink_if_there(mark)
    try:
        path.rmdir()  # emptied above, or the user's empty folder we swapped out
    except OSError:
        pass


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # our own leftovers are from an earlier, failed write in this process
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def unlink_if_there(path: str | Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except IsADirectoryError:
        shutil.rmtree(path)
