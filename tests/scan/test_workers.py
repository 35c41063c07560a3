"""The isolated pool: a task that hangs, dies or eats memory costs one outcome, not the run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from freshcheck.extract.safety import Limits
from freshcheck.model import ReadError
from freshcheck.scan.workers import (
    ExtractJob,
    TaskOutcome,
    WorkerPool,
    crash_reason,
    extract_isolated,
    failed_document,
)

FAST = Limits(timeout_s=1.0, memory_bytes=1 << 30)  # for the test about timeouts
ROOMY = Limits(timeout_s=30.0, memory_bytes=1 << 30)  # elsewhere: a loaded CI box stalls
LINUX = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")


# Tasks run in the workers, so they are top-level functions of this module.
def square(n: int) -> int:
    return n * n


def misbehave(what: str) -> object:
    if what == "sleep":
        time.sleep(30)
    if what == "sigkill":
        os.kill(os.getpid(), signal.SIGKILL)
    if what == "segfault":
        os.kill(os.getpid(), signal.SIGSEGV)
    if what == "allocate":
        return len(bytearray(3 << 30))
    if what == "raise":
        raise ValueError("bad value\nsecond line")
    if what == "print":
        print("to stdout")
        os.write(2, b"to stderr\n")
    return (what, os.getpid())


def standard_streams(_: object) -> list[str]:
    return [os.readlink(f"/proc/self/fd/{fd}") for fd in (0, 1, 2)]


def _run(pool: WorkerPool, items: list[str]) -> dict[str, TaskOutcome[str, object]]:
    return {outcome.item: outcome for outcome in pool.imap_unordered(misbehave, items)}


def test_results_are_identical_with_one_and_four_workers() -> None:
    items = list(range(40))
    with WorkerPool(jobs=1, limits=ROOMY) as pool:
        one = list(pool.imap_unordered(square, items))
    with WorkerPool(jobs=4, limits=ROOMY) as pool:
        four = list(pool.imap_unordered(square, items))
    assert [o.failure for o in one + four if o.failure is not None] == []
    expected = [(n, n * n) for n in items]
    assert sorted((o.item, o.value) for o in one) == expected
    assert sorted((o.item, o.value) for o in four) == expected


def test_a_task_past_the_timeout_is_killed_and_the_pool_keeps_working() -> None:
    with WorkerPool(jobs=2, limits=FAST) as pool:
        outcomes = _run(pool, ["sleep", "a", "b", "c"])
        assert outcomes["sleep"].failure == ReadError("timeout", "timed out after 1 s")
        assert outcomes["sleep"].value is None
        assert all(outcomes[x].failure is None for x in "abc")
        again = _run(pool, ["d"])
        assert again["d"].failure is None


def test_a_worker_killed_by_sigkill_is_replaced() -> None:
    with WorkerPool(jobs=1, limits=ROOMY) as pool:
        outcomes = list(pool.imap_unordered(misbehave, ["before", "sigkill", "after1", "after2"]))
    by_item = {o.item: o for o in outcomes}
    failure = by_item["sigkill"].failure
    assert failure is not None and failure.kind == "crashed"
    assert "SIGKILL" in failure.reason
    before, after = by_item["before"].value, by_item["after1"].value
    assert isinstance(before, tuple) and isinstance(after, tuple)
    assert before[1] != after[1]  # a fresh worker
    assert by_item["after2"].failure is None


def test_a_segfault_is_a_crashed_outcome() -> None:
    with WorkerPool(jobs=1, limits=ROOMY) as pool:
        outcomes = _run(pool, ["segfault", "fine"])
    assert outcomes["segfault"].failure == ReadError(
        "crashed", "the reader process crashed (SIGSEGV)"
    )
    assert outcomes["fine"].failure is None


def test_allocating_3_gib_reports_a_memory_failure_not_a_dead_machine() -> None:
    with WorkerPool(jobs=1, limits=Limits(timeout_s=5, memory_bytes=512 << 20)) as pool:
        outcomes = _run(pool, ["allocate", "fine"])
    assert outcomes["allocate"].failure == ReadError(
        "too-large", "ran out of memory (limit 512 MiB)"
    )
    assert outcomes["fine"].failure is None


def test_an_exception_in_the_task_is_reported_in_one_line() -> None:
    with WorkerPool(jobs=1, limits=ROOMY) as pool:
        outcomes = _run(pool, ["raise"])
    assert outcomes["raise"].failure == ReadError(
        "crashed", "internal error: ValueError: bad value"
    )


@LINUX
def test_workers_do_not_inherit_stdin_and_do_not_print() -> None:
    with WorkerPool(jobs=1, limits=ROOMY) as pool:
        streams = [o.value for o in pool.imap_unordered(standard_streams, [None])]
        printed = _run(pool, ["print"])
    assert streams == [["/dev/null", "/dev/null", "/dev/null"]]
    assert printed["print"].failure is None


def test_workers_are_recycled_after_k_tasks() -> None:
    with WorkerPool(jobs=1, limits=ROOMY, tasks_per_worker=3) as pool:
        outcomes = list(pool.imap_unordered(misbehave, [f"t{i}" for i in range(7)]))
    pids = {o.value[1] for o in outcomes if isinstance(o.value, tuple)}
    assert len(outcomes) == 7
    assert len(pids) == 3


def test_a_consumer_that_stops_early_leaves_the_pool_usable() -> None:
    with WorkerPool(jobs=2, limits=ROOMY) as pool:
        for _outcome in pool.imap_unordered(misbehave, ["a", "sleep", "b"]):
            break
        assert _run(pool, ["c"])["c"].failure is None


CTRL_C_SCRIPT = """
import os, sys, time
from freshcheck.scan.workers import WorkerPool

def record_and_sleep(folder):
    open(os.path.join(folder, str(os.getpid())), "w").close()
    time.sleep(60)

if __name__ == "__main__":
    with WorkerPool(jobs=2) as pool:
        for _ in pool.imap_unordered(record_and_sleep, [sys.argv[1]] * 4):
            pass
"""


def test_ctrl_c_ends_every_worker_and_re_raises(tmp_path: Path) -> None:
    script = tmp_path / "scan.py"
    script.write_text(textwrap.dedent(CTRL_C_SCRIPT))
    pids_folder = tmp_path / "pids"
    pids_folder.mkdir()
    parent = subprocess.Popen(
        [sys.executable, str(script), str(pids_folder)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while len(list(pids_folder.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.05)
        worker_pids = [int(p.name) for p in pids_folder.iterdir()]
        assert len(worker_pids) == 2
        parent.send_signal(signal.SIGINT)
        _, stderr = parent.communicate(timeout=20)
    finally:
        if parent.poll() is None:
            parent.kill()
            parent.wait()
    assert parent.returncode != 0
    assert b"KeyboardInterrupt" in stderr
    for pid in worker_pids:
        assert not _alive(pid), f"worker {pid} outlived Ctrl-C"


def _alive(pid: int) -> bool:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        time.sleep(0.05)
    return True


def test_extract_isolated_returns_a_document_for_a_bad_file(tmp_path: Path) -> None:
    empty = tmp_path / "deck.pptx"
    empty.write_bytes(b"")
    document = extract_isolated(empty, "decks/deck.pptx", ROOMY)
    assert document.path == "decks/deck.pptx"
    assert document.error == ReadError("empty", "empty file (0 bytes)")


def test_a_failed_outcome_becomes_a_document_with_the_error() -> None:
    job = ExtractJob(Path("/content/q3.pptx"), "q3.pptx", ROOMY)
    timeout = ReadError("timeout", "timed out after 60 s")
    document = failed_document(TaskOutcome(job, None, timeout))
    assert (document.path, document.format, document.error) == ("q3.pptx", "pptx", timeout)


def test_crash_reasons_are_plain_sentences() -> None:
    limits = Limits()
    assert crash_reason(-signal.SIGSEGV, limits) == "the reader process crashed (SIGSEGV)"
    assert crash_reason(-signal.SIGKILL, limits) == (
        "the reader process was killed (SIGKILL; out of memory? cap 1 GiB)"
    )
    assert crash_reason(3, limits) == "the reader process exited unexpectedly (exit code 3)"


def cpu_limit(_: object) -> tuple[float, float]:
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    soft, _hard = resource.getrlimit(resource.RLIMIT_CPU)
    return float(soft), usage.ru_utime + usage.ru_stime


@LINUX
def test_each_task_carries_a_cpu_time_limit_of_the_timeout() -> None:
    with WorkerPool(jobs=1, limits=Limits(timeout_s=30.0)) as pool:
        outcomes = list(pool.imap_unordered(cpu_limit, [1, 2]))
    for outcome in outcomes:
        assert outcome.value is not None
        soft, used = outcome.value
        assert used + 30 <= soft <= used + 32  # the timeout, rounded up, plus a second


SPIN_PAST_CPU_LIMIT = """
from freshcheck.scan.worker_child import _limit_cpu
_limit_cpu(1.0)
while True:
    pass
"""


@LINUX
def test_a_task_past_its_cpu_limit_is_ended_by_sigxcpu() -> None:
    # What stops a worker whose parent is gone and that no watcher can reach.
    done = subprocess.run([sys.executable, "-c", SPIN_PAST_CPU_LIMIT], timeout=60, check=False)
    assert done.returncode == -signal.SIGXCPU
    assert crash_reason(done.returncode, Limits(timeout_s=1.0)) == (
        "the reader process used more than 1 s of CPU time (SIGXCPU)"
    )
