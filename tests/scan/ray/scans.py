"""Running scans and watching Ray's worker processes, for the Ray tests."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from freshcheck.scan.executors.ray_node import BatchReply, NodeBatch, scan_batch

T = TypeVar("T")
AS_OF = "2026-11-23"
TASK_TITLE = b"ray::scan_batch"  # the process title of a Ray worker running a batch
KILLER = "kills-its-worker.md"


def scan_command(library: Path, policy: Path, *extra: str) -> list[str]:
    """``freshcheck scan`` of ``library`` as JSON, as of a fixed date."""
    scan = [sys.executable, "-m", "freshcheck", "scan", str(library), "--policy", str(policy)]
    return [*scan, "--format", "json", "--as-of", AS_OF, *extra]


def start_scan(command: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def run_scan(library: Path, policy: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        scan_command(library, policy, *extra), cwd=library, capture_output=True, timeout=900
    )


def report_of(done: subprocess.CompletedProcess[bytes]) -> Any:
    """The JSON report a scan printed (the report has no timings: compared whole)."""
    assert done.returncode in (0, 1), done.stderr.decode(errors="replace")[-2000:]
    return json.loads(done.stdout)


def task_processes() -> list[int]:
    """Ray worker processes running a scan batch on this machine, by their title."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if cmdline.startswith(TASK_TITLE):
            found.append(int(entry.name))
    return found


def wait_for(condition: Callable[[], T], seconds: float) -> T | None:
    """Poll ``condition`` until it returns something true; that value, or None."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    return None


def differing_files(left: Any, right: Any) -> list[tuple[Any, Any]]:
    """The file entries of two JSON reports that differ, side by side (for a readable failure)."""
    by_path = {file["path"]: file for file in right["files"]}
    return [(f, by_path.get(f["path"])) for f in left["files"] if by_path.get(f["path"]) != f]


def scan_batch_or_die(batch: NodeBatch) -> BatchReply:
    """``scan_batch``, except that a batch holding ``KILLER`` kills its Ray worker.

    Run as a Ray task, so it lives here: workers import it as ``tests.scan.ray.scans``.
    """
    if any(job.path.name == KILLER for job in batch.jobs):
        os.kill(os.getpid(), signal.SIGKILL)
    return scan_batch(batch)


def scan_batch_raising(batch: NodeBatch) -> BatchReply:
    """A task with a bug: it raises instead of scanning."""
    raise ValueError(f"a bug, on {len(batch.jobs)} files")


def raylet_children(cluster: Any) -> list[tuple[int, str]]:
    """The processes ``cluster``'s raylets have started so far (their agents,
    ``ray::DashboardAgent`` and ``ray::RuntimeEnvAgent``, and any worker), as (pid, start
    time): a pid reused later is never taken for one of them."""
    found = []
    for node in cluster.list_all_nodes():
        for raylet in node.all_processes.get("raylet", []):
            for task in Path(f"/proc/{raylet.process.pid}/task").iterdir():
                for child in (task / "children").read_text().split():
                    started = _start_time(int(child))
                    if started is not None:
                        found.append((int(child), started))
    return found


def kill_left_behind(processes: list[tuple[int, str]], grace_s: float = 10.0) -> list[int]:
    """SIGKILL those of ``processes`` still running ``grace_s`` after their cluster's
    shutdown; the pids killed. A raylet killed while its head node is gone leaves its agents
    stuck reporting its death to the dead head (Ray's process watcher), deaf to SIGTERM."""

    def alive() -> list[int]:
        return [pid for pid, started in processes if _start_time(pid) == started]

    wait_for(lambda: not alive(), grace_s)
    killed = alive()
    for pid in killed:
        os.kill(pid, signal.SIGKILL)
    return killed


def _start_time(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[19]  # field 22 of stat: start time, in ticks
