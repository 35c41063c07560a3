"""When the cluster fails under a scan: a file that kills its Ray worker every time it is
read, and a cluster whose head node goes away in the middle of a scan.

The killer is the local pool's (``tests/scan/test_workers.py``'s ``misbehave``): the task
sends SIGKILL to its own process. Here the process is the Ray worker itself, not the child
that parses the file (a parser's crash is the child's, and the hostile corpus covers it), so
Ray's retries, the executor's split of the batch and its verdict on the one file are what
run. Every other file goes through the real ``scan_batch``. (The task lives in ``scans``:
Ray's workers import it by that module's name.)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import re
import shutil
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from freshcheck.model import ReadError
from freshcheck.scan.executors import ExecutorSettings, ray_driver
from freshcheck.scan.executors.ray_cluster import (
    TASK_RETRIES,
    ClusterError,
    ClusterTaskError,
    RayExecutor,
)
from freshcheck.scan.executors.ray_node import BatchReply, NodeBatch
from freshcheck.scan.runner import ScanOptions, executor_settings, scan_paths
from tests.scan.ray.scans import (
    AS_OF,
    KILLER,
    kill_left_behind,
    raylet_children,
    scan_batch_or_die,
    scan_batch_raising,
    scan_command,
    start_scan,
    task_processes,
    wait_for,
)

pytestmark = pytest.mark.ray
POLICY = "version: 1\ncompliance:\n  banned:\n    - phrase: guaranteed results\n"


class TaskExecutor(RayExecutor):
    """A RayExecutor whose tasks run ``task`` instead of ``scan_batch``, with the same retries."""

    def __init__(self, settings: ExecutorSettings, task: Callable[[NodeBatch], BatchReply]):
        super().__init__(settings)
        self._task = task

    def __enter__(self) -> TaskExecutor:
        super().__enter__()
        self._remote = self._ray.remote(num_cpus=1, max_retries=TASK_RETRIES)(self._task)
        return self


def _library(folder: Path, files: int) -> Path:
    folder.mkdir()
    for index in range(files):
        text = f"# Module {index}\n\nWe offer guaranteed results in {index + 2} weeks.\n"
        (folder / f"module-{index:02}.md").write_text(text, encoding="utf-8")
    return folder


def _options(library: Path, cache: Path, executor: str) -> ScanOptions:
    policy = library.parent / "freshcheck.yaml"
    policy.write_text(POLICY, encoding="utf-8")
    return ScanOptions(
        as_of=dt.date.fromisoformat(AS_OF),
        policy=policy,
        cwd=library,
        use_git=False,
        use_cache=True,
        cache_dir=cache,
        executor=executor,
        jobs=2,
    )


def test_a_file_that_kills_its_worker_every_time_is_unreadable(
    ray_connected: Any, tmp_path: Path
) -> None:
    library = _library(tmp_path / "library", 40)
    shutil.copy(library / "module-07.md", library / KILLER)
    options = _options(library, tmp_path / "cache", "ray")
    with TaskExecutor(executor_settings(options), scan_batch_or_die) as executor:
        on_ray = scan_paths([library], options, executor)
    local_options = _options(library, tmp_path / "local-cache", "local")
    local = scan_paths([library], local_options)

    killed = {file.path: file for file in on_ray.files}[f"library/{KILLER}"]
    reason = f"the Ray worker reading it died {TASK_RETRIES + 1} times (WorkerCrashedError)"
    assert killed.error == ReadError("crashed", reason)
    assert [f.rule for f in killed.findings] == ["file/unreadable"]
    # Every other file, including those that shared a batch with it, as the local pool says.
    others = [file for file in on_ray.files if file.path != f"library/{KILLER}"]
    assert others == [file for file in local.files if file.path != f"library/{KILLER}"]
    assert len(others) == 40


def test_a_task_that_raises_stops_the_scan_and_blames_no_file(
    ray_connected: Any, tmp_path: Path
) -> None:
    # An exception in the task is our bug (files' troubles stay in the node's children):
    # not a "died 3 times" verdict on every file of the batch.
    library = _library(tmp_path / "library", 3)
    options = _options(library, tmp_path / "cache", "ray")
    with (
        pytest.raises(ClusterTaskError, match="ValueError: a bug, on 1 files") as raised,
        TaskExecutor(executor_settings(options), scan_batch_raising) as executor,
    ):
        scan_paths([library], options, executor)
    assert raised.value.exit_code == 3


def test_losing_the_head_node_mid_scan_exits_2_with_a_message(library_300: Path) -> None:
    # A cluster of its own: this test takes its head node away.
    pytest.importorskip("ray")
    from ray.cluster_utils import Cluster

    os.environ["RAY_DISABLE_USAGE_STATS"] = "1"
    store = 100 * 1024 * 1024
    head = {"num_cpus": 1, "node_name": "head", "object_store_memory": store}
    cluster = Cluster(
        initialize_head=True, connect=False, head_node_args={**head, "include_dashboard": False}
    )
    started: list[tuple[int, str]] = []
    try:
        cluster.add_node(num_cpus=1, node_name="worker", object_store_memory=store)
        cluster.wait_for_nodes()
        started = raylet_children(cluster)
        command = scan_command(library_300, library_300 / "policy-messages.yaml", "--no-cache")
        command += ["--executor", "ray", "--ray-address", cluster.address]
        scan = start_scan(command, library_300)
        try:
            assert wait_for(task_processes, 120), "no Ray worker ever ran a batch"
            cluster.remove_node(cluster.head_node, allow_graceful=False)
            lost_at = time.monotonic()
            stdout, stderr = scan.communicate(timeout=180)
        finally:
            scan.kill()
        waited = time.monotonic() - lost_at
    finally:
        cluster.shutdown()
        kill_left_behind(started)  # the head's raylet was killed: its agents may hang
    message = stderr.decode(errors="replace")
    assert scan.returncode == 2, message[-2000:]
    assert "freshcheck: lost the connection to the Ray cluster" in message
    assert "Traceback" not in message
    assert stdout == b""  # no report, not half of one
    assert waited < 120  # before Ray's own minute of waiting for its head, and then some


def _driver_of(pid: int) -> int:
    """The Ray driver process a scan started (a spawned child; not its resource tracker)."""
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.append(int(child))
    [driver] = found
    return driver


def test_a_driver_process_that_dies_mid_scan_exits_2_with_a_message(
    ray_cluster: Any, library_300: Path
) -> None:
    # What Ray does to a driver whose raylet dies (it ends the process, exit code 1).
    command = scan_command(library_300, library_300 / "policy-messages.yaml", "--no-cache")
    command += ["--executor", "ray", "--ray-address", ray_cluster.address]
    scan = start_scan(command, library_300)
    try:
        assert wait_for(task_processes, 120), "no Ray worker ever ran a batch"
        os.kill(_driver_of(scan.pid), signal.SIGKILL)
        stdout, stderr = scan.communicate(timeout=180)
    finally:
        scan.kill()
    message = stderr.decode(errors="replace")
    assert scan.returncode == 2, message[-2000:]
    assert "the Ray driver process was killed" in message
    assert "Traceback" not in message
    assert stdout == b""
    assert wait_for(lambda: not task_processes(), 60), "a batch is still running"  # Ray's job


def test_an_address_where_no_cluster_answers_exits_2_in_good_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Ray itself would try for ever (about every 40 s), with nothing for the user to act on.
    pytest.importorskip("ray")
    monkeypatch.setattr(ray_driver, "CONNECT_TIMEOUT_S", 3.0)
    library = _library(tmp_path / "library", 2)
    options = _options(library, tmp_path / "cache", "ray")
    options = dataclasses.replace(options, ray_address="127.0.0.1:1")
    started = time.monotonic()
    executor = ray_driver.DetachedRayExecutor(executor_settings(options))
    expected = re.escape("cannot connect to the Ray cluster at 127.0.0.1:1: no answer within 3 s")
    with pytest.raises(ClusterError, match=expected) as raised:
        scan_paths([library], options, executor)
    assert time.monotonic() - started < 30
    assert raised.value.exit_code == 2
