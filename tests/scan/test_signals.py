"""Stopping a scan from outside: SIGTERM cleans up like Ctrl-C; SIGKILL leaves no worker behind.

Every test runs a real ``freshcheck`` (or a real pool) in its own process group, busy on
real files, signals it, then reads /proc for what is left of the group and lists TMPDIR.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from freshcheck.errors import EXIT_TERMINATED

REPO = Path(__file__).resolve().parents[2]
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
_WAIT_S = 60.0  # a loaded CI machine takes a while to start a scan's workers


def _living_group_members(group: int) -> list[int]:
    """Processes of a process group that are not zombies, from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()
        state, pgrp = fields[0], int(fields[2])
        if pgrp == group and state != "Z":
            members.append(int(entry.name))
    return members


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat[stat.rindex(")") + 2 :].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _until(condition: object, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return bool(callable(condition) and condition())


def _busy_library(tmp_path: Path) -> tuple[Path, Path]:
    """A generated library big enough to keep two workers busy for several seconds."""
    out = tmp_path / "generated"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "gen_library.py"),
            *("--files", "150", "--seed", "7", "--messages", "400", "--out", str(out)),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return out / "lib", out / "policy-messages.yaml"


def _start_scan(tmp_path: Path, temp: Path) -> subprocess.Popen[bytes]:
    library, policy = _busy_library(tmp_path)
    command = [sys.executable, "-m", "freshcheck", "scan", str(library), "--policy", str(policy)]
    command += ["--jobs", "2", "--no-cache", "--as-of", "2026-11-23", "-q"]
    command += ["--report", f"json={tmp_path / 'report.json'}"]
    return subprocess.Popen(
        command,
        env={**os.environ, "TMPDIR": str(temp)},
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: everything it starts is findable
    )


def _wait_for_busy_workers(scan: subprocess.Popen[bytes], temp: Path) -> None:
    """Until the scan has written its compiled policy and runs two workers."""

    def busy() -> bool:
        pickles = list(temp.glob("freshcheck-*/policy.pickle"))
        forkservers = _children(scan.pid)
        workers = [w for server in forkservers for w in _children(server)]
        return bool(pickles) and len(workers) >= 2

    assert _until(busy, _WAIT_S), "the scan never got its workers going"
    assert scan.poll() is None, "the scan finished before it could be signalled"


@LINUX
def test_sigterm_stops_a_scan_with_143_and_leaves_no_process_or_temp_file(
    tmp_path: Path,
) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    scan = _start_scan(tmp_path, temp)
    try:
        _wait_for_busy_workers(scan, temp)
        scan.send_signal(signal.SIGTERM)
        _, stderr = scan.communicate(timeout=30)
    finally:
        if scan.poll() is None:
            os.killpg(scan.pid, signal.SIGKILL)
            scan.wait()
    assert scan.returncode == EXIT_TERMINATED, stderr
    assert b"freshcheck: terminated" in stderr
    assert b"Traceback" not in stderr
    assert _until(lambda: not _living_group_members(scan.pid), 10), "processes outlived it"
    assert sorted(p.name for p in temp.iterdir()) == []  # no pymp-*, no policy pickle
    assert not (tmp_path / "report.json").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


@LINUX
def test_sigkill_of_a_scan_leaves_no_worker_running(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    scan = _start_scan(tmp_path, temp)
    try:
        _wait_for_busy_workers(scan, temp)
        scan.kill()
        scan.communicate(timeout=10)
        # Nobody can clean up after SIGKILL, but no worker may go on using the CPU.
        assert _until(lambda: not _living_group_members(scan.pid), 5), (
            f"still running: {_living_group_members(scan.pid)}"
        )
    finally:
        for pid in _living_group_members(scan.pid):
            os.kill(pid, signal.SIGKILL)


# A task that spins inside C code holding the GIL (the `re` engine backtracking): a watcher
# thread in the worker cannot run, so only the parent-death signal or the CPU limit ends it.
SPIN_SCRIPT = """
import os, re, sys
from pathlib import Path
from freshcheck.extract.safety import Limits
from freshcheck.scan.workers import WorkerPool

def spin(folder):
    Path(folder, str(os.getpid())).touch()
    return re.match(r"^(\\w+\\s?)+$", "word " * 40 + "!")

if __name__ == "__main__":
    with WorkerPool(jobs=2, limits=Limits(timeout_s=600.0)) as pool:
        for _ in pool.imap_unordered(spin, [sys.argv[1]] * 2):
            pass
"""


@LINUX
def test_workers_spinning_in_c_code_die_when_the_parent_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "spin.py"
    script.write_text(textwrap.dedent(SPIN_SCRIPT))
    pids = tmp_path / "pids"
    pids.mkdir()
    parent = subprocess.Popen(
        [sys.executable, str(script), str(pids)],
        cwd=REPO,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        assert _until(lambda: len(list(pids.iterdir())) == 2, _WAIT_S)
        parent.kill()
        parent.wait(timeout=10)
        assert _until(lambda: not _living_group_members(parent.pid), 5), (
            f"still running: {_living_group_members(parent.pid)}"
        )
    finally:
        for pid in _living_group_members(parent.pid):
            os.kill(pid, signal.SIGKILL)
