"""The pagefind process: started in a process group of its own, watched, and stopped whole.

A search index is never worth a build: Pagefind is stopped when it overruns a time limit that
grows with the site, or sooner when it stops using the processor (a hung Pagefind waits on
something and uses none; a working one reads, indexes or compresses all the time). It runs in
its own process group so that stopping it stops whatever it started too: a binary behind a
wrapper script that does not `exec` leaves its child holding the output pipes, and killing the
wrapper alone let the build wait on those pipes for as long as the child ran.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

# Time allowed to the pagefind binary: a fixed start-up allowance plus a share per indexed page
# (~1,000 pages took 2-17 s on a busy 2-core machine; the limit is ~10x that), so a hung one cannot hang a build.
_TIME_BASE = 60.0
_TIME_PER_PAGE = 0.1
# A pagefind whose process group used no CPU time for this long is hung, whatever the limit.
_STALL = 20.0
_POLL = 0.5  # how often a waiting build looks at it


def time_limit(page_count: int) -> float:
    """Seconds the pagefind binary may take for this many pages before it is stopped."""
    return _TIME_BASE + _TIME_PER_PAGE * page_count


class SearchFailed(Exception):
    """Pagefind hung, died or wrote nothing: the build goes on without search."""


@dataclass
class Running:
    """A pagefind process started by `launch`, to be waited for by `wait` (or stopped)."""

    proc: subprocess.Popen[bytes]
    out_dir: Path
    limit: float
    deadline: float  # time.monotonic() by which it must have finished
    # CPU seconds its process group had used, and when that last grew (see `_STALL`)
    cpu: float | None = field(default=None, repr=False)
    busy_at: float = field(default_factory=time.monotonic, repr=False)

    def stop(self) -> None:
        """Kill the process and reap it: its answer is not wanted (a build that failed or changed)."""
        kill(self.proc)
        _reap(self.proc)
        with _RUNNING_LOCK:
            _RUNNING.pop(self.proc, None)


# Running pagefind processes -> the thread that waits on each (so the preview's `Follower` ends its own).
_RUNNING: dict[subprocess.Popen[bytes], int] = {}
_RUNNING_LOCK = threading.Lock()


def launch(cmd: list[str], out_dir: Path, page_count: int) -> Running:
    """Start `cmd` (pagefind writing into `out_dir`) in a process group of its own; not waiting."""
    limit = time_limit(page_count)
    try:
        proc = subprocess.Popen(
            cmd, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, process_group=0
        )
    except OSError as exc:
        raise SearchFailed(f"pagefind could not start: {exc}") from None
    with _RUNNING_LOCK:
        _RUNNING[proc] = threading.get_ident()
    return Running(proc, out_dir, limit, time.monotonic() + limit)


def stop_started_by(thread_ident: int | None) -> None:
    """Kill every pagefind the given thread started and still waits on."""
    with _RUNNING_LOCK:
        mine = [p for p, t in _RUNNING.items() if t == thread_ident]
    for proc in mine:
        kill(proc)


def wait(run: Running) -> Path:
    """The bundle's folder once the process is done; `SearchFailed` if it fails, hangs or overruns."""
    proc = run.proc
    run.busy_at = time.monotonic()  # idle before anyone waited (a cold build's render) is not counted
    try:
        while True:
            left = run.deadline - time.monotonic()
            try:
                out, err = proc.communicate(timeout=max(0.0, min(_POLL, left)))
                break
            except subprocess.TimeoutExpired:
                if left <= _POLL:
                    raise SearchFailed(f"pagefind did not finish within {run.limit:.0f} s and was stopped") from None
                if _stalled(run):
                    raise SearchFailed(
                        f"pagefind used no processor time for {_STALL:.0f} s (hung) and was stopped"
                    ) from None
    except BaseException:
        kill(proc)
        _reap(proc)
        raise
    finally:
        with _RUNNING_LOCK:
            _RUNNING.pop(proc, None)
    if proc.returncode != 0:
        tail = (err or out).decode("utf-8", "replace").strip().splitlines()[-1:]
        raise SearchFailed(f"pagefind exited with status {proc.returncode}" + (f": {tail[0]}" if tail else ""))
    if not (run.out_dir / "pagefind.js").is_file():
        raise SearchFailed("pagefind wrote no bundle")
    return run.out_dir


def kill(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL to the process's whole group (it leads one, see `launch`), else to the process."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except OSError:  # gone already, or no such group (not started by `launch`)
        try:
            proc.kill()
        except OSError:
            pass


def _reap(proc: subprocess.Popen[bytes]) -> None:
    """Wait for a killed process, never long: a descendant that left its group may still hold
    the pipes, and then they are closed unread."""
    try:
        proc.communicate(timeout=5)
    except (subprocess.TimeoutExpired, OSError, ValueError):
        for pipe in (proc.stdout, proc.stderr):
            if pipe is not None:
                pipe.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass


def _stalled(run: Running) -> bool:
    """Whether the process group has used no CPU time for `_STALL` seconds (False where that
    cannot be seen: without /proc, only the time limit applies)."""
    cpu = group_cpu(run.proc.pid)
    now = time.monotonic()
    if cpu is None or cpu != run.cpu:
        run.cpu, run.busy_at = cpu, now
        return False
    return now - run.busy_at >= _STALL


def group_cpu(pgid: int) -> float | None:
    """CPU seconds (user + system, its threads included) used by the processes of this group;
    None without a Linux /proc."""
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
        tick = os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return None
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue  # exited meanwhile
        fields = stat[stat.rfind(b")") + 2 :].split()
        # after the name: state, ppid, pgrp, ...; then utime, stime, cutime and cstime, fields
        # 14-17 of proc_pid_stat(5): with its reaped children's, a group's total never drops
        if len(fields) > 14 and int(fields[2]) == pgid:
            total += sum(int(f) for f in fields[11:15])
    return total / tick
