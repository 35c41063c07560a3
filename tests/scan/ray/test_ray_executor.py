"""``--executor ray``: the same scan on a Ray cluster, with the local pool as the reference.

Runs on one simulated two-node cluster (``conftest.ray_cluster``), and once on a local Ray
instance the CLI starts by itself. Reports are compared whole with the local pool's.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from freshcheck.scan.executors import open_executor
from freshcheck.scan.executors.ray_cluster import RayExecutor
from freshcheck.scan.job import ScanJob, ScanReply
from freshcheck.scan.runner import ScanOptions, executor_settings, scan_paths
from freshcheck.scan.workers import TaskOutcome
from tests.scan.ray.scans import (
    AS_OF,
    differing_files,
    report_of,
    run_scan,
    scan_command,
    start_scan,
    task_processes,
    wait_for,
)

pytestmark = pytest.mark.ray
REPO = Path(__file__).resolve().parents[3]
SAMPLE = REPO / "sample_content"
POLICIES = REPO / "policies"


def test_sample_content_on_a_local_ray_instance_matches_the_local_pool() -> None:
    pytest.importorskip("ray")
    local = run_scan(SAMPLE, POLICIES, "--no-cache")
    on_ray = run_scan(SAMPLE, POLICIES, "--no-cache", "--executor", "ray")
    assert on_ray.returncode == local.returncode
    assert differing_files(report_of(on_ray), report_of(local)) == []
    assert report_of(on_ray) == report_of(local)
    assert task_processes() == []  # the instance it started is gone with it


_NICENESS_ON_A_NEW_INSTANCE = """
import os
import ray
from freshcheck.scan.executors import ExecutorSettings
from freshcheck.scan.executors.ray_cluster import RayExecutor

def niceness():
    return os.nice(0)

with RayExecutor(ExecutorSettings(kind="ray")):
    print(os.nice(0), ray.get(ray.remote(num_cpus=1)(niceness).remote()))
"""


def test_a_new_local_instance_runs_its_tasks_at_the_scans_niceness() -> None:
    # Ray's default is 15 for its workers (and so for their parsing children): a scan on a
    # shared machine would get a sliver of the CPU the local pool gets.
    pytest.importorskip("ray")
    env = {**os.environ, "RAY_DISABLE_USAGE_STATS": "1"}
    done = subprocess.run(
        [sys.executable, "-c", _NICENESS_ON_A_NEW_INSTANCE],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    driver, task = done.stdout.split()
    assert task == driver


def test_300_files_on_two_nodes_match_the_local_pool(
    ray_cluster: Any, library_300: Path, tmp_path: Path
) -> None:
    policy = library_300 / "policy-messages.yaml"
    local = run_scan(library_300, policy, "--no-cache")
    address = ("--executor", "ray", "--ray-address", ray_cluster.address)
    on_ray = run_scan(library_300, policy, *address, "--cache-dir", str(tmp_path / "cache"))
    assert on_ray.returncode == local.returncode
    assert differing_files(report_of(on_ray), report_of(local)) == []
    assert report_of(on_ray) == report_of(local)
    # Files are routed by a hash of their path: both nodes got work and keep a cache.
    nodes = sorted(p.name for p in (tmp_path / "cache" / "nodes").iterdir())
    assert nodes == ["node-a", "node-b"]


class CountingExecutor:
    """A RayExecutor that counts the files whose bytes were parsed (not served by a cache)."""

    def __init__(self, inner: RayExecutor) -> None:
        self._inner = inner
        self.node_caches = inner.node_caches
        self.extracted = 0

    def __enter__(self) -> CountingExecutor:
        self._inner.__enter__()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._inner.__exit__(*exc)

    def start(self, tasks: int) -> None:
        self._inner.start(tasks)

    def outcomes(self, jobs: Iterable[ScanJob]) -> Iterator[TaskOutcome[ScanJob, ScanReply]]:
        for outcome in self._inner.outcomes(jobs):
            self.extracted += outcome.value is None or outcome.value.extracted
            yield outcome


def test_a_second_scan_is_served_by_the_node_caches(
    ray_connected: Any, library_300: Path, tmp_path: Path
) -> None:
    import datetime as dt

    options = ScanOptions(
        as_of=dt.date.fromisoformat(AS_OF),
        policy=library_300 / "policy-messages.yaml",
        cwd=library_300,
        use_git=False,
        use_cache=True,
        cache_dir=tmp_path / "cache",
        executor="ray",
    )
    runs = []
    for _ in range(2):
        executor = open_executor(executor_settings(options))
        assert isinstance(executor, RayExecutor)
        counting = CountingExecutor(executor)
        result = scan_paths([library_300], options, counting)
        runs.append((counting.extracted, result))
    (cold, first), (warm, second) = runs
    assert cold == len(first.files) > 250
    assert warm == 0
    assert second == first


def test_a_worker_killed_mid_scan_changes_nothing(ray_cluster: Any, library_300: Path) -> None:
    policy = library_300 / "policy-messages.yaml"
    local = run_scan(library_300, policy, "--no-cache")
    command = scan_command(library_300, policy, "--no-cache", "--executor", "ray")
    command += ["--ray-address", ray_cluster.address]
    scan = start_scan(command, library_300)
    try:
        victims = wait_for(task_processes, 120)
        assert victims, "no Ray worker ever ran a batch"
        os.kill(victims[0], signal.SIGKILL)
        stdout, stderr = scan.communicate(timeout=600)
    finally:
        scan.kill()
    done = subprocess.CompletedProcess(command, scan.returncode, stdout, stderr)
    assert done.returncode == local.returncode
    assert differing_files(report_of(done), report_of(local)) == []
    assert report_of(done) == report_of(local)


def test_ctrl_c_cancels_every_task_and_exits_130(ray_cluster: Any, library_300: Path) -> None:
    command = scan_command(library_300, library_300 / "policy-messages.yaml", "--no-cache")
    command += ["--executor", "ray", "--ray-address", ray_cluster.address]
    scan = start_scan(command, library_300)
    try:
        assert wait_for(task_processes, 120), "no Ray worker ever ran a batch"
        scan.send_signal(signal.SIGINT)
        _stdout, stderr = scan.communicate(timeout=120)
    finally:
        scan.kill()
    assert scan.returncode == 130, stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in stderr
    assert wait_for(lambda: not task_processes(), 60), "a batch is still running"


def test_the_hostile_corpus_gives_the_same_verdicts_on_ray(ray_cluster: Any, corpus: Path) -> None:
    hostile = corpus / "hostile"
    local = run_scan(hostile, POLICIES, "--no-cache")
    on_ray = run_scan(
        hostile, POLICIES, "--no-cache", "--executor", "ray", "--ray-address", ray_cluster.address
    )
    assert on_ray.returncode == local.returncode
    assert differing_files(report_of(on_ray), report_of(local)) == []
    assert report_of(on_ray) == report_of(local)


def test_without_ray_installed_executor_ray_exits_2_with_the_install_command(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.md").write_text("# Notes\n")
    block_ray = (
        "import sys; sys.modules['ray'] = None; from freshcheck.cli import main; "
        "sys.argv = ['freshcheck', 'scan', '--executor', 'ray', '.']; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", block_ray], cwd=tmp_path, capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "pip install 'freshcheck[ray]'" in done.stderr
    assert "Traceback" not in done.stderr
